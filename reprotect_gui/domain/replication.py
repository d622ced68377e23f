"""What a replicated item says about its replication back to on-premises, after a reprotect.

Read by the job pane once a reprotect job succeeded (section H of the failback catalog,
RDY-01 … RDY-14); the readiness checks (domain/checks/readiness.py) turn it into verdicts. The
fields are those of `InMageReplicationDetails` (classic, Azure → VMware) and
`InMageRcmFailbackReplicationDetails` (modernized); a field ASR does not report stays None and
the check that needs it says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

CLASSIC_REVERSE = "InMage"
MODERNIZED_REVERSE = "InMageRcmFailback"
FORWARD_PROVIDERS = ("InMageAzureV2", "InMageRcm")
IDLE_SCENARIO = "None"


@dataclass(frozen=True, slots=True)
class HealthError:
    """One `healthErrors[]` (or classic `validationErrors[]`) entry, as ASR gives it (RDY-04)."""

    code: str
    message: str
    possible_causes: str = ""
    recommended_action: str = ""
    at: datetime | None = None
    validation: bool = False  # classic validationErrors[] rather than healthErrors[]


@dataclass(frozen=True, slots=True)
class DiskProgress:
    """Initial replication / resync of one protected disk (RDY-05, RDY-08)."""

    name: str
    percent: float | None  # initial replication (or resync) progress; None = not reported
    complete: bool | None = None  # modernized isInitialReplicationComplete
    health: str = ""  # progressHealth: None | InProgress | SlowProgress | NoProgress | Queued
    resync_required: bool = False


@dataclass(frozen=True, slots=True)
class ReplicationStatus:
    """One item's replication state, as read at `read_at`."""

    item_id: str
    name: str
    provider: str  # providerSpecificDetails.instanceType
    protection_state: str
    replication_health: str  # None | Normal | Warning | Critical
    read_at: datetime
    scenario: str = IDLE_SCENARIO  # currentScenario.scenarioName
    scenario_job_id: str = ""
    health_errors: tuple[HealthError, ...] = ()
    initial_replication_percent: float | None = None
    progress_health: str = ""  # SlowProgress / NoProgress warn (RDY-05)
    disks: tuple[DiskProgress, ...] = ()
    resync_required: bool = False
    resync_state: str = ""  # modernized: None | PreparedForResynchronization | StartedResynchronization
    resync_percent: float | None = None
    rpo_s: float | None = None  # classic only (RDY-07)
    rpo_calculated_at: datetime | None = None
    last_heartbeat: datetime | None = None  # classic lastHeartbeat, modernized mobility agent heartbeat
    latest_recovery_point: datetime | None = None  # RDY-06; None = none yet (or not read)
    recovery_point_type: str = ""
    recovery_points_read: bool = False
    compressed_mb_s: float | None = None  # classic throughput (RDY-09)
    uncompressed_mb_s: float | None = None
    appliance_name: str = ""  # modernized reprotect agent (RDY-03, RDY-10)
    appliance_health: str = ""
    agent_registered_after_failover: bool | None = None
    target_power_status: str = ""  # modernized discoveredVmDetails.powerStatus (RDY-12)
    target_deleted: bool | None = None

    @property
    def modernized(self) -> bool:
        return self.provider in (MODERNIZED_REVERSE, "InMageRcm")

    @property
    def replicating_back(self) -> bool:
        return self.provider in (CLASSIC_REVERSE, MODERNIZED_REVERSE)


@dataclass(frozen=True, slots=True)
class ReadinessPolicy:
    """The numbers readiness is judged by: the failback policy's RPO threshold (the portal's default when the
    policy can't be read)."""

    rpo_threshold_min: float = 15.0

    @property
    def rpo_threshold_s(self) -> float:
        return self.rpo_threshold_min * 60.0
