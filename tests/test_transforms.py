"""Unit tests of the pure transforms on small frames (figures from the report's GHG and workforce tables)."""

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from esg.transforms import DecarbonisationPath, cagr, filter_indicators, wide_by_year, with_share_of_total, with_yoy


def frame(rows: list[tuple]) -> pl.LazyFrame:
    cols = ["indicator_id", "entity", "segment", "year", "value", "unit", "name_zh", "name_en"]
    return pl.LazyFrame(rows, schema=cols, orient="row").with_columns(
        pl.lit("E").alias("pillar"),
        pl.lit("emissions").alias("topic"),
        pl.lit("u").alias("unit_en"),
        pl.lit("表").alias("source_table"),
        pl.lit("table").alias("source_table_en"),
    )


GHG = frame([
    ("ghg_scope1", "group", None, 2022, 575044.0, "吨二氧化碳当量", "直接温室气体排放量（范围一）", "Scope 1"),
    ("ghg_scope1", "group", None, 2023, 626016.0, "吨二氧化碳当量", "直接温室气体排放量（范围一）", "Scope 1"),
    ("ghg_scope1", "group", None, 2024, 563111.0, "吨二氧化碳当量", "直接温室气体排放量（范围一）", "Scope 1"),
    ("women_share", "group", None, 2023, 21.09, "%", "女性员工比例", "Share of women"),
    ("women_share", "group", None, 2024, 19.70, "%", "女性员工比例", "Share of women"),
    ("water_fresh", "group", None, 2022, None, "立方米", "新鲜水取用量", "Fresh water"),
    ("water_fresh", "group", None, 2023, 17872900.0, "立方米", "新鲜水取用量", "Fresh water"),
    ("ghg_total", "group", "mining", 2024, 869577.0, "吨二氧化碳当量", "矿山板块温室气体排放总量", "Mining GHG"),
    ("ghg_total", "group", "smelting", 2024, 779446.0, "吨二氧化碳当量", "冶炼板块温室气体排放总量", "Smelting GHG"),
    ("ghg_total", "group", "other", 2024, 208286.0, "吨二氧化碳当量", "其他板块温室气体排放总量", "Other GHG"),
])  # fmt: skip


def test_yoy_is_percent_for_quantities_and_points_for_rates() -> None:
    out = with_yoy(GHG).filter(pl.col("year") == 2024).collect()
    scope1 = out.filter(pl.col("indicator_id") == "ghg_scope1").row(0, named=True)
    assert scope1["previous_value"] == 626016.0
    assert scope1["change_pct"] == pytest.approx(100 * (563111 - 626016) / 626016)
    assert scope1["change_pp"] is None
    women = out.filter(pl.col("indicator_id") == "women_share").row(0, named=True)
    assert women["change_pp"] == pytest.approx(19.70 - 21.09)
    assert women["change_pct"] is None


def test_yoy_after_an_undisclosed_year_is_null_not_a_jump_from_zero() -> None:
    out = with_yoy(GHG).filter((pl.col("indicator_id") == "water_fresh") & (pl.col("year") == 2023)).collect()
    assert out["previous_value"].to_list() == [None]
    assert out["change_pct"].to_list() == [None]


def test_yoy_keeps_segments_apart() -> None:
    out = with_yoy(GHG).filter(pl.col("indicator_id") == "ghg_total").collect()
    assert out["previous_value"].null_count() == 3


def test_filters_combine_and_search_both_languages() -> None:
    assert filter_indicators(GHG, segments=["mining"]).collect()["value"].to_list() == [869577.0]
    assert filter_indicators(GHG, search="范围一", years=[2024]).collect()["value"].to_list() == [563111.0]
    assert filter_indicators(GHG, search="SHARE OF").collect().height == 2
    assert filter_indicators(GHG, segments=[None]).collect().height == 7
    assert filter_indicators(GHG).collect().height == 10


def test_wide_by_year_has_a_column_per_year_and_nulls_for_gaps() -> None:
    out = wide_by_year(
        filter_indicators(GHG, indicator_ids=["water_fresh", "ghg_scope1"]), [2022, 2023, 2024]
    ).collect()
    expected = pl.DataFrame(
        {
            "indicator_id": ["ghg_scope1", "water_fresh"],
            "2022": [575044.0, None],
            "2023": [626016.0, 17872900.0],
            "2024": [563111.0, None],
        }
    )
    assert_frame_equal(out.select(expected.columns).sort("indicator_id"), expected)


def test_share_of_total_across_segments() -> None:
    out = with_share_of_total(filter_indicators(GHG, indicator_ids=["ghg_total"])).collect()
    assert out["share"].sum() == pytest.approx(100)
    assert out.filter(pl.col("segment") == "mining")["share"].item() == pytest.approx(100 * 869577 / 1857309)


def test_cagr() -> None:
    assert cagr(1769991, 1857309, 2) == pytest.approx(100 * ((1857309 / 1769991) ** 0.5 - 1))
    assert cagr(None, 1.0, 2) is None
    assert cagr(0, 1.0, 2) is None


def test_decarbonisation_path_from_the_2022_base() -> None:
    path = DecarbonisationPath(
        base_year=2022, base_value=1769991, peak_year=2030, reduction_year=2040, reduction_pct=40, neutral_year=2060
    )
    assert path.reduction_target == pytest.approx(1769991 * 0.6)
    assert path.path_value(2022) == 1769991
    assert path.path_value(2040) == pytest.approx(1769991 * 0.6)
    assert path.path_value(2060) == 0
    assert path.path_value(2050) == pytest.approx(1769991 * 0.3)
    required = path.required_annual_reduction(2024, 1857309)
    assert required == pytest.approx(100 * (1 - (1769991 * 0.6 / 1857309) ** (1 / 16)))
    assert path.achieved_annual_change(2024, 1857309) > 0  # emissions rose from 2022 to 2024
    assert path.gap(2024, 1857309) > 0


