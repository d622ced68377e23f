"""The prerequisite checks of the catalog, one module per section.

Importing the package registers every check (see `registry`); `reprotect_gui.domain.preflight`
runs them.
"""

from reprotect_gui.domain.checks import (  # noqa: F401  (imported for their registrations)
    datastore,
    eligibility,
    journey,
    master_target,
    modernized,
    retention,
    site,
    submit,
)
from reprotect_gui.domain.checks.registry import implemented_ids, preflight_checks

__all__ = ["implemented_ids", "preflight_checks"]
