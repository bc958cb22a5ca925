"""KPI cards of every view (issue 12 item 6): each shows its unit in its title, a sparkline only from two disclosed
years, and changes coloured by the indicator's ``higher_is_better`` in the data."""

from __future__ import annotations

import pytest

from components.elements import KpiResult
from components.kpi import Kpi, shown_label_and_value
from components.render import sparkline
from esg.display import BARE_UNITS, change_tone, display_unit
from esg.filters import Filters
from esg.views import views
from esg.views.model import Kpis
from tests.test_views import built, run

CARD_SETS = [(v.name, e.name) for v in views().values() for e in v.elements if isinstance(e, Kpis)]


def cards_of(view_name: str, name: str, lang: str) -> list[Kpi]:
    result = built(view_name, views()[view_name][name], Filters(lang=lang, year=2024))
    assert isinstance(result, KpiResult)
    return list(result.cards)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(("view_name", "name"), CARD_SETS)
def test_every_card_shows_its_unit(view_name: str, name: str, lang: str) -> None:
    for card in cards_of(view_name, name, lang):
        if card.text or card.value is None:
            continue
        label, value = shown_label_and_value(card, lang)
        unit = display_unit(card.unit, card.unit_en, lang, abs(card.value))[0]
        if unit == "%":
            assert value.endswith("%"), (label, value)
        elif unit not in BARE_UNITS:
            assert unit in label, (label, unit)


def test_sparklines_need_two_years() -> None:
    cards = {c.key: c for c in cards_of("emissions", "wastewater_cards", "en")}
    # 工业废水排放量 6.31 万立方米 is printed for 2024 only: no sparkline (a flat line would read as "no change")
    assert [v for v in cards["wastewater_industrial_discharge"].history if v is not None] == [6.31]
    assert sparkline(cards["wastewater_industrial_discharge"]) is None
    # COD in discharged wastewater: not disclosed in 2022, 5.28 t (2023), 1.47 t (2024)
    assert sparkline(cards["wastewater_cod"]) == [5.28, 1.47]


def test_directions_come_from_the_data() -> None:
    better = run("indicators.directions")
    assert better["ghg_total"] is False and better["women_in_management_pct"] is True
    assert "employees_total" not in better  # a rise in headcount is neither good nor bad
    overview = {c.key: c for c in cards_of("overview", "headline", "en")}
    # 温室气体排放总量 1,938,916 (2023) -> 1,857,309 (2024): -4.2%, good; 新鲜水取用量 +20.2%, bad
    assert change_tone(overview["ghg_total"].change, overview["ghg_total"].higher_is_better) == "good"
    assert change_tone(overview["fresh_water_withdrawal"].change, False) == "bad"
    assert overview["employees_total"].higher_is_better is None
