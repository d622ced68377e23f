"""The failback journey in Japanese (issue 18, with issue 14's rules): every page of each step — the failback
options, the review, the confirmation, the job page, the on-premises check, the commit, protect to Azure — and
the select page's "Continue failback…" in a later session, read like test_i18n_walk.py reads the reprotect's
routes (the same allow-list). The error paths too: a refusal (FB-14), vCenter not connected (FB-13), a lost
answer whose job started, and a failed read — each sentence comes from the services as a Text and is shown
translated."""

from __future__ import annotations

import pytest

import tests.ui.test_i18n_walk as i18n_walk
from reprotect_gui.domain.errors import ConnectionFailed, SubmitRefused
from reprotect_gui.domain.flows.journey import JourneyStep
from reprotect_gui.domain.messages import t
from tests.ui.journey_double import install
from tests.ui.test_i18n_walk import Reader, assert_no_english, recorded, walk_classic
from tests.ui.test_journey_continue import close, focus, new_session
from tests.ui.test_journey_cycle import LONG, acknowledge, readiness
from tests.ui.test_journey_traps import start
from tests.ui.walk import COMMIT, accept_warnings, click

JA_READY = "フェールバックの準備完了"
japanese = i18n_walk.japanese  # the same fixtures as the reprotect's walk: Japanese installed, every text read
reader_for = i18n_walk.reader_for
# The allow-list's own categories, for the journey: the API values the pages name beside their Japanese words
# (FB-02's direction, FB-03's recovery point, FB-01's operation) and one more abbreviation (CMT-07).
API_VALUES = (
    "PrimaryToRecovery",
    "RecoveryToPrimary",
    "LatestTime",
    "LatestTag",
    "UnplannedFailover",
    "NSG",
    "vMotion",
)


@pytest.fixture(autouse=True)
def journey_names(monkeypatch):
    """Names of the journey's objects are names too: the policies it offers and its jobs' ids."""
    original = i18n_walk.estate_names

    def names(wizard):
        out = set(original(wizard)) | set(API_VALUES)
        journey = wizard.session.journey
        for policy in getattr(getattr(journey, "_scenario", None), "journey_policies", ()) or ():
            out.add(getattr(policy, "name", ""))
        page = getattr(wizard, "reverse_page", None)
        if page is not None:
            out |= {p.name for c in page.choices for p in c.policies}
        job = getattr(wizard, "journey_job_page", None)
        if job is not None and job.monitor is not None:
            out |= set(job.monitor.job_ids())
        return out - {""}

    monkeypatch.setattr(i18n_walk, "estate_names", names)


def read_step(qtbot, wizard, reader: Reader, route: str) -> None:
    """The step's review read, warnings accepted, the confirmation read (reader_for's confirm), submitted."""
    acknowledge(qtbot, wizard)
    reader.page(route + " review")
    click(wizard, COMMIT)
    reader.page(route + " job (submitted)")


def test_the_journey_of_a_classic_vm_speaks_japanese_in_a_later_session(
    qtbot, make_wizard, japanese, reader_for, tmp_path
):
    first = make_wizard()
    walk = reader_for(first)
    walk_classic(qtbot, first, walk, "reprotect", vm="app-lnx-01")
    accept_warnings(first)
    click(first, COMMIT)
    monitor = readiness(qtbot, first, 1)
    row = monitor.readiness_tree.topLevelItem(0)
    qtbot.waitUntil(lambda: row.text(1).startswith(JA_READY), timeout=LONG)
    close(first)

    wizard = recorded(new_session(qtbot, first), tmp_path)
    reader = reader_for(wizard)
    page = focus(qtbot, wizard, "app-lnx-01", JourneyStep.FAILBACK)
    reader.page("continue (select page)")
    assert "フェールバック" in page.journey_note.text()
    page.continue_buttons[JourneyStep.FAILBACK].click()
    reader.page("failback options")  # FB-01, FB-03, FB-05
    wizard.failback_page.downtime.setChecked(True)
    click(wizard)
    read_step(qtbot, wizard, reader, "failback")
    job = wizard.journey_job_page
    qtbot.waitUntil(lambda: JourneyStep.COMMIT in job.offered(), timeout=LONG)
    reader.page("failback job (ended)")
    job.commit_button.click()
    on_prem = wizard.on_prem_page
    qtbot.waitUntil(lambda: on_prem.facts is not None, timeout=LONG)
    reader.page("on-premises check")  # FB-13
    on_prem.app_works.setChecked(True)  # CMT-02
    click(wizard)
    read_step(qtbot, wizard, reader, "commit")  # CMT-01/05: what commit deletes, in the confirmation
    qtbot.waitUntil(lambda: JourneyStep.REPROTECT_TO_AZURE in job.offered(), timeout=LONG)
    reader.page("commit job (ended)")
    job.reverse_button.click()
    qtbot.waitUntil(wizard.reverse_page.isComplete, timeout=LONG)
    reader.page("protect to Azure")  # REV-03
    click(wizard)
    read_step(qtbot, wizard, reader, "protect to Azure")
    qtbot.waitUntil(lambda: job.position is not None and not job.offered() and job.read_again.isEnabled(), timeout=LONG)
    reader.page("journey (ended)")
    confirmations = [text for where, text in reader.boxes if where == "confirm"][1:]  # after the reprotect's
    assert len(confirmations) == 3 and "削除" in confirmations[1]  # each step's question; commit deletes (CMT-01)
    assert_no_english(walk)
    assert_no_english(reader)


