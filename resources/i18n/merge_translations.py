"""Resolve merge conflicts in resources/i18n/*.ts and the compiled .qm, keeping both sides' translations.

Run from the repository root while a merge is in progress (or any time after resolving code conflicts):
    python3 resources/i18n/merge_translations.py
It collects every finished translation from "ours" (stage 2), "theirs" (stage 3) and the working file,
regenerates the catalogues from the current code (update_translations.py with the worktree's .venv), fills
each entry that lost its translation from the collected ones, and compiles again. It prints the entries that
are still unfinished: translate those by hand. Then `git add resources/i18n reprotect_gui/i18n`.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path.cwd()
TS_FILES = ["resources/i18n/reprotect_gui_ja.ts", "resources/i18n/reprotect_gui_en.ts"]
QM = "reprotect_gui/i18n/reprotect_gui_ja.qm"
PY = str(ROOT / ".venv" / "bin" / "python")  # the project's virtualenv (tests/run.sh makes it)


def git_show(stage: int, path: str) -> str | None:
    done = subprocess.run(["git", "show", f":{stage}:{path}"], capture_output=True, text=True, cwd=ROOT)
    return done.stdout if done.returncode == 0 else None


def translations(text: str | None) -> dict[tuple[str, str], ET.Element]:
    found: dict[tuple[str, str], ET.Element] = {}
    if not text or "<<<<<<<" in text:
        return found
    root = ET.fromstring(text.encode("utf-8"))
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            if (tr.text or "").strip() or list(tr):
                found[(name, source)] = tr
    return found


def main() -> int:
    known: dict[str, dict[tuple[str, str], ET.Element]] = {}
    for path in TS_FILES:
        merged: dict[tuple[str, str], ET.Element] = {}
        for text in (git_show(2, path), git_show(3, path), (ROOT / path).read_text(encoding="utf-8")):
            for key, tr in translations(text).items():
                merged.setdefault(key, tr)
        known[path] = merged
        ours = git_show(2, path)
        if ours is not None:  # conflicted: start again from ours, lupdate adds what the code has now
            (ROOT / path).write_text(ours, encoding="utf-8")
    qm_ours = subprocess.run(["git", "show", f":2:{QM}"], capture_output=True, cwd=ROOT)
    if qm_ours.returncode == 0:
        (ROOT / QM).write_bytes(qm_ours.stdout)
    subprocess.run([PY, "resources/i18n/update_translations.py"], check=True, cwd=ROOT)
    missing = []
    for path in TS_FILES:
        file = ROOT / path
        tree = ET.parse(file)
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                tr = message.find("translation")
                if tr is None or tr.get("type") != "unfinished":
                    continue
                good = known[path].get((name, source))
                if good is None:
                    if path.endswith("_ja.ts"):
                        missing.append(f"{name}: {source[:100]}")
                    continue
                message.remove(tr)
                copy = ET.fromstring(ET.tostring(good))
                copy.attrib.pop("type", None)
                message.append(copy)
        body = ET.tostring(tree.getroot(), encoding="unicode")
        file.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    subprocess.run([PY, "resources/i18n/update_translations.py"], check=True, cwd=ROOT)
    for line in missing:
        print("UNFINISHED", line)
    print(f"{len(missing)} Japanese entries still need a translation")
    return 0


if __name__ == "__main__":
    sys.exit(main())
