"""Provenance of a chart's and a KPI card's figures (``esg.queries.provenance``, ``components.provenance``): the
figure as printed with its printed unit, source table and section, the report's GRI code with the page its GRI index
gives, derived GRI 14 / IFRS S2 codes, the conversion applied, and the quality checks involving exactly that figure.
Expected values typed from the report's text layer."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from components.provenance import chart_table, figures_table, of_card, recorded_figures
from esg.filters import Filters
from esg.queries.provenance import figures
from esg.views import view
from tests.conftest import EDITION

SNAPSHOT = Path("data/snapshots") / EDITION
FILTERS = {"year": 2024, "entity": "group", "segment": "all", "pillar": "all", "edition": EDITION}


def test_scope1_2024_as_printed_with_its_page_codes_and_checks() -> None:
    """西部矿业温室气体排放 (P25 in the GRI index, 305-1): 直接温室气体排放量（范围一） 575,044 626,016 563,111."""
    found = figures(SNAPSHOT, [("ghg_scope1", "group", None, 2024)])
    row = found["figures"].row(0, named=True)
    assert (row["printed"], row["unit"], row["source_table"]) == ("563,111", "吨二氧化碳当量", "西部矿业温室气体排放")
    assert row["section_zh"] == "环境篇 / 应对气候变化"
    assert row["gri_pages_zh"] == "GRI 305-1 P25" and row["gri_pages_en"] == "GRI 305-1 p. 25"
    assert {"14.1", "S2 29(a)(i)(1)", "S2 EM-MM-110a.1"} <= set(row["derived_codes"].split(", "))
    checks = found["checks"]
    assert set(checks.get_column("check_id")) >= {"env2_ghg_scope1_sources", "env2_ghg_total_scopes"}
    assert set(checks.get_column("year")) == {2024}
    assert set(checks.get_column("status")) == {"ok"}


def test_a_segment_figure_has_its_own_checks_only() -> None:
    """The mining segment's total (869,577) is in the segments check, not in the group's scope 1 + scope 2 check."""
    checks = figures(SNAPSHOT, [("ghg_total", "group", "mining", 2024)])["checks"]
    assert "env2_ghg_total_segments" in set(checks.get_column("check_id"))
    assert "env2_ghg_total_scopes" not in set(checks.get_column("check_id"))


def test_the_conversion_to_the_english_unit_is_stated() -> None:
    """一般固体废弃物产生量 万吨 - 10,935.00 11,455.38: shown in English as 114,553.8 kt, × 10."""
    found = figures(
        SNAPSHOT, [("waste_general_solid", "group", None, 2024), ("waste_general_solid", "group", None, 2022)]
    )
    en = figures_table(found["figures"], "en").to_dicts()
    assert en[0]["As printed"] == "11,455.38 × 10,000 t"
    assert en[0]["Conversion"] == "× 10 (10 kt → kt)"
    assert en[1]["As printed"] == "-" and en[1]["Shown as"] == "Not disclosed"
    zh = figures_table(found["figures"], "zh").to_dicts()
    assert zh[0]["报告所印"] == "11,455.38 万吨" and zh[0]["换算"] == "无（按所印）"


def test_a_chart_records_the_figures_it_shows_and_a_card_its_own() -> None:
    emissions = view("emissions")
    keys = recorded_figures("emissions", emissions["totals"], Filters(lang="en", **FILTERS), ())
    assert {(k[0], k[3]) for k in keys} == {
        (i, y) for i in ("ghg_total", "ghg_scope1", "ghg_scope2") for y in (2022, 2023, 2024)
    }
    cards = recorded_figures("emissions", emissions["ghg_cards"], Filters(lang="zh", **FILTERS), ())
    assert of_card(cards, "ghg_scope1") == (("ghg_scope1", "group", None, 2024),)


def test_the_table_view_shows_the_charted_figures() -> None:
    frame = pl.DataFrame({"Year": ["2023", "2024"] * 2, "Scope": ["Scope 1"] * 2 + ["Scope 2"] * 2,
                          "Value (t CO2e)": [626016.0, 563111.0, 1312899.0, None]})  # fmt: skip
    table = chart_table(frame, "en")
    assert table.rows() == [("Scope 1", "626,016", "563,111"), ("Scope 2", "1,312,899", "Not disclosed")]
    assert table.columns == ["Scope", "2023", "2024"]
