"""Test-wide set-up: Qt runs offscreen; no test needs a display, and none writes to the real home."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The journal, the audit log, pinned certificates and settings go to a throwaway place.
_home = tempfile.mkdtemp(prefix="reprotect-gui-tests-")
os.environ["XDG_DATA_HOME"] = os.path.join(_home, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_home, "config")
os.environ["XDG_STATE_HOME"] = os.path.join(_home, "state")
