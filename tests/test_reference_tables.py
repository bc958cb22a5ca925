"""The reference tables against the report: every target linked to indicators the data holds (and its progress the
figure those indicators print), risk categories as the report groups the topics, no risk placed on likelihood and
impact axes, entity names as printed. Expected values are typed from the report text."""

from __future__ import annotations

import polars as pl
import pytest

# Every company, branch and asset name the report prints (typed from the text: honours, business map, ISO 45001
# chart, prose), in full and in the short forms it uses.
PRINTED_NAMES = {
    "西部矿业股份有限公司", "西部矿业", "西部矿业股份有限公司锡铁山分公司", "锡铁山分公司", "玉龙铜业", "西部铜业",
    "新疆瑞伦矿业有限责任公司", "新疆瑞伦", "哈密博伦", "肃北博伦", "四川鑫源矿业有限责任公司", "鑫源矿业", "大梁矿业",
    "双利铁矿", "湘和有色", "稀贵金属", "西部铜材", "青海铜业", "同鑫化工", "西矿钒科技", "格尔木西矿", "西部镁业",
    "鸿丰伟业", "科发公司", "新疆哈密黄山南铜镍矿", "黄山南铜镍矿", "白山泉铁矿", "四川呷村银多金属矿",
    "呷村银多金属矿", "四川会东铅锌矿", "会东铅锌矿", "青海锡铁山铅锌矿", "锡铁山铅锌矿", "拉陵高里河下游铁多金属矿",
    "团结湖镁盐矿", "二十万吨铅冶炼", "二十万吨锌冶炼", "二十万吨铜冶炼", "西藏玉龙铜矿", "玉龙铜矿", "一万吨湿法铜",
    "甘肃肃北七角井钒及铁矿", "七角井钒及铁矿", "两千吨钒冶炼", "内蒙古获各琦铜矿", "获各琦铜矿", "内蒙古双利铁矿",
    "十五万吨铜冶炼",
}  # fmt: skip


@pytest.fixture(scope="module")
def targets(snapshot) -> pl.DataFrame:
    return pl.read_parquet(snapshot / "targets.parquet")


def test_every_target_is_linked_to_indicators_the_data_holds(targets, indicators) -> None:
    known = set(indicators["indicator_id"])
    for row in targets.iter_rows(named=True):
        links = (row["indicator_id"] or "").split(";")
        assert links != [""], f"{row['target_id']} is linked to no indicator"
        assert set(links) <= known, f"{row['target_id']}: {set(links) - known} are not indicators"


def test_target_links_as_the_report_reads(targets) -> None:
    links = {r["target_id"]: r["indicator_id"] for r in targets.iter_rows(named=True)}
    # 应对气候变化: 2030 年实现碳达峰，2040 年实现碳减排 40%，2060 年实现碳中和
    assert links["climate"] == "ghg_target_peak_year;ghg_target_reduction_2040;ghg_target_neutral_year"
    # 严守安全红线: 生产经营单位覆盖率 100%; 践行绿色发展: ISO 14001 环境管理体系覆盖率 100%
    assert links["safety"] == "safety_standardisation_coverage"
    assert links["green_development"] == "iso14001_production_unit_rate"
    assert links["innovation"] == "rd_spend_revenue_share"  # 科研研发投入占营业收入，比例为 1.24%


def test_a_targets_progress_is_the_figure_its_indicator_prints(targets, indicators) -> None:
    for row in targets.filter(pl.col("progress_value").is_not_null()).iter_rows(named=True):
        printed = indicators.filter(
            pl.col("indicator_id") == row["indicator_id"], pl.col("entity") == "group", pl.col("year") == 2024
        )["value"]
        assert printed.to_list() == [row["progress_value"]], row["target_id"]
    progress = {r["target_id"]: r["progress_value"] for r in targets.iter_rows(named=True)}
    assert (progress["safety"], progress["community"], progress["innovation"]) == (100, 607, 1.24)


def test_risk_categories_follow_the_reports_topic_table(snapshot) -> None:
    risks = pl.read_parquet(snapshot / "risks.parquet").with_columns(pl.col("category").cast(pl.String))
    category = dict(risks.select("risk_id", "category").iter_rows())
    # 可持续供应链 is under 社会 in the ESG topics table, 供应链安全 under 社会 in the SSE index
    assert category["supply_chain"] == "social"
    assert [category[r] for r in ("business_ethics", "cybersecurity")] == ["governance", "governance"]
    assert sorted(category.values()).count("environmental") == 5 and sorted(category.values()).count("social") == 5
    assert "供应链安全" in risks.filter(pl.col("risk_id") == "supply_chain")["category_basis_zh"].item()


def test_no_risk_carries_a_likelihood_or_impact_position(snapshot) -> None:
    columns = pl.read_parquet_schema(snapshot / "risks.parquet")
    assert not [c for c in columns if "likelihood" in c or "impact_derived" in c or "position" in c]


def test_entity_names_are_printed_in_the_report(snapshot) -> None:
    entities = pl.read_parquet(snapshot / "entities.parquet")
    assert entities.filter(pl.col("entity_id") == "shuangli")["name_zh"].item() == "双利铁矿"
    for row in entities.iter_rows(named=True):
        for column in ("name_zh", "short_zh"):
            assert row[column] in PRINTED_NAMES, f"{row['entity_id']}: {column} {row[column]!r} is not printed"


def test_iso45001_certified_entities_match_the_prose(snapshot, indicators) -> None:
    # 公司 16 家下属矿山和冶炼企业已经通过 ISO 45001/OHSAS18001; the chart: 2022 ×2, 2023 ×8, 2024 ×6
    entities = pl.read_parquet(snapshot / "entities.parquet").filter(pl.col("iso45001_year").is_not_null())
    stated = indicators.filter(pl.col("indicator_id") == "iso45001_certified_units", pl.col("year") == 2024)
    assert entities.height == stated["value"].item() == 16
    assert dict(entities.group_by("iso45001_year").len().iter_rows()) == {2022: 2, 2023: 8, 2024: 6}
