"""Reconciliation rules on small frames: sums, ratios, prose repeats across units, and what counts as an error."""

from __future__ import annotations

import polars as pl
import pytest

from esg.errors import DataError
from esg.reconcile import Ref, reconcile
from esg.units import Unit

UNITS = {
    "吨": Unit("吨", "t", "mass", 1),
    "万吨": Unit("万吨", "10 kt", "mass", 10000),
    "棵": Unit("棵", "trees", "trees", 1),
    "万株": Unit("万株", "10k trees", "trees", 10000),
    "%": Unit("%", "%", "percent", 1),
    "人": Unit("人", "persons", "persons", 1),
}


def indicators(rows: list[tuple]) -> pl.DataFrame:
    return pl.DataFrame(
        rows, orient="row",
        schema=["indicator_id", "entity", "segment", "year", "value", "printed", "unit", "name_en", "source_table", "source_table_en"],
    )  # fmt: skip


def rules(rows: list[tuple]) -> pl.DataFrame:
    cols = ["rule_id", "kind", "total", "parts", "tolerance", "description_zh", "description_en"]
    return pl.DataFrame(rows, orient="row", schema=cols).with_columns(
        pl.lit("rules/x.csv").alias("source_file"), pl.int_range(2, pl.len() + 2).alias("source_line")
    )


NO_PROSE = pl.DataFrame(
    schema={
        c: pl.String for c in ["indicator_id", "entity", "segment", "year", "printed", "unit", "quote_zh", "section_zh"]
    }
    | {"source_file": pl.String, "source_line": pl.Int64}
)

# 2023 GHG by segment: 773,068 + 942,621 + 223,225 = 1,938,914 against a printed total of 1,938,916
GHG = indicators([
    ("ghg_total", "group", None, 2023, 1938916.0, "1,938,916", "吨", "GHG", "表", "table"),
    ("ghg_total", "group", "mining", 2023, 773068.0, "773,068", "吨", "GHG", "表", "table"),
    ("ghg_total", "group", "smelting", 2023, 942621.0, "942,621", "吨", "GHG", "表", "table"),
    ("ghg_total", "group", "other", 2023, 223225.0, "223,225", "吨", "GHG", "表", "table"),
    ("ghg_total", "group", None, 2024, 1857309.0, "1,857,309", "吨", "GHG", "表", "table"),
    ("ghg_total", "group", "mining", 2024, 869577.0, "869,577", "吨", "GHG", "表", "table"),
    ("ghg_total", "group", "smelting", 2024, 779446.0, "779,446", "吨", "GHG", "表", "table"),
    ("ghg_total", "group", "other", 2024, 208286.0, "208,286", "吨", "GHG", "表", "table"),
    ("women", "group", None, 2024, 1363.0, "1,363", "人", "Women", "表", "table"),
    ("staff", "group", None, 2024, 6931.0, "6,931", "人", "Staff", "表", "table"),
    ("women_pct", "group", None, 2024, 19.70, "19.70", "%", "Women %", "表", "table"),
    ("trees", "group", None, 2024, 458136.0, "458,136", "棵", "Trees", "表", "table"),
    ("waste", "group", None, 2023, None, "-", "万吨", "Waste", "表", "table"),
])  # fmt: skip
SEGMENTS = ("seg", "sum", "ghg_total", "ghg_total@mining;ghg_total@smelting;ghg_total@other", "1", "板块", "segments")


def test_a_sum_rule_records_the_reports_own_difference() -> None:
    out = reconcile(GHG, rules([SEGMENTS]), NO_PROSE, UNITS)
    by_year = {r["year"]: r for r in out.iter_rows(named=True)}
    assert by_year[2024]["status"] == "ok" and by_year[2024]["difference"] == 0
    assert by_year[2023]["status"] == "discrepancy"
    assert by_year[2023]["expected"] == 1938914 and by_year[2023]["difference"] == 2
    figures = "ghg_total=1,938,916; ghg_total@mining=773,068; ghg_total@smelting=942,621; ghg_total@other=223,225"
    assert by_year[2023]["figures"] == by_year[2023]["figures_en"] == figures  # ids and printed figures: no units


