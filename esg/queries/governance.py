"""Data behind the governance view: R&D and innovation, supply chain, board, compliance, risk and investor
communication, and community investment."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from esg.queries import register
from esg.queries.common import Chart, chart_rows, kpi_frame, note_rows, quality_rows, table_rows, trend

KPIS: tuple[tuple[str, bool | None], ...] = (
    ("rd_spend_total", False),
    ("rd_spend_revenue_share", False),
    ("rd_researchers", None),
    ("patents_granted", False),
    ("suppliers_total", None),
    ("rd_projects", False),
    ("top5_suppliers_share", True),
    ("donations_total", False),
)
CARDS: dict[str, tuple[tuple[str, bool | None], ...]] = {
    "board": (
        ("board_members", None),
        ("board_independent_directors", False),
        ("board_non_independent_directors", None),
        ("board_women_directors", False),
        ("board_meetings", None),
        ("board_average_tenure", None),
    ),
    "achievements": (
        ("tech_achievements", False),
        ("tech_achievements_intl_leading", False),
        ("tech_achievements_intl_advanced", False),
    ),
    "community": (
        ("rural_revitalisation_investment", False),
        ("rural_revitalisation_beneficiaries", False),
        ("donations_total", False),
        ("volunteers", False),
    ),
}


def split(ids: dict[str, tuple[str, str]]) -> Chart:
    """A breakdown of the selected year: indicator -> (category, series)."""
    return Chart(tuple((iid, cat, ser) for iid, (cat, ser) in ids.items()), trend=False)


def single(*ids: str) -> Chart:
    """A breakdown of the selected year with one bar per indicator."""
    return Chart(tuple((iid, iid, "value") for iid in ids), trend=False)


RISK_TYPES = ("financial", "legal", "strategic", "market", "operational")
CHARTS: dict[str, Chart] = {
    "rd_spend": trend("rd_spend_expensed", "rd_spend_capitalised", "rd_spend_total"),
    "rd_shares": trend("rd_spend_revenue_share", "rd_researchers_share", "rd_capitalisation_share"),
    "researchers": trend("rd_researchers"),
    "projects": trend("rd_projects", "rd_national_projects", "rd_provincial_projects"),
    "patents": split(
        {
            "patents_applied_invention": ("applied", "invention"),
            "patents_applied_utility": ("applied", "utility"),
            "patents_applied": ("applied", "patents_total"),
            "patents_granted_invention": ("granted", "invention"),
            "patents_granted_utility": ("granted", "utility"),
            "patents_granted": ("granted", "patents_total"),
        }
    ),
    "patents_cumulative": split(
        {
            "patents_applied_cumulative_invention": ("applied", "invention"),
            "patents_applied_cumulative_utility": ("applied", "utility"),
            "patents_applied_cumulative": ("applied", "patents_total"),
            "patents_granted_cumulative_invention": ("granted", "invention"),
            "patents_granted_cumulative_utility": ("granted", "utility"),
            "patents_granted_cumulative": ("granted", "patents_total"),
        }
    ),
    "suppliers": trend("suppliers_total"),
    "procurement": trend("procurement_spend_total"),
    "top5": trend("top5_suppliers_share"),
    "evaluation": single("suppliers_rated_excellent", "suppliers_rated_qualified", "suppliers_rated_unqualified"),
    "risk_indicators": split(
        {
            **{f"risk_indicators_hq_{kind}": ("hq", kind) for kind in RISK_TYPES},
            "risk_indicators_hq": ("hq", "risk_total"),
            **{f"risk_indicators_subsidiaries_{kind}": ("subsidiaries", kind) for kind in RISK_TYPES},
            "risk_indicators_subsidiaries": ("subsidiaries", "risk_total"),
        }
    ),
    "community_funds": single(
        "local_produce_purchase_value",
        "donations_total",
        "earthquake_donations_cumulative",
        "rural_revitalisation_investment",
        "oil_project_initial_funding",
    ),
}
TABLES: dict[str, tuple[str, ...]] = {
    "innovation": (
        "gov_research_projects_applied",
        "gov_research_projects_approved",
        "gov_research_projects_ongoing",
        "gov_research_projects_completed",
        "high_tech_enterprises",
        "specialised_smes",
        "provincial_platforms_evaluated",
        "kunlun_talents_new",
        "experts_state_council_allowance_new",
        "process_review_meetings",
        "digital_projects",
        "cybersecurity_trainings",
        "mining_capacity_gain",
        "resource_utilisation_gain_low",
        "resource_utilisation_gain_high",
        "driverless_mining_trucks",
        "fiveg_base_stations",
        "copper_recovery_gain",
        "molybdenum_recovery_gain",
        "process_retrofit_added_output",
        "process_retrofit_benefit",
    ),
    "supply": (
        "suppliers_mainland",
        "suppliers_overseas",
        "suppliers_evaluated",
        "suppliers_removed_negative_impact",
        "supplier_integrity_contract_rate",
    ),
    "board": ("board_committees", "board_quorum_min", "board_min_attendance_pct"),
    "compliance": (
        "compliance_committee_subsidiaries",
        "legal_counsel_units",
        "compliance_areas_strengthened",
        "compliance_checklist_areas",
        "compliance_check_items",
        "compliance_risk_library_segments",
        "whistleblowing_reports_received",
        "whistleblowing_reports_closed",
        "whistleblowing_closure_rate",
        "audit_recommendations",
        "audit_rectification_rate",
        "discipline_lessons",
        "integrity_reading_classes",
        "leader_study_person_times",
        "leaders_completed_discipline_course",
        "risk_training_units",
        "risk_questionnaire_respondents",
    ),
    "investors": (
        "shareholder_meetings",
        "investor_research_sessions",
        "investor_research_onsite",
        "investor_research_online",
        "investor_visitors",
        "investor_roadshows",
        "investor_einteraction_replies",
        "investor_einteraction_reply_rate",
    ),
    "community": (
        "rural_revitalisation_beneficiaries",
        "village_project_funds_secured",
        "village_training_participants",
        "village_training_villages",
        "local_produce_purchased",
        "oil_project_annual_output",
        "quake_house_repair_funds",
        "quake_house_repair_households",
        "quake_relocation_funds",
        "quake_relocation_households",
        "volunteer_teams",
        "volunteer_services",
        "volunteer_hours",
        "local_hiring_rate",
        "community_grievance_resolution_rate",
        "tibetan_employees",
        "tibet_registered_employees_pct",
        "employee_income_per_capita_min",
    ),
}
# chart -> (check ids in the data-quality table, the indicator whose unit the checked figures are in)
QUALITY: dict[str, tuple[tuple[str, ...], str]] = {
    "rd_shares": (("rd_researchers_share_ratio",), "rd_researchers_share"),
}
NOTES: dict[str, tuple[str, ...]] = {
    "rd_spend": ("rd_spend_total",),
    "patents": ("patents_applied_invention",),
    "achievements": ("tech_achievements_intl_leading",),
    "evaluation": ("suppliers_removed_negative_impact",),
    "board": ("board_women_directors",),
    "community_funds": ("earthquake_donations_cumulative",),
}


@register("governance.kpis")
def kpis(snapshot: Path, year: int) -> pl.DataFrame:
    """The governance KPIs in ``year`` with the change on the year before and their history."""
    return kpi_frame(snapshot, KPIS, year)


@register("governance.cards")
def cards(snapshot: Path, which: str, year: int) -> pl.DataFrame:
    """A group of cards (see ``CARDS``): figures printed for one year, shown without a trend."""
    return kpi_frame(snapshot, CARDS[which], year)


@register("governance.chart")
def chart(snapshot: Path, which: str, year: int) -> pl.DataFrame:
    """The figures of chart ``which`` (see ``CHARTS``): years up to ``year``, or ``year`` for a breakdown."""
    return chart_rows(snapshot, CHARTS[which], year)


@register("governance.table")
def table(snapshot: Path, which: str, year: int) -> dict:
    """The rows of indicator table ``which`` (see ``TABLES``) in ``year``."""
    return table_rows(snapshot, TABLES[which], year, only_year=True)


@register("governance.quality")
def quality(snapshot: Path, which: str, year: int) -> pl.DataFrame:
    """The report's own inconsistencies behind chart ``which`` (data-quality table) in years up to ``year``."""
    check_ids, unit_of = QUALITY[which]
    return quality_rows(snapshot, check_ids, year, ("discrepancy",), unit_of)


@register("governance.notes")
def notes(snapshot: Path, which: str) -> pl.DataFrame:
    """The distinct notes the curated data attaches to the figures of ``which`` (see ``NOTES``)."""
    return note_rows(snapshot, NOTES[which])
