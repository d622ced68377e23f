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
from cli_testkit import ROOT, answers_for, run_cli, training_estate, validate, write_json

from reprotect_gui.domain.checks.facts import LinkType, OperatorStatements

TRAINING = {"kind": "training", "scenario": "built-in"}


@pytest.fixture(scope="module")
def estate():
    return training_estate()


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
    assert all(s["outcome"] == "blocked" for s in doc["selections"] if s["choices"] is None)


def test_a_vm_no_master_target_can_serve_is_blocked_without_choices_and_validates(tmp_path):
    """The training estate has no dead end any more (issue 13): make one — file-01 on Windows Server 2022,
    which no master target with a datastore can serve."""
    from reprotect_gui.training.scenario import builtin_path

    raw = json.loads(builtin_path().read_text(encoding="utf-8"))
    next(i for i in raw["items"] if i["id"] == "file-01")["os_version"] = "Windows Server 2022"
    scenario = write_json(tmp_path / "estate.json", raw)
    ran = run_cli("check", "--scenario", str(scenario), "--json", data_dir=tmp_path)
    doc = ran.json()
    validate(doc, "check-result")
    blocked_without_choices = [s for s in doc["selections"] if s["choices"] is None]
    assert [s["subject"]["name"] for s in blocked_without_choices] == ["file-01"]
    assert blocked_without_choices[0]["outcome"] == "blocked"


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


def test_an_ineligible_vm_is_blocked_by_its_eligibility_rule(tmp_path):
    ran = run_cli("check", "--demo", "--vm", "legacy-01", "--json", data_dir=tmp_path)
    assert ran.code == 1, ran.err
    (selection,) = ran.json()["selections"]
    assert selection["choices"] is None
    assert [v["check_id"] for v in selection["verdicts"] if v["status"] == "block"] == ["ELIG-03"]


def test_a_vault_where_no_vm_can_be_reprotected_is_blocked_and_still_reports(tmp_path):
    def only_ineligible_items(data):
        data["items"] = [i for i in data["items"] if i["name"] in ("crm-01", "legacy-01", "hr-01")]
        data["plans"] = []
        del data["journey"]  # its traps name items removed here, as the plans do

    scenario = _changed_scenario(tmp_path, only_ineligible_items)
    junit = tmp_path / "r.xml"
    ran = run_cli("check", "--scenario", str(scenario), "--json", "--junit", str(junit), data_dir=tmp_path)
    assert ran.code == 1, ran.err
    assert "has no VM that can be reprotected now" in ran.err
    doc = ran.json()
    validate(doc, "check-result")
    assert doc["selections"] == [] and doc["outcome"] == "blocked"
    assert ET.parse(junit).getroot().get("tests") == "0"


def test_a_modernized_replay_submits_once_and_a_sick_appliance_makes_it_stale(tmp_path, estate):
    answers = answers_for(estate, vm="wiki-01", source=TRAINING)
    assert answers.appliance is not None and answers.log_storage_account_id
    path = write_json(tmp_path / "answers.json", answers.to_json())
    validate(answers.to_json(), "answers")

    def sick_appliance(data):
        appliance = next(a for a in data["appliances"] if a["id"] == answers.appliance[0])
        appliance["health"] = "Critical"

    scenario = _changed_scenario(tmp_path, sick_appliance)
    stale = run_cli("run", "--scenario", str(scenario), "--answers", str(path), "--yes", data_dir=tmp_path)
    assert stale.code == 5, stale.err
    assert f"the replication appliance {answers.appliance[1]} can no longer be chosen (RCM-01:" in stale.err

    ran = run_cli("run", "--demo", "--speed", "60", "--answers", str(path), "--yes", data_dir=tmp_path)
    assert ran.code == 0, ran.err
    accepted = [e for e in audit_events(tmp_path) if e["event"] == "job.accepted"]
    assert [e["item_name"] for e in accepted] == ["wiki-01"]


