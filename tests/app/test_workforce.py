"""The workforce view through app.py: figures typed from the report's 西部矿业人才多元化结构, 按民族划分的员工人数与比例,
西部矿业员工流失情况 and 西部矿业 2024 年员工薪酬 tables; YoY in points for rates; the report's own inconsistencies
shown from the data-quality table; the year filter; the section switch; both languages."""

from components.text import plain_text
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

SECTIONS = ["headcount", "roles", "profile", "turnover", "hiring", "training", "training_spend", "pay"]


english = sections_fixture("workforce", SECTIONS, "en")
chinese = sections_fixture("workforce", SECTIONS, "zh")
chinese_2023 = sections_fixture("workforce", ["headcount", "profile", "pay"], "zh", year=2023)


def test_kpis_show_the_2024_figures(chinese) -> None:
    kpis = kpis_of(chinese)
    assert kpis["在职员工（人）"] == "6,931"
    assert kpis["女性员工（人）"] == "1,363"
    assert kpis["女性员工比例"] == "19.7%"
    assert kpis["少数民族员工比例"] == "21.11%"
    assert kpis["员工流失率"] == "3.68%"
    assert kpis["年内新引进员工（人）"] == "1,160"
    assert kpis["员工薪酬支出总额（万元）"] == "74,974"
    assert kpis["员工年度平均薪酬（万元）"] == "11.46"


def test_rates_change_in_points_and_counts_in_percent(chinese) -> None:
    deltas = {m.label: m.delta for m in chinese["headcount"].metric}
    assert deltas["女性员工比例"] == f"{19.70 - 21.09:+,.1f}个百分点"
    assert deltas["员工流失率"] == f"{3.68 - 10.86:+,.1f}个百分点"
    assert deltas["在职员工（人）"] == f"{100 * (6931 - 6222) / 6222:+,.1f}%"
    colours = {m.label: m.proto.color for m in chinese["headcount"].metric}
    assert colours["员工流失率"] != colours["女性员工比例"]  # falling turnover good, falling share of women bad


def test_ethnic_groups_and_gender_charts(chinese) -> None:
    ethnic = figure_titled(chinese["profile"], "按民族划分")["data"][0]
    assert dict(zip(ethnic["y"], ethnic["x"], strict=True)) == {
        "藏族": 676,
        "土族": 342,
        "回族": 217,
        "蒙古族": 106,
        "其他少数民族": 122,
    }
    gender = traces(figure_titled(chinese["headcount"], "按性别，人"))
    assert gender["女性"] == [1248, 1312, 1363]
    assert gender["男性"] == [4514, 4910, 5568]
    assert gender["合计（报告所印）"] == [5762, 6222, 6931]


def test_turnover_by_age_keeps_the_reports_inconsistency(chinese) -> None:
    turnover = traces(figure_titled(chinese["turnover"], "按年龄划分的员工流失"))
    assert turnover["30 岁及以下"] == [None, 317, 113]  # 2022 printed '-'
    assert turnover["合计（报告所印）"] == [316, 676, 255]
    captions = " ".join(c.value for c in chinese["turnover"].caption)
    assert "499 人" in captions and "676 人" in captions
    pay = plain_text(" ".join(c.value for c in chinese["pay"].caption))
    assert "74,974/6,931" in pay and "11.46" in pay  # compensation: average does not match


def test_english_has_no_chinese_and_converts_money(english) -> None:
    kpis = kpis_of(english)
    assert kpis["Employees (persons)"] == "6,931"
    assert kpis["Women employees (persons)"] == "1,363"
    assert kpis["Total employee compensation (RMB million)"] == "749.7"  # 74,974 万元
    deltas = {m.label: m.delta for m in english["headcount"].metric}
    assert deltas["Share of women"] == f"{19.70 - 21.09:+,.1f} pp"
    for at in english.values():
        assert chinese_in(section_texts(at, "workforce")) == []
    levels = figure_titled(english["roles"], "Management employees by level")
    assert traces(levels)["Of whom women"] == [389, 50, 17]


def test_the_year_filter_changes_kpis_and_breakdowns(chinese_2023) -> None:
    kpis = kpis_of(chinese_2023)
    assert kpis["在职员工（人）"] == "6,222"
    assert kpis["女性员工（人）"] == "1,312"
    assert kpis["员工年度平均薪酬（万元）"] == "未披露"
    infos = [i.value for i in chinese_2023["profile"].info]
    assert "按民族划分的少数民族员工（人）：报告未披露 2023 年数据。" in infos
    gender = traces(figure_titled(chinese_2023["headcount"], "按性别，人"))
    assert gender["女性"] == [1248, 1312]


def test_the_entity_filter_says_the_figures_are_the_groups() -> None:
    # The report gives workforce figures for the group only: the page says so and keeps the group figures.
    at = run_page("workforce", lang="zh", entity="yulong")
    infos = [i.value for i in at.info]
    assert any(i.startswith("报告没有在本页的内容中单独披露玉龙铜业的数据") for i in infos), infos
    assert metric_values(at)["在职员工（人）"] == "6,931"


def test_each_section_shows_only_its_own_charts(chinese) -> None:
    assert [len(chinese[s].get("plotly_chart")) for s in SECTIONS] == [2, 2, 3, 3, 1, 3, 3, 0]
    assert "员工薪酬支出总额（万元）" not in metric_values(chinese["headcount"])


def test_the_section_switch_shows_the_section_and_keeps_it_in_the_url() -> None:
    check_section_switch("workforce", "turnover", "Leavers by gender", "headcount")
