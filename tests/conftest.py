"""Test-wide set-up: Qt runs offscreen; no test needs a display."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
