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
import os
import tempfile
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from reprotect_gui.domain.errors import UserFacingError

log = logging.getLogger(__name__)

APP_NAME = "reprotect_gui"
JOURNAL_FORMAT = "reprotect_gui.journal/1"


def default_data_dir() -> Path:
    """The per-user data directory (XDG_DATA_HOME on Linux, AppData on Windows)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


class JournalError(UserFacingError):
    """The journal of in-flight jobs could not be written or read."""


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

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> InFlightJob:
        return cls(
            job_id=str(raw["job_id"]),
            item_id=str(raw.get("item_id", "")),
            item_name=str(raw.get("item_name", "")),
            vault_name=str(raw.get("vault_name", "")),
            run_id=str(raw.get("run_id", "")),
            accepted_at=str(raw.get("accepted_at", "")),
            attached_to_running=bool(raw.get("attached_to_running", False)),
            source={str(k): str(v) for k, v in dict(raw.get("source") or {}).items()},
        )


def write_atomically(path: Path, text: str) -> None:
    """Replace `path` with `text` so that a crash at any moment leaves the old or the new content."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_directory(path.parent)


def _fsync_directory(directory: Path) -> None:
    # The rename is durable only once the directory entry is; Windows can't open directories.
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class JobJournal:
    """In-flight jobs, keyed by job ID. Thread-safe: submits are recorded on worker threads."""

    FILE_NAME = "inflight-jobs.json"

    def __init__(self, directory: Path) -> None:
        self.path = Path(directory) / self.FILE_NAME
        self._lock = threading.Lock()

    def record(self, job: InFlightJob) -> None:
        with self._lock:
            jobs = self._read()
            jobs[job.job_id] = job
            self._write(jobs)

    def forget(self, job_id: str) -> None:
        """The job ended (or the operator chose not to follow it again)."""
        with self._lock:
            jobs = self._read()
            if jobs.pop(job_id, None) is not None:
                self._write(jobs)

    def pending(self) -> tuple[InFlightJob, ...]:
        with self._lock:
            return tuple(sorted(self._read().values(), key=lambda j: (j.accepted_at, j.job_id)))

    def _read(self) -> dict[str, InFlightJob]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise JournalError(
                f"The list of reprotect jobs in progress ({self.path}) can't be read ({exc.strerror}).",
                "Check the file's permissions. The jobs themselves keep running in Azure; "
                "follow them in the vault's Site Recovery jobs.",
            ) from exc
        try:
            raw = json.loads(text)
            if raw.get("format") != JOURNAL_FORMAT:
                raise ValueError(f"unknown format {raw.get('format')!r}")
            jobs = [InFlightJob.from_json(j) for j in raw["jobs"]]
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            # Atomic writes make this unlikely; if it happens, say so and keep the file for a human.
            raise JournalError(
                f"The list of reprotect jobs in progress ({self.path}) is damaged and was not used.",
                "Follow the jobs in the vault's Site Recovery jobs in the Azure portal, then delete the file.",
            ) from exc
        return {j.job_id: j for j in jobs}

    def _write(self, jobs: dict[str, InFlightJob]) -> None:
        payload = {"format": JOURNAL_FORMAT, "jobs": [asdict(j) for j in jobs.values()]}
        try:
            write_atomically(self.path, json.dumps(payload, indent=2, ensure_ascii=False))
        except OSError as exc:
            raise JournalError(
                f"The reprotect job could not be recorded in {self.path} ({exc.strerror}).",
                "The job runs in Azure regardless. Free disk space or fix the folder's permissions; "
                "until then, note the job ID shown here.",
            ) from exc
        log.debug("journal now holds %d job(s)", len(jobs))
