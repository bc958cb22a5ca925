"""Every view in both languages in a real browser: loads without an error box or console error, charts draw,
no Chinese left in English, no serious or critical WCAG 2.1 AA violation (axe-core) outside the allow-list, and
screenshots at 1280x720 and 1920x1080 (plus a tall one) for a person to look at."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

from components.navigation import all_views
from tests.browser.axe_allowlist import ALLOWED
from tests.browser.helpers import CHART, app_errors, main_text, open_view, screenshot

CJK = re.compile(r"[\u4e00-\u9fff]")
VIEWS = [view.name for view in all_views()]
WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("view", VIEWS)
def test_view_loads_draws_and_is_screenshotted(page: Page, server: str, view: str, lang: str) -> None:
    open_view(page, server, view, lang=lang)
    assert app_errors(page) == []
    charts = page.locator(CHART)
    for i in range(charts.count()):
        assert charts.nth(i).locator(".main-svg").count() > 0
    text = main_text(page)
    if lang == "en":
        assert not CJK.findall(text), sorted(set(CJK.findall(text)))[:20]
    violations = [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
        for v in Axe().run(page, options=WCAG_AA).response["violations"]
        if v["impact"] in ("serious", "critical") and v["id"] not in ALLOWED
    ]
    assert violations == []
    screenshot(page, f"{view}-{lang}-1280x720")
    page.set_viewport_size({"width": 1920, "height": 1080})
    page.wait_for_timeout(500)
    screenshot(page, f"{view}-{lang}-1920x1080")
    page.set_viewport_size({"width": 1280, "height": 4000})
    page.wait_for_timeout(800)
    screenshot(page, f"{view}-{lang}-tall")
