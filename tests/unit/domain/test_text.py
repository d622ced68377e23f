"""Issue 12: control and bidi-override characters are made visible wherever outside text is rendered."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reprotect_gui.domain.models import JobState
from reprotect_gui.domain.report import build_report, render_html
from reprotect_gui.domain.text import visible
from tests.unit.domain.test_report import job, records


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("exe\u202etxt.bat", "exe[U+202E]txt.bat"),
        ("web\x1b[31m-01", "web[U+001B][31m-01"),
        ("nul\x00here", "nul[U+0000]here"),
        ("zero\u200bwidth", "zero[U+200B]width"),
        ("isolate\u2066x\u2069", "isolate[U+2066]x[U+2069]"),
        ("c1\x85", "c1[U+0085]"),
        ("line one\nline two\ttab", "line one\nline two\ttab"),  # kept
        ("日本語 web-01 ü", "日本語 web-01 ü"),  # ordinary text untouched
    ],
)
def test_visible(raw, shown):
    assert visible(raw) == shown


@settings(max_examples=2000, deadline=None)
@given(st.text())
def test_visible_leaves_no_control_or_bidi_character(text):
    import unicodedata

    out = visible(text)
    for ch in out:
        assert ch in "\t\n\r" or (
            unicodedata.category(ch) not in ("Cc",)
            and ch not in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"
        )


def test_the_drill_report_html_shows_bidi_and_controls_as_markers():
    rs = records(job(JobState.SUCCEEDED))
    rs[0]["subject"]["name"] = "web\u202e01\x1b\x00"
    rs[0]["choices"]["items"][0]["datastore"] = "ds\u202egold"
    html = render_html(build_report(rs))
    assert "\u202e" not in html and "\x1b" not in html and "\x00" not in html
    assert "web[U+202E]01[U+001B][U+0000]" in html and "ds[U+202E]gold" in html
