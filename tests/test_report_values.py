"""Figures typed by hand from the report text (not copied from the CSV sources), at least two per source table,
plus the null-not-zero and footnote-marker rules and the recorded discrepancies."""

from __future__ import annotations

import polars as pl
import pytest

# (indicator_id, entity, segment, year, value as printed in the report; None = printed "-" or "/")
G = "group"
HAND_TYPED: list[tuple[str, str, str | None, int, float | None]] = [
    # figures of their own that other pages contradict (typed from the text, see data-quality checks)
    ("waste_heat_power_generation_stated", G, None, 2024, 5009.75),  # 报告期内余热发电达 5,009.75 万 kWh
    ("solar_pv_expected_co2_reduction_stated", "xianghe", None, 2024, 4562.4),  # 减少二氧化碳排放约 4,562.4 吨
    # 健康防护举措（正文）: 公司投入 1,114 万元为员工配备劳动防护用品
    ("ppe_spend_stated", G, None, 2024, 1114),
    # 关键技术研发（正文）: 年处理 1 万吨 … 年处理 1 万吨 … 年处理 3.6 万吨次氧化锌综合回收 20t 铟
    ("demo_white_dust_acid_capacity", G, None, 2024, 1),
    ("demo_zinc_oxide_capacity", G, None, 2024, 3.6),
    ("demo_indium_recovery", G, None, 2024, 20),
    # 智慧工厂（正文）: 建成 10 万吨阴极铜电解车间集散控制系统（DCS）
    ("dcs_cathode_copper_capacity", "western_copper_materials", None, 2024, 10),
    # 外部联合培养（正文）: 6 所高校 … 签订 6 份战略合作协议
    ("university_partners", G, None, 2024, 6),
    ("university_strategic_agreements", G, None, 2024, 6),
    # 薪酬政策（正文）: 3 倍以内; 月度绩效 (40%) + 年度绩效 (20%); 占比达 60%
    ("exec_pay_ratio_cap", G, None, 2024, 3),
    ("exec_pay_monthly_performance_pct", G, None, 2024, 40),
    ("exec_pay_annual_performance_pct", G, None, 2024, 20),
    ("exec_pay_performance_pct", G, None, 2024, 60),
    # ESG 发展（正文）: 4 次专题培训与专题交流会; 四个层级共计 8 项重点 ESG 议题; 三层 ESG 管理体系
    ("esg_training_sessions", G, None, 2024, 4),
    ("esg_strategy_topics", G, None, 2024, 8),
    ("esg_strategy_levels", G, None, 2024, 4),
    ("esg_management_tiers", G, None, 2024, 3),
    # 员工薪酬（正文）: 针对六大序列构建具有竞争力的薪酬福利体系; 两种薪制
    ("pay_sequences", G, None, 2024, 6),
    ("pay_systems", G, None, 2024, 2),
    # 智慧矿山与智慧工厂（正文）: 启动首个 5,000 米高海拔露天矿自动驾驶项目
    ("autonomous_driving_mine_altitude", "yulong", None, 2024, 5000),
    # 双重重要性分析（正文）: 识别出 20 项核心议题
    ("material_topics_identified", G, None, 2024, 20),
    # 西部矿业 ESG 战略目标（2024 年进展）: 生产经营单位覆盖率 100%
    ("safety_standardisation_coverage", G, None, 2024, 100),
    # 2024 年废弃物利用情况
    ("waste_tailings_generated", G, None, 2024, 27786984.85),
    ("waste_rock_underground_utilisation_rate", G, None, 2024, 89.17),
    # 2024 年知识产权申报工作进展
    ("patents_applied", G, None, 2024, 85),
    ("patents_granted_cumulative", G, None, 2024, 540),
    # 2024 年西部矿业人才引进成果
    ("internal_moves", G, None, 2024, 252),
    ("avg_recruitment_cost", G, None, 2024, 110),
    # ESG 评级 (text grades are checked below)
    ("esg_score_sp_csa", G, None, 2024, 47),
    # 举报机制（正文）
    ("whistleblowing_reports_received", G, None, 2024, 22),
    ("whistleblowing_reports_closed", G, None, 2024, 22),
    # 乡村振兴（正文）
    ("rural_revitalisation_investment", G, None, 2024, 607),
    ("rural_revitalisation_beneficiaries", G, None, 2024, 10179),
    # 产学研合作（正文）
    ("copper_recovery_gain", "yulong", None, 2024, 5.92),
    ("molybdenum_recovery_gain", "yulong", None, 2024, 1.08),
    # 供应商情况统计（平台采购）
    ("suppliers_total", G, None, 2024, 3352),
    ("procurement_spend_total", G, None, 2023, 283617.27),
    ("suppliers_total", G, None, 2022, None),
    # 供应商管理（正文）
    ("suppliers_evaluated", G, None, 2024, 1559),
    ("suppliers_rated_excellent", G, None, 2024, 180),
    # 公司治理架构（正文）
    ("board_committees", G, None, 2024, 6),
    # 关于西部矿业（正文）
    ("total_assets", G, None, 2024, 549.13),
    ("revenue", G, None, 2024, 500.26),
    ("mining_rights_area", G, None, 2024, 67.05),
    # 关键技术研发（正文）
    ("tech_achievements", G, None, 2024, 5),
    ("tech_achievements_intl_leading", G, None, 2024, 3),
    # 可持续供应链（正文）
    ("supplier_integrity_contract_rate", G, None, 2024, 100),
    ("suppliers_removed_negative_impact", G, None, 2024, 51),
    # 合规管理体系（正文）
    ("compliance_committee_subsidiaries", G, None, 2024, 29),
    ("compliance_checklist_areas", G, None, 2024, 18),
    # 员工健康管理（正文）
    ("occupational_health_check_rate", G, None, 2024, 100),
    # 员工关怀（正文）
    ("hardship_condolence_payments", G, None, 2024, 55.26),
    ("skill_contests", G, None, 2024, 110),
    # 员工培训 (table)
    ("training_hours_total", G, None, 2024, 21464.5),
    ("training_participations", G, None, 2022, 19493),
    # 员工培训（正文）
    ("title_review_pass_rate", G, None, 2024, 90.24),
    ("training_activities_safety_env", G, None, 2024, 354),
    # 员工晋升（正文）
    ("promotions_total", G, None, 2024, 321),
    ("managers_promoted", G, None, 2024, 66),
    # 员工沟通（正文）
    ("employee_satisfaction", G, None, 2024, 96),
    ("hotline_requests", G, None, 2024, 32),
    # 固体废弃物产生与处置量
    ("waste_hazardous", G, None, 2024, 18.04),
    ("waste_general_solid", G, None, 2023, 10935.00),
    ("waste_hazardous", G, None, 2022, None),
    # 固体废弃物（正文）
    ("solid_waste_safe_disposal_rate", G, None, 2024, 100),
    ("hazardous_waste_licensed_subsidiaries", G, None, 2024, 2),
    # 土地使用和复垦绩效 (footnote markers 2 and 3 were glued to 1,646,159 and 458,136)
    ("greening_area_new", G, None, 2024, 1646159),
    ("trees_planted", G, None, 2024, 458136),
    ("land_reclamation_cost", G, None, 2024, 3878.90),
    ("land_reclamation_cost", G, None, 2023, None),
    # 土地资源管理（正文）
    ("open_pit_backfill_volume", "hami_bolun", None, 2024, 22.6),
    ("open_pit_backfill_volume", "subei_bolun", None, 2024, 18),
    # 大气污染物排放
    ("air_so2", G, None, 2024, 203.14),
    ("air_cadmium", G, None, 2024, 79.08),
    ("air_mercury", G, None, 2023, None),
    # 安全环保培训（正文）
    ("safety_env_training_national_lecturers", G, None, 2024, 12),
    ("safety_env_training_class_hours_per_person", G, None, 2024, 56),
    # 安全生产项目与投入绩效
    ("safety_investment_total", G, None, 2023, 49623),
    ("safety_investment_other", G, None, 2024, 19861),
    # 安全管理制度（正文）
    ("safety_rules_new", G, None, 2024, 7),
    ("safety_rules_revised", G, None, 2024, 21),
    # 安全管理绩效
    ("ltir_employees", G, None, 2024, 0.396),
    ("trifr_contractors", G, None, 2024, 0.171),
    ("lost_time_hours_employees", G, None, 2024, 4120),
    # 安全能力建设绩效
    ("safety_training_sessions", G, None, 2024, 877),
    ("special_equipment_operators_new_certificates", G, None, 2022, 862),
    # 安全隐患排查（正文）
    ("hazards_identified_safety_env", G, None, 2024, 1.4),
    ("hazards_rectification_rate", G, None, 2024, 100),
    # 尾矿库管理（正文）
    ("tailings_dams_total", G, None, 2024, 19),
    ("tailings_dams_in_use", G, None, 2024, 10),
    # 应对气候变化（正文）
    ("carbon_sink_new", G, None, 2024, 3351),
    ("green_power_purchased", G, None, 2024, 17116.3),
    # 废水排放
    ("wastewater_cod", G, None, 2023, 5.28),
    ("wastewater_industrial_discharge", G, None, 2024, 6.31),
    # 廉洁与反腐败（正文）
    ("audit_recommendations", G, None, 2024, 83),
    ("discipline_lessons", G, None, 2024, 296),
    # 按培训人员类别划分的培训支出
    ("training_spend_managers", G, None, 2024, 78.05),
    ("training_spend_operators", G, None, 2024, 209.54),
    # 按培训项目类别划分的培训支出
    ("training_spend_safety_env", G, None, 2024, 73.92),
    ("training_spend_equipment_mgmt", G, None, 2024, 1.23),
    # 按学历划分员工构成情况
    ("employees_edu_other", G, None, 2024, 3220),
    ("employees_edu_doctorate", G, None, 2024, 6),
    # 按岗位类型划分员工构成情况
    ("employees_production", G, None, 2024, 4867),
    ("women_in_finance_pct", G, None, 2024, 52.6),
    # 按年龄划分员工构成情况
    ("employees_age_30_under", G, None, 2024, 2055),
    ("employees_age_51_over_pct", G, None, 2023, 12.30),
    # 按年龄划分的培训人数 / 时长
    ("training_participants_age_31_50", G, None, 2024, 4083),
    ("training_participants_age_51_over", G, None, 2024, 793),
    ("training_hours_age_30_under", G, None, 2024, 1.02),
    ("training_hours_age_51_over", G, None, 2024, 0.39),
    # 按性别划分的培训人数 / 时长
    ("training_participants_male", G, None, 2024, 5568),
    ("training_participants_female", G, None, 2024, 1363),
    ("training_hours_female", G, None, 2024, 0.68),
    ("training_hours_male", G, None, 2024, 2.76),
    # 按板块划分的温室气体排放
    ("ghg_total", G, "mining", 2024, 869577),
    ("ghg_total", G, "smelting", 2023, 942621),
    # 按民族划分员工流失情况
    ("turnover_minority", G, None, 2024, 56),
    ("turnover_rate_minority", G, None, 2024, 3.38),
    # 按民族划分的员工人数与比例
    ("employees_tibetan", G, None, 2024, 676),
    ("employees_tu_pct", G, None, 2024, 4.93),
    # 按民族划分的培训人数 / 时长
    ("training_participants_han", G, None, 2024, 5468),
    ("training_participants_minority", G, None, 2024, 1463),
    ("training_hours_han", G, None, 2024, 2.71),
    ("training_hours_minority", G, None, 2024, 0.72),
    # 按管理级别划分的培训人数 / 时长
    ("training_participants_staff", G, None, 2024, 6479),
    ("training_participants_mgmt_senior", G, None, 2024, 157),
    ("training_hours_mgmt_middle", G, None, 2024, 0.15),
    ("training_hours_mgmt_junior", G, None, 2024, 0.08),
    # 按职级划分员工构成情况
    ("employees_management", G, None, 2024, 1824),
    ("women_mgmt_senior", G, None, 2024, 17),
    # 排放物控制（正文）
    ("air_monitored_subsidiaries", G, None, 2024, 16),
    # 数智化管理（正文）
    ("digital_projects", G, None, 2024, 243),
    ("cybersecurity_trainings", G, None, 2024, 3),
    # 智慧矿山与智慧工厂（正文）
    ("fiveg_base_stations", "yulong", None, 2024, 20),
    ("driverless_mining_trucks", "yulong", None, 2024, 10),
    # 消防安全诊断（正文）
    ("fire_safety_hazards_found", G, None, 2024, 364),
    ("fire_safety_rectification_rate", G, None, 2024, 100),
    # 玉龙铜业助力地方经济发展与村民增收（正文）
    ("tibetan_employees", "yulong", None, 2024, 368),
    ("tibet_registered_employees_pct", "yulong", None, 2024, 46),
    # 环境保护投入总额（信息图）
    ("env_investment_total", G, None, 2024, 65049.12),
    ("env_investment_liability_insurance", G, None, 2024, 52.43),
    # 环境管理（正文）
    ("env_emergency_plans_filed", G, None, 2024, 10),
    ("online_monitoring_sets", G, None, 2024, 23),
    # 生物多样性（正文）
    ("fish_habitat_compensation", "xinyuan", None, 2024, 66),
    # 矿产保有资源储量（金属量，非权益储量）: numbers printed 2022, 2023, 2024 per mineral
    ("reserves_copper", G, None, 2022, 624.77),
    ("reserves_iron_ore", G, None, 2023, 30010.90),
    ("reserves_silver", G, None, 2024, 1981.96),
    ("reserves_magnesium_chloride", G, None, 2024, 3046.25),
    # 社会公益（正文）
    ("donations_total", G, None, 2024, 834),
    ("earthquake_donations_cumulative", G, None, 2024, 813.02),
    # 社区参与（正文）
    ("local_hiring_rate", G, None, 2024, 93),
    ("community_grievance_resolution_rate", G, None, 2024, 100),
    # 科技创新管理（正文）
    ("gov_research_projects_ongoing", G, None, 2024, 12),
    ("high_tech_enterprises", G, None, 2024, 6),
    # 科研投入绩效
    ("rd_spend_total", G, None, 2024, 62117),
    ("rd_spend_capitalised", G, None, 2024, None),
    ("rd_capitalisation_share", G, None, 2022, 11.87),
    # 绿色矿山与绿色工厂（信息图 / 正文）
    ("green_mines_national", G, None, 2024, 6),
    ("green_factories_national", G, None, 2024, 7),
    ("green_mines_provincial_new", G, None, 2024, 2),
    ("green_factories_national_new", G, None, 2024, 1),
    # 职业健康与安全认证（正文）
    ("iso45001_certified_units", G, None, 2024, 16),
    ("iso45001_revenue_share", G, None, 2024, 80),
    # 股东权益与投资者沟通（正文）
    ("investor_research_sessions", G, None, 2024, 122),
    ("investor_einteraction_replies", G, None, 2024, 310),
    # 能源管理（正文）
    ("efficient_motors_replaced", G, None, 2024, 126),
    ("hydro_capacity", "xinyuan", None, 2024, 10.5),
    # 董事会构成（正文）
    ("board_members", G, None, 2024, 7),
    ("board_average_tenure", G, None, 2024, 2.6),
    # 西部矿业 2024 年员工薪酬
    ("employee_compensation_total", G, None, 2024, 74974),
    ("employee_compensation_avg", G, None, 2024, 11.46),
    # 西部矿业 2024 年水资源消耗
    ("fresh_water_withdrawal", G, None, 2024, 21484019),
    ("water_intensity", G, None, 2023, 5.89),
    ("fresh_water_withdrawal", G, None, 2022, None),
    # 西部矿业 2024 年能源消耗
    ("energy_coal", G, None, 2022, 197141),
    ("energy_heat", G, None, 2023, 79622.78),
    ("energy_total_mwh", G, None, 2024, 1944777.10),
    ("energy_intensity", G, None, 2022, None),
    # 西部矿业主要业务板块水资源消耗
    ("water_use_per_ore_processed", G, "mining", 2022, 0.169),
    ("water_use_per_product", G, "smelting", 2024, 7.11),
    # 西部矿业主要业务板块能源消耗
    ("energy_intensity", G, "mining", 2024, 156.71),
    ("energy_intensity", G, "other", 2024, 690.09),
    # 西部矿业人才多元化结构
    ("employees_total", G, None, 2022, 5762),
    ("employees_minority", G, None, 2024, 1463),
    ("employees_disabled", G, None, 2022, None),
    # 西部矿业人才招聘成果
    ("new_hires_total", G, None, 2024, 1160),
    ("new_hires_campus_postgrad", G, None, 2022, 1),
    # 西部矿业员工培训绩效
    ("training_spend", G, None, 2023, 168.06),
    ("training_participations_safety_env", G, None, 2024, 10482),
    # 西部矿业员工工会覆盖率
    ("union_membership_rate", G, None, 2022, 100),
    ("collective_agreement_rate", G, None, 2024, 100),
    # 西部矿业员工流失情况
    ("turnover_total", G, None, 2023, 676),
    ("turnover_rate_age_51_over", G, None, 2023, 8.1),
    ("turnover_age_30_under", G, None, 2022, None),
    # 西部矿业员工福利实施情况
    ("retirees_supported", G, None, 2024, 886),
    ("occupational_injury_insurance_spend", G, None, 2024, 606.68),
    # 西部矿业温室气体排放
    ("ghg_scope1", G, None, 2024, 563111),
    ("ghg_scope2_electricity", G, None, 2022, 1186875),
    ("ghg_total", G, None, 2023, 1938916),
    # 西部矿业碳减排目标
    ("ghg_target_peak_year", G, None, 2030, 2030),
    ("ghg_target_reduction_2040", G, None, 2040, 40),
    # 风险文化培训（正文）
    ("risk_training_units", G, None, 2024, 22),
    ("risk_questionnaire_respondents", G, None, 2024, 500),
    # 风险预警指标（正文）
    ("risk_indicators_hq", G, None, 2024, 39),
    ("risk_indicators_subsidiaries_operational", G, None, 2024, 45),
]

