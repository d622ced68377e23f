"""Answers files (issue 17): round trip, every malformed input as a sentence, every stale answer
named with the rule that now excludes it, and unacknowledged warnings."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import timedelta

import pytest
from builders import NOW, ago, master_target, seen, volume, world
from hypothesis import given, settings
from hypothesis import strategies as st

from reprotect_gui.domain import choices
from reprotect_gui.domain.answers import (
    ANSWERS_FORMAT,
    AnswersInvalid,
    AnswersStale,
    answers_from_selection,
    parse_answers,
    selection_from_answers,
    unacknowledged,
)
from reprotect_gui.domain.checks.facts import LinkType, OperatorStatements
from reprotect_gui.domain.models import RecoveryPlan
from reprotect_gui.domain.selection import Selection
from reprotect_gui.domain.verdicts import Status, Verdict


def chosen(w):
    site = w.site()
    sel = Selection(items=site.items, plan=w.plan)
    open_ = choices.preselect(site, w.vcenter(), w.matches(), sel, NOW, take_first_eligible=True)
    assert not sel.missing(), open_
    return site, sel


def saved(w, **kw):
    site, sel = chosen(w)
    statements = kw.pop("statements", OperatorStatements(link_type=LinkType.EXPRESSROUTE, ip_addresses_retained=False))
    return answers_from_selection(site, sel, statements, kw.pop("acks", ()), **kw)


def replay(w, answers):
    return selection_from_answers(answers, w.site(), w.vcenter(), w.matches(), NOW)


def test_round_trip_through_json_keeps_every_field():
    w = world()
    answers = saved(w, acks=("INF-05|ps-01", "MT-15|web-01"), vault_source={"kind": "azure", "vault_id": "/x"})
    back = parse_answers(copy.deepcopy(answers.to_json()))
    assert back == answers
    assert back.acknowledged_keys == {"INF-05|ps-01", "MT-15|web-01"}
    sel = replay(w, back)
    _, original = chosen(w)
    assert (sel.master_target_id, sel.process_server_id) == (original.master_target_id, original.process_server_id)
    assert sel.per_item == original.per_item


@pytest.mark.parametrize(
    ("break_it", "says"),
    [
        (lambda d: d.update(format="something-else/1"), "its format is 'something-else/1'"),
        (lambda d: d.update(format="reprotect_gui.answers/2"), "version 2, which this program does not know"),
        (lambda d: d.pop("vault"), "vault, subject and choices must be objects"),
        (lambda d: d["subject"].update(kind="vm"), "subject.kind is 'vm'"),
        (lambda d: d["subject"].update(id=""), "subject.id must be a non-empty text"),
        (lambda d: d.update(flow="hybrid"), "flow is 'hybrid'"),
        (lambda d: d["choices"].update(vms=[]), "choices.vms must list at least one VM"),
        (lambda d: d["choices"]["vms"][0].update(disks="all"), "choices.vms[0].disks must be a list"),
        (lambda d: d["choices"]["vms"][0].pop("item_id"), "choices.vms[0].item_id must be a non-empty text"),
        (lambda d: d["choices"].update(master_target="mt-win-01"), "choices.master_target must be an object"),
        (lambda d: d["statements"].update(link_type="carrier pigeon"), "statements.link_type is 'carrier pigeon'"),
        (lambda d: d["statements"].update(ip_addresses_retained="yes"), "must be true, false or null"),
        (lambda d: d.update(acknowledged=["INF-05"]), "acknowledged[0] must be an object"),
        (lambda d: d.update(statements=[]), "statements must be an object"),
        (lambda d: d.update(acknowledged=7), "acknowledged must be a list"),
        (lambda d: d["statements"].update(link_type={"x": 1}), "statements.link_type is {'x': 1}"),
    ],
)
def test_each_malformed_field_is_named_in_a_sentence(break_it, says):
    data = saved(world()).to_json()
    break_it(data)
    with pytest.raises(AnswersInvalid) as err:
        parse_answers(data)
    assert says in err.value.summary
    assert err.value.next_step


@settings(max_examples=60, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=5),
        lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=8), c, max_size=4),
        max_leaves=12,
    )
)
def test_any_json_value_is_answers_or_a_sentence(value):
    try:
        parse_answers(value)
    except AnswersInvalid as exc:
        assert exc.summary.startswith(("The answers file", "The answers file has version"))


def test_the_format_string_is_versioned():
    assert saved(world()).to_json()["format"] == ANSWERS_FORMAT == "reprotect_gui.answers/1"


# --- stale answers --------------------------------------------------------------------------


def test_another_vault_is_stale():
    w = world()
    answers = replace(saved(w), vault_name="rsv-other")
    with pytest.raises(AnswersStale) as err:
        replay(w, answers)
    assert "the answers are for the vault rsv-other, but the vault read is rsv-test" in err.value.summary


def test_a_vm_gone_from_the_vault_is_named():
    w = world()
    answers = saved(w)
    w.items = [replace(w.items[0], item_id="other", name="other")]
    with pytest.raises(AnswersStale) as err:
        replay(w, answers)
    assert err.value.changes == ("the VM web-01 is no longer a replicated item of the vault.",)


def test_a_vm_no_longer_eligible_is_named_with_its_rule():
    w = world()
    answers = saved(w)
    w.items = [replace(w.items[0], allowed_operations=frozenset(), protection_state="Protected")]
    with pytest.raises(AnswersStale) as err:
        replay(w, answers)
    assert "web-01 can no longer be reprotected (ELIG-01:" in err.value.summary


def test_a_master_target_whose_heartbeat_went_stale_is_named_with_mt14():
    w = world()
    answers = saved(w)
    w.mts = [replace(w.mts[0], last_heartbeat=NOW - timedelta(hours=2))]
    with pytest.raises(AnswersStale) as err:
        replay(w, answers)
    assert "the master target mt-win-01 can no longer be chosen (MT-14:" in err.value.summary


def test_a_datastore_and_a_retention_drive_that_vanished_are_both_named():
    w = world()
    answers = saved(w)
    w.mts = [replace(w.mts[0], datastores=(seen("ds-other"),), retention_volumes=(volume("S:"),))]
    with pytest.raises(AnswersStale) as err:
        replay(w, answers)
    assert err.value.changes == (
        "the datastore for web-01 ds-vmfs-01 is no longer offered.",
        "the retention drive for web-01 R: is no longer offered.",
    )


def test_a_retention_drive_at_the_edge_of_ret05():
    """RET-05 excludes a volume of zero capacity; the replay uses the wizard's own list."""
    w = world()
    answers = saved(w)
    w.mts = [replace(w.mts[0], retention_volumes=(volume("R:", capacity_gb=1, free_gb=1),))]
    replay(w, answers)  # 1 GiB: still offered (RET-08 may warn; that is the preflight's to say)
    w.mts = [replace(w.mts[0], retention_volumes=(volume("R:", capacity_gb=0, free_gb=0),))]
    with pytest.raises(AnswersStale) as err:
        replay(w, answers)
    assert "the retention drive for web-01 R: can no longer be chosen (RET-05:" in err.value.summary


