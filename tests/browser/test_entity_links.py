"""Following the links to an entity's page in Chromium: from the subsidiaries directory and from the reserves map
(issue 14 item 1); the page opens at the entity with its own figures (the values themselves are checked in
``tests/app/test_entity.py``: the table's cells are drawn on a canvas)."""

from __future__ import annotations

from playwright.sync_api import Page

from tests.browser.helpers import app_errors, main_text, open_view, screenshot, wait_idle


def test_the_directory_link_opens_the_entity_page(page: Page, server: str) -> None:
    open_view(page, server, "subsidiaries", lang="en")
    page.get_by_role("link", name="Xinyuan Mining").click()
    page.wait_for_url("**/entity*")
    page.get_by_text("Xinyuan Mining's own").first.wait_for()
    wait_idle(page)
    assert "lang=en" in page.url
    text = main_text(page)
    assert "Entity page" in text and "12 figures of Xinyuan Mining's own" in text
    assert "12 rows" in text  # the figures table of Xinyuan Mining (its cells are drawn on a canvas)
    assert app_errors(page) == []
    screenshot(page, "entity-from-directory-en")


def test_the_map_link_opens_the_entity_page(page: Page, server: str) -> None:
    open_view(page, server, "reserves", lang="zh", section="assets")
    page.get_by_role("link", name="玉龙铜业").click()
    page.wait_for_url("**/entity*")
    page.get_by_text("报告为玉龙铜业单独披露了").first.wait_for()
    wait_idle(page)
    text = main_text(page)
    assert "报告为玉龙铜业单独披露了" in text and "社区" in text
    assert app_errors(page) == []
