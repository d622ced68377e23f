"""Run reprotect-cli as a separate process, the way a scheduler or a CI job does.

Distinct module name on purpose: test folders without __init__.py share one import namespace.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reprotect_gui.domain import choices
from reprotect_gui.domain.answers import Answers, ack_key, answers_from_selection
from reprotect_gui.domain.checks.facts import OperatorStatements
from reprotect_gui.domain.selection import Selection
from reprotect_gui.services.clock import SystemClock
from reprotect_gui.services.estate import Estate, load_estate
from reprotect_gui.services.preflight_input import check_selection

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Ran:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


class Quiet:
    def report(self, done: float, text: str) -> None:
        pass

    def raise_if_cancelled(self) -> None:
        pass


def run_cli(
    *args: str, data_dir: Path, env: dict[str, str] | None = None, stdin: str | None = None, timeout: float = 120
) -> Ran:
    """`python -m reprotect_gui.cli ARGS` with its own data folder; never a display."""
    full_env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    full_env["XDG_DATA_HOME"] = str(data_dir / "xdg")
    full_env["PYTHONPATH"] = str(ROOT)
    full_env.update(env or {})
    command = [sys.executable, "-m", "reprotect_gui.cli", *args]
    if args and args[0] in ("check", "run", "jobs", "report"):
        command += ["--data-dir", str(data_dir)]
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        env=full_env,
        input=stdin if stdin is not None else "",
        timeout=timeout,
        cwd=str(data_dir),
    )
    return Ran(done.returncode, done.stdout, done.stderr)


def training_estate() -> Estate:
    from reprotect_gui.training.backends import TrainingSiteRecovery, TrainingVCenter
    from reprotect_gui.training.scenario import load_scenario

    scenario = load_scenario()
    clock = SystemClock()
    return load_estate(
        TrainingSiteRecovery(scenario, clock, latency_s=0), TrainingVCenter(scenario, latency_s=0), clock, Quiet()
    )


def answers_for(
    estate: Estate,
    *,
    vm: str | None = None,
    plan: str | None = None,
    statements: OperatorStatements | None = None,
    acknowledge: bool = True,
    source: dict[str, str] | None = None,
    **given: str,
) -> Answers:
    """Answers as the wizard would save them: its preselection, `given` choices, and (by default)
    every warning of the resulting checks accepted."""
    site = estate.site
    if plan:
        p = next(x for x in site.plans if x.name == plan)
        selection = Selection(items=tuple(site.item(i) for i in p.item_ids), plan=p)
    else:
        selection = Selection(items=(next(i for i in site.items if i.name == vm),))
    for key, value in given.items():
        setattr(selection, key, value)
    statements = statements or OperatorStatements()
    now = SystemClock().now()
    choices.preselect(
        site, estate.vcenter, estate.matches, selection, now, statements.link_type, take_first_eligible=True
    )
    verdicts = check_selection(estate, selection, statements, now).verdicts
    acks = [ack_key(v.check_id, v.subject) for v in verdicts if v.needs_acknowledgement] if acknowledge else []
    return answers_from_selection(site, selection, statements, acks, vault_source=source or {})


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return path


def validate(document: Any, name: str) -> None:
    """Validate against a schema shipped in the package ('answers' or 'check-result')."""
    import jsonschema
    from referencing import Registry, Resource

    from reprotect_gui.cli.output import schema

    answers, check = schema("answers"), schema("check-result")
    registry = Registry().with_resources(
        [(answers["$id"], Resource.from_contents(answers)), (check["$id"], Resource.from_contents(check))]
    )
    chosen = {"answers": answers, "check-result": check}[name]
    jsonschema.Draft202012Validator.check_schema(chosen)
    jsonschema.Draft202012Validator(chosen, registry=registry).validate(document)


def junit_cases(path: Path) -> list[tuple[str, str]]:
    """(VM, check ID) of every test case of a JUnit file."""
    import xml.etree.ElementTree as ET

    return [(c.get("classname", "").rsplit(".", 1)[-1], c.get("name", "")) for c in ET.parse(path).iter("testcase")]
