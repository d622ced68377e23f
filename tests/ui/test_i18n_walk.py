"""Japanese all the way (issue 14): walk every route in Japanese and read every text a person can see.

Each route (classic VM, recovery plan, modernized VM, blocked review, failed job, succeeded job) is
walked like an operator would, page by page; on every page every visible widget is read: labels,
buttons, group titles, window titles, tooltips, accessible names, combo box entries, tree rows
(every column, every tooltip, every child) and rich-text views. Message boxes and the exported
drill report (HTML and the PDF's text) are read too. No English sentence may remain.

What may stay in Latin letters is listed below, short and explicit: catalogue IDs, names of the
estate's objects (VMs, hosts, datastores, servers, plans, the vault), product and protocol names,
units, file paths and URLs, and a service's own words shown quoted “…” and labelled as such.
The readiness view (RDY-) is read after the succeeded job: its table, the selected VM's verdicts, the report.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
    QWizard,
)

from reprotect_gui.domain.checks.facts import LinkType
from reprotect_gui.domain.models import JobState
from reprotect_gui.ui import i18n, report_export
from reprotect_gui.ui.wizard.wizard import ReprotectWizard
from tests.ui.walk import COMMIT, NEXT, accept_warnings, click, go_to_modernized_review, go_to_review

# --- the allow-list ------------------------------------------------------------------------------

CATALOGUE_ID = r"\b(?:ELIG|INF|MT|DS|RET|SUB|RCM|RDY|FB|CMT|REV)-\d{2}\b"
# Product, protocol and standard names Microsoft's Japanese pages keep in Latin letters.
PRODUCT_NAMES = (
    "Azure Site Recovery",
    "Recovery Services",
    "Site Recovery",
    "Azure CLI",
    "Azure portal",
    "Azure",
    "vCenter Server",
    "vCenter",
    "VMware Tools",
    "VMware",
    "vSphere",
    "ESXi",
    "Windows Server",
    "Windows",
    "Linux",
    "Storage DRS",
    "Storage vMotion",
    "ExpressRoute",
    "InMage Scout",
    "InMageAzureV2",
    "InMageRcmFailback",
    "InMageRcm",
    "InMage",
    "Mobility",
    "Hyper-V",
    "A2A",
    "PowerShell",
    "LSI Logic",
    "disk.EnableUUID",
    "HostSystem",
    "Datastore",
    "Microsoft",
    "NetworkManager",
    "Azure CLI (az login)",  # sign-in method and cloud names, as the portal shows them
    "Azure China (21Vianet)",
    "Azure US Government",
    "OK",  # Qt's own button, OK in Japanese too
    "reprotect-cli run --answers",  # the programs and the commands to type
    "reprotect-cli run",
    "reprotect-cli",
    "reprotect-gui",
    "English",
    "policyId",  # the API fields the texts name (evidence of RDY- checks)
    "protectionState",
    "replicationHealth",
    "currentScenario",
    "resyncState",
    "powerStatus",
    "isDeleted",
)
ABBREVIATIONS = (
    "VMFS", "vSAN", "vsan", "NFS41", "NFS", "RDM", "VMDK", "VMs", "VM", "OS", "IP", "DHCP", "DNS", "VPN", "HTTPS",
    "HTTP", "TLS", "SHA-256", "RPO", "UUID", "SCSI", "iSCSI", "LVM", "fstab", "NIC", "ping", "telnet", "ID",
    "CLI", "HTML", "PDF", "JSON", "API", "ASR", "AADSTS", "UTC", "TCP", "BIOS", "Ctrl", "Alt", "Shift",
    "true", "false", "TRUE", "FALSE",  # a vSphere setting's values (disk.EnableUUID = true)
)  # fmt: skip
UNITS = ("TiB", "TB", "GiB", "GB", "MB", "KB", "ms", "min", "s")
QUOTED = r"“[^”]*”"  # a service's own words, quoted and labelled (asr_error_text)
# Taken out before the names (they may contain a name): addresses, accounts, ids.
ADDRESSES = (
    r"https?://\S+",
    r"\S+@\S+",  # user names with their domain
    r"\b\w+\\[\w.-]+",  # DOMAIN\\user
    r"\b[0-9a-f]{12,}\b",  # run ids
    r"\b(?:[0-9A-F]{2}:){7,}[0-9A-F]{2}\b",  # certificate thumbprints
    r"\b[\w-]+\.(?:html|pdf|json|jsonl|ini|log)\b",
    r"\*\.\w+",  # file types in a save dialog (*.html)
)
# Taken out after the names: paths, drive letters, numbers, mnemonics.
LEFTOVERS = (
    r"(?:[A-Za-z]:)?[/\\][\w./\\-]*",  # paths
    r"\b[A-Za-z]:\\?",
    r"\b\d+(?:\.\d+)*\b",
    r"\(&\w\)|&\w",
)


def estate_names(wizard: ReprotectWizard) -> set[str]:
    """Names of the estate's objects, as the wizard read them: they are the same in every language."""
    names: set[str] = set()
    estate = wizard.session.estate
    site = wizard.session.site
    for group in (
        site.items, site.plans, site.master_targets, site.process_servers, site.configuration_servers,
        site.appliances, site.log_storage_accounts, site.vcenters, site.run_as_accounts,
    ):  # fmt: skip
        for obj in group:
            names.add(getattr(obj, "name", ""))
    for item in site.items:
        names |= {item.item_id, item.os_version, item.provider, item.protection_state, item.replication_group or ""}
        names |= set(item.allowed_operations)  # ASR's operation names (ReverseReplicate)
        names |= {d.name for d in item.disks}
        if item.on_prem_vm is not None:
            names.add(item.on_prem_vm.name)
    for mt in site.master_targets:
        names |= {mt.server_id, mt.esxi_host or "", mt.version_status, mt.vcenter_name, mt.os_version}
        names |= {d.symbolic_name for d in mt.datastores} | {v.name for v in mt.retention_volumes}
        names |= {v.file_system for v in mt.retention_volumes}  # NTFS, ext4, FAT32
        names |= set(mt.health_errors)
    for appliance in site.appliances:
        names |= set(appliance.datastores) | {appliance.vcenter_name}
    for policy in (site.failback_policy, site.modernized_policy):
        if policy is not None:
            names.add(policy.name)
            names.add(getattr(policy, "container_mapping", "") or "")
    names.add(site.vault_name)
    vcenter = estate.vcenter if estate is not None else None
    if vcenter is not None:
        names.add(vcenter.vcenter_name)
        names |= {v.name for v in vcenter.vms} | {h.name for h in vcenter.hosts} | {d.name for d in vcenter.datastores}
        names |= {h.product for h in vcenter.hosts} | {h.license_edition for h in vcenter.hosts}
        for vm in vcenter.vms:  # vSphere's own values, shown as vSphere shows them
            names |= {vm.power_state, vm.tools_status, *vm.scsi_controller_types}
    names |= set(wizard.job_page.jobs) if hasattr(wizard, "job_page") else set()
    names |= {n.split(" (", 1)[0] for n in names if n}  # 'vcenter-discovery (CONTOSO\\svc-asr-vc)': the name before
    return {n for n in names if n and re.search(r"[A-Za-z]", n)}


