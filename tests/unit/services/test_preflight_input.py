"""The one place the preflight input is assembled (issue 17): the Review page and reprotect-cli."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "domain"))

from builders import NOW, world  # noqa: E402

from reprotect_gui.domain.checks.facts import LinkType, OperatorStatements  # noqa: E402
from reprotect_gui.domain.preflight import run_preflight  # noqa: E402
from reprotect_gui.domain.selection import Selection  # noqa: E402
from reprotect_gui.services.estate import Estate  # noqa: E402
from reprotect_gui.services.preflight_input import (  # noqa: E402
    check_selection,
    preflight_input,
    request_policy,
    selection_requests,
)


def estate_and_selection():
    w = world()
    estate = Estate(w.site(), w.vcenter(), "", NOW, w.matches())
    sel = Selection(items=estate.site.items, master_target_id=w.mt_id, process_server_id=w.ps_id)
    c = sel.choices_for(w.items[0].item_id)
    c.datastore_name, c.retention_drive = w.datastore_name, w.retention
    return w, estate, sel


def test_the_input_is_the_one_the_builders_hand_to_run_preflight():
    _, estate, sel = estate_and_selection()
    statements = OperatorStatements(link_type=LinkType.EXPRESSROUTE)
    inp = preflight_input(estate, sel, statements, NOW)
    assert (inp.site, inp.vcenter, inp.matches, inp.plan, inp.statements) == (
        estate.site,
        estate.vcenter,
        estate.matches,
        None,
        statements,
    )
    (request,) = inp.requests
    assert request.policy_id == estate.site.failback_policy.policy_id  # classic flow: the classic policy
    assert request_policy(estate.site, sel) is estate.site.failback_policy
    assert check_selection(estate, sel, statements, NOW).verdicts == run_preflight(inp)


def test_given_requests_are_used_as_they_are():
    _, estate, sel = estate_and_selection()
    requests = selection_requests(estate.site, sel)
    assert preflight_input(estate, sel, OperatorStatements(), NOW, requests=requests[:0]).requests == ()


def test_an_incomplete_selection_names_what_is_still_to_choose():
    _, estate, sel = estate_and_selection()
    sel.master_target_id = None
    with pytest.raises(ValueError, match="still to choose: a master target"):
        preflight_input(estate, sel, OperatorStatements(), NOW)
