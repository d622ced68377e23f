"""Section E (RET-*): one row per catalog ID — pass and fail (ASR always reports these facts)."""

from __future__ import annotations

import pytest
from builders import Case, World, assert_outcome, linux_world, unchanged, volume

from reprotect_gui.domain.verdicts import Status

B, W, I, P = Status.BLOCK, Status.WARN, Status.INFO, Status.PASS


def _volume(**kw: object):  # type: ignore[no-untyped-def]
    def mutate(w: World) -> None:
        w.mt(retention_volumes=(volume(**kw),))  # type: ignore[arg-type]

    return mutate


CASES = [
    Case(
        "RET-01",
        unchanged,
        P,
        "R:: used for another purpose = False",
        _volume(used_for_other_purpose=True),
        B,
        "R:: used for another purpose = True",
    ),
    Case("RET-02", unchanged, P, "R:: locked = False", _volume(locked=True), B, "R:: locked = True"),
    Case(
        "RET-03", unchanged, P, "R:: cache volume = False", _volume(is_cache_volume=True), B, "R:: cache volume = True"
    ),
    Case("RET-04", unchanged, P, "R:: file system NTFS", _volume(file_system="FAT32"), B, "R:: file system FAT32"),
    Case(
        "RET-05",
        unchanged,
        P,
        f"R:: capacity {1024 * 2**30} bytes",
        _volume(capacity_gb=0, free_gb=0),
        B,
        "R:: capacity 0 bytes",
    ),
    Case(
        "RET-06",
        unchanged,
        P,
        "mt-win-01 (Windows): default R:, chosen R:",
        lambda w: (w.mt(retention_volumes=(volume(), volume("S:"))), w.set(retention="S:")),
        I,
        "mt-win-01 (Windows): default R:, chosen S:",
    ),
    Case(
        "RET-06",
        linux_world,
        P,
        "mt-win-01 (Linux): default /mnt/retention/, chosen /mnt/retention/",
        lambda w: (
            linux_world(w),
            w.mt(retention_volumes=(volume("/mnt/retention/"), volume("/data"))),
            w.set(retention="/data"),
        ),
        I,
        "mt-win-01 (Linux): default /mnt/retention/, chosen /data",
        label="linux",
    ),
    Case(
        "RET-07",
        unchanged,
        P,
        "cs-01: last refreshed 30 min ago",
        lambda w: w.set(retention="T:"),
        B,
        "mt-win-01: retention volumes R:",
    ),
    Case(
        "RET-08",
        unchanged,
        P,
        "R:: 22% used < threshold 80% (800 of 1024 GiB free)",
        _volume(capacity_gb=512, free_gb=40),
        W,
        "R:: 92% used >= threshold 80% (40 of 512 GiB free)",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_passing_world(case: Case) -> None:
    assert_outcome(case.ok, case.check_id, case.ok_status, case.ok_evidence)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_failing_world(case: Case) -> None:
    assert_outcome(case.bad, case.check_id, case.bad_status, case.bad_evidence)
