"""The import rules of the architecture, enforced: each layer imports only what it may."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "reprotect_gui"

# layer -> the layers of ours it may import (itself always allowed)
ALLOWED = {
    "domain": set(),
    "services": {"domain"},
    "training": {"domain"},
    "vsphere": {"domain"},
    "asr": {"domain"},
    "ui": {"domain", "services", "ui"},
}
THIRD_PARTY_HOME = {
    "PySide6": {"ui", "app"},
    "shiboken6": {"ui", "app"},
    "pyVmomi": {"vsphere"},
    "pyVim": {"vsphere"},
    "azure": {"asr"},
}


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py"))


def layer_of(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_each_module_imports_only_what_its_layer_may(path):
    layer = layer_of(path)
    for name in imports_of(path):
        top = name.split(".")[0]
        if top == "reprotect_gui" and layer in ALLOWED:
            parts = name.split(".")
            target = parts[1] if len(parts) > 1 else ""
            assert target in ALLOWED[layer] | {layer, ""}, f"{path.name} ({layer}) imports {name}"
        homes = THIRD_PARTY_HOME.get(top)
        if homes is not None:
            assert layer in homes, f"{path.name} ({layer}) imports {name}; only {sorted(homes)} may"


def test_the_way_to_the_first_window_imports_no_sdk():
    code = (
        "import sys\n"
        "from reprotect_gui.app import build_training_wizard, load_training\n"
        "import reprotect_gui.ui.wizard.wizard\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('azure', 'pyVmomi', 'pyVim', 'msal', 'keyring'))\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
