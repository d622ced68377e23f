"""The app's log file: rotating, in the data folder, scrubbed like the audit.

`install_log_file(data_dir)` adds a RotatingFileHandler on the root logger. Every record is scrubbed
twice over: by the record factory (services.redaction.install_log_scrubbing, which the app installs
first) and by a filter on this handler, so nothing reaches the file unscrubbed even if the factory
was replaced. A log that can't be opened or written (read-only folder, full disk) never stops the app.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from reprotect_gui.domain.errors import LOG_FILE_NAME
from reprotect_gui.services.redaction import scrub_record

LOG_FOLDER_NAME = "logs"
MAX_BYTES = 2 * 1024 * 1024  # per file
BACKUPS = 4  # reprotect-gui.log.1 … .4: at most 10 MB in all
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

_installed: logging.Handler | None = None


class _Scrubbing(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        scrub_record(record)
        return True


class _QuietRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A failed write (full disk) is noted once on stderr, not a traceback per record."""

    _told = False

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        if not self._told:
            self._told = True
            print(
                f"reprotect-gui: the log file {self.baseFilename} can't be written; logging to it stops.",
                file=sys.stderr,
            )


def log_folder(data_dir: Path) -> Path:
    return Path(data_dir) / LOG_FOLDER_NAME


def install_log_file(data_dir: Path, *, level: int = logging.INFO) -> Path | None:
    """Log to <data_dir>/logs/reprotect-gui.log (rotating). Returns the file, or None if it can't be opened."""
    global _installed
    uninstall_log_file()
    path = log_folder(data_dir) / LOG_FILE_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _QuietRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError as exc:
        print(f"reprotect-gui: no log file ({path}: {exc.strerror or exc}); carrying on without one.", file=sys.stderr)
        return None
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(_Scrubbing())
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    _installed = handler
    return path


def uninstall_log_file() -> None:
    global _installed
    if _installed is not None:
        logging.getLogger().removeHandler(_installed)
        _installed.close()
        _installed = None


def current_log_file() -> Path | None:
    """The file the app logs to now (None: no log file), for "Open log folder"."""
    return Path(_installed.baseFilename) if isinstance(_installed, logging.FileHandler) else None
