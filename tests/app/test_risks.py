"""The risks view through app.py: the 12 emerging risks by category (no likelihood or impact placed: the report's
positions are lost in its text layer), the details of a risk chosen in the list, the climate-related risks and opportunities by time horizon, the pillar filter, both
languages.

Expected names, bullet points and horizons are typed from the report text ("新兴风险评估矩阵", "新兴风险评估",
"气候相关物理风险", "气候相关转型风险", "气候相关机遇"), not copied from the data.
"""

from tests.app.helpers import chinese_in, figure_titled, page_fixture, run_page, visible_texts

RISKS_ZH = {
    "人力资源风险",
    "气候与自然灾害风险",
    "商业道德风险",
    "环保法规风险",
    "环境污染风险",
    "职业健康安全风险",
    "社区关系风险",
    "网络安全风险",
    "供应链风险",
    "生物多样性风险",
    "水资源风险",
    "当地居民人权和文化遗产权益风险",
}


chinese = page_fixture("risks", "zh")
english = page_fixture("risks", "en")


def risk_points(fig: dict) -> dict[str, dict]:
    """risk_id -> name, category, column (from the points' customdata and x), over the scatter traces."""
    points = {}
    for trace in fig["data"]:
        if trace.get("type") != "scatter":
            continue
        for (risk_id, label, category, _impacts), x in zip(trace["customdata"], trace["x"], strict=True):
            points[risk_id] = {"label": label, "category": category, "column": round(x)}
    return points


def test_the_chart_lists_the_12_risks_by_category(chinese) -> None:
    fig = figure_titled(chinese, "新兴风险：环境类、社会类、公司治理类")
    points = risk_points(fig)
    assert len(points) == 12
    assert {p["label"] for p in points.values()} == RISKS_ZH
    categories = [p["category"] for p in points.values()]
    # supply chain is social, as the report's topic table (可持续供应链 under 社会) groups it
    assert (categories.count("环境类风险"), categories.count("社会类风险"), categories.count("公司治理类风险")) == (
        5,
        5,
        2,
    )
    assert points["supply_chain"]["category"] == "社会类风险"
    assert fig["layout"]["xaxis"]["ticktext"] == ["环境类风险", "社会类风险", "公司治理类风险"]
    assert {p["column"] for p in points.values() if p["category"] == "社会类风险"} == {1}
    assert not any(trace.get("type") == "heatmap" for trace in fig["data"])  # no likelihood x impact grid
    assert fig["layout"]["yaxis"]["visible"] is False


def test_honesty_caption(chinese, english) -> None:
    zh = " ".join(c.value for c in chinese.caption)
    assert "这些位置在报告文字层中丢失" in zh and "本图不标示发生概率与冲击程度" in zh
    en = " ".join(c.value for c in english.caption)
    assert "this chart shows no likelihood or impact" in en
    assert "supply-chain risk is social" in en


def test_default_risk_details(chinese) -> None:
    assert "环保法规风险" in [s.value for s in chinese.subheader]
    markdown = [m.value for m in chinese.markdown]
    assert "- 运营成本增加\n- 资产减值\n- 因成本增加导致需求减少\n- 融资渠道减少" in markdown
    captions = " ".join(c.value for c in chinese.caption)
    assert "位置推导" not in captions and "类别划定" in captions
    # How the category was assigned comes from the data (category_basis_zh): the report's topic table.
    assert "类别划定：报告《西部矿业 2024 年 ESG 重大性议题》表把对应议题（环境合规管理）列在“环境”下" in captions


def test_category_basis_in_english(english) -> None:
    captions = [c.value for c in english.caption]
    basis = next(c for c in captions if c.startswith("Category assigned: "))
    assert "lists the matching topic (environmental compliance management) under Environment" in basis
    assert chinese_in(captions) == []


def test_choosing_a_risk_in_the_list_shows_its_details() -> None:
    at = run_page("risks", lang="zh")
    at.selectbox(key="risks_risk").select("water_resources").run()
    assert "水资源风险" in [s.value for s in at.subheader]
    markdown = [m.value for m in at.markdown]
    assert "- 影响水资源可获得性和质量\n- 运营成本增加" in markdown
    assert (
        "- 合理规划用水，提高水资源利用效率\n- 建设雨水收集和循环利用系统\n- 与周边社区合作，共同解决用水问题"
        in markdown
    )
    fig = figure_titled(at, "新兴风险：")
    assert fig["data"][-1]["customdata"][0][0] == "water_resources"  # the chosen risk is highlighted


def test_climate_items_by_time_horizon(chinese) -> None:
    fig = figure_titled(chinese, "气候相关风险与机遇")
    spans = {}
    for trace in fig["data"]:
        for name, base, length in zip(trace["y"], trace["base"], trace["x"], strict=True):
            spans[name] = (base, base + length)
    assert len(spans) == 10
    for name in ("极寒天气", "极端降水", "极热天气"):
        assert spans[name] == (0, 3)  # 短期 中期 长期
    for name in ("干旱", "政策与法规风险", "市场风险", "声誉风险", "技术风险", "有色金属需求增加", "产能和产业重组"):
        assert spans[name] == (1, 3)  # 中期 长期
    assert fig["layout"]["xaxis"]["ticktext"] == ["短期", "中期", "长期"]
    assert len(chinese.expander) == 10


def test_the_pillar_filter_keeps_its_category() -> None:
    at = run_page("risks", lang="zh", pillar="S")
    points = risk_points(figure_titled(at, "新兴风险："))
    assert {p["label"] for p in points.values()} == {
        "供应链风险",
        "人力资源风险",
        "职业健康安全风险",
        "社区关系风险",
        "当地居民人权和文化遗产权益风险",
    }
    assert "气候相关风险与机遇属于环境维度；清除维度筛选或选择“环境”即可查看。" in [i.value for i in at.info]
    assert len(at.expander) == 0


def test_english_page_has_no_chinese_left(english) -> None:
    assert chinese_in(visible_texts(english)) == []
    assert chinese_in([e.label for e in english.expander]) == []
    points = risk_points(figure_titled(english, "Emerging risks: environmental"))
    assert (
        points["local_rights_cultural_heritage"]["label"] == "Local residents' human rights and cultural heritage risk"
    )
