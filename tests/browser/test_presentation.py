"""Presentation mode in a real browser: ``?present=1`` opens the curated slides with no sidebar and no navigation;
every slide is reached with the buttons and with the keyboard (arrow keys, and Tab/Enter on the buttons), each with
its headline, a drawn chart and no error; the slide number follows in the URL; Esc returns to the dashboard."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from playwright.sync_api import Page, expect
from pptx import Presentation

from components.slides import CURATED, slide_title
from tests.browser.helpers import CHART, STATUS, app_errors, open_view, screenshot, wait_idle

YEAR = 2024
SIDEBAR = '[data-testid="stSidebar"]'
NAV_LINK = '[data-testid="stSidebarNavLink"], [data-testid="stTopNavLink"]'


def button(page: Page, key: str):
    return page.locator(f".st-key-{key} button")


def heading(page: Page):
    return page.locator('[data-testid="stMainBlockContainer"] h1').first


def check_slide(page: Page, lang: str, number: int) -> None:
    """Slide ``number`` is shown: its headline, the URL, a drawn chart, key figures, no error."""
    expect(heading(page)).to_have_text(slide_title(CURATED[number - 1], lang, YEAR), timeout=40_000)
    # The run is over when the status widget is gone and this slide's chart (and no other) is drawn.
    name = CURATED[number - 1]
    page.wait_for_function(
        f"""() => !document.querySelector('{STATUS}')
            && document.querySelectorAll('{CHART}').length === 1
            && document.querySelector('.st-key-present_chart_{name} .main-svg') !== null""",
        polling=200,
        timeout=40_000,
    )
    assert re.search(rf"[?&]slide={number}(&|$)", page.url), page.url
    assert "present=1" in page.url
    assert page.locator('[data-testid="stMetric"]').count() >= 1
    assert not app_errors(page), app_errors(page)
    screenshot(page, f"present_{lang}_{number}_{name}")


def step(page: Page, how: str, forward: bool) -> None:
    """Move one slide: ``click`` the button, press the arrow ``key``, or ``tab`` to the button and press Enter."""
    key = "present_next" if forward else "present_prev"
    if how == "click":
        button(page, key).click()
    elif how == "key":
        page.evaluate("document.activeElement && document.activeElement.blur()")
        page.keyboard.press("ArrowRight" if forward else "ArrowLeft")
    else:
        button(page, key).focus()
        expect(button(page, key)).to_be_focused()
        page.keyboard.press("Enter")


@pytest.mark.parametrize(("lang", "forward_by", "back_by"), [("en", "click", "key"), ("zh", "key", "tab")])
def test_step_through_every_slide(page: Page, server: str, lang: str, forward_by: str, back_by: str) -> None:
    page.set_viewport_size({"width": 1600, "height": 900})  # a shared screen
    open_view(page, server, "", present=1, lang=lang)
    assert page.locator(SIDEBAR).count() == 0 or not page.locator(SIDEBAR).is_visible()
    assert page.locator(NAV_LINK).count() == 0
    check_slide(page, lang, 1)
    expect(button(page, "present_prev")).to_be_disabled()
    for number in range(2, len(CURATED) + 1):
        step(page, forward_by, forward=True)
        check_slide(page, lang, number)
    expect(button(page, "present_next")).to_be_disabled()
    for number in range(len(CURATED) - 1, 0, -1):
        step(page, back_by, forward=False)
        check_slide(page, lang, number)


def test_link_opens_a_slide_and_esc_returns_to_the_dashboard(page: Page, server: str) -> None:
    number = CURATED.index("materiality") + 1
    open_view(page, server, "", present=1, slide=number, lang="en", pillar="S")
    check_slide(page, "en", number)
    assert "Filters this slide cannot apply" not in page.locator('[data-testid="stMain"]').inner_text()
    page.evaluate("document.activeElement && document.activeElement.blur()")
    page.keyboard.press("Escape")
    expect(page.locator(SIDEBAR)).to_be_visible(timeout=20_000)
    wait_idle(page)
    assert "present=" not in page.url and "slide=" not in page.url
    assert "pillar=S" in page.url and "lang=en" in page.url
    assert not app_errors(page), app_errors(page)


def test_deck_export_from_the_app_shows_progress_and_downloads(page: Page, server: str, tmp_path: Path) -> None:
    open_view(page, server, "", lang="en")
    page.locator(".st-key-deck_export").get_by_role("button", name="Export deck").click()
    dialog = page.locator('[data-testid="stDialog"]')
    expect(dialog).to_be_visible()
    expect(dialog.get_by_text("Export the investor deck")).to_be_visible()
    with page.expect_download() as excel:
        dialog.locator(".st-key-deck_xlsx_download button").click()
    workbook = tmp_path / "figures.xlsx"
    excel.value.save_as(workbook)
    assert excel.value.suggested_filename == "western_mining_esg_2024_en.xlsx"
    assert len(openpyxl.load_workbook(workbook, read_only=True).sheetnames) == len(CURATED)
    dialog.locator(".st-key-deck_build button").click()
    expect(dialog.locator('[data-testid="stExpander"], [data-testid="stStatusWidget"]').first).to_be_visible()
    expect(dialog.get_by_text("Drawing chart").first).to_be_visible(timeout=30_000)  # progress while drawing
    screenshot(page, "deck_export_progress")
    download = dialog.locator(".st-key-deck_pptx_download button")
    expect(download).to_be_visible(timeout=90_000)
    with page.expect_download() as deck:
        download.click()
    path = tmp_path / "deck.pptx"
    deck.value.save_as(path)
    assert len(Presentation(str(path)).slides) == len(CURATED) + 2  # a cover and a closing slide
    with page.expect_download(timeout=90_000) as handout:  # printed by chromium when pressed
        dialog.locator(".st-key-deck_pdf_download button").click()
    assert handout.value.suggested_filename == "western_mining_esg_2024_en.pdf"
    pdf = tmp_path / "handout.pdf"
    handout.value.save_as(pdf)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page(?!s)", data)) == len(CURATED) + 2  # cover, slides, disclaimer
    screenshot(page, "deck_export_done")
    assert not app_errors(page), app_errors(page)
