"""The Japanese catalogue uses the glossary's terms (docs/glossary.md, issue 14)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "docs" / "glossary.md"
JA_TS = ROOT / "resources" / "i18n" / "reprotect_gui_ja.ts"


def glossary_rows() -> list[tuple[str, str, list[str], bool]]:
    """(English, 日本語, avoid patterns, checked) for each row of the Terms table."""
    text = GLOSSARY.read_text(encoding="utf-8")
    table = text.split("## Terms", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 4 or cells[0] in ("English", "") or set(cells[0]) <= {"-"}:
            continue
        english, japanese, _, avoid = cells
        checked = "(not checked)" not in english
        english = english.replace("(not checked)", "").strip()
        rows.append((english, japanese, [a.strip() for a in avoid.split(",") if a.strip()], checked))
    return rows


def ja_entries() -> list[tuple[str, str, str]]:
    root = ET.parse(JA_TS).getroot()
    return [
        (ctx.findtext("name"), m.findtext("source"), m.findtext("translation") or "")
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    ]


def test_the_glossary_fixes_the_seed_articles_terms():
    terms = {english: japanese for english, japanese, _, _ in glossary_rows()}
    assert terms["master target"] == "マスター ターゲット"
    assert terms["process server"] == "プロセス サーバー"
    assert terms["configuration server"] == "構成サーバー"
    assert terms["retention drive"] == "リテンション ドライブ"
    assert terms["datastore"] == "データストア"
    assert terms["reprotect"] == "再保護" and terms["failback"] == "フェールバック"
    assert terms["recovery point"] == "復旧ポイント" and terms["vault"] == "コンテナー"
    seed = Path("/work/shared/seed/vmware-azure-reprotect.ja.md")
    if seed.is_file():  # every checked term that claims the seed appears in it
        article = seed.read_text(encoding="utf-8")
        for english, japanese, _, checked in glossary_rows():
            if checked and english not in ("replication appliance", "log storage account"):
                assert japanese in article, english


def test_every_translation_uses_the_glossarys_term_for_an_english_term_in_its_source():
    problems = []
    rows = [r for r in glossary_rows() if r[3]]
    for context, source, translation in ja_entries():
        if source == translation:  # the same in both languages (names, placeholders only)
            continue
        words = re.sub(r"\{\w*\}", " ", source)  # '{datastore}' is a value, not the word
        words = re.sub(r"\breprotect[-_]\w+", " ", words)  # program names (reprotect-cli, reprotect_gui)
        for english, japanese, _, _ in rows:
            if re.search(rf"\b{re.escape(english)}", words, re.IGNORECASE) and japanese not in translation:
                problems.append(f"{context}: {english!r} → {japanese!r} missing in {translation!r} (source {source!r})")
    assert problems == [], "\n".join(problems)


def test_no_translation_uses_a_form_the_glossary_avoids():
    problems = []
    for context, _source, translation in ja_entries():
        for english, _, avoid, _ in glossary_rows():
            for pattern in avoid:
                if re.search(pattern, translation):
                    problems.append(f"{context}: {pattern!r} (glossary: {english}) in {translation!r}")
    assert problems == [], "\n".join(problems)
