"""The reserves view through app.py: the ten minerals as printed (typed from the report text), units never mixed,
rights, the schematic tile map of the assets, the year and entity filters, the section switch, both languages."""

import pytest

from tests.app.helpers import (
    check_section_switch,
    chinese_in,
    figure_titled,
    figures,
    kpis_of,
    metric_values,
    page_fixture,
    section_texts,
    sections_fixture,
    table_with,
)

SECTIONS = ["overview", "metals", "precious", "assets"]


chinese = sections_fixture("reserves", SECTIONS, "zh")
english = sections_fixture("reserves", SECTIONS, "en")
year_2023 = sections_fixture("reserves", ["overview", "metals"], "zh", year=2023)
yulong = page_fixture("reserves", "en", entity="yulong", section="assets")


def test_headline_kpis(chinese, english) -> None:
    kpis = kpis_of(chinese)
    # 矿产保有资源储量 chart and 关于西部矿业 prose (2024)
    assert kpis["铜金属（万吨）"] == "581"
    assert kpis["铁矿石（矿石量）（万吨）"] == "28,849"  # 28,849.06
    assert kpis["有色金属合计（万吨）"] == "1,105"  # 1,105.06
    assert kpis["贵金属合计（吨）"] == "1,994"  # 1,994.49
    assert kpis["探矿权（个）"] == "6"
    assert kpis["探矿权面积（平方公里）"] == "73.4"
    assert kpis["采矿权（个）"] == "12"
    assert kpis["采矿权面积（平方公里）"] == "67.05"
    assert metric_values(english["overview"])["Copper (metal) (kt)"] == "5,810"


def test_table_keeps_printed_precision_and_units(chinese, english) -> None:
    table = table_with(chinese["overview"], "矿产").set_index("矿产")
    assert table.loc["铜", "2024"] == "581.00" and table.loc["铜", "单位"] == "万吨"
    assert table.loc["铁（矿石量）", "2023"] == "30,010.90" and table.loc["铁（矿石量）", "计量口径"] == "矿石量"
    assert table.loc["金", "单位"] == "吨" and table.loc["金", "2022"] == "13.08"
    assert table.loc["铜", "期间变化（%）"] == pytest.approx(100 * (581.00 - 624.77) / 624.77, abs=0.05)
    english_table = table_with(english["overview"], "Mineral").set_index("Mineral")
    assert english_table.loc["Copper", "2024"] == "5,810.0" and english_table.loc["Copper", "Unit"] == "kt"
    assert english_table.loc["Silver", "2024"] == "1,981.96" and english_table.loc["Silver", "Unit"] == "t"


def test_each_chart_has_one_unit(chinese) -> None:
    base = {
        t["name"]: t for t in figure_titled(chinese["metals"], "基本金属（金属量，万吨）")["data"] if t["type"] == "bar"
    }
    assert base["2024"]["x"] == ["铜", "锌", "铅", "镍"]
    assert base["2024"]["y"] == [581.00, 247.86, 147.06, 27.00]
    assert base["2022"]["y"] == [624.77, 284.37, 161.57, 27.17]
    iron = {
        t["name"]: t["y"]
        for t in figure_titled(chinese["metals"], "铁矿石（矿石量，万吨）")["data"]
        if t["type"] == "bar"
    }
    assert iron == {"2022": [26146.75], "2023": [30010.90], "2024": [28849.06]}
    precious = figure_titled(chinese["precious"], "贵金属（吨）")["data"]
    assert {t["name"]: t["y"] for t in precious if t["type"] == "bar"}["2024"] == [1981.96, 12.53]
    figure_titled(chinese["precious"], "盐湖资源：氯化镁（万吨）")
    change = figure_titled(chinese["overview"], "2022→2024 年变化（%）")["data"][0]
    assert dict(zip(change["y"], change["text"], strict=True))["铜"] == "-7.0%"


def test_the_year_filter(year_2023) -> None:
    kpis = metric_values(year_2023["overview"])
    assert kpis["铁矿石（矿石量）（万吨）"] == "30,011"  # 30,010.9
    assert kpis["铜金属（万吨）"] == "605"
    assert kpis["有色金属合计（万吨）"] == "未披露"  # the prose total is for 2024 only
    figure_titled(year_2023["overview"], "2022→2023 年变化（%）")
    iron = figure_titled(year_2023["metals"], "铁矿石（矿石量，万吨）")  # the charts keep every year
    assert [t["name"] for t in iron["data"] if t["type"] == "bar"] == ["2022", "2023", "2024"]


def test_the_tile_map_is_schematic(chinese) -> None:
    fig = figure_titled(chinese["assets"], "示意图，非实际比例")
    assert {t["type"] for t in fig["data"]} == {"scatter"}  # no geographic traces, nothing fetched online
    tiles = [s for s in fig["layout"]["shapes"] if s["type"] == "rect"]
    assert len(tiles) == 11 and all(s["line"]["width"] == 0 for s in tiles)  # squares, no borders drawn
    markers = [(x, y) for t in fig["data"] for x, y in zip(t["x"], t["y"], strict=True)]
    assert len(markers) == 17  # every mine, smelter and the salt lake is placed
    assert all(any(s["x0"] < x < s["x1"] and s["y0"] < y < s["y1"] for s in tiles) for x, y in markers)
    labels = [a["text"] for a in fig["layout"]["annotations"]]
    assert {"新疆", "西藏", "青海", "甘肃", "四川", "内蒙古"} <= set(labels)
    assert any("示意图，非实际比例" in c.value for c in chinese["assets"].caption)


def test_the_entity_filter_highlights_its_assets(yulong) -> None:
    fig = figure_titled(yulong, "schematic, not to scale")
    opacity = [o for t in fig["data"] for o in t["marker"]["opacity"]]
    assert opacity.count(1.0) == 1 and len(opacity) == 17
    table = table_with(yulong, "Asset")
    assert table["Asset"].tolist() == ["Yulong copper mine, Tibet"]
    assert table["Operator"].tolist() == ["Yulong Copper"]


def test_hover_names_kind_capacity_and_operator(english) -> None:
    fig = figure_titled(english["assets"], "schematic, not to scale")
    hover = {row[0]: row for t in fig["data"] for row in t["customdata"]}
    _, kind, commodities, capacity, operator = hover["Huangshannan copper-nickel mine, Hami, Xinjiang"]
    assert (kind, commodities, operator) == ("Mine", "copper, nickel", "Xinjiang Ruilun")
    assert capacity.startswith("licensed capacity 1 Mt/a")
    assert hover["200 kt/a copper smelting"][3] == "200 kt/a copper smelting"


def test_each_section_shows_only_its_own_figures(chinese) -> None:
    assert [len(chinese[section].get("plotly_chart")) for section in SECTIONS] == [1, 3, 2, 1]
    assert "铜金属（万吨）" in metric_values(chinese["overview"])
    assert "探矿权（个）" in metric_values(chinese["assets"]) and "探矿权（个）" not in metric_values(
        chinese["overview"]
    )
    with pytest.raises(AssertionError):
        figure_titled(chinese["overview"], "示意图，非实际比例")
    # the report's caveats on the reserve figures sit under every section that shows reserve figures
    assert [bool(chinese[section].expander) for section in SECTIONS] == [True, True, True, False]


def test_the_section_switch_shows_the_section_and_keeps_it_in_the_url() -> None:
    check_section_switch("reserves", "assets", "schematic, not to scale", "overview")


def test_english_page(english) -> None:
    assert sum(len(figures(at)) for at in english.values()) == 7
    for at in english.values():
        assert chinese_in(section_texts(at, "reserves")) == []
