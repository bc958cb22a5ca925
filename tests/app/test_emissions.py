"""The emissions view through app.py: the report's GHG, air, wastewater and energy figures (typed from the report
text), the decarbonisation path read from the snapshot's targets, the segment and year filters, the section switch,
both languages."""

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
    traces,
)

# 西部矿业温室气体排放 (2022, 2023, 2024), typed from the report.
TOTAL = [1769991, 1938916, 1857309]
SCOPE1 = [575044, 626016, 563111]
COAL = [402312, 395013, 290527]
SECTIONS = ["ghg", "sources", "pathway", "air", "wastewater", "energy"]


chinese = sections_fixture("emissions", SECTIONS, "zh")
english = sections_fixture("emissions", SECTIONS, "en")
mining = page_fixture("emissions", "zh", segment="mining")
year_2023 = sections_fixture("emissions", SECTIONS, "zh", year=2023)


def test_ghg_kpis_are_the_report_figures(chinese) -> None:
    kpis = metric_values(chinese["ghg"])
    assert kpis["温室气体排放总量（吨二氧化碳当量）"] == "1,857,309"
    assert kpis["范围一排放（吨二氧化碳当量）"] == "563,111"
    assert kpis["范围二排放（吨二氧化碳当量）"] == "1,294,198"
    assert not any(label.startswith("矿山板块") for label in kpis)  # no segment card without the segment filter


def test_scope_1_by_source_is_stacked_by_year(chinese) -> None:
    fig = figure_titled(chinese["sources"], "范围一排放：按排放源")
    sources = traces(fig, named=True)
    assert list(sources) == ["原煤", "焦炭", "汽油", "柴油", "天然气", "碳酸盐分解"]
    assert sources["原煤"] == COAL
    assert sources["柴油"] == [81011, 100301, 169808]
    assert sum(values[2] for values in sources.values()) == SCOPE1[2]  # the sources add up to scope 1 in 2024
    assert fig["layout"]["barmode"] == "stack"
    scope2 = traces(figure_titled(chinese["sources"], "范围二排放：按排放源"), named=True)
    assert scope2 == {"外购电力": [1186875, 1304141, 1285304], "外购热力": [8072, 8758, 8894]}


def test_total_trend_and_segments(chinese) -> None:
    trend = traces(figure_titled(chinese["ghg"], "温室气体排放趋势"), named=True)
    assert trend == {"合计": TOTAL, "范围一": SCOPE1, "范围二": [1194947, 1312899, 1294198]}
    segments = traces(figure_titled(chinese["ghg"], "按业务板块划分"), named=True)
    assert segments["矿山板块"] == [811228, 773068, 869577]
    assert segments["冶炼板块"] == [789040, 942621, 779446]
    assert segments["其他板块"] == [169723, 223225, 208286]
    # The report's 2023 segments add up to 2 t less than its total: shown as a data check.
    assert any("1,938,914" in c.value and "1,938,916" in c.value for c in chinese["ghg"].caption)


def test_the_segment_filter_adds_its_card_and_highlights_it(mining) -> None:
    assert metric_values(mining)["矿山板块排放（吨二氧化碳当量）"] == "869,577"
    colours = {
        t["name"]: t["marker"]["color"] for t in figure_titled(mining, "按业务板块划分")["data"] if t.get("name")
    }
    assert colours["冶炼板块"] == colours["其他板块"] != colours["矿山板块"]  # the others are greyed out


def test_decarbonisation_path_reads_the_targets(chinese) -> None:
    fig = figure_titled(chinese["pathway"], "碳减排路径")
    traces = {t["name"]: t for t in fig["data"]}
    actual = traces["实际排放（范围一+二）"]
    assert actual["x"] == [2022, 2023, 2024] and actual["y"] == TOTAL
    path = traces["直线路径（据报告目标推算）"]  # labelled as derived from the targets
    assert path["x"][0] == 2022 and path["x"][-1] == 2060 and path["y"][-1] == 0
    target = traces["2040 年目标：较 2022 年减排 40%"]
    assert target["x"] == [2040] and target["y"][0] == pytest.approx(1769991 * 0.6)
    assert traces["2060 年碳中和（排放为零）"]["x"] == [2060]
    assert [s["x0"] for s in fig["layout"]["shapes"]] == [2030]  # the peak-year marker
    kpis = metric_values(chinese["pathway"])
    required = 100 * (1 - (1769991 * 0.6 / 1857309) ** (1 / 16))
    achieved = 100 * ((1857309 / 1769991) ** (1 / 2) - 1)
    assert kpis["所需年均变化（2024→2040）"] == f"{-required:.1f}%" == "-3.4%"  # signed: a fall is needed
    assert kpis["实际年均变化（2022→2024，复合）"] == f"+{achieved:.1f}%" == "+2.4%"  # emissions rose
    assert kpis["2040 年目标排放量（减排 40%）（吨二氧化碳当量）"] == "1,061,995"
    # 2024 actual 1,857,309 minus the straight-line path 1,769,991 - 2 * (1,769,991 * 0.4) / 18 = 1,691,325
    assert kpis["2024 年实际与直线路径之差（吨二氧化碳当量）"] == "+165,984"
    assert kpis["2040 年减排目标进度"] == "未达进度"  # off track: +2.4% a year against -3.4% needed
    deltas = {m.label: (m.delta, m.proto.color) for m in chinese["pathway"].metric}
    assert deltas["2040 年减排目标进度"][0] == "实际 +2.4%/年，需 -3.4%/年"  # the rates under the status
    assert deltas["2024 年实际与直线路径之差（吨二氧化碳当量）"][0] == "高于直线路径"
    assert deltas["2024 年实际与直线路径之差（吨二氧化碳当量）"][1] == deltas["2040 年减排目标进度"][1]  # both red
    captions = " ".join(c.value for c in chinese["pathway"].caption)
    assert "+2.4%" in captions and "-3.4%" in captions and "+165,984" in captions and "未达进度" in captions