# ESG 评级: MSCI ESG BB, Wind ESG AA, 中证指数 AA, 华证指数 A
RATING_GRADES = {"esg_rating_msci": "BB", "esg_rating_wind": "AA", "esg_rating_csi": "AA", "esg_rating_huazheng": "A"}


def lookup(indicators: pl.DataFrame, iid: str, entity: str, segment: str | None, year: int) -> pl.DataFrame:
    seg = pl.col("segment").is_null() if segment is None else pl.col("segment") == segment
    return indicators.filter(pl.col("indicator_id") == iid, pl.col("entity") == entity, seg, pl.col("year") == year)


@pytest.mark.parametrize(("iid", "entity", "segment", "year", "printed"), HAND_TYPED)
def test_snapshot_holds_the_figure_the_report_prints(indicators, iid, entity, segment, year, printed) -> None:
    row = lookup(indicators, iid, entity, segment, year)
    assert row.height == 1, f"{iid} {entity} {segment} {year} not found once"
    if printed is None:
        assert row["value"].item() is None and row["printed"].item() in {"-", "/"}
    else:
        assert row["value"].item() == pytest.approx(printed, abs=1e-9)


def test_every_source_table_is_covered_by_hand_typed_figures(indicators) -> None:
    keys = [(i, e, s, y) for i, e, s, y, _ in HAND_TYPED] + [(i, G, None, 2024) for i in RATING_GRADES]
    checked = pl.DataFrame(
        [{"indicator_id": i, "entity": e, "segment": s, "year": y} for i, e, s, y in keys],
        schema={"indicator_id": pl.String, "entity": pl.String, "segment": pl.String, "year": pl.Int64},
    )
    covered = indicators.join(checked, on=["indicator_id", "entity", "segment", "year"], nulls_equal=True)
    per_table = (
        indicators.group_by("source_table")
        .len()
        .join(covered.group_by("source_table").len(name="checked"), on="source_table", how="left")
    )
    short = per_table.filter(pl.col("checked").fill_null(0) < pl.min_horizontal(pl.col("len"), pl.lit(2)))
    assert short.height == 0, short["source_table"].to_list()


