"""What a person does in the browser: switch language, change filters, share a link, download data."""

from __future__ import annotations

import csv
import io

from playwright.sync_api import Page, expect

from tests.browser.helpers import main_text, open_view, wait_idle


def choose(page: Page, label: str, option: str) -> None:
    """Pick ``option`` in the sidebar selectbox labelled ``label``."""
    page.locator('[data-testid="stSidebar"]').get_by_role("combobox", name=label).click()
    page.get_by_role("option", name=option, exact=True).click()
    wait_idle(page)


def metric(page: Page, label: str) -> str:
    """The value shown on the KPI card whose label starts with ``label``."""
    card = page.locator('[data-testid="stMetric"]').filter(has_text=label).first
    return card.locator('[data-testid="stMetricValue"]').inner_text()


def test_language_switch_changes_every_label(page: Page, server: str) -> None:
    open_view(page, server, "overview")
    expect(page.locator("h1").first).to_have_text("概览")
    page.get_by_role("radio", name="English").click()
    wait_idle(page)
    expect(page.locator("h1").first).to_have_text("Overview")
    assert "lang=en" in page.url
    assert "Headline KPIs" in main_text(page)


def test_year_filter_changes_the_kpis_and_the_url(page: Page, server: str) -> None:
    open_view(page, server, "overview", lang="en")
    assert metric(page, "Employees") == "6,931"
    choose(page, "Year", "2023")
    assert metric(page, "Employees") == "6,222"  # 人才多元化结构, 2023
    assert "year=2023" in page.url


def test_a_link_reproduces_the_view(page: Page, server: str) -> None:
    open_view(page, server, "overview", lang="en", year=2022)
    assert metric(page, "GHG emissions") == "1,769,991"  # 温室气体排放总量 2022
    assert "Active filters: Year 2022" in main_text(page)
    assert page.locator('[data-testid="stSidebar"]').get_by_role("combobox", name="Year").input_value() == "2022"


def test_reset_restores_the_default_filters(page: Page, server: str) -> None:
    open_view(page, server, "overview", lang="en", year=2022)
    page.get_by_role("button", name="Reset filters").click()
    wait_idle(page)
    assert metric(page, "Employees") == "6,931"
    assert "year=" not in page.url


def test_chart_data_download_is_the_charted_figures(page: Page, server: str) -> None:
    open_view(page, server, "overview", lang="en")
    with page.expect_download() as info:
        page.get_by_role("button", name="Download data (CSV)").first.click()
    rows = list(csv.reader(io.StringIO(info.value.path().read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["Year", "Scope", "Value (t CO2e)"]
    # 西部矿业温室气体排放: scope 1 and scope 2, 2022-2024
    assert sorted((int(r[0]), float(r[2])) for r in rows[1:]) == [
        (2022, 575044.0), (2022, 1194947.0), (2023, 626016.0), (2023, 1312899.0), (2024, 563111.0), (2024, 1294198.0),
    ]  # fmt: skip
