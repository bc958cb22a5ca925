"""The data explorer through app.py: search in both languages, global and page filters, downloads of exactly the
filtered rows (CSV, Excel, Parquet), "not disclosed" for nulls and the data-quality table. Expected figures typed
from the report text."""

from __future__ import annotations

import io

import polars as pl
import pytest
from streamlit.testing.v1 import AppTest

from esg import queries
from esg.exports import export_bytes
from tests.app import helpers
from tests.app.helpers import chinese_in, run_page, visible_texts

EDITION = "2024"


record_downloads = helpers.record_downloads  # fixture (autouse): downloads recorded


def table(at: AppTest, column: str):
    """The pandas frame of the one ``st.dataframe`` that has ``column``."""
    found = [df.value for df in at.dataframe if column in df.value.columns]
    assert len(found) == 1, [list(df.value.columns) for df in at.dataframe]
    return found[0]


def download(at: AppTest, fmt: str) -> bytes:
    """The bytes the page's download button for ``fmt`` serves."""
    return helpers.served_file(at, f"explorer_figures_{fmt}")[1]


@pytest.fixture(scope="module")
def english_run() -> tuple[AppTest, dict[str, bytes]]:
    """The English page searched for "Scope 1", and what its download buttons serve (read right after the run)."""
    at = run_page("explorer", "en", widgets={"explorer_search": "Scope 1"})
    return at, {fmt: download(at, fmt) for fmt in ("csv", "xlsx", "parquet")}


@pytest.fixture(scope="module")
def english(english_run) -> AppTest:
    return english_run[0]


@pytest.fixture(scope="module")
def downloads(english_run) -> dict[str, bytes]:
    return english_run[1]


@pytest.fixture(scope="module")
def chinese():
    return run_page("explorer", "zh", widgets={"explorer_search": "范围一", "explorer_all_years": True})


def test_search_in_english_finds_scope_1(english) -> None:
    rows = table(english, "Indicator ID")
    assert "ghg_scope1" in set(rows["Indicator ID"])
    scope1 = rows[rows["Indicator ID"] == "ghg_scope1"].iloc[0]
    # 直接温室气体排放量（范围一） 吨二氧化碳当量 575,044 626,016 563,111 (2024 by default)
    assert scope1["Year"] == 2024
    assert scope1["Value"] == 563111
    assert scope1["Figure"] == "563,111 t CO2e"
    assert set(rows["Year"]) == {2024}
    assert set(rows["Entity"]) == {"Western Mining"}


def test_search_in_chinese_over_all_years(chinese) -> None:
    rows = table(chinese, "指标代码")
    scope1 = rows[rows["指标代码"] == "ghg_scope1"]
    assert list(scope1["年份"]) == [2022, 2023, 2024]
    assert list(scope1["显示值"]) == ["575,044 吨二氧化碳当量", "626,016 吨二氧化碳当量", "563,111 吨二氧化碳当量"]
    assert set(rows["指标代码"]) == {"ghg_scope1", "ghg_total"}


def test_csv_download_holds_exactly_the_filtered_rows(english, downloads) -> None:
    assert downloads["csv"].startswith(b"\xef\xbb\xbf")  # utf-8-sig, so Excel reads Chinese text
    downloaded = pl.read_csv(io.BytesIO(downloads["csv"]))
    shown = table(english, "Indicator ID")
    assert downloaded.height == len(shown) == 11
    assert downloaded.columns == list(shown.columns)
    assert downloaded.get_column("Indicator ID").to_list() == list(shown["Indicator ID"])


def test_excel_and_parquet_downloads_match_the_table(english, downloads) -> None:
    shown = table(english, "Indicator ID")
    excel = pl.read_excel(io.BytesIO(downloads["xlsx"]), engine="openpyxl")
    parquet = pl.read_parquet(io.BytesIO(downloads["parquet"]))
    for frame in (excel, parquet):
        assert frame.columns == list(shown.columns)
        assert frame.get_column("Indicator ID").to_list() == list(shown["Indicator ID"])
    assert parquet.filter(pl.col("Indicator ID") == "ghg_scope1").get_column("Value").to_list() == [563111.0]


def test_download_query_is_the_table_query(snapshot) -> None:
    params = {"search": "范围一", "year": 2024, "entity": "group"}
    expected = queries.run("explorer.table", snapshot, lang="zh", **params)
    csv = queries.run("explorer.download", snapshot, fmt="csv", lang="zh", **params)
    assert csv == export_bytes(expected, "csv")
    parquet = pl.read_parquet(
        io.BytesIO(queries.run("explorer.download", snapshot, fmt="parquet", lang="zh", **params))
    )
    assert parquet.equals(expected)


