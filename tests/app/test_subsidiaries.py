"""The subsidiaries view through app.py: the segment comparison for the selected year, the directory (with links to
the entity pages) and coverage tables, page filters, both languages. Expected figures typed from the report text."""

from __future__ import annotations

from tests.app.helpers import (
    chinese_in,
    figure_titled,
    metric_values,
    page_fixture,
    run_page,
    table_with,
    visible_texts,
)

english = page_fixture("subsidiaries", "en", entity="xinyuan")
chinese = page_fixture("subsidiaries", "zh", entity="yulong", year=2023)


def test_segments_side_by_side_for_2024(english) -> None:
    # 矿山/冶炼/其他板块温室气体排放总量 2024: 869,577 / 779,446 / 208,286
    ghg = figure_titled(english, "GHG emissions by segment")
    assert "2024" in ghg["layout"]["title"]["text"] and "t CO2e" in ghg["layout"]["title"]["text"]
    assert ghg["data"][0]["x"] == ["Mining", "Smelting", "Other"]
    assert ghg["data"][0]["y"] == [869577, 779446, 208286]
    # 矿山/冶炼/其他板块单位产值能耗 156.71 / 88.08 / 690.09 千克标煤/万元; group 132.17
    energy = figure_titled(english, "Energy intensity by segment")
    assert energy["data"][0]["y"] == [156.71, 88.08, 690.09]
    group_line = next(trace for trace in energy["data"] if trace.get("mode") == "lines")
    assert group_line["y"] == [132.17] * 3 and "Group: 132.2" in group_line["name"]  # 能源消耗强度 2024: 132.17
    water = metric_values(english)
    assert water["Mining (m³ per t ore processed)"] == "0.22"
    assert water["Smelting and manufacturing (m³ per t product)"] == "7.11"
    assert water["Other segments"] == "Not disclosed"
    captions = [c.value for c in english.caption]
    assert any("1,857,309 t CO2e" in c and "difference 0 t CO2e" in c for c in captions)


def test_year_filter_changes_the_segments_and_gaps_are_not_disclosed(chinese) -> None:
    ghg = figure_titled(chinese, "各板块温室气体排放")
    assert ghg["data"][0]["y"] == [773068, 942621, 223225]  # 2023 column
    energy = figure_titled(chinese, "各板块单位产值能耗")
    assert energy["data"][0]["y"] == [None, None, None]  # the report gives segment intensities for 2024 only
    assert energy["data"][1]["text"] == ["未披露"] * 3
    captions = [c.value for c in chinese.caption]
    # 773,068 + 942,621 + 223,225 = 1,938,914 against the printed 1,938,916
    assert any("1,938,914" in c and "1,938,916" in c and "差额 2 吨二氧化碳当量" in c for c in captions)
    water = metric_values(chinese)
    assert water["矿山板块（立方米 / 吨矿石处理量）"] == "0.18"
    assert water["冶炼及制造板块（立方米 / 吨产品产量）"] == "6.137"


def test_directory_and_coverage(english) -> None:
    directory = table_with(english, "Province")
    assert len(directory) == 37
    assert set(directory["Type"]) == {"Group", "Branch", "Subsidiary", "Mine", "Smelter", "Salt lake"}
    coverage = table_with(english, "Total").set_index("Short name")
    assert coverage.loc["Xinyuan Mining", "2024"] == 12  # xinyuan
    assert coverage.loc["Yulong Copper", "2024"] == 11  # yulong (the altitude of its autonomous-driving project too)
    assert coverage.loc["Yulong Copper", "2022"] == 0
    assert coverage.loc["Gacun", "Total"] == 0  # asset_gacun


def test_page_filters_apply_and_the_directory_links_to_entity_pages() -> None:
    at = run_page("subsidiaries", "en", widgets={"subsidiaries_province": "青海"})
    directory = table_with(at, "Province")
    assert set(directory["Province"]) == {"Qinghai"}
    assert "Xitieshan Branch" in set(directory["Short name"])
    links = {link.label: (link.proto.page, link.proto.query_string) for link in at.get("page_link")}
    assert links["Xianghe Nonferrous"] == ("entity", "lang=en&entity_id=xianghe")
    others = next(m.value for m in at.markdown if m.value.startswith("Entities without figures"))
    assert "[Xitieshan Branch](entity?entity_id=xitieshan&lang=en)" in others
    assert chinese_in(visible_texts(at)) == []


def test_sidebar_segment_preselects_the_page_segment() -> None:
    at = run_page("subsidiaries", lang="zh", segment="smelting")
    assert at.selectbox(key="subsidiaries_business_segment").value == "smelting"
    assert set(table_with(at, "省份")["业务板块"]) == {"冶炼板块"}


def test_english_page_has_no_chinese_left(english) -> None:
    assert chinese_in(visible_texts(english)) == []
