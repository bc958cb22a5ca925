"""Data behind the overview: ESG ratings, company profile and the 2025 targets."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from esg.queries import register
from esg.queries.common import indicators
from esg.snapshot import QUERY_ENGINE, scan_table
from esg.transforms import with_yoy

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
        .collect(engine=QUERY_ENGINE)
    )


@register("overview.targets")
def targets(snapshot: Path) -> pl.DataFrame:
    """The 2025 targets beside the 2024 progress, as published."""
    return scan_table(snapshot, "targets").collect(engine=QUERY_ENGINE)


@register("overview.movers")
def movers(snapshot: Path, year: int) -> pl.DataFrame:
    """Every group-level indicator with a direction (``directions.parquet``) disclosed in ``year`` and the year
    before: its change (% for quantities, points for rates; ``relative`` % for ranking), and ``better`` (the change
    measured in the good direction: positive is an improvement), best first."""
    directions = scan_table(snapshot, "directions")
    rows = (
        with_yoy(
            indicators(snapshot).filter(
                pl.col("entity") == "group", pl.col("segment").is_null(), pl.col("year").is_in([year - 1, year])
            )
        )
        .filter(pl.col("year") == year, pl.col("value").is_not_null(), pl.col("previous_value").is_not_null())
        .filter(pl.col("previous_value") != 0)
        .join(directions, on="indicator_id", how="inner")
        .with_columns(
            (100 * (pl.col("value") - pl.col("previous_value")) / pl.col("previous_value").abs()).alias("relative"),
            pl.coalesce("change_pct", "change_pp").alias("change"),
            (pl.col("unit") == "%").alias("is_rate"),
        )
        .with_columns(
            pl.when(pl.col("higher_is_better")).then(pl.col("relative")).otherwise(-pl.col("relative")).alias("better")
        )
        .filter(pl.col("better") != 0)
        .sort("better", "indicator_id", descending=[True, False])
    )
    return rows.select(
        "indicator_id", "name_zh", "name_en", "unit", "unit_en", "year", "value", "previous_value", "change",
        "is_rate", "relative", "better", "higher_is_better", "source_table", "source_table_en",
    ).collect(engine=QUERY_ENGINE)  # fmt: skip


@register("overview.quality_summary")
def quality_summary(snapshot: Path) -> dict[str, int]:
    """How many of the report's own figures the checks found not to agree (``discrepancy``) and how many were
    checked, over every year."""
    counts = dict(scan_table(snapshot, "quality").group_by("status").len().collect(engine=QUERY_ENGINE).iter_rows())
    return {"discrepancies": int(counts.get("discrepancy", 0)), "checks": int(sum(counts.values()))}