def test_filters_compare_enums_natively_and_ignore_unknown_values() -> None:
    pillars = pl.Enum(["E", "S", "G"])
    topics = pl.Enum(["emissions", "workforce"])
    women = pl.col("indicator_id") == "women_share"
    lf = GHG.with_columns(
        pl.when(women).then(pl.lit("S")).otherwise(pl.col("pillar")).cast(pillars).alias("pillar"),
        pl.when(women).then(pl.lit("workforce")).otherwise(pl.col("topic")).cast(topics).alias("topic"),
    )
    assert filter_indicators(lf, pillars=["S", "X"]).collect()["indicator_id"].to_list() == ["women_share"] * 2
    assert filter_indicators(lf, topics=["emissions", "nope"]).collect().height == 8
    assert filter_indicators(lf, pillars=["X"]).collect().height == 0
    assert filter_indicators(lf, pillars=["E"]).collect_schema()["pillar"] == pillars  # the type is kept


def test_segments_filter_keeps_group_level_and_named_segments() -> None:
    assert filter_indicators(GHG, segments=[None, "mining"]).collect().height == 8
    assert filter_indicators(GHG, segments=["mining", "other"]).collect()["segment"].to_list() == ["mining", "other"]


def _searched_row_by_row(lf: pl.LazyFrame, needle: str) -> pl.DataFrame:
    """The search as a plain per-row test (lower-cased copies), for comparison."""
    columns = ("indicator_id", "name_zh", "name_en", "source_table", "source_table_en")
    found = pl.any_horizontal(
        pl.col(c).str.to_lowercase().str.contains(needle.lower(), literal=True).fill_null(False) for c in columns
    )
    return lf.filter(found).collect()


@pytest.mark.parametrize("needle", ["scope", "SCOPE 1", "ghg_", "范围", "板块", "table", "表", "a.b", "(", "none such"])
def test_search_finds_what_a_row_by_row_search_finds_in_the_same_order(needle: str) -> None:
    lf = GHG.with_columns(  # matches in different columns, a null among them
        pl.when(pl.col("indicator_id") == "water_fresh")
        .then(None)
        .when(pl.col("segment") == "other")
        .then(pl.lit("Other table"))
        .otherwise(pl.col("source_table_en"))
        .alias("source_table_en")
    )
    assert_frame_equal(filter_indicators(lf, search=needle).collect(), _searched_row_by_row(lf, needle))


def test_search_combines_with_the_other_filters() -> None:
    out = filter_indicators(GHG, search="GHG", segments=["smelting", "other"], years=[2024]).collect()
    assert out["segment"].to_list() == ["smelting", "other"]
    assert filter_indicators(GHG, search="nothing like it", years=[2024]).collect().height == 0


def test_yoy_comes_back_sorted_and_skips_a_gap_year() -> None:
    gap = frame([
        ("x", "group", None, 2024, 30.0, "t", "x", "x"),
        ("x", "group", None, 2021, 10.0, "t", "x", "x"),
        ("x", "group", None, 2022, 20.0, "t", "x", "x"),
        ("x", "sub", None, 2023, 5.0, "t", "x", "x"),
        ("x", "sub", None, 2022, 4.0, "t", "x", "x"),
    ])  # fmt: skip
    out = with_yoy(gap).collect()
    assert out.select("entity", "year").rows() == [
        ("group", 2021),
        ("group", 2022),
        ("group", 2024),
        ("sub", 2022),
        ("sub", 2023),
    ]
    assert out["previous_value"].to_list() == [None, 10.0, None, None, 4.0]
    assert out["change_pct"].to_list() == [None, 100.0, None, None, 25.0]


def test_wide_by_year_keeps_series_in_order_of_appearance_with_their_labels() -> None:
    out = wide_by_year(GHG, [2023, 2024, 2030]).collect()
    assert out.columns[:3] == ["indicator_id", "entity", "segment"]
    assert out.columns[-3:] == ["2023", "2024", "2030"]
    assert out.select("indicator_id", "segment").rows() == [
        ("ghg_scope1", None),
        ("women_share", None),
        ("water_fresh", None),
        ("ghg_total", "mining"),
        ("ghg_total", "smelting"),
        ("ghg_total", "other"),
    ]
    assert out["2030"].null_count() == out.height
    assert out.filter(pl.col("segment") == "smelting").row(0, named=True)["name_en"] == "Smelting GHG"
    assert out.filter(pl.col("indicator_id") == "women_share")["2023"].to_list() == [21.09]


def test_pathway_status_from_the_report_figures() -> None:
    # 温室气体排放总量 2022 1,769,991 / 2024 1,857,309 t CO2e; 2040 -40% on 2022, peak by 2030, neutral by 2060
    path = DecarbonisationPath(
        base_year=2022, base_value=1769991, peak_year=2030, reduction_year=2040, reduction_pct=40, neutral_year=2060
    )
    assert path.achieved_annual_change(2024, 1857309) == pytest.approx(2.437, abs=1e-3)  # a rise
    assert path.required_annual_reduction(2024, 1857309) == pytest.approx(3.434, abs=1e-3)
    assert path.status(2024, 1857309) == "off_track"
    assert round(path.gap(2024, 1857309)) == 165984  # above the path
    assert path.status(2024, 1600000) == "on_track"  # falling 4.9% a year against 2.5% needed from there
    assert path.status(2022, 1769991) is None  # no rate within the base year
    assert path.status(2040, 1000000) == "achieved"
    assert path.status(2040, 1100000) == "off_track"
