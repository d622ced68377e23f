"""The journal of in-flight reprotect jobs: written the moment ASR accepts a submit.

A killed app (SIGKILL, power loss, a laptop that never wakes) loses nothing that was accepted:
the next launch reads the journal and offers to follow those jobs again. The file is replaced
atomically (write a temporary file, fsync, rename, fsync the directory), so a crash leaves either
the old journal or the new one, never a torn one. It holds IDs and names only — never a token.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from reprotect_gui.domain.errors import UserFacingError
from reprotect_gui.domain.messages import t
from reprotect_gui.services.state_files import LOCK_TIMEOUT_S, locked, move_aside, write_atomically

__all__ = ["InFlightJob", "JobJournal", "JournalDamaged", "JournalError", "default_data_dir", "write_atomically"]

log = logging.getLogger(__name__)

APP_NAME = "reprotect_gui"
JOURNAL_FORMAT = "reprotect_gui.journal/1"


def default_data_dir() -> Path:
    """The per-user data directory (XDG_DATA_HOME on Linux, AppData on Windows)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


class JournalError(UserFacingError):
    """The journal of in-flight jobs could not be written or read."""


class JournalDamaged(JournalError):
    """The journal could not be decoded; it was moved aside and a fresh one started."""


@dataclass(frozen=True, slots=True)
class InFlightJob:
    """One accepted job that is being followed."""

    job_id: str
    item_id: str
    item_name: str
    vault_name: str
    run_id: str  # links the job to its audit records and drill report
    accepted_at: str  # ISO 8601, UTC
    attached_to_running: bool = False
    # Where the vault is: enough for the next launch to reconnect (never a credential).
    source: dict[str, str] = field(default_factory=dict)
    # The journey step that started it (services.journey.JourneyStep: failback, cancel, commit,
    # reprotect_to_azure); "" for a reprotect. item_id/item_name then name the item or the recovery plan.
    step: str = ""

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> InFlightJob:
        if not isinstance(raw, dict) or not isinstance(raw.get("job_id"), str) or not raw["job_id"]:
            raise ValueError(t("an entry without a job id"))
        return cls(
            job_id=str(raw["job_id"]),
            item_id=str(raw.get("item_id", "")),
            item_name=str(raw.get("item_name", "")),
            vault_name=str(raw.get("vault_name", "")),
            run_id=str(raw.get("run_id", "")),
            accepted_at=str(raw.get("accepted_at", "")),
            attached_to_running=bool(raw.get("attached_to_running", False)),
            source={str(k): str(v) for k, v in dict(raw.get("source") or {}).items()},
            step=str(raw.get("step") or ""),
        )


