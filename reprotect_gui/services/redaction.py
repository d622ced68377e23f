"""The process-wide secret registry and the log scrubber built on it.

Every secret value the app handles passes through the SecretStore port; wrapping the store in
`RememberingSecretStore` registers each value, so the audit log, the drill report and the log
can remove it by value even where no pattern would recognise it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from reprotect_gui.domain.ports import SecretStore
from reprotect_gui.domain.redaction import redact, redact_text

_lock = threading.Lock()
_known: set[str] = set()


def remember_secret(value: str | None) -> None:
    if value:
        with _lock:
            _known.add(value)


def known_secrets() -> tuple[str, ...]:
    with _lock:
        return tuple(_known)


def forget_all_secrets() -> None:
    """Tests only: start from an empty registry."""
    with _lock:
        _known.clear()


def scrub_text(text: str) -> str:
    return redact_text(text, known_secrets())


def scrub(value: Any) -> Any:
    return redact(value, known_secrets())


class RememberingSecretStore:
    """A SecretStore that registers every secret it reads or writes with the scrubber."""

    def __init__(self, inner: SecretStore) -> None:
        self._inner = inner

    def get(self, service: str, user: str) -> str | None:
        value = self._inner.get(service, user)
        remember_secret(value)
        return value

    def set(self, service: str, user: str, secret: str) -> None:
        remember_secret(secret)
        self._inner.set(service, user, secret)

    def delete(self, service: str, user: str) -> None:
        self._inner.delete(service, user)


# --- the log ---------------------------------------------------------------------------------

_RecordFactory = Callable[..., logging.LogRecord]
_installed: _RecordFactory | None = None  # the factory we replaced, while installed
_formatter = logging.Formatter()


def install_log_scrubbing() -> None:
    """Scrub every log record as it is created, whatever logger or handler it goes to.

    A filter on a handler would miss handlers added later (pytest's caplog, a file handler); a
    filter on the root logger never sees records propagated from named loggers. The record
    factory sees them all. Idempotent.
    """
    global _installed
    if _installed is not None:
        return
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        scrub_record(record)
        return record

    _installed = previous
    logging.setLogRecordFactory(factory)


def uninstall_log_scrubbing() -> None:
    global _installed
    if _installed is not None:
        logging.setLogRecordFactory(_installed)
        _installed = None


def scrub_record(record: logging.LogRecord) -> None:
    """Scrub one record in place (message, arguments, traceback, stack). Idempotent."""
    try:
        message = record.getMessage()
    except Exception:  # a malformed call: keep the template, drop the arguments
        message = str(record.msg)
    record.msg = scrub_text(message)
    record.args = None
    if record.exc_info and record.exc_info[0] is not None:
        # Formatted now (and cached where formatters look for it), so the traceback's text is scrubbed too.
        record.exc_text = scrub_text(_formatter.formatException(record.exc_info))
        record.exc_info = None
    if record.stack_info:
        record.stack_info = scrub_text(record.stack_info)
