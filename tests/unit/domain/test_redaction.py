"""Secrets never leave the app: by value, by pattern, by key."""

from __future__ import annotations

import pytest

from reprotect_gui.domain.redaction import REDACTED, redact, redact_text


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Authorization: Bearer abc.def-ghi_jkl~123", "abc.def-ghi_jkl", "Authorization:"),
        ("token eyJhbGciOiJIUzI1NiJ9.eyJ1cG4iOiJhQGIifQ.sig-part ok", "eyJ1cG4i", "ok"),
        ("https://sa.blob.core.windows.net/c?sv=2022-11-02&sig=AbC%2Bd3f&se=2026", "AbC%2Bd3f", "se=2026"),
        ("login user=ops password=Winter2026! next", "Winter2026!", "user=ops"),
        ('{"client_secret": "s3cr3t-value"}', "s3cr3t-value", "client_secret"),
        ("DefaultEndpointsProtocol=https;AccountKey=QUJDRA==;EndpointSuffix=core", "QUJDRA==", "EndpointSuffix"),
    ],
)
def test_patterns_remove_the_secret_and_keep_the_context(text, gone, kept):
    out = redact_text(text)
    assert gone not in out and kept in out and REDACTED in out


def test_known_values_are_removed_wherever_they_appear_longest_first():
    out = redact_text("a=opensesame-long; b=opensesame", ["opensesame", "opensesame-long"])
    assert out == f"a={REDACTED}; b={REDACTED}"


def test_very_short_known_values_do_not_shred_ordinary_text():
    assert redact_text("the job ended", ["e"]) == "the job ended"


def test_values_under_secret_keys_are_replaced_in_nested_structures():
    value = {
        "sign_in": {"tenant": "contoso", "clientSecret": "x1", "password": ""},
        "tokens": ["Bearer 0123456789ab"],
        "status": "pass",
    }
    assert redact(value) == {
        "sign_in": {"tenant": "contoso", "clientSecret": REDACTED, "password": ""},
        "tokens": [REDACTED],
        "status": "pass",
    }


def test_ordinary_audit_words_survive():
    text = "MT-15 warn acknowledged; datastore ds-vmfs-gold-01; RPO threshold 15 min; the check passed"
    assert redact_text(text) == text
