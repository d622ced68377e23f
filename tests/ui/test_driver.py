"""The shared UI driver walks every route the screenshot script offers, so the script can't rot."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.ui.driver import ROUTES, Driver

EXPECTED_PAGE = {
    "select": "select_page",
    "classic": "datastore_page",
    "review": "review_page",
    "job": "job_page",
    "modernized": "appliance_page",
    "modernized-review": "review_page",
    "plan": "review_page",
    "failback": "failback_page",
    "failback-review": "journey_review_page",
    "commit": "journey_review_page",  # its confirmation painted over it
}


@pytest.mark.parametrize("route", sorted(ROUTES))
def test_each_route_ends_on_its_page(qtbot, route, tmp_path):
    driver = Driver()
    wizard = driver.launch(speed=400, latency_s=0.02)
    qtbot.addWidget(wizard)
    try:
        window = driver.walk_to(wizard, route)
        assert wizard.currentPage() is getattr(wizard, EXPECTED_PAGE[route])
        assert driver.save(window, tmp_path / "shot.png").stat().st_size > 0
    finally:
        wizard.session.runner.shutdown(2000)
    assert set(EXPECTED_PAGE) == set(ROUTES)


def test_the_screenshot_script_names_its_pictures_as_the_readme_does():
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "docs"))
    import screenshot

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for name in screenshot.README_ROUTES:
        path = screenshot.default_path(name, ROUTES[name].picture, "en", 1)
        assert f"docs/screenshots/{path.name}" in readme, path.name
    assert screenshot.default_path("select", "1-select", "ja", 1).name == "ja-select.png"
    assert "docs/screenshots/ja-select.png" in readme
    assert screenshot.default_path("job", "4-job", "en", 2).name == "en-job@2x.png"
