"""Answers files in the window (issue 17): Save answers… on the Review page, the window prefilled
from a file, the wizard's preselection equal to the domain's (what reprotect-cli check uses), and
the round trip: answers saved by the wizard replay in reprotect-cli to the same request, field by
field, on the HTTPS ASR emulator.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import jsonschema
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration" / "asr"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "cli"))

from asr_estate import MT_WIN, PS_AZURE, classic_estate  # noqa: E402
from asr_testkit import FAST, MemorySecrets, TestCredential  # noqa: E402
from cli_testkit import run_cli  # noqa: E402
from emulator import AsrEmulator  # noqa: E402

from reprotect_gui.app import build_live_wizard  # noqa: E402
from reprotect_gui.asr.directory import AzureDirectory  # noqa: E402
from reprotect_gui.cli.output import schema  # noqa: E402
from reprotect_gui.domain import choices  # noqa: E402
from reprotect_gui.domain.answers import parse_answers  # noqa: E402
from reprotect_gui.domain.selection import Selection  # noqa: E402
from reprotect_gui.ui.azure_dialog import AzureVaultDialog  # noqa: E402
from reprotect_gui.ui.vcenter_dialog import VCenterConnectDialog  # noqa: E402
from reprotect_gui.ui.wizard.answers_io import prefill_from_answers, read_answers  # noqa: E402
from tests.ui.walk import COMMIT, accept_warnings, click, go_to_modernized_review, go_to_review  # noqa: E402


def saved_through_the_button(monkeypatch, wizard, path: Path) -> dict:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), "Answers (*.json)"))
    wizard.review_page.save_answers_button.click()
    data = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema("answers")).validate(data)
    return data


# --- on the training estate ------------------------------------------------------------------


def test_save_answers_writes_every_choice_and_only_the_accepted_warnings(qtbot, make_wizard, tmp_path, monkeypatch):
    wizard = make_wizard()
    go_to_review(qtbot, wizard, plan="RP-Web-Tier")
    review = wizard.review_page
    needing = {f"{v.check_id}|{v.subject}" for v in review.results if v.needs_acknowledgement}
    assert needing and not review.blocks()

    before = saved_through_the_button(monkeypatch, wizard, tmp_path / "a.json")
    assert before["acknowledged"] == []  # nothing accepted yet: the CLI would refuse them
    assert "not accepted in it" in review.headline.text()

    accept_warnings(wizard)
    data = saved_through_the_button(monkeypatch, wizard, tmp_path / "b.json")
    assert {f"{a['check_id']}|{a['subject']}" for a in data["acknowledged"]} == needing
    assert data["subject"] == {"kind": "plan", "id": "rp-web-tier", "name": "RP-Web-Tier"}
    assert data["choices"]["master_target"]["id"] == "mt-win-01"
    assert data["statements"]["link_type"] == "EXPRESSROUTE"
    sel = wizard.session.selection
    for vm in data["choices"]["vms"]:
        c = sel.choices_for(vm["item_id"])
        assert (vm["datastore"], vm["retention_drive"], tuple(vm["disks"])) == (
            c.datastore_name,
            c.retention_drive,
            c.disks_to_include,
        )
    text = (tmp_path / "b.json").read_text(encoding="utf-8").lower()
    assert "password" not in text and "token" not in text and "secret" not in text


def test_a_saved_file_replays_in_the_cli_on_the_training_estate(qtbot, make_wizard, tmp_path, monkeypatch):
    wizard = make_wizard()
    go_to_review(qtbot, wizard, vm="app-lnx-02", datastore="ds-vmfs-gold-01")
    accept_warnings(wizard)
    path = tmp_path / "answers.json"
    saved_through_the_button(monkeypatch, wizard, path)
    ran = run_cli("check", "--demo", "--answers", str(path), "--json", data_dir=tmp_path)
    (selection,) = ran.json()["selections"]
    wizard_keys = sorted((v.check_id, v.status.value, v.subject) for v in wizard.review_page.results)
    cli_keys = sorted((v["check_id"], v["status"], v["subject"]) for v in selection["verdicts"])
    assert cli_keys == wizard_keys  # the same checks on the same preflight input


def test_a_modernized_file_replays_in_the_cli_to_the_same_checks(qtbot, make_wizard, tmp_path, monkeypatch):
    wizard = make_wizard()
    go_to_modernized_review(qtbot, wizard, vm="wiki-01", datastore="ds-vmfs-gold-02")
    accept_warnings(wizard)
    path = tmp_path / "answers.json"
    data = saved_through_the_button(monkeypatch, wizard, path)
    assert data["flow"] == "modernized" and data["choices"]["master_target"] is None
    assert data["choices"]["appliance"]["id"] == wizard.session.selection.appliance_id
    assert data["choices"]["vms"][0]["datastore"] == "ds-vmfs-gold-02"
    ran = run_cli("check", "--demo", "--answers", str(path), "--json", data_dir=tmp_path)
    (selection,) = ran.json()["selections"]
    wizard_keys = sorted((v.check_id, v.status.value, v.subject) for v in wizard.review_page.results)
    assert sorted((v["check_id"], v["status"], v["subject"]) for v in selection["verdicts"]) == wizard_keys


def test_the_window_opens_an_answers_file_prefilled(qtbot, make_wizard, tmp_path, monkeypatch):
    first = make_wizard()
    go_to_review(qtbot, first, plan="RP-Web-Tier", datastore="ds-vmfs-gold-02")
    path = tmp_path / "answers.json"
    saved_through_the_button(monkeypatch, first, path)

    from reprotect_gui.app import build_training_wizard
    from reprotect_gui.training.scenario import load_scenario

    wizard = build_training_wizard(load_scenario(), speed=400, latency_s=0.02)
    qtbot.addWidget(wizard)
    prefill_from_answers(wizard, read_answers(path))
    wizard.show()
    qtbot.waitUntil(lambda: bool(wizard.select_page.plans.selectedItems()), timeout=5000)
    assert wizard.select_page.plan_mode.isChecked()
    for _ in range(5):
        click(wizard)
    assert wizard.currentPage() is wizard.policy_page  # every page complete with the prefilled values
    sel = wizard.session.selection
    assert sel.master_target_id == "mt-win-01"
    assert {sel.choices_for(i.item_id).datastore_name for i in sel.items} == {"ds-vmfs-gold-02"}
    click(wizard)
    qtbot.waitUntil(lambda: bool(wizard.review_page.results), timeout=5000)
    assert wizard.review_page.requests == first.review_page.requests
    wizard.session.runner.shutdown(2000)


def test_a_stale_file_prefills_nothing_and_says_what_changed(qtbot, make_wizard, tmp_path, monkeypatch):
    first = make_wizard()
    go_to_review(qtbot, first, vm="web-01")
    path = tmp_path / "answers.json"
    data = saved_through_the_button(monkeypatch, first, path)
    data["choices"]["master_target"] = {"id": "mt-lnx-01", "name": "mt-lnx-01"}
    path.write_text(json.dumps(data), encoding="utf-8")

    from reprotect_gui.app import build_training_wizard
    from reprotect_gui.training.scenario import load_scenario

    wizard = build_training_wizard(load_scenario(), speed=400, latency_s=0.02)
    qtbot.addWidget(wizard)
    prefill_from_answers(wizard, parse_answers(json.loads(path.read_text())))
    wizard.show()
    qtbot.waitUntil(lambda: hasattr(wizard, "answers_problem"), timeout=5000)
    assert "the master target mt-lnx-01 can no longer be chosen (MT-01" in wizard.answers_problem.text()
    assert not wizard.select_page.items.selectedItems()
    wizard.answers_problem.close()
    wizard.session.runner.shutdown(2000)


@pytest.mark.parametrize("vm", ["app-lnx-01", "web-01", "intranet-01", "wiki-01"])
def test_the_wizard_preselects_what_the_domain_preselects(qtbot, make_wizard, vm):
    """reprotect-cli check takes the domain's preselection: it must be the pages' own."""
    wizard = make_wizard()
    s = wizard.session
    domain = Selection(items=(next(i for i in s.site.items if i.name == vm),))
    still_open = choices.preselect(s.site, s.vc, s.estate.matches, domain, s.clock.now())
    assert wizard.select_page.items.select_where(lambda i: i.name == vm)
    click(wizard)
    click(wizard)
    sel = s.selection
    for _ in range(6):
        if wizard.currentPage() is wizard.review_page:
            break
        page = wizard.currentPage()
        if page is getattr(wizard, "target_page", None):
            assert sel.master_target_id == domain.master_target_id
            assert sel.process_server_id == domain.process_server_id
        if page is getattr(wizard, "appliance_page", None):
            assert sel.appliance_id == domain.appliance_id
        if not page.isComplete():
            break  # a choice the wizard leaves to the operator: the domain leaves it open too
        click(wizard)
    item = domain.items[0]
    wizard_choice, domain_choice = sel.choices_for(item.item_id), domain.choices_for(item.item_id)
    if wizard.currentPage() in (getattr(wizard, "datastore_page", None),):
        assert any("datastore" in o for o in still_open)
        assert wizard_choice.datastore_name is None and domain_choice.datastore_name is None
    else:
        assert wizard_choice.datastore_name == domain_choice.datastore_name
    if wizard_choice.retention_drive is not None:
        assert wizard_choice.retention_drive == domain_choice.retention_drive
    assert sel.log_storage_account_id in (None, domain.log_storage_account_id)


# --- round trip on the ASR emulator ------------------------------------------------------------


def _live_wizard(qtbot, emu, tmp_path, monkeypatch):
    directory = AzureDirectory(
        MemorySecrets(),
        settings=FAST,
        base_url=emu.url,
        connection_verify=emu.ca_path,
        credential_factory=lambda sign_in, secrets, **kw: TestCredential(),
    )

    def pick_the_vault(dialog: AzureVaultDialog) -> int:
        qtbot.addWidget(dialog)
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.vaults.count() == 2, timeout=10000)
        dialog.vaults.setCurrentRow(1)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AzureVaultDialog, "exec", pick_the_vault)
    monkeypatch.setattr(VCenterConnectDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    wizard = build_live_wizard(directory, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert wizard is not None
    wizard.session.poll_interval_s = 0.2
    wizard.confirm = lambda *_: True
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.session.estate is not None, timeout=10000)
    return wizard


@pytest.mark.integration
def test_answers_saved_by_the_wizard_replay_in_the_cli_to_the_same_request(qtbot, tmp_path, monkeypatch):
    """The wizard submits on one emulator, the CLI replays its saved answers on a twin: same POST."""
    wizard_vault = AsrEmulator(classic_estate(vm_count=3), job_step_seconds=0.02)
    cli_vault = AsrEmulator(classic_estate(vm_count=3), job_step_seconds=0.02)
    wizard_vault.start()
    cli_vault.start()
    try:
        wizard = _live_wizard(qtbot, wizard_vault, tmp_path, monkeypatch)
        page = wizard.select_page
        page.plan_mode.setChecked(True)
        assert page.plans.select_where(lambda p: p.name == "rp-app")
        click(wizard)
        click(wizard)
        assert wizard.target_page.master_targets.select_where(lambda m: m.server_id == MT_WIN)
        assert wizard.target_page.process_servers.select_where(lambda p: p.server_id == PS_AZURE)
        click(wizard)
        assert wizard.datastore_page.datastores.select_where(lambda d: d.symbolic_name == "ds-vmfs-01")
        for _ in range(3):
            click(wizard)
        review = wizard.review_page
        qtbot.waitUntil(lambda: bool(review.results), timeout=10000)
        assert not review.blocks(), review.verdicts_as_text()
        accept_warnings(wizard)
        review.ip_retained.setCurrentIndex(2)  # "No": a statement travels in the file too
        qtbot.waitUntil(lambda: bool(review.results) and review.isComplete(), timeout=10000)
        answers = tmp_path / "answers.json"
        saved_through_the_button(monkeypatch, wizard, answers)
        click(wizard, COMMIT)
        qtbot.waitUntil(wizard.job_page.isComplete, timeout=30000)
        wizard.session.runner.shutdown(3000)

        vault = (
            f"/subscriptions/{cli_vault.subscription_id}/resourceGroups/{cli_vault.resource_group}"
            f"/providers/Microsoft.RecoveryServices/vaults/{cli_vault.vault}"
        )
        cli_dir = tmp_path / "cli"
        cli_dir.mkdir()
        az = cli_dir / "az"
        az.write_text(
            '#!/bin/sh\necho \'{"accessToken": "t", "expiresOn": "2099-01-01 00:00:00.000000", '
            '"expires_on": 4070908800, "tokenType": "Bearer"}\'\n',
            encoding="utf-8",
        )
        az.chmod(0o755)
        import os

        ran = run_cli(
            "run",
            "--answers",
            str(answers),
            "--yes",
            "--vault",
            vault,
            "--arm-endpoint",
            cli_vault.url,
            "--arm-ca-file",
            cli_vault.ca_path,
            data_dir=cli_dir,
            env={"PATH": f"{cli_dir}:{os.environ['PATH']}"},
        )
        assert ran.code == 0, ran.err
        by_wizard = {r.path: r.body for r in wizard_vault.reprotect_posts}
        by_cli = {r.path: r.body for r in cli_vault.reprotect_posts}
        assert len(by_wizard) == len(by_cli) == 3  # one per VM, once
        assert by_cli.keys() == by_wizard.keys()
        for path, body in by_wizard.items():
            sent = by_cli[path]["properties"]
            expected = body["properties"]
            assert sent.keys() == expected.keys()
            for key in expected:
                if key == "providerSpecificDetails":
                    assert sent[key].keys() == expected[key].keys()
                    for field in expected[key]:
                        assert sent[key][field] == expected[key][field], (path, field)
                else:
                    assert sent[key] == expected[key], (path, key)
    finally:
        wizard_vault.stop()
        cli_vault.stop()


def test_the_app_takes_an_answers_file_and_explains_a_damaged_one(qtbot, make_wizard, tmp_path):
    from reprotect_gui.app import _prefill, parse_args

    assert parse_args(["--demo", "--answers", str(tmp_path / "a.json")]).answers == tmp_path / "a.json"
    wizard = make_wizard()
    (tmp_path / "a.json").write_text("{ damaged", encoding="utf-8")
    _prefill(wizard, tmp_path / "a.json")
    assert "is not valid JSON" in wizard.answers_problem.text()
    wizard.answers_problem.close()


def test_open_answers_on_the_select_page_prefills_the_wizard(qtbot, make_wizard, tmp_path, monkeypatch):
    first = make_wizard()
    go_to_review(qtbot, first, vm="app-lnx-02")
    path = tmp_path / "answers.json"
    saved_through_the_button(monkeypatch, first, path)

    wizard = make_wizard()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), "Answers (*.json)"))
    button = next(
        b for b in wizard.select_page.findChildren(QPushButton) if b.accessibleName() == "Open an answers file"
    )
    button.click()
    assert [
        i.name for i in wizard.select_page.items.selectedItems() and [wizard.select_page.items.selected_value()]
    ] == ["app-lnx-02"]
    assert wizard.session.selection.master_target_id == "mt-lnx-01"
    assert wizard.session.link_type is first.session.link_type
