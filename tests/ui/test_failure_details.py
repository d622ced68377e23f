"""Issue 12: a failure shows its sentence; the raw text sits behind "Details"; the log folder opens
from the same place, and the sentences that ask for the log name it."""

from __future__ import annotations

import pytest

from reprotect_gui.domain.errors import LOG_FILE_NAME
from reprotect_gui.services import logfile
from reprotect_gui.ui import widgets
from reprotect_gui.ui.jobs import JobFailure
from reprotect_gui.ui.widgets import BusyPanel


@pytest.fixture
def panel(qtbot):
    p = BusyPanel()
    qtbot.addWidget(p)
    p.show()
    yield p
    logfile.uninstall_log_file()


def test_the_raw_text_is_behind_details_and_made_visible(panel):
    panel.show_failure(JobFailure("Azure could not be reached.", "Check the proxy.", "ProxyError: 407\u202e\x1b"))
    assert panel.details_button.isVisible() and not panel.details.isVisible()
    panel.details_button.click()
    assert panel.details.isVisible() and panel.details.text() == "ProxyError: 407[U+202E][U+001B]"
    panel.show_failure(JobFailure("Something.", "Retry."))  # no raw text: no Details button
    assert not panel.details_button.isVisible() and not panel.details.isVisible()


def test_open_log_folder_shows_only_with_a_log_file_and_opens_its_folder(panel, tmp_path, monkeypatch):
    panel.show_failure(JobFailure("x", "y"))
    assert not panel.open_logs_button.isVisible()  # no log file: no button that does nothing
    path = logfile.install_log_file(tmp_path)
    opened = []
    monkeypatch.setattr(widgets.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    panel.show_failure(JobFailure("x", "y"))
    assert panel.open_logs_button.isVisible()
    panel.open_logs_button.click()
    assert opened == [str(path.parent)]
    panel.show_busy("Reading…")
    assert not panel.open_logs_button.isVisible()


def test_an_unexpected_failure_names_the_log_file():
    failure = JobFailure.from_exception(ZeroDivisionError("boom"))
    assert f"send the log file {LOG_FILE_NAME}" in failure.next_step and "Open log folder" in failure.next_step
    assert failure.detail == "ZeroDivisionError: boom"


def test_a_name_inside_the_sentence_is_shown_as_text_not_markup(panel):
    panel.show_failure(JobFailure("The item <b>web\u202e01</b> is gone.", "Reload."))
    assert "&lt;b&gt;web[U+202E]01&lt;/b&gt;" in panel.text
