"""Japanese and English (issue 7): no UI text bypasses tr(), the ja catalogue is complete and
current, the domain's fix texts are translated, and the wizard walks in Japanese."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWizard

from reprotect_gui.app import parse_args
from reprotect_gui.domain.checks.remediation import FIX
from reprotect_gui.domain.job_errors import KNOWN_JOB_ERRORS
from reprotect_gui.ui import i18n
from reprotect_gui.ui.job_monitor import C_ID, C_STATE
from reprotect_gui.ui.jobs import JobRunner
from tests.ui.walk import COMMIT, accept_warnings, click, go_to_modernized_review, go_to_review

ROOT = Path(__file__).resolve().parents[2]
UI_SOURCES = [*sorted((ROOT / "reprotect_gui" / "ui").rglob("*.py")), ROOT / "reprotect_gui" / "app.py"]
JA_TS = ROOT / "resources" / "i18n" / "reprotect_gui_ja.ts"
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")

# Calls whose string arguments a person reads: Qt's text setters and constructors, and our own
# helpers that end in one (note, confirm, show_busy, empty_list_text, JobFailure, UserFacingError).
TEXT_SINKS = {
    "setText",
    "setTitle",
    "setSubTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setWindowTitle",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setInformativeText",
    "setDetailedText",
    "setButtonText",
    "setHeaderLabels",
    "setHeaderLabel",
    "setHtml",
    "setPlainText",
    "addItem",
    "addItems",
    "insertItem",
    "addButton",
    "addRow",
    "addTab",
    "showMessage",
    "setLabelText",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QTreeWidgetItem",
    "QListWidgetItem",
    "QMessageBox",
    "QAction",
    "QMenu",
    "information",
    "question",
    "warning",
    "critical",
    "getSaveFileName",
    "getOpenFileName",
    "getExistingDirectory",
    "note",
    "confirm",
    "show_busy",
    "empty_list_text",
    "ChoiceList",
    "JobFailure",
    "UserFacingError",
    "ReportExportFailed",
    "MonitorWindow",
    "report",
}
# Names, not words: product names and the languages' own names are the same in every language.
NOT_WORDS = {"vCenter", "Azure", "English", "日本語"}
# Product and cloud names Microsoft's Japanese pages keep in English.
SAME_IN_JAPANESE = {
    "Azure CLI (az login)",
    "Azure China (21Vianet)",
    "Azure US Government",
    "{vm}: disk.EnableUUID = {setting}",  # a vSphere setting's own name
    # ASR's property names, quoted as evidence (FB-06, FB-12)
    "{m}: multiVmGroupName {multi_vm_group_name}、multiVmGroupId {multi_vm_group_id}",
    "{m}: lastPlannedFailoverStatus Failed",
    "BIOS UUID {uuid}",  # vSphere's own name of the value
    "RPO: {rpo}",  # RPO is kept in Latin letters by Microsoft's Japanese pages
}
EXEMPT_MARK = "# not translated:"


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _has_words(text: str) -> bool:
    """Words a person reads: not markup (<b>, <br>, &amp;), not a product name."""
    text = re.sub(r"<[^>]*>|&\w+;", " ", text).strip()
    return text not in NOT_WORDS and bool(re.search(r"[A-Za-z]{2,}", text))


def _is_logging(call: ast.Call) -> bool:
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id in {"log", "logger", "logging"}
    )


def _bare_strings(node: ast.AST) -> Iterator[ast.AST]:
    """String literals (and f-strings) in an argument that reach the screen as they are.

    A call (tr(), translate(), a helper) ends the search: its result is what the sink gets. So does
    `"<i>" + self.tr(...)`'s tr() part; the "<i>" part has no words and passes.
    """
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if _has_words(node.value):
            yield node
    elif isinstance(node, ast.JoinedStr):
        literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        if _has_words(literal):
            yield node
    elif isinstance(node, ast.Call):
        func = node.func  # "literal {x}".format(x): a literal that bypasses tr()
        if isinstance(func, ast.Attribute) and func.attr == "format":
            yield from _bare_strings(func.value)
    elif isinstance(node, (ast.List, ast.Tuple)):
        for element in node.elts:
            yield from _bare_strings(element)
    elif isinstance(node, ast.BinOp):
        yield from _bare_strings(node.left)
        yield from _bare_strings(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _bare_strings(node.body)
        yield from _bare_strings(node.orelse)


def untranslated_texts(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if name in ("tr", "translate"):
            text = node.args[-1] if name == "translate" and len(node.args) >= 2 else node.args[0] if node.args else None
            if isinstance(text, (ast.JoinedStr, ast.BinOp)):
                found.append(f"{path.name}:{node.lineno}: {name}() of a computed text: lupdate can't extract it")
            continue
        if name not in TEXT_SINKS or _is_logging(node) or EXEMPT_MARK in lines[node.lineno - 1]:
            continue
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            for bare in _bare_strings(arg):
                found.append(f"{path.name}:{bare.lineno}: {name}(…{ast.unparse(bare)[:60]}…) bypasses tr()")
    return found


def test_every_user_visible_string_in_the_ui_goes_through_tr():
    problems = [p for path in UI_SOURCES for p in untranslated_texts(path)]
    assert problems == [], "\n".join(problems)


def test_the_scan_catches_literals_f_strings_and_format(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text(
        "label = QLabel('Hello there')\n"
        "button.setText(f'Job {job} ended')\n"
        "box.setInformativeText('{n} jobs'.format(n=2))\n"
        "tree.setHeaderLabels(['When', self.tr('What')])\n"
        "label.setText(self.tr(f'Job {job}'))\n"
        "ok = QLabel(self.tr('Hello there'))\n"
        "also_ok = QLabel('vCenter')\n"
        "markup_ok = label.setText(f'<b>{summary}</b><br>{next_step}')\n"
        "log.warning('%s failed: %s', name, exc)\n"
        "exempt.setTitle('Reprotect drill report')  # not translated: the report is English\n",
        encoding="utf-8",
    )
    assert [p.split(":")[1] for p in untranslated_texts(bad)] == ["1", "2", "3", "4", "5"]


# --- the catalogues --------------------------------------------------------------------------------


def _ja_messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(JA_TS).getroot()
    return [
        (context.findtext("name"), message.findtext("source"), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_the_ja_catalogue_has_no_unfinished_entry():
    messages = _ja_messages()
    assert len(messages) > 400  # the UI, the remediation table, the known job errors
    unfinished = [
        (c, s)
        for c, s, t in messages
        if t.get("type") in ("unfinished", "obsolete", "vanished") or not (t.text or "").strip()
    ]
    assert unfinished == []


def test_japanese_entries_keep_the_placeholders_and_the_mnemonic_key():
    problems = []
    for context, source, translation in _ja_messages():
        text = translation.text or ""
        if sorted(re.findall(r"\{\w*\}", source)) != sorted(re.findall(r"\{\w*\}", text)):
            problems.append(f"{context}: placeholders differ in {source!r}")
        key = re.search(r"&(\w)", source)
        if key and f"(&{key.group(1).upper()})" not in text:
            problems.append(f"{context}: mnemonic &{key.group(1)} lost in {text!r}")
        # Placeholders, names and units are not words: '{disk} ({size_gb} GB)' is the same in Japanese.
        words = re.sub(
            "|".join(NOT_WORDS) + r"|VMware Tools|\(&\w\)|VMs?|OS|\{\w*\}|\b[GM]B\b|\bASR\b|Site Recovery", "", text
        )
        if not JAPANESE.search(text) and re.search(r"[A-Za-z]", words) and text not in SAME_IN_JAPANESE:
            problems.append(f"{context}: not Japanese: {text!r}")
    assert problems == [], "\n".join(problems)


def test_ts_and_qm_files_are_current():
    """A new or changed tr() text, or a .ts edited without recompiling, fails here."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "resources" / "i18n" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_compiled_catalogue_is_inside_the_package():
    assert i18n.catalogue_path("ja").is_file()
    assert i18n.catalogue_path("ja").parent == ROOT / "reprotect_gui" / "i18n"
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"reprotect_gui" = ["i18n/*.qm"]' in pyproject  # shipped by pip/pipx as package data


