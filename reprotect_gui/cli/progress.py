"""JobContext implementations for the console: silent, or a line on stderr per step."""

from __future__ import annotations

import sys
from typing import TextIO


class NullContext:
    """Never cancelled, reports nothing (quick reads)."""

    def report(self, done: float, text: str) -> None:
        pass

    def raise_if_cancelled(self) -> None:
        pass


class StderrContext:
    """Each new step's text on stderr, once; stdout stays for the result (a table, JSON)."""

    def __init__(self, err: TextIO | None = None, quiet: bool = False) -> None:
        self._err = err or sys.stderr
        self._quiet = quiet
        self._last = ""

    def report(self, done: float, text: str) -> None:
        if self._quiet or text == self._last:
            return
        self._last = text
        print(f"… {text}", file=self._err, flush=True)

    def raise_if_cancelled(self) -> None:
        pass