def test_ratings_are_text_grades_not_numbers(indicators) -> None:
    ratings = dict(
        indicators.filter(pl.col("topic") == "ratings", pl.col("value_text").is_not_null())
        .select("indicator_id", "value_text")
        .iter_rows()
    )
    assert ratings == RATING_GRADES


def test_not_disclosed_is_null_never_zero(indicators) -> None:
    undisclosed = indicators.filter(pl.col("printed").is_in(["-", "/"]))
    assert undisclosed.height > 30
    assert undisclosed["value"].null_count() == undisclosed.height
    zeros = indicators.filter(pl.col("value") == 0)
    assert set(zeros["printed"]) == {"0"}  # a zero is only ever a printed 0 (e.g. process-safety events)


def test_no_footnote_marker_is_left_on_names_or_numbers(indicators) -> None:
    glued = indicators.filter(pl.col("name_zh").str.contains(r"[\u4e00-\u9fff)）]\d$"))
    assert glued.height == 0, glued["name_zh"].to_list()
    assert lookup(indicators, "lti_count_employees", G, None, 2024)["name_zh"].item() == "损失工时事件数 (LTI)"
    assert "脚注" in lookup(indicators, "trees_planted", G, None, 2024)["note"].item()


def test_the_reports_own_discrepancies_are_recorded_not_fixed(snapshot) -> None:
    quality = pl.read_parquet(snapshot / "quality.parquet")
    found = {
        (r["check_id"], r["year"]): r for r in quality.filter(pl.col("status") == "discrepancy").iter_rows(named=True)
    }
    # 157,054.6 / 237,612 万千瓦时 = 66.1%, printed 74%
    share = found[("env1_renewable_power_share", 2024)]
    assert share["printed"] == 74 and share["expected"] == pytest.approx(100 * 157054.6 / 237612)
    # 2023 segments 773,068 + 942,621 + 223,225 = 1,938,914 vs total 1,938,916
    assert found[("env2_ghg_total_segments", 2023)]["difference"] == 2
    # turnover by age 2023: 317 + 120 + 62 = 499 vs 676
    assert found[("people_turnover_age", 2023)]["expected"] == 499
    # scope 1 sources 2024 add up exactly: no discrepancy recorded
    ok = quality.filter(pl.col("check_id") == "env2_ghg_scope1_sources", pl.col("year") == 2024)
    assert ok["status"].item() == "ok"
