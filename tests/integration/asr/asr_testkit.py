"""Shared helpers of the ASR integration tests (and of other suites that reuse the emulator).

Distinct module name on purpose: test folders without __init__.py share one import namespace.
"""

from __future__ import annotations

import threading
import time

from asr_estate import MT_WIN, PS_CS, item_id, policy_id

from reprotect_gui.asr.settings import ArmSettings
from reprotect_gui.domain.models import ClassicTarget, ReprotectRequest

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


class MemorySecrets:
    """A SecretStore kept in memory (the real one is the OS keyring)."""

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str] = {}

    def get(self, service: str, user: str) -> str | None:
        return self.values.get((service, user))

    def set(self, service: str, user: str, secret: str) -> None:
        self.values[(service, user)] = secret

    def delete(self, service: str, user: str) -> None:
        self.values.pop((service, user), None)


def request_for(
    name: str,
    *,
    mt: str = MT_WIN,
    ps: str = PS_CS,
    drive: str = "R:",
    datastore: str = "ds-vmfs-01",
    disks: tuple[str, ...] = (),
) -> ReprotectRequest:
    return ReprotectRequest(
        item_id=item_id(name),
        item_name=name,
        target=ClassicTarget(master_target_id=mt, process_server_id=ps, retention_drive=drive, run_as_account_id="1"),
        datastore_name=datastore,
        policy_id=policy_id(),
        disks_to_include=disks,
    )


def wait_for_final(adapter, job_id: str, timeout: float = 5.0):
    deadline = time.monotonic() + timeout
    seen = []
    while time.monotonic() < deadline:
        job = adapter.read_job(job_id)
        seen.append(job)
        if job.state.is_final:
            return job, seen
        time.sleep(0.01)
    raise AssertionError(f"job {job_id} did not finish: {seen[-1]}")
