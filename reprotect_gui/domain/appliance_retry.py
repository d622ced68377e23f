"""RCM-01: a failed modernized reprotect can be retried on another healthy replication appliance.

The job pane asks `retry_on_another_appliance(site, failed_request, now)` when a modernized job
ends Failed: it lists the other appliances (the unusable ones with their reason) and builds the
new request for the one the operator picks. Pure: the caller submits the request as usual.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from reprotect_gui.domain.checks.modernized import rcm01, rcm04
from reprotect_gui.domain.checks.remediation import verdict
from reprotect_gui.domain.choices import choice_from_verdicts
from reprotect_gui.domain.messages import t
from reprotect_gui.domain.models import (
    Choice,
    ModernizedTarget,
    RecoverySite,
    ReplicationAppliance,
    ReprotectRequest,
)
from reprotect_gui.domain.verdicts import Status, Verdict


@dataclass(frozen=True, slots=True)
class RetryOffer:
    """The other appliances for a failed request, and how to build the retry."""

    failed: ReprotectRequest
    failed_on: str  # the appliance's name (or id when the vault no longer lists it)
    alternatives: tuple[Choice[ReplicationAppliance], ...]

    @property
    def possible(self) -> bool:
        return any(c.selectable for c in self.alternatives)

    def healthy(self) -> list[ReplicationAppliance]:
        return [c.value for c in self.alternatives if c.selectable]

    def request_for(self, appliance_id: str) -> ReprotectRequest:
        """The same request (datastore, log storage account, policy) through another appliance."""
        chosen = next((c for c in self.alternatives if c.value.appliance_id == appliance_id), None)
        if chosen is None or not chosen.selectable:
            why = chosen.reason_text if chosen is not None else t("it is not one of the appliances offered")
            raise ValueError(t("can't retry on {appliance_id}: {why}", appliance_id=appliance_id, why=why))
        match self.failed.target:
            case ModernizedTarget() as target:
                return replace(self.failed, target=replace(target, reprotect_agent_id=appliance_id))
            case _:  # retry_on_another_appliance offers modernized requests only
                raise ValueError(
                    t(
                        "{item_name}: only a modernized reprotect has another appliance",
                        item_name=self.failed.item_name,
                    )
                )


def _reaches(appliance: ReplicationAppliance, datastore: str) -> Verdict:
    """The retry keeps the datastore: the other appliance must read and write it (RCM-02/RCM-03)."""
    evidence = (
        t("{appliance} reaches: {value}", appliance=appliance.name, value=", ".join(appliance.datastores) or t("none")),
    )
    if datastore and not any(d.lower() == datastore.lower() for d in appliance.datastores):
        return verdict(
            "RCM-02",
            Status.BLOCK,
            t("{appliance} can't reach datastore {datastore}.", appliance=appliance.name, datastore=datastore),
            evidence,
            subject=appliance.name,
        )
    return verdict(
        "RCM-02",
        Status.PASS,
        t("{appliance} reaches {datastore}.", appliance=appliance.name, datastore=datastore),
        evidence,
        subject=appliance.name,
    )


def retry_on_another_appliance(site: RecoverySite, failed: ReprotectRequest, now: datetime) -> RetryOffer:
    """Every appliance but the one that failed; selectable when healthy, with room, and reaching the datastore."""
    match failed.target:
        case ModernizedTarget() as target:
            pass
        case _:
            raise ValueError(
                t(
                    "{item_name}: only a modernized reprotect can be retried on another appliance",
                    item_name=failed.item_name,
                )
            )
    failed_id = target.reprotect_agent_id.lower()
    items = [i for i in site.items if i.item_id == failed.item_id]
    others = sorted((a for a in site.appliances if a.appliance_id.lower() != failed_id), key=lambda a: a.name.lower())
    alternatives = tuple(
        choice_from_verdicts(a, (rcm01(a, now), rcm04(a, items), _reaches(a, failed.datastore_name))) for a in others
    )
    failed_on = next(
        (a.name for a in site.appliances if a.appliance_id.lower() == failed_id), target.reprotect_agent_id
    )
    return RetryOffer(failed, failed_on, tuple(sorted(alternatives, key=lambda c: not c.selectable)))
