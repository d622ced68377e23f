"""The vCenter facts of the failback journey, as the adapter reads them (FB-09 host memory, REV-02 boot time):
every value vCenter may leave out, or send damaged, gives None (the check then says unknown), never an
exception. vcsim proves the values end to end (tests/integration/vsphere/test_vcenter_contract.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from types import SimpleNamespace

import pytest

from reprotect_gui.vsphere.collector import Row
from reprotect_gui.vsphere.inventory import _host_memory, _utc, _whole

MB = 1024 * 1024


def test_host_memory_is_total_and_what_use_leaves_free_fb09() -> None:
    r = Row(
        SimpleNamespace(_moId="h"),
        {"summary.hardware.memorySize": 256 * 1024 * MB, "summary.quickStats.overallMemoryUsage": 200 * 1024},
    )
    assert _host_memory(r) == (262144, 56 * 1024)


@pytest.mark.parametrize(
    ("size", "used", "expected"),
    [
        (None, 100, (None, None)),  # not reported
        (4096 * MB, None, (4096, None)),  # no quick stats (a disconnected host)
        (4096 * MB, 5000, (4096, 0)),  # over-committed: nothing free, never negative
        ("4096", 10, (None, None)),  # damaged
        (True, 10, (None, None)),
        (float("nan"), 10, (None, None)),
        (-1, 10, (None, None)),
    ],
)
def test_host_memory_edges(size: object, used: object, expected: tuple[int | None, int | None]) -> None:
    props = {"summary.hardware.memorySize": size, "summary.quickStats.overallMemoryUsage": used}
    assert _host_memory(Row(SimpleNamespace(_moId="h"), props)) == expected


def test_boot_time_is_timezone_aware_rev02() -> None:
    aware = datetime(2026, 11, 30, 21, 0, tzinfo=timezone(timedelta(hours=9)))
    assert _utc(aware) == aware
    naive = datetime(2026, 11, 30, 12, 0)
    assert _utc(naive) == datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    assert _utc(None) is None and _utc("2026-11-30T12:00:00Z") is None


def test_whole_counts() -> None:
    assert _whole(8192) == 8192 and _whole(8192.0) == 8192
    assert _whole(None) is None and _whole("8192") is None and _whole(-5) is None
