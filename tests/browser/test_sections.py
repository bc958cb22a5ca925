"""Every section of every view (the views' definitions, ``esg.views``) opened by its link in a real browser: no
error box or console error, every chart drawn, no Chinese left in English, a screenshot for a person to look at.
The default sections are covered in both languages by ``test_pages``; the others alternate the language."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page

from esg.views import views
from tests.browser.helpers import CHART, app_errors, main_text, open_view, screenshot

CJK = re.compile(r"[\u4e00-\u9fff]")
SECTIONS = [
    (view.name, section.name, ("en", "zh")[i % 2])
    for view in views().values()
    for i, section in enumerate(view.sections[1:])
]


@pytest.mark.parametrize(("view", "section", "lang"), SECTIONS)
def test_every_section_opens_from_its_link(page: Page, server: str, view: str, section: str, lang: str) -> None:
    open_view(page, server, view, lang=lang, section=section)
    assert app_errors(page) == []
    charts = page.locator(CHART)
    for i in range(charts.count()):
        assert charts.nth(i).locator(".main-svg").count() > 0
    if lang == "en":
        assert not CJK.findall(main_text(page))
    screenshot(page, f"{view}-{section}-{lang}-1280x720")
