"""Data behind the data explorer: every indicator filtered by pillar, topic, entity, segment, year, text (both
languages), unit, source table and notes; the same rows as CSV, Excel and Parquet bytes; and the data-quality table
(the reconciliation checks, the report's own inconsistencies kept as printed)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypedDict, Unpack

import polars as pl

from esg.display import display_unit, printed_with_unit, with_shown
from esg.exports import export_bytes
from esg.i18n import LANGS, t
from esg.queries import register
from esg.queries.common import indicators
from esg.schema import TOPICS
from esg.snapshot import QUERY_ENGINE, scan_table
from esg.transforms import filter_indicators

NOTES = ("all", "with", "without")
# The explorer's orders: the report's (its tables in order), by indicator name, newest year first, largest or smallest
# figure first (as the Value column shows it).
SORTS = ("report", "name", "year", "value_desc", "value_asc")
NO_UNIT = "-"  # the unit column of a figure the report prints without a unit (LTIR): an empty cell, not "-"
QUALITY_STATUSES = ("discrepancy", "rounding", "ok", "not_checkable")  # contradictions first, then rounding
# Column of the table (``stem*`` = the ``stem_zh``/``stem_en`` pair) -> header string key, in display order.
COLUMNS: dict[str, str] = {
    "name*": "common.col.indicator",
    "year": "common.col.year",
    "shown*": "explorer.col.figure",
    "display_value*": "common.col.value_plain",
    "display_unit*": "common.unit",
    "entity_label*": "common.col.entity",
    "segment_label*": "common.col.segment",
    "pillar_label*": "common.col.pillar",
    "topic_label*": "common.col.topic",
    "printed*": "common.col.printed",
    "source_table*": "common.col.source",
    "note*": "explorer.col.note",
    "gri": "explorer.col.gri",
    "indicator_id": "common.col.indicator_id",
}
QUALITY_COLUMNS: dict[str, str] = {
    "check_id": "explorer.qcol.check",
    "year": "common.col.year",
    "kind_label*": "explorer.qcol.kind",
    "description*": "explorer.qcol.description",
    "figures*": "explorer.qcol.figures",
    "expected": "explorer.qcol.expected",
    "printed": "explorer.qcol.printed",
    "difference": "explorer.qcol.difference",
    "tolerance": "explorer.qcol.tolerance",
    "status_label*": "explorer.qcol.status",
    "location*": "explorer.qcol.location",
}


class Unit(TypedDict):
    """A unit as printed (``unit``/``unit_en``) and as shown in English."""

    unit: str
    unit_en: str
    shown_en: str


class Source(TypedDict):
    """A source table of the report, in both languages."""

    source_table: str
    source_table_en: str


class Options(TypedDict):
    """Choices for the page filters (:func:`options`)."""

    topics: list[str]
    units: list[Unit]
    sources: list[Source]
    years: list[int]


class RowFilters(TypedDict, total=False):
    """The filters of :func:`rows` (each left out keeps all)."""

    pillar: str | None
    topics: Sequence[str]
    entity: str | None
    segment: str | None
    year: int | None
    search: str
    units: Sequence[str]
    sources: Sequence[str]
    notes: str


def _localise(df: pl.DataFrame, columns: dict[str, str], lang: str) -> pl.DataFrame:
    """Keep ``columns`` in order, each ``stem*`` resolved to the language's column, renamed to localised headers."""
    exprs = []
    for source, key in columns.items():
        if source.endswith("*"):
            stem = source[:-1]
            source = f"{stem}_en" if lang == "en" else f"{stem}_zh" if f"{stem}_zh" in df.columns else stem
        exprs.append(pl.col(source).alias(t(key, lang)))
    return df.select(exprs)


def _label_pairs(df: pl.DataFrame, column: str, label: Callable[[str, str], str]) -> pl.DataFrame:
    """Add ``<column>_label_zh``/``_en``: the label of each id (``label(id, lang)``), empty for nulls."""
    values = df.get_column(column).cast(pl.String).to_list()
    return df.with_columns(
        pl.Series(f"{column}_label_{lang}", [None if v is None else label(v, lang) for v in values], dtype=pl.String)
        for lang in ("zh", "en")
    )


@register("explorer.options")
def options(snapshot: Path) -> Options:
    """Choices for the page filters: topics present (in schema order), units (``unit``, ``unit_en`` and the unit
    shown in English), source tables (``zh``/``en``) and years."""
    lf = indicators(snapshot)
    present = set(
        lf.select(pl.col("topic").cast(pl.String).unique()).collect(engine=QUERY_ENGINE).get_column("topic").to_list()
    )
    units = [
        Unit(unit=unit, unit_en=unit_en, shown_en=display_unit(unit, unit_en, "en")[0])
        for unit, unit_en in lf.select("unit", "unit_en").unique().sort("unit").collect(engine=QUERY_ENGINE).iter_rows()
    ]
    sources = [
        Source(source_table=zh, source_table_en=en)
        for zh, en in lf.select("source_table", "source_table_en")
        .unique(maintain_order=True)
        .collect(engine=QUERY_ENGINE)
        .iter_rows()
    ]
    years = lf.select(pl.col("year").unique().sort()).collect(engine=QUERY_ENGINE).get_column("year").to_list()
    return {"topics": [tp for tp in TOPICS if tp in present], "units": units, "sources": sources, "years": years}


