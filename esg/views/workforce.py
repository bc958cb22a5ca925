"""Workforce diversity: headcount and its make-up, turnover and recruitment, training, pay and benefits; the curated
notes and the report's own inconsistencies under the charts they concern."""

from esg.views.model import (
    Chart,
    Heading,
    Kpis,
    Row,
    Section,
    Slide,
    Table,
    Text,
    View,
    breakdown,
    categories,
    params,
    trend,
)
from esg.vocabulary import YEAR

UP_TO_YEAR = frozenset({YEAR})  # trends end at the selected year
HORIZONTAL = params(horizontal=True)


def by_year(value: str, series: str = "workforce.col.group") -> tuple[tuple[str, str], ...]:
    """Column headers of a trend: year, the series (groups of people, or indicators), ``value`` (header keys)."""
    return (("year", "common.col.year"), ("series", series), ("value", value))


INDICATOR = "common.col.indicator"
PEOPLE = by_year("common.col.people")
LEAVERS = by_year("workforce.col.leavers")

# The key figures beside the workforce slides.
SLIDE_FIGURES = ("employees_total", "employees_female_pct", "women_in_management_pct", "employees_minority_pct")

VIEW = View(
    "workforce",
    applies=UP_TO_YEAR,
    elements=(
        Kpis(
            name="kpis",
            cards=(
                ("employees_total", None),
                ("employees_female", None),
                ("employees_female_pct", None),
                ("employees_minority_pct", None),
                ("women_in_management_pct", None),
                ("turnover_rate", None),
                ("new_hires_total", None),
                ("training_hours_avg", None),
            ),
        ),
        Kpis(
            name="pay",
            cards=(("employee_compensation_total", None), ("employee_compensation_avg", None)),
            per_row=2,
        ),
        Chart(
            name="gender",
            data=trend("employees_male", "employees_female", "employees_total"),
            applies=UP_TO_YEAR,
            columns=PEOPLE,
            total="employees_total",
            y_title="common.axis.people",
        ),
        Chart(
            name="shares",
            kind="line",
            data=trend("employees_female_pct", "women_in_management_pct", "employees_minority_pct"),
            applies=UP_TO_YEAR,
            columns=by_year("common.col.share", INDICATOR),
        ),
        Text(
            name="shares_quality",
            kind="quality",
            ids=("people_female_pct",),
            unit_of="employees_female_pct",
            options=params(statuses=("discrepancy", "rounding")),  # 2022 and 2024 shares padded with zeros
        ),
        Chart(
            name="roles",
            data=trend(
                "employees_production",
                "employees_technical",
                "employees_admin",
                "employees_finance",
                "employees_sales",
                "employees_total",
            ),
            applies=UP_TO_YEAR,
            columns=PEOPLE,
            total="employees_total",
            y_title="common.axis.people",
        ),
        Text(name="roles_notes", kind="notes", ids=("employees_production",)),
        Table(name="role_women", ids=("women_in_technical_pct", "women_in_finance_pct", "women_in_sales_mgmt_pct")),
        Chart(
            name="levels",
            data=breakdown(
                ("employees_mgmt_junior", "mgmt_junior", "all"),
                ("women_mgmt_junior", "mgmt_junior", "women"),
                ("employees_mgmt_middle", "mgmt_middle", "all"),
                ("women_mgmt_middle", "mgmt_middle", "women"),
                ("employees_mgmt_senior", "mgmt_senior", "all"),
                ("women_mgmt_senior", "mgmt_senior", "women"),
            ),
            columns=(
                ("category", "workforce.col.level"),
                ("series", "workforce.col.group"),
                ("value", "common.col.people"),
            ),
            y_title="common.axis.people",
        ),
        Text(name="levels_notes", kind="notes", ids=("employees_mgmt_junior",)),
        Chart(
            name="ethnic",
            data=categories(
                "employees_tibetan", "employees_tu", "employees_hui", "employees_mongolian", "employees_other_minority"
            ),
            columns=(("category", "workforce.col.ethnic_group"), ("value", "common.col.people")),
            options=HORIZONTAL,
        ),
        Text(name="ethnic_notes", kind="notes", ids=("employees_tibetan",)),
        Chart(
            name="age",
            data=trend("employees_age_30_under", "employees_age_31_50", "employees_age_51_over", "employees_total"),
            applies=UP_TO_YEAR,
            columns=PEOPLE,
            total="employees_total",
            y_title="common.axis.people",
        ),
        Text(name="age_quality", kind="quality", ids=("people_headcount_age",), unit_of="employees_total"),
        Chart(
            name="education",
            data=categories(
                "employees_edu_doctorate",
                "employees_edu_master",
                "employees_edu_bachelor",
                "employees_edu_college",
                "employees_edu_other",
            ),
            columns=(("category", "workforce.col.education"), ("value", "common.col.people")),
            options=HORIZONTAL,
        ),
        Table(
            name="inclusion",
            ids=(
                "employees_disabled",
                "employees_disabled_pct",
                "employees_local_province",
                "senior_mgmt_local_province_pct",
                "employees_management",
                "employees_base_level",
            ),
            single_year=False,
        ),
        Chart(
            name="turnover_age",
            data=trend("turnover_age_30_under", "turnover_age_31_50", "turnover_age_51_over", "turnover_total"),
            applies=UP_TO_YEAR,
            columns=LEAVERS,
            total="turnover_total",
            y_title="common.axis.people",
        ),
        Text(name="turnover_age_quality", kind="quality", ids=("people_turnover_age",), unit_of="turnover_total"),
        Chart(
            name="turnover_gender",
            data=trend("turnover_male", "turnover_female", "turnover_total"),
            applies=UP_TO_YEAR,
            columns=LEAVERS,
            total="turnover_total",
            y_title="common.axis.people",
        ),
        Chart(
            name="turnover_rates",
            data=trend(
                "turnover_rate",
                "turnover_rate_male",
                "turnover_rate_female",
                "turnover_rate_age_30_under",
                "turnover_rate_age_31_50",
                "turnover_rate_age_51_over",
            ),
            applies=UP_TO_YEAR,
            columns=(("series", "workforce.col.group"), ("year", "common.col.year"), ("value", "workforce.col.rate")),
            options=params(horizontal=True, height=560),
        ),
        Text(
            name="turnover_rates_quality",
            kind="quality",
            ids=("people_turnover_rate", "people_turnover_rate_minority"),
            unit_of="turnover_rate",
            options=params(statuses=("discrepancy", "rounding")),
        ),
        Text(
            name="training_hours_quality",
            kind="quality",
            ids=("people_training_avg_hours_quotient", "people_training_avg_at_least_safety_avg"),
            unit_of="training_hours_avg",
        ),
        Text(
            name="training_spend_quality",
            kind="quality",
            ids=("people_training_spend_at_least_safety",),
            unit_of="training_spend",
        ),
        Chart(
            name="hires",
            data=trend("new_hires_experienced", "new_hires_campus", "new_hires_total"),
            applies=UP_TO_YEAR,
            columns=by_year("workforce.col.hires"),
            total="new_hires_total",
            y_title="common.axis.people",
        ),
        Table(
            name="recruitment",
            ids=(
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
            single_year=False,
        ),
        Chart(
            name="training_hours",
            data=trend("training_hours_total"),
            applies=UP_TO_YEAR,
            columns=by_year("workforce.col.hours", INDICATOR),
            y_title="common.axis.hours",
        ),
        Chart(
            name="training_avg",
            data=trend("training_hours_avg"),
            applies=UP_TO_YEAR,
            columns=by_year("workforce.col.hours_avg", INDICATOR),
            y_title="common.axis.hours",
        ),
        Chart(
            name="participations",
            data=trend(
                "training_participations_safety_env",
                "training_participations_mgmt_tech_quality",
                "training_participations_operator_skills",
                "training_participations_special_ops_cert",
                "training_participations",
            ),
            applies=UP_TO_YEAR,
            columns=by_year("workforce.col.participations", INDICATOR),
            total="training_participations",
            y_title="common.axis.person_times",
        ),
        Text(
            name="participations_quality",
            kind="quality",
            ids=("people_training_participations_category",),
            unit_of="training_participations",
        ),
        Table(
            name="training",
            ids=(
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
            single_year=False,
        ),
        Chart(
            name="training_spend",
            data=trend("training_spend"),
            applies=UP_TO_YEAR,
            columns=by_year("workforce.col.spend", INDICATOR),
        ),
        Chart(
            name="spend_category",
            data=categories(
                "training_spend_technical_skills",
                "training_spend_safety_env",
                "training_spend_operations_mgmt",
                "training_spend_general",
                "training_spend_equipment_mgmt",
            ),
            columns=(("category", "workforce.col.programme"), ("value", "workforce.col.spend")),
            options=HORIZONTAL,
        ),
        Chart(
            name="spend_staff",
            data=categories("training_spend_operators", "training_spend_managers", "training_spend_professionals"),
            columns=(("category", "workforce.col.staff_type"), ("value", "workforce.col.spend")),
            options=HORIZONTAL,
        ),
        Text(name="pay_notes", kind="notes", ids=("employee_compensation_avg",)),
        Table(
            name="benefits",
            ids=(
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
            single_year=False,
        ),
    ),
    sections=(
        Section("headcount", (Heading("workforce.kpis"), "kpis", Row(("gender", ("shares", "shares_quality"))))),
        Section("roles", (Row((("roles", "roles_notes", "role_women"), ("levels", "levels_notes"))),)),
        Section(
            "profile",
            (Row((("ethnic", "ethnic_notes"), ("age", "age_quality"))), Row(("education", "inclusion"))),
        ),
        Section(
            "turnover",
            (
                Row((("turnover_age", "turnover_age_quality"), "turnover_gender")),
                "turnover_rates",
                "turnover_rates_quality",
            ),
        ),
        Section("hiring", ("hires", "recruitment")),
        Section(
            "training",
            (
                Row(("training_hours", "training_avg")),
                "training_hours_quality",
                "participations",
                "participations_quality",
                "training",
            ),
        ),
        Section("training_spend", ("training_spend", "training_spend_quality", Row(("spend_category", "spend_staff")))),
        Section("pay", (Heading("workforce.pay", level="bold"), "pay", "pay_notes", "benefits")),
    ),
    slides=(
        Slide("workforce", chart="gender", figures="kpis", keys=SLIDE_FIGURES),
        Slide("workforce_shares", chart="shares", figures="kpis", keys=SLIDE_FIGURES),
    ),
)
