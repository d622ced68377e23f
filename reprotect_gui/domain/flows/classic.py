"""The classic flow: InMageAzureV2 forward, InMage reverse — master target, process server, retention drive."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reprotect_gui.domain.flows.base import FailbackPolicyRef, Flow, Placement
from reprotect_gui.domain.messages import t
from reprotect_gui.domain.models import ClassicTarget, FailbackPolicy, ReplicationFlow, ReprotectRequest

if TYPE_CHECKING:
    from reprotect_gui.domain.models import RecoverySite
    from reprotect_gui.domain.selection import Selection


class ClassicFlow(Flow):
    key = ReplicationFlow.CLASSIC
    providers = frozenset({"InMageAzureV2", "InMage"})
    target_type = ClassicTarget
    chooses_disks = True
    placement = Placement.MASTER_TARGET_HOST

    def policy(self, site: RecoverySite) -> FailbackPolicy | None:
        return site.failback_policy  # INF-02

    def missing(self, selection: Selection) -> list[str]:
        out: list[str] = []
        if not selection.master_target_id:
            out.append(t("a master target"))
        if not selection.process_server_id:
            out.append(t("a process server"))
        for item in selection.items:
            c = selection.choices_for(item.item_id)
            if not c.datastore_name:
                out.append(t("a datastore for {item}", item=item.name))
            if not c.retention_drive:
                out.append(t("a retention drive for {item}", item=item.name))
        return out

    def build_requests(self, selection: Selection, policy: FailbackPolicyRef | None) -> tuple[ReprotectRequest, ...]:
        if not isinstance(policy, FailbackPolicy):
            raise ValueError(t("still to choose: a classic failback policy (INF-02)"))
        assert selection.master_target_id and selection.process_server_id
        out = []
        for item in selection.items:
            c = selection.choices_for(item.item_id)
            assert c.datastore_name and c.retention_drive
            out.append(
                ReprotectRequest(
                    item_id=item.item_id,
                    item_name=item.name,
                    target=ClassicTarget(
                        master_target_id=selection.master_target_id,
                        process_server_id=selection.process_server_id,
                        retention_drive=c.retention_drive,
                        run_as_account_id=selection.run_as_account_id,
                    ),
                    datastore_name=c.datastore_name,
                    policy_id=policy.policy_id,
                    disks_to_include=c.disks_to_include,
                )
            )
        return tuple(out)


CLASSIC = ClassicFlow()
