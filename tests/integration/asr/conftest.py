"""Fixtures for the ASR adapter against the local HTTPS emulator (marker: integration)."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # emulator.py / estate.py, also for other test folders

from emulator import AsrEmulator  # noqa: E402
from estate import classic_estate  # noqa: E402

from reprotect_gui.asr.settings import ArmSettings, VaultLocation  # noqa: E402
from reprotect_gui.asr.site_recovery import ArmSiteRecovery  # noqa: E402

FAST = ArmSettings(
    retry_total=3,
    retry_backoff_factor=0.01,
    retry_backoff_max=0.05,
    connection_timeout=2.0,
    read_timeout=1.0,
    confirm_attempts=2,
    confirm_wait_s=0.05,
    poll_interval_s=0.02,
    refresh_timeout_s=10.0,
)


class TestCredential:
    """A credential as azure-core sees one (get_token → AccessToken); a new token per call."""

    __test__ = False  # not a test class

    def __init__(self, *, same_token: bool = False, fail_with: Exception | None = None) -> None:
        self.calls = 0
        self.scopes: list[tuple[str, ...]] = []
        self._same = same_token
        self._fail = fail_with
        self._lock = threading.Lock()

    def get_token(self, *scopes: str, **kwargs: object):
        from azure.core.credentials import AccessToken

        with self._lock:
            self.calls += 1
            self.scopes.append(scopes)
            if self._fail is not None:
                raise self._fail
            token = "test-token" if self._same else f"test-token-{self.calls}"
        return AccessToken(token, int(time.time()) + 3600)


class RecordingContext:
    """A JobContext that records progress and can be cancelled."""

    def __init__(self) -> None:
        self.reports: list[tuple[float, str]] = []
        self.cancel_after_reports: int | None = None

    def report(self, done: float, text: str) -> None:
        self.reports.append((done, text))

    def raise_if_cancelled(self) -> None:
        from reprotect_gui.domain.ports import JobCancelled

        if self.cancel_after_reports is not None and len(self.reports) >= self.cancel_after_reports:
            raise JobCancelled()


@pytest.fixture
def estate():
    return classic_estate(vm_count=3)


@pytest.fixture
def emulator(estate):
    emu = AsrEmulator(estate, job_step_seconds=0.02)
    emu.start()
    yield emu
    emu.stop()


@pytest.fixture
def credential():
    return TestCredential()


@pytest.fixture
def make_adapter(emulator, credential):
    def make(*, vault: str | None = None, cred=None, settings: ArmSettings = FAST) -> ArmSiteRecovery:
        location = VaultLocation(emulator.subscription_id, emulator.resource_group, vault or emulator.vault)
        return ArmSiteRecovery(
            cred or credential, location, settings=settings,
            base_url=emulator.url, connection_verify=emulator.ca_path,
        )

    return make


@pytest.fixture
def adapter(make_adapter):
    return make_adapter()


@pytest.fixture
def ctx():
    return RecordingContext()


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if Path(str(item.fspath)).is_relative_to(here):
            item.add_marker(pytest.mark.integration)
