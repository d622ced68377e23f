"""How often to ask ASR about a running job: quickly while it moves, backing off when idle."""

from __future__ import annotations

MIN_INTERVAL_S = 2.0
MAX_INTERVAL_S = 30.0
BACKOFF_FACTOR = 1.5
# The longest a service's Retry-After is obeyed, everywhere (job polling here, the ARM transport's
# retries in asr/pipeline.py): a proxy or a confused service asking for an hour must not freeze a read.
RETRY_AFTER_CEILING_S = 60.0


def capped_retry_after(seconds: float | None) -> float | None:
    """A Retry-After in seconds, within 0..RETRY_AFTER_CEILING_S; None stays None (no header).
    Anything not finite counts as the ceiling: the service asked to wait, but not for ever."""
    if seconds is None:
        return None
    if seconds != seconds or seconds > RETRY_AFTER_CEILING_S:  # NaN, +inf, too long
        return RETRY_AFTER_CEILING_S
    return max(0.0, seconds)


def next_poll_interval(
    previous_s: float, *, changed: bool, failed: bool = False, retry_after_s: float | None = None
) -> float:
    """Next wait: the service's Retry-After wins; changes reset; no news or failures back off."""
    retry_after_s = capped_retry_after(retry_after_s)
    if retry_after_s is not None:
        return max(retry_after_s, MIN_INTERVAL_S)
    if changed and not failed:
        return MIN_INTERVAL_S
    return min(max(previous_s, MIN_INTERVAL_S) * BACKOFF_FACTOR, MAX_INTERVAL_S)
