"""A chart's and a KPI card's provenance and a chart's table view in Chromium, checked against the report: 西部矿业温室
气体排放 (GRI index 305-1/305-2 P25) prints total 1,769,991 1,938,916 1,857,309; scope 1 575,044 626,016 563,111;
scope 2 1,194,947 1,312,899 1,294,198 (t CO2e)."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.browser.helpers import CHART, app_errors, open_view, screenshot, wait_idle

SLOW = 60_000  # the dialog builds the provenance on opening


def test_a_chart_opens_its_sources_and_switches_to_its_table(page: Page, server: str) -> None:
    page.set_viewport_size({"width": 1280, "height": 1400})
    open_view(page, server, "emissions", lang="zh")
    page.locator(".st-key-emissions_totals_sources button").click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text("563,111 吨二氧化碳当量", timeout=SLOW)
    text = dialog.inner_text()
    for printed in ("1,769,991", "1,938,916", "1,857,309", "575,044", "626,016", "1,194,947", "1,312,899", "1,294,198"):
        assert f"{printed} 吨二氧化碳当量" in text, printed
    assert "西部矿业温室气体排放" in text and "环境篇 / 应对气候变化" in text
    assert "GRI 305-1 P25" in text and "GRI 305-2 P25" in text  # the page the report's GRI index gives
    assert "14.1" in text and "S2 29(a)(i)(1)" in text  # derived GRI 14 / IFRS S2 codes
    assert "温室气体排放总量 = 范围一 + 范围二" in text and "一致" in text  # the check on these figures, its result
    screenshot(page, "provenance_chart_zh")
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()

    page.locator(".st-key-emissions_totals_as button").nth(1).click()  # 表格视图
    table = page.locator(".st-key-emissions_totals_table")
    expect(table).to_contain_text("563,111", timeout=SLOW)
    wait_idle(page)
    rows = [r.inner_text().split("\t") for r in table.locator("tbody tr").all()]
    assert [[c.strip() for c in r] for r in rows] == [
        ["合计", "1,769,991", "1,938,916", "1,857,309"],
        ["范围一", "575,044", "626,016", "563,111"],
        ["范围二", "1,194,947", "1,312,899", "1,294,198"],
    ]
    assert page.locator(f".st-key-emissions_totals {CHART}").count() == 0  # the table stands in for the chart
    assert not app_errors(page), app_errors(page)
    screenshot(page, "provenance_table_zh")
    page.locator(".st-key-emissions_totals_as button").nth(0).click()  # back to the chart
    expect(page.locator(".st-key-emissions_totals .main-svg").first).to_be_attached(timeout=SLOW)


def test_a_kpi_card_opens_the_sources_of_its_figure(page: Page, server: str) -> None:
    page.set_viewport_size({"width": 1280, "height": 1400})
    open_view(page, server, "emissions", lang="en")
    page.locator(".st-key-emissions_ghg_cards_sources_ghg_scope1 button").click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text("563,111 t CO2e", timeout=SLOW)
    text = dialog.inner_text()
    assert "Western Mining GHG emissions" in text and "GRI 305-1 p. 25" in text
    assert "626,016" not in text  # the card's own figure (2024) only
    assert "none (as printed)" in text and "not restated" in text
    assert "Scope 1 = coal + coke + gasoline + diesel + natural gas + carbonate decomposition" in text
    assert "Total GHG = Scope 1 + Scope 2" in text and "Consistent" in text
    screenshot(page, "provenance_card_en")
