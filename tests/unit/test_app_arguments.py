"""Issue 12: command-line numbers are finite and in range, or the program says which and stops."""

from __future__ import annotations

import pytest

from reprotect_gui.app import MAX_LATENCY_S, MAX_SPEED, parse_args


@pytest.mark.parametrize(
    ("argv", "speed", "latency"),
    [
        (["--speed", "0.001"], 0.001, 0.4),
        (["--speed", str(MAX_SPEED)], MAX_SPEED, 0.4),  # just inside the ceiling
        (["--latency", "0"], 1.0, 0.0),
        (["--latency", str(MAX_LATENCY_S)], 1.0, MAX_LATENCY_S),
    ],
)
def test_numbers_inside_the_edges_are_taken(argv, speed, latency):
    args = parse_args(argv)
    assert (args.speed, args.latency) == (speed, latency)


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--speed", "nan"], "--speed must be a number greater than 0 and at most 10000, not nan"),
        (["--speed", "inf"], "--speed must be a number greater than 0"),
        (["--speed", "0"], "--speed must be a number greater than 0"),
        (["--speed", "-1"], "--speed must be a number greater than 0"),
        (["--speed", str(MAX_SPEED * 1.0001)], "at most 10000"),  # just outside
        (["--latency", "inf"], "--latency must be a number of seconds from 0 to 60, not inf"),
        (["--latency", "nan"], "--latency must be a number of seconds from 0 to 60, not nan"),
        (["--latency", "-0.001"], "--latency must be a number of seconds from 0 to 60"),
        (["--latency", "60.001"], "--latency must be a number of seconds from 0 to 60"),
        (["--speed", "fast"], "invalid float value: 'fast'"),
    ],
)
def test_numbers_outside_the_edges_stop_with_a_sentence(argv, said, capsys):
    with pytest.raises(SystemExit) as stopped:
        parse_args(argv)
    assert stopped.value.code == 2
    assert said in capsys.readouterr().err
