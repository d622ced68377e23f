"""reprotect-cli against the HTTPS ASR emulator through the real Azure SDK, as a separate process
(issue 17): unattended sign-in (the Azure CLI credential runs an `az` stand-in on PATH; the
managed identity asks a token endpoint on loopback), check exit codes and JSON, and `run
--answers` submitting exactly once, then refusing the same answers once the VM is reprotected.
"""

from __future__ import annotations

import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from asr_estate import MT_LIN
from emulator import Fault

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "cli"))

from cli_testkit import Quiet, answers_for, junit_cases, run_cli, validate, write_json  # noqa: E402

from reprotect_gui.services.clock import SystemClock  # noqa: E402
from reprotect_gui.services.estate import load_estate  # noqa: E402

pytestmark = pytest.mark.integration

FAKE_AZ = """#!/bin/sh
echo "$@" >> "$(dirname "$0")/az-calls.log"
cat <<JSON
{"accessToken": "token-from-az", "expiresOn": "2099-01-01 00:00:00.000000", "expires_on": 4070908800,
 "subscription": "s", "tenant": "t", "tokenType": "Bearer"}
JSON
"""


@pytest.fixture
def azure_cli(tmp_path):
    """A stand-in for `az` (the Azure CLI credential runs `az account get-access-token`)."""
    folder = tmp_path / "bin"
    folder.mkdir()
    az = folder / "az"
    az.write_text(FAKE_AZ, encoding="utf-8")
    az.chmod(0o755)
    import os

    return {"PATH": f"{folder}:{os.environ['PATH']}"}, folder / "az-calls.log"


def vault_args(emulator) -> tuple[str, ...]:
    vault = (
        f"/subscriptions/{emulator.subscription_id}/resourceGroups/{emulator.resource_group}"
        f"/providers/Microsoft.RecoveryServices/vaults/{emulator.vault}"
    )
    return ("--vault", vault, "--arm-endpoint", emulator.url, "--arm-ca-file", emulator.ca_path)


def test_check_signs_in_with_the_azure_cli_and_exits_2_for_unknowns(tmp_path, emulator, azure_cli):
    env, calls = azure_cli
    junit = tmp_path / "readiness.xml"
    ran = run_cli(
        "check", "--plan", "rp-app", "--json", "--junit", str(junit), *vault_args(emulator), data_dir=tmp_path, env=env
    )
    assert ran.code == 2, ran.err  # without vCenter its facts are unknown: to acknowledge
    doc = ran.json()
    validate(doc, "check-result")
    check_ids = {v["check_id"] for v in doc["selections"][0]["verdicts"]}
    cases = junit_cases(junit)
    assert sorted(cases) == sorted((vm, c) for vm in ("vm-app-01", "vm-app-02", "vm-app-03") for c in check_ids)
    assert doc["vcenter"]["read"] is False and doc["outcome"] == "acknowledge"
    (selection,) = doc["selections"]
    assert selection["vms"] == ["vm-app-01", "vm-app-02", "vm-app-03"]
    assert "get-access-token" in calls.read_text()


def test_a_linux_master_target_for_windows_vms_is_blocked_exit_1(tmp_path, emulator, azure_cli):
    env, _ = azure_cli
    ran = run_cli(
        "check", "--vm", "vm-app-01", "--master-target", MT_LIN, *vault_args(emulator), data_dir=tmp_path, env=env
    )
    assert ran.code == 1, ran.err
    assert "BLOCK    MT-01" in ran.out


def test_a_forbidden_read_cannot_check_exit_3_with_a_sentence(tmp_path, emulator, azure_cli):
    env, _ = azure_cli
    emulator.inject(Fault.forbidden("Microsoft.RecoveryServices/vaults/replicationFabrics/read", "/subscriptions/x"))
    ran = run_cli("check", *vault_args(emulator), data_dir=tmp_path, env=env)
    assert ran.code == 3, ran.err
    assert "Next step:" in ran.err and "Traceback" not in ran.err


def test_a_service_principal_without_a_secret_says_where_to_put_it(tmp_path, emulator):
    ran = run_cli(
        "check",
        "--sign-in",
        "service-principal",
        "--tenant",
        "72f988bf-86f1-41af-91ab-2d7cd011db47",
        "--client-id",
        "0c3a2d1e-5b4f-4e6a-9d8c-7b6a5f4e3d2c",
        *vault_args(emulator),
        data_dir=tmp_path,
        env={"AZURE_CLIENT_SECRET": "", "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"},
    )
    assert ran.code == 3
    assert "No client secret is stored" in ran.err and "$AZURE_CLIENT_SECRET" in ran.err
    assert emulator.requests_log == []  # nothing reached Azure


@pytest.fixture
def managed_identity():
    """A managed-identity token endpoint on loopback (the App Service / Arc protocol)."""
    asked: list[tuple[str, str | None]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            asked.append((self.path, self.headers.get("X-IDENTITY-HEADER")))
            body = json.dumps(
                {"access_token": "mi-token", "expires_on": "4070908800", "resource": "x", "token_type": "Bearer"}
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    env = {"IDENTITY_ENDPOINT": f"http://127.0.0.1:{server.server_port}/msi/token", "IDENTITY_HEADER": "hdr-1"}
    yield env, asked
    server.shutdown()
    server.server_close()  # the listening socket too: an unclosed one is a ResourceWarning (an error here)


def _answers_file(tmp_path, adapter, name: str = "vm-app-01") -> Path:
    estate = load_estate(adapter, None, SystemClock(), Quiet())
    answers = answers_for(estate, vm=name, datastore_name="ds-vmfs-01", source={"kind": "azure"})
    return write_json(tmp_path / "answers.json", answers.to_json())


def test_run_submits_exactly_once_then_refuses_the_same_answers(tmp_path, emulator, adapter, managed_identity):
    env, asked = managed_identity
    answers = _answers_file(tmp_path, adapter)
    before = len(emulator.reprotect_posts)
    ran = run_cli(
        "run",
        "--sign-in",
        "managed-identity",
        "--answers",
        str(answers),
        "--yes",
        *vault_args(emulator),
        data_dir=tmp_path,
        env=env,
    )
    assert ran.code == 0, ran.err
    assert len(emulator.reprotect_posts) == before + 1
    body = emulator.reprotect_posts[-1].body["properties"]["providerSpecificDetails"]
    assert body["datastoreName"] == "ds-vmfs-01" and body["retentionDrive"] == "R:"
    assert asked and asked[0][1] == "hdr-1"  # signed in with the managed identity, no secret anywhere
    assert "vm-app-01: Succeeded (100 %)" in ran.err

    again = run_cli(
        "run",
        "--sign-in",
        "managed-identity",
        "--answers",
        str(answers),
        "--yes",
        *vault_args(emulator),
        data_dir=tmp_path,
        env=env,
    )
    assert again.code == 5, again.err
    assert "Refused: The answers file no longer matches the vault: vm-app-01 can no longer be reprotected (ELIG-01" in (
        again.err
    )
    assert len(emulator.reprotect_posts) == before + 1  # never twice
