"""Behaviour fakes shared by tests: a clock you move, a context that records progress."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from reprotect_gui.domain.ports import JobCancelled


class ManualClock:
    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 11, 27, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self._now

    def advance(self, **delta: float) -> None:
        self._now += timedelta(**delta)


class RecordingContext:
    def __init__(self, cancel_after_reports: int | None = None) -> None:
        self.reports: list[tuple[float, str]] = []
        self._cancel_after = cancel_after_reports

    def report(self, done: float, text: str) -> None:
        self.reports.append((done, text))

    def raise_if_cancelled(self) -> None:
        if self._cancel_after is not None and len(self.reports) >= self._cancel_after:
            raise JobCancelled()
