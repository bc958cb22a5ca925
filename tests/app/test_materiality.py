"""The materiality view through app.py: the published tiers, the matrix (positions derived), the indicators behind a
topic chosen in the list, the pillar and year filters, both languages.

Expected tiers and figures are typed from the report text ("西部矿业 2024 年双重重要性议题判定结果", the safety,
land and community tables), not copied from the data.
"""

from tests.app.helpers import CJK, chinese_in, figure_titled, page_fixture, run_page, visible_texts

BOTH_ZH = [
    "职业健康与安全",
    "能源与资源使用",
    "科技创新",
    "水资源管理",
    "劳工权益",
    "员工沟通与关爱",
    "职工培训与发展",  # printed 职业培训与发展 in the tier list, 职工培训与发展 in the matrix
    "废弃物处理与污染物排放",
]
IMPACT_ONLY_ZH = [
    "产品质量与安全",
    "环境合规管理",
    "风险管理",
    "公司治理",
    "循环经济",
    "商业道德",
    "可持续供应链",
    "应对气候变化",
    "社区关系",
]
NEITHER_ZH = ["生物多样性", "乡村振兴", "数据安全与客户隐私保护"]


chinese = page_fixture("materiality", "zh")
english = page_fixture("materiality", "en")


def tier_list(at, heading: str) -> list[str]:
    """The topics listed in the tier column whose heading contains ``heading``."""
    texts = [m.value for m in at.markdown]
    start = next(i for i, text in enumerate(texts) if heading in text)
    items = next(text for text in texts[start + 1 :] if text.startswith("- "))
    return [line.removeprefix("- ") for line in items.splitlines()]


def matrix_points(fig: dict) -> dict[str, dict]:
    """topic_id -> the point's trace name, label and coordinates, over every scatter trace of the matrix."""
    points = {}
    for trace in fig["data"]:
        for i, custom in enumerate(trace.get("customdata") or []):
            points[custom[0]] = {"trace": trace["name"], "label": trace["text"][i], "pillar": custom[2]}
    return points


def test_the_three_tiers_are_listed_as_published(chinese) -> None:
    assert tier_list(chinese, "同时具有财务重要性与影响重要性的议题") == BOTH_ZH
    assert tier_list(chinese, "具有影响重要性，但财务重要性较低的议题") == IMPACT_ONLY_ZH
    assert tier_list(chinese, "财务重要性较低，影响重要性也较低的议题") == NEITHER_ZH
    counts = [c.value for c in chinese.caption if c.value.endswith("项议题")]
    assert counts == ["8 项议题", "9 项议题", "3 项议题"]


def test_english_tiers(english) -> None:
    both = tier_list(english, "Topics with both financial and impact materiality")
    assert len(both) == 8
    assert "Occupational health and safety" in both
    assert tier_list(english, "Topics with lower financial and lower impact materiality") == [
        "Biodiversity",
        "Rural revitalisation",
        "Data security and customer privacy protection",
    ]


def test_matrix_holds_every_topic_by_pillar_with_tier_regions(chinese) -> None:
    fig = figure_titled(chinese, "双重重要性矩阵")
    points = matrix_points(fig)
    assert len(points) == 20
    assert {p["label"].replace("<b>", "").replace("</b>", "") for p in points.values()} == set(
        BOTH_ZH + IMPACT_ONLY_ZH + NEITHER_ZH
    )
    assert points["biodiversity"]["trace"] == "环境"
    assert points["data_security_privacy"]["trace"] == "治理"
    assert {trace["name"] for trace in fig["data"] if trace.get("showlegend") is not False} == {"环境", "社会", "治理"}
    rects = [s for s in fig["layout"]["shapes"] if s["type"] == "rect"]
    assert len(rects) == 3
    annotations = " ".join(a["text"] for a in fig["layout"]["annotations"])
    assert "财务与影响均重要" in annotations and "两者均较低" in annotations
    assert "来源" in annotations  # the source line inside the figure
    hover = fig["data"][0]["hovertemplate"]
    assert "维度" in hover and "层级" in hover
    # the default topic (first listed) is highlighted in its own trace
    assert fig["data"][-1]["customdata"][0][0] == "occupational_health_safety"