def test_the_journeys_error_paths_speak_japanese(qtbot, make_wizard, japanese, reader_for, monkeypatch):
    """A refusal (SubmitRefused with a t() sentence), vCenter not connected (FB-13 unknown), a lost answer
    whose job started (FB-14: followed, never sent again) and a failed read: each in Japanese."""
    wizard = make_wizard()
    double = install(wizard)
    send = double.submit_failback
    reader = reader_for(wizard)

    # vCenter not connected: the commit's on-premises facts are unknown, said in Japanese (FB-13).
    wizard.session.vcenter = None
    start(wizard, "app-lnx-01", JourneyStep.COMMIT)
    on_prem = wizard.on_prem_page
    qtbot.waitUntil(lambda: on_prem.facts is not None, timeout=LONG)
    reader.page("vCenter not connected (on-premises check)")

    # A refusal from the service: its sentence in Japanese on the job page (not a plain English string).
    def refuse(request):  # the training vault's own refusal (training/journey.py), a t() template
        raise SubmitRefused(
            t("Another Site Recovery operation is running on {target}. Nothing was sent.", target=request.target_name),
            t("Wait for that job to end, then reload and try again."),
        )

    monkeypatch.setattr(double, "submit_failback", refuse)
    start(wizard, "app-lnx-01")
    wizard.failback_page.downtime.setChecked(True)
    click(wizard)
    read_step(qtbot, wizard, reader, "refused failback")
    job = wizard.journey_job_page
    qtbot.waitUntil(lambda: bool(job.outcomes), timeout=LONG)
    qtbot.waitUntil(lambda: job.read_again.isEnabled(), timeout=LONG)
    reader.page("refused failback (job page)")
    seen = " ".join(text for _, _, text in reader.seen)
    assert "Nothing was sent" not in seen and "Another Site Recovery operation" not in seen  # shown, translated
    assert "app-lnx-01" in seen and "送信" in seen

    # A lost answer (FB-14): the failback's job started, its answer timed out; the page finds the job on the
    # target and follows it (never sent again), in Japanese — the timeout's sentence too.

    def lost(request):
        result = send(request)
        for item_id in double._ids(request.scope, request.target_id):
            double.running[item_id] = result.job_id
        raise ConnectionFailed(
            t("{where} did not answer in time.", where="Azure"),
            t("Check the network connection (VPN, proxy, firewall), then try again."),
        )

    monkeypatch.setattr(double, "submit_failback", lost)
    start(wizard, "app-lnx-01")
    wizard.failback_page.downtime.setChecked(True)
    click(wizard)
    read_step(qtbot, wizard, reader, "lost answer")
    job = wizard.journey_job_page
    qtbot.waitUntil(lambda: JourneyStep.COMMIT in job.offered(), timeout=LONG)
    reader.page("lost answer (followed)")
    tree = job.monitor.tree
    assert any("(" in tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount()))  # followed, labelled
    assert len(double.sent) == 1 and job.monitor.job_ids() == [double.sent and "job-001"]  # sent once, followed

    # A failed read: the where-is read after a step fails with a sentence of its own.
    def unreachable(scope, target_id):
        raise ConnectionFailed(  # the ARM adapter's sentences for a timeout (asr/faults.py)
            t("{where} did not answer in time.", where="Azure"),
            t("Check the network connection (VPN, proxy, firewall), then try again."),
        )

    monkeypatch.setattr(double, "read_journey", unreachable)
    job.read_where()
    qtbot.waitUntil(lambda: job.read_again.isEnabled(), timeout=LONG)
    reader.page("failed read (job page)")
    assert "did not answer in time" not in job.where.text() and "Azure" in job.where.text()
    assert_no_english(reader)
