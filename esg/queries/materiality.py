"""Data behind the materiality view: the 20 double-materiality topics (tiers as published, positions derived) and
the indicators that quantify a topic."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from esg.queries import register
from esg.queries.common import GROUP, indicators
from esg.snapshot import QUERY_ENGINE, scan_table
from esg.transforms import filter_indicators

TIER_ORDER = ("both", "impact_only", "neither")
# The position method is one shared explanation followed by this topic's own place in its tier.
METHOD_TOPIC_MARKERS = {"zh": "本议题：", "en": "This topic:"}
INDICATOR_COLUMNS = (
    "topic", "indicator_id", "segment", "name_zh", "name_en", "value", "value_text", "unit", "unit_en",
    "source_table", "source_table_en",
)  # fmt: skip


def _method_common(lang: str) -> pl.Expr:
    """``method_common_<lang>``: the explanation shared by every topic, without this topic's own rank."""
    parts = pl.col(f"position_method_{lang}").str.split_exact(METHOD_TOPIC_MARKERS[lang], 1)
    return parts.struct.field("field_0").str.strip_chars().alias(f"method_common_{lang}")


@register("materiality.topics")
def topics(snapshot: Path, pillar: str | None = None) -> pl.DataFrame:
    """The topics of ``pillar`` (all when ``None``), in the report's order: tier, then rank within the tier."""
    lf = scan_table(snapshot, "materiality")
    if pillar is not None:
        lf = lf.filter(pl.col("pillar").cast(pl.String) == pillar)
    return (
        lf.with_columns(
            pl.col("pillar").cast(pl.String),
            pl.col("tier").cast(pl.String),
            pl.col("tier")
            .cast(pl.String)
            .replace_strict(TIER_ORDER, list(range(3)), return_dtype=pl.Int64)
            .alias("tier_order"),
            _method_common("zh"),
            _method_common("en"),
        )
        .sort("tier_order", "tier_rank")
        .select(
            "topic_id",
            "topic_zh",
            "topic_en",
            "pillar",
            "tier",
            "tier_rank",
            "x_derived",
            "y_derived",
            "indicator_topics",
            "method_common_zh",
            "method_common_en",
        )
        .collect(engine=QUERY_ENGINE)
    )


@register("materiality.indicators")
def topic_indicators(snapshot: Path, topic: str, year: int) -> pl.DataFrame:
    """The group's figures in ``year`` for the indicator topics behind ``topic`` (a topic id; empty when it has none)."""
    found = (
        scan_table(snapshot, "materiality")
        .filter(pl.col("topic_id") == topic)
        .select("indicator_topics")
        .collect(engine=QUERY_ENGINE)
        .get_column("indicator_topics")
        .to_list()
    )
    wanted = [t for t in (found[0] or "").split(";") if t] if found else []
    if not wanted:
        return (
            indicators(snapshot)
            .head(0)
            .with_columns(pl.col("topic").cast(pl.String))
            .select(*INDICATOR_COLUMNS)
            .collect(engine=QUERY_ENGINE)
        )
    order = {topic: i for i, topic in enumerate(wanted)}
    return (
        filter_indicators(indicators(snapshot), topics=wanted, entities=[GROUP], years=[year])
        .with_columns(pl.col("topic").cast(pl.String))
        .with_columns(pl.col("topic").replace_strict(order, return_dtype=pl.Int64).alias("_order"))
        .sort("_order", "source_file", "source_line")
        .select(*INDICATOR_COLUMNS)
        .collect(engine=QUERY_ENGINE)
    )
