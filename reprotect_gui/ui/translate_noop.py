"""QT_TRANSLATE_NOOP with the type it has at run time.

PySide6's stub declares `QT_TRANSLATE_NOOP(context, text) -> object`, so every table of marked texts would be
`dict[..., object]` and each tr() of one a type error. This one returns the text as `str`; lupdate finds the marks
by the name QT_TRANSLATE_NOOP, wherever it is imported from.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source_text: str, /) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark `source_text` for translation in `context`; translate it later with tr()/translate()."""
    del context  # read by lupdate from the source, not at run time
    return source_text
