"""How often to ask ASR about a running job: quickly while it moves, backing off when idle.

Throttling is not handled here: a read that ASR throttles (429/503 with Retry-After) is retried by
azure-core's RetryPolicy inside the adapter, which honours Retry-After before the read returns
(see shared/design/style.md, Azure SDK point 3). The follower only ever sees a reading or a
failure, so its cadence has no Retry-After to obey; a failure backs off like no news.
"""

from __future__ import annotations

MIN_INTERVAL_S = 2.0
MAX_INTERVAL_S = 30.0
BACKOFF_FACTOR = 1.5


def next_poll_interval(previous_s: float, *, changed: bool, failed: bool = False) -> float:
    """Next wait: a change resets to the minimum; no news or a failure backs off, up to the maximum."""
    if changed and not failed:
        return MIN_INTERVAL_S
    return min(max(previous_s, MIN_INTERVAL_S) * BACKOFF_FACTOR, MAX_INTERVAL_S)
