"""Reprotect (item and plan, item by item), jobs and the configuration server refresh, on the emulator."""

from __future__ import annotations

import pytest
from asr_estate import MT_LIN, MT_WIN, PROVIDER, PS_AZURE, PS_CS, fabric_id, item_id, policy_id
from asr_testkit import request_for, wait_for_final

from reprotect_gui.asr.errors import RefreshFailed, ReprotectNotAllowed, ReprotectRejected
from reprotect_gui.domain.models import REVERSE_REPLICATE, JobState


def test_item_reprotect_sends_inmage_input_once_and_tracks_the_job(emulator, adapter):
    emulator.job_step_seconds = 0.1  # slow enough to watch the tasks progress
    result = adapter.submit_reprotect(request_for("vm-app-01"))

    (post,) = emulator.reprotect_posts
    assert post.status == 202
    assert post.body == {
        "properties": {
            "failoverDirection": "RecoveryToPrimary",
            "providerSpecificDetails": {
                "masterTargetId": MT_WIN,
                "processServerId": PS_CS,
                "retentionDrive": "R:",
                "runAsAccountId": "1",
                "datastoreName": "ds-vmfs-01",
                "profileId": policy_id(),
                "diskExclusionInput": {
                    "volumeOptions": [{"volumeLabel": "Temporary Storage", "onlyExcludeIfSingleVolume": "Yes"}]
                },
                "instanceType": "InMage",
            },
        }
    }
    (job,) = emulator.jobs()
    assert result.job_id == job["name"] and not result.attached_to_running  # from the 202 Location

    while_running = adapter.read_item(item_id("vm-app-01"))
    assert while_running.running_job_id == result.job_id
    assert REVERSE_REPLICATE not in while_running.allowed_operations

    final, seen = wait_for_final(adapter, result.job_id)
    assert final.state is JobState.SUCCEEDED and final.item_id == item_id("vm-app-01")
    assert [t.state for t in final.tasks] == [JobState.SUCCEEDED] * 4
    assert any(0 < j.progress < 1 and j.state is JobState.IN_PROGRESS for j in seen)  # tasks progress

    after = adapter.read_item(item_id("vm-app-01"))
    assert after.provider == "InMage" and after.protection_state == "Protected"
    assert after.running_job_id is None
    assert REVERSE_REPLICATE not in after.allowed_operations and "PlannedFailover" in after.allowed_operations


def test_disks_to_include_are_sent_when_chosen(emulator, adapter):
    adapter.submit_reprotect(request_for("vm-app-01", disks=("6000C29001-0000-0000-0000-000000000000",)))
    sent = emulator.reprotect_posts[0].body["properties"]["providerSpecificDetails"]
    assert sent["disksToInclude"] == ["6000C29001-0000-0000-0000-000000000000"]


def test_second_submit_attaches_to_the_running_job(emulator, adapter):
    first = adapter.submit_reprotect(request_for("vm-app-01"))
    second = adapter.submit_reprotect(request_for("vm-app-01"))
    assert second.job_id == first.job_id and second.attached_to_running
    assert len(emulator.reprotect_posts) == 1


def test_plan_reprotect_item_by_item_each_with_its_values(emulator, adapter, ctx):
    """SUB-02: the plan API is deprecated; each item of the plan is reprotected with its own values."""
    site = adapter.read_site(ctx)
    (plan,) = site.plans
    values = {"vm-app-01": ("R:", "ds-vmfs-01"), "vm-app-02": ("R:", "ds-vsan-01"), "vm-app-03": ("R:", "ds-vmfs-01")}
    results = []
    for member in plan.item_ids:
        item = site.item(member)
        drive, datastore = values[item.name]
        results.append(adapter.submit_reprotect(request_for(item.name, drive=drive, datastore=datastore, ps=PS_AZURE)))

    posts = emulator.reprotect_posts
    assert len(posts) == 3 and not any(
        "replicationRecoveryPlans" in p.path for p in emulator.requests_log if p.method == "POST"
    )
    sent = {p.path.rsplit("/", 2)[-2]: p.body["properties"]["providerSpecificDetails"]["datastoreName"] for p in posts}
    assert sent == {name: ds for name, (_, ds) in values.items()}
    assert len({r.job_id for r in results}) == 3
    for result in results:
        final, _ = wait_for_final(adapter, result.job_id)
        assert final.state is JobState.SUCCEEDED


