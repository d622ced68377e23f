"""Failures a user can meet, as sentences with a next step.

Adapters translate SDK and network errors into these (`raise ... from exc`), so the UI's one
presenter needs no SDK knowledge and the log keeps the original cause.
"""

from __future__ import annotations


class UserFacingError(Exception):
    """A failure explained in plain words: what happened, and what to do next."""

    def __init__(self, summary: str, next_step: str = "", *, retryable: bool = False) -> None:
        super().__init__(summary)
        self.summary = summary
        self.next_step = next_step
        self.retryable = retryable

    def __str__(self) -> str:
        return f"{self.summary} {self.next_step}".strip()


class ScenarioError(UserFacingError):
    """The training scenario file is malformed or inconsistent."""


class ConnectionFailed(UserFacingError):
    """A peer (vCenter, Azure) could not be reached or refused us."""


class SubmitRefused(UserFacingError):
    """The reprotect was not started; nothing was sent twice."""