@pytest.mark.parametrize(("typed", "code", "submitted"), [("n\n", 6, 0), ("\n", 6, 0), ("y\n", 0, 1)])
def test_on_a_terminal_run_asks_before_submitting(tmp_path, estate, typed, code, submitted):
    import os
    import subprocess
    import sys

    answers = write_json(tmp_path / "answers.json", answers_for(estate, vm="intranet-01").to_json())
    controller, terminal = os.openpty()
    try:
        os.write(controller, typed.encode())
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "reprotect_gui.cli",
                "run",
                "--demo",
                "--speed",
                "60",
                "--answers",
                str(answers),
                "--data-dir",
                str(tmp_path),
            ],
            stdin=terminal,
            capture_output=True,
            text=True,
            timeout=120,
            cwd=str(tmp_path),
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    finally:
        os.close(controller)
        os.close(terminal)
    assert done.returncode == code, done.stderr
    assert "start 1 reprotect job(s) for intranet-01? The on-premises VMs are powered off" in done.stderr
    assert len([e for e in audit_events(tmp_path) if e["event"] == "job.accepted"]) == submitted


def test_a_reprotect_that_fails_in_the_vault_exits_7_with_its_report(tmp_path, estate):
    stated = OperatorStatements(link_type=LinkType.EXPRESSROUTE)
    answers = write_json(tmp_path / "a.json", answers_for(estate, vm="app-lnx-02", statements=stated).to_json())
    ran = run_cli("run", "--demo", "--speed", "60", "--answers", str(answers), "--yes", data_dir=tmp_path)
    assert ran.code == 7, ran.err
    assert "1 of 1 reprotect(s) did not succeed" in ran.out
    assert "app-lnx-02: Failed (100 %)" in ran.err
    (ended,) = [e for e in audit_events(tmp_path) if e["event"] == "job.ended"]
    assert ended["outcome"] == "Failed" and ended["errors"]
    report = run_cli("report", data_dir=tmp_path).json()
    assert report["jobs"][0]["errors"][0]["code"]


def test_a_run_killed_while_following_is_picked_up_by_jobs_follow(tmp_path, estate):
    """SIGKILL after the submit: the journal kept the job; `jobs --follow` ends it in the same run."""
    import os
    import signal
    import subprocess
    import sys

    answers = write_json(tmp_path / "answers.json", answers_for(estate, vm="intranet-01", source=TRAINING).to_json())
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "reprotect_gui.cli",
            "run",
            "--demo",
            "--speed",
            "5",
            "--answers",
            str(answers),
            "--yes",
            "--data-dir",
            str(tmp_path),
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=str(tmp_path),
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        for line in child.stderr:
            if "accepted" in line:
                break
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)
        child.stdout.close()
        child.stderr.close()
    (pending,) = run_cli("jobs", "--json", data_dir=tmp_path).json()["in_progress"]
    resumed = run_cli("jobs", "--demo", "--follow", data_dir=tmp_path)
    assert resumed.code == 0, resumed.err
    events = [e for e in audit_events(tmp_path) if e.get("job_id") == pending["job_id"]]
    assert [e["event"] for e in events] == ["job.accepted", "job.resumed", "job.ended"]
    assert {e["run_id"] for e in events} == {pending["run_id"]}  # recorded under the killed run
    assert (
        run_cli("report", pending["run_id"], data_dir=tmp_path).json()["outcome"] == "Reprotect succeeded for 1 VM(s)."
    )


def test_a_plan_the_wizard_greys_out_is_blocked_with_the_wizards_reason(tmp_path):
    ran = run_cli("check", "--demo", "--plan", "RP-Mail-and-Apps", "--json", data_dir=tmp_path)
    assert ran.code == 1
    (selection,) = ran.json()["selections"]
    (block,) = [v for v in selection["verdicts"] if v["status"] == "block"]
    assert block["check_id"] == "MT-02" and "mixes Windows and Linux" in block["finding"] and block["remediation"]


@pytest.mark.parametrize(
    ("edit", "says"),
    [
        (lambda d: d["choices"]["vms"][0].update(datastore=None), "needs a datastore and a retention drive"),
        (lambda d: d["choices"]["vms"][0].update(item_id="web-02"), "choices.vms has no entry for web-01"),
        (lambda d: d["choices"].update(master_target=None), "needs choices.master_target"),
    ],
)
def test_an_answers_file_missing_a_choice_is_a_sentence_not_a_traceback(tmp_path, estate, edit, says):
    data = answers_for(estate, vm="web-01").to_json()
    edit(data)
    path = write_json(tmp_path / "a.json", data)
    for command in ("check", "run"):
        ran = (
            run_cli(command, "--demo", "--answers", str(path), "--yes", data_dir=tmp_path)
            if command == "run"
            else (run_cli(command, "--demo", "--answers", str(path), data_dir=tmp_path))
        )
        assert ran.code == 4, ran.err
        assert says in ran.err and "Traceback" not in ran.err
