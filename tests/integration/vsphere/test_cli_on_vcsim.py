"""reprotect-cli with a real vCenter (vcsim): password from the environment, the certificate pinned
by its thumbprint and any other refused (issue 17). The vault is the training estate's, which
vcsim is shaped after (lab_shape.py); vcsim listens on 127.0.0.1, so --vcenter-name gives it the
name the vault knows.
"""

from __future__ import annotations

import sys
from pathlib import Path

import lab_shape
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "cli"))

from cli_testkit import run_cli, validate  # noqa: E402

pytestmark = pytest.mark.integration

VC_NAME = "vc-tokyo-01.contoso.local"


def vcenter_args(vcsim, thumbprint: str, *extra: str) -> tuple[str, ...]:
    return (
        "--vcenter",
        f"{vcsim.host}:{vcsim.port}",
        "--vcenter-user",
        lab_shape.ADMIN_USER,
        "--vcenter-thumbprint",
        thumbprint,
        "--vcenter-name",
        VC_NAME,
        *extra,
    )


def password(value: str = lab_shape.ADMIN_PASSWORD) -> dict[str, str]:
    return {"REPROTECT_VCENTER_PASSWORD": value}


def test_check_reads_vcsim_with_the_pinned_certificate(tmp_path, vcsim, pki):
    ran = run_cli(
        "check",
        "--demo",
        "--vm",
        "app-lnx-02",
        "--json",
        *vcenter_args(vcsim, pki.cert_sha256),
        data_dir=tmp_path,
        env=password(),
    )
    assert ran.code in (0, 1, 2), ran.err
    doc = ran.json()
    validate(doc, "check-result")
    assert doc["vcenter"] == {"read": True, "name": VC_NAME, "problem": ""}
    verdicts = doc["selections"][0]["verdicts"]
    assert not [v for v in verdicts if "vCenter was not read" in v["finding"]]
    by_key = {(v["check_id"], v["subject"]): v["status"] for v in verdicts}
    assert by_key[("MT-15", "app-lnx-02")] == "pass"  # disk.EnableUUID read from vcsim's VM


def test_any_other_certificate_is_refused_naming_both_thumbprints(tmp_path, vcsim, pki):
    other = "ab" * 32
    ran = run_cli("check", "--demo", *vcenter_args(vcsim, other), data_dir=tmp_path, env=password())
    assert ran.code == 3
    assert "is not the pinned AB:AB:" in ran.err and "refused and nothing was sent" in ran.err
    assert "--vcenter-thumbprint" in ran.err
    assert lab_shape.ADMIN_PASSWORD not in ran.err + ran.out


def test_a_wrong_password_cannot_check_exit_3(tmp_path, vcsim, pki):
    ran = run_cli(
        "check", "--demo", *vcenter_args(vcsim, pki.cert_sha256), data_dir=tmp_path, env=password("wrong-one")
    )
    assert ran.code == 3
    assert lab_shape.ADMIN_USER in ran.err and "wrong-one" not in ran.err


def test_no_password_anywhere_says_where_to_put_it(tmp_path, vcsim, pki):
    ran = run_cli(
        "check",
        "--demo",
        *vcenter_args(vcsim, pki.cert_sha256),
        data_dir=tmp_path,
        env={"REPROTECT_VCENTER_PASSWORD": "", "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"},
    )
    assert ran.code == 3
    assert "REPROTECT_VCENTER_PASSWORD" in ran.err


def test_the_password_the_window_remembered_in_the_keyring_is_used(tmp_path, vcsim, pki, monkeypatch):
    """The window's 'Remember the password' entry (keyring_store.vcenter_service) serves the CLI too."""
    from keyrings.alt.file import PlaintextKeyring

    from reprotect_gui.keyring_store import KeyringSecretStore, vcenter_service

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))  # where run_cli points the child too
    KeyringSecretStore(PlaintextKeyring()).set(
        vcenter_service(vcsim.host), lab_shape.ADMIN_USER, lab_shape.ADMIN_PASSWORD
    )
    ran = run_cli(
        "check",
        "--demo",
        "--vm",
        "app-lnx-02",
        "--json",
        *vcenter_args(vcsim, pki.cert_sha256),
        data_dir=tmp_path,
        env={"REPROTECT_VCENTER_PASSWORD": "", "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring"},
    )
    assert ran.code in (0, 1, 2), ran.err
    assert ran.json()["vcenter"]["read"] is True