def rows(
    snapshot: Path,
    *,
    pillar: str | None = None,
    topics: Sequence[str] = (),
    entity: str | None = None,
    segment: str | None = None,
    year: int | None = None,
    search: str = "",
    units: Sequence[str] = (),
    sources: Sequence[str] = (),
    notes: str = "all",
) -> pl.DataFrame:
    """The indicator rows matching every filter (``None``/empty keeps all), language-independent, with labels and
    display values in both languages, in the report's order. ``segment`` matches the figure's own
    segment; ``notes`` is ``all``, ``with`` (figures that carry a note) or ``without``."""
    lf = filter_indicators(
        indicators(snapshot),
        pillars=[pillar] if pillar else (),
        topics=topics,
        entities=[entity] if entity else (),
        segments=[segment] if segment else (),
        years=[year] if year else (),
        search=search,
    )
    if units:
        lf = lf.filter(pl.col("unit").is_in(list(units)))
    if sources:
        lf = lf.filter(pl.col("source_table").is_in(list(sources)))
    if notes == "with":
        lf = lf.filter(pl.col("note").is_not_null() | pl.col("note_en").is_not_null())
    elif notes == "without":
        lf = lf.filter(pl.col("note").is_null() & pl.col("note_en").is_null())
    names = scan_table(snapshot, "entities").select(
        pl.col("entity_id").alias("entity"),
        pl.col("short_zh").alias("entity_label_zh"),
        pl.col("short_en").alias("entity_label_en"),
    )
    df = lf.join(names, on="entity", how="left", maintain_order="left").collect(engine=QUERY_ENGINE)
    df = _label_pairs(df, "pillar", lambda v, lang: t(f"common.pillar.{v}", lang))
    df = _label_pairs(df, "topic", lambda v, lang: t(f"explorer.topic.{v}", lang))
    segments = df.get_column("segment").to_list()
    printed = df.select("printed", "unit", "unit_en").rows()
    factors = [display_unit(u, ue, "en") for _, u, ue in printed]
    df = with_shown(df).with_columns(
        *(
            pl.Series(f"printed_{lang}", [printed_with_unit(p, u, ue, lang) for p, u, ue in printed], dtype=pl.String)
            for lang in LANGS
        ),
        pl.Series("segment_label_zh", [t(f"common.segment.{s}", "zh") if s else "" for s in segments], dtype=pl.String),
        pl.Series("segment_label_en", [t(f"common.segment.{s}", "en") if s else "" for s in segments], dtype=pl.String),
        pl.col("value").alias("display_value_zh"),
        (pl.col("value") * pl.Series([f for _, f in factors], dtype=pl.Float64)).round(6).alias("display_value_en"),
        pl.col("unit").replace(NO_UNIT, "").alias("display_unit_zh"),
        pl.Series("display_unit_en", ["" if u == NO_UNIT else u for u, _ in factors], dtype=pl.String),
    )
    return df


def _sorted(df: pl.DataFrame, sort: str, lang: str) -> pl.DataFrame:
    """``df`` in the order ``sort`` (:data:`SORTS`; the report's order kept among equals)."""
    if sort == "name":
        return df.sort("name_en" if lang == "en" else "name_zh", maintain_order=True)
    if sort == "year":
        return df.sort("year", descending=True, maintain_order=True)
    if sort in ("value_desc", "value_asc"):
        shown = f"display_value_{'en' if lang == 'en' else 'zh'}"  # the figure as the table shows it
        return df.sort(shown, descending=sort == "value_desc", nulls_last=True, maintain_order=True)
    return df


@register("explorer.table")
def table(snapshot: Path, lang: str, sort: str = "report", **filters: Unpack[RowFilters]) -> pl.DataFrame:
    """The filtered rows as the page shows and exports them, in the order ``sort`` (:data:`SORTS`): columns of
    :data:`COLUMNS` with localised headers."""
    return _localise(_sorted(rows(snapshot, **filters), sort, lang), COLUMNS, lang)


@register("explorer.download")
def download(snapshot: Path, fmt: str, lang: str, sort: str = "report", **filters: Unpack[RowFilters]) -> bytes:
    """Exactly the filtered table (same rows, same order, same localised columns) as ``fmt`` bytes (csv, xlsx or
    parquet)."""
    return export_bytes(table(snapshot, lang, sort, **filters), fmt)


@register("explorer.quality")
def quality(snapshot: Path, lang: str, statuses: Sequence[str] = ()) -> pl.DataFrame:
    """The data-quality table (every reconciliation check and its outcome) for the given statuses (empty: all),
    contradictions first, then rounding, with where in the report the figures stand and localised headers."""
    order = {s: i for i, s in enumerate(QUALITY_STATUSES)}
    lf = scan_table(snapshot, "quality").with_columns(pl.col("status", "kind").cast(pl.String))
    if statuses:
        lf = lf.filter(pl.col("status").is_in(list(statuses)))
    df = (
        lf.with_row_index("_order")
        .sort(pl.col("status").replace_strict(order, return_dtype=pl.Int64), "_order")
        .drop("_order")
        .collect(engine=QUERY_ENGINE)
    )
    df = _label_pairs(df, "status", lambda v, lang: t(f"explorer.status.{v}", lang))
    df = _label_pairs(df, "kind", lambda v, lang: t(f"explorer.kind.{v}", lang))
    return _localise(df, QUALITY_COLUMNS, lang)


@register("explorer.quality_counts")
def quality_counts(snapshot: Path) -> dict[str, int]:
    """How many checks have each status."""
    counts = dict(
        scan_table(snapshot, "quality")
        .group_by(pl.col("status").cast(pl.String))
        .len()
        .collect(engine=QUERY_ENGINE)
        .iter_rows()
    )
    return {s: int(counts.get(s, 0)) for s in QUALITY_STATUSES}
