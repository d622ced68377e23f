"""Non-secret vCenter settings: pinned certificate thumbprints and the last connection used.

Stored as JSON under platformdirs.user_config_dir("reprotect_gui"). A thumbprint is public
(the server shows it to anyone); passwords never come here (see keyring_store).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reprotect_gui.vsphere.errors import normalize_thumbprint

log = logging.getLogger(__name__)

FILE_NAME = "vcenter.json"


def default_config_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("reprotect_gui"))


@dataclass(frozen=True, slots=True)
class LastConnection:
    host: str
    port: int
    user: str
    remember_password: bool


class VCenterSettings:
    """Pinned thumbprints per host:port and the last connection, in one small JSON file."""

    def __init__(self, directory: Path | None = None) -> None:
        self.path = (directory or default_config_dir()) / FILE_NAME

    def pinned(self, host: str, port: int) -> str | None:
        pins = self._load().get("pins", {})
        pin = pins.get(_key(host, port)) if isinstance(pins, dict) else None
        return pin if isinstance(pin, str) else None  # a hand-edited file may hold anything

    def pin(self, host: str, port: int, thumbprint: str) -> None:
        data = self._load()
        data.setdefault("pins", {})[_key(host, port)] = normalize_thumbprint(thumbprint)
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
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            log.warning("Ignoring unreadable vCenter settings file %s", self.path)
            return {}
        return data if isinstance(data, dict) else {}

    def _save(self, data: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, scratch = tempfile.mkstemp(dir=self.path.parent, prefix=".vcenter-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=2, sort_keys=True)
        os.replace(scratch, self.path)


def _key(host: str, port: int) -> str:
    return f"{host.strip().lower()}:{port}"
