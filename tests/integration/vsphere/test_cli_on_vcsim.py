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

from cli_testkit import run_cli  # noqa: E402

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
