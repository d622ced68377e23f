"""Static checks of packaging/: the spec, the .desktop entry, the icons and the entry points.

Nothing here runs PyInstaller; `bash packaging/build.sh` builds and smoke-tests the bundle.
"""

from __future__ import annotations

import ast
import configparser
import importlib
import importlib.util
import re
import shlex
import struct
import textwrap
import tomllib
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "reprotect-gui.spec"
DESKTOP = PACKAGING / "reprotect-gui.desktop"
ICONS = ROOT / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def spec_constant(name: str) -> object:
    for node in spec_tree().body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{SPEC.name} has no top-level {name} = <literal>")


def spec_function(name: str, **namespace: object) -> object:
    """Compile one function of the spec on its own (the spec as a whole needs PyInstaller's globals)."""
    function = next(n for n in spec_tree().body if isinstance(n, ast.FunctionDef) and n.name == name)
    exec(compile(ast.Module(body=[function], type_ignores=[]), str(SPEC), "exec"), namespace)
    return namespace[name]


def load_check_bundle() -> ModuleType:
    # Loaded by path: the repository's packaging/ folder is not the PyPI `packaging` package.
    spec = importlib.util.spec_from_file_location("check_bundle", PACKAGING / "check_bundle.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def desktop_entry() -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(delimiters=("=",), comment_prefixes=("#",), strict=True)
    parser.optionxform = str  # keys are case-sensitive in .desktop files
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    return parser


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE and data[12:16] == b"IHDR", f"{path.name} is not a PNG"
    return struct.unpack(">II", data[16:24])


# The spec


def test_spec_is_valid_python_and_names_an_existing_entry_script() -> None:
    source = SPEC.read_text(encoding="utf-8")
    spec_tree()
    assert '"packaging" / "launcher.py"' in source
    launcher = ast.parse((PACKAGING / "launcher.py").read_text(encoding="utf-8"))
    imports = [n for n in ast.walk(launcher) if isinstance(n, ast.ImportFrom)]
    assert [(n.module, [a.name for a in n.names]) for n in imports] == [("reprotect_gui.app", ["main"])]


@pytest.mark.parametrize("module", spec_constant("SDK_PACKAGES"))
def test_every_sdk_the_spec_bundles_is_an_installed_module(module: str) -> None:
    assert importlib.util.find_spec(module) is not None, f"{module} is named in the spec but not installed"


def test_every_sdk_the_adapters_import_is_named_in_the_spec() -> None:
    """An adapter that starts using a new SDK package must add it to the spec's list (lazy imports)."""
    named = spec_constant("SDK_PACKAGES")
    imported = {
        module
        for module, _ in load_check_bundle().imported_modules(ROOT / "reprotect_gui")
        if module.split(".")[0] in {"azure", "pyVmomi", "keyring", "platformdirs"}
    }
    # `from azure import identity` names the namespace `azure` as well as `azure.identity`.
    uncovered = sorted(
        m for m in imported if not any(m == n or m.startswith(n + ".") or n.startswith(m + ".") for n in named)
    )
    assert not uncovered, f"add these to SDK_PACKAGES in {SPEC.name}: {uncovered}"


def test_the_app_imports_no_module_the_spec_excludes() -> None:
    excluded = spec_constant("EXCLUDED_MODULES")
    offenders = sorted(
        {
            f"{module} in {path.relative_to(ROOT)}"
            for module, path in load_check_bundle().imported_modules(ROOT / "reprotect_gui")
            if any(module == e or module.startswith(e + ".") for e in excluded)
        }
    )
    assert not offenders, f"the bundle would miss these; take them out of EXCLUDED_MODULES: {offenders}"


@pytest.mark.parametrize(
    ("bundled_path", "unused"),
    [
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qt_help_pt_BR.qm", True),
        ("PySide6/Qt/translations/qtbase_ja.qm", False),
        ("PySide6/Qt/translations/qt_en.qm", False),
        ("resources/i18n/reprotect_gui_de.qm", False),  # the app's own catalogues are never dropped
        ("PySide6/Qt/lib/libQt6Core.so.6", False),
    ],
)
def test_spec_drops_only_qt_catalogues_of_languages_the_app_does_not_ship(bundled_path: str, unused: bool) -> None:
    is_unused = spec_function(
        "is_unused_qt_translation",
        re=re,
        Path=Path,
        QT_TRANSLATION_LANGUAGES=spec_constant("QT_TRANSLATION_LANGUAGES"),
    )
    assert is_unused(bundled_path) is unused


def test_bundle_checker_reads_runtime_imports_and_skips_type_checking_ones(tmp_path: Path) -> None:
    package = tmp_path / "sample"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("")
    (package / "sub" / "worker.py").write_text(
        textwrap.dedent("""\
        from __future__ import annotations
        from typing import TYPE_CHECKING
        import json
        if TYPE_CHECKING:
            import only_for_type_checkers
        else:
            import csv
        def lazily():
            from ..helpers import tool
            import xml.dom.minidom
    """)
    )
    modules = {module for module, _ in load_check_bundle().imported_modules(package)}
    assert modules == {"typing", "json", "csv", "sample.helpers", "xml.dom.minidom"}


# The .desktop entry


def test_desktop_entry_has_the_required_keys() -> None:
    entry = desktop_entry()["Desktop Entry"]
    assert entry["Type"] == "Application"
    for key in ("Name", "Name[ja]", "Comment", "Exec", "Icon", "Categories"):
        assert entry.get(key, "").strip(), f"{DESKTOP.name} lacks {key}"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")


def test_desktop_entry_launches_an_installed_gui_script_with_options_the_app_accepts() -> None:
    from reprotect_gui.app import parse_args

    gui_scripts = pyproject()["project"]["gui-scripts"]
    entry = desktop_entry()
    commands = [entry["Desktop Entry"]["Exec"]] + [
        entry[section]["Exec"] for section in entry.sections() if section.startswith("Desktop Action ")
    ]
    assert len(commands) >= 2, "expected the main entry and the training-estate action"
    for command in commands:
        program, *arguments = shlex.split(command)
        assert program in gui_scripts, f"{program} is not a [project.gui-scripts] entry"
        parse_args(arguments)  # exits (SystemExit) on an unknown option


def test_desktop_actions_listed_and_defined_agree() -> None:
    entry = desktop_entry()
    listed = [a for a in entry["Desktop Entry"]["Actions"].split(";") if a]
    defined = [s.removeprefix("Desktop Action ") for s in entry.sections() if s.startswith("Desktop Action ")]
    assert listed == defined


def test_desktop_icon_name_points_at_existing_icons() -> None:
    icon = desktop_entry()["Desktop Entry"]["Icon"]
    assert "/" not in icon and "." not in icon, "a theme icon name, installed under share/icons/hicolor"
    assert (ICONS / f"{icon}.svg").is_file()
    for size in PNG_SIZES:
        assert (ICONS / f"{icon}-{size}.png").is_file(), "render it: python packaging/render_icons.py"


# Icons


def test_svg_icon_is_square_xml() -> None:
    root = ElementTree.parse(ICONS / "reprotect-gui.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    _, _, width, height = (float(v) for v in root.attrib["viewBox"].split())
    assert width == height


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png_renderings_have_their_size(size: int) -> None:
    assert png_size(ICONS / f"reprotect-gui-{size}.png") == (size, size)


def test_windows_icon_holds_the_sizes_explorer_asks_for() -> None:
    data = (ICONS / "reprotect-gui.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for index in range(count):
        width, _height, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * index : 22 + 16 * index])
        assert data[offset : offset + 8] == PNG_SIGNATURE and offset + length <= len(data)
        sizes.add(width or 256)
    assert {16, 32, 48, 256} <= sizes


# Entry points


@pytest.mark.parametrize(
    "target",
    sorted({**pyproject()["project"]["scripts"], **pyproject()["project"]["gui-scripts"]}.values()),
)
def test_pyproject_entry_points_exist(target: str) -> None:
    module_name, _, attribute = target.partition(":")
    assert callable(getattr(importlib.import_module(module_name), attribute))


def test_gui_and_console_scripts_share_the_app_name() -> None:
    project = pyproject()["project"]
    assert "reprotect-gui" in project["gui-scripts"]
    scripts = dict(project["scripts"])
    # The console program is its own entry point (issue 17); every other console script is the window's.
    assert scripts.pop("reprotect-cli") == "reprotect_gui.cli.main:main"
    assert set(scripts.values()) <= set(project["gui-scripts"].values())