class JobJournal:
    """In-flight jobs, keyed by job ID.

    Thread-safe (submits are recorded on worker threads) and process-safe: every read-modify-write
    holds the data folder's file lock, so two windows on one folder never lose each other's entries.
    A damaged file is moved aside (kept, timestamped) and a fresh journal started; the first call
    that meets the damage says so once (JournalDamaged), later calls work on the fresh file.
    """

    FILE_NAME = "inflight-jobs.json"

    def __init__(self, directory: Path, *, lock_timeout_s: float = LOCK_TIMEOUT_S) -> None:
        self.path = Path(directory) / self.FILE_NAME
        self._lock = threading.Lock()
        self._lock_timeout_s = lock_timeout_s
        self.damaged_copy: Path | None = None  # where the last damaged journal was moved to

    def record(self, job: InFlightJob) -> None:
        with self._exclusive():
            jobs, _ = self._read_or_start_afresh()
            jobs[job.job_id] = job
            self._write(jobs)

    def forget(self, job_id: str) -> None:
        """The job ended (or the operator chose not to follow it again, or Azure no longer knows it)."""
        with self._exclusive():
            jobs, _ = self._read_or_start_afresh()
            if jobs.pop(job_id, None) is not None:
                self._write(jobs)

    def pending(self) -> tuple[InFlightJob, ...]:
        """The jobs to offer. Raises JournalDamaged once if the file was damaged (now moved aside)."""
        with self._exclusive():
            jobs, damage = self._read_or_start_afresh()
        if damage is not None:
            raise damage
        return tuple(sorted(jobs.values(), key=lambda j: (j.accepted_at, j.job_id)))

    @contextlib.contextmanager
    def _exclusive(self) -> Iterator[None]:
        """This process's threads, then the other windows: one read-modify-write at a time."""
        with self._lock:
            try:
                holder = locked(self.path, self._lock_timeout_s)
                holder.__enter__()
            except OSError as exc:
                raise JournalError(
                    t(
                        "The list of reprotect jobs in progress ({path}) can't be read ({strerror}).",
                        path=self.path,
                        strerror=exc.strerror,
                    ),
                    t(
                        "Check the data folder and its permissions. The jobs themselves keep running in Azure; "
                        "follow them in the vault's Site Recovery jobs."
                    ),
                ) from exc
            try:
                yield
            finally:
                holder.__exit__(None, None, None)

    def _read_or_start_afresh(self) -> tuple[dict[str, InFlightJob], JournalDamaged | None]:
        try:
            return self._read(), None
        except JournalDamaged as damage:
            return {}, damage

    def _read(self) -> dict[str, InFlightJob]:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise JournalError(
                t(
                    "The list of reprotect jobs in progress ({path}) can't be read ({strerror}).",
                    path=self.path,
                    strerror=exc.strerror,
                ),
                t(
                    "Check the file's permissions. The jobs themselves keep running in Azure; follow them in "
                    "the vault's Site Recovery jobs."
                ),
            ) from exc
        try:
            raw = json.loads(data.decode("utf-8"))
            if not isinstance(raw, dict) or raw.get("format") != JOURNAL_FORMAT:
                raise ValueError(t("not a journal of this app"))
            if not isinstance(raw.get("jobs"), list):
                raise ValueError(t("no list of jobs"))
            jobs = [InFlightJob.from_json(j) for j in raw["jobs"]]
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            # Every decode error is damage: keep the file for a human, start afresh.
            raise self._move_aside(exc) from exc
        return {j.job_id: j for j in jobs}

    def _move_aside(self, cause: BaseException) -> JournalDamaged:
        try:
            self.damaged_copy = move_aside(self.path)
        except OSError as exc:  # never write over a damaged file we could not keep
            raise JournalError(
                t(
                    "The list of reprotect jobs in progress ({path}) is damaged and could not be moved aside "
                    "({strerror}).",
                    path=self.path,
                    strerror=exc.strerror,
                ),
                t("Follow the jobs in the vault's Site Recovery jobs in the Azure portal, then delete the file."),
            ) from exc
        log.warning("damaged journal %s moved to %s (%s)", self.path, self.damaged_copy, type(cause).__name__)
        return JournalDamaged(
            t(
                "The list of reprotect jobs in progress was damaged; it was kept as {damaged_copy} and a "
                "fresh list was started.",
                damaged_copy=self.damaged_copy,
            ),
            t(
                "Jobs it held are not offered again here: follow them in the vault's Site Recovery jobs in "
                "the Azure portal."
            ),
        )

    def _write(self, jobs: dict[str, InFlightJob]) -> None:
        payload = {"format": JOURNAL_FORMAT, "jobs": [asdict(j) for j in jobs.values()]}
        try:
            write_atomically(self.path, json.dumps(payload, indent=2, ensure_ascii=False))
        except OSError as exc:
            raise JournalError(
                t(
                    "The reprotect job could not be recorded in {path} ({strerror}).",
                    path=self.path,
                    strerror=exc.strerror,
                ),
                t(
                    "The job runs in Azure regardless. Free disk space or fix the folder's permissions; until "
                    "then, note the job ID shown here."
                ),
            ) from exc
        log.debug("journal now holds %d job(s)", len(jobs))
