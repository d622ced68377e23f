"""docs/reliability.md is the project's promise: every test its table names must exist."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "reliability.md"


def _test_file(name: str) -> Path:
    path = ROOT / name
    if path.exists():
        return path
    found = [p for p in (ROOT / "tests").rglob(Path(name).name)]
    assert len(found) == 1, f"{name}: expected one test file with this name, found {found}"
    return found[0]


def test_every_test_the_reliability_table_names_exists():
    refs = re.findall(r"`((?:tests/)?[\w/]*test_\w+\.py)(?:::(\w+))?`", DOC.read_text(encoding="utf-8"))
    assert len(refs) >= 40
    for file_name, test_name in refs:
        source = _test_file(file_name).read_text(encoding="utf-8")
        if test_name:
            assert re.search(rf"^def {test_name}\(", source, re.MULTILINE), f"{file_name}::{test_name} is gone"