def test_check_and_run_with_both_real_peers_the_emulator_and_vcsim(tmp_path, vcsim, pki):
    """The vault on the HTTPS ASR emulator (named like the training site vcsim is shaped after), the
    vCenter on vcsim: vCenter facts reach the checks, and the replay submits exactly once."""
    import os

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "asr"))
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "ui"))
    from cli_testkit import Quiet, answers_for, write_json
    from emulator import AsrEmulator
    from test_wizard_on_emulator import _estate_named_like_the_training_site

    emu = AsrEmulator(_estate_named_like_the_training_site(), job_step_seconds=0.02)
    emu.start()
    try:
        az = tmp_path / "az"
        az.write_text(
            '#!/bin/sh\necho \'{"accessToken": "t", "expiresOn": "2099-01-01 00:00:00.000000", '
            '"expires_on": 4070908800, "tokenType": "Bearer"}\'\n',
            encoding="utf-8",
        )
        az.chmod(0o755)
        env = {**password(), "PATH": f"{tmp_path}:{os.environ['PATH']}"}
        vault = (
            f"/subscriptions/{emu.subscription_id}/resourceGroups/{emu.resource_group}"
            f"/providers/Microsoft.RecoveryServices/vaults/{emu.vault}"
        )
        live = ("--vault", vault, "--arm-endpoint", emu.url, "--arm-ca-file", emu.ca_path,
                *vcenter_args(vcsim, pki.cert_sha256))  # fmt: skip
        checked = run_cli("check", "--vm", "vm-app-01", "--master-target", "mt-win-01", "--json", *live,
                          data_dir=tmp_path, env=env)  # fmt: skip
        doc = checked.json()
        validate(doc, "check-result")
        assert doc["vcenter"]["read"] is True
        statuses = {(v["check_id"], v["subject"]): v["status"] for v in doc["selections"][0]["verdicts"]}
        assert statuses[("MT-04", "mt-win-01")] == "pass" and statuses[("INF-08", "mt-win-01")] == "pass"

        from reprotect_gui.asr.settings import VaultLocation
        from reprotect_gui.asr.site_recovery import ArmSiteRecovery
        from reprotect_gui.services.clock import SystemClock
        from reprotect_gui.services.estate import load_estate

        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "asr"))
        from asr_testkit import FAST, TestCredential

        adapter = ArmSiteRecovery(
            TestCredential(),
            VaultLocation(emu.subscription_id, emu.resource_group, emu.vault),
            settings=FAST,
            base_url=emu.url,
            connection_verify=emu.ca_path,
        )
        estate = load_estate(adapter, None, SystemClock(), Quiet())
        site = estate.site
        mt = next(m for m in site.master_targets if m.name == "mt-win-01")
        answers = answers_for(estate, vm="vm-app-01", master_target_id=mt.server_id, acknowledge=False)
        # Accept exactly what the check with vCenter asked to acknowledge, as a person would on the Review page.
        needing = [
            (v["check_id"], v["subject"]) for v in doc["selections"][0]["verdicts"] if v["needs_acknowledgement"]
        ]
        data = answers.to_json()
        data["acknowledged"] = [{"check_id": c, "subject": s} for c, s in needing]
        data["choices"]["vms"][0]["datastore"] = doc["selections"][0]["choices"]["vms"][0]["datastore"]
        path = write_json(tmp_path / "answers.json", data)
        ran = run_cli("run", "--answers", str(path), "--yes", *live, data_dir=tmp_path, env=env)
        assert ran.code == 0, ran.err
        assert len(emu.reprotect_posts) == 1
    finally:
        emu.stop()