def english_left(text: str, names: Iterable[str]) -> str:
    """What is left of `text` once everything on the allow-list is taken out; '' when nothing English is."""
    rest = html.unescape(re.sub(r"<[^>]+>", " ", text))
    rest = re.sub(QUOTED, " ", rest)
    rest = re.sub(r"`[^`]*`", " ", rest)  # a command to type, quoted as code (`telnet <cs> 443`)
    rest = re.sub(CATALOGUE_ID, " ", rest)
    for pattern in ADDRESSES:
        rest = re.sub(pattern, " ", rest)
    for name in sorted(names, key=len, reverse=True):  # longest first: "ds-vmfs-gold-01" before "ds"
        rest = re.sub(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])", " ", rest)
    for word in sorted((*PRODUCT_NAMES, *ABBREVIATIONS), key=len, reverse=True):  # "Azure CLI (az login)" first
        rest = re.sub(rf"(?<![\w-]){re.escape(word)}(?![\w-])", " ", rest)
    for pattern in LEFTOVERS:
        rest = re.sub(pattern, " ", rest)
    for unit in UNITS:
        rest = re.sub(rf"(?<=[\d\s]){unit}\b", " ", rest)
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]", rest)
    return " ".join(words)


# --- reading every visible text -------------------------------------------------------------------


