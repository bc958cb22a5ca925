"""Data behind the safety view: injury rates and incidents, lost hours, safety investment by item, training and
certification, ISO 45001."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from esg.queries import register
from esg.queries.common import Chart, chart_rows, kpi_frame, note_rows, quality_rows, table_rows, trend

KPIS: tuple[tuple[str, bool | None], ...] = (
    ("ltir_employees", True),
    ("trifr_employees", True),
    ("trifr_contractors", True),
    ("lti_count_employees", True),
    ("work_injury_events_employees", True),
    ("lost_time_hours_employees", True),
    ("process_safety_events", True),
    ("safety_investment_total", False),
)
INVESTMENT_ITEMS = (
    "safety_investment_hazard_rectification",
    "safety_investment_facilities",
    "safety_investment_ppe",
    "safety_investment_equipment_testing",
    "safety_investment_assessment",
    "safety_investment_emergency",
    "safety_investment_training",
    "safety_investment_other",
)
CHARTS: dict[str, Chart] = {
    "rates": trend("ltir_employees", "trifr_employees", "trifr_contractors"),
    "incidents": trend("lti_count_employees", "work_injury_events_employees", "process_safety_events"),
    "lost_hours": trend("lost_time_hours_employees"),
    "investment": trend(*INVESTMENT_ITEMS, "safety_investment_total"),
    "training": trend("safety_training_sessions"),
    "training_hours": trend("safety_training_hours_per_person"),
    "certificates": trend(
        "safety_managers_new_certificates",
        "special_operations_new_certificates",
        "special_equipment_operators_new_certificates",
    ),
}
TABLES: dict[str, tuple[str, ...]] = {
    "certification": (
        "safety_managers_certified_pct",
        "special_operations_certified_pct",
        "special_equipment_operators_certified_pct",
        "safety_measure_projects",
    ),
    "management": (
        "safety_rules_new",
        "safety_rules_revised",
        "hazards_identified_safety_env",
        "hazards_rectification_rate",
        "hazards_eliminated_cumulative",
        "fire_safety_hazards_found",
        "fire_safety_rectification_rate",
        "safety_env_training_modules",
        "safety_env_training_topics",
        "safety_env_training_class_hours_per_person",
        "safety_env_training_national_lecturers",
    ),
}
ISO: tuple[tuple[str, bool | None], ...] = (
    ("iso45001_certified_units", False),
    ("iso45001_production_unit_rate", False),
    ("iso45001_revenue_share", False),
    ("occupational_health_check_rate", False),
)
FOOTNOTES = (
    "lti_count_employees",
    "lost_time_hours_employees",
    "work_injury_events_employees",
    "ltir_employees",
    "trifr_employees",
    "trifr_contractors",
)
# chart -> (check ids in the data-quality table, the indicator whose unit the checked figures are in)
QUALITY: dict[str, tuple[tuple[str, ...], str]] = {
    "investment": (
        ("safety_investment_items", "prose:safety_investment_ppe:prose/safety.csv:2"),
        "safety_investment_total",
    ),
}


@register("safety.kpis")
def kpis(snapshot: Path, year: int) -> pl.DataFrame:
    """The safety KPIs in ``year`` with the change on the year before and their history."""
    return kpi_frame(snapshot, KPIS, year)


@register("safety.iso")
def iso(snapshot: Path, year: int) -> pl.DataFrame:
    """ISO 45001 certification and occupational health figures in ``year`` (printed for 2024 only)."""
    return kpi_frame(snapshot, ISO, year)


@register("safety.chart")
def chart(snapshot: Path, which: str, year: int) -> pl.DataFrame:
    """The figures of chart ``which`` (see ``CHARTS``) up to ``year``."""
    return chart_rows(snapshot, CHARTS[which], year)


@register("safety.table")
def table(snapshot: Path, which: str, year: int) -> dict:
    """The rows of indicator table ``which`` (see ``TABLES``) up to ``year``, and the years they cover."""
    return table_rows(snapshot, TABLES[which], year)


@register("safety.footnotes")
def footnotes(snapshot: Path) -> pl.DataFrame:
    """The report's footnotes to the safety management table (who is counted, how the rates are computed)."""
    return note_rows(snapshot, FOOTNOTES)


@register("safety.quality")
def quality(snapshot: Path, which: str, year: int) -> pl.DataFrame:
    """Reconciliation checks behind chart ``which`` up to ``year`` where the report's figures differ at all."""
    check_ids, unit_of = QUALITY[which]
    checks = quality_rows(snapshot, check_ids, year, ("ok", "discrepancy"), unit_of)
    return checks.filter(pl.col("difference").abs() > 0)
