"""The framework index through app.py: codes as printed, each code linked to its view (keeping the language) and
to the indicators that carry it, both languages. Expected locations typed from the report's GRI index."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from esg.queries.frameworks import view_for
from tests.app.helpers import chinese_in, metric_values, page_fixture, run_page, table_with, visible_texts


def page_links(at: AppTest) -> list:
    return [link.proto for link in at.get("page_link")]


english = page_fixture("frameworks", "en", widgets={"frameworks_code": "305-1"})
chinese = page_fixture("frameworks", "zh", widgets={"frameworks_code": "305-1"})


def test_code_to_view_map() -> None:
    assert view_for("305-1") == "emissions"
    assert view_for("302-1") == view_for("303-3") == view_for("306-2") == view_for("304-3") == "environment"
    assert view_for("403-9") == "safety"
    assert view_for("401-1") == view_for("404-1") == view_for("405-1") == view_for("2-7") == "workforce"
    assert view_for("2-9") == view_for("2-30") == view_for("205-2") == view_for("414-1") == "governance"
    assert view_for("3-2") == "materiality"
    assert view_for("SSE-6") == "environment"


def test_305_1_links_to_emissions_and_lists_ghg_scope1(english) -> None:
    assert english.selectbox(key="frameworks_code").value == "305-1"
    links = page_links(english)
    assert len(links) == 1
    assert links[0].page == "emissions"
    assert links[0].query_string == "lang=en"  # the link keeps the language
    indicators = table_with(english, "Years").set_index("Indicator ID")
    assert "ghg_scope1" in indicators.index
    assert indicators.loc["ghg_scope1", "Years"] == "2022, 2023, 2024"
    assert indicators.loc["ghg_total", "GRI codes"] == "305-1, 305-2"
    # 305-1 直接（范围 1）温室气体排放 P25
    assert any("Location in the report: p. 25" in c.value for c in english.caption)


def test_chinese_link_keeps_chinese(chinese) -> None:
    links = page_links(chinese)
    assert links[0].page == "emissions" and links[0].query_string == "lang=zh"
    assert "直接温室气体排放量（范围一）" in set(table_with(chinese, "年份")["指标"])
    assert any("报告位置：P25" in c.value for c in chinese.caption)


def test_locations_as_printed(chinese, english) -> None:
    index = table_with(chinese, "编号").set_index("编号")
    assert index.loc["302-1", "报告位置"] == "P17"  # 302-1 组织内部的能源消耗量 P17
    assert index.loc["2-4", "报告位置"] == "/"  # 2-4 信息重述 /
    assert index.loc["301-1", "报告位置"] == "不适用"  # 301-1 所用物料的重量或体积 不适用
    assert index.loc["2-4", "披露情况"] == "未披露（/）"
    en = table_with(english, "Code").set_index("Code")
    assert en.loc["2-4", "Location in the report"] == "not reported"
    assert en.loc["301-1", "Status"] == "Not applicable"
    assert en.loc["305-1", "Dashboard view"] != ""
    # Printed "/" in the GRI index: 2-4, 2-21, 302-2, 302-5, 304-4, 305-3, 305-6, 402-1
    assert metric_values(english)["Printed “/” (not reported)"] == "8"
    own = index["对应依据"] == "报告索引"
    assert sorted(index.index[(index["报告位置"] == "/") & own]) == sorted(
        ["2-4", "2-21", "302-2", "302-5", "304-4", "305-3", "305-6", "402-1"]
    )


def test_each_indicator_shows_its_codes(english) -> None:
    codes = table_with(english, "Dashboard views").set_index("Indicator ID")
    assert codes.loc["ghg_scope1", "GRI codes"] == "305-1"
    assert codes.loc["ghg_total", "GRI codes"] == "305-1, 305-2"
    assert codes.loc["hydro_capacity", "GRI codes"] == "302-1"


def test_framework_filter_shows_sse_articles() -> None:
    at = run_page("frameworks", "en", widgets={"frameworks_framework": "SSE"})
    index = table_with(at, "Code")
    assert len(index) == 21 and set(index["Framework"]) == {"SSE"}
    assert at.selectbox(key="frameworks_code").value == "SSE-1"  # no SSE article carries indicators
    assert page_links(at)[0].page == "emissions"  # SSE-1 addressing climate change
    assert any("not mapped to single indicators" in i.value for i in at.info)


def test_english_page_has_no_chinese_left(english) -> None:
    assert chinese_in(visible_texts(english)) == []


# ------------------------------------------------------------------------------------------- GRI 14 and IFRS S2


def test_gri14_topics_list_their_indicators() -> None:
    """GRI 14 (2024) topics, derived: 14.1 GHG emissions finds Scope 1 through GRI 305-1 (the report's own index maps
    西部矿业温室气体排放 to 305-1, P25); 14.6 tailings names the tailings storage facilities; 14.13 artisanal and
    small-scale mining is a gap."""
    at = run_page("frameworks", "en", widgets={"frameworks_framework": "GRI14", "frameworks_code": "14.1"})
    index = table_with(at, "Code").set_index("Code")
    assert len(index) == 25 and set(index["Framework"]) == {"GRI 14"}
    assert set(index["Mapping"]) == {"Derived"}
    assert index.loc["14.1", "Location in the report"] == "p. 25"
    assert index.loc["14.1", "Status"] == "Figures answer it"
    assert index.loc["14.13", "Status"] == "Gap: not covered by the report"
    assert index.loc["14.25", "Disclosure"] == "Conflict-affected and high-risk areas"
    assert index.loc["14.6", "Indicators"] == 9
    indicators = table_with(at, "Years").set_index("Indicator ID")
    assert {"ghg_scope1", "ghg_scope2", "ghg_total"} <= set(indicators.index)
    assert "14.1" in indicators.loc["ghg_scope1", "GRI 14 / IFRS S2 codes (derived)"]
    assert any("Mapping: derived by the dashboard" in c.value for c in at.caption)
    assert page_links(at)[0].page == "emissions"


def test_ifrs_s2_metrics_list_their_indicators_and_gaps() -> None:
    at = run_page("frameworks", "zh", widgets={"frameworks_framework": "IFRS_S2", "frameworks_code": "S2 29(a)(i)(1)"})
    index = table_with(at, "编号").set_index("编号")
    assert set(index["框架"]) == {"IFRS S2"}
    assert index.loc["S2 29(a)(i)(1)", "披露情况"] == "有对应数字"
    assert index.loc["S2 29(a)(i)(3)", "披露情况"] == "缺口：报告未覆盖"  # Scope 3: 305-3 printed "/"
    assert index.loc["S2 29(f)", "披露情况"] == "缺口：报告未覆盖"
    assert index.loc["S2 29(b)", "披露情况"] == "仅文字（见页码）"  # 201-2 P23-25, no figure
    assert "直接温室气体排放量（范围一）" in set(table_with(at, "年份")["指标"])
    gaps = metric_values(at)["GRI 14 / IFRS S2 缺口"]
    # + the GRI 14 gaps: 14.11 land rights, 14.13 artisanal mining, 14.14 security (410-1 not in the report's index),
    # 14.15 critical incidents, 14.23 payments to governments (GRI 207 not in the index), 14.25 conflict areas
    assert int(gaps) == int((index["披露情况"] == "缺口：报告未覆盖").sum()) + 6


def test_an_indicator_names_its_derived_codes(english) -> None:
    codes = table_with(english, "Dashboard views").set_index("Indicator ID")
    assert codes.loc["ghg_scope1", "GRI codes"] == "305-1"
    derived = codes.loc["ghg_scope1", "GRI 14 / IFRS S2 codes (derived)"].split(", ")
    assert {"14.1", "S2 29(a)(i)(1)", "S2 EM-MM-110a.1"} <= set(derived)
    assert "14.6" in codes.loc["tailings_dams_total", "GRI 14 / IFRS S2 codes (derived)"]
