"""Text from the outside (ARM, vCenter, scenario files, audit records) made safe to render.

A VM or datastore name can hold control characters (NUL, ESC) or bidirectional overrides
(U+202E turns "exe.txt" into "txt.exe" on screen). Wherever such text is rendered — the drill
report (HTML and PDF), tables — each of these characters is shown as a visible `[U+XXXX]` marker
instead, so what the operator reads is what the data says. Line breaks and tabs stay.
"""

from __future__ import annotations

import re

# C0 and C1 controls (not tab, line feed, carriage return), DEL, the bidi embeddings, overrides,
# isolates and marks, zero-width characters, line/paragraph separators and the byte-order mark.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]"
)


def visible(text: str) -> str:
    """`text` with every control, bidi-override and invisible formatting character as `[U+XXXX]`."""
    return _INVISIBLE.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)
