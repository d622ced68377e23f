"""The follower's cadence: a change resets it, no news and failures back off, within its bounds."""

from __future__ import annotations

import pytest

from reprotect_gui.domain.polling import (
    BACKOFF_FACTOR,
    MAX_INTERVAL_S,
    MIN_INTERVAL_S,
    RETRY_AFTER_CEILING_S,
    next_poll_interval,
)


def test_a_change_resets_to_the_minimum() -> None:
    assert next_poll_interval(MAX_INTERVAL_S, changed=True) == MIN_INTERVAL_S


@pytest.mark.parametrize("failed", [False, True])
def test_no_news_or_a_failure_backs_off(failed: bool) -> None:
    assert next_poll_interval(MIN_INTERVAL_S, changed=failed, failed=failed) == MIN_INTERVAL_S * BACKOFF_FACTOR


def test_the_back_off_stops_at_the_maximum_and_never_goes_below_the_minimum() -> None:
    just_under = MAX_INTERVAL_S / BACKOFF_FACTOR - 0.01
    assert next_poll_interval(just_under, changed=False) < MAX_INTERVAL_S
    assert next_poll_interval(MAX_INTERVAL_S / BACKOFF_FACTOR + 0.01, changed=False) == MAX_INTERVAL_S
    assert next_poll_interval(0.0, changed=False) == MIN_INTERVAL_S * BACKOFF_FACTOR


def test_a_retry_after_wins_over_the_back_off_within_its_ceiling() -> None:
    assert next_poll_interval(MIN_INTERVAL_S, changed=True, retry_after_s=10) == 10
    assert next_poll_interval(MAX_INTERVAL_S, changed=False, retry_after_s=0) == MIN_INTERVAL_S
    assert next_poll_interval(5, changed=False, retry_after_s=RETRY_AFTER_CEILING_S + 1) == RETRY_AFTER_CEILING_S
