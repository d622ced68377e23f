"""Fixtures for the ASR adapter against the local HTTPS emulator (marker: integration)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# emulator.py, asr_estate.py, asr_testkit.py: importable by name, from here and from other suites.
sys.path.insert(0, str(Path(__file__).parent))

from asr_estate import classic_estate  # noqa: E402
from asr_testkit import FAST, RecordingContext, TestCredential  # noqa: E402
from emulator import AsrEmulator  # noqa: E402

from reprotect_gui.asr.settings import ArmSettings, VaultLocation  # noqa: E402
from reprotect_gui.asr.site_recovery import ArmSiteRecovery  # noqa: E402


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
            cred or credential,
            location,
            settings=settings,
            base_url=emulator.url,
            connection_verify=emulator.ca_path,
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
