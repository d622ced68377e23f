"""Issue 12: every input boundary of the scenario loader gives a ScenarioError sentence or a valid
scenario — never UnicodeDecodeError, RecursionError, ValueError or OverflowError — and the property
holds for generated inputs (hypothesis)."""

from __future__ import annotations

import copy
import json
import math
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reprotect_gui.domain.errors import ScenarioError
from reprotect_gui.training.scenario import (
    MAX_DEPTH,
    MAX_NUMBER,
    Scenario,
    builtin_path,
    load_scenario,
    scenario_from_bytes,
)

BUILTIN = json.loads(builtin_path().read_text(encoding="utf-8"))


def with_size(value) -> bytes:
    raw = copy.deepcopy(BUILTIN)
    raw["items"][0]["disks"][0]["size_gb"] = value
    return json.dumps(raw, allow_nan=True).encode("utf-8")


def refused(data: bytes) -> str:
    with pytest.raises(ScenarioError) as caught:
        scenario_from_bytes(data, "s.json")
    assert caught.value.next_step
    return caught.value.summary


def test_a_file_that_is_not_utf8_is_a_sentence(tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes(json.dumps(BUILTIN, ensure_ascii=False).replace("web-01", "wéb-01").encode("latin-1"))
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    assert "is not UTF-8 text" in caught.value.summary and "Save the file as UTF-8" in caught.value.next_step


def test_nesting_just_inside_the_limit_parses_and_just_outside_is_refused():
    inside = b'{"format": ' + b"[" * (MAX_DEPTH - 1) + b"]" * (MAX_DEPTH - 1) + b"}"
    assert "expected a non-empty text" in refused(inside)  # parsed: the format is a list, not a depth problem
    outside = b'{"format": ' + b"[" * MAX_DEPTH + b"]" * MAX_DEPTH + b"}"
    assert f"nests lists or objects {MAX_DEPTH + 1} deep" in refused(outside)
    assert "nests lists or objects 200000 deep" in refused(b"[" * 200_000 + b"]" * 200_000)
    assert "nests" not in refused(b'{"format": "[[[[[[[[' + b"[" * 200 + b'"}')  # brackets inside a text


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused_never_accepted_as_sizes(constant):
    data = with_size(0).replace(b'"size_gb": 0', f'"size_gb": {constant}'.encode())
    assert f"holds {constant}" in refused(data)


def test_numbers_out_of_range_name_the_field():
    assert "at items[0].disks[0].size_gb: must be between 1 and 1e+07, found 1e+300" in refused(with_size(1e300))
    assert "found a number of 400 digits" in refused(with_size(10**399))
    assert "expected a finite number" in refused(with_size(1e400).replace(b"Infinity", b"1e400"))
    assert isinstance(scenario_from_bytes(with_size(MAX_NUMBER), "s.json"), Scenario)  # just inside
    assert "found 1e+07" in refused(with_size(MAX_NUMBER * (1 + 1e-9)))  # just outside


def test_a_percentage_above_100_is_refused():
    raw = copy.deepcopy(BUILTIN)
    raw["master_targets"][0]["retention_volumes"][0]["threshold_percent"] = 100
    scenario_from_bytes(json.dumps(raw).encode(), "s.json")
    raw["master_targets"][0]["retention_volumes"][0]["threshold_percent"] = 101
    assert "threshold_percent: must be between 0 and 100, found 101" in refused(json.dumps(raw).encode())


# --- generated inputs ---------------------------------------------------------------------------------

NASTY_TEXT = st.text(
    alphabet=st.characters(codec="utf-8") | st.sampled_from(["\u202e", "\x1b", "\x00", "\ufeff"]), max_size=12
) | st.sampled_from(["web-01", "mt-win-01", "esx-01", "ds-vmfs-gold-01", "Windows", "Linux", "VMware"])
NASTY_NUMBERS = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0, -1, 1e300, -1e300, 10**400, 1e-320, MAX_NUMBER, MAX_NUMBER + 1]),
)
LEAVES = st.one_of(st.none(), st.booleans(), NASTY_NUMBERS, NASTY_TEXT)
VALUES = st.recursive(
    LEAVES, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(NASTY_TEXT, inner, max_size=3), max_leaves=6
)


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, (*prefix, i))


PATHS = [p for p in _paths(BUILTIN) if p]


def _mutate(raw, path, value, delete):
    parent = raw
    for key in path[:-1]:
        parent = parent[key]
    if delete:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value


def _valid_or_sentence(data: bytes) -> None:
    try:
        scenario = scenario_from_bytes(data, "fuzz.json")
    except ScenarioError as exc:
        assert exc.summary.startswith("The scenario file fuzz.json") and exc.next_step
        return
    site = scenario.site(datetime.now().astimezone())
    for item in site.items:  # a valid result: every number the app computes with is finite
        assert all(math.isfinite(d.size_gb) and d.size_gb >= 1 for d in item.disks)
    for mt in site.master_targets:
        assert all(v.free_bytes >= 0 and 0 <= v.threshold_percent <= 100 for v in mt.retention_volumes)


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(st.sampled_from(PATHS), VALUES, st.booleans()), min_size=1, max_size=3),
)
def test_generated_edits_of_the_builtin_estate_load_or_explain(edits):
    raw = copy.deepcopy(BUILTIN)
    for path, value, delete in edits:
        try:
            _mutate(raw, path, value, delete)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier edit removed or replaced this place
    _valid_or_sentence(json.dumps(raw, allow_nan=True).encode("utf-8"))


@settings(max_examples=2000, deadline=None)
@given(st.binary(max_size=200) | st.text(max_size=200).map(lambda t: t.encode("utf-8")))
def test_generated_bytes_load_or_explain(data):
    _valid_or_sentence(data)
