"""Issue 12: vCenter sizes the app computes with are validated (sizes in bytes/KB from the SDK)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from reprotect_gui.vsphere.collector import Row
from reprotect_gui.vsphere.errors import VCenterAnswerUnreadable
from reprotect_gui.vsphere.inventory import GIB, MAX_BYTES, _datastore, _number


@pytest.mark.parametrize("value", [None, 0, 1, MAX_BYTES])
def test_sizes_inside_the_edges_are_taken(value):
    assert _number(value, "x") == (value or 0)


@pytest.mark.parametrize("value", [-1, MAX_BYTES + 1, 10**400, float("nan"), float("inf"), 1.5, True, "12"])
def test_sizes_outside_the_edges_are_a_sentence_naming_the_field(value):
    with pytest.raises(VCenterAnswerUnreadable) as raised:
        _number(value, "the capacity of datastore ds-01")
    assert "the capacity of datastore ds-01 is" in raised.value.summary and "Retry" in raised.value.next_step


def test_a_datastore_with_a_negative_free_space_is_refused_not_computed_with():
    ref = SimpleNamespace(_moId="datastore-1", _wsdlName="Datastore")
    index = SimpleNamespace(names={}, sdrs_datastores=set())
    row = Row(ref, {"name": "ds-01", "summary.capacity": 100 * GIB, "summary.freeSpace": -GIB, "host": []})
    with pytest.raises(VCenterAnswerUnreadable, match="the free space of datastore ds-01 is -1073741824"):
        _datastore(row, index, None)
    row.props["summary.freeSpace"] = 10 * GIB
    assert _datastore(row, index, None).free_gb == 10.0
