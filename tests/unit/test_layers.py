"""The import rules of the architecture, enforced: each layer imports only what it may.

Every form of import counts: `import x`, `from x import y` (including `from reprotect_gui import ui`, where the
layer is the imported name), relative imports (resolved against the importing module's package),
`importlib.import_module(...)` / `import_module(...)` / `__import__(...)` with a literal (or an f-string that starts
with `{__package__}`, which stays in the importing package). A dynamic import whose target the test cannot read is
itself a violation: nothing may reach past the rules by computing a module name.

Imports under `if TYPE_CHECKING:` count too: a type is a dependency.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = "reprotect_gui"
PACKAGE = Path(__file__).resolve().parents[2] / ROOT

# The standard library the domain may use: pure computation only (style.md: no Qt, no SDK, no I/O).
# os, pathlib, socket, json, logging, threading, time... are for the layers that talk to the world.
PURE_STDLIB = frozenset(
    {
        "__future__",
        "abc",
        "bisect",
        "collections",
        "copy",
        "dataclasses",
        "datetime",
        "decimal",
        "enum",
        "fractions",
        "functools",
        "heapq",
        "html",
        "itertools",
        "math",
        "operator",
        "re",
        "statistics",
        "string",
        "textwrap",
        "types",
        "typing",
        "unicodedata",
    }
)
ANY_STDLIB = frozenset(sys.stdlib_module_names) | {"__future__"}


@dataclass(frozen=True)
class Layer:
    ours: frozenset[str]  # the layers of ours it may import (itself and the package root always allowed)
    third_party: frozenset[str]  # top-level names of the distributions it may import
    stdlib: frozenset[str] = ANY_STDLIB


def _layer(ours: set[str], third_party: set[str], stdlib: frozenset[str] = ANY_STDLIB) -> Layer:
    return Layer(frozenset(ours), frozenset(third_party), stdlib)


LAYERS: dict[str, Layer] = {
    "domain": _layer(set(), set(), PURE_STDLIB),
    # platformdirs: the journal's and the audit log's per-OS folder; filelock: one writer at a time across processes
    "services": _layer({"domain"}, {"platformdirs", "filelock"}),
    "training": _layer({"domain"}, {"filelock"}),  # the training job store, shared by two running wizards
    "vsphere": _layer({"domain"}, {"pyVmomi", "pyVim", "platformdirs"}),  # platformdirs: the pinned thumbprints
    "asr": _layer({"domain"}, {"azure"}),  # azure-identity, azure-core, azure-mgmt-*; never msal directly
    "ui": _layer({"domain", "services"}, {"PySide6", "shiboken6"}),
    "keyring_store": _layer({"domain"}, {"keyring"}),  # the only home of the system keyring
    # The composition root wires everything.
    "app": _layer({"domain", "services", "asr", "vsphere", "training", "ui", "keyring_store"}, {"PySide6"}),
    # The console program is a composition root too, with no third-party package of its own: never PySide6
    # (its subprocess test proves it); `ui` only for the `report` subcommand's HTML/PDF, imported lazily there.
    "cli": _layer({"domain", "services", "asr", "vsphere", "training", "keyring_store", "ui"}, set()),
    "__main__": _layer({"app"}, set()),
    "__init__": _layer(set(), set()),
}

IMPORT_FUNCTIONS = {"import_module", "__import__"}  # importlib.import_module, importlib.__import__, builtins


@dataclass(frozen=True)
class Found:
    name: str  # an absolute dotted module name, or "" when the target could not be read
    line: int
    form: str


def module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


def is_package(path: Path) -> bool:
    return path.name == "__init__.py"


def _resolve_relative(importer: str, importer_is_package: bool, level: int, module: str | None) -> str:
    base = importer.split(".") if importer_is_package else importer.split(".")[:-1]
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join([*base, *([module] if module else [])])


def _literal_target(call: ast.Call, importer: str, importer_is_package: bool) -> str:
    """The module a dynamic import call names, or "" when it can't be read from the source."""
    if not call.args:
        return ""
    first = call.args[0]
    own_package = importer if importer_is_package else importer.rpartition(".")[0]
    if isinstance(first, ast.Constant) and isinstance(first.value, str):
        name = first.value
        if name.startswith("."):
            anchor = own_package
            if len(call.args) > 1 and isinstance(call.args[1], ast.Constant) and isinstance(call.args[1].value, str):
                anchor = call.args[1].value
            level = len(name) - len(name.lstrip("."))
            return _resolve_relative(anchor, True, level, name.lstrip(".") or None)
        return name
    if (
        isinstance(first, ast.JoinedStr)
        and first.values
        and isinstance(first.values[0], ast.FormattedValue)
        and isinstance(first.values[0].value, ast.Name)
        and first.values[0].value.id == "__package__"
    ):
        return own_package  # f"{__package__}.<something>": a sibling in the importing package
    return ""


