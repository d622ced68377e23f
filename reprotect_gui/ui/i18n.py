"""Language: Qt translators for the UI, the domain's fix texts, and the remembered choice.

The source language is English. Catalogues are compiled from `resources/i18n/*.ts` into
`reprotect_gui/i18n/*.qm` (inside the package, so a pipx install and the bundle find them) by
`resources/i18n/update_translations.py`. The domain stays Qt-free: its fixed texts (the
remediation table, the known job errors) are translated here, keyed by their English text in the
contexts "remediation" and "job_errors"; findings with values are templates (domain/messages.py)
translated by text(), in the context "domain".
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from reprotect_gui.domain.messages import EnumWord, ServiceText, StateWord, TaskName, Text, TlsText, english
from reprotect_gui.ui.translate_noop import QT_TRANSLATE_NOOP

SOURCE_LANGUAGE = "en"
# Shown in the language switch in their own language, so anyone can find theirs.
LANGUAGES: dict[str, str] = {"en": "English", "ja": "日本語"}
LANGUAGE_KEY = "ui/language"
CATALOGUE_DIR = Path(__file__).resolve().parent.parent / "i18n"

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def app_settings() -> QSettings:
    """The app's own settings (never a secret): language, window geometry, the vault dialog's choice."""
    return QSettings("reprotect-gui", "reprotect-gui")


def system_language() -> str:
    """The system locale's language when there is a catalogue for it, else English."""
    name = QLocale.system().name()  # e.g. "ja_JP", "C"
    for language in (*QLocale.system().uiLanguages(), name):
        code = language.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def remembered_language(settings: QSettings) -> str | None:
    value = str(settings.value(LANGUAGE_KEY, "") or "")
    return value if value in LANGUAGES else None


def startup_language(requested: str | None, settings: QSettings) -> str:
    """--lang wins, then the operator's last choice, then the system locale."""
    return requested or remembered_language(settings) or system_language()


def catalogue_path(language: str) -> Path:
    return CATALOGUE_DIR / f"reprotect_gui_{language}.qm"


def install_language(language: str) -> str:
    """Replace the application's translators by those of `language`; returns the language in use.

    Widgets built afterwards speak it; those already built keep their text (the wizard is
    rebuilt by its language switch). A missing catalogue leaves the app in English: better
    English than no app.
    """
    global _current
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication must exist before its language is set"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = SOURCE_LANGUAGE
    if language != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        if ours.load(str(catalogue_path(language))):
            qt_own = QTranslator(app)  # Qt's standard texts: wizard buttons, message box buttons
            if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(qt_own)
                _installed.append(qt_own)
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning(
                "The %s catalogue %s can't be read; the window stays in English.", language, catalogue_path(language)
            )
            ours.deleteLater()
            language = SOURCE_LANGUAGE
    QLocale.setDefault(QLocale(language))
    _current = language
    return language


def current_language() -> str:
    return _current


def remember_language(language: str, settings: QSettings) -> None:
    settings.setValue(LANGUAGE_KEY, language)
    settings.sync()


def fix_text(english: str) -> str:
    """A remediation text from domain/checks/remediation.py (FIX), in the UI's language."""
    return QCoreApplication.translate("remediation", english) if english else english


def report_text(english: str) -> str:
    """A status title or end-of-run advice from domain/report.py (message templates), in the UI's language."""
    return text(english) if english else english


def job_error_text(english: str) -> str:
    """A cause or fix from domain/job_errors.py (KNOWN_JOB_ERRORS), in the UI's language."""
    return QCoreApplication.translate("job_errors", english) if english else english


# --- domain templates (issue 14) -------------------------------------------------------------
#
# The domain returns `Text` (domain/messages.py): the English sentence, its template and named
# arguments. text() is the one place that translates a template (context "domain", or the context
# the Text names), renders its arguments in the UI's language and fills them in. Arguments that
# are templates are translated too; ASR's states and service texts go through state_text() and
# asr_error_text(); enum values through the context "enum"; numbers through QLocale.

Translate = Callable[[str, str], str]

