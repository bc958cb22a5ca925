"""The page's ``<html lang>`` follows the chosen language (``zh-CN`` / ``en``), and a link without ``lang`` opens in
the browser's language (Chinese for any language the dashboard does not have)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.helpers import open_view, wait_idle

HEADINGS = {"zh": "概览", "en": "Overview"}
SLOW = 60_000  # a loaded CI machine


@pytest.mark.parametrize(("lang", "code"), [("zh", "zh-CN"), ("en", "en")])
def test_html_lang_follows_the_chosen_language(page: Page, server: str, lang: str, code: str) -> None:
    page.set_default_timeout(SLOW)
    open_view(page, server, "overview", lang=lang)
    expect(page.locator("h1").first).to_have_text(HEADINGS[lang])
    page.wait_for_function(f"document.documentElement.lang === '{code}'", polling=200)
    other = "en" if lang == "zh" else "zh"
    page.get_by_role("radio", name="English" if other == "en" else "中文").click()
    wait_idle(page)
    expect(page.locator("h1").first).to_have_text(HEADINGS[other])
    page.wait_for_function(f"document.documentElement.lang === '{'en' if other == 'en' else 'zh-CN'}'", polling=200)


def test_presentation_mode_sets_html_lang(page: Page, server: str) -> None:
    page.set_default_timeout(SLOW)
    open_view(page, server, "", present=1, lang="en")
    page.wait_for_function("document.documentElement.lang === 'en'", polling=200)


@pytest.mark.parametrize(
    ("locale", "lang", "code"), [("en-US", "en", "en"), ("zh-CN", "zh", "zh-CN"), ("fr-FR", "zh", "zh-CN")]
)
def test_a_link_without_lang_opens_in_the_browser_language(
    browser: Browser, server: str, locale: str, lang: str, code: str
) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 720}, locale=locale)
    try:
        page = context.new_page()
        page.set_default_timeout(SLOW)
        open_view(page, server, "overview")
        expect(page.locator("h1").first).to_have_text(HEADINGS[lang])
        page.wait_for_function(f"document.documentElement.lang === '{code}'", polling=200)
        assert "lang=" not in page.url  # the browser's own language needs no parameter
    finally:
        context.close()
