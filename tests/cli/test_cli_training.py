"""reprotect-cli on the training estate, run as a separate process (issue 17).

Exit codes, the JSON document against its shipped schema, the JUnit file, the answers replay
(submit once, refuse a stale file or an unacknowledged warning, ask before submitting), the jobs
of a run followed again after the program stopped, and the drill report export.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from cli_testkit import ROOT, answers_for, run_cli, training_estate, write_json
from referencing import Registry, Resource

from reprotect_gui.cli.output import schema
from reprotect_gui.domain.checks.facts import LinkType, OperatorStatements

TRAINING = {"kind": "training", "scenario": "built-in"}


@pytest.fixture(scope="module")
def estate():
    return training_estate()


def validate(document: dict, name: str) -> None:
    answers, check = schema("answers"), schema("check-result")
    registry = Registry().with_resources(
        [(answers["$id"], Resource.from_contents(answers)), (check["$id"], Resource.from_contents(check))]
    )
    chosen = {"answers": answers, "check-result": check}[name]
    jsonschema.Draft202012Validator.check_schema(chosen)
    jsonschema.Draft202012Validator(chosen, registry=registry).validate(document)


def audit_events(data_dir: Path) -> list[dict]:
    path = data_dir / "audit.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


# --- check: exit codes ---------------------------------------------------------------------


def test_a_ready_vm_exits_0(tmp_path):
    ran = run_cli("check", "--demo", "--vm", "intranet-01", data_dir=tmp_path)
    assert ran.code == 0, ran.err
    assert "intranet-01 (VM, modernized) — READY" in ran.out
    assert "Exit code 0" in ran.out


def test_a_blocked_vm_exits_1_and_names_the_rule(tmp_path):
    ran = run_cli("check", "--demo", "--vm", "erp-01", data_dir=tmp_path)
    assert ran.code == 1, ran.err
    assert "BLOCKED" in ran.out and "BLOCK    DS-06" in ran.out  # RDM disks, alternate location


def test_a_warning_only_vm_exits_2(tmp_path):
    ran = run_cli("check", "--demo", "--vm", "app-lnx-01", "--json", data_dir=tmp_path)
    assert ran.code == 2, ran.err
    (selection,) = ran.json()["selections"]
    statuses = {v["status"] for v in selection["verdicts"]}
    assert "block" not in statuses and "warn" in statuses
    assert selection["outcome"] == "acknowledge"


def test_a_stated_link_type_is_a_choice_given_as_an_option(tmp_path):
    unstated = run_cli("check", "--demo", "--vm", "app-lnx-02", "--json", data_dir=tmp_path)
    stated = run_cli(
        "check", "--demo", "--vm", "app-lnx-02", "--json", "--link-type", "expressroute", data_dir=tmp_path
    )
    inf03 = [
        [
            v["status"]
            for v in r.json()["selections"][0]["verdicts"]
            if (v["check_id"], v["subject"]) == ("INF-03", "network")
        ]
        for r in (unstated, stated)
    ]
    assert inf03 == [["unknown"], ["info"]]  # stated: no longer to acknowledge
    assert (unstated.code, stated.code) == (2, 0)


def test_an_option_naming_nothing_in_the_vault_is_a_usage_error_with_the_known_names(tmp_path):
    ran = run_cli("check", "--demo", "--vm", "no-such-vm", data_dir=tmp_path)
    assert ran.code == 4
    assert "has no replicated VM named 'no-such-vm'" in ran.err and "web-01" in ran.err


def test_wrong_options_exit_4_not_argparse_2(tmp_path):
    ran = run_cli("check", "--demo", "--vm", "a", "--plan", "b", data_dir=tmp_path)
    assert ran.code == 4 and "not allowed with argument" in ran.err


def test_no_vault_at_all_says_what_to_pass(tmp_path):
    ran = run_cli("check", data_dir=tmp_path)
    assert ran.code == 4 and "--vault" in ran.err and "--demo" in ran.err


def test_a_damaged_scenario_cannot_be_checked_exit_3(tmp_path):
    bad = tmp_path / "estate.json"
    bad.write_text("{ not json", encoding="utf-8")
    ran = run_cli("check", "--scenario", str(bad), data_dir=tmp_path)
    assert ran.code == 3, ran.err
    assert ran.err.strip()


# --- check: JSON and JUnit -----------------------------------------------------------------


def test_the_json_of_every_eligible_vm_validates_against_the_shipped_schema(tmp_path):
    ran = run_cli("check", "--demo", "--json", data_dir=tmp_path)
    doc = ran.json()
    validate(doc, "check-result")
    assert doc["exit_code"] == ran.code == 1
    outcomes = {s["subject"]["name"]: s["outcome"] for s in doc["selections"]}
    assert outcomes["intranet-01"] == "ready" and outcomes["erp-01"] == "blocked"
    assert "legacy-01" not in outcomes  # not eligible (ELIG-03): not a selection
    blocked_without_choices = [s for s in doc["selections"] if s["choices"] is None]
    assert blocked_without_choices and all(s["outcome"] == "blocked" for s in blocked_without_choices)


def test_a_document_missing_a_field_fails_the_schema():
    ran_doc = {"format": "reprotect_gui.check/1"}
    with pytest.raises(jsonschema.ValidationError):
        validate(ran_doc, "check-result")


def test_the_junit_file_has_one_case_per_check_per_vm(tmp_path):
    report = tmp_path / "out" / "readiness.xml"
    ran = run_cli("check", "--demo", "--plan", "RP-Web-Tier", "--json", "--junit", str(report), data_dir=tmp_path)
    (selection,) = ran.json()["selections"]
    check_ids = {v["check_id"] for v in selection["verdicts"]}
    root = ET.parse(report).getroot()
    cases = root.findall(".//testcase")
    assert len(selection["vms"]) == 3
    assert len(cases) == 3 * len(check_ids) == int(root.get("tests"))
    pairs = {(c.get("classname"), c.get("name")) for c in cases}
    assert len(pairs) == len(cases)  # no case twice
    for vm in selection["vms"]:
        assert {n for cls, n in pairs if cls.endswith(f".{vm}")} == check_ids
    failed = {(c.get("classname").rsplit(".", 1)[-1], c.get("name")) for c in cases if c.find("failure") is not None}
    blocks = [v for v in selection["verdicts"] if v["status"] == "block"]
    for v in blocks:
        if v["subject"] in selection["vms"]:
            assert (v["subject"], v["check_id"]) in failed
    assert int(root.get("failures")) == len(failed)


# --- run --answers ---------------------------------------------------------------------------


def test_run_submits_once_follows_to_the_end_and_writes_audit_and_report(tmp_path, estate):
    answers = write_json(tmp_path / "answers.json", answers_for(estate, plan="RP-Web-Tier", source=TRAINING).to_json())
    validate(json.loads(answers.read_text()), "answers")
    ran = run_cli("run", "--demo", "--speed", "60", "--answers", str(answers), "--yes", data_dir=tmp_path)
    assert ran.code == 0, ran.err
    assert "Reprotect succeeded for 3 VM(s)" in ran.out
    assert "web-01: Succeeded (100 %)" in ran.err  # progress went to stderr
    events = audit_events(tmp_path)
    accepted = [e for e in events if e["event"] == "job.accepted"]
    assert sorted(e["item_name"] for e in accepted) == ["sql-01", "web-01", "web-02"]
    assert sorted(e["item_name"] for e in events if e["event"] == "job.ended") == ["sql-01", "web-01", "web-02"]
    (start,) = [e for e in events if e["event"] == "run.submitting"]
    assert start["acknowledged"] and all(
        a.split("|")[0] in {"INF-03", "MT-05", "SUB-01"} for a in start["acknowledged"]
    )
    assert json.loads((tmp_path / "inflight-jobs.json").read_text())["jobs"] == []
    reports = sorted(p.name for p in (tmp_path / "reports").iterdir())
    assert reports == [f"drill-report-{start['run_id']}.html", f"drill-report-{start['run_id']}.json"]


def _changed_scenario(tmp_path: Path, change) -> Path:
    data = json.loads((ROOT / "reprotect_gui" / "training" / "estate.json").read_text(encoding="utf-8"))
    change(data)
    return write_json(tmp_path / "changed-estate.json", data)


def test_run_refuses_a_stale_answers_file_naming_what_changed(tmp_path, estate):
    answers = write_json(tmp_path / "answers.json", answers_for(estate, plan="RP-Web-Tier").to_json())

    def drop_the_datastore_and_silence_the_mt(data):
        mt = next(m for m in data["master_targets"] if m["id"] == "mt-win-01")
        mt["datastores"].remove("ds-vmfs-gold-01")
        mt["heartbeat_minutes_ago"] = 120

    scenario = _changed_scenario(tmp_path, drop_the_datastore_and_silence_the_mt)
    ran = run_cli("run", "--scenario", str(scenario), "--answers", str(answers), "--yes", data_dir=tmp_path)
    assert ran.code == 5, ran.err
    assert "Refused: The answers file no longer matches the vault" in ran.err
    assert "the master target mt-win-01 can no longer be chosen (MT-14:" in ran.err
    assert "the datastore for web-01 ds-vmfs-gold-01 is no longer offered." in ran.err
    assert not [e for e in audit_events(tmp_path) if e["event"] == "run.submitting"]  # nothing submitted


def test_run_refuses_a_warning_the_file_did_not_acknowledge(tmp_path, estate):
    answers = write_json(tmp_path / "answers.json", answers_for(estate, vm="app-lnx-01", acknowledge=False).to_json())
    ran = run_cli("run", "--demo", "--answers", str(answers), "--yes", data_dir=tmp_path)
    assert ran.code == 2, ran.err
    assert "Refused: the answers file did not acknowledge" in ran.err
    assert "MT-15 (app-lnx-01): disk.EnableUUID is not true" in ran.err
    assert "INF-03 (network)" in ran.err
    assert audit_events(tmp_path) == []


def test_a_warning_acknowledged_in_the_file_but_a_new_one_appearing_is_refused(tmp_path, estate):
    stated = OperatorStatements(link_type=LinkType.EXPRESSROUTE)
    answers = answers_for(estate, vm="app-lnx-02", statements=stated)  # nothing to acknowledge
    assert answers.acknowledged == ()

    def clear_enable_uuid(data):  # a new warning after the file was saved (MT-15)
        vm = next(v for v in data["vcenter"]["vms"] if v["name"] == "app-lnx-02")
        vm["enable_uuid"] = False

    scenario = _changed_scenario(tmp_path, clear_enable_uuid)
    path = write_json(tmp_path / "answers.json", answers.to_json())
    ran = run_cli("run", "--scenario", str(scenario), "--answers", str(path), "--yes", data_dir=tmp_path)
    assert ran.code == 2, ran.err
    assert "did not acknowledge MT-15 (app-lnx-02): disk.EnableUUID is not true" in ran.err
    assert "Nothing was submitted" in ran.err and audit_events(tmp_path) == []


def test_without_yes_and_without_a_terminal_nothing_is_submitted(tmp_path, estate):
    answers = write_json(tmp_path / "answers.json", answers_for(estate, vm="intranet-01").to_json())
    ran = run_cli("run", "--demo", "--answers", str(answers), data_dir=tmp_path)
    assert ran.code == 6
    assert "Pass --yes" in ran.err and "nothing was submitted" in ran.err
    assert audit_events(tmp_path) == []


def test_an_answers_file_of_another_version_is_refused_with_a_sentence(tmp_path, estate):
    data = answers_for(estate, vm="intranet-01").to_json()
    data["format"] = "reprotect_gui.answers/9"
    ran = run_cli("run", "--demo", "--answers", str(write_json(tmp_path / "a.json", data)), "--yes", data_dir=tmp_path)
    assert ran.code == 4 and "version 9" in ran.err
    (tmp_path / "b.json").write_text("{", encoding="utf-8")
    ran = run_cli("run", "--demo", "--answers", str(tmp_path / "b.json"), "--yes", data_dir=tmp_path)
    assert ran.code == 4 and "not valid JSON" in ran.err


# --- jobs: follow again after the program stopped --------------------------------------------


def test_jobs_lists_and_follows_again_the_jobs_a_stopped_run_left(tmp_path, estate):
    answers = write_json(tmp_path / "answers.json", answers_for(estate, vm="intranet-01", source=TRAINING).to_json())
    first = run_cli(
        "run", "--demo", "--speed", "60", "--answers", str(answers), "--yes", "--follow-timeout", "0", data_dir=tmp_path
    )
    assert first.code == 8, first.err
    assert "jobs --follow" in first.err
    listed = run_cli("jobs", "--json", data_dir=tmp_path)
    (pending,) = listed.json()["in_progress"]
    assert pending["item_name"] == "intranet-01"
    assert "intranet-01" in run_cli("jobs", data_dir=tmp_path).out

    resumed = run_cli("jobs", "--demo", "--follow", "--speed", "60", data_dir=tmp_path)
    assert resumed.code == 0, resumed.err
    assert "intranet-01 (resumed): Succeeded (100 %)" in resumed.err
    events = audit_events(tmp_path)
    assert [e["event"] for e in events if e.get("job_id") == pending["job_id"]] == [
        "job.accepted",
        "job.resumed",
        "job.ended",
    ]
    assert run_cli("jobs", "--json", data_dir=tmp_path).json()["in_progress"] == []
    assert run_cli("jobs", "--json", data_dir=tmp_path).json()["runs"][0]["outcome"] == "succeeded"


# --- report -------------------------------------------------------------------------------


@pytest.fixture
def one_run(tmp_path, estate):
    answers = write_json(tmp_path / "answers.json", answers_for(estate, vm="intranet-01").to_json())
    ran = run_cli("run", "--demo", "--speed", "60", "--answers", str(answers), "--yes", data_dir=tmp_path)
    assert ran.code == 0, ran.err
    return tmp_path


def test_report_exports_the_latest_run_as_json(one_run):
    ran = run_cli("report", data_dir=one_run)
    assert ran.code == 0, ran.err
    report = ran.json()
    assert report["format"] == "reprotect_gui.drill_report/1"
    assert report["subject_name"] == "intranet-01" and report["outcome"] == "Reprotect succeeded for 1 VM(s)."


def test_report_exports_html_and_pdf_through_qt(one_run):
    html = run_cli("report", "--format", "html", "-o", str(one_run / "r.html"), data_dir=one_run)
    pdf = run_cli("report", "--format", "pdf", "-o", str(one_run / "r.pdf"), data_dir=one_run)
    assert (html.code, pdf.code) == (0, 0), html.err + pdf.err
    assert "intranet-01" in (one_run / "r.html").read_text(encoding="utf-8")
    assert (one_run / "r.pdf").read_bytes().startswith(b"%PDF")


def test_report_of_an_unknown_run_names_the_recent_ones(one_run):
    ran = run_cli("report", "nope", data_dir=one_run)
    assert ran.code == 4 and "Recent runs:" in ran.err


def test_a_second_run_while_the_first_ones_job_runs_submits_nothing(tmp_path, estate):
    answers = write_json(tmp_path / "answers.json", answers_for(estate, vm="intranet-01", source=TRAINING).to_json())
    first = run_cli("run", "--demo", "--answers", str(answers), "--yes", "--follow-timeout", "0", data_dir=tmp_path)
    assert first.code == 8, first.err
    second = run_cli("run", "--demo", "--answers", str(answers), "--yes", "--follow-timeout", "0", data_dir=tmp_path)
    assert second.code == 5, second.err
    assert "intranet-01 can no longer be reprotected" in second.err and "Nothing was submitted" in second.err
    assert len([e for e in audit_events(tmp_path) if e["event"] == "job.accepted"]) == 1
