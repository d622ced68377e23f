"""Domain templates, ASR's words, connection errors and the drill report in Japanese (issue 14)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFileDialog

from reprotect_gui.domain.checks.facts import LinkType
from reprotect_gui.domain.checks.modernized import Location
from reprotect_gui.domain.messages import Text, service_text, state, t
from reprotect_gui.domain.models import JobError
from reprotect_gui.domain.report import render_html
from reprotect_gui.ui import i18n, report_export
from reprotect_gui.ui.job_monitor import C_STATE, error_node
from reprotect_gui.ui.jobs import JobFailure
from reprotect_gui.vsphere.errors import VCenterLoginFailed, VCenterTimeout, VCenterUnreachable
from tests.ui.test_report_export import run_records

ROOT = Path(__file__).resolve().parents[2]
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
sys.path.insert(0, str(ROOT / "resources" / "i18n"))
import update_translations  # noqa: E402


@pytest.fixture
def japanese(qapp) -> Iterator[None]:
    i18n.install_language("ja")
    yield
    i18n.install_language("en")


@pytest.fixture(autouse=True)
def english_after_each_test(qapp) -> Iterator[None]:
    yield
    i18n.install_language("en")


# --- the catalogue holds every template ------------------------------------------------------------


def test_every_domain_template_is_in_the_japanese_catalogue(japanese):
    templates = update_translations.domain_templates()
    assert len(templates) > 600  # findings, evidence, reasons, errors, progress, the report
    untranslated = []
    for template in templates:
        translated = QCoreApplication.translate("domain", template)
        # Values, names and units only ('{vm}: {fact}', 'VM', 'ASR: vCenter {known} …') read the same in Japanese.
        only_values = not re.sub(
            r"VMware Tools|\{\w+\}|[\s:;,()→/.…—-]|[GM]B|VMs?|OS|ASR|vCenter|Azure Site Recovery|multiVmGroup\w+"
            r"|BIOS UUID|RPO"
            r"|lastPlannedFailoverStatus Failed",
            "",
            template,
        )
        # Translated: Japanese words, or at least a Japanese form ('{first}、{rest}'); test_i18n checks the words.
        if not only_values and translated == template and "disk.EnableUUID" not in template:
            untranslated.append(template)
    assert untranslated == []


def test_the_generator_finds_templates_in_the_domain_and_the_adapters():
    templates = set(update_translations.domain_templates())
    assert "Not eligible: {cause}." in templates  # domain/checks
    assert "vCenter {host} refused the user name or password for {user}." in templates  # vsphere adapter
    assert "Signing in to Azure failed. Azure's own words: “{reason}”" in templates  # asr adapter
    assert "Reprotect drill report: {subject}" in templates  # the report


# --- rendering ---------------------------------------------------------------------------------------


def test_a_finding_with_values_reads_japanese_with_its_values(japanese):
    finding = t(
        "{name} has {free} GB free, less than the {needed} GB the new disks need.",
        name="ds-vmfs-silver-01",
        free="120",
        needed="383",
    )
    assert i18n.text(finding) == (
        "ds-vmfs-silver-01 の空き容量は 120 GB で、新しいディスクに必要な 383 GB より少なくなっています。"
    )
    nested = t("Not eligible: {cause}.", cause=t("protection was disabled"))
    assert i18n.text(nested) == "対象外: 保護が無効になっています。"
    assert i18n.text(t("full copy of {total} GB", total="1855")) == "1855 GB の完全コピー"


def test_values_render_in_the_ui_language(japanese):
    text = t(
        "{item}: provider {provider} → {flow} flow", item="web-01", provider="InMageAzureV2", flow=Location.ORIGINAL
    )
    assert i18n.text(text) == "web-01: プロバイダー InMageAzureV2 → 元の場所 のフロー"
    assert i18n.text(
        t(
            "Azure reaches on-premises over {link}; the failed-over VMs must reach the configuration server.",
            link=LinkType.S2S_VPN,
        )
    ).startswith("Azure は サイト間 VPN 経由")
    assert i18n.text(
        t("{item}: Mobility agent installed = {agent_installed}", item="a", agent_installed=False)
    ).endswith("= いいえ")
    assert i18n.text(t("shared disk UUIDs: {shared}", shared=("u1", "u2"))) == "共有されているディスク UUID: u1、u2"
    assert i18n.text(t("{mts} different", mts=12345)) == "12345 different"  # no template: values still rendered
    assert i18n.text("web-01") == "web-01"  # a name is a name


def test_english_renders_the_english_sentence():
    text = t("Not eligible: {cause}.", cause=t("protection was disabled"))
    assert i18n.text(text) == str(text) == "Not eligible: protection was disabled."


def test_a_translation_that_lost_a_placeholder_falls_back_to_english():
    def broken(context: str, source: str) -> str:
        return "壊れた {other}" if context == "domain" and "{" in source else source

    assert i18n.text(t("{vm} is gone", vm="web-01"), broken) == "web-01 is gone"


def test_states_known_to_asr_are_japanese_and_unknown_ones_stay_as_received(japanese):
    assert i18n.state_text("FailedOver") == "フェールオーバー済み"
    assert i18n.state_text("Normal") == "正常" and i18n.state_text("Critical") == "重大"
    assert i18n.state_text("InProgress") == "進行中" and i18n.state_text("succeeded") == "成功"
    assert i18n.state_text("SomethingNew") == "SomethingNew"
    assert i18n.text(t("health {h}", h=state("Critical"))) == "health 重大"


def test_task_names_known_to_asr_are_japanese(japanese):
    assert i18n.task_text("Starting replication") == "レプリケーションの開始"
    assert i18n.task_text("Prerequisites check for reprotect") == "再保護の前提条件のチェック"
    assert i18n.task_text("A task nobody knows") == "A task nobody knows"


def test_asr_errors_are_japanese_when_known_and_labelled_as_azures_words_when_not(japanese):
    known = "The Azure VM could not reach the configuration server."
    assert i18n.asr_error_text(known) == "Azure VM が構成サーバーに到達できませんでした。"
    assert i18n.asr_error_text("Disk 3 is offline.") == "Azure の原文: “Disk 3 is offline.”"
    assert i18n.text(t("{appliance}: {error}", appliance="ap-01", error=service_text("X broke"))) == (
        "ap-01: Azure の原文: “X broke”"
    )
    assert i18n.asr_error_text("") == ""


def test_the_job_pane_shows_asr_errors_in_japanese_with_the_known_cause(qtbot, japanese):
    node = error_node(
        JobError(
            "95226",
            "Reprotect failed because the Azure virtual machine was not able to reach the on-premises configuration server.",
            "An unknown cause in Azure's words.",
            "See the provider error.",
        )
    )
    # The pane's columns: the label under "Job / task", the text under "State" (C_STATE).
    texts = [node.text(0), node.text(C_STATE)] + [
        node.child(i).text(c) for i in range(node.childCount()) for c in (0, C_STATE)
    ]
    assert "再保護に失敗しました" in node.text(C_STATE)
    assert "Azure の原文: “An unknown cause in Azure's words.”" in texts
    assert "プロバイダーのエラーを参照してください。" in texts
    assert any(text.startswith("既知の原因") for text in texts)


# --- connection and sign-in errors --------------------------------------------------------------------


def test_vcenter_connection_errors_reach_the_operator_in_japanese(japanese):
    failure = JobFailure.from_exception(VCenterLoginFailed("vc-tokyo-01", "administrator@vsphere.local"))
    assert (
        failure.summary
        == "vCenter vc-tokyo-01 は administrator@vsphere.local のユーザー名またはパスワードを拒否しました。"
    )
    assert JAPANESE.search(failure.next_step)
    timeout = JobFailure.from_exception(VCenterTimeout("vc-tokyo-01", 30.0))
    assert timeout.summary == "vCenter vc-tokyo-01 が 30 秒以内に応答しませんでした。"
    unreachable = JobFailure.from_exception(
        VCenterUnreachable(
            t("vCenter {where} could not be reached ({exc}).", where="vc:443", exc="timed out"),
            t("Check the network path to the vCenter (VPN, firewall), then try again."),
        )
    )
    assert unreachable.summary.startswith("vCenter vc:443 に到達できませんでした")


def test_the_azure_sign_in_error_keeps_every_line_of_azures_message_in_japanese_too(japanese):
    from azure.core.exceptions import ClientAuthenticationError

    from reprotect_gui.asr.faults import translate

    message = (
        "InteractiveBrowserCredential.get_token failed: Authentication failed\n"
        "AADSTS50076: Due to a configuration change made by your administrator, you must use multi-factor "
        "authentication."
    )
    error = translate(ClientAuthenticationError(message=message), doing="list your subscriptions", vault="")
    assert "AADSTS50076" in str(error)  # the last line, the one that says why, is kept
    failure = JobFailure.from_exception(error)
    assert failure.summary.startswith("Azure へのサインインに失敗しました。Azure の原文: “InteractiveBrowserCredential")
    assert failure.summary.endswith("multi-factor authentication.”")
    assert JAPANESE.search(failure.next_step)


# --- the drill report -------------------------------------------------------------------------------


def _report():
    return report_export.report_from_records(run_records("app-lnx-01", "Linux", "run-ja"))


def test_the_report_speaks_the_chosen_language_whatever_the_ui_speaks(qapp):
    report = _report()
    english = report_export.report_html(report, "en")
    japanese_html = report_export.report_html(report, "ja")  # from an English window
    assert "Reprotect drill report: app-lnx-01" in english and "再保護訓練レポート: app-lnx-01" in japanese_html
    assert "<html lang='ja'>" in japanese_html
    assert "次の手順" in japanese_html and "マスター ターゲット サーバー" in japanese_html
    assert "レプリケーションの開始" in japanese_html  # the task names
    i18n.install_language("ja")
    assert "Reprotect drill report: app-lnx-01" in report_export.report_html(report, "en")  # from a Japanese window
    assert "再保護訓練レポート" in report_export.report_html(report)  # default: the UI's language


def test_report_dates_are_formatted_by_qlocale():
    moment = datetime(2026, 3, 9, 7, 5, 3, tzinfo=UTC)
    ja = report_export.report_format("ja").moment(moment)
    assert ja.startswith("2026年3月9日") and ja.endswith("07:05:03 UTC")
    en = report_export.report_format("en").moment(moment)
    assert en.startswith(QLocale("en").toString(moment.date(), QLocale.FormatType.LongFormat)) and "07:05:03" in en


def test_an_old_audit_record_without_templates_still_reports_and_its_fixed_words_translate(qapp):
    records = run_records("app-lnx-01", "Linux", "run-old")
    records[0]["verdicts"].append(
        {"check_id": "INF-04", "status": "info", "subject": "network", "finding": "The master target is healthy."}
    )
    html = render_html(report_export.report_from_records(records), report_export.report_format("ja"))
    assert "INF-04 (ネットワーク)" in html  # a subject without values is its own template
    assert "disk.EnableUUID is not set" in html  # an old finding with values: shown as recorded


def test_the_save_dialog_offers_the_report_language_and_uses_the_one_chosen(qtbot, monkeypatch, tmp_path):
    report = _report()
    offered = {}

    def choose(parent, title, start, filters, selected):
        offered.update(filters=filters.split(";;"), selected=selected)
        return str(tmp_path / "drill.html"), report_export.language_filters()["ja"]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    shown = []
    monkeypatch.setattr(report_export.QMessageBox, "information", staticmethod(lambda *a: shown.append(a)))
    paths = report_export.ask_and_export(None, report, tmp_path)
    assert offered["selected"] == offered["filters"][0] == report_export.language_filters()["en"]  # the UI's first
    assert len(offered["filters"]) == len(i18n.LANGUAGES)
    assert paths is not None and "再保護訓練レポート" in paths[0].read_text(encoding="utf-8")
    assert shown


needs_poppler = pytest.mark.skipif(
    shutil.which("pdffonts") is None or shutil.which("pdftotext") is None, reason="poppler-utils reads the PDF"
)


@needs_poppler
def test_the_japanese_pdf_embeds_a_cjk_font_and_reads_back_japanese(qapp, tmp_path):
    if report_export.cjk_font() is None:
        pytest.skip("no CJK font installed (fonts-noto-cjk)")
    _, pdf = report_export.export_both(_report(), tmp_path / "ja.html", "ja")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "CJK" in fonts, fonts
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    text = unicodedata.normalize("NFKC", text)  # the font's CJK radicals (⽇) read back as the characters (日)
    assert "再保護訓練レポート" in text and "次の手順" in text


def test_text_wrapper_is_the_identity_for_plain_names_in_both_languages(japanese):
    assert i18n.text(Text.verbatim("{not a placeholder}")) == "{not a placeholder}"
