"""Verdicts: what a prerequisite check (catalog ID) says about the facts it looked at."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Status(StrEnum):
    BLOCK = "block"  # must not submit
    WARN = "warn"  # allowed after an explicit acknowledgement
    UNKNOWN = "unknown"  # the fact could not be read; never passes silently
    INFO = "info"  # guidance
    PASS = "pass"

    @property
    def rank(self) -> int:
        """Sort order on the review page: blocks first."""
        return list(Status).index(self)


@dataclass(frozen=True, slots=True)
class Verdict:
    check_id: str  # catalog ID, e.g. "MT-10"
    status: Status
    finding: str  # one line in plain words
    evidence: tuple[str, ...] = ()  # the values looked at, e.g. "mt-win-01: 58 + 4 disks > 60"
    remediation: str = ""  # the fix, from the article
    subject: str = ""  # the item, plan, server or datastore the verdict is about

    @property
    def blocks(self) -> bool:
        return self.status is Status.BLOCK

    @property
    def needs_acknowledgement(self) -> bool:
        # An unknown fact is not a pass: the operator must see it and accept it like a warning.
        return self.status in (Status.WARN, Status.UNKNOWN)


def blocking(verdicts: tuple[Verdict, ...] | list[Verdict]) -> list[Verdict]:
    return [v for v in verdicts if v.blocks]


def sorted_for_review(verdicts: tuple[Verdict, ...] | list[Verdict]) -> list[Verdict]:
    return sorted(verdicts, key=lambda v: (v.status.rank, v.check_id, v.subject))
