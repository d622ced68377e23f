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
from reprotect_gui.domain.messages import t
from reprotect_gui.domain.models import ConfigurationServer, MasterTarget, OsType, RetentionVolume
from reprotect_gui.domain.verdicts import Status, Verdict

DEFAULT_RETENTION = {OsType.WINDOWS: "R:", OsType.LINUX: "/mnt/retention/"}
FAT_FILE_SYSTEMS = frozenset({"FAT", "FAT32"})
NEW_DRIVE_DISCOVERY = timedelta(minutes=15)  # RET-07: a newly added drive appears in ASR within this
NEW_DRIVE_TEXT = t(
    "a newly added drive can take up to {minutes} minutes to appear", minutes=whole_minutes(NEW_DRIVE_DISCOVERY)
)


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
            t("used for another purpose (e.g. a replication target)"),
            t("used for another purpose = {used_for_other_purpose}", used_for_other_purpose=vol.used_for_other_purpose),
        ),
        ("RET-02", vol.locked, t("the volume is locked"), t("locked = {locked}", locked=vol.locked)),
        (
            "RET-03",
            vol.is_cache_volume,
            t("cache volume: the master target or process server is installed on it"),
            t("cache volume = {is_cache_volume}", is_cache_volume=vol.is_cache_volume),
        ),
        (
            "RET-04",
            vol.file_system.upper() in FAT_FILE_SYSTEMS,
            t("{file_system} file system", file_system=vol.file_system),
            t("file system {file_system}", file_system=vol.file_system),
        ),
        (
            "RET-05",
            vol.capacity_bytes <= 0,
            t("zero capacity"),
            t("capacity {capacity_bytes} bytes", capacity_bytes=vol.capacity_bytes),
        ),
    )
    out = []
    for check_id, broken, reason, fact in rules:
        evidence = (t("{volume}: {fact}", volume=vol.name, fact=fact),)
        if broken:
            out.append(
                verdict(
                    check_id,
                    Status.BLOCK,
                    t("Not a valid retention drive: {reason}.", reason=reason),
                    evidence,
                    subject=subject,
                )
            )
        else:
            out.append(verdict(check_id, Status.PASS, t("Fine as a retention drive."), evidence, subject=subject))
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
        t(
            "{vol}: {used}% used {value} threshold {threshold_percent}% ({value2} of {value3} GiB free)",
            vol=vol.name,
            used=f"{used:.0f}",
            value=">=" if over else "<",
            threshold_percent=vol.threshold_percent,
            value2=f"{vol.free_bytes / 2**30:.0f}",
            value3=f"{vol.capacity_bytes / 2**30:.0f}",
        ),
    )
    if over:
        return verdict(
            "RET-08", Status.WARN, t("Free space is below the volume's threshold."), evidence, subject=subject
        )
    return verdict("RET-08", Status.PASS, t("Free space is within the volume's threshold."), evidence, subject=subject)


def default_volume_name(mt: MasterTarget) -> str:
    return DEFAULT_RETENTION[mt.os_type]


def ret06(mt: MasterTarget, chosen: str, subject: str = "") -> Verdict:
    default = default_volume_name(mt)
    evidence = (
        t(
            "{mt} ({os_type}): default {default}, chosen {value}",
            mt=mt.name,
            os_type=mt.os_type,
            default=default,
            value=chosen or t("none"),
        ),
    )
    if _same_volume(chosen, default):
        return verdict(
            "RET-06",
            Status.PASS,
            t("The default retention drive {default} is used.", default=default),
            evidence,
            subject=subject or mt.name,
        )
    listed = find_volume(mt, default) is not None
    note = t("is available") if listed else t("is not listed on this master target")
    return verdict(
        "RET-06",
        Status.INFO,
        t("Not the default retention drive; {default} {note}.", default=default, note=note),
        evidence,
        subject=subject or mt.name,
    )


def refresh_text(cs: ConfigurationServer | None, now: datetime) -> str:
    if cs is None:
        return t("configuration server not known")
    if cs.last_refreshed is None:
        return t("{cs}: last refresh not reported", cs=cs.name)
    minutes = int((now - cs.last_refreshed).total_seconds() // 60)
    return t("{cs}: last refreshed {minutes} min ago", cs=cs.name, minutes=minutes)


def ret07(mt: MasterTarget, chosen: str, cs: ConfigurationServer | None, now: datetime, subject: str) -> Verdict:
    listed = ", ".join(v.name for v in mt.retention_volumes) or t("none")
    evidence = (t("{mt}: retention volumes {listed}", mt=mt.name, listed=listed), refresh_text(cs, now))
    if find_volume(mt, chosen) is None:
        return verdict(
            "RET-07",
            Status.BLOCK,
            t(
                "ASR does not list {value} on {mt}; {why}.",
                value=chosen or t("a retention drive"),
                mt=mt.name,
                why=NEW_DRIVE_TEXT,
            ),
            evidence,
            subject=subject,
        )
    return verdict(
        "RET-07", Status.PASS, t("ASR lists {chosen} on {mt}.", chosen=chosen, mt=mt.name), evidence, subject=subject
    )


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