# --- running in Japanese ----------------------------------------------------------------------------


@pytest.fixture
def japanese(qapp) -> Iterator[None]:
    i18n.install_language("ja")
    yield
    i18n.install_language("en")  # every other test reads English


@pytest.fixture(autouse=True)
def english_after_each_test(qapp) -> Iterator[None]:
    yield
    i18n.install_language("en")


def test_every_remediation_text_has_a_japanese_translation(japanese):
    untranslated = [cid for cid, text in FIX.items() if not JAPANESE.search(i18n.fix_text(text))]
    assert untranslated == []
    # Terms of the Japanese article: マスター ターゲット サーバー, リテンション ドライブ, 構成サーバー.
    assert "マスター ターゲット サーバー" in i18n.fix_text(FIX["MT-01"])
    assert "リテンション ドライブ" in i18n.fix_text(FIX["RET-03"])
    assert "構成サーバー" in i18n.fix_text(FIX["INF-01"])


def test_the_sign_in_dialog_speaks_japanese(qtbot, japanese, tmp_path):
    from tests.ui.test_settings import DictSecrets, open_azure_dialog

    runner = JobRunner()
    try:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        dialog = open_azure_dialog(qtbot, runner, settings, DictSecrets())
        assert dialog.windowTitle() == "Recovery Services コンテナーに接続"
        labels = [dialog.method.itemText(i) for i in range(dialog.method.count())]
        assert "ブラウザーでの対話型サインイン" in labels and "Azure CLI (az login)" in labels
        assert dialog.method.currentData() == "interactive_browser"  # keys, not labels, are remembered
    finally:
        runner.shutdown(3000)