def test_a_ratio_rule_checks_a_printed_percentage_to_its_tolerance() -> None:
    tight = reconcile(GHG, rules([("w", "ratio", "women_pct", "women;staff", "0.005", "女", "women")]), NO_PROSE, UNITS)
    loose = reconcile(GHG, rules([("w", "ratio", "women_pct", "women;staff", "0.05", "女", "women")]), NO_PROSE, UNITS)
    assert tight["expected"].item() == pytest.approx(100 * 1363 / 6931)
    assert tight["status"].item() == "rounding"  # 19.665 printed as 19.70: 19.7 padded with a zero
    assert loose["status"].item() == "ok"


def test_a_rule_with_an_undisclosed_part_is_not_checkable() -> None:
    out = reconcile(GHG, rules([("x", "equal", "waste", "ghg_total", "1", "x", "x")]), NO_PROSE, UNITS)
    assert out["status"].to_list() == ["not_checkable"]


def test_a_prose_repeat_is_converted_and_checked_to_its_printed_precision() -> None:
    prose = pl.DataFrame(
        [("trees", "group", None, "2024", "45.81", "万株", "栽种树木 45.81 万株", "董事长致辞", "prose/x.csv", 3)],
        orient="row", schema=NO_PROSE.schema,
    )  # fmt: skip
    out = reconcile(GHG, rules([]), prose, UNITS)
    assert out["status"].item() == "ok"  # 45.81 万株 = 458,100 trees, within 0.005 万 of 458,136
    assert out["figures"].item() == "prose 45.81 万株; table 458,136 棵"  # units as printed
    assert out["figures_en"].item() == "prose 45.81 10k trees; table 458,136 trees"  # English units of units.csv
    wrong = prose.with_columns(pl.lit("45.71").alias("printed"))
    assert reconcile(GHG, rules([]), wrong, UNITS)["status"].item() == "discrepancy"


def test_references_to_missing_indicators_are_extraction_errors() -> None:
    with pytest.raises(DataError, match=r"rules/x.csv, line 2, column 'parts'.*ghg_total@mines"):
        reconcile(GHG, rules([("x", "sum", "ghg_total", "ghg_total@mines", "1", "x", "x")]), NO_PROSE, UNITS)


def test_reference_syntax() -> None:
    ref = Ref.parse("ghg_total@mining#yulong")
    assert (ref.indicator_id, ref.segment, ref.entity) == ("ghg_total", "mining", "yulong")
    assert str(Ref.parse("employees_total")) == "employees_total"


# 2022 workforce shares, as printed: whole numbers padded with ".00"
SHARES = indicators([
    ("staff", "group", None, 2022, 5762.0, "5,762", "人", "Staff", "表", "table"),
    ("women", "group", None, 2022, 1248.0, "1,248", "人", "Women", "表", "table"),
    ("women_pct", "group", None, 2022, 22.0, "22.00", "%", "Women %", "表", "table"),
    ("production", "group", None, 2022, 4209.0, "4,209", "人", "Production", "表", "table"),
    ("production_pct", "group", None, 2022, 74.0, "74.00", "%", "Production %", "表", "table"),
])  # fmt: skip


def test_a_padded_figure_consistent_with_rounding_is_rounding_not_a_contradiction() -> None:
    checks = [
        ("w", "ratio", "women_pct", "women;staff", "0.01", "女", "women"),
        ("p", "ratio", "production_pct", "production;staff", "0.01", "生产", "production"),
    ]
    out = {r["check_id"]: r for r in reconcile(SHARES, rules(checks), NO_PROSE, UNITS).iter_rows(named=True)}
    # 1,248 / 5,762 = 21.66% printed 22.00: 22 is 21.66 rounded to a whole number
    assert out["w"]["status"] == "rounding" and out["w"]["expected"] == pytest.approx(21.659146, abs=1e-6)
    # 4,209 / 5,762 = 73.05% printed 74.00: rounded to a whole number it would be 73, so a contradiction
    assert out["p"]["status"] == "discrepancy" and out["p"]["difference"] == pytest.approx(0.952447, abs=1e-6)


