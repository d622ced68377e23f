"""Injected faults: what the operator reads, and that a reprotect is never sent twice."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from asr_estate import item_id
from asr_testkit import FAST, TestCredential, request_for
from emulator import Fault

from reprotect_gui.asr.errors import (
    AzureAnswerUnreadable,
    AzurePermissionDenied,
    AzureSessionExpired,
    AzureSignInFailed,
    AzureThrottled,
    AzureUnavailable,
    ItemNotFound,
    JobNotFound,
    ReprotectNotConfirmed,
    VaultNotFound,
)
from reprotect_gui.domain.errors import SubmitRefused

FABRICS = "/replicationFabrics"
REPROTECT = "/reProtect"
ITEM_GET = "/replicationProtectedItems/vm-app-01"


def posts_that_reached(emulator) -> int:
    return len(emulator.reprotect_posts)


# --- reads: azure-core's bounded retry, honouring Retry-After -----------------------------------


def test_throttled_read_waits_for_retry_after_then_succeeds(emulator, adapter, ctx):
    emulator.inject(Fault.throttle(retry_after=1, path_contains=FABRICS))
    started = time.monotonic()
    site = adapter.read_site(ctx)
    assert time.monotonic() - started >= 0.9  # Retry-After: 1 was honoured
    assert len(site.configuration_servers) == 1
    fabric_reads = [r.status for r in emulator.requests_log if r.path.endswith(FABRICS)]
    assert fabric_reads == [429, 200]


@pytest.mark.parametrize("header", ["3600", "1e308", "nan", "Fri, 31 Dec 9999 23:59:59 GMT"])
def test_a_retry_after_of_an_hour_is_obeyed_only_up_to_the_ceiling(emulator, make_adapter, ctx, monkeypatch, header):
    """Issue 12: azure-core would sleep the whole Retry-After; the adapter's policy caps it."""
    from azure.core.pipeline.transport import _base

    slept: list[float] = []
    monkeypatch.setattr(_base.time, "sleep", slept.append)  # the transport's sleep: record, don't wait
    fault = Fault.throttle(path_contains=FABRICS)
    fault.headers["Retry-After"] = header
    emulator.inject(fault)
    adapter = make_adapter(settings=replace(FAST, retry_after_ceiling_s=0.25))
    site = adapter.read_site(ctx)
    assert len(site.configuration_servers) == 1
    assert max(slept, default=0.0) <= 0.25  # never the hour the header asked for
    assert [r.status for r in emulator.requests_log if r.path.endswith(FABRICS)] == [429, 200]


def test_the_default_ceiling_is_the_domains_one_and_polling_obeys_it_too():
    from reprotect_gui.asr.settings import ArmSettings
    from reprotect_gui.domain.polling import RETRY_AFTER_CEILING_S, next_poll_interval

    assert ArmSettings().retry_after_ceiling_s == RETRY_AFTER_CEILING_S
    assert next_poll_interval(5, changed=False, retry_after_s=RETRY_AFTER_CEILING_S) == RETRY_AFTER_CEILING_S
    assert next_poll_interval(5, changed=False, retry_after_s=RETRY_AFTER_CEILING_S + 1) == RETRY_AFTER_CEILING_S
    assert next_poll_interval(5, changed=False, retry_after_s=float("inf")) == RETRY_AFTER_CEILING_S
    assert next_poll_interval(5, changed=False, retry_after_s=float("nan")) == RETRY_AFTER_CEILING_S


def test_throttling_that_goes_on_is_a_sentence(emulator, adapter, ctx):
    emulator.inject(Fault.throttle(retry_after=0, path_contains=FABRICS, times=10))
    with pytest.raises(AzureThrottled) as err:
        adapter.read_site(ctx)
    assert err.value.retryable and "throttled" in err.value.summary and "Retry" in err.value.next_step
    assert len([r for r in emulator.requests_log if r.path.endswith(FABRICS)]) == 4  # 1 + retry_total 3


@pytest.mark.parametrize("status", [500, 503])
def test_server_error_on_a_read_is_retried(emulator, adapter, status):
    emulator.inject(Fault.server_error(status, path_contains=ITEM_GET))
    assert adapter.read_item(item_id("vm-app-01")).name == "vm-app-01"


def test_server_errors_that_go_on_are_a_sentence(emulator, adapter):
    emulator.inject(Fault.server_error(503, path_contains=ITEM_GET, times=10))
    with pytest.raises(AzureUnavailable) as err:
        adapter.read_item(item_id("vm-app-01"))
    assert "HTTP 503" in err.value.summary and err.value.retryable


def test_connection_reset_on_a_read_is_retried(emulator, adapter, ctx):
    emulator.inject(Fault("reset", path_contains=FABRICS))
    assert len(adapter.read_site(ctx).master_targets) == 3


def test_slow_read_times_out_and_is_retried(emulator, adapter):
    emulator.inject(Fault("slow", path_contains=ITEM_GET, seconds=1.5))
    assert adapter.read_item(item_id("vm-app-01")).name == "vm-app-01"