def test_every_known_job_error_has_a_japanese_cause_and_fix(japanese):
    for code, known in KNOWN_JOB_ERRORS.items():
        assert JAPANESE.search(i18n.job_error_text(known.cause)), code
        assert JAPANESE.search(i18n.job_error_text(known.fix)), code


def test_a_missing_catalogue_leaves_the_app_in_english(qapp, monkeypatch, tmp_path, caplog):
    monkeypatch.setattr(i18n, "CATALOGUE_DIR", tmp_path)
    assert i18n.install_language("ja") == "en"
    assert i18n.current_language() == "en" and i18n.fix_text(FIX["MT-01"]) == FIX["MT-01"]
    assert "can't be read" in caplog.text


def test_english_is_the_source_language(qapp):
    i18n.install_language("en")
    assert i18n.fix_text(FIX["MT-01"]) == FIX["MT-01"]


CLASSIC_TITLES = {
    "select_page": "再保護する対象の選択",
    "direction_page": "方向",
    "target_page": "マスター ターゲット サーバーとプロセス サーバー",
    "datastore_page": "データストア",
    "retention_page": "リテンション ドライブ",
    "policy_page": "フェールバック ポリシー",
    "review_page": "確認と再保護",
}


def test_the_classic_route_walks_in_japanese(qtbot, make_wizard, japanese):
    wizard = make_wizard()
    assert wizard.select_page.title() == CLASSIC_TITLES["select_page"]
    assert wizard.button(QWizard.WizardButton.NextButton).text().startswith("次へ")  # Qt's own catalogue
    go_to_review(qtbot, wizard, vm="web-01")
    for page, title in CLASSIC_TITLES.items():
        assert getattr(wizard, page).title() == title, page
    review = wizard.review_page
    assert review.buttonText(QWizard.WizardButton.CommitButton) == "再保護(&R)"
    fixes = [
        review.verdicts.topLevelItem(i).child(j).child(k)
        for i in range(review.verdicts.topLevelItemCount())
        for j in range(review.verdicts.topLevelItem(i).childCount())
        for k in range(review.verdicts.topLevelItem(i).child(j).childCount())
    ]
    fix_rows = [row for row in fixes if row.text(0) == "対処方法"]
    assert fix_rows and all(JAPANESE.search(row.text(1)) for row in fix_rows)
    assert "フェールバック ポリシー" in review.summary.toPlainText()
    accept_warnings(wizard)
    click(wizard, COMMIT)
    job_page = wizard.job_page
    assert job_page.title() == "再保護ジョブ"
    qtbot.waitUntil(job_page.finished, timeout=20000)
    qtbot.waitUntil(lambda: bool(job_page.verdict.text()), timeout=5000)
    assert "再保護が成功しました" in job_page.verdict.text()
    assert job_page.tree.headerItem().text(0) == "ジョブ / タスク"
    assert job_page.tree.topLevelItem(0).text(C_STATE) == "成功"  # the job's state, from ASR's enum
    assert job_page.tree.headerItem().text(C_ID) == "ジョブ ID"