# 2024 energy table: 电力 237,612 万千瓦时; 能源消耗总量 1,944,777.10 兆瓦时
ENERGY = indicators([
    ("energy_mwh", "group", None, 2024, 1944777.10, "1,944,777.10", "兆瓦时", "Energy", "能源", "energy"),
    ("electricity", "group", None, 2024, 237612.0, "237,612", "万千瓦时", "Electricity", "能源", "energy"),
    ("hours", "group", None, 2024, 21464.5, "21,464.5", "小时", "Hours", "培训", "training"),
    ("avg_hours", "group", None, 2024, 3.1, "3.1", "小时", "Average", "培训", "training"),
    ("staff", "group", None, 2024, 6931.0, "6,931", "人", "Staff", "表", "table"),
    ("moves", "group", None, 2024, 252.0, "252", "人", "Moves", "表", "table"),
    ("hires", "group", None, 2024, 1160.0, "1,160", "人", "Hires", "表", "table"),
    ("fill_pct", "group", None, 2024, 17.85, "17.85", "%", "Filled internally", "表", "table"),
])  # fmt: skip
UNITS_E = UNITS | {
    "兆瓦时": Unit("兆瓦时", "MWh", "electricity", 1),
    "万千瓦时": Unit("万千瓦时", "10 MWh", "electricity", 10),
    "小时": Unit("小时", "hours", "hours", 1),
}


def test_at_least_converts_the_part_to_the_totals_unit_and_flags_a_smaller_total() -> None:
    rule = ("e", "at_least", "energy_mwh", "electricity", "0.01", "能耗 ≥ 电力", "energy >= electricity")
    row = reconcile(ENERGY, rules([rule]), NO_PROSE, UNITS_E).row(0, named=True)
    assert row["expected"] == 2376120  # 237,612 万千瓦时 = 2,376,120 MWh
    assert row["status"] == "discrepancy" and row["difference"] == pytest.approx(-431342.9)
    larger = reconcile(ENERGY, rules([("e", "at_least", "electricity", "hours", "0", "x", "x")]), NO_PROSE, UNITS_E)
    assert larger["status"].item() == "ok"  # a whole larger than its part is consistent however much larger


def test_a_quotient_and_a_ratio_with_a_summed_denominator() -> None:
    checks = [
        ("q", "quotient", "avg_hours", "hours;staff", "0.05", "平均", "average"),
        ("r", "ratio", "fill_pct", "moves;moves+hires", "0.005", "内部", "internal"),
    ]
    out = {r["check_id"]: r for r in reconcile(ENERGY, rules(checks), NO_PROSE, UNITS_E).iter_rows(named=True)}
    assert out["q"]["expected"] == pytest.approx(21464.5 / 6931) and out["q"]["status"] == "ok"  # 3.097 -> 3.1
    assert out["r"]["expected"] == pytest.approx(100 * 252 / 1412) and out["r"]["status"] == "ok"  # 17.847 -> 17.85
    assert out["r"]["figures"] == "fill_pct=17.85; moves=252; hires=1,160"  # a part named twice is listed once


def test_every_check_says_where_in_the_report_its_figures_stand() -> None:
    rule = ("e", "at_least", "energy_mwh", "electricity", "0.01", "能耗 ≥ 电力", "energy >= electricity")
    row = reconcile(ENERGY, rules([rule]), NO_PROSE, UNITS_E).row(0, named=True)
    assert row["location_zh"] == "《能源》" and row["location_en"] == "'energy'"


def test_a_rule_of_an_unknown_kind_or_the_wrong_number_of_parts_is_an_error() -> None:
    with pytest.raises(DataError, match="column 'kind'"):
        reconcile(ENERGY, rules([("x", "at_most", "energy_mwh", "electricity", "1", "x", "x")]), NO_PROSE, UNITS_E)
    with pytest.raises(DataError, match="2 reference"):
        reconcile(ENERGY, rules([("x", "quotient", "avg_hours", "hours", "1", "x", "x")]), NO_PROSE, UNITS_E)
