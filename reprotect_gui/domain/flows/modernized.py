"""The modernized flow (section G): InMageRcm forward, InMageRcmFailback reverse — replication
appliance and log storage account."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reprotect_gui.domain.flows.base import FailbackPolicyRef, Flow, Placement
from reprotect_gui.domain.messages import t
from reprotect_gui.domain.models import ModernizedFailbackPolicy, ModernizedTarget, ReplicationFlow, ReprotectRequest

if TYPE_CHECKING:
    from reprotect_gui.domain.models import RecoverySite
    from reprotect_gui.domain.selection import Selection


class ModernizedFlow(Flow):
    key = ReplicationFlow.MODERNIZED
    providers = frozenset({"InMageRcm", "InMageRcmFailback"})
    target_type = ModernizedTarget
    chooses_disks = False  # InMageRcmReprotectInput has no disk choice: the disks replicated to Azure come back
    placement = Placement.APPLIANCE

    def policy(self, site: RecoverySite) -> ModernizedFailbackPolicy | None:
        return site.modernized_policy

    def missing(self, selection: Selection) -> list[str]:
        out: list[str] = []
        if not selection.appliance_id:
            out.append(t("a replication appliance"))
        for item in selection.items:
            if not selection.choices_for(item.item_id).datastore_name:
                out.append(t("a datastore for {item}", item=item.name))
        if not selection.log_storage_account_id:
            out.append(t("a log storage account"))
        return out

    def build_requests(self, selection: Selection, policy: FailbackPolicyRef | None) -> tuple[ReprotectRequest, ...]:
        assert selection.appliance_id and selection.log_storage_account_id
        target = ModernizedTarget(selection.appliance_id, selection.log_storage_account_id)
        out = []
        for item in selection.items:
            datastore = selection.choices_for(item.item_id).datastore_name
            assert datastore
            out.append(
                ReprotectRequest(
                    item_id=item.item_id,
                    item_name=item.name,
                    target=target,
                    datastore_name=datastore,
                    policy_id=policy.policy_id if policy is not None else "",
                    disks_to_include=(),
                )
            )
        return tuple(out)


MODERNIZED = ModernizedFlow()
