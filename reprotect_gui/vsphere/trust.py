"""Non-secret vCenter settings: pinned certificate thumbprints and the last connection used.

Stored as JSON under platformdirs.user_config_dir("reprotect_gui"). A thumbprint is public
(the server shows it to anyone); passwords never come here (see keyring_store).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reprotect_gui.domain.errors import UserFacingError
from reprotect_gui.domain.messages import t
from reprotect_gui.vsphere.errors import normalize_thumbprint

log = logging.getLogger(__name__)

FILE_NAME = "vcenter.json"


def default_config_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("reprotect_gui"))


class TrustFileNotSaved(UserFacingError):
    """The pins file could not be written (full disk, permissions)."""


@dataclass(frozen=True, slots=True)
class LastConnection:
    host: str
    port: int
    user: str
    remember_password: bool


class VCenterSettings:
    """Pinned thumbprints per host:port and the last connection, in one small JSON file.

    Written atomically (temporary file, fsync, rename, fsync of the folder). A file that can't be
    read or decoded never means "no pins": it is moved aside (kept, timestamped), and the fresh
    file remembers where the damaged copy is, so a host without a pin is then presented as "re-verify
    the thumbprint: the trust file was damaged" (`damaged_copy_for`), not as a first-time question.
    """

    def __init__(self, directory: Path | None = None) -> None:
        self.path = (directory or default_config_dir()) / FILE_NAME

    def pinned(self, host: str, port: int) -> str | None:
        pin = self._load()["pins"].get(_key(host, port))
        return pin if isinstance(pin, str) and pin else None

    def damaged_copy_for(self, host: str, port: int) -> str | None:
        """Where the damaged trust file is kept, if one was found and this host has no pin since."""
        data = self._load()
        damaged = data.get("damaged")
        if not isinstance(damaged, dict) or _key(host, port) in data["pins"]:
            return None
        return str(damaged.get("copy") or self.path)

    def pin(self, host: str, port: int, thumbprint: str) -> None:
        data = self._load()
        data["pins"][_key(host, port)] = normalize_thumbprint(thumbprint)
        self._save(data)
        log.info("Pinned the certificate of %s:%s", host, port)

    def last(self) -> LastConnection | None:
        raw = self._load().get("last")
        if not isinstance(raw, dict):
            return None
        try:
            return LastConnection(str(raw["host"]), int(raw["port"]), str(raw["user"]), bool(raw["remember"]))
        except (KeyError, TypeError, ValueError):
            return None

    def remember(self, host: str, port: int, user: str, remember_password: bool) -> None:
        self.remember_last(LastConnection(host, port, user, remember_password))

    def remember_last(self, last: LastConnection) -> None:
        data = self._load()
        data["last"] = {"host": last.host, "port": last.port, "user": last.user, "remember": last.remember_password}
        self._save(data)

    def _load(self) -> dict[str, Any]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {"pins": {}}
        except OSError as exc:  # unreadable: not "no pins"; keep it in place and say where it is
            log.warning("The vCenter trust file %s can't be read (%s)", self.path, exc.strerror)
            return {"pins": {}, "damaged": {"copy": str(self.path)}}
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or not isinstance(data.get("pins", {}), dict):
                raise ValueError("not a trust file")
            pins = data.setdefault("pins", {})
            if not all(isinstance(k, str) and isinstance(v, str) for k, v in pins.items()):
                raise ValueError("a pin that is not a thumbprint")
        except (ValueError, RecursionError):
            return self._start_afresh()
        return data

    def _start_afresh(self) -> dict[str, Any]:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        copy = self.path.with_name(f"{self.path.stem}.damaged-{stamp}{self.path.suffix}")
        try:
            os.replace(self.path, copy)
        except OSError:
            copy = self.path
        log.warning("The vCenter trust file %s was damaged; kept as %s", self.path, copy)
        data: dict[str, Any] = {"pins": {}, "damaged": {"copy": str(copy), "at": stamp}}
        if copy != self.path:
            try:
                self._save(data)
            except TrustFileNotSaved:
                log.warning("A fresh vCenter trust file could not be written to %s", self.path, exc_info=True)
        return data

    def _save(self, data: dict[str, Any]) -> None:
        try:
            self._replace(data)
        except OSError as exc:
            raise TrustFileNotSaved(
                t(
                    "The file of trusted vCenter certificates ({path}) could not be saved ({reason}).",
                    path=str(self.path),
                    reason=exc.strerror or str(exc),
                ),
                t("Free disk space or fix the folder's permissions, then trust the certificate again."),
            ) from exc

    def _replace(self, data: dict[str, Any]) -> None:
        damaged = data.get("damaged")
        if isinstance(damaged, dict) and damaged.get("copy") == str(self.path) and self.path.exists():
            # An unreadable file is kept, never written over: move it aside first.
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            copy = self.path.with_name(f"{self.path.stem}.damaged-{stamp}{self.path.suffix}")
            os.replace(self.path, copy)
            damaged["copy"] = str(copy)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, scratch = tempfile.mkstemp(dir=self.path.parent, prefix=".vcenter-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, indent=2, sort_keys=True)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(scratch, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(scratch)
            raise
        if os.name == "posix":  # the rename is durable once the folder's entry is
            folder = os.open(self.path.parent, os.O_RDONLY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)


def _key(host: str, port: int) -> str:
    return f"{host.strip().lower()}:{port}"
