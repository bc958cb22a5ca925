"""Data behind the safety view: injury rates and incidents, lost hours, safety investment by item, training and
certification, ISO 45001; plus the building blocks the workforce and governance views reuse (KPI rows with history,
chart rows keyed for translation, indicator rows for tables, the report's footnotes and data-quality checks)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from esg.queries import register
from esg.queries.common import GROUP, indicators, series
from esg.snapshot import scan_table

CHART_COLUMNS = (
    "indicator_id",
    "category",
    "series",
    "year",
    "value",
    "unit",
    "unit_en",
    "name_zh",
    "name_en",
    "source_table",
    "source_table_en",
)


@dataclass(frozen=True)
class Chart:
    """The figures of one chart: ``(indicator_id, category, series)`` keys (translated by the page) and whether it is a
    trend (every year up to the selected one) or a breakdown of the selected year only."""

    rows: tuple[tuple[str, str, str], ...]
    trend: bool = True


def trend(*ids: str) -> Chart:
    """A trend chart whose series are the indicators themselves."""
    return Chart(tuple((iid, iid, iid) for iid in ids))


def chart_rows(snapshot: Path, chart: Chart, year: int) -> pl.DataFrame:
    """Long frame of a chart's figures (group level) in the chart's order, years up to ``year`` for a trend, else
    ``year`` only; ``category`` and ``series`` hold the keys the page translates."""
    keys = pl.DataFrame(
        [(iid, cat, ser, i) for i, (iid, cat, ser) in enumerate(chart.rows)],
        schema={"indicator_id": pl.String, "category": pl.String, "series": pl.String, "_order": pl.Int64},
        orient="row",
    )
    ids = list(dict.fromkeys(iid for iid, _, _ in chart.rows))
    wanted = pl.col("year") <= year if chart.trend else pl.col("year") == year
    return (
        series(snapshot, ids)
        .filter(wanted)
        .join(keys, on="indicator_id", how="inner")
        .sort(["_order", "year"])
        .select(CHART_COLUMNS)
    )


def kpi_frame(snapshot: Path, spec: Sequence[tuple[str, bool | None]], year: int) -> pl.DataFrame:
    """One row per ``(indicator_id, lower_is_better)``: the value in ``year``, the change on the year before (in % for
    quantities, points for rates) and the history up to ``year``. Indicators without a row for ``year`` keep nulls."""
    ids = [iid for iid, _ in spec]
    better = pl.DataFrame(
        {"indicator_id": ids, "lower_is_better": [lib for _, lib in spec]},
        schema={"indicator_id": pl.String, "lower_is_better": pl.Boolean},
    )
    everything = series(snapshot, ids)
    upto = everything.filter(pl.col("year") <= year).sort("year")
    history = upto.group_by("indicator_id", maintain_order=True).agg(pl.col("value").alias("history"))
    described = everything.group_by("indicator_id", maintain_order=True).agg(
        pl.col("name_zh", "name_en", "unit", "unit_en", "source_table", "source_table_en").last()
    )
    in_year = everything.filter(pl.col("year") == year).select(
        "indicator_id", "value", "previous_value", "change_pct", "change_pp"
    )
    return (
        better.join(described, on="indicator_id", how="inner", maintain_order="left")
        .join(in_year, on="indicator_id", how="left", maintain_order="left")
        .join(history, on="indicator_id", how="left", maintain_order="left")
        .with_columns(
            pl.col("history").fill_null(pl.lit([], dtype=pl.List(pl.Float64))),
            pl.when(pl.col("unit") == "%").then(pl.col("change_pp")).otherwise(pl.col("change_pct")).alias("change"),
            (pl.col("unit") == "%").alias("is_rate"),
        )
    )


def indicator_rows(snapshot: Path, ids: Sequence[str], year: int, *, only_year: bool = False) -> pl.DataFrame:
    """Every printed row of ``ids`` (any entity, no segment) up to ``year`` (or in ``year`` only), in the order of
    ``ids``, with the entity's short names, for the indicator tables."""
    order = {iid: i for i, iid in enumerate(ids)}
    names = scan_table(snapshot, "entities").select(
        pl.col("entity_id").alias("entity"),
        pl.col("short_zh").alias("entity_short_zh"),
        pl.col("short_en").alias("entity_short_en"),
    )
    wanted = pl.col("year") == year if only_year else pl.col("year") <= year
    return (
        indicators(snapshot)
        .filter(pl.col("indicator_id").is_in(list(ids)), pl.col("segment").is_null(), wanted)
        .join(names, on="entity", how="left")
        .with_columns(
            pl.col("indicator_id").replace_strict(order, return_dtype=pl.Int64).alias("_order"),
            (pl.col("entity") != GROUP).alias("_not_group"),
        )
        .sort(["_order", "_not_group", "entity", "year"])
        .select(
            "indicator_id",
            "entity",
            "entity_short_zh",
            "entity_short_en",
            "year",
            "value",
            "value_text",
            "unit",
            "unit_en",
            "name_zh",
            "name_en",
            "note",
            "note_en",
            "source_table",
            "source_table_en",
        )
        .collect()
    )


def table_rows(snapshot: Path, ids: Sequence[str], year: int, *, only_year: bool = False) -> dict:
    """``{"rows": ..., "years": [...]}``: the rows of ``ids`` up to ``year`` (or in ``year`` only) and the years
    with figures, ascending."""
    rows = indicator_rows(snapshot, ids, year, only_year=only_year)
    return {"rows": rows, "years": sorted(set(rows.get_column("year").to_list()))}


def note_rows(snapshot: Path, ids: Sequence[str]) -> pl.DataFrame:
    """The distinct notes (footnotes, caveats) printed for ``ids``, one row per indicator and note, in order."""
    order = {iid: i for i, iid in enumerate(ids)}
    return (
        indicators(snapshot)
        .filter(pl.col("indicator_id").is_in(list(ids)), pl.col("entity") == GROUP, pl.col("note").is_not_null())
        .with_columns(pl.col("indicator_id").replace_strict(order, return_dtype=pl.Int64).alias("_order"))
        .sort(["_order", "year"])
        .unique(["indicator_id", "note"], keep="first", maintain_order=True)
        .select("indicator_id", "name_zh", "name_en", "note", "note_en")
        .collect()
    )


def quality_rows(
    snapshot: Path, check_ids: Sequence[str], year: int, statuses: Sequence[str], unit_of: str
) -> pl.DataFrame:
    """The reconciliation checks ``check_ids`` (from the data-quality table) for years up to ``year`` with one of
    ``statuses``, in the order given then by year, with the printed unit of indicator ``unit_of`` (the figures' unit)."""
    order = {cid: i for i, cid in enumerate(check_ids)}
    unit = (
        indicators(snapshot)
        .filter(pl.col("indicator_id") == unit_of)
        .select("unit", "unit_en")
        .unique()
        .collect()
        .row(0, named=True)
    )
    return (
        scan_table(snapshot, "quality")
        .filter(
            pl.col("check_id").is_in(list(check_ids)),
            pl.col("year") <= year,
            pl.col("status").cast(pl.String).is_in(list(statuses)),
        )
        .with_columns(
            pl.col("check_id").replace_strict(order, return_dtype=pl.Int64).alias("_order"),
            pl.col("kind").cast(pl.String),
            pl.col("status").cast(pl.String),
            pl.lit(unit["unit"]).alias("unit"),
            pl.lit(unit["unit_en"]).alias("unit_en"),
        )
        .sort(["_order", "year"])
        .drop("_order")
        .collect()
    )


# ---------------------------------------------------------------------------------------------- the safety view

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
