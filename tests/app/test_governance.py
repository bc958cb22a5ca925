"""The governance view through app.py: figures typed from the report's 科研投入绩效, 2024 年知识产权申报工作进展,
供应商情况统计 tables and the board-composition and philanthropy text; the patent split and the technology-achievement
contradiction are flagged; the year filter; the section switch; both languages."""

from tests.app.helpers import (
    check_section_switch,
    chinese_in,
    figure_titled,
    kpis_of,
    metric_values,
    section_texts,
    sections_fixture,
    traces,
)

SECTIONS = ["rd", "research", "patents", "procurement", "suppliers", "board", "community"]


english = sections_fixture("governance", SECTIONS, "en")
chinese = sections_fixture("governance", SECTIONS, "zh")
chinese_2023 = sections_fixture("governance", ["rd", "patents", "board"], "zh", year=2023)


def test_kpis_show_the_2024_figures(chinese) -> None:
    kpis = kpis_of(chinese)
    assert kpis["研发投入（万元）"] == "62,117"
    assert kpis["研发投入占营收比例"] == "1.24%"
    assert kpis["科研人员（人）"] == "834"
    assert kpis["年度获授权专利（项）"] == "72"
    assert kpis["供应商数量（家）"] == "3,352"
    assert kpis["前五名供应商采购占比"] == "12%"
    assert kpis["对外捐赠总额（万元）"] == "834"
    # 董事会构成: 7 members, 3 independent, 4 non-independent, 1 woman, 8 meetings, tenure 2.6 years
    assert kpis["董事会成员（名）"] == "7"
    assert kpis["独立董事（名）"] == "3"
    assert kpis["非独立董事（名）"] == "4"
    assert kpis["女性董事（名）"] == "1"
    assert kpis["董事会会议（次）"] == "8"
    assert kpis["董事平均任期（年）"] == "2.6"
    assert kpis["乡村振兴总投入（万元）"] == "607"


def test_english_converts_rd_spending_and_has_no_chinese(english) -> None:
    kpis = kpis_of(english)
    assert kpis["R&D spending (RMB million)"] == "621.2"  # 62,117 万元
    assert kpis["Patents granted"] == "72"
    assert kpis["Board members (persons)"] == "7"
    assert kpis["Independent directors (persons)"] == "3"
    deltas = {m.label: m.delta for m in english["rd"].metric}
    assert deltas["R&D spending / revenue"] == f"{1.24 - 1.37:+,.1f} pp"
    for at in english.values():
        assert chinese_in(section_texts(at, "governance")) == []


def test_rd_spending_stacks_expensed_and_capitalised_with_the_printed_total(chinese) -> None:
    rd = traces(figure_titled(chinese["rd"], "科研研发投入"))
    assert rd["费用化研发投入"] == [39121, 57416, 62117]
    assert rd["资本化研发投入"] == [5270, 949, None]  # 2024 printed '-'
    assert rd["研发投入总额（报告所印）"] == [44391, 58365, 62117]


def test_patents_split_is_flagged_as_inferred(chinese, english) -> None:
    patents = traces(figure_titled(chinese["patents"], "年度专利"))
    assert patents["发明专利（推断）"] == [13, 13]
    assert patents["实用新型专利（推断）"] == [72, 59]
    assert patents["合计（报告所印）"] == [85, 72]
    cumulative = traces(figure_titled(english["patents"], "Cumulative patents"))
    assert cumulative["Total (as printed)"] == [779, 540]
    captions = " ".join(c.value for c in english["patents"].caption)
    assert "inferred from the layout" in captions
    assert "the other way round" in captions  # technology achievements: prose vs award table


def test_supplier_chart_marks_2022_as_not_disclosed(english) -> None:
    fig = figure_titled(english["procurement"], "Suppliers (companies)")
    bar = next(trace for trace in fig["data"] if trace["type"] == "bar")
    assert bar["y"] == [None, 2000, 3352]
    assert any(trace.get("text") == ["Not disclosed"] for trace in fig["data"])
    evaluation = figure_titled(english["suppliers"], "Supplier evaluation")["data"][0]
    assert dict(zip(evaluation["labels"], evaluation["values"], strict=True)) == {
        "Excellent": 180,
        "Qualified": 1328,
        "Unqualified": 51,
    }


def test_the_year_filter_changes_kpis_and_hides_2024_only_figures(chinese_2023) -> None:
    kpis = kpis_of(chinese_2023)
    assert kpis["研发投入（万元）"] == "58,365"
    assert kpis["供应商数量（家）"] == "2,000"
    assert kpis["前五名供应商采购占比"] == "32%"
    assert kpis["董事会成员（名）"] == "未披露"
    assert "年度专利申请与授权（项）：报告未披露 2023 年数据。" in [i.value for i in chinese_2023["patents"].info]


def test_each_section_shows_only_its_own_charts(chinese) -> None:
    assert [len(chinese[s].get("plotly_chart")) for s in SECTIONS] == [2, 2, 2, 2, 2, 1, 1]
    assert "董事会成员（名）" not in metric_values(chinese["rd"])


def test_the_section_switch_shows_the_section_and_keeps_it_in_the_url() -> None:
    check_section_switch("governance", "board", "Risk early-warning indicators", "rd")
