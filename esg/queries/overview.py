"""Data behind the overview: ESG ratings, company profile and the 2025 targets."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from esg.queries import register
from esg.queries.common import indicators
from esg.snapshot import scan_table

PROFILE_IDS = (
    "revenue", "total_assets", "subsidiaries_count", "provinces_covered", "exploration_rights",
    "exploration_rights_area", "mining_rights", "mining_rights_area", "founded_year", "listed_year",
)  # fmt: skip
RATING_IDS = ("esg_rating_msci", "esg_score_sp_csa", "esg_rating_wind", "esg_rating_csi", "esg_rating_huazheng")


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
