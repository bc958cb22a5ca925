"""Data behind the overview: headline KPIs with history, ESG ratings, company profile, 2025 targets."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from esg.queries import register
from esg.queries.common import indicators, kpi_frame, series
from esg.snapshot import scan_table

# (indicator_id, lower_is_better): None where a rise is neither good nor bad.
HEADLINE_KPIS: tuple[tuple[str, bool | None], ...] = (
    ("ghg_total", True),
    ("energy_total_tce", True),
    ("fresh_water_withdrawal", True),
    ("ltir_employees", True),
    ("employees_total", None),
    ("employees_female_pct", False),
    ("rd_spend_total", False),
    ("env_investment_total", False),
    ("reserves_copper", False),
)
PROFILE_IDS = (
    "revenue", "total_assets", "subsidiaries_count", "provinces_covered", "exploration_rights",
    "exploration_rights_area", "mining_rights", "mining_rights_area", "founded_year", "listed_year",
)  # fmt: skip
RATING_IDS = ("esg_rating_msci", "esg_score_sp_csa", "esg_rating_wind", "esg_rating_csi", "esg_rating_huazheng")


@register("overview.kpis")
def kpis(snapshot: Path, year: int) -> pl.DataFrame:
    """One row per headline KPI: the value in ``year``, the change on the year before, and the history up to it."""
    return kpi_frame(snapshot, HEADLINE_KPIS, year)


@register("overview.figures")
def figures(snapshot: Path, kind: str) -> pl.DataFrame:
    """The latest printed company-profile figures (``kind="profile"``) or ESG ratings (``kind="ratings"``)."""
    ids = list(PROFILE_IDS if kind == "profile" else RATING_IDS)
    order = {iid: i for i, iid in enumerate(ids)}
    return (
        indicators(snapshot)
        .filter(pl.col("indicator_id").is_in(ids), pl.col("entity") == "group")
        .sort("year")
        .group_by("indicator_id")
        .last()
        .with_columns(pl.col("indicator_id").replace_strict(order, return_dtype=pl.Int64).alias("_order"))
        .sort("_order")
        .select(
            "indicator_id", "name_zh", "name_en", "value", "value_text", "unit", "unit_en", "year", "note", "note_en"
        )
        .collect()
    )


@register("overview.targets")
def targets(snapshot: Path) -> pl.DataFrame:
    """The 2025 targets beside the 2024 progress, as published."""
    return scan_table(snapshot, "targets").collect()


@register("overview.ghg_trend")
def ghg_trend(snapshot: Path) -> pl.DataFrame:
    """Scope 1 and scope 2 emissions by year (the report's GHG table)."""
    return series(snapshot, ["ghg_scope1", "ghg_scope2"])
