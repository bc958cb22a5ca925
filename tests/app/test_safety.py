"""The safety view through app.py: KPI values are the report's figures (typed from the report's 安全管理绩效 and
安全生产项目与投入绩效 tables), YoY colours, the investment chart with its printed totals, the year filter, the section
switch, both languages."""

from tests.app.helpers import (
    check_section_switch,
    chinese_in,
    figure_titled,
    kpis_of,
    metric_values,
    run_page,
    section_texts,
    sections_fixture,
    traces,
)

SECTIONS = ["incidents", "investment", "training", "management"]


english = sections_fixture("safety", SECTIONS, "en")
chinese = sections_fixture("safety", SECTIONS, "zh")
chinese_2023 = sections_fixture("safety", SECTIONS, "zh", year=2023)


def test_kpis_show_the_2024_figures(chinese) -> None:
    kpis = kpis_of(chinese)
    # 安全管理绩效, 2024 column
    assert kpis["员工 LTIR"] == "0.396"
    assert kpis["员工 TRIFR"] == "0.396"
    assert kpis["承包商 TRIFR"] == "0.171"
    assert kpis["损失工时事件（件）"] == "6"
    assert kpis["工伤事件数（件）"] == "6"
    assert kpis["损失工时（小时）"] == "4,120"
    assert kpis["工艺安全事件（件）"] == "0"
    # 安全生产项目与投入绩效: 安全生产投入总额 2024
    assert kpis["安全生产投入（万元）"] == "44,765"
    # 职业健康与安全认证 (prose): 16 units, 100% of production units, 80% of revenue
    assert kpis["通过 ISO 45001 认证的矿山和冶炼企业（家）"] == "16"
    assert kpis["已认证子公司收入占比"] == "80%"


def test_lower_rates_are_good_and_changes_are_percent(chinese) -> None:
    deltas = {m.label: m.delta for m in chinese["incidents"].metric}
    assert deltas["员工 LTIR"] == f"{100 * (0.396 - 0.736) / 0.736:+,.1f}%"
    assert deltas["承包商 TRIFR"] == f"{100 * (0.171 - 0.147) / 0.147:+,.1f}%"
    colours = {m.label: m.proto.color for m in chinese["incidents"].metric}
    # LTIR fell (good) and contractor TRIFR rose (bad): inverse colouring gives them different colours
    assert colours["员工 LTIR"] != colours["承包商 TRIFR"]
    assert colours["员工 LTIR"] == colours["工伤事件数（件）"]  # both fell


def test_english_converts_investment_exactly_and_has_no_chinese(english) -> None:
    kpis = kpis_of(english)
    assert kpis["LTIR, employees"] == "0.396"
    assert kpis["TRIFR, contractors"] == "0.171"
    assert kpis["Safety investment (RMB million)"] == "447.7"  # 44,765 万元, rounded half up
    for at in english.values():
        assert chinese_in(section_texts(at, "safety")) == []


def test_rates_chart_holds_the_three_series(english) -> None:
    fig = figure_titled(english["incidents"], "Injury rates")
    lines = {trace["name"]: trace["y"] for trace in fig["data"] if trace.get("mode", "").startswith("lines")}
    assert lines == {
        "LTIR, employees": [0.502, 0.736, 0.396],
        "TRIFR, employees": [0.753, 1.104, 0.396],
        "TRIFR, contractors": [0.079, 0.147, 0.171],
    }
    assert "Safety management performance" in fig["layout"]["annotations"][0]["text"]


def test_investment_chart_stacks_the_items_and_shows_the_printed_total(chinese) -> None:
    fig = figure_titled(chinese["investment"], "安全生产投入")
    items = traces(fig, ("bar",))
    assert len(items) == 8
    assert items["隐患整改治理"] == [5503, 11208, 16008]
    assert items["其他支出"] == [4622, 22621, 19861]
    totals = next(trace for trace in fig["data"] if trace["name"] == "总额（报告所印）")
    assert totals["y"] == [22011, 49623, 44765]
    # the 2024 items add to 44,764, one less than the printed 44,765 (data-quality table)
    assert sum(values[2] for values in items.values()) == 44764
    captions = " ".join(c.value for c in chinese["investment"].caption)
    assert "44,764 万元" in captions and "44,765 万元" in captions


def test_footnotes_say_contractors_are_excluded(english) -> None:
    captions = " ".join(c.value for c in english["incidents"].caption)
    assert "exclude contractors" in captions
    footnotes = english["incidents"].table[0].value
    assert any("contractors excluded" in note for note in footnotes["Note"])


def test_the_year_filter_changes_kpis_and_charts(chinese_2023) -> None:
    kpis = kpis_of(chinese_2023)
    assert kpis["员工 LTIR"] == "0.736"
    assert kpis["承包商 TRIFR"] == "0.147"
    assert kpis["安全生产投入（万元）"] == "49,623"
    assert kpis["通过 ISO 45001 认证的矿山和冶炼企业（家）"] == "未披露"  # printed for 2024 only
    fig = figure_titled(chinese_2023["investment"], "安全生产投入")
    assert all(trace["x"] == ["2022", "2023"] for trace in fig["data"])
    infos = [i.value for at in chinese_2023.values() for i in at.info]
    assert infos == ["报告未披露 2023 年的这些数据（仅披露 2024 年）。"]


def test_the_entity_filter_says_the_figures_are_the_groups() -> None:
    # The report gives safety figures for the group only: the page says so and keeps the group figures.
    at = run_page("safety", lang="en", entity="yulong")
    infos = [i.value for i in at.info]
    assert any(i.startswith("The report gives no figures of Yulong Copper's own") for i in infos), infos
    assert any(link.label == "Open Yulong Copper's entity page" for link in at.get("page_link"))
    assert metric_values(at)["LTIR, employees"] == "0.396"


def test_each_section_shows_only_its_own_charts(chinese) -> None:
    assert [len(chinese[s].get("plotly_chart")) for s in SECTIONS] == [3, 1, 3, 0]
    assert "通过 ISO 45001 认证的矿山和冶炼企业（家）" not in metric_values(chinese["incidents"])


def test_the_section_switch_shows_the_section_and_keeps_it_in_the_url() -> None:
    check_section_switch("safety", "investment", "Safety investment by item", "incidents")


def test_fatalities_are_said_to_be_not_disclosed(english) -> None:
    # 建立并跟踪“工亡事故为零……”的安全生产目标 and no count of work fatalities anywhere in the report
    text = " ".join(m.value for at in english.values() for m in at.markdown)
    assert "Work fatalities: not disclosed." in text
