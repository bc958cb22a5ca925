"""KPI cards in Chromium at 1280x720 (issue 12 item 6): no title is cut (every element of a card's title fits its
box: scrollWidth <= clientWidth), every title is shown whole with its unit, and the cards of one row are equally
tall."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.browser.helpers import open_view

# The views with the longest card titles, and a title of each with its unit as the report prints it.
VIEWS = {
    "overview": ("Total energy consumption (kt standard coal)", "能源消耗总量（万吨标煤）"),
    "environment": ("Energy intensity (group) (kgce per RMB 10k)", "能源消耗强度（集团）（千克标煤 / 万元）"),
    "safety": ("Safety investment (RMB million)", "安全生产投入（万元）"),
    "emissions": ("Total GHG (scope 1+2) (t CO2e)", "（吨二氧化碳当量）"),
}


def card_geometry(page: Page) -> list[dict]:
    return page.evaluate(
        """() => [...document.querySelectorAll('[data-testid="stMetric"]')].map(m => {
            const c = m.closest('[data-testid="stGridCell"]');  // the bordered cell is the card
            const r = c.getBoundingClientRect();
            const cut = [...c.querySelectorAll('*')].filter(e => e.scrollWidth > e.clientWidth + 1
                && getComputedStyle(e).overflowX !== 'visible' && !e.closest('[data-testid="stMetricValue"]')
                && !e.closest('svg') && !e.closest('canvas'));
            return {top: Math.round(r.top), height: Math.round(r.height), text: c.innerText.split('\\n')[0],
                    cut: cut.map(e => e.innerText.slice(0, 40))};
        })"""
    )


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("view", sorted(VIEWS))
def test_card_titles_are_whole_and_rows_equal(page: Page, server: str, view: str, lang: str) -> None:
    open_view(page, server, view, lang=lang)
    page.locator('[data-testid="stMetric"]').first.wait_for()
    page.wait_for_timeout(500)
    cards = card_geometry(page)
    assert cards, "no KPI cards"
    assert [c for c in cards if c["cut"]] == []
    titles = " ".join(c["text"] for c in cards)
    assert VIEWS[view][0 if lang == "en" else 1] in titles
    rows: dict[int, set[int]] = {}
    for card in cards:
        rows.setdefault(card["top"], set()).add(card["height"])
    assert all(max(h) - min(h) <= 2 for h in rows.values()), rows
