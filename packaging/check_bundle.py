"""Check that a built one-folder bundle holds everything the app can import, not only what start-up imports.

The adapters and the SDKs are imported lazily (on worker threads, after the first window), so a bundle
that starts and shows the wizard can still lack pyVmomi or an azure package. This reads every import
statement in reprotect_gui/ and looks each module up in the bundle: the frozen archive (PYZ), the
frozen standard library, or an extension module file. It also checks the package data and the pieces
that are found at run time by name rather than by import.

Run with the build venv's Python (it needs PyInstaller):
    build/pyinstaller-venv/bin/python packaging/check_bundle.py dist/reprotect-gui
Exit status 0 when complete; otherwise one line per missing piece and status 1.
"""

from __future__ import annotations

import ast
import importlib.util
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_PACKAGE = ROOT / "reprotect_gui"
sys.path.insert(0, str(ROOT))  # resolve the working tree's modules, as the spec freezes them

# Found at run time by name, not by an import statement the scan can see.
REQUIRED_MODULES = (
    "keyring.backends.SecretService",  # Linux desktop keyring (GNOME Keyring, KWallet 5.97+)
    "keyring.backends.Windows",
    "keyring.backends.macOS",
    "secretstorage",
    "pyVmomi._typeinfo_vim",  # loaded in a try/except ImportError by pyVmomi
    "pyVmomi._typeinfo_core",
)
REQUIRED_FILES = (
    "reprotect_gui/training/estate.json",  # the --demo estate
    "certifi/cacert.pem",  # TLS verification to Azure
    "resources/icons/reprotect-gui.svg",
)
PLATFORM_PLUGINS = {  # Qt's window-system plugins, where the PySide6 wheel keeps them
    "linux": ("PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqwayland.so"),
    "win32": ("PySide6/plugins/platforms/qwindows.dll",),
    "darwin": ("PySide6/Qt/plugins/platforms/libqcocoa.dylib",),
}
REQUIRED_FILE_PATTERNS = (
    "keyring-*.dist-info/entry_points.txt",  # keyring finds its backends through entry points
)
TEST_ONLY_PACKAGES = ("pytest", "pytestqt", "keyrings", "_pytest")


def imported_modules(source_dir: Path) -> Iterator[tuple[str, Path]]:
    """(module, file) for each absolute module an import statement names, skipping TYPE_CHECKING blocks."""
    for path in sorted(source_dir.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        package = ".".join(path.relative_to(source_dir.parent).with_suffix("").parts[:-1])
        for node in _runtime_nodes(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    yield alias.name, path
            elif isinstance(node, ast.ImportFrom) and node.module != "__future__":
                base = _absolute(node, package)
                yield base, path
                for alias in node.names:
                    candidate = f"{base}.{alias.name}"
                    if _is_module(candidate):
                        yield candidate, path


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            yield from (child for other in node.orelse for child in [other, *_runtime_nodes(other)])
            continue
        yield node
        yield from _runtime_nodes(node)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _absolute(node: ast.ImportFrom, package: str) -> str:
    if node.level == 0:
        return node.module or ""
    parent = package.split(".")[: len(package.split(".")) - (node.level - 1)]
    return ".".join(parent + ([node.module] if node.module else []))


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError, AttributeError):
        return False  # e.g. pyVmomi.vim: a type namespace, not a module


class Bundle:
    def __init__(self, folder: Path) -> None:
        from PyInstaller.archive.readers import CArchiveReader

        self.folder = folder
        self.internal = folder / "_internal"
        executable = CArchiveReader(str(executable_path(folder)))
        self.frozen = set(executable.open_embedded_archive("PYZ.pyz").toc)
        with zipfile.ZipFile(self.internal / "base_library.zip") as stdlib:
            self.frozen |= {_module_name(entry) for entry in stdlib.namelist() if entry.endswith(".pyc")}

    def has_module(self, name: str) -> bool:
        if name in self.frozen or name in sys.builtin_module_names:
            return True
        relative = Path(*name.split("."))
        dynload = self.internal / f"python{sys.version_info.major}.{sys.version_info.minor}" / "lib-dynload"
        candidates = [self.internal / relative.parent, dynload, self.internal]
        return any(
            any(folder.glob(f"{relative.name}.*so")) or any(folder.glob(f"{relative.name}.*pyd"))
            for folder in candidates
            if folder.is_dir()
        )

    def has_file(self, relative: str) -> bool:
        return any(self.internal.glob(relative))


def executable_path(folder: Path) -> Path:
    return folder / (folder.name + (".exe" if sys.platform == "win32" else ""))


def _module_name(entry: str) -> str:
    name = entry[: -len(".pyc")].replace("/", ".")
    return name[: -len(".__init__")] if name.endswith(".__init__") else name


def problems(bundle: Bundle) -> list[str]:
    found = []
    seen: set[str] = set()
    for module, path in imported_modules(APP_PACKAGE):
        if module not in seen:
            seen.add(module)
            if not bundle.has_module(module):
                found.append(f"module {module} (imported in {path.relative_to(ROOT)}) is not in the bundle")
    for module in REQUIRED_MODULES:
        if not bundle.has_module(module):
            found.append(f"module {module} is not in the bundle")
    plugins = PLATFORM_PLUGINS.get(sys.platform, PLATFORM_PLUGINS["linux"])
    for relative in (*REQUIRED_FILES, *plugins, *REQUIRED_FILE_PATTERNS):
        if not bundle.has_file(relative):
            found.append(f"file _internal/{relative} is not in the bundle")
    for module in sorted(bundle.frozen):
        if module.split(".")[0] in TEST_ONLY_PACKAGES:
            found.append(f"test-only module {module} was bundled; check the spec's excludes")
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: check_bundle.py DIST_FOLDER (e.g. dist/reprotect-gui)", file=sys.stderr)
        return 2
    folder = Path(argv[0]).resolve()
    if not executable_path(folder).is_file():
        print(
            f"{executable_path(folder)} does not exist; build the bundle first (packaging/README.md).", file=sys.stderr
        )
        return 2
    bundle = Bundle(folder)
    found = problems(bundle)
    for line in found:
        print(line, file=sys.stderr)
    if found:
        return 1
    print(f"bundle complete: {len(bundle.frozen)} frozen modules, every module reprotect_gui imports is present")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