# Words the domain passes as values (enum members, yes/no): translated in the context "enum".
ENUM_WORDS = (
    QT_TRANSLATE_NOOP("enum", "classic"),
    QT_TRANSLATE_NOOP("enum", "modernized"),
    QT_TRANSLATE_NOOP("enum", "out_of_scope"),
    QT_TRANSLATE_NOOP("enum", "running"),
    QT_TRANSLATE_NOOP("enum", "stopped"),
    QT_TRANSLATE_NOOP("enum", "deleted"),
    QT_TRANSLATE_NOOP("enum", "moved_resource_group"),
    QT_TRANSLATE_NOOP("enum", "unknown"),
    QT_TRANSLATE_NOOP("enum", "Physical"),
    QT_TRANSLATE_NOOP("enum", "OnPremises"),
    QT_TRANSLATE_NOOP("enum", "Unknown"),
    QT_TRANSLATE_NOOP("enum", "other"),
    QT_TRANSLATE_NOOP("enum", "site-to-site VPN"),
    QT_TRANSLATE_NOOP("enum", "ExpressRoute private peering"),
    QT_TRANSLATE_NOOP("enum", "found"),
    QT_TRANSLATE_NOOP("enum", "absent"),
    QT_TRANSLATE_NOOP("enum", "original location"),
    QT_TRANSLATE_NOOP("enum", "alternate location"),
    QT_TRANSLATE_NOOP("enum", "name"),  # how a VM was matched or found (domain/matching.py BY_*)
    QT_TRANSLATE_NOOP("enum", "name and IP"),
    QT_TRANSLATE_NOOP("enum", "managed object reference"),
    QT_TRANSLATE_NOOP("enum", "instance UUID"),
    QT_TRANSLATE_NOOP("enum", "direct: managed object reference"),
    QT_TRANSLATE_NOOP("enum", "direct: SearchIndex.FindAllByUuid"),
    QT_TRANSLATE_NOOP("enum", "direct: SearchIndex.FindAllByIp"),
    QT_TRANSLATE_NOOP("enum", "full inventory index (not decidable by a direct search)"),
    QT_TRANSLATE_NOOP("enum", "True"),
    QT_TRANSLATE_NOOP("enum", "False"),
)

# ASR's states as it spells them (jobs, tasks, protection, health, location, agent version), lower-cased
# → the English words shown (translated in the context "asr_states"). Anything else is shown as received.
ASR_STATES: dict[str, str] = {
    "notstarted": QT_TRANSLATE_NOOP("asr_states", "Not started"),
    "inprogress": QT_TRANSLATE_NOOP("asr_states", "In progress"),
    "in progress": QT_TRANSLATE_NOOP("asr_states", "In progress"),
    "succeeded": QT_TRANSLATE_NOOP("asr_states", "Succeeded"),
    "completed": QT_TRANSLATE_NOOP("asr_states", "Completed"),
    "failed": QT_TRANSLATE_NOOP("asr_states", "Failed"),
    "cancelled": QT_TRANSLATE_NOOP("asr_states", "Cancelled"),
    "suspended": QT_TRANSLATE_NOOP("asr_states", "Suspended"),
    "other": QT_TRANSLATE_NOOP("asr_states", "Other"),
    "failedover": QT_TRANSLATE_NOOP("asr_states", "Failed over"),
    "failover completed": QT_TRANSLATE_NOOP("asr_states", "Failed over"),
    "protected": QT_TRANSLATE_NOOP("asr_states", "Protected"),
    "unprotected": QT_TRANSLATE_NOOP("asr_states", "Not protected"),
    "protectiondisabled": QT_TRANSLATE_NOOP("asr_states", "Protection disabled"),
    "migrated": QT_TRANSLATE_NOOP("asr_states", "Migrated"),
    "migrationcompleted": QT_TRANSLATE_NOOP("asr_states", "Migration completed"),
    "plannedfailoverstatesbegin": QT_TRANSLATE_NOOP("asr_states", "Planned failover in progress"),
    "plannedfailovercommitrequired": QT_TRANSLATE_NOOP("asr_states", "Planned failover: commit required"),
    "planned failover finished": QT_TRANSLATE_NOOP("asr_states", "Planned failover finished"),
    "planned failover committed": QT_TRANSLATE_NOOP("asr_states", "Planned failover committed"),
    "unplannedfailovercommitpendingstatesbegin": QT_TRANSLATE_NOOP("asr_states", "Failover: commit pending"),
    "reprotectstatesbegin": QT_TRANSLATE_NOOP("asr_states", "Reprotect in progress"),
    "normal": QT_TRANSLATE_NOOP("asr_states", "Normal"),
    "warning": QT_TRANSLATE_NOOP("asr_states", "Warning"),
    "critical": QT_TRANSLATE_NOOP("asr_states", "Critical"),
    "none": QT_TRANSLATE_NOOP("asr_states", "None"),
    "primary": QT_TRANSLATE_NOOP("asr_states", "On-premises (primary)"),
    "recovery": QT_TRANSLATE_NOOP("asr_states", "Azure (recovery)"),
    "onpremises": QT_TRANSLATE_NOOP("asr_states", "On-premises"),
    "not started": QT_TRANSLATE_NOOP("asr_states", "Not started"),
    "connected": QT_TRANSLATE_NOOP("asr_states", "Connected"),
    "disconnected": QT_TRANSLATE_NOOP("asr_states", "Disconnected"),
    "enabled": QT_TRANSLATE_NOOP("asr_states", "Enabled"),
    "paired": QT_TRANSLATE_NOOP("asr_states", "Paired"),
    "supported": QT_TRANSLATE_NOOP("asr_states", "Supported"),
    "notsupported": QT_TRANSLATE_NOOP("asr_states", "Not supported"),
    "updaterequired": QT_TRANSLATE_NOOP("asr_states", "Update required"),
    "deprecated": QT_TRANSLATE_NOOP("asr_states", "Deprecated"),
    "securityupdaterequired": QT_TRANSLATE_NOOP("asr_states", "Security update required"),
}

