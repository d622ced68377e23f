"""Message templates (issue 14, domain/messages.py): the domain's sentence is English text, template and named values at once."""

from __future__ import annotations

import copy
import json
import pickle

import pytest

from reprotect_gui.domain.checks.facts import LinkType
from reprotect_gui.domain.errors import UserFacingError
from reprotect_gui.domain.messages import (
    DOMAIN_CONTEXT,
    VERBATIM,
    EnumWord,
    ServiceText,
    StateWord,
    TaskName,
    Text,
    remediation,
    service_text,
    state,
    t,
)


def test_a_template_is_its_english_sentence_and_keeps_its_values():
    text = t("{datastore} has {free} GB free.", datastore="ds-01", free=120)
    assert text == "ds-01 has 120 GB free."  # every existing comparison, log line and JSON reads English
    assert isinstance(text, str) and str(text) == "ds-01 has 120 GB free."
    assert text.template == "{datastore} has {free} GB free."
    assert dict(text.args) == {"datastore": "ds-01", "free": 120}
    assert text.context == DOMAIN_CONTEXT
    assert json.dumps({"finding": text}) == '{"finding": "ds-01 has 120 GB free."}'


def test_a_template_without_values_is_its_own_text():
    assert t("No disk is selected to come back.") == "No disk is selected to come back."
    assert t("No disk is selected to come back.").args == {}


def test_nested_templates_enums_tuples_and_states_render_in_english():
    inner = t("the VM {vm} is gone", vm="web-01")
    text = t(
        "Not eligible: {cause}; link {link}; disks {disks}; state {state}.",
        cause=inner,
        link=LinkType.S2S_VPN,
        disks=("Hard disk 1", "Hard disk 2"),
        state=state("FailedOver"),
    )
    assert (
        text
        == "Not eligible: the VM web-01 is gone; link site-to-site VPN; disks Hard disk 1, Hard disk 2; state FailedOver."
    )
    assert text.args["cause"] is inner


def test_a_template_is_immutable_and_copies_and_pickles_whole():
    text = t("{a} and {b}", a="x", b=t("{c}!", c="y"))
    with pytest.raises(AttributeError):
        text.template = "other"
    with pytest.raises(TypeError):
        text.args["a"] = "z"  # the values are a read-only mapping
    assert copy.deepcopy(text) is text
    again = pickle.loads(pickle.dumps(text))
    assert again == text and again.template == text.template and again.args["b"].template == "{c}!"


def test_join_keeps_every_part_translatable():
    joined = Text.joined("; ", [t("no heartbeat"), t("{n} health error(s)", n=2)])
    assert joined == "no heartbeat; 2 health error(s)"
    assert joined.context == VERBATIM  # the separator is not looked up, the parts are
    assert [v.template for v in joined.args.values()] == ["no heartbeat", "{n} health error(s)"]
    assert Text.joined(" ", []) == ""
    assert Text.joined(" {x} ", ["a", "b"]) == "a {x} b"  # braces in a separator are text, not placeholders


def test_the_audit_keeps_the_template_and_reads_it_back():
    text = t(
        "{item}: {state}, {words}, {kind}, {count} disk(s), {tasks}",
        item="web-01",
        state=state("Critical"),
        words=service_text("The service failed."),
        kind=LinkType.EXPRESSROUTE,
        count=3,
        tasks=(TaskName("Starting replication"), t("temporary")),
    )
    back = Text.from_json(json.loads(json.dumps(text.to_json())))
    assert back == text and back.template == text.template
    assert isinstance(back.args["state"], StateWord) and isinstance(back.args["words"], ServiceText)
    assert isinstance(back.args["kind"], EnumWord) and back.args["count"] == 3
    assert isinstance(back.args["tasks"][0], TaskName) and back.args["tasks"][1].template == "temporary"


@pytest.mark.parametrize("record", [None, "an old record's plain finding", 42, {"no": "template"}])
def test_a_record_without_a_template_reads_back_as_it_was(record):
    assert Text.from_json(record) == record


def test_a_damaged_template_record_reads_back_as_its_template_not_an_exception():
    assert Text.from_json({"template": "{missing} and {more}", "args": {}}) == "{missing} and {more}"
    assert Text.from_json({"template": "{a}", "args": "not a mapping"}) == "{a}"


def test_a_fix_inside_a_sentence_is_looked_up_in_its_own_context():
    fix = remediation("Reinstall the Mobility agent.")
    assert fix.context == "remediation" and fix == "Reinstall the Mobility agent."


def test_a_user_facing_error_keeps_its_sentence_translatable():
    exc = UserFacingError(t("vCenter {host} refused the password.", host="vc"), t("Check the password."))
    assert str(exc) == "vCenter vc refused the password. Check the password."
    assert exc.sentence == str(exc)
    assert [v.template for v in exc.sentence.args.values()] == [
        "vCenter {host} refused the password.",
        "Check the password.",
    ]
    assert UserFacingError("plain").sentence == "plain"


def test_and_joined_lists_in_words():
    from reprotect_gui.domain.messages import and_joined

    assert and_joined([]) == "" and and_joined([t("a b")]) == "a b"
    assert and_joined([t("mixes Windows and Linux VMs"), "uses 2 master targets", "x"]) == (
        "mixes Windows and Linux VMs and uses 2 master targets and x"
    )
