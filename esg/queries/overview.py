"""Data behind the overview: ESG ratings, company profile, 2025 targets (and the headline KPIs for the slides)."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from esg.queries import register
from esg.queries.common import indicators, kpi_frame
from esg.snapshot import scan_table

# TRANSITIONAL (until ``components.slides`` names ``overview.headline``): the headline cards, for the slides'
# ``overview.kpis``; the view (``esg.views.overview``) declares them from these. (indicator_id, segment,
# lower_is_better): lower_is_better None where a rise is neither good nor bad.
HEADLINE_KPIS: tuple[tuple[str, str | None, bool | None], ...] = (
    ("ghg_total", None, True),
    ("energy_total_tce", None, True),
    ("fresh_water_withdrawal", None, True),
    ("ltir_employees", None, True),
    ("employees_total", None, None),
    ("employees_female_pct", None, False),
    ("rd_spend_total", None, False),
    ("env_investment_total", None, False),
    ("reserves_copper", None, False),
)
PROFILE_IDS = (
    "revenue", "total_assets", "subsidiaries_count", "provinces_covered", "exploration_rights",
    "exploration_rights_area", "mining_rights", "mining_rights_area", "founded_year", "listed_year",
)  # fmt: skip
RATING_IDS = ("esg_rating_msci", "esg_score_sp_csa", "esg_rating_wind", "esg_rating_csi", "esg_rating_huazheng")


@register("overview.kpis")
def kpis(snapshot: Path, year: int) -> pl.DataFrame:
    """TRANSITIONAL (the slides): one row per headline KPI: the value in ``year``, the change on the year before,
    and the history up to it."""
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
