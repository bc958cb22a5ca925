"""The overview through app.py: KPI values are the report's figures, YoY colours, both languages."""

from tests.app.helpers import chinese_in, figure_titled, metric_values, page_fixture, run_page, visible_texts

english = page_fixture("overview", "en")
chinese = page_fixture("overview", "zh")


def test_kpis_show_the_2024_figures_in_chinese(chinese) -> None:
    kpis = metric_values(chinese)
    # 西部矿业温室气体排放 / 能源消耗 / 水资源消耗 / 安全管理绩效 / 人才多元化结构 / 科研投入绩效 (2024 columns)
    assert kpis["温室气体排放（范围一+二）（吨二氧化碳当量）"] == "1,857,309"
    assert kpis["能源消耗总量（万吨标煤）"] == "53.52"
    assert kpis["新鲜水取用量（立方米）"] == "21,484,019"
    assert kpis["百万工时损失工时事件率"] == "0.396"
    assert kpis["在职员工（人）"] == "6,931"
    assert kpis["女性员工比例"] == "19.7%"
    assert kpis["科研研发投入（万元）"] == "62,117"
    assert kpis["环境保护投入（万元）"] == "65,049"  # 65,049.12
    assert kpis["铜金属保有资源储量（金属量，非权益）（万吨）"] == "581"


def test_kpis_in_english_convert_units_exactly(english) -> None:
    kpis = metric_values(english)
    assert kpis["R&D spending (RMB million)"] == "621.2"  # 62,117 万元
    assert kpis["Total energy consumption (kt standard coal)"] == "535.2"
    assert kpis["Copper resources and reserves (contained metal, 100% basis) (kt)"] == "5,810"
    assert kpis["GHG emissions (scope 1+2) (t CO2e)"] == "1,857,309"


def test_deltas_are_percent_for_quantities_and_points_for_rates(chinese) -> None:
    deltas = {m.label: m.delta for m in chinese.metric}
    assert deltas["温室气体排放（范围一+二）（吨二氧化碳当量）"] == f"{100 * (1857309 - 1938916) / 1938916:+,.1f}%"
    assert deltas["女性员工比例"] == f"{19.70 - 21.09:+,.1f}个百分点"
    colours = {m.label: m.proto.color for m in chinese.metric}
    assert (
        colours["温室气体排放（范围一+二）（吨二氧化碳当量）"] == colours["能源消耗总量（万吨标煤）"]
    )  # falling emissions, energy: good (green)
    assert (
        colours["女性员工比例"] == colours["铜金属保有资源储量（金属量，非权益）（万吨）"]
    )  # falling women share, reserves: bad (red)
    assert (
        colours["温室气体排放（范围一+二）（吨二氧化碳当量）"] != colours["女性员工比例"]
    )  # falling women share: bad (red)
    emissions = next(m for m in chinese.metric if m.label.startswith("温室气体"))
    assert list(emissions.proto.chart_data) == [1769991, 1938916, 1857309]


def test_the_year_filter_changes_the_kpis_and_gaps_are_not_disclosed() -> None:
    at = run_page("overview", lang="zh", year=2023)
    kpis = metric_values(at)
    assert kpis["温室气体排放（范围一+二）（吨二氧化碳当量）"] == "1,938,916"
    assert kpis["在职员工（人）"] == "6,222"
    assert kpis["环境保护投入（万元）"] == "未披露"  # the report gives environmental investment for 2024 only


def test_ghg_chart_holds_scope_1_and_2(english) -> None:
    fig = figure_titled(english, "GHG emissions")
    by_name = {trace["name"]: trace["y"] for trace in fig["data"] if trace.get("type") == "bar"}
    assert len(by_name) == 2
    scope1 = next(v for k, v in by_name.items() if "Scope 1" in k)
    assert scope1 == [575044, 626016, 563111]


def test_english_page_has_no_chinese_left(english) -> None:
    assert chinese_in(visible_texts(english)) == []


def test_ratings_are_shown_as_published(english) -> None:
    texts = [m.value for m in english.markdown]
    assert "**MSCI ESG rating**: BB" in texts


def test_what_moved_ranks_improvements_and_deteriorations(english) -> None:
    links = [link.proto.label for link in english.get("page_link")]
    better = links.index("Safety training sessions: +228.5% (267 sessions in 2023 → 877 sessions)")  # 安全培训场次
    worse = links.index("Working hours lost (employees): +114.6% (1,920 hours in 2023 → 4,120 hours)")  # 损失工时数
    assert better < worse  # improvements first, each ranked by relative change in its good direction
    assert "Fresh water withdrawal: +20.2% (17,872,900 m³ in 2023 → 21,484,019 m³)" in links  # 新鲜水取用量
    assert not any(label.startswith("Trees planted") for label in links)  # 2024 counts shrubs too: not comparable
    targets = {link.proto.label: link.proto.page for link in english.get("page_link")}
    assert targets["Safety training sessions: +228.5% (267 sessions in 2023 → 877 sessions)"] == "safety"
    captions = [c.value for c in english.caption]
    # 25 discrepancies among the 297 checks of quality.parquet
    assert "Data quality: 25 of 297 checks found figures of the report that do not agree with each other" in " ".join(
        captions
    )
    assert targets["See the data-quality checks"] == "explorer"


def test_target_scorecard_statuses(english) -> None:
    frame = next(df.value for df in english.dataframe if "Status" in df.value.columns).set_index("Target")
    status = frame["Status"].to_dict()
    # 2040: -40% on 2022 (1,769,991 t CO2e); 2024 1,857,309: +2.4% a year against -3.4% needed
    assert status["Cut emissions 40% by 2040 against 2022 (scope 1 and 2)"] == "Off track"
    assert frame.loc["Cut emissions 40% by 2040 against 2022 (scope 1 and 2)", "Latest"] == "1,857,309 t CO2e (2024)"
    assert status["Emissions peak by 2030 (scope 1 and 2)"] == "Not measurable from the report"
    assert status["Zero work fatalities"] == "Not measurable from the report"  # a zero target, no count printed
    assert frame.loc["Zero work fatalities", "Latest"] == "Not disclosed"
    # 安全生产标准化建设 100% 全覆盖: 生产经营单位覆盖率 100%
    assert status["Safety production standardisation at 100% of the company's production and operating units"] == (
        "Achieved"
    )
    assert len(frame) == 12  # 8 target areas of 2025, the climate area's three targets and zero fatalities
    # each row links to the view of its indicator, in the page's language
    assert frame.loc["Zero work fatalities", "Link"] == "./safety?lang=en"
    assert frame.loc["Cut emissions 40% by 2040 against 2022 (scope 1 and 2)", "Link"] == "./emissions?lang=en"
