"""Issue 12: a rotating log file in the data folder, scrubbed like the audit, never a reason to stop."""

from __future__ import annotations

import logging
import os

import pytest

from reprotect_gui.domain.errors import LOG_FILE_NAME
from reprotect_gui.services import logfile
from reprotect_gui.services.redaction import forget_all_secrets, remember_secret

PLANTED = "Pl4nted-S3cret-value"


@pytest.fixture
def installed(tmp_path):
    yield tmp_path
    logfile.uninstall_log_file()
    forget_all_secrets()


def test_the_log_file_is_in_the_data_folder_and_holds_no_secret(installed):
    path = logfile.install_log_file(installed)
    assert path == installed / "logs" / LOG_FILE_NAME and logfile.current_log_file() == path
    remember_secret(PLANTED)
    log = logging.getLogger("reprotect_gui.test")
    log.warning("token %s and password=hunter22 and Bearer abcdefghijklmnop", PLANTED)
    try:
        raise RuntimeError(f"failed with {PLANTED}")
    except RuntimeError:
        log.exception("a traceback")
    text = path.read_text(encoding="utf-8")
    assert "WARNING reprotect_gui.test" in text and "a traceback" in text and "RuntimeError" in text
    assert PLANTED not in text and "hunter22" not in text and "abcdefghijklmnop" not in text
    assert "[redacted]" in text


def test_the_log_rotates_and_keeps_a_bounded_number_of_files(installed, monkeypatch):
    monkeypatch.setattr(logfile, "MAX_BYTES", 2000)
    path = logfile.install_log_file(installed)
    log = logging.getLogger("reprotect_gui.test")
    for i in range(400):
        log.info("line %04d %s", i, "x" * 40)
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == [LOG_FILE_NAME] + [f"{LOG_FILE_NAME}.{n}" for n in range(1, logfile.BACKUPS + 1)]
    assert all(p.stat().st_size <= 2000 for p in path.parent.iterdir())
    assert "line 0399" in path.read_text(encoding="utf-8")


def test_a_data_folder_that_cannot_hold_a_log_is_no_reason_to_stop(installed, capsys):
    blocker = installed / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    assert logfile.install_log_file(blocker) is None
    assert logfile.current_log_file() is None
    assert "carrying on without one" in capsys.readouterr().err


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE")
def test_a_full_disk_under_the_log_is_noted_once_not_a_traceback_per_line(installed, capfd):
    import subprocess
    import sys

    code = (
        "import logging, resource, signal, sys\n"
        "from pathlib import Path\n"
        "from reprotect_gui.services.logfile import install_log_file\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "install_log_file(Path(sys.argv[1]))\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))\n"
        "for i in range(500): logging.getLogger('x').warning('line %d %s', i, 'y' * 60)\n"
        "print('carried on')\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(installed)], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and "carried on" in out.stdout
    assert out.stderr.count("can't be written") == 1 and "Traceback" not in out.stderr