# Task names ASR and the training estate report, in English (context "asr_tasks").
ASR_TASKS = (
    QT_TRANSLATE_NOOP("asr_tasks", "Reprotect"),
    QT_TRANSLATE_NOOP("asr_tasks", "Prerequisites check"),
    QT_TRANSLATE_NOOP("asr_tasks", "Prerequisites check for reprotect"),
    QT_TRANSLATE_NOOP("asr_tasks", "Preparing the master target"),
    QT_TRANSLATE_NOOP("asr_tasks", "Preparing the on-premises virtual machine"),
    QT_TRANSLATE_NOOP("asr_tasks", "Preparing the replication appliance"),
    QT_TRANSLATE_NOOP("asr_tasks", "Creating and attaching disks"),
    QT_TRANSLATE_NOOP("asr_tasks", "Creating disks on the datastore"),
    QT_TRANSLATE_NOOP("asr_tasks", "Starting replication"),
    QT_TRANSLATE_NOOP("asr_tasks", "Starting replication through the appliance"),
    QT_TRANSLATE_NOOP("asr_tasks", "Starting replication to the on-premises site"),
    QT_TRANSLATE_NOOP("asr_tasks", "Finishing protection"),
    QT_TRANSLATE_NOOP("asr_tasks", "Updating the provider states"),
    QT_TRANSLATE_NOOP("asr_tasks", "Refreshing the configuration server"),
    QT_TRANSLATE_NOOP("asr_tasks", "Refresh server"),
    QT_TRANSLATE_NOOP("asr_tasks", "Reprotect the virtual machine"),
)

# ASR's error texts that are fixed English sentences (context "asr_errors"); the emulator's and the
# training estate's among them. Any other service text is shown as received, quoted and labelled.
ASR_ERRORS = (
    QT_TRANSLATE_NOOP(
        "asr_errors",
        "Reprotect failed because the Azure virtual machine was not able to reach the on-premises "
        "configuration server.",
    ),
    QT_TRANSLATE_NOOP(
        "asr_errors",
        "Check that the Azure VM can reach the configuration server over the site-to-site VPN or ExpressRoute, "
        "and that the InMage Scout service is running on it, then retry the reprotect.",
    ),
    QT_TRANSLATE_NOOP(
        "asr_errors",
        "Protection could not be completed for the virtual machine: a virtual machine with the same name "
        "already exists on the master target's ESXi host.",
    ),
    QT_TRANSLATE_NOOP(
        "asr_errors",
        "Choose a master target on another ESXi host, or rename or remove the existing VM, then retry the reprotect.",
    ),
    QT_TRANSLATE_NOOP("asr_errors", "Reprotect failed."),
    QT_TRANSLATE_NOOP("asr_errors", "See the provider error."),
    QT_TRANSLATE_NOOP("asr_errors", "Fix the cause and retry the job."),
    QT_TRANSLATE_NOOP("asr_errors", "The Azure VM could not reach the configuration server."),
    QT_TRANSLATE_NOOP(
        "asr_errors", "Check connectivity from the Azure VM to the configuration server on 443 and 9443."
    ),
    QT_TRANSLATE_NOOP("asr_errors", "The request is throttled."),
    QT_TRANSLATE_NOOP("asr_errors", "The service failed."),
    QT_TRANSLATE_NOOP("asr_errors", "The replication appliance's services are not running (error 78175)"),
    QT_TRANSLATE_NOOP("asr_errors", "Master target agent version 9.41 is no longer supported"),
)
_KNOWN_ASR_ERRORS = frozenset(ASR_ERRORS)

