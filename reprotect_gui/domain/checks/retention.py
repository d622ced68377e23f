"""Section E: the retention drive on the master target (RET-01 … RET-08).

ASR lists only the volumes it considers eligible, so RET-01…05 mostly explain a short or empty
list; when a volume it lists still breaks one (or the request names a volume it doesn't list),
the preflight blocks.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

from reprotect_gui.domain.checks.facts import Facts, RequestFacts, whole_minutes
from reprotect_gui.domain.checks.registry import per_request
from reprotect_gui.domain.checks.remediation import verdict
from reprotect_gui.domain.models import ConfigurationServer, MasterTarget, OsType, RetentionVolume
from reprotect_gui.domain.verdicts import Status, Verdict

DEFAULT_RETENTION = {OsType.WINDOWS: "R:", OsType.LINUX: "/mnt/retention/"}
FAT_FILE_SYSTEMS = frozenset({"FAT", "FAT32"})
NEW_DRIVE_DISCOVERY = timedelta(minutes=15)  # RET-07: a newly added drive appears in ASR within this
NEW_DRIVE_TEXT = f"a newly added drive can take up to {whole_minutes(NEW_DRIVE_DISCOVERY)} minutes to appear"


def _same_volume(a: str, b: str) -> bool:
    return a.rstrip("/\\").lower() == b.rstrip("/\\").lower()


def find_volume(mt: MasterTarget, name: str) -> RetentionVolume | None:
    return next((v for v in mt.retention_volumes if _same_volume(v.name, name)), None)


def volume_verdicts(vol: RetentionVolume, subject: str = "") -> tuple[Verdict, ...]:
    """RET-01 … RET-05 and RET-08 for one volume: block when it breaks a rule, else pass."""
    subject = subject or vol.name
    rules = (
        (
            "RET-01",
            vol.used_for_other_purpose,
            "used for another purpose (e.g. a replication target)",
            f"used for another purpose = {vol.used_for_other_purpose}",
        ),
        ("RET-02", vol.locked, "the volume is locked", f"locked = {vol.locked}"),
        (
            "RET-03",
            vol.is_cache_volume,
            "cache volume: the master target or process server is installed on it",
            f"cache volume = {vol.is_cache_volume}",
        ),
        (
            "RET-04",
            vol.file_system.upper() in FAT_FILE_SYSTEMS,
            f"{vol.file_system} file system",
            f"file system {vol.file_system}",
        ),
        ("RET-05", vol.capacity_bytes <= 0, "zero capacity", f"capacity {vol.capacity_bytes} bytes"),
    )
    out = []
    for check_id, broken, reason, fact in rules:
        evidence = (f"{vol.name}: {fact}",)
        if broken:
            out.append(
                verdict(check_id, Status.BLOCK, f"Not a valid retention drive: {reason}.", evidence, subject=subject)
            )
        else:
            out.append(verdict(check_id, Status.PASS, "Fine as a retention drive.", evidence, subject=subject))
    out.append(ret08(vol, subject))
    return tuple(out)


def used_percent(vol: RetentionVolume) -> float:
    return 100.0 * (vol.capacity_bytes - vol.free_bytes) / vol.capacity_bytes if vol.capacity_bytes > 0 else 0.0


def ret08(vol: RetentionVolume, subject: str = "") -> Verdict:
    """ASR's thresholdPercentage is the usage at which the volume counts as full (its free
    space is then "below the threshold"): 40 GB free of 512 with threshold 80 % → 92 % used."""
    subject = subject or vol.name
    used = used_percent(vol)
    over = vol.capacity_bytes > 0 and used >= vol.threshold_percent
    evidence = (
        f"{vol.name}: {used:.0f}% used {'>=' if over else '<'} threshold {vol.threshold_percent}% "
        f"({vol.free_bytes / 2**30:.0f} of {vol.capacity_bytes / 2**30:.0f} GiB free)",
    )
    if over:
        return verdict("RET-08", Status.WARN, "Free space is below the volume's threshold.", evidence, subject=subject)
    return verdict("RET-08", Status.PASS, "Free space is within the volume's threshold.", evidence, subject=subject)


def default_volume_name(mt: MasterTarget) -> str:
    return DEFAULT_RETENTION[mt.os_type]


def ret06(mt: MasterTarget, chosen: str, subject: str = "") -> Verdict:
    default = default_volume_name(mt)
    evidence = (f"{mt.name} ({mt.os_type}): default {default}, chosen {chosen or 'none'}",)
    if _same_volume(chosen, default):
        return verdict(
            "RET-06",
            Status.PASS,
            f"The default retention drive {default} is used.",
            evidence,
            subject=subject or mt.name,
        )
    listed = find_volume(mt, default) is not None
    note = "is available" if listed else "is not listed on this master target"
    return verdict(
        "RET-06",
        Status.INFO,
        f"Not the default retention drive; {default} {note}.",
        evidence,
        subject=subject or mt.name,
    )


def refresh_text(cs: ConfigurationServer | None, now: datetime) -> str:
    if cs is None:
        return "configuration server not known"
    if cs.last_refreshed is None:
        return f"{cs.name}: last refresh not reported"
    minutes = int((now - cs.last_refreshed).total_seconds() // 60)
    return f"{cs.name}: last refreshed {minutes} min ago"


def ret07(mt: MasterTarget, chosen: str, cs: ConfigurationServer | None, now: datetime, subject: str) -> Verdict:
    listed = ", ".join(v.name for v in mt.retention_volumes) or "none"
    evidence = (f"{mt.name}: retention volumes {listed}", refresh_text(cs, now))
    if find_volume(mt, chosen) is None:
        return verdict(
            "RET-07",
            Status.BLOCK,
            f"ASR does not list {chosen or 'a retention drive'} on {mt.name}; {NEW_DRIVE_TEXT}.",
            evidence,
            subject=subject,
        )
    return verdict("RET-07", Status.PASS, f"ASR lists {chosen} on {mt.name}.", evidence, subject=subject)


@per_request("RET-01", "RET-02", "RET-03", "RET-04", "RET-05", "RET-06", "RET-07", "RET-08")
def check_retention(f: Facts, rf: RequestFacts) -> Iterator[Verdict]:
    if rf.mt is None:
        return
    chosen = rf.classic_target.retention_drive
    cs = f.configuration_server_for(rf.item) if rf.item else None
    subject = f"{rf.mt.name} {chosen}"
    yield ret07(rf.mt, chosen, cs, f.now, subject)
    vol = find_volume(rf.mt, chosen)
    if vol is not None:
        yield from volume_verdicts(vol, subject)
    yield ret06(rf.mt, chosen, subject)
