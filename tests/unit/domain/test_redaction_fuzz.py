"""Issue 12: the redaction, fuzzed. Whatever the text or JSON-like value, redaction returns a value of
the same shape with no known secret in it — never an exception."""

from __future__ import annotations

import logging

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from reprotect_gui.domain.redaction import MIN_SECRET_LENGTH, REDACTED, redact, redact_text

SECRETS = st.text(min_size=MIN_SECRET_LENGTH, max_size=24).filter(lambda s: s not in REDACTED and s.strip())
TEXT = st.text(max_size=40) | st.sampled_from(
    ["Bearer eyJhbGciOi.eyJzdWIiOi.sig", "password=hunter22", "?sig=abc%2Fdef&se=2026", "client_secret: 'x y'"]
)
JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | TEXT,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.text(max_size=10) | st.sampled_from(["password", "token"]), inner, max_size=3)
    ),
    max_leaves=8,
)


@settings(max_examples=2000, deadline=None)
@given(TEXT, st.lists(SECRETS, max_size=3), st.integers(min_value=0, max_value=80))
def test_a_known_secret_planted_anywhere_in_a_text_is_gone(text, secrets, at):
    planted = text[:at] + (secrets[0] if secrets else "") + text[at:]
    out = redact_text(planted, secrets)
    assert isinstance(out, str)
    for secret in secrets:
        assume(secret not in REDACTED and REDACTED not in secret)
        assert secret not in out


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield str(k)
            yield from _strings(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _strings(v)


@settings(max_examples=2500, deadline=None)
@given(JSONISH, st.lists(SECRETS, max_size=2))
def test_any_json_like_value_is_redacted_without_an_exception_and_keeps_its_shape(value, secrets):
    out = redact(value, secrets)
    assert type(out) is (list if isinstance(value, tuple) else type(value))
    for secret in secrets:
        assume(REDACTED not in secret)
        assert not any(secret in s for s in _strings(out))  # keys included


@settings(max_examples=1500, deadline=None)
@given(TEXT, st.lists(st.one_of(TEXT, st.integers(), st.none()), max_size=3), SECRETS)
def test_log_records_with_any_arguments_are_scrubbed_never_raise(template, args, secret):
    from reprotect_gui.services.redaction import (
        forget_all_secrets,
        install_log_scrubbing,
        remember_secret,
        uninstall_log_scrubbing,
    )

    forget_all_secrets()
    remember_secret(secret)
    install_log_scrubbing()
    try:
        record = logging.getLogger("fuzz").makeRecord(
            "fuzz", logging.INFO, __file__, 1, template + secret, tuple(args), None
        )
        assert secret not in record.getMessage() or secret in REDACTED
    finally:
        uninstall_log_scrubbing()
        forget_all_secrets()
