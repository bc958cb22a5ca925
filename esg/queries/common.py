"""Building blocks shared by the view queries: scans of the snapshot tables and indicator series with YoY."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import polars as pl

from esg.queries import register
from esg.snapshot import scan_table
from esg.transforms import filter_indicators, with_yoy

GROUP = "group"


def indicators(snapshot: Path) -> pl.LazyFrame:
    """Lazy scan of ``indicators.parquet``."""
    return scan_table(snapshot, "indicators")


def series(
    snapshot: Path,
    indicator_ids: Sequence[str],
    *,
    entity: str = GROUP,
    segments: Sequence[str | None] = (None,),
) -> pl.DataFrame:
    """Long frame of the given indicators for one entity and segment(s), every year, with YoY change columns.

    Rows come back in the order of ``indicator_ids`` then year.
    """
    order = {iid: i for i, iid in enumerate(indicator_ids)}
    lf = filter_indicators(indicators(snapshot), indicator_ids=indicator_ids, entities=[entity], segments=segments)
    return (
        with_yoy(lf)
        .with_columns(pl.col("indicator_id").replace_strict(order, return_dtype=pl.Int64).alias("_order"))
        .sort(["_order", "segment", "year"], nulls_last=False)
        .drop("_order")
        .collect()
    )


@register("common.filter_options")
def filter_options(snapshot: Path) -> dict[str, list]:
    """Choices for the global filters: the years with figures (up to the edition's reporting year), and the group
    and its subsidiaries and branches with their names."""
    years = (
        indicators(snapshot)
        .filter(pl.col("topic") != "targets")
        .select(pl.col("year").unique().sort())
        .collect()
        .get_column("year")
        .to_list()
    )
    entities = (
        scan_table(snapshot, "entities")
        .filter(pl.col("kind").cast(pl.String).is_in(["group", "subsidiary", "branch"]))
        .select("entity_id", "short_zh", "short_en", "segment")
        .collect()
    )
    return {"years": years, "entities": entities.to_dicts()}
