"""Refresh the translation sources (.ts) from the code and compile the catalogues (.qm) into the package.

    python resources/i18n/update_translations.py           # after changing any user-visible text
    python resources/i18n/update_translations.py --check   # exit 1 when a .ts or .qm is out of date

1. `lupdate` (from the PySide6 wheel) reads every tr()/translate()/QT_TRANSLATE_NOOP string in
   `reprotect_gui/ui` and `reprotect_gui/app.py`, plus the domain's fixed texts, which it can't see
   (the domain is Qt-free): the remediation table (context "remediation"), the known job errors
   (context "job_errors"), the Azure adapter's sign-in method and cloud labels (context
   "sign_in") and every message template `t("…")` of the domain and the adapters (context
   "domain", see reprotect_gui/domain/messages.py), written to a throwaway Python file of
   QT_TRANSLATE_NOOP lines first.
   Existing translations are kept; new strings come in unfinished, vanished ones are dropped.
2. `lrelease` compiles `reprotect_gui_ja.ts` to `reprotect_gui/i18n/reprotect_gui_ja.qm`, inside the
   package, so pipx installs and the PyInstaller bundle carry it.

English is the source language: `reprotect_gui_en.ts` is the translators' template, not compiled.
Translate the Japanese entries with Qt Linguist (`pyside6-linguist`) or any XML editor.
"""

from __future__ import annotations

import argparse
import ast
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "i18n"
QM_DIR = ROOT / "reprotect_gui" / "i18n"
SOURCES = (ROOT / "reprotect_gui" / "ui", ROOT / "reprotect_gui" / "app.py")
# Where domain message templates are written (t("…") calls): the domain and the adapters/services around it.
TEMPLATE_SOURCES = tuple(ROOT / "reprotect_gui" / p for p in ("domain", "asr", "vsphere", "services", "training"))
LANGUAGES = {"en": "en", "ja": "ja_JP"}  # catalogue -> Qt language name
COMPILED = ("ja",)  # English is the source language: nothing to compile


def ts_path(language: str, directory: Path = TS_DIR) -> Path:
    return directory / f"reprotect_gui_{language}.ts"


def qm_path(language: str, directory: Path = QM_DIR) -> Path:
    return directory / f"reprotect_gui_{language}.qm"


def qt_tool(name: str) -> str:
    """lupdate/lrelease: the binaries in the PySide6 wheel, else the pyside6-* wrappers on PATH."""
    import PySide6

    suffix = ".exe" if sys.platform == "win32" else ""
    for candidate in (
        Path(PySide6.__file__).parent / f"{name}{suffix}",
        Path(PySide6.__file__).parent / "Qt" / "libexec" / f"{name}{suffix}",
    ):
        if candidate.is_file():
            return str(candidate)
    wrapper = shutil.which(f"pyside6-{name}")
    if wrapper:
        return wrapper
    raise SystemExit(f"{name} not found: install PySide6 (pip install PySide6-Essentials), it ships {name}")


def domain_texts() -> dict[str, list[str]]:
    """The fixed English texts from outside the UI that it translates, by context (see reprotect_gui/ui/i18n.py)."""
    sys.path.insert(0, str(ROOT))
    from reprotect_gui.asr.directory import AzureDirectory
    from reprotect_gui.domain.checks.journey import FIX as JOURNEY_FIX
    from reprotect_gui.domain.checks.readiness import FIX as READINESS_FIX
    from reprotect_gui.domain.checks.remediation import FIX
    from reprotect_gui.domain.job_errors import KNOWN_JOB_ERRORS

    job_texts = [t for known in KNOWN_JOB_ERRORS.values() for t in (known.cause, known.fix)]
    sign_in = [label for _, label in (*AzureDirectory.sign_in_choices(), *AzureDirectory.cloud_choices())]
    return {
        "remediation": list(
            dict.fromkeys(v for v in (*FIX.values(), *JOURNEY_FIX.values(), *READINESS_FIX.values()) if v)
        ),
        "job_errors": list(dict.fromkeys(job_texts)),
        "sign_in": list(dict.fromkeys(sign_in)),
        "domain": domain_templates(),
    }


def domain_templates() -> list[str]:
    """Every message template of the domain and the adapters: the literal first argument of each `t("…")`
    call (reprotect_gui/domain/messages.py), in source order, duplicates dropped."""
    found: list[str] = []
    for package in TEMPLATE_SOURCES:
        for path in sorted(package.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id == "t"
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                ):
                    found.append(node.args[0].value)
    return list(dict.fromkeys(found))


def write_domain_strings(directory: Path) -> Path:
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    for context, texts in domain_texts().items():
        lines += [f"QT_TRANSLATE_NOOP({context!r}, {text!r})" for text in texts]
    path = directory / "domain_strings.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{Path(command[0]).name} failed ({done.returncode}):\n{done.stdout}{done.stderr}")


def update_ts(ts_dir: Path, scratch: Path) -> None:
    domain = write_domain_strings(scratch)
    for language, qt_name in LANGUAGES.items():
        run(
            [
                qt_tool("lupdate"),
                "-silent",
                "-extensions",
                "py",
                "-locations",
                "none",
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                qt_name,
                *(str(s) for s in SOURCES),
                str(domain),
                "-ts",
                str(ts_path(language, ts_dir)),
            ]
        )


def compile_qm(ts_dir: Path, qm_dir: Path) -> None:
    qm_dir.mkdir(parents=True, exist_ok=True)
    for language in COMPILED:
        run([qt_tool("lrelease"), "-silent", str(ts_path(language, ts_dir)), "-qm", str(qm_path(language, qm_dir))])


def check() -> list[str]:
    """What is out of date: .ts files lupdate would change, .qm files lrelease would change."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        ts_copy, qm_copy = scratch / "ts", scratch / "qm"
        ts_copy.mkdir()
        for language in LANGUAGES:
            shutil.copy(ts_path(language), ts_path(language, ts_copy))
        update_ts(ts_copy, scratch)
        for language in LANGUAGES:
            if ts_path(language, ts_copy).read_text(encoding="utf-8") != ts_path(language).read_text(encoding="utf-8"):
                problems.append(f"{ts_path(language).relative_to(ROOT)} misses new or changed strings")
        compile_qm(TS_DIR, qm_copy)
        for language in COMPILED:
            if not qm_path(language).is_file() or not filecmp.cmp(
                qm_path(language, qm_copy), qm_path(language), shallow=False
            ):
                problems.append(f"{qm_path(language).relative_to(ROOT)} is not compiled from the current .ts")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 when anything is out of date")
    args = parser.parse_args()
    if args.check:
        problems = check()
        for problem in problems:
            print(problem)
        if problems:
            print("Run: python resources/i18n/update_translations.py, translate the unfinished entries, run it again.")
        return 1 if problems else 0
    with tempfile.TemporaryDirectory() as tmp:
        update_ts(TS_DIR, Path(tmp))
    compile_qm(TS_DIR, QM_DIR)
    print(
        f"updated {', '.join(str(ts_path(lang).relative_to(ROOT)) for lang in LANGUAGES)}; "
        f"compiled {', '.join(str(qm_path(lang).relative_to(ROOT)) for lang in COMPILED)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