def test_slow_reads_that_go_on_are_a_sentence(emulator, make_adapter):
    adapter = make_adapter(settings=replace(FAST, retry_total=1))
    emulator.inject(Fault("slow", path_contains=ITEM_GET, seconds=1.5, times=10))
    with pytest.raises(AzureUnavailable) as err:
        adapter.read_item(item_id("vm-app-01"))
    assert "did not answer in time" in err.value.summary and err.value.retryable


def test_malformed_body_is_a_sentence(emulator, adapter, ctx):
    emulator.inject(Fault("malformed", path_contains=FABRICS))
    with pytest.raises(AzureAnswerUnreadable) as err:
        adapter.read_site(ctx)
    assert "could not read" in err.value.summary


def test_expired_token_is_refreshed_once(emulator, adapter, credential):
    emulator.inject(Fault("expired_token", path_contains=ITEM_GET))
    assert adapter.read_item(item_id("vm-app-01")).name == "vm-app-01"
    assert credential.calls == 2
    assert [r.status for r in emulator.requests_log] == [401, 200]


def test_token_refused_again_after_the_refresh_asks_to_sign_in(emulator, make_adapter):
    same = TestCredential(same_token=True)  # the refresh hands out the same, still refused, token
    adapter = make_adapter(cred=same)
    emulator.inject(Fault("expired_token", path_contains=ITEM_GET))
    with pytest.raises(AzureSessionExpired) as err:
        adapter.read_item(item_id("vm-app-01"))
    assert "Sign in to Azure again" in err.value.next_step
    assert [r.status for r in emulator.requests_log] == [401, 401]  # one refresh, no loop


def test_sign_in_failure_is_a_sentence(make_adapter, emulator):
    from azure.core.exceptions import ClientAuthenticationError

    refusing = TestCredential(
        fail_with=ClientAuthenticationError("AADSTS700016: Application not found in the directory.")
    )
    with pytest.raises(AzureSignInFailed) as err:
        make_adapter(cred=refusing).read_item(item_id("vm-app-01"))
    assert "AADSTS700016" in err.value.summary and emulator.requests_log == []


def test_forbidden_read_names_the_role_and_scope(emulator, adapter, ctx):
    emulator.inject(
        Fault.forbidden(
            "Microsoft.RecoveryServices/vaults/replicationFabrics/read", emulator.vault_path, path_contains=FABRICS
        )
    )
    with pytest.raises(AzurePermissionDenied) as err:
        adapter.read_site(ctx)
    e = err.value
    assert e.role == "Site Recovery Reader" and e.action.endswith("replicationFabrics/read")
    assert "the vault vault-dr" in e.summary and "Site Recovery Reader" in e.next_step


def test_missing_vault_says_so(make_adapter, ctx):
    with pytest.raises(VaultNotFound) as err:
        make_adapter(vault="vault-gone").read_site(ctx)
    assert "vault-gone" in err.value.summary and "not found" in err.value.summary


def test_missing_item_says_so(adapter):
    with pytest.raises(ItemNotFound) as err:
        adapter.read_item(item_id("vm-nowhere"))
    assert "vm-nowhere" in err.value.summary and "no longer exists" in err.value.summary


def test_missing_job_says_so(adapter):
    with pytest.raises(JobNotFound):
        adapter.read_job("0f0f0f0f-0000-4000-8000-000000000000")


# --- the reprotect POST: never sent twice --------------------------------------------------------


def test_server_error_after_the_job_started_attaches_to_it(emulator, adapter):
    """The service started the job, then answered 500: azure-core would resend a POST on 500."""
    emulator.inject(Fault.server_error(500, method="POST", path_contains=REPROTECT, after=True))
    result = adapter.submit_reprotect(request_for("vm-app-01"))
    (job,) = emulator.jobs()
    assert result.job_id == job["name"]
    assert posts_that_reached(emulator) == 1


@pytest.mark.parametrize("status", [500, 503])
def test_server_error_before_the_job_started_is_not_resent(emulator, adapter, status):
    emulator.inject(Fault.server_error(status, method="POST", path_contains=REPROTECT))
    with pytest.raises(ReprotectNotConfirmed) as err:
        adapter.submit_reprotect(request_for("vm-app-01"))
    assert err.value.retryable and "nothing is sent twice" in err.value.next_step
    assert posts_that_reached(emulator) == 1 and emulator.jobs() == []
    # The operator's Retry: the submit checks the item first, then sends once.
    assert adapter.submit_reprotect(request_for("vm-app-01")).job_id
    assert posts_that_reached(emulator) == 2


def test_connection_reset_mid_answer_attaches_to_the_started_job(emulator, adapter):
    emulator.inject(Fault("reset", method="POST", path_contains=REPROTECT, after=True))
    result = adapter.submit_reprotect(request_for("vm-app-01"))
    (job,) = emulator.jobs()
    assert result.job_id == job["name"] and not result.attached_to_running
    assert posts_that_reached(emulator) == 1


def test_slow_answer_times_out_then_attaches_to_the_started_job(emulator, adapter):
    emulator.job_step_seconds = 1.0  # a real reprotect runs for minutes: still running at the re-read
    emulator.inject(Fault("slow", method="POST", path_contains=REPROTECT, after=True, seconds=1.5))
    result = adapter.submit_reprotect(request_for("vm-app-01"))
    (job,) = emulator.jobs()
    assert result.job_id == job["name"]
    assert posts_that_reached(emulator) == 1


