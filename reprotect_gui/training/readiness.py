"""How a reprotected training VM replicates back to on-premises, as time goes on (RDY-).

After its reprotect job succeeded, an item goes through initial replication (percent per disk
climbing), then gets its first recovery point and a steady RPO: then it is ready for failback.
The scenario's `job.readiness.never_healthy` items are the trap: they stay Critical with a
health error and stuck progress, so the pane must say why they are not ready — forever.
Times are in training seconds (the vault's clock factor applies).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from reprotect_gui.domain.models import Job, ProtectedItem
from reprotect_gui.domain.replication import DiskProgress, HealthError, ReplicationStatus

DEFAULT_IR_S = 90.0
DEFAULT_RECOVERY_POINT_AFTER_S = 15.0
DEFAULT_RPO_S = 240.0


@dataclass(frozen=True, slots=True)
class Trap:
    health: str
    error: HealthError
    stuck_at_percent: float


@dataclass(frozen=True)
class ReadinessScript:
    initial_replication_s: float = DEFAULT_IR_S
    recovery_point_after_s: float = DEFAULT_RECOVERY_POINT_AFTER_S
    rpo_s: float = DEFAULT_RPO_S
    traps: dict[str, Trap] = field(default_factory=dict)

    @classmethod
    def from_raw(cls, raw: dict[str, Any]) -> ReadinessScript:
        """`job.readiness` of the scenario; absent or partial values take the defaults."""
        node = (raw.get("job") or {}).get("readiness") or {}
        if not isinstance(node, dict):
            return cls()
        traps = {}
        never_healthy = node.get("never_healthy")
        for item_id, trap in (never_healthy if isinstance(never_healthy, dict) else {}).items():
            if not isinstance(trap, dict):
                continue
            raw_error = trap.get("error")
            error: dict[str, Any] = raw_error if isinstance(raw_error, dict) else {}
            traps[str(item_id)] = Trap(
                str(trap.get("health", "Critical")),
                HealthError(
                    str(error.get("code", "")),
                    str(error.get("message", "")),
                    str(error.get("possible_causes", "")),
                    str(error.get("recommended_action", "")),
                ),
                _number(trap.get("stuck_at_percent"), 37.0, upper=99.0),
            )
        return cls(
            _number(node.get("initial_replication_seconds"), DEFAULT_IR_S, lower=0.1),
            _number(node.get("recovery_point_after_seconds"), DEFAULT_RECOVERY_POINT_AFTER_S),
            _number(node.get("rpo_seconds"), DEFAULT_RPO_S),
            traps,
        )

    def status(self, item: ProtectedItem, job: Job, now: datetime, speed: float) -> ReplicationStatus:
        """The item `elapsed` training seconds after its reprotect job ended."""
        ended = job.end_time or now
        elapsed = max(0.0, (now - ended).total_seconds() * speed)
        disks = [d for d in item.disks if not d.is_azure_temporary]
        modernized = item.rcm_failback is not None or item.provider == "InMageRcmFailback"
        trap = self.traps.get(item.item_id)
        errors: tuple[HealthError, ...]
        if trap is not None:
            percent = min(trap.stuck_at_percent, 100 * elapsed / self.initial_replication_s)
            health, errors, disk_health = trap.health, (_at(trap.error, ended),), "NoProgress"
        else:
            percent = min(100.0, 100 * elapsed / self.initial_replication_s)
            health, errors, disk_health = "Normal", (), "InProgress" if percent < 100 else "None"
        complete = percent >= 100
        point_at = self.initial_replication_s + self.recovery_point_after_s
        has_point = trap is None and elapsed >= point_at
        latest = now - timedelta(seconds=min(self.rpo_s, elapsed - point_at) / speed) if has_point else None
        return ReplicationStatus(
            item_id=item.item_id,
            name=item.name,
            provider="InMageRcmFailback" if modernized else "InMage",
            protection_state="Protected",
            replication_health=health,
            read_at=now,
            health_errors=errors,
            initial_replication_percent=percent,
            progress_health=disk_health,
            disks=tuple(DiskProgress(d.name, percent, complete if modernized else None, disk_health) for d in disks),
            rpo_s=None if modernized or not complete else self.rpo_s if has_point else None,
            rpo_calculated_at=None if modernized or not complete else now,
            last_heartbeat=now - timedelta(seconds=60),
            latest_recovery_point=latest,
            recovery_point_type="CrashConsistent" if latest else "",
            recovery_points_read=True,
            compressed_mb_s=None if modernized else (0.0 if complete else 42.0),
            uncompressed_mb_s=None if modernized else (0.0 if complete else 96.0),
            appliance_name=(item.rcm_failback.reprotect_agent_name or item.rcm_failback.reprotect_agent_id)
            if item.rcm_failback
            else "",
            appliance_health="Normal" if modernized else "",
            agent_registered_after_failover=True if modernized else None,
            target_power_status="OFF" if modernized else "",
        )


def _number(value: Any, default: float, *, lower: float = 0.0, upper: float = 1e9) -> float:
    """A scenario number; anything else (text, null, NaN, out of range) takes the default."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        return default
    return float(value) if lower <= value <= upper else default


def _at(error: HealthError, when: datetime) -> HealthError:
    return HealthError(error.code, error.message, error.possible_causes, error.recommended_action, when)
