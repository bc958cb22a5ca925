"""The data-quality records of the report's own contradictions and roundings, and of the checks that hold: each rule
of ``data/source/rules`` has its record tested here with figures worked out by hand from the report text (the table,
page section and printed figure are in the comments), not read from the data."""

from __future__ import annotations

import polars as pl
import pytest

from esg.paths import SOURCE_DIR

# (check_id, year, status, expected, printed); expected worked out by hand from the printed parts
RECORDS: list[tuple[str, int, str, float, float]] = [
    # 西部矿业 2024 年能源消耗 (环境篇 / 资源管理): 电力 237,612 万千瓦时 = 2,376,120 MWh > 能源消耗总量 1,944,777.10 MWh
    ("env1_energy_mwh_at_least_electricity", 2024, "discrepancy", 2376120, 1944777.10),
    ("env1_energy_mwh_at_least_electricity", 2023, "discrepancy", 2286760, 2082795.15),  # 228,676 万千瓦时
    ("env1_energy_mwh_at_least_electricity", 2022, "discrepancy", 2081140, 1861254.64),  # 208,114 万千瓦时
    # 能源管理正文 “余热发电达 5,009.75 万 kWh” vs 表 “余热发电量 854.14”
    ("env1_waste_heat_stated_vs_table", 2024, "discrepancy", 854.14, 5009.75),
    # “减少二氧化碳排放约 4,562.4 吨” vs 碳减排举措 “相当于减少二氧化碳排放 4,277 吨”
    ("env1_solar_co2_stated_vs_climate", 2024, "discrepancy", 4277, 4562.4),
    # 157,054.6 / 237,612 = 66.10%, printed 74%
    ("env1_renewable_power_share", 2024, "discrepancy", 100 * 157054.6 / 237612, 74),
    # 员工培训费用投入 35 / 168.06 / 362.74 万元 < 安全生产培训投入 440 / 271 / 366 万元
    ("people_training_spend_at_least_safety", 2022, "discrepancy", 440, 35),
    ("people_training_spend_at_least_safety", 2023, "discrepancy", 271, 168.06),
    ("people_training_spend_at_least_safety", 2024, "discrepancy", 366, 362.74),
    # 员工培训平均时长 6 / 1.63 / 3.1 小时 vs 总时长 4,910 / 10,139 / 21,464.5 ÷ 在职员工 5,762 / 6,222 / 6,931
    ("people_training_avg_hours_quotient", 2022, "discrepancy", 4910 / 5762, 6),
    ("people_training_avg_hours_quotient", 2023, "ok", 10139 / 6222, 1.63),
    ("people_training_avg_hours_quotient", 2024, "ok", 21464.5 / 6931, 3.1),
    # 人均安全生产培训时长 20 / 20 / 39 小时 > 员工培训平均时长 6 / 1.63 / 3.1 小时
    ("people_training_avg_at_least_safety_avg", 2022, "discrepancy", 20, 6),
    ("people_training_avg_at_least_safety_avg", 2023, "discrepancy", 20, 1.63),
    ("people_training_avg_at_least_safety_avg", 2024, "discrepancy", 39, 3.1),
    # 员工薪酬支出总额 74,974 万元 ÷ 6,931 人 = 10.82 万元, printed 员工年度平均薪酬 11.46 万元
    ("people_avg_pay_quotient", 2024, "discrepancy", 74974 / 6931, 11.46),
    # 社区参与正文 “本地化雇佣率 93%” vs 户籍为运营所在地省份员工 4,581 / 6,931 = 66.09%
    ("people_local_hiring_ratio", 2024, "discrepancy", 100 * 4581 / 6931, 93),
    # 252 / (252 + 1,160) = 17.85%
    ("people_internal_fill_ratio", 2024, "ok", 100 * 252 / 1412, 17.85),
    # (389 + 50 + 17) / 1,824 = 25.00%
    ("people_women_in_management_ratio", 2024, "ok", 25.0, 25.0),
    # 2022 shares printed as whole numbers padded with .00
    ("people_female_pct", 2022, "rounding", 100 * 1248 / 5762, 22.0),  # 21.66 -> 22
    ("people_male_pct", 2022, "rounding", 100 * 4514 / 5762, 78.0),  # 78.34 -> 78
    ("people_turnover_rate", 2022, "rounding", 100 * 316 / 5762, 5.0),  # 5.48 -> 5
    ("rd_researchers_share_ratio", 2022, "rounding", 100 * 863 / 5762, 15.0),  # 14.98 -> 15
    ("people_admin_pct", 2022, "rounding", 100 * 939 / 5762, 16.0),  # 16.30 -> 16
    ("people_technical_pct", 2022, "rounding", 100 * 385 / 5762, 7.0),  # 6.68 -> 7
    ("people_sales_pct", 2022, "rounding", 100 * 86 / 5762, 1.0),  # 1.49 -> 1
    ("people_finance_pct", 2022, "rounding", 100 * 143 / 5762, 2.0),  # 2.48 -> 2
    ("people_age_30_under_pct", 2022, "rounding", 100 * 1447 / 5762, 25.0),  # 25.11 -> 25
    ("people_age_31_50_pct", 2022, "rounding", 100 * 3649 / 5762, 63.0),  # 63.33 -> 63
    ("people_female_pct", 2024, "rounding", 100 * 1363 / 6931, 19.7),  # 19.67 printed 19.70 = 19.7 padded
    ("people_finance_pct", 2024, "rounding", 100 * 175 / 6931, 2.5),  # 2.52 printed 2.50 = 2.5 padded
    # ... and those that no rounding explains
    ("people_production_pct", 2022, "discrepancy", 100 * 4209 / 5762, 74.0),  # 73.05, rounds to 73
    ("people_minority_pct", 2022, "discrepancy", 100 * 1139 / 5762, 19.0),  # 19.77, rounds to 20
    ("people_age_51_over_pct", 2022, "discrepancy", 100 * 666 / 5762, 11.0),  # 11.56, rounds to 12
    ("people_turnover_rate_minority", 2024, "discrepancy", 100 * 56 / 1463, 3.38),  # 3.83
    ("people_young_managers_pct", 2024, "discrepancy", 100 * 40 / 66, 60.7),  # 60.61
    # 健康防护举措正文 “投入 1,114 万元为员工配备劳动防护用品” vs 表 “安全防护用品投入 1,048”
    ("safety_ppe_stated_vs_table", 2024, "discrepancy", 1048, 1114),
    # 安全生产投入: 1,048 + 1,202 + 16,008 + 366 + 3,395 + 1,175 + 1,709 + 19,861 = 44,764 vs 44,765 (rounding)
    ("safety_investment_items", 2024, "ok", 44764, 44765),
    # 工伤事件数 6 / 15 / 6 ≥ 损失工时事件数 4 / 10 / 6 (footnote 6)
    ("safety_injuries_at_least_lti", 2023, "ok", 10, 15),
    ("safety_injuries_at_least_lti", 2024, "ok", 6, 6),
    # 62,117 万元 / 500.26 亿元 = 1.2417%, printed 1.24
    ("rd_revenue_share_ratio", 2024, "ok", 100 * 62117 / 5002600, 1.24),
    ("rd_tech_achievements_split", 2024, "ok", 5, 5),  # 国际领先 3 + 国际先进 2
    ("exec_pay_performance_split", 2024, "ok", 60, 60),  # 40% + 20%
    # 一般固体废弃物 11,455.38 万吨 ≥ (27,786,984.85 + 82,686,467.78 + 1,555,051.87) t = 11,202.85 万吨
    ("env2_general_solid_waste_at_least_tailings_rock", 2024, "ok", 11202.850450, 11455.38),
    ("env2_greening_at_least_lawn", 2024, "ok", 1521700, 1646159),  # 152.17 万㎡ ≤ 1,646,159 m²
    ("env2_greening_at_least_yulong", 2024, "ok", 1070000, 1646159),  # 玉龙铜业约 107 万平方米 (footnote 2)
    ("env2_ghg_total_segments", 2023, "discrepancy", 1938914, 1938916),
    ("people_headcount_age", 2023, "discrepancy", 6224, 6222),
    ("people_turnover_age", 2023, "discrepancy", 499, 676),
    ("people_training_participations_category", 2024, "discrepancy", 22638, 23474),
]


