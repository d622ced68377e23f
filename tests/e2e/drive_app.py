"""Drives the app in a process of its own, for the SIGKILL/resume test (tests/e2e/test_resume_after_kill.py).

    python tests/e2e/drive_app.py submit --speed 4   walk the training wizard to the submit, print
                                                    "JOURNALED <job id>" once the journal holds the
                                                    job, then keep following it (until killed)
    python tests/e2e/drive_app.py resume             launch, accept the resume offer, follow the jobs
                                                    to their end, print one JSON line, exit

The data folder comes from XDG_DATA_HOME (platformdirs), set by the test. The app log goes to
$REPROTECT_TEST_LOG. The test credentials hold a planted secret ($REPROTECT_TEST_SECRET), which the
trained job error also echoes: it must reach neither the log nor the audit file nor the report.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reprotect_gui.services.journal import JobJournal, default_data_dir  # noqa: E402
from reprotect_gui.services.redaction import RememberingSecretStore, install_log_scrubbing  # noqa: E402
from reprotect_gui.training.scenario import load_scenario  # noqa: E402
from reprotect_gui.ui.resume import FOLLOW, offer_resume_at_start  # noqa: E402
from tests.ui.driver import Driver  # noqa: E402
from tests.ui.walk import COMMIT, accept_warnings, click, go_to_review  # noqa: E402


class DictSecretStore:
    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str] = {}

    def get(self, service: str, user: str) -> str | None:
        return self.values.get((service, user))

    def set(self, service: str, user: str, secret: str) -> None:
        self.values[(service, user)] = secret

    def delete(self, service: str, user: str) -> None:
        self.values.pop((service, user), None)


def plant_credentials() -> str:
    secret = os.environ["REPROTECT_TEST_SECRET"]
    store = RememberingSecretStore(DictSecretStore())
    store.set("reprotect-gui/azure-client-secret", "tenant/app", secret)
    # What an SDK's debug log would show if it were careless.
    logging.getLogger("azure.identity").debug("token request with client_secret=%s", secret)
    return secret


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["submit", "resume"])
    parser.add_argument("--speed", type=float, default=4.0)
    parser.add_argument("--scenario", type=Path)
    args = parser.parse_args()
    install_log_scrubbing()
    logging.basicConfig(filename=os.environ["REPROTECT_TEST_LOG"], level=logging.DEBUG, force=True)
    driver = Driver()
    plant_credentials()
    data_dir = default_data_dir()
    wizard = driver.launch(load_scenario(args.scenario), speed=args.speed, latency_s=0.02, data_dir=data_dir)
    if args.mode == "submit":
        journal = JobJournal(data_dir)
        go_to_review(driver, wizard, vm="web-01")
        accept_warnings(wizard)
        click(wizard, COMMIT)
        driver.waitUntil(lambda: bool(journal.pending()), timeout=10000)
        print("JOURNALED", journal.pending()[0].job_id, flush=True)
        return driver.app.exec()  # following the job, until the test kills us
    offered = []
    window = offer_resume_at_start(wizard, ask=lambda jobs: offered.extend(jobs) or FOLLOW)
    if window is None:
        print(json.dumps({"offered": []}), flush=True)
        return 3
    driver.waitUntil(lambda: window.recorded >= window.entries.keys(), timeout=60000)
    jobs = window.monitor.jobs
    print(
        json.dumps(
            {
                "offered": [j.job_id for j in offered],
                "ended": {job_id: job.state.value for job_id, job in jobs.items()},
                "tasks": {job_id: [t.state.value for t in job.tasks] for job_id, job in jobs.items()},
            }
        ),
        flush=True,
    )
    wizard.session.runner.shutdown(2000)
    return 0


if __name__ == "__main__":
    sys.exit(main())
