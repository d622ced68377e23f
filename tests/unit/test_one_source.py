"""Each rule's number is written once, beside its check; every sentence that names it is built from it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reprotect_gui.domain.checks import eligibility, facts, master_target, modernized, retention
from reprotect_gui.domain.checks.facts import whole_minutes
from reprotect_gui.domain.checks.remediation import FIX
from reprotect_gui.domain.models import FailbackPolicy
from reprotect_gui.domain.report import STATUS_TITLES, end_of_run_advice, next_step
from reprotect_gui.domain.verdicts import Status

PACKAGE = Path(__file__).resolve().parents[2] / "reprotect_gui"
# A rule's number as prose: "15 minutes", "15 min", "60 disks" (the values of the windows and limits below).
PROSE = re.compile(r"\b(15\s*min(ute)?s?|60\s*disks)\b", re.IGNORECASE)


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_rule_number_is_written_as_prose(path: Path) -> None:
    found = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if PROSE.search(line)]
    assert not found, f"{path.name}: build these from the rule's constant: {found}"


def test_the_windows_and_limits_live_beside_their_checks() -> None:
    assert whole_minutes(facts.HEARTBEAT_STALE_AFTER) == 15
    assert whole_minutes(eligibility.AGENT_REGISTRATION_WINDOW) == 15
    assert whole_minutes(retention.NEW_DRIVE_DISCOVERY) == 15
    assert modernized.MAX_DISKS_PER_APPLIANCE == 60 and master_target.MAX_DISKS_PER_MASTER_TARGET == 60


def test_the_sentences_carry_the_constant() -> None:
    assert f"the last {whole_minutes(facts.HEARTBEAT_STALE_AFTER)} minutes" == facts.HEARTBEAT_WINDOW_TEXT
    assert f"{whole_minutes(retention.NEW_DRIVE_DISCOVERY)} minutes" in retention.NEW_DRIVE_TEXT
    rpo, history, app = FailbackPolicy.PORTAL_DEFAULTS
    assert (
        f"{rpo} min, recovery point retention {history // 60} h, app-consistent snapshots every {app} min"
        in (FIX["INF-02"])
    )


def test_one_wording_of_the_statuses_and_the_end_of_run_advice() -> None:
    assert set(STATUS_TITLES) == {s.value for s in Status}
    ok = end_of_run_advice(True, any_linux=True)
    assert [a[:6] for a in ok] == ["SUB-01", "SUB-06", "SUB-04"]
    assert end_of_run_advice(False, any_linux=False) == ok[:1]
    assert next_step(True).startswith("Next step: failback") and next_step(False) != next_step(True)