def _called_name(call: ast.Call) -> str:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return ""


def imports_in(source: str, importer: str, importer_is_package: bool = False) -> list[Found]:
    """Every module `source` (the text of module `importer`) imports, by any form, as absolute names."""
    found: list[Found] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [Found(a.name, node.lineno, "import") for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = _resolve_relative(importer, importer_is_package, node.level, node.module)
                form = "relative import"
            else:
                base = node.module or ""
                form = "from-import"
            found.append(Found(base, node.lineno, form))
            # `from pkg import name` may import the submodule pkg.name: judged by that name too.
            found += [Found(f"{base}.{a.name}", node.lineno, form) for a in node.names if a.name != "*"]
        elif isinstance(node, ast.Call) and _called_name(node) in IMPORT_FUNCTIONS:
            found.append(Found(_literal_target(node, importer, importer_is_package), node.lineno, _called_name(node)))
    return found


def layer_of_module(name: str) -> str | None:
    """Our layer that module `name` belongs to (None: not ours). `reprotect_gui` alone is the package root."""
    parts = name.split(".")
    if parts[0] != ROOT:
        return None
    if len(parts) == 1:
        return "__init__"
    if parts[1].startswith("__") and not (PACKAGE / f"{parts[1]}.py").is_file():
        return "__init__"  # an attribute of the package root, such as __version__
    return parts[1]


def violations(source: str, importer: str, importer_is_package: bool = False) -> list[str]:
    layer_name = layer_of_module(importer)
    if layer_name not in LAYERS:
        return [f"{importer} is in no known layer ({layer_name}); add it to LAYERS with its allowed imports"]
    layer = LAYERS[layer_name]
    problems = []
    for f in imports_in(source, importer, importer_is_package):
        where = f"{importer}:{f.line} ({layer_name}, {f.form})"
        if not f.name:
            problems.append(f"{where}: a dynamic import whose target cannot be read from the source")
            continue
        target = layer_of_module(f.name)
        top = f.name.split(".")[0]
        if target is not None:
            if target not in layer.ours | {layer_name, "__init__"}:
                problems.append(f"{where} imports {f.name}: {layer_name} may import only {sorted(layer.ours)}")
        elif top in ANY_STDLIB:
            if top not in layer.stdlib:
                problems.append(f"{where} imports {f.name}: not in the standard library {layer_name} may use")
        elif top not in layer.third_party:
            problems.append(
                f"{where} imports {f.name}: third-party packages for {layer_name}: {sorted(layer.third_party)}"
            )
    return problems


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_each_module_imports_only_what_its_layer_may(path):
    assert violations(path.read_text(encoding="utf-8"), module_name(path), is_package(path)) == []


def test_the_modules_were_found():
    names = {module_name(p) for p in modules()}
    assert {"reprotect_gui.domain.models", "reprotect_gui.ui.wizard.wizard", "reprotect_gui.app"} <= names


# --- the bypasses of the old test, each fed to the checker --------------------------------------------------------

BYPASSES = [
    # (importing module, source): each must be refused
    ("reprotect_gui.domain.fake", "from reprotect_gui import ui"),
    ("reprotect_gui.domain.fake", "from reprotect_gui import services as s"),
    ("reprotect_gui.services.fake", "from reprotect_gui import asr"),
    ("reprotect_gui.domain.fake", "from .. import ui"),
    ("reprotect_gui.domain.checks.fake", "from ...ui.widgets import ChoiceList"),
    ("reprotect_gui.domain.fake", "from ..vsphere import inventory"),
    ("reprotect_gui.services.fake", "from ..training.backends import TrainingSiteRecovery"),
    ("reprotect_gui.domain.fake", "import importlib\nimportlib.import_module('reprotect_gui.ui')"),
    ("reprotect_gui.domain.fake", "from importlib import import_module\nimport_module('PySide6.QtCore')"),
    ("reprotect_gui.domain.fake", "__import__('reprotect_gui.asr.site_recovery')"),
    ("reprotect_gui.services.fake", "import importlib\nimportlib.__import__('pyVmomi')"),
    ("reprotect_gui.domain.fake", "import importlib\nimportlib.import_module('.widgets', 'reprotect_gui.ui')"),
    ("reprotect_gui.domain.fake", "import importlib\nimportlib.import_module('..ui')"),
    ("reprotect_gui.domain.fake", "import importlib\nname = 'reprotect_gui.' + 'ui'\nimportlib.import_module(name)"),
    ("reprotect_gui.domain.fake", "import importlib\nimportlib.import_module(f'reprotect_gui.{layer}')"),
    ("reprotect_gui.services.fake", "import keyring"),
    ("reprotect_gui.ui.fake", "from keyring.errors import KeyringError"),
    ("reprotect_gui.asr.fake", "import msal"),
    ("reprotect_gui.asr.fake", "from msal import PublicClientApplication"),
    ("reprotect_gui.domain.fake", "from azure.identity import DefaultAzureCredential"),
    ("reprotect_gui.asr.fake", "from PySide6.QtCore import QObject"),
    ("reprotect_gui.domain.fake", "import os"),
    ("reprotect_gui.domain.fake", "from pathlib import Path"),
    ("reprotect_gui.domain.fake", "import socket"),
    (
        "reprotect_gui.domain.fake",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from reprotect_gui.ui import jobs",
    ),
    ("reprotect_gui.domain.fake", "def later():\n    from reprotect_gui.services import audit"),
    ("reprotect_gui.newlayer.fake", "import json"),
]


@pytest.mark.parametrize(("importer", "source"), BYPASSES, ids=[s.replace("\n", "; ") for _, s in BYPASSES])
def test_each_bypass_is_refused(importer, source):
    assert violations(source, importer) != []


ALLOWED_FORMS = [
    ("reprotect_gui.domain.fake", "from . import models"),
    ("reprotect_gui.domain.checks.fake", "from ..models import Disk"),
    ("reprotect_gui.domain.checks", "from .facts import Facts"),  # a package's own __init__ (see below)
    ("reprotect_gui.ui.fake", "from reprotect_gui import __version__"),
    ("reprotect_gui.ui.fake", "from reprotect_gui import services, domain"),
    ("reprotect_gui.ui.wizard.fake", "import importlib\nimportlib.import_module(f'{__package__}.review_page')"),
    ("reprotect_gui.asr.fake", "from azure.core.exceptions import HttpResponseError"),
    ("reprotect_gui.vsphere.fake", "from pyVmomi import vim"),
    ("reprotect_gui.domain.fake", "from __future__ import annotations\nimport re\nfrom datetime import datetime"),
]


@pytest.mark.parametrize(("importer", "source"), ALLOWED_FORMS, ids=[s.replace("\n", "; ") for _, s in ALLOWED_FORMS])
def test_the_allowed_forms_pass(importer, source):
    assert violations(source, importer, importer_is_package=importer == "reprotect_gui.domain.checks") == []


def test_relative_imports_resolve_against_the_package():
    assert imports_in("from ..ui import x", "reprotect_gui.domain.a")[0].name == "reprotect_gui.ui"
    assert [f.name for f in imports_in("from . import y", "reprotect_gui.domain", True)][1] == "reprotect_gui.domain.y"
    assert [f.name for f in imports_in("from . import y", "reprotect_gui.domain.a")][1] == "reprotect_gui.domain.y"


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
