"""Data behind the workforce view: headcount and diversity (gender, role, management level, ethnicity, age,
education, disability, localisation), turnover, recruitment, training, pay and benefits."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from esg.queries import register
from esg.queries.common import Chart, chart_rows, kpi_frame, note_rows, quality_rows, table_rows, trend

KPIS: tuple[tuple[str, bool | None], ...] = (
    ("employees_total", None),
    ("employees_female", None),
    ("employees_female_pct", False),
    ("employees_minority_pct", False),
    ("women_in_management_pct", False),
    ("turnover_rate", True),
    ("new_hires_total", None),
    ("training_hours_avg", False),
)
PAY: tuple[tuple[str, bool | None], ...] = (
    ("employee_compensation_total", None),
    ("employee_compensation_avg", None),
)


def breakdown(*rows: tuple[str, str, str]) -> Chart:
    """A breakdown of the selected year: ``(indicator_id, category, series)`` rows."""
    return Chart(rows, trend=False)


def categories(*ids: str) -> Chart:
    """A breakdown of the selected year with one bar per indicator (a single series)."""
    return Chart(tuple((iid, iid, "people") for iid in ids), trend=False)


CHARTS: dict[str, Chart] = {
    "gender": trend("employees_male", "employees_female", "employees_total"),
    "shares": trend("employees_female_pct", "women_in_management_pct", "employees_minority_pct"),
    "roles": trend(
        "employees_production",
        "employees_technical",
        "employees_admin",
        "employees_finance",
        "employees_sales",
        "employees_total",
    ),
    "levels": breakdown(
        ("employees_mgmt_junior", "mgmt_junior", "all"),
        ("women_mgmt_junior", "mgmt_junior", "women"),
        ("employees_mgmt_middle", "mgmt_middle", "all"),
        ("women_mgmt_middle", "mgmt_middle", "women"),
        ("employees_mgmt_senior", "mgmt_senior", "all"),
        ("women_mgmt_senior", "mgmt_senior", "women"),
    ),
    "ethnic": categories(
        "employees_tibetan", "employees_tu", "employees_hui", "employees_mongolian", "employees_other_minority"
    ),
    "age": trend("employees_age_30_under", "employees_age_31_50", "employees_age_51_over", "employees_total"),
    "education": categories(
        "employees_edu_doctorate",
        "employees_edu_master",
        "employees_edu_bachelor",
        "employees_edu_college",
        "employees_edu_other",
    ),
    "turnover_age": trend("turnover_age_30_under", "turnover_age_31_50", "turnover_age_51_over", "turnover_total"),
    "turnover_gender": trend("turnover_male", "turnover_female", "turnover_total"),
    "turnover_rates": trend(
        "turnover_rate",
        "turnover_rate_male",
        "turnover_rate_female",
        "turnover_rate_age_30_under",
        "turnover_rate_age_31_50",
        "turnover_rate_age_51_over",
    ),
    "hires": trend("new_hires_experienced", "new_hires_campus", "new_hires_total"),
    "training_hours": trend("training_hours_total"),
    "training_avg": trend("training_hours_avg"),
    "participations": trend(
        "training_participations_safety_env",
        "training_participations_mgmt_tech_quality",
        "training_participations_operator_skills",
        "training_participations_special_ops_cert",
        "training_participations",
    ),
    "training_spend": trend("training_spend"),
    "spend_category": Chart(
        tuple(
            (iid, iid, "spend")
            for iid in (
                "training_spend_technical_skills",
                "training_spend_safety_env",
                "training_spend_operations_mgmt",
                "training_spend_general",
                "training_spend_equipment_mgmt",
            )
        ),
        trend=False,
    ),
    "spend_staff": Chart(
        tuple(
            (iid, iid, "spend")
            for iid in ("training_spend_operators", "training_spend_managers", "training_spend_professionals")
        ),
        trend=False,
    ),
}
TABLES: dict[str, tuple[str, ...]] = {
    "role_women": ("women_in_technical_pct", "women_in_finance_pct", "women_in_sales_mgmt_pct"),
    "inclusion": (
        "employees_disabled",
        "employees_disabled_pct",
        "employees_local_province",
        "senior_mgmt_local_province_pct",
        "employees_management",
        "employees_base_level",
    ),
    "recruitment": (
        "new_hires_campus_bachelor",
        "new_hires_campus_postgrad",
        "masters_hired",
        "top_talent_introduced",
        "top_talent_academicians",
        "top_talent_experts",
        "it_talent_hired",
        "green_computing_talent_hired",
        "internal_moves",
        "internal_fill_rate_pct",
        "avg_recruitment_cost",
        "human_capital_roi",
        "promotions_total",
        "managers_promoted",
        "young_managers_promoted",
        "young_managers_promoted_pct",
        "turnover_minority",
        "turnover_rate_minority",
    ),
    "training": (
        "training_coverage",
        "training_activities",
        "training_activities_safety_env",
        "training_activities_technical_skills",
        "training_activities_operations_mgmt",
        "training_activities_general",
        "training_activities_equipment_mgmt",
        "title_review_candidates",
        "title_review_pass_rate",
        "masters_students_supported",
        "doctoral_students_supported",
    ),
    "benefits": (
        "union_membership_rate",
        "collective_agreement_rate",
        "wage_bargaining_agreement_rate",
        "women_rights_contract_rate",
        "labour_contract_rate",
        "social_insurance_coverage",
        "occupational_injury_insurance_coverage",
        "occupational_injury_insurance_spend",
        "maternity_leave_women",
        "paternity_leave_men",
        "retirees_supported",
        "special_groups_employed",
        "restructuring_redeployed",
        "employee_satisfaction",
        "hotline_requests",
        "hardship_condolence_payments",
        "holiday_hardship_relief",
        "women_cancer_screening_coverage",
        "women_upskilled",
        "skill_contests",
        "skill_contest_participations",
        "cultural_sports_activities",
    ),
}
# chart -> (check ids in the data-quality table, the indicator whose unit the checked figures are in)
QUALITY: dict[str, tuple[tuple[str, ...], str]] = {
    "shares": (("people_female_pct",), "employees_female_pct"),
    "age": (("people_headcount_age",), "employees_total"),
    "turnover_age": (("people_turnover_age",), "turnover_total"),
    "turnover_rates": (("people_turnover_rate", "people_turnover_rate_minority"), "turnover_rate"),
    "participations": (("people_training_participations_category",), "training_participations"),
}
NOTES: dict[str, tuple[str, ...]] = {
    "pay": ("employee_compensation_avg",),
    "roles": ("employees_production",),
    "levels": ("employees_mgmt_junior",),
    "ethnic": ("employees_tibetan",),
}


@register("workforce.kpis")
def kpis(snapshot: Path, year: int) -> pl.DataFrame:
    """The workforce KPIs in ``year`` with the change on the year before and their history."""
    return kpi_frame(snapshot, KPIS, year)


@register("workforce.pay")
def pay(snapshot: Path, year: int) -> pl.DataFrame:
    """Total and average employee compensation in ``year`` (printed for 2024 only)."""
    return kpi_frame(snapshot, PAY, year)


@register("workforce.chart")
def chart(snapshot: Path, which: str, year: int) -> pl.DataFrame:
    """The figures of chart ``which`` (see ``CHARTS``): years up to ``year``, or ``year`` for a breakdown."""
    return chart_rows(snapshot, CHARTS[which], year)


@register("workforce.table")
def table(snapshot: Path, which: str, year: int) -> dict:
    """The rows of indicator table ``which`` (see ``TABLES``) up to ``year``, and the years they cover."""
    return table_rows(snapshot, TABLES[which], year)


@register("workforce.quality")
def quality(snapshot: Path, which: str, year: int) -> pl.DataFrame:
    """The report's own inconsistencies behind chart ``which`` (data-quality table) in years up to ``year``."""
    check_ids, unit_of = QUALITY[which]
    return quality_rows(snapshot, check_ids, year, ("discrepancy",), unit_of)


@register("workforce.notes")
def notes(snapshot: Path, which: str) -> pl.DataFrame:
    """The distinct notes the curated data attaches to the figures of ``which`` (see ``NOTES``)."""
    return note_rows(snapshot, NOTES[which])
