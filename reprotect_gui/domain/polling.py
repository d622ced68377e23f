"""How often to ask ASR about a running job: quickly while it moves, backing off when idle."""

from __future__ import annotations

MIN_INTERVAL_S = 2.0
MAX_INTERVAL_S = 30.0
BACKOFF_FACTOR = 1.5


def next_poll_interval(
    previous_s: float, *, changed: bool, failed: bool = False, retry_after_s: float | None = None
) -> float:
    """Next wait: the service's Retry-After wins; changes reset; no news or failures back off."""
    if retry_after_s is not None:
        return max(retry_after_s, MIN_INTERVAL_S)
    if changed and not failed:
        return MIN_INTERVAL_S
    return min(max(previous_s, MIN_INTERVAL_S) * BACKOFF_FACTOR, MAX_INTERVAL_S)
