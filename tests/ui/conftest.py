from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from reprotect_gui.app import build_training_wizard
from reprotect_gui.training.scenario import load_scenario
from reprotect_gui.ui.wizard.wizard import ReprotectWizard


@pytest.fixture
def make_wizard(qtbot) -> Iterator[Callable[..., ReprotectWizard]]:
    made: list[ReprotectWizard] = []

    def make(path=None, *, scenario=None, clock=None, speed: float = 400.0, latency_s: float = 0.02) -> ReprotectWizard:
        scenario = scenario or load_scenario(path)
        wizard = build_training_wizard(scenario, speed=speed, latency_s=latency_s, clock=clock)
        wizard.session.confirm = lambda *_: True  # the confirmation dialog is accepted
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitUntil(lambda: wizard.session.estate is not None, timeout=5000)
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:
        wizard.session.runner.shutdown(2000)
