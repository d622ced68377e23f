"""Section G (RCM-*): one row per catalog ID — pass, fail, and unknown where a fact can be missing.

The world is `rcm_builders.RcmWorld`: a modernized item going back through a replication
appliance. The last tests prove the two flows keep to their own rules.
"""

from __future__ import annotations

import pytest
from builders import Case, preflight, unchanged
from rcm_builders import OTHER_ACCOUNT, RcmWorld, appliance, assert_rcm_outcome, rcm_item, rcm_preflight

from reprotect_gui.domain.checks.facts import Presence, VmLookup
from reprotect_gui.domain.checks.modernized import Location, automatic_datastore, recovery_location
from reprotect_gui.domain.models import OsType
from reprotect_gui.domain.verdicts import Status

B, W, I, P = Status.BLOCK, Status.WARN, Status.INFO, Status.PASS


def _gone_onto_unwritable(w: RcmWorld) -> None:
    w.gone(datastore="ds-vmfs-02")
    w.datastore(1, accessible=False)


CASES = [
    Case(
        "RCM-01",
        unchanged,
        P,
        "appliance-01: health Normal, last heartbeat 1 min ago",
        lambda w: w.appliance(health="Critical"),
        B,
        "appliance-01: health Critical",
    ),
    Case(
        "RCM-01",
        unchanged,
        P,
        "last heartbeat 1 min ago",
        lambda w: w.appliance(last_heartbeat=None),
        B,
        "no heartbeat reported",
        label="silent",
    ),
    Case(
        "RCM-01",
        unchanged,
        P,
        "health Normal",
        lambda w: w.appliance(health="Warning", health_errors=("Disk space low",)),
        W,
        "appliance-01: Disk space low",
        label="warning",
    ),
    Case(
        "RCM-01",
        unchanged,
        P,
        "health Normal",
        lambda w: w.set(appliance_id="agent-ghost"),
        B,
        "appliance id agent-ghost",
        label="not-in-vault",
    ),
    Case(
        "RCM-02",
        unchanged,
        P,
        "appliance-01 reaches: ds-vmfs-01, ds-vmfs-02",
        lambda w: w.appliance(datastores=("ds-vmfs-02",)),
        B,
        "intranet-01: disks on ds-vmfs-01",
        unknown=lambda w: (w.no_vcenter(), w.rcm(source_datastores=())),
        unknown_evidence="disks on none",
    ),
    Case(
        "RCM-02",
        unchanged,
        P,
        "intranet-01: disks on ds-vmfs-01",
        lambda w: w.datastore(0, in_storage_drs=True),
        W,
        "in a Storage DRS cluster: ds-vmfs-01",
        label="storage-drs",
    ),
    Case(
        "RCM-02",
        unchanged,
        P,
        "exists on-premises",
        lambda w: (w.no_vcenter(), w.appliance(datastores=("ds-vmfs-02",))),
        B,
        "ASR's discovery says the on-premises VM is still present",
        label="asr-evidence",
    ),
    Case(
        "RCM-03",
        unchanged,
        I,
        "intranet-01: exists on-premises as intranet-01 (vCenter)",
        lambda w: w.gone(datastore="ds-elsewhere"),
        B,
        "datastore named: ds-elsewhere",
        unknown=lambda w: (w.no_vcenter(), w.rcm(source_vm_deleted=None)),
        unknown_evidence="vCenter was not read",
    ),
    Case(
        "RCM-03",
        lambda w: w.gone(),
        I,
        "on-premises VM intranet-01 is not in vCenter vc-01.lab",
        _gone_onto_unwritable,
        B,
        "ds-vmfs-02 accessible = False",
        label="alternate",
    ),
    Case(
        "RCM-03",
        unchanged,
        I,
        "datastore named: ds-vmfs-01",
        lambda w: w.set(datastore_name="ds-vmfs-02"),
        B,
        "intranet-01: disks on ds-vmfs-01",
        label="not-own",
    ),
    Case(
        "RCM-04",
        unchanged,
        P,
        "appliance-01: 10 disk(s) in use + 2 = 12 / 60",
        lambda w: w.appliance(disks_in_use=59),
        B,
        "appliance-01: 59 disk(s) in use + 2 = 61 / 60",
    ),
    Case(
        "RCM-05",
        unchanged,
        I,
        "log storage account logsdr01: used by intranet-01",
        lambda w: w.set(log_account=""),
        B,
        "intranet-01: log storage account not chosen",
    ),
    Case(
        "RCM-06",
        lambda w: w.item(os_type=OsType.WINDOWS, os_version="Windows Server 2019"),
        I,
        "intranet-01: Windows (Windows Server 2019)",
        unchanged,
        I,
        "intranet-01: Linux (Ubuntu 22.04)",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_passing_world(case: Case) -> None:
    assert_rcm_outcome(case.ok, case.check_id, case.ok_status, case.ok_evidence)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_failing_world(case: Case) -> None:
    assert_rcm_outcome(case.bad, case.check_id, case.bad_status, case.bad_evidence)


@pytest.mark.parametrize("case", [c for c in CASES if c.unknown], ids=str)
def test_missing_fact_is_unknown(case: Case) -> None:
    assert case.unknown is not None
    assert_rcm_outcome(case.unknown, case.check_id, Status.UNKNOWN, case.unknown_evidence)


# --- details the table does not show ---------------------------------------------------------------


def test_rcm04_counts_every_vm_going_to_the_appliance() -> None:
    def two_vms(w: RcmWorld) -> None:
        w.add_item(rcm_item("wiki-01"))
        w.appliance(disks_in_use=57)

    v = assert_rcm_outcome(two_vms, "RCM-04", B, "57 disk(s) in use + 4 = 61 / 60")
    assert v is not None and "wiki-01: 2 replicated disk(s)" in v.evidence


def test_rcm05_says_when_the_account_is_chosen_rather_than_reused() -> None:
    v = assert_rcm_outcome(
        lambda w: w.set(log_account=OTHER_ACCOUNT),
        "RCM-05",
        I,
        "log storage account logsdr02: used by no replication in this vault yet",
    )
    assert v is not None and "chosen here" in v.finding


def test_location_follows_vcenter_first_then_asr() -> None:
    it = rcm_item()
    assert recovery_location(it, VmLookup(Presence.ABSENT, why="gone"))[0] is Location.ALTERNATE
    assert recovery_location(it, VmLookup(Presence.UNKNOWN, why="not read"))[0] is Location.ORIGINAL  # ASR: present
    unknown = rcm_item(rcm=None)
    assert recovery_location(unknown, VmLookup(Presence.UNKNOWN, why="not read"))[0] is Location.UNKNOWN


def test_the_automatic_datastore_is_the_vms_own_that_the_appliance_reaches() -> None:
    it = rcm_item()
    lookup = VmLookup(Presence.UNKNOWN, why="not read")
    assert automatic_datastore(appliance(), it, lookup) == "ds-vmfs-01"
    assert automatic_datastore(appliance(datastores=("ds-vmfs-02",)), it, lookup) is None


# --- the flows keep to their own rules -----------------------------------------------------------


def test_classic_rules_stay_silent_for_a_modernized_request() -> None:
    said = {v.check_id.split("-")[0] for v in rcm_preflight(unchanged)}
    assert said == {"ELIG", "RCM"}, said


def test_modernized_rules_stay_silent_for_a_classic_request() -> None:
    assert not [v for v in preflight(unchanged) if v.check_id.startswith("RCM-")]


def test_a_classic_request_for_a_modernized_item_is_refused_elig08() -> None:
    from builders import assert_outcome

    assert_outcome(lambda w: w.item(provider="InMageRcm"), "ELIG-08", B, "request: classic flow")


def test_a_modernized_request_passes_elig08() -> None:
    assert_rcm_outcome(unchanged, "ELIG-08", P, "provider InMageRcm → modernized flow")
