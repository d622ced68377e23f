"""The catalog (docs/prerequisites.md, a byte copy of the shared spec) against the code and tests.

Fails when an ID of an implemented section has no check, no fix, or no row in a test table.
To take on another section: add its letter to IMPLEMENTED_SECTIONS, its
checks to `reprotect_gui.domain.checks`, its fixes to `remediation.FIX`, its table module below.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import test_checks_datastore
import test_checks_eligibility
import test_checks_master_target
import test_checks_modernized
import test_checks_retention
import test_checks_site
import test_checks_submit

from reprotect_gui.domain.checks import implemented_ids
from reprotect_gui.domain.checks.remediation import FIX

CATALOG = Path(__file__).resolve().parents[3] / "docs" / "prerequisites.md"
IMPLEMENTED_SECTIONS = ("A", "B", "C", "D", "E", "F", "G")
TABLE_MODULES = (
    test_checks_eligibility,
    test_checks_site,
    test_checks_master_target,
    test_checks_datastore,
    test_checks_retention,
    test_checks_submit,
    test_checks_modernized,
)

_SECTION = re.compile(r"^## ([A-Z])\. ", re.MULTILINE)
_ROW_ID = re.compile(r"^\| ([A-Z]+-\d{2}) \|", re.MULTILINE)


def catalog_ids(text: str) -> dict[str, list[str]]:
    """Section letter → the IDs of its table rows, in order."""
    out: dict[str, list[str]] = {}
    heads = list(_SECTION.finditer(text))
    for head, nxt in zip(heads, [*heads[1:], None], strict=True):
        body = text[head.end() : nxt.start() if nxt else len(text)]
        out[head.group(1)] = _ROW_ID.findall(body)
    return out


def implemented_catalog_ids() -> list[str]:
    sections = catalog_ids(CATALOG.read_text(encoding="utf-8"))
    return [cid for letter in IMPLEMENTED_SECTIONS for cid in sections[letter]]


def ids_with_a_test_row() -> set[str]:
    ids = {case.check_id for module in TABLE_MODULES for case in module.CASES}
    if test_checks_submit.JOB_ERROR_CASES:
        ids.add("SUB-07")
    return ids


def test_catalog_parses_into_the_expected_sections() -> None:
    sections = catalog_ids(CATALOG.read_text(encoding="utf-8"))
    assert set(IMPLEMENTED_SECTIONS) <= set(sections)
    assert sections["C"][0] == "MT-01" and sections["C"][-1] == "MT-15"
    assert sections["G"] == [f"RCM-0{n}" for n in range(1, 7)]
    assert len(implemented_catalog_ids()) == 61


@pytest.mark.parametrize("check_id", implemented_catalog_ids())
def test_every_catalog_id_has_a_check(check_id: str) -> None:
    assert check_id in implemented_ids(), f"{check_id} is in the catalog but no check implements it"


@pytest.mark.parametrize("check_id", implemented_catalog_ids())
def test_every_catalog_id_has_a_fix(check_id: str) -> None:
    assert FIX.get(check_id), f"{check_id} has no remediation text"


@pytest.mark.parametrize("check_id", implemented_catalog_ids())
def test_every_catalog_id_has_a_test_row(check_id: str) -> None:
    assert check_id in ids_with_a_test_row(), f"{check_id} has no row in a test_checks_* table"


def test_no_check_claims_an_id_the_catalog_does_not_have() -> None:
    sections = catalog_ids(CATALOG.read_text(encoding="utf-8"))
    journey = catalog_ids((CATALOG.parent / "failback.md").read_text(encoding="utf-8"))  # sections H–K
    every_id = {cid for ids in (*sections.values(), *journey.values()) for cid in ids}
    assert implemented_ids() <= every_id
    assert set(FIX) <= every_id


def test_the_parser_sees_a_missing_id() -> None:
    text = "## A. Eligible\n\n| ID | Rule |\n|---|---|\n| ELIG-01 | x |\n| ELIG-99 | y |\n## G. Later\n| RCM-01 | z |\n"
    assert catalog_ids(text) == {"A": ["ELIG-01", "ELIG-99"], "G": ["RCM-01"]}
    assert "ELIG-99" not in implemented_ids()