def test_decarbonisation_status_in_english(english) -> None:
    kpis = metric_values(english["pathway"])
    assert kpis["Progress to the 2040 target"] == "Off track"
    assert kpis["Annual change achieved (2022→2024, compound)"] == "+2.4%"
    assert kpis["Annual change needed (2024→2040)"] == "-3.4%"
    assert kpis["2024 actual minus straight-line path (t CO2e)"] == "+165,984"


def test_the_year_filter_moves_the_cards_and_the_heavy_metals(year_2023) -> None:
    kpis = kpis_of(year_2023)
    assert kpis["温室气体排放总量（吨二氧化碳当量）"] == "1,938,916"
    assert kpis["范围一排放（吨二氧化碳当量）"] == "626,016"
    assert "所需年均变化（2023→2040）" in kpis
    assert kpis["工业废水排放（万立方米）"] == "未披露"  # disclosed for 2024 only, never 0
    metals = figure_titled(year_2023["air"], "废气中重金属排放，2023 年")
    assert "未披露" in [text for t in metals["data"] for text in (t.get("text") or [])]


def test_air_wastewater_and_heavy_metals(chinese) -> None:
    # 大气污染物排放, 废水排放 (typed from the report)
    air = traces(figure_titled(chinese["air"], "大气污染物排放（吨）"), named=True)
    assert air == {
        "二氧化硫": [445.01, 530.12, 203.14],
        "氮氧化物": [574.96, 600.22, 302.02],
        "颗粒物": [426.54, 379.29, 335.07],
    }
    metals = figure_titled(chinese["air"], "废气中重金属排放，2024 年（千克）")["data"][0]
    assert dict(zip(metals["y"], metals["x"], strict=True)) == {
        "汞及其化合物": 5.13,
        "铅及其化合物": 18.32,
        "砷及其化合物": 4.21,
        "镉及其化合物": 79.08,
    }
    water = figure_titled(chinese["wastewater"], "外排废水污染物")["data"]
    assert {t["name"]: t["y"] for t in water if t["type"] == "bar"} == {
        "化学需氧量": [None, 5.28, 1.47],
        "氨氮": [None, 0.55, 0.2],
    }
    gap = next(t for t in water if t["type"] == "scatter")  # 2022 is marked "not disclosed", never drawn as 0
    assert gap["x"] == ["2022"] and gap["text"] == ["未披露"]
    assert metric_values(chinese["wastewater"])["工业废水排放（万立方米）"] == "6.31"


def test_energy_mix_keeps_each_unit_and_the_renewable_share_is_checked(chinese, english) -> None:
    mix = chinese["energy"].dataframe[0].value
    rows = {r["能源种类"]: r for r in mix.to_dict("records")}
    assert rows["原煤"]["单位"] == "吨" and rows["原煤"]["2024"] == 143317
    assert rows["电力"]["单位"] == "万千瓦时" and rows["电力"]["2024"] == 237612
    assert rows["天然气"]["单位"] == "万立方米" and rows["热力"]["单位"] == "吉焦"
    english_rows = {r["Energy type"]: r for r in english["energy"].dataframe[0].value.to_dict("records")}
    assert english_rows["Electricity"]["Unit"] == "MWh" and english_rows["Electricity"]["2024"] == 2376120
    assert metric_values(chinese["energy"])["可再生能源电力占比（报告所印）"] == "74%"
    warning = chinese["energy"].warning[0].value
    assert "157,054.6" in warning and "237,612" in warning and "66.1%" in warning and "74%" in warning


def test_each_section_shows_only_its_own_figures(chinese) -> None:
    assert [len(chinese[section].get("plotly_chart")) for section in SECTIONS] == [2, 2, 1, 2, 1, 0]
    assert "温室气体排放总量（吨二氧化碳当量）" in metric_values(chinese["ghg"])
    assert "工业废水排放（万立方米）" not in metric_values(chinese["ghg"])
    with pytest.raises(AssertionError):
        figure_titled(chinese["ghg"], "碳减排路径")


def test_the_section_switch_shows_the_section_and_keeps_it_in_the_url() -> None:
    check_section_switch("emissions", "pathway", "Decarbonisation path", "ghg")


def test_english_page(english) -> None:
    kpis = kpis_of(english)
    assert kpis["Scope 1 (t CO2e)"] == "563,111"
    assert kpis["Renewable electricity traded (MWh)"] == "1,570,546"
    for at in english.values():
        titles = [f["layout"]["title"]["text"] for f in figures(at)]
        assert all("(" in title for title in titles)  # every title carries its unit
        assert chinese_in(section_texts(at, "emissions")) == []


def test_scope_3_and_ghg_intensity_where_investors_look(chinese, english) -> None:
    text = " ".join(m.value for m in english["ghg"].markdown)
    assert "Scope 3 emissions: not reported." in text  # GRI index: 305-3 其他间接（范围 3）温室气体排放 /
    # 1,857,309 t CO2e / 500.26 亿元 (= RMB 50,026 million) = 37.13 t CO2e per RMB million
    assert "37.13 t CO2e per RMB million of operating revenue in 2024" in text
    assert "1,857,309 t CO2e ÷ operating revenue RMB 50.026 billion" in text
    chinese_text = " ".join(m.value for m in chinese["ghg"].markdown)
    assert "0.3713 吨二氧化碳当量 / 万元营业收入" in chinese_text and "500.26 亿元" in chinese_text