def test_quality_table_lists_the_reports_own_discrepancies(english, chinese) -> None:
    quality = table(english, "Check")
    # the default status filter: differences, then rounding (a lower class), apart
    statuses = quality["Status"].tolist()
    assert set(statuses) == {"Difference", "Rounding (padded zeros)"}
    assert statuses == sorted(statuses, key=["Difference", "Rounding (padded zeros)"].index)
    energy = quality[(quality["Check"] == "env1_energy_mwh_at_least_electricity") & (quality["Year"] == 2024)].iloc[0]
    # 能源消耗总量 1,944,777.10 MWh < 电力 237,612 万千瓦时 = 2,376,120 MWh
    assert energy["Status"] == "Difference" and energy["Expected"] == 2376120 and round(energy["Printed"]) == 1944777
    assert energy["Where in the report"].startswith("Environment / Resource management, '")
    female = quality[(quality["Check"] == "people_female_pct") & (quality["Year"] == 2022)].iloc[0]
    assert female["Status"] == "Rounding (padded zeros)" and female["Printed"] == 22  # 1,248 / 5,762 = 21.66%
    renewable = quality[quality["Check"] == "env1_renewable_power_share"].iloc[0]
    # 157,054.6 万 kWh / 237,612 万 kWh = 66.1%, printed 74%
    assert renewable["Printed"] == 74
    assert round(renewable["Expected"], 1) == 66.1
    segments = quality[quality["Check"] == "env2_ghg_total_segments"].iloc[0]
    # 773,068 + 942,621 + 223,225 = 1,938,914 against the printed total 1,938,916 (2023)
    assert segments["Year"] == 2023
    assert segments["Printed"] == 1938916
    assert segments["Difference"] == 2
    zh = table(chinese, "核对项")
    assert {"差异", "舍入（补零）"} == set(zh["结果"])
    assert "环境篇 / 资源管理《西部矿业 2024 年能源消耗》" in set(zh["报告位置"])
    assert any("kept as printed" in c.value or "keeps the figures as printed" in c.value for c in english.caption)


def test_status_filter_changes_the_quality_table() -> None:
    at = run_page("explorer", "en", widgets={"explorer_status": ["ok"], "explorer_search": "air_arsenic"}, year=2022)
    assert set(table(at, "Check")["Status"]) == {"Consistent"}
    # 外排废气中砷及其化合物量 千克 - - 4.21: 2022 printed "-" is "Not disclosed", never 0
    arsenic = table(at, "Indicator ID").iloc[0]
    assert arsenic["Figure"] == "Not disclosed"
    assert arsenic["As printed"] == "-"
    assert arsenic["Value"] != 0


def test_global_filters_apply() -> None:
    at = run_page("explorer", "en", widgets={}, pillar="S", year=2023)
    rows = table(at, "Indicator ID")
    assert len(rows) > 0
    assert set(rows["Pillar"]) == {"Social"}
    assert set(rows["Year"]) == {2023}
    mining = run_page("explorer", "zh", widgets={"explorer_all_years": True}, segment="mining")
    segment_rows = table(mining, "指标代码")
    assert set(segment_rows["业务板块"]) == {"矿山板块"}
    assert set(segment_rows["指标代码"]) == {"ghg_total", "energy_intensity", "water_use_per_ore_processed"}


def test_english_page_has_no_chinese_left(english) -> None:
    assert chinese_in(visible_texts(english)) == []


def test_quality_figures_follow_the_language() -> None:
    # 栽种树木 45.81 万株 (chairman's letter) against the table's 458,136 棵: consistent, shown with status "ok"
    widgets = {"explorer_status": ["ok"]}
    en = table(run_page("explorer", "en", widgets=widgets), "Check").set_index("Check")
    trees = next(c for c in en.index if c.startswith("prose:trees_planted:"))
    assert en.loc[trees, "Figures (as printed)"] == "prose 45.81 10k trees; table 458,136 trees"
    columns = ["Figures (as printed)", "Description", "Where in the report"]
    assert chinese_in([v for c in columns for v in en[c].tolist()]) == []
    # A rule lists id=printed, the same text in both languages.
    segments = en[en.index == "env2_ghg_total_segments"]["Figures (as printed)"].tolist()
    assert "ghg_total=1,769,991; ghg_total@mining=811,228; ghg_total@smelting=789,040; ghg_total@other=169,723" in (
        segments
    )
    zh = table(run_page("explorer", "zh", widgets=widgets), "核对项").set_index("核对项")
    assert zh.loc[trees, "涉及数字（报告所印）"] == "prose 45.81 万株; table 458,136 棵"