def test_caption_says_positions_are_derived_and_tiers_published(chinese, english) -> None:
    zh = " ".join(c.value for c in chinese.caption)
    assert "图中位置为推导值，并非评分" in zh and "三个层级为报告公布的判定结果" in zh
    en = " ".join(c.value for c in english.caption)
    assert "positions in the chart are derived, not scores" in en and "tiers are as published" in en


def test_default_topic_shows_its_indicators(chinese) -> None:
    assert "职业健康与安全：相关指标（2024 年）" in [s.value for s in chinese.subheader]
    table = chinese.dataframe[0].value
    values = dict(zip(table["指标"], table["数值"], strict=True))
    assert values["百万工时损失工时事件率"] == "0.396"  # 安全管理绩效, 2024
    assert values["工伤事件数"] == "6 件"
    assert set(table["来源表格"]) >= {"安全管理绩效"}


def test_choosing_a_topic_in_the_list_shows_its_indicators() -> None:
    at = run_page("materiality", lang="zh")
    at.selectbox(key="materiality_topic").select("biodiversity").run()
    assert "生物多样性：相关指标（2024 年）" in [s.value for s in at.subheader]
    table = at.dataframe[0].value
    values = dict(zip(table["指标"], table["数值"], strict=True))
    assert values["复垦面积"] == "78.9 公顷"  # 土地复垦与生态修复 table, 2024
    assert values["全年种植树木"] == "458,136 棵"
    fig = figure_titled(at, "双重重要性矩阵")
    assert fig["data"][-1]["customdata"][0][0] == "biodiversity"  # the chosen topic is highlighted

    at.selectbox(key="materiality_topic").select("product_quality_safety").run()
    assert "报告中没有量化该议题的指标。" in [i.value for i in at.info]


def test_the_year_filter_changes_the_indicators() -> None:
    at = run_page("materiality", lang="zh", year=2023)
    table = at.dataframe[0].value
    values = dict(zip(table["指标"], table["数值"], strict=True))
    assert values["百万工时损失工时事件率"] == "0.736"  # 2023 column
    at.selectbox(key="materiality_topic").select("biodiversity").run()
    values = dict(zip(at.dataframe[0].value["指标"], at.dataframe[0].value["数值"], strict=True))
    assert values["全年种植树木"] == "30,580 棵"
    assert values["复垦面积"] == "未披露"  # printed "-" for 2023, never 0
    at.selectbox(key="materiality_topic").select("rural_revitalisation").run()
    assert "报告未给出该议题相关指标在 2023 年的数值。" in [i.value for i in at.info]


def test_the_pillar_filter_keeps_the_pillars_topics() -> None:
    at = run_page("materiality", lang="zh", pillar="E")
    points = matrix_points(figure_titled(at, "双重重要性矩阵"))
    assert len(points) == 7
    assert {p["pillar"] for p in points.values()} == {"环境"}
    assert tier_list(at, "同时具有财务重要性与影响重要性的议题") == [
        "能源与资源使用",
        "水资源管理",
        "废弃物处理与污染物排放",
    ]
    assert len(at.dataframe[-1].value) == 7  # the table view
    assert any("维度 环境" in c.value for c in at.caption)


def test_table_view_lists_the_20_topics(english) -> None:
    table = english.dataframe[-1].value
    assert list(table.columns) == ["Topic", "Pillar", "Tier (as published)", "Order listed in tier"]
    assert len(table) == 20
    row = table[table["Topic"] == "Biodiversity"].iloc[0]
    assert row["Pillar"] == "Environmental"
    assert row["Tier (as published)"] == "Topics with lower financial and lower impact materiality"
    assert any(b.label == "Download data (CSV)" for b in english.get("download_button"))


def test_english_page_has_no_chinese_left(english) -> None:
    assert chinese_in(visible_texts(english)) == []
    for frame in (english.dataframe[0].value, english.dataframe[-1].value):
        cells = [str(v) for v in frame.to_numpy().ravel()] + list(frame.columns)
        assert [c for c in cells if CJK.search(c)] == []
    values = dict(zip(english.dataframe[0].value["Indicator"], english.dataframe[0].value["Value"], strict=True))
    assert values["Safety investment: safety training"] == "RMB 3.66 million"  # 366 万元