# OpenSSL's reasons for refusing a certificate, as Python's ssl module reports them (context "tls").
TLS_REASONS = (
    QT_TRANSLATE_NOOP("tls", "self-signed certificate"),
    QT_TRANSLATE_NOOP("tls", "self signed certificate"),
    QT_TRANSLATE_NOOP("tls", "self-signed certificate in certificate chain"),
    QT_TRANSLATE_NOOP("tls", "self signed certificate in certificate chain"),
    QT_TRANSLATE_NOOP("tls", "unable to get local issuer certificate"),
    QT_TRANSLATE_NOOP("tls", "certificate has expired"),
    QT_TRANSLATE_NOOP("tls", "certificate is not yet valid"),
    QT_TRANSLATE_NOOP("tls", "Hostname mismatch, certificate is not valid for this host."),
    QT_TRANSLATE_NOOP("tls", "certificate verification failed"),
)
_KNOWN_TLS = frozenset(TLS_REASONS)
TLS_OWN_WORDS = QT_TRANSLATE_NOOP("tls", "the TLS library's words: “{text}”")
AZURE_OWN_WORDS = QT_TRANSLATE_NOOP("asr_errors", "Azure's own words: “{text}”")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("i18n", ", ")


def _translator(translate: Translate | None) -> Translate:
    return translate or QCoreApplication.translate


def state_text(state: str, translate: Translate | None = None) -> str:
    """An ASR state (job, task, protection, health…) in the UI's language; unknown ones as received."""
    english = ASR_STATES.get(str(state).strip().lower())
    return _translator(translate)("asr_states", english) if english else str(state)


def task_text(name: str, translate: Translate | None = None) -> str:
    """An ASR job task's name in the UI's language when it is a known English constant, else as received."""
    return _translator(translate)("asr_tasks", name) if name in ASR_TASKS else name


def asr_error_text(message: str, translate: Translate | None = None) -> str:
    """ASR's own error text: translated when it is a known constant, else quoted and labelled as Azure's words."""
    message = str(message).strip()
    if not message:
        return message
    lookup = _translator(translate)
    if message in _KNOWN_ASR_ERRORS:
        return lookup("asr_errors", message)
    label = lookup("asr_errors", AZURE_OWN_WORDS)
    # In English, Azure's words are the UI's language already: shown verbatim, unlabelled (copied as ASR wrote them).
    return message if label == AZURE_OWN_WORDS else label.format(text=message)


def tls_reason_text(reason: str, translate: Translate | None = None) -> str:
    """Why the TLS library refused a certificate: translated when known, else quoted as its own words."""
    reason = str(reason).strip()
    if not reason:
        return reason
    lookup = _translator(translate)
    if reason in _KNOWN_TLS:
        return lookup("tls", reason)
    return lookup("tls", TLS_OWN_WORDS).format(text=reason)


def datastore_type_text(ds_type: Any) -> str:
    """A datastore type as vSphere names it (VMFS, vSAN, NFS 3, NFS 4.1)."""
    return {"vsan": "vSAN", "nfs": "NFS 3", "nfs41": "NFS 4.1", "other": lookup_enum("other")}.get(
        str(ds_type).lower(), str(ds_type)
    )


def lookup_enum(word: str) -> str:
    return QCoreApplication.translate("enum", word)


def text(value: Any, translate: Translate | None = None, locale: QLocale | None = None) -> str:
    """A domain value (`Text` template, state, service text, enum, number, name) in the UI's language."""
    if type(value) is str:  # a name, or a text already in the UI's language
        return value
    lookup = _translator(translate)
    loc = QLocale(locale) if locale is not None else QLocale()
    # Codes, ports and counts read as the domain wrote them (95226, not 95,226).
    loc.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return _render(value, lookup, loc)


def _render(value: Any, lookup: Translate, loc: QLocale) -> str:
    if isinstance(value, Text):
        template = lookup(value.context, value.template) if value.context else value.template
        if not value.args:
            return template
        args = {k: _render(v, lookup, loc) for k, v in value.args.items()}
        try:
            return template.format_map(args)
        except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder: the English one
            return value.template.format_map(args)
    if isinstance(value, StateWord):
        return state_text(value, lookup)
    if isinstance(value, ServiceText):
        return asr_error_text(value, lookup)
    if isinstance(value, TaskName):
        return task_text(value, lookup)
    if isinstance(value, TlsText):
        return tls_reason_text(value, lookup)
    if isinstance(value, bool):
        return lookup("enum", str(value))
    if isinstance(value, (Enum, EnumWord)):
        return lookup("enum", english(value))
    if isinstance(value, int):
        return loc.toString(value)
    if isinstance(value, tuple):
        return lookup("i18n", LIST_SEPARATOR).join(_render(v, lookup, loc) for v in value)
    return str(value)


def reason_text(pairs: Sequence[tuple[str, Any]], translate: Translate | None = None) -> str:
    """A choice's reasons or notes ('ID: text; ID: text') in the UI's language."""
    return "; ".join(f"{cid}: {text(t_, translate)}" for cid, t_ in pairs)
