"""Data behind the entity page: every figure the report gives for one entity (its topics), what it does not give,
entities compared on the figures they share (with the group's own figure where the report prints one), and how many
figures each entity has by topic (coverage)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TypedDict

import polars as pl

from esg.queries import register
from esg.queries.common import indicators
from esg.schema import TOPICS
from esg.snapshot import QUERY_ENGINE, scan_table
from esg.vocabulary import GROUP


class Coverage(TypedDict):
    """Figures by entity and topic (:func:`coverage`)."""

    # entity_id, then one column per topic holding how many figures the report discloses
    counts: pl.DataFrame
    topics: list[str]


def _disclosed() -> pl.Expr:
    return pl.col("value").is_not_null() | pl.col("value_text").is_not_null()


@register("entity.topics")
def topics(snapshot: Path, entity: str) -> list[str]:
    """The topics (in schema order) of the figures the report gives for ``entity``."""
    found = set(
        indicators(snapshot)
        .filter(pl.col("entity") == entity, _disclosed())
        .select(pl.col("topic").cast(pl.String).unique())
        .collect(engine=QUERY_ENGINE)
        .get_column("topic")
        .to_list()
    )
    return [tp for tp in TOPICS if tp in found]


@register("entity.coverage")
def coverage(snapshot: Path) -> Coverage:
    """How many figures the report discloses for each entity other than the group (rows, entities with figures in
    the entities table's order), by topic (columns: the topics any entity has, in schema order)."""
    lf = indicators(snapshot).filter(pl.col("entity") != GROUP, _disclosed())
    counts = lf.group_by("entity", pl.col("topic").cast(pl.String)).len().collect(engine=QUERY_ENGINE)
    present = set(counts.get_column("topic").to_list())
    topic_list = [tp for tp in TOPICS if tp in present]
    order = (
        scan_table(snapshot, "entities")
        .select("entity_id")
        .collect(engine=QUERY_ENGINE)
        .get_column("entity_id")
        .to_list()
    )
    wide = counts.pivot(on="topic", index="entity", values="len").rename({"entity": "entity_id"})
    wide = wide.with_columns(pl.col(c).fill_null(0).cast(pl.Int64) for c in topic_list)
    rank = {e: i for i, e in enumerate(order)}
    wide = wide.sort(pl.col("entity_id").replace_strict(rank, default=len(rank), return_dtype=pl.Int64))
    return {"counts": wide.select("entity_id", *topic_list), "topics": topic_list}


@register("entity.compare")
def compare(snapshot: Path, entities: Sequence[str]) -> pl.DataFrame:
    """The figures at least two of ``entities`` share (same indicator and year, no segment), one row per entity with
    its figure in its own printed unit, and the group's own figure of that indicator and year where the report prints
    one (``entity`` ``group``), ordered by indicator and year."""
    chosen = list(dict.fromkeys(entities))
    lf = indicators(snapshot).filter(_disclosed(), pl.col("segment").is_null())
    keys = ["indicator_id", "year"]
    rows = lf.filter(pl.col("entity").is_in(chosen)).collect(engine=QUERY_ENGINE)
    shared = rows.group_by(keys).agg(pl.col("entity").n_unique().alias("_n")).filter(pl.col("_n") > 1).drop("_n")
    columns = ["indicator_id", "year", "entity", "name_zh", "name_en", "value", "value_text", "printed", "unit",
               "unit_en", "source_table", "source_table_en"]  # fmt: skip
    group = lf.filter(pl.col("entity") == GROUP).collect(engine=QUERY_ENGINE).join(shared, on=keys, how="semi")
    return pl.concat([rows.join(shared, on=keys, how="semi"), group]).select(columns).sort(keys)