def test_lost_answer_with_no_job_visible_is_not_resent(emulator, adapter):
    """The POST never reached the service's state (reset before handling): say so, don't resend."""
    emulator.inject(Fault("reset", method="POST", path_contains=REPROTECT))
    with pytest.raises(ReprotectNotConfirmed) as err:
        adapter.submit_reprotect(request_for("vm-app-01"))
    assert "answer was lost" in err.value.summary
    assert posts_that_reached(emulator) == 1


def test_throttled_submit_is_refused_not_resent(emulator, adapter):
    emulator.inject(Fault.throttle(retry_after=0, method="POST", path_contains=REPROTECT))
    with pytest.raises(AzureThrottled):
        adapter.submit_reprotect(request_for("vm-app-01"))
    assert posts_that_reached(emulator) == 1 and emulator.jobs() == []


def test_forbidden_submit_names_the_operator_role(emulator, adapter):
    emulator.inject(
        Fault.forbidden(
            "Microsoft.RecoveryServices/vaults/replicationFabrics/replicationProtectionContainers/"
            "replicationProtectedItems/reProtect/action",
            emulator.vault_path,
            method="POST",
            path_contains=REPROTECT,
        )
    )
    with pytest.raises(AzurePermissionDenied) as err:
        adapter.submit_reprotect(request_for("vm-app-01"))
    assert err.value.role == "Site Recovery Operator"
    assert posts_that_reached(emulator) == 1 and emulator.jobs() == []


def test_expired_token_on_the_pre_submit_read_refreshes_and_submits_once(emulator, adapter, credential):
    emulator.inject(Fault("expired_token", path_contains=ITEM_GET))
    assert adapter.submit_reprotect(request_for("vm-app-01")).job_id
    assert credential.calls == 2
    assert posts_that_reached(emulator) == 1


def test_item_gone_at_submit_says_so(emulator, adapter):
    del emulator._collections["items"][item_id("vm-app-01").lower()]
    with pytest.raises(ItemNotFound):
        adapter.submit_reprotect(request_for("vm-app-01"))
    assert posts_that_reached(emulator) == 0


def test_refusals_are_submit_refused_for_the_ui(emulator, adapter):
    """The UI shows SubmitRefused as "not started"; a lost answer must not look like that."""
    assert not issubclass(ReprotectNotConfirmed, SubmitRefused)
    emulator.update_item(item_id("vm-app-01"), lambda i: i["properties"].update(allowedOperations=[]))
    with pytest.raises(SubmitRefused):
        adapter.submit_reprotect(request_for("vm-app-01"))


# --- issue 12: what sits between this computer and Azure -------------------------------------------

PROXY_PAGE = b"<html><head><title>Access Denied</title></head><body>Blocked by corporate proxy policy</body></html>"


@pytest.mark.parametrize(
    ("status", "content_type", "body"),
    [
        (403, "text/html", PROXY_PAGE),  # was "may not ... ask for the Site Recovery Reader role"
        (502, "text/html; charset=utf-8", PROXY_PAGE),
        (407, "text/plain", b"Proxy Authentication Required"),
        (500, "application/json", b"upstream connect error or disconnect/reset before headers"),
    ],
)
def test_an_error_page_that_is_not_azures_is_attributed_to_a_proxy_or_firewall(
    emulator, adapter, ctx, status, content_type, body
):
    emulator.inject(
        Fault("status", path_contains=FABRICS, status=status, headers={"Content-Type": content_type}, raw=body, times=9)
    )
    with pytest.raises(AzureUnavailable) as err:
        adapter.read_site(ctx)
    summary = err.value.summary
    assert "A proxy or firewall between this computer and Azure (127.0.0.1)" in summary
    assert f"answered HTTP {status}" in summary and "role" not in summary
    assert "network team" in err.value.next_step
    assert body.decode()[:20] in str(err.value.__cause__)  # the raw page is behind "Details"


def test_a_json_403_from_arm_still_names_the_role(emulator, adapter, ctx):
    emulator.inject(
        Fault.forbidden(
            "Microsoft.RecoveryServices/vaults/replicationFabrics/read", "/subscriptions/s", path_contains=FABRICS
        )
    )
    with pytest.raises(AzurePermissionDenied) as err:
        adapter.read_site(ctx)
    assert "Site Recovery Reader" in err.value.next_step


@pytest.mark.parametrize(
    ("path", "doing"),
    [("replicationPolicies", "replication policies"), ("replicationProtectedItems", "replicated items")],
)
def test_a_list_failing_while_the_others_are_read_in_parallel_is_its_own_sentence(emulator, adapter, ctx, path, doing):
    """The small lists run alongside the items (issue 16): whichever fails names itself."""
    emulator.inject(Fault.server_error(503, path_contains=path, times=10))
    with pytest.raises(AzureUnavailable) as err:
        adapter.read_site(ctx)
    assert doing in err.value.summary and err.value.next_step
