"""Which figures the report discloses, by indicator, entity and segment: what ``esg.scope`` reads to tell which
elements have figures of their own for an entity or a business segment."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from esg.queries import register
from esg.queries.common import indicators
from esg.snapshot import QUERY_ENGINE

# Every figure the report discloses (a number or a grade), as (indicator_id, entity, segment or None).
Disclosed = frozenset[tuple[str, str, str | None]]


@register("scope.disclosed")
def disclosed(snapshot: Path) -> Disclosed:
    """The ``(indicator_id, entity, segment)`` of every figure the report discloses in any year (``-`` and ``/``,
    printed as not disclosed, left out)."""
    rows = (
        indicators(snapshot)
        .filter(pl.col("value").is_not_null() | pl.col("value_text").is_not_null())
        .select("indicator_id", "entity", "segment")
        .unique()
        .collect(engine=QUERY_ENGINE)
        .iter_rows()
    )
    return frozenset((iid, entity, segment) for iid, entity, segment in rows)
