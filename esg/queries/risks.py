"""Data behind the risks view: the 12 emerging risks by category (as the report's legend and tables group them) and
the climate-related risks and opportunities with their time horizons."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from esg.queries import register
from esg.snapshot import QUERY_ENGINE, scan_table

CATEGORY_OF_PILLAR = {"E": "environmental", "S": "social", "G": "governance"}
HORIZONS = ("short", "medium", "long")
# The report's bullet points are kept in one text: joined by "；" in Chinese, by "; " before a capital in English
# (a "; " inside an English bullet is followed by a lower-case word).
BULLET_BREAKS = {"zh": ("；", "\x1f"), "en": (r"; ([A-Z])", "\x1f$1")}


def _bullets(column: str) -> list[pl.Expr]:
    """``<column>_zh`` and ``<column>_en`` split into their bullet points (lists of strings)."""
    return [
        pl.col(f"{column}_{lang}")
        .str.replace_all(pattern, marker)
        .str.split("\x1f")
        .list.eval(pl.element().str.strip_chars())
        .alias(f"{column}_{lang}")
        for lang, (pattern, marker) in BULLET_BREAKS.items()
    ]


@register("risks.emerging")
def emerging(snapshot: Path, pillar: str | None = None) -> pl.DataFrame:
    """The emerging risks in report order (all, or the category of ``pillar``), with their bullet points as lists
    and each risk's place among the risks of its category (``category_index`` counts from 0)."""
    lf = scan_table(snapshot, "risks").with_row_index("report_order").with_columns(pl.col("category").cast(pl.String))
    if pillar is not None:
        lf = lf.filter(pl.col("category") == CATEGORY_OF_PILLAR[pillar])
    return (
        lf.with_columns(
            *_bullets("description"),
            *_bullets("impacts"),
            *_bullets("responses"),
            pl.col("report_order").rank("ordinal").over("category").sub(1).cast(pl.Int64).alias("category_index"),
        )
        .sort("report_order")
        .drop("report_order")
        .collect(engine=QUERY_ENGINE)
    )


@register("risks.climate")
def climate(snapshot: Path) -> pl.DataFrame:
    """The climate-related risks and opportunities in report order, with their horizons as a list and the first
    and last horizon as positions (0 short, 1 medium, 2 long)."""
    position = {h: i for i, h in enumerate(HORIZONS)}
    horizon_list = pl.col("horizons").str.split(";")
    return (
        scan_table(snapshot, "climate_risks")
        .with_columns(
            pl.col("kind").cast(pl.String),
            horizon_list.alias("horizon_list"),
            horizon_list.list.eval(pl.element().replace_strict(position, return_dtype=pl.Int64)).alias("_pos"),
            *_bullets("description"),
            *_bullets("responses"),
        )
        .with_columns(
            pl.col("_pos").list.min().alias("horizon_start"),
            pl.col("_pos").list.max().alias("horizon_end"),
        )
        .drop("_pos")
        .collect(engine=QUERY_ENGINE)
    )
