"""How often to ask ASR about a running job: quickly while it moves, backing off when idle.

Retry-After has one meaning everywhere, here: obeyed up to RETRY_AFTER_CEILING_S. A throttled read
(429/503) is retried inside the adapter by azure-core's RetryPolicy, which honours it before the read
returns (asr/pipeline.py caps it with `capped_retry_after`); a follower that is handed a Retry-After
with a reading passes it as `retry_after_s`, and it wins over the back-off.

Readiness after a reprotect (RDY-14) is watched gently: replication takes hours, so the items
are re-read every few minutes, never in a tight loop.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

MIN_INTERVAL_S = 2.0
MAX_INTERVAL_S = 30.0
BACKOFF_FACTOR = 1.5
# The longest a service's Retry-After is obeyed, everywhere (job polling here, the ARM transport's
# retries in asr/pipeline.py): a proxy or a confused service asking for an hour must not freeze a read.
RETRY_AFTER_CEILING_S = 60.0
READINESS_INTERVAL_S = 180.0  # RDY-14: every few minutes
NO_JOB_WAIT_S = 600.0  # a 202 without a tracking address: how long to look for its job on the item


@dataclass(frozen=True, slots=True)
class Wait:
    """The next wait, and whether Azure asked for it (and how long it asked, before the ceiling)."""

    seconds: float
    asked_s: float | None = None  # the Retry-After Azure sent, when it sent one

    @property
    def capped(self) -> bool:
        return self.asked_s is not None and self.asked_s > self.seconds


def capped_retry_after(seconds: float | None) -> float | None:
    """A Retry-After in seconds, within 0..RETRY_AFTER_CEILING_S; None stays None (no header).
    Anything not finite counts as the ceiling: the service asked to wait, but not for ever."""
    if seconds is None:
        return None
    if seconds != seconds or seconds > RETRY_AFTER_CEILING_S:  # NaN, +inf, too long
        return RETRY_AFTER_CEILING_S
    return max(0.0, seconds)


def honoured_retry_after(asked_s: float) -> float:
    """A Retry-After value as the wizard obeys it: never negative, never above the ceiling."""
    capped = capped_retry_after(asked_s)
    return RETRY_AFTER_CEILING_S if capped is None else capped


def next_poll_interval(
    previous_s: float, *, changed: bool, failed: bool = False, retry_after_s: float | None = None
) -> float:
    """Next wait: the service's Retry-After wins (up to the ceiling); changes reset; no news or failures back off."""
    return next_wait(previous_s, changed=changed, failed=failed, retry_after_s=retry_after_s).seconds


def next_wait(previous_s: float, *, changed: bool, failed: bool = False, retry_after_s: float | None = None) -> Wait:
    if retry_after_s is not None:
        asked = retry_after_s if math.isfinite(retry_after_s) else None  # shown as asked only when it is a number
        return Wait(max(honoured_retry_after(retry_after_s), MIN_INTERVAL_S), asked)
    if changed and not failed:
        return Wait(MIN_INTERVAL_S)
    return Wait(min(max(previous_s, MIN_INTERVAL_S) * BACKOFF_FACTOR, MAX_INTERVAL_S))