def test_a_disk_removed_from_the_vm_is_named():
    w = world()
    answers = saved(w)
    w.items = [replace(w.items[0], disks=w.items[0].disks[:1])]
    with pytest.raises(AnswersStale) as err:
        replay(w, answers)
    assert "web-01: the disk(s)" in err.value.summary and "are no longer on the VM" in err.value.summary


def test_a_plan_whose_vms_changed_is_named():
    from builders import item

    w = world()
    w.plan = RecoveryPlan("rp-test", "RP-Test", ("web-01",))
    answers = saved(w)
    w.add_item(item("web-02"))
    w.plan = RecoveryPlan("rp-test", "RP-Test", ("web-01", "web-02"))
    with pytest.raises(AnswersStale) as err:
        replay(w, answers)
    assert "the VMs of the recovery plan RP-Test changed (added: web-02)." in err.value.summary


def test_the_stale_error_says_nothing_was_submitted_and_how_to_fix():
    err = AnswersStale(["x."])
    assert "Nothing was submitted" in err.next_step and "--answers" in err.next_step


def test_unacknowledged_lists_only_new_warnings_and_unknowns():
    w = world()
    answers = saved(w, acks=("MT-15|web-01",))
    verdicts = [
        Verdict("MT-15", Status.WARN, "x", subject="web-01"),
        Verdict("INF-05", Status.WARN, "y", subject="ps-01"),
        Verdict("MT-04", Status.UNKNOWN, "z", subject="mt-win-01"),
        Verdict("MT-01", Status.PASS, "ok", subject="mt-win-01"),
        Verdict("DS-03", Status.INFO, "i", subject="web-01"),
    ]
    assert [v.check_id for v in unacknowledged(verdicts, answers)] == ["INF-05", "MT-04"]


