"""Keep secrets out of everything we write: audit records, reports, log lines.

Two nets: the exact values of secrets the app has handled (client secrets, passwords read from
the keyring), and patterns of things that are secrets whatever their value (bearer tokens, JWTs,
SAS signatures, `password=` pairs, connection-string keys). Keys of a mapping that name a secret
(`password`, `client_secret`, `token`, ...) have their value replaced whatever it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

REDACTED = "[redacted]"
MIN_SECRET_LENGTH = 4  # shorter "secrets" would redact ordinary words

SECRET_KEY = re.compile(
    r"(pass(word|wd|phrase)?|secret|token|credential|api[_-]?key|account[_-]?key|private[_-]?key|sig|signature)$",
    re.IGNORECASE,
)
_PATTERNS = (
    # Authorization headers and bare bearer tokens.
    re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}"),
    # JSON Web Tokens (Azure AD access and refresh tokens look like this).
    re.compile(r"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*"),
    # key=value pairs in URLs, connection strings and command lines.
    re.compile(
        r"(?i)\b((?:client_?secret|password|passwd|pwd|secret|access_?token|refresh_?token|id_?token|token|"
        r"sig|accountkey|sharedaccesskey|apikey|api_key)[\"']?\s*[=:]\s*)(\"[^\"]*\"|'[^']*'|[^\s&;,'\"]+)"
    ),
)


def redact_text(text: str, known_secrets: Iterable[str] = ()) -> str:
    """`text` with every known secret value and every secret-looking token replaced."""
    # Longest first, so a secret that contains another is replaced whole.
    for secret in sorted({s for s in known_secrets if len(s) >= MIN_SECRET_LENGTH}, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    for pattern in _PATTERNS:
        text = pattern.sub(_replacement, text)
    return text


def _replacement(match: re.Match[str]) -> str:
    # For key=value pairs keep the key (the reader should see *what* was removed).
    if match.re.groups >= 2 and match.group(1) and match.group(2) is not None:
        return f"{match.group(1)}{REDACTED}"
    return REDACTED


def redact(value: Any, known_secrets: Iterable[str] = ()) -> Any:
    """A copy of a JSON-like value (dicts, lists, strings, numbers) with secrets removed."""
    known = tuple(known_secrets)
    return _redact(value, known)


def _redact(value: Any, known: tuple[str, ...]) -> Any:
    if isinstance(value, str):
        return redact_text(value, known)
    if isinstance(value, Mapping):
        return {
            redact_text(str(k), known): (
                REDACTED if _names_a_secret(str(k)) and v not in (None, "") else _redact(v, known)
            )
            for k, v in value.items()
        }
    if isinstance(value, list | tuple):
        return [_redact(v, known) for v in value]
    return value


def _names_a_secret(key: str) -> bool:
    return bool(SECRET_KEY.search(key.replace("-", "_")))