def test_failed_job_carries_both_error_codes(emulator, adapter):
    """SUB-07: the provider's number (an int on the wire) and the service's string code."""
    emulator.fail_next_reprotect(
        item_id("vm-app-02"),
        provider_code=95226,
        service_code="ReprotectFailed",
        message="The Azure VM could not reach the configuration server.",
    )
    result = adapter.submit_reprotect(request_for("vm-app-02"))
    final, _ = wait_for_final(adapter, result.job_id)

    assert final.state is JobState.FAILED
    (error,) = final.errors
    assert error.code == "95226" and error.codes == ("95226", "ReprotectFailed")
    assert "configuration server" in error.message and error.recommended_action
    assert final.tasks[-1].state is JobState.FAILED and final.tasks[-1].errors[0].code == "95226"
    again = adapter.read_item(item_id("vm-app-02"))
    assert REVERSE_REPLICATE in again.allowed_operations  # can be submitted again after fixing


def test_not_allowed_item_is_refused_without_a_post(emulator, adapter):
    emulator.update_item(
        item_id("vm-app-03"),
        lambda i: i["properties"].update(allowedOperations=["PlannedFailover"], protectionState="Protected"),
    )
    with pytest.raises(ReprotectNotAllowed) as err:
        adapter.submit_reprotect(request_for("vm-app-03"))
    assert "Nothing was sent" in err.value.summary and "Protected" in err.value.summary
    assert emulator.reprotect_posts == []


def test_service_refusal_names_the_reason_and_starts_nothing(emulator, adapter):
    with pytest.raises(ReprotectRejected) as err:
        adapter.submit_reprotect(request_for("vm-app-01", mt=MT_LIN, drive="R:"))  # R: is not on the Linux MT
    assert "not a retention volume" in err.value.summary and "No job was started" in err.value.summary
    assert len(emulator.reprotect_posts) == 1 and emulator.jobs() == []


def test_refresh_configuration_server_follows_its_job(emulator, adapter, ctx):
    """RET-07: the provider refresh action, followed to its end."""
    provider = f"{fabric_id()}/replicationRecoveryServicesProviders/{PROVIDER}"
    before = emulator.get("providers", provider)["properties"]["lastHeartBeat"]
    adapter.refresh_configuration_server(fabric_id(), ctx)

    refreshes = [r for r in emulator.requests_log if r.path.endswith("/refreshProvider")]
    assert len(refreshes) == 1 and refreshes[0].status == 202
    (job,) = emulator.jobs()
    assert job["properties"]["state"] == "Succeeded"
    assert emulator.get("providers", provider)["properties"]["lastHeartBeat"] != before
    assert ctx.reports[-1][0] == 1.0


def test_refresh_uses_the_provider_read_with_the_site(emulator, adapter, ctx):
    adapter.read_site(ctx)
    emulator.requests_log.clear()
    adapter.refresh_configuration_server(fabric_id(), ctx)
    assert not any(r.path.endswith("/replicationRecoveryServicesProviders") for r in emulator.requests_log)


def test_refresh_without_provider_says_so(emulator, adapter, ctx):
    emulator._collections["providers"].clear()
    with pytest.raises(RefreshFailed) as err:
        adapter.refresh_configuration_server(fabric_id(), ctx)
    assert "no provider" in err.value.summary and err.value.next_step


def test_tokens_never_reach_the_log(emulator, adapter, ctx, caplog):
    """Even with the root logger at DEBUG, azure-core's header logging stays at WARNING."""
    import logging

    caplog.set_level(logging.DEBUG)
    adapter.read_site(ctx)
    adapter.submit_reprotect(request_for("vm-app-01"))
    assert caplog.records  # the adapter does log what it does
    assert "test-token" not in caplog.text and "Bearer" not in caplog.text
