"""The state files of the data folder: one writer at a time, atomic replacement, damage kept aside.

Two windows of the app (two processes) may share one data folder. Every read-modify-write of a
state file happens under an OS file lock (`filelock`: fcntl.flock on POSIX, msvcrt.locking on
Windows) on a `.lock` file next to it, so a second window waits its turn and never loses an entry;
when the other window holds the lock too long, the sentence says so.

A file that can't be decoded (invalid UTF-8, not JSON, nested too deep, the wrong shape) is moved
aside with a timestamp — kept for a human, never deleted — and a fresh one takes its place.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import filelock

from reprotect_gui.domain.errors import UserFacingError
from reprotect_gui.domain.messages import t

LOCK_TIMEOUT_S = 20.0  # how long a window waits for another one to finish writing


class FolderBusy(UserFacingError):
    """Another window (process) held the state file's lock longer than we wait."""


@contextlib.contextmanager
def locked(path: Path, timeout_s: float = LOCK_TIMEOUT_S) -> Iterator[None]:
    """Hold the cross-process lock of `path` (a `.<name>.lock` file beside it)."""
    if path.parent.exists() and not path.parent.is_dir():
        raise NotADirectoryError(20, "Not a directory", str(path.parent))
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = filelock.FileLock(str(path.parent / f".{path.name}.lock"), timeout=timeout_s)
    try:
        lock.acquire()
    except filelock.Timeout as exc:
        raise FolderBusy(
            t(
                "Another window of this app has been writing {path} in {parent} for more than {timeout_s} seconds.",
                path=path.name,
                parent=path.parent,
                timeout_s=f"{timeout_s:g}",
            ),
            t("Wait for the other window to finish (or close it), then try again; nothing was lost."),
            retryable=True,
        ) from exc
    try:
        yield
    finally:
        lock.release()


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
    fsync_directory(path.parent)


def fsync_directory(directory: Path) -> None:
    # The rename is durable only once the directory entry is; Windows can't open directories.
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def damaged_name(path: Path, moment: datetime | None = None) -> Path:
    """Where a damaged file is kept: `inflight-jobs.json` → `inflight-jobs.damaged-20261130T160102Z.json`."""
    stamp = (moment or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    candidate = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}.damaged-{stamp}-{n}{path.suffix}")
    return candidate


def move_aside(path: Path, moment: datetime | None = None) -> Path:
    """Keep a damaged file under a timestamped name; the caller starts a fresh one."""
    target = damaged_name(path, moment)
    os.replace(path, target)
    with contextlib.suppress(OSError):
        fsync_directory(path.parent)
    return target
