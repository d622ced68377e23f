"""Language: Qt translators for the UI, the domain's fix texts, and the remembered choice.

The source language is English. Catalogues are compiled from `resources/i18n/*.ts` into
`reprotect_gui/i18n/*.qm` (inside the package, so a pipx install and the bundle find them) by
`resources/i18n/update_translations.py`. The domain stays Qt-free: its fixed texts (the
remediation table, the known job errors) are translated here, keyed by their English text in the
contexts "remediation" and "job_errors"; findings with embedded values stay English.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

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
    """A status title or end-of-run advice from domain/report.py, in the UI's language."""
    return QCoreApplication.translate("report", english) if english else english


def job_error_text(english: str) -> str:
    """A cause or fix from domain/job_errors.py (KNOWN_JOB_ERRORS), in the UI's language."""
    return QCoreApplication.translate("job_errors", english) if english else english