def _tree_texts(tree: QTreeWidget) -> Iterator[tuple[str, str]]:
    header = tree.headerItem()
    for col in range(tree.columnCount()):
        yield "header", header.text(col)

    def walk(item: QTreeWidgetItem) -> Iterator[tuple[str, str]]:
        for col in range(tree.columnCount()):
            yield "row", item.text(col)
            yield "row tooltip", item.toolTip(col)
        for i in range(item.childCount()):
            yield from walk(item.child(i))

    for i in range(tree.topLevelItemCount()):
        yield from walk(tree.topLevelItem(i))


def _model_texts(model) -> Iterator[tuple[str, str]]:
    from PySide6.QtCore import QModelIndex, Qt

    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a model Qt keeps private (a combo box's popup list): read through its widget instead
        return
    for col in range(columns):
        yield "header", str(model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
    for row in range(model.rowCount(root)):
        for col in range(columns):
            index = model.index(row, col)
            yield "row", str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
            yield "row tooltip", str(model.data(index, Qt.ItemDataRole.ToolTipRole) or "")


def visible_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text of every widget of `top` that a person can see or hear."""
    widgets = [top, *top.findChildren(QWidget)]
    for w in widgets:
        if not (w is top or w.isVisibleTo(top)):
            continue
        where = f"{type(w).__name__} {w.objectName() or w.accessibleName()}".strip()
        if w.isWindow():
            yield where + " title", w.windowTitle()
        yield where + " tooltip", w.toolTip()
        yield where + " accessible name", w.accessibleName()
        yield where + " accessible description", w.accessibleDescription()
        if isinstance(w, (QLabel, QAbstractButton)):
            yield where, w.text()
        elif isinstance(w, QGroupBox):
            yield where, w.title()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield where + " entry", w.itemText(i)
        elif isinstance(w, QTextEdit):
            yield where, w.toPlainText()
        elif isinstance(w, QPlainTextEdit):  # the job pane's details of the selected job, task or VM
            yield where, w.toPlainText()
            yield where + " placeholder", w.placeholderText()
        elif isinstance(w, QTreeWidget):
            for part, text in _tree_texts(w):
                yield f"{where} {part}", text
        elif isinstance(w, QAbstractItemView) and w.model() is not None:  # model/view lists (ChoiceList)
            for part, text in _model_texts(w.model()):
                yield f"{where} {part}", text
        elif isinstance(w, QListWidget):
            for i in range(w.count()):
                yield where + " entry", w.item(i).text()
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield where + " tab", w.tabText(i)
        elif isinstance(w, QMessageBox):
            yield where + " informative", w.informativeText()


def page_texts(wizard: ReprotectWizard) -> Iterator[tuple[str, str]]:
    page = wizard.currentPage()
    yield "page title", page.title()
    yield "page subtitle", page.subTitle()
    for button in (
        QWizard.WizardButton.BackButton,
        QWizard.WizardButton.NextButton,
        QWizard.WizardButton.CommitButton,
        QWizard.WizardButton.FinishButton,
        QWizard.WizardButton.CancelButton,
    ):
        if wizard.button(button).isVisible():
            yield "wizard button", wizard.button(button).text()
    yield "window title", wizard.windowTitle()
    yield from visible_texts(page)


class Reader:
    """Collects every text seen on a walk and what English is left in each."""

    def __init__(self, wizard: ReprotectWizard) -> None:
        self.wizard = wizard
        self.seen: list[tuple[str, str, str]] = []

    def read(self, route: str, texts: Iterable[tuple[str, str]], *, wrapped: bool = False) -> None:
        names = estate_names(self.wizard)
        for where, text in texts:
            if text and text.strip():
                self.seen.append((route, where, text))
                left = english_left(text, names)
                if wrapped:  # a PDF's narrow table cells break long names anywhere: a piece of a name is a name
                    left = " ".join(
                        w for w in left.split() if not any(w.replace("-", "") in n.replace("-", "") for n in names)
                    )
                if left:
                    self.problems.append(f"{route} | {where}: {text!r} → English left: {left!r}")

    def page(self, route: str) -> None:
        self.read(f"{route} / {type(self.wizard.currentPage()).__name__}", page_texts(self.wizard))

    problems: list[str]


@pytest.fixture
def japanese(qapp) -> Iterator[None]:
    i18n.install_language("ja")
    yield
    i18n.install_language("en")


@pytest.fixture
def reader_for(monkeypatch) -> Iterator:
    """A Reader per wizard; message boxes and confirmations shown meanwhile are read too."""
    readers: list[Reader] = []
    boxes: list[tuple[str, str]] = []

    def capture(kind: str):
        def show(parent, title, text, *args, **kwargs):
            boxes.append((f"message box ({kind}) title", title))
            boxes.append((f"message box ({kind})", text))
            return QMessageBox.StandardButton.Ok

        return show

    for kind in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(capture(kind)))

    def make(wizard: ReprotectWizard) -> Reader:
        reader = Reader(wizard)
        reader.problems = []

        def confirm(title: str, text: str, accept: str = "", reject: str = "") -> bool:
            boxes.extend(
                [("confirm title", title), ("confirm", text), ("confirm button", accept), ("confirm button", reject)]
            )
            return True

        wizard.confirm = confirm
        reader.boxes = boxes  # type: ignore[attr-defined]
        readers.append(reader)
        return reader

    yield make


def walk_classic(qtbot, wizard: ReprotectWizard, reader: Reader, route: str, **where) -> None:
    """go_to_review, reading every page on the way (the same clicks, one page at a time)."""
    reader.page(route)
    original_click = click

    def reading_click(w, button=NEXT):
        reader.page(route)
        original_click(w, button)

    import tests.ui.walk as walk_module

    walk_module.click = reading_click
    try:
        go_to_review(qtbot, wizard, **where)
    finally:
        walk_module.click = original_click
    reader.page(route)


def walk_modernized(qtbot, wizard: ReprotectWizard, reader: Reader, route: str, **where) -> None:
    import tests.ui.walk as walk_module

    original_click = walk_module.click

    def reading_click(w, button=NEXT):
        reader.page(route)
        original_click(w, button)

    walk_module.click = reading_click
    try:
        go_to_modernized_review(qtbot, wizard, **where)
    finally:
        walk_module.click = original_click
    reader.page(route)


def recorded(wizard: ReprotectWizard, folder: Path) -> ReprotectWizard:
    """Journal and audit log in `folder`, as the app has them: the drill report is made from the audit."""
    from reprotect_gui.services.audit import AuditLog
    from reprotect_gui.services.journal import JobJournal

    wizard.session.journal = JobJournal(folder)
    wizard.session.audit = AuditLog(folder)
    return wizard


def commit_and_follow(qtbot, wizard: ReprotectWizard, reader: Reader, route: str) -> None:
    accept_warnings(wizard)
    reader.page(route)
    click(wizard, COMMIT)
    job_page = wizard.job_page
    reader.page(route + " (submitting)")
    qtbot.waitUntil(job_page.finished, timeout=30000)
    qtbot.waitUntil(lambda: bool(job_page.verdict.text()), timeout=5000)
    if wizard.session.audit is not None:
        qtbot.waitUntil(job_page.report_ready, timeout=15000)
    tree = job_page.tree
    for i in range(tree.topLevelItemCount()):
        tree.topLevelItem(i).setExpanded(True)
    reader.page(route + " (ended)")
    for i in range(tree.topLevelItemCount()):  # each job's details, as selecting its row shows them
        top = tree.topLevelItem(i)
        tree.setCurrentItem(top)
        reader.read(route + " (job details)", [("details", job_page.monitor.details.toPlainText())])
        for j in range(top.childCount()):  # and each task's, with its error, causes, action, known fix
            tree.setCurrentItem(top.child(j))
            reader.read(route + " (task details)", [("details", job_page.monitor.details.toPlainText())])


def report_texts(wizard: ReprotectWizard, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """The drill report of the run just made, exported in Japanese: the HTML's text and the PDF's text."""
    audit = wizard.session.audit
    run_id = audit.runs()[0].run_id
    report = report_export.report_from_records(audit.run(run_id))
    html_path, pdf_path = report_export.export_both(report, tmp_path / "report.html", "ja")
    document = QTextDocument()
    document.setHtml(html_path.read_text(encoding="utf-8"))
    yield "report (HTML)", document.toPlainText()
    yield "report (HTML source)", html_path.read_text(encoding="utf-8").split("</style>", 1)[-1]
    yield "report (HTML title)", re.search(r"<title>(.*?)</title>", html_path.read_text(encoding="utf-8")).group(1)
    pdftotext = __import__("shutil").which("pdftotext")
    if pdftotext:
        import subprocess

        done = subprocess.run([pdftotext, str(pdf_path), "-"], capture_output=True, text=True, check=True)
        # NFKC: the PDF's ligatures (ﬁ) and CJK radicals (⽇) read back as the letters they draw.
        yield "report (PDF text)", unicodedata.normalize("NFKC", done.stdout).replace("-\n", "-")


def read_report(reader: Reader, route: str, wizard: ReprotectWizard, folder: Path) -> None:
    for where, text in report_texts(wizard, folder):
        reader.read(route, [(where, text)], wrapped=where.startswith("report (PDF"))


def read_export_dialogs(reader: Reader, wizard: ReprotectWizard, folder: Path, monkeypatch) -> None:
    """The save dialog (its title and the language choices) and the message that says where the files are."""
    from PySide6.QtWidgets import QFileDialog

    def save_as(parent, title, start, filters, selected):
        reader.boxes.extend(
            [("save dialog title", title), *(("save dialog file type", f) for f in filters.split(";;"))]
        )
        return str(folder / "exported.html"), selected

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    audit = wizard.session.audit
    report = report_export.report_from_records(audit.run(audit.runs()[0].run_id))
    assert report_export.ask_and_export(wizard, report, folder) is not None
    assert "再保護訓練レポート" in (folder / "exported.html").read_text(encoding="utf-8")  # the UI's language first
    assert any(where.startswith("message box (information)") for where, _ in reader.boxes)


def assert_no_english(reader: Reader) -> None:
    reader.read("message boxes", reader.boxes)  # type: ignore[attr-defined]
    assert reader.seen, "nothing was read"
    assert reader.problems == [], "\n".join(reader.problems)


# --- the routes -----------------------------------------------------------------------------------


def test_classic_vm_route_to_a_succeeded_job_and_its_report_speak_japanese(
    qtbot, make_wizard, japanese, reader_for, tmp_path, monkeypatch
):
    wizard = recorded(make_wizard(), tmp_path)
    reader = reader_for(wizard)
    walk_classic(qtbot, wizard, reader, "classic VM", vm="web-01")
    commit_and_follow(qtbot, wizard, reader, "classic VM")
    assert all(j.state is JobState.SUCCEEDED for j in wizard.job_page.jobs.values())
    read_report(reader, "classic VM report", wizard, tmp_path)
    read_export_dialogs(reader, wizard, tmp_path, monkeypatch)
    assert_no_english(reader)
    assert any("再保護" in text for _, _, text in reader.seen)


def test_plan_route_to_a_failed_job_with_its_error_and_report_speaks_japanese(
    qtbot, make_wizard, japanese, reader_for, tmp_path
):
    wizard = recorded(make_wizard(), tmp_path)
    reader = reader_for(wizard)
    walk_classic(qtbot, wizard, reader, "plan", plan="RP-Linux-Apps", datastore="ds-vmfs-gold-02")
    commit_and_follow(qtbot, wizard, reader, "plan")
    states = {j.state for j in wizard.job_page.jobs.values()}
    assert JobState.FAILED in states  # the failed route: ASR's error 95226 with its details
    seen = " ".join(text for _, _, text in reader.seen)
    assert "95226" in seen and "既知の原因" in seen
    read_report(reader, "plan report", wizard, tmp_path)
    assert_no_english(reader)


def test_modernized_route_speaks_japanese(qtbot, make_wizard, japanese, reader_for, tmp_path):
    wizard = recorded(make_wizard(), tmp_path)
    reader = reader_for(wizard)
    walk_modernized(qtbot, wizard, reader, "modernized", vm="wiki-01", datastore="vsanDatastore")
    commit_and_follow(qtbot, wizard, reader, "modernized")
    read_report(reader, "modernized report", wizard, tmp_path)
    assert_no_english(reader)


def test_blocked_review_and_the_lists_reasons_speak_japanese(qtbot, make_wizard, japanese, reader_for):
    wizard = make_wizard()
    reader = reader_for(wizard)
    # erp-01 keeps its RDM disk (DS-06 blocks) and goes to the silver datastore, too small (DS-05 warns).
    walk_classic(qtbot, wizard, reader, "blocked", vm="erp-01", link=LinkType.S2S_VPN, datastore="ds-vmfs-silver-01")
    review = wizard.review_page
    assert review.blocks() and not wizard.button(COMMIT).isEnabled()
    for i in range(review.verdicts.topLevelItemCount()):  # every verdict open: evidence and fixes too
        top = review.verdicts.topLevelItem(i)
        top.setExpanded(True)
        for j in range(top.childCount()):
            top.child(j).setExpanded(True)
    reader.page("blocked")
    assert_no_english(reader)
    seen = " ".join(text for _, _, text in reader.seen)
    assert "選択できません" in seen  # the lists' reasons were read: ineligible VMs, NFS datastores


def test_an_emptied_list_explains_itself_in_japanese(qtbot, make_wizard, japanese, reader_for):
    """mt-lnx-02's host mounts only NFS: the datastore page would be empty, so the master-target list says so
    early, with the rules that would empty it (DS-01) and what to do."""
    wizard = make_wizard()
    reader = reader_for(wizard)
    assert wizard.select_page.items.select_where(lambda i: i.name == "app-lnx-01")
    for _ in range(2):
        reader.page("empty list")
        click(wizard)
    target = wizard.target_page
    assert wizard.currentPage() is target
    target.set_link_type(LinkType.EXPRESSROUTE)
    assert not target.master_targets.select_where(lambda m: m.name == "mt-lnx-02")  # listed, not selectable
    reader.page("empty list")
    seen = " ".join(text for _, _, text in reader.seen)
    assert "データストアのページが空になります" in seen and "DS-01" in seen
    assert_no_english(reader)


def test_connection_and_sign_in_errors_of_both_dialogs_speak_japanese(qtbot, japanese, tmp_path):
    """vCenter: a refused password, then an untrusted certificate; Azure: a sign-in the directory refuses with a
    multi-line reason (every line kept, quoted as Azure's own words)."""
    from azure.core.exceptions import ClientAuthenticationError
    from PySide6.QtCore import QSettings

    from reprotect_gui.asr.faults import translate
    from reprotect_gui.domain.errors import CertificateNotTrusted
    from reprotect_gui.ui.azure_dialog import AzureVaultDialog
    from reprotect_gui.ui.jobs import JobRunner
    from reprotect_gui.ui.vcenter_dialog import VCenterConnectDialog
    from reprotect_gui.vsphere.errors import VCenterLoginFailed
    from reprotect_gui.vsphere.trust import VCenterSettings
    from tests.ui.test_settings import DictSecrets, OfflineDirectory

    names = {"vc-tokyo-01.contoso.local", "svc-reprotect@vsphere.local", "contoso.onmicrosoft.com"}
    problems: list[str] = []

    def read(route: str, widget) -> None:
        for where, text in visible_texts(widget):
            left = english_left(text or "", names)
            if left:
                problems.append(f"{route} | {where}: {text!r} → English left: {left!r}")

    runner = JobRunner()
    try:
        failures = iter(
            [
                VCenterLoginFailed("vc-tokyo-01.contoso.local", "svc-reprotect@vsphere.local"),
                CertificateNotTrusted("vc-tokyo-01.contoso.local", "ab" * 32, "self-signed certificate"),
            ]
        )

        def connect(host, port, user, password, pinned):
            raise next(failures)

        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        dialog = VCenterConnectDialog(
            runner,
            secrets=DictSecrets(),
            settings=VCenterSettings(tmp_path / "config"),
            connect=connect,
            service_for=lambda host: host,
        )
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.host_edit.setText("vc-tokyo-01.contoso.local")
        dialog.user_edit.setText("svc-reprotect@vsphere.local")
        dialog.password_edit.setText("not the password")
        for step in ("refused password", "untrusted certificate"):
            before = len(list(visible_texts(dialog)))
            dialog.connect_button.click()
            qtbot.waitUntil(lambda: dialog.connect_button.isEnabled(), timeout=5000)
            qtbot.wait(50)
            read(f"vCenter dialog, {step}", dialog)
            assert len(list(visible_texts(dialog))) >= before
        shown = " ".join(text for _, text in visible_texts(dialog))
        assert "拒否しました" in shown or "信頼されていません" in shown

        class RefusingDirectory(OfflineDirectory):
            def list_subscriptions(self, sign_in, ctx):
                raise translate(
                    ClientAuthenticationError(
                        message="ClientSecretCredential.get_token failed\nAADSTS7000215: Invalid client secret provided."
                    ),
                    doing="list your subscriptions",
                    vault="",
                )

        azure = AzureVaultDialog(RefusingDirectory(DictSecrets()), runner, settings)
        qtbot.addWidget(azure)
        azure.show()
        azure.method.setCurrentIndex(azure.method.findData("service_principal_secret"))
        azure.tenant.setText("contoso.onmicrosoft.com")
        azure.client_id.setText("00000000-aaaa-bbbb-cccc-000000000001")
        azure.secret.setText("x")
        azure.sign_in_button.click()
        qtbot.waitUntil(
            lambda: "サインインに失敗しました" in " ".join(t for _, t in visible_texts(azure)), timeout=5000
        )
        shown = " ".join(text for _, text in visible_texts(azure))
        assert "AADSTS7000215: Invalid client secret provided." in shown  # the last line, quoted
        read("Azure dialog, refused sign-in", azure)
    finally:
        runner.shutdown(3000)
    assert problems == [], "\n".join(problems)


def test_the_allow_list_catches_english_and_lets_names_pass():
    names = {"web-01", "ds-vmfs-gold-01"}
    assert english_left("web-01 の再保護が成功しました (MT-10、ds-vmfs-gold-01、1,855 GB)", names) == ""
    assert english_left("ASR の原文: “Reprotect failed because of X.”", names) == ""
    assert english_left("vCenter esx-01 not found", names) == "esx not found"
    assert english_left("ds-vmfs-gold-01 has less free space than the VM's disks need.", names) != ""
    assert english_left("<b>TRAINING ESTATE</b>", names) == "TRAINING ESTATE"


def test_readiness_route_speaks_japanese(qtbot, make_wizard, japanese, reader_for, tmp_path):
    """Readiness for failback (RDY-): after a succeeded reprotect the job pane says per VM whether it is ready
    for failback, and why not yet; selecting the VM's row shows every RDY verdict with its evidence and fix."""
    wizard = recorded(make_wizard(), tmp_path)
    reader = reader_for(wizard)
    walk_classic(qtbot, wizard, reader, "readiness", vm="web-01")
    commit_and_follow(qtbot, wizard, reader, "readiness")
    table = wizard.job_page.monitor.readiness_tree
    qtbot.waitUntil(lambda: table.topLevelItemCount() > 0 and bool(table.topLevelItem(0).text(2)), timeout=20000)
    table.setCurrentItem(table.topLevelItem(0))  # the details area shows every RDY verdict of the VM
    reader.page("readiness (table)")
    seen = " ".join(text for _, _, text in reader.seen)
    assert "RDY-01" in seen and "RDY-06" in seen and "フェールバック" in seen
    read_report(reader, "readiness report", wizard, tmp_path)
    assert_no_english(reader)