def test_the_modernized_route_walks_in_japanese(qtbot, make_wizard, japanese):
    wizard = make_wizard()
    go_to_modernized_review(qtbot, wizard, vm="wiki-01", datastore="vsanDatastore")
    assert wizard.appliance_page.title() == "レプリケーション アプライアンス"
    assert wizard.log_storage_page.title() == "ログ ストレージ アカウント"
    assert wizard.modernized_policy_page.title() == "フェールバック ポリシー"
    assert "別の場所" in wizard.review_page.summary.toPlainText()


def test_the_language_switch_rebuilds_the_wizard_in_japanese_and_remembers_it(qtbot, make_wizard, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    wizard = make_wizard()
    wizard.remember_geometry(settings)
    combo = wizard.select_page.language
    assert combo.currentData() == "en"
    with qtbot.waitSignal(wizard.replaced, timeout=2000) as replaced:
        combo.setCurrentIndex(combo.findData("ja"))
        combo.activated.emit(combo.currentIndex())
    successor = replaced.args[0]
    qtbot.addWidget(successor)
    assert successor.isVisible() and successor.session is wizard.session
    assert successor.select_page.title() == CLASSIC_TITLES["select_page"]
    assert successor.select_page.language.currentData() == "ja"
    # The vault was read once: the rebuilt first page shows it at once.
    assert successor.select_page.items.topLevelItemCount() == len(successor.session.site.items)
    assert i18n.remembered_language(settings) == "ja"
    assert i18n.startup_language(None, settings) == "ja"
    # The rebuilt wizard goes on like the first one.
    assert successor.select_page.items.select_where(lambda item: item.name == "web-01")
    click(successor)
    assert successor.currentPage() is successor.direction_page
    assert successor.direction_page.title() == "方向"


def test_lang_option_wins_over_the_remembered_choice(tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    i18n.remember_language("ja", settings)
    assert parse_args(["--lang", "en"]).lang == "en"
    assert i18n.startup_language("en", settings) == "en"
    assert i18n.startup_language(None, settings) == "ja"
    assert parse_args([]).lang is None
    with pytest.raises(SystemExit):
        parse_args(["--lang", "fr"])


def test_without_a_choice_the_system_language_is_used_when_there_is_a_catalogue(tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert i18n.startup_language(None, settings) == i18n.system_language()
    assert i18n.system_language() in i18n.LANGUAGES
    settings.setValue(i18n.LANGUAGE_KEY, "klingon")  # a damaged value is ignored
    assert i18n.remembered_language(settings) is None