@pytest.fixture(scope="module")
def quality(snapshot) -> pl.DataFrame:
    return pl.read_parquet(snapshot / "quality.parquet").with_columns(pl.col("status", "kind").cast(pl.String))


@pytest.mark.parametrize(("check_id", "year", "status", "expected", "printed"), RECORDS)
def test_the_record_of_a_check(quality, check_id, year, status, expected, printed) -> None:
    row = quality.filter(pl.col("check_id") == check_id, pl.col("year") == year)
    assert row.height == 1, f"{check_id} {year}"
    record = row.row(0, named=True)
    assert record["status"] == status
    assert record["expected"] == pytest.approx(expected, abs=1e-6)
    assert record["printed"] == pytest.approx(printed, abs=1e-9)
    assert record["location_zh"] and record["location_en"]  # where in the report the figures stand


def test_every_contradiction_and_rounding_in_the_snapshot_is_hand_checked_here(quality) -> None:
    """Every other check of every rule and prose repeat holds (or cannot be checked for lack of a figure)."""
    problems = quality.filter(pl.col("status").is_in(["discrepancy", "rounding"]))
    assert {(r["check_id"], r["year"]) for r in problems.iter_rows(named=True)} == {
        (c, y) for c, y, status, *_ in RECORDS if status != "ok"
    }


def test_every_rule_file_row_has_records(quality) -> None:
    rules = pl.concat([pl.read_csv(p, infer_schema=False) for p in sorted((SOURCE_DIR / "rules").glob("*.csv"))])
    assert set(quality.filter(pl.col("kind") != "prose")["check_id"]) == set(rules["rule_id"])
    prose = pl.concat([pl.read_csv(p, infer_schema=False) for p in sorted((SOURCE_DIR / "prose").glob("*.csv"))])
    assert quality.filter(pl.col("kind") == "prose").height == prose.height


def test_the_location_names_the_section_and_table(quality) -> None:
    row = quality.filter(pl.col("check_id") == "people_training_spend_at_least_safety", pl.col("year") == 2024)
    assert (
        row["location_zh"].item()
        == "社会篇 / 员工发展《西部矿业员工培训绩效》；社会篇 / 安全生产《安全生产项目与投入绩效》"
    )
    assert row["location_en"].item().count("'") == 4  # two English table titles