# --- the wizard's preselection -----------------------------------------------------------------


def test_one_eligible_master_target_is_taken_two_are_left_to_the_operator():
    w = world()
    site = w.site()
    sel = Selection(items=site.items)
    assert choices.preselect(site, w.vcenter(), w.matches(), sel, NOW) == ("datastore for web-01: 1 can be chosen",)
    assert sel.master_target_id == "mt-win-01" and sel.choices_for("web-01").retention_drive == "R:"
    assert sel.choices_for("web-01").datastore_name is None  # the wizard never preselects a classic datastore

    w.mts = [*w.mts, master_target("mt-win-02")]
    site = w.site()
    sel = Selection(items=site.items)
    still_open = choices.preselect(site, w.vcenter(), w.matches(), sel, NOW)
    assert sel.master_target_id is None and "master target: 2 can be chosen" in still_open


def test_an_unattended_check_takes_the_first_master_target_that_leaves_every_choice():
    w = world()
    empty = master_target("mt-a-empty", datastores=())  # sorts first, but no datastore: a dead end
    w.mts = [*w.mts, empty]
    site = w.site()
    sel = Selection(items=site.items)
    notes = choices.preselect(site, w.vcenter(), w.matches(), sel, NOW, take_first_eligible=True)
    assert sel.master_target_id == "mt-win-01"
    assert "master target: mt-win-01 was taken, the first eligible of 2" in notes
    assert not sel.missing()


def test_no_eligible_master_target_is_said_not_guessed():
    w = world()
    w.mts = [replace(w.mts[0], last_heartbeat=ago(120))]
    site = w.site()
    sel = Selection(items=site.items)
    notes = choices.preselect(site, w.vcenter(), w.matches(), sel, NOW, take_first_eligible=True)
    assert sel.master_target_id is None and "master target: none can be chosen" in notes


def test_given_choices_are_kept():
    w = world()
    w.mts = [*w.mts, master_target("mt-win-02")]
    site = w.site()
    sel = Selection(items=site.items, master_target_id="mt-win-02")
    sel.choices_for("web-01").datastore_name = "ds-vmfs-01"
    choices.preselect(site, w.vcenter(), w.matches(), sel, NOW, take_first_eligible=True)
    assert sel.master_target_id == "mt-win-02" and sel.choices_for("web-01").datastore_name == "ds-vmfs-01"


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(
                [
                    ("choices", "master_target"),
                    ("choices", "process_server"),
                    ("choices", "appliance"),
                    ("choices", "log_storage_account_id"),
                    ("choices", "run_as_account_id"),
                    ("subject", "id"),
                    ("subject", "kind"),
                    ("vault", "name"),
                    ("statements", "link_type"),
                    ("statements", "ip_addresses_retained"),
                ]
            ),
            st.one_of(
                st.none(),
                st.sampled_from(["", "web-01", "mt-win-01", "ps-azure-01", "plan", "item", "rsv-test", "EXPRESSROUTE"]),
                st.fixed_dictionaries({"id": st.sampled_from(["mt-win-01", "zz", ""]), "name": st.text(max_size=3)}),
            ),
        ),
        max_size=4,
    ),
    st.sampled_from(["classic", "modernized"]),
    st.lists(st.sampled_from(["", "ds-vmfs-01", "R:", "web-01-os", "gone"]), max_size=3),
)
def test_any_edited_answers_replay_to_a_selection_or_a_sentence(edits, flow, vm_values):
    w = world()
    data = saved(w).to_json()
    data["flow"] = flow
    for (section, key), value in edits:
        data[section][key] = value
    vm = data["choices"]["vms"][0]
    for field_name, value in zip(("datastore", "retention_drive", "item_id"), vm_values, strict=False):
        vm[field_name] = value
    try:
        answers = parse_answers(data)
        replay(w, answers)
    except (AnswersInvalid, AnswersStale) as exc:
        assert exc.summary and exc.next_step
