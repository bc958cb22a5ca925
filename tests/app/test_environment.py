"""The environment view through app.py: energy, water, waste, land, investment and green-mine figures as printed
(typed from the report text), the report's caveats, the segment and year filters, the section switch, both
languages."""

import pytest

from components.text import plain_text
from tests.app.helpers import (
    check_section_switch,
    chinese_in,
    figure_titled,
    kpis_of,
    metric_values,
    run_page,
    run_sections,
    section_texts,
    sections_fixture,
    table_with,
)

SECTIONS = ["energy", "water", "waste", "land", "investment"]


chinese = sections_fixture("environment", SECTIONS, "zh")
english = sections_fixture("environment", SECTIONS, "en")


def test_kpis_are_the_report_figures(chinese) -> None:
    kpis = kpis_of(chinese)
    # 西部矿业 2024 年能源消耗 / 水资源消耗 / 固体废弃物 / 土地使用和复垦绩效 / 绿色矿山与绿色工厂
    assert kpis["能源消耗总量（万吨标煤）"] == "53.52"
    assert kpis["能源消耗总量（兆瓦时）"] == "1,944,777"  # 194,477.71 万千瓦时: whole numbers in full
    assert kpis["能源消耗强度（集团）（千克标煤 / 万元）"] == "132.2"  # 132.17
    assert kpis["余热发电量（万千瓦时）"] == "854.1"  # 854.14
    assert kpis["新鲜水取用量（立方米）"] == "21,484,019"
    assert kpis["水资源消耗强度（立方米 / 万元）"] == "5.51"
    assert kpis["危险废弃物产生量（万吨）"] == "18.04"
    assert kpis["一般固体废弃物产生量（万吨）"] == "11,455"  # 11,455.38
    assert kpis["矿山修复治理率"] == "41.96%"
    assert kpis["复垦面积（公顷）"] == "78.9"
    assert kpis["国家级绿色矿山（座）"] == "6"
    assert kpis["国家级绿色工厂（家）"] == "7"
    assert kpis["省级绿色矿山（座）"] == "3"
    assert kpis["省级绿色工厂（家）"] == "4"


def test_each_section_shows_only_its_own_figures(chinese) -> None:
    assert "能源消耗总量（万吨标煤）" in metric_values(chinese["energy"])
    assert "新鲜水取用量（立方米）" not in metric_values(chinese["energy"])
    assert len(chinese["energy"].get("plotly_chart")) == 2
    assert len(chinese["water"].get("plotly_chart")) == 3
    with pytest.raises(AssertionError):
        figure_titled(chinese["energy"], "新鲜水取用量")


def test_charts_hold_the_series_and_mark_gaps(chinese) -> None:
    water = figure_titled(chinese["water"], "新鲜水取用量")["data"]
    assert water[0]["y"] == [None, 17872900, 21484019]
    assert water[1]["text"] == ["未披露"]  # 2022 is not disclosed, never 0
    trees = figure_titled(chinese["land"], "全年种植树木")["data"][0]
    assert trees["y"] == [10102, 30580, 458136]
    assert figure_titled(chinese["land"], "新增绿化面积")["data"][0]["y"] == [908000, 566652, 1646159]
    intensity = {t["name"]: t["y"] for t in figure_titled(chinese["energy"], "能源消耗强度")["data"] if t.get("name")}
    assert intensity == {"集团": [132.17], "矿山板块": [156.71], "冶炼板块": [88.08], "其他板块": [690.09]}


def test_the_reports_caveats_are_shown(chinese, english) -> None:
    assert "灌木" in " ".join(c.value for c in chinese["land"].caption)  # footnote 3: 2024 trees include shrubs
    # waste-heat power: the text and the table disagree
    assert "5,009.75" in plain_text(" ".join(c.value for c in chinese["energy"].caption))
    assert "shrubs" in " ".join(c.value for c in english["land"].caption)


def test_waste_utilisation_table(chinese) -> None:
    # 2024 年废弃物利用情况
    table = table_with(chinese["waste"], "废弃物").set_index("废弃物")
    assert table.loc["尾矿", "产生量（吨）"] == 27786985  # printed 27,786,984.85: whole in full, no decimals
    assert table.loc["尾矿", "综合利用率（%）"] == 6.15
    assert table.loc["废石（露天）", "综合利用量（吨）"] == 1073900.00
    assert table.loc["废石（井采）", "贮存处置量（吨）"] == 168387  # 168,386.76
    assert table.loc["废石（井采）", "综合利用率（%）"] == 89.17  # four significant digits kept


def test_environmental_investment(chinese, english) -> None:
    donut = figure_titled(chinese["investment"], "环境保护投入构成")
    parts = dict(zip(donut["data"][0]["labels"], donut["data"][0]["values"], strict=True))
    assert parts == {
        "环保治理措施费用": 48242.38,
        "环保设施运行成本费用": 11548.47,
        "环保管理费用": 5205.84,
        "环保责任险保险费用": 52.43,
    }
    assert "65,049 万元" in [a["text"] for a in donut["layout"]["annotations"]]
    english_donut = figure_titled(english["investment"], "Environmental investment by item")
    assert "RMB 650.5 million" in [a["text"] for a in english_donut["layout"]["annotations"]]


def test_the_segment_filter_selects_segment_figures() -> None:
    energy = run_page("environment", lang="zh", segment="mining")
    assert metric_values(energy)["矿山板块单位产值能耗（千克标煤 / 万元）"] == "156.7"  # 156.71
    colours = {t["name"]: t["marker"]["color"] for t in figure_titled(energy, "能源消耗强度")["data"] if t.get("name")}
    assert colours["冶炼板块"] == colours["其他板块"] != colours["矿山板块"]
    water = run_page("environment", lang="zh", segment="mining", section="water")
    figure_titled(water, "矿山板块单位用水量")
    with pytest.raises(AssertionError):
        figure_titled(water, "冶炼及制造单位用水量")  # only the selected segment's water figure


def test_the_year_filter() -> None:
    year_2023 = run_sections("environment", SECTIONS, lang="zh", year=2023)
    kpis = kpis_of(year_2023)
    assert kpis["新鲜水取用量（立方米）"] == "17,872,900"
    assert kpis["能源消耗总量（万吨标煤）"] == "56.29"
    assert kpis["矿山修复治理率"] == "未披露"
    assert any("2023" in i.value for i in year_2023["investment"].info)  # no investment figure for 2023


def test_the_section_switch_shows_the_section_and_keeps_it_in_the_url() -> None:
    check_section_switch("environment", "waste", "Hazardous waste", "energy")


def test_english_page(english) -> None:
    kpis = kpis_of(english)
    assert kpis["Fresh water withdrawn (m³)"] == "21,484,019"
    assert kpis["Energy consumed (kt standard coal)"] == "535.2"
    assert kpis["Hazardous waste (kt)"] == "180.4"
    for at in english.values():
        assert chinese_in(section_texts(at, "environment")) == []
