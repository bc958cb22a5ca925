"""Building blocks shared by the view queries: scans of the snapshot tables, indicator series with YoY, KPI rows
with history, chart rows keyed for translation, indicator rows for tables, the report's notes and data-quality checks."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypedDict

import polars as pl

from esg.queries import register
from esg.snapshot import QUERY_ENGINE, derived_table, scan_table
from esg.transforms import filter_indicators, with_yoy

GROUP = "group"


class EntityOption(TypedDict):
    """An entity the global filters offer: its id, short names and business segment (``None`` for none)."""

    entity_id: str
    short_zh: str
    short_en: str
    segment: str | None


class FilterOptions(TypedDict):
    """The choices of the global filters (:func:`filter_options`)."""

    years: list[int]
    entities: list[EntityOption]


class IndicatorTable(TypedDict):
    """The rows of an indicator table and the years with figures, ascending (:func:`table_rows`)."""

    rows: pl.DataFrame
    years: list[int]


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

    Rows come back in the order of ``indicator_ids`` then year. The change is computed on every series before the
    filter (which keeps or drops whole series: the filters are on the series key), so that many series queries on
    one snapshot in memory (a deck build) compute it once (:func:`esg.snapshot.derived_table`)."""
    order = {iid: i for i, iid in enumerate(indicator_ids)}
    every = derived_table(snapshot, "indicators_yoy", lambda: with_yoy(indicators(snapshot)))
    return (
        filter_indicators(every, indicator_ids=indicator_ids, entities=[entity], segments=segments)
        .with_columns(pl.col("indicator_id").replace_strict(order, return_dtype=pl.Int64).alias("_order"))
        .sort(["_order", "segment", "year"], nulls_last=False)
        .drop("_order")
        .collect(engine=QUERY_ENGINE)
    )


def reporting_years(snapshot: Path) -> list[int]:
    """The report's years, oldest first (targets such as 2030 or 2060 left out)."""
    return (
        indicators(snapshot)
        .filter(pl.col("topic") != "targets")
        .select(pl.col("year").unique().sort())
        .collect(engine=QUERY_ENGINE)
        .get_column("year")
        .to_list()
    )


@register("common.filter_options")
def filter_options(snapshot: Path) -> FilterOptions:
    """Choices for the global filters: the years with figures (up to the edition's reporting year), and the group
    and its subsidiaries and branches with their names."""
    years = reporting_years(snapshot)
    entities = (
        scan_table(snapshot, "entities")
        .filter(pl.col("kind").cast(pl.String).is_in(["group", "subsidiary", "branch"]))
        .select("entity_id", "short_zh", "short_en", "segment")
        .collect(engine=QUERY_ENGINE)
    )
    return {
        "years": years,
        "entities": [
            EntityOption(entity_id=e["entity_id"], short_zh=e["short_zh"], short_en=e["short_en"], segment=e["segment"])
            for e in entities.iter_rows(named=True)
        ],
    }


CHART_COLUMNS = (
    "indicator_id",
    "category",
    "series",
    "year",
    "value",
    "unit",
    "unit_en",
    "name_zh",
    "name_en",
    "source_table",
    "source_table_en",
    "restated",
    "original_value",
    "restatement_reason",
    "note",
    "note_en",
)


Row = tuple[str, str, str]


@register("indicators.series")
def series_rows(
    snapshot: Path,
    rows: Sequence[Row],
    trend: bool = True,
    year: int | None = None,
    segment: str | None = None,
    entity: str = GROUP,
) -> pl.DataFrame:
    """Long frame of a chart's figures (of ``entity``, the group by default; of ``segment`` when given) in the order
    of ``rows`` (``(indicator_id, category, series)``: the keys the page translates): for a trend every year (up to
    ``year`` when given), else ``year`` only."""
    keys = pl.DataFrame(
        [(iid, cat, ser, i) for i, (iid, cat, ser) in enumerate(rows)],
        schema={"indicator_id": pl.String, "category": pl.String, "series": pl.String, "_order": pl.Int64},
        orient="row",
    )
    ids = list(dict.fromkeys(iid for iid, _, _ in rows))
    found = series(snapshot, ids, entity=entity, segments=(segment,))
    if year is not None:
        found = found.filter(pl.col("year") <= year if trend else pl.col("year") == year)
    return found.join(keys, on="indicator_id", how="inner").sort(["_order", "year"]).select(CHART_COLUMNS)


@register("indicators.directions")
def directions(snapshot: Path) -> dict[str, bool]:
    """``higher_is_better`` by indicator id (``directions.parquet``); an indicator not listed has no direction."""
    return dict(
        scan_table(snapshot, "directions")
        .select("indicator_id", "higher_is_better")
        .collect(engine=QUERY_ENGINE)
        .iter_rows()
    )


# A KPI: (indicator_id, segment or None); whether a rise is good comes from the data (:func:`directions`).
KpiSpec = tuple[str, str | None]
KPI_SCHEMA: dict[str, pl.DataType | type[pl.DataType]] = {
    "key": pl.String, "indicator_id": pl.String, "segment": pl.String, "name_zh": pl.String, "name_en": pl.String,
    "unit": pl.String, "unit_en": pl.String, "year": pl.Int64, "value": pl.Float64, "printed": pl.String,
    "previous_value": pl.Float64, "change_pct": pl.Float64, "change_pp": pl.Float64, "change": pl.Float64,
    "is_rate": pl.Boolean, "history": pl.List(pl.Float64), "higher_is_better": pl.Boolean, "source_table": pl.String,
    "source_table_en": pl.String, "note": pl.String, "note_en": pl.String, "restated": pl.Boolean,
    "original_value": pl.Float64, "restatement_reason": pl.String,
}  # fmt: skip


@register("indicators.kpis")
def kpi_frame(snapshot: Path, specs: Sequence[KpiSpec], year: int, entity: str = GROUP) -> pl.DataFrame:
    """One row per KPI spec, in order: the value in ``year`` (null when not disclosed) as printed, the change on the
    year before (``change``: % for quantities, points for rates), the history up to ``year`` and the source table, of
    ``entity`` (the group by default). Indicators the snapshot does not hold at all (for that entity) are left out."""
    ids = list(dict.fromkeys(iid for iid, _ in specs))
    segments = tuple(dict.fromkeys(seg for _, seg in specs))
    everything = series(snapshot, ids, entity=entity, segments=segments)
    better = directions(snapshot)
    by_spec: dict[KpiSpec, list[dict[str, Any]]] = {}  # each spec's rows, by year (the order of ``series``)
    for row in everything.iter_rows(named=True):
        by_spec.setdefault((row["indicator_id"], row["segment"]), []).append(row)
    rows = []
    for iid, segment in specs:
        found = by_spec.get((iid, segment))
        if not found:
            continue
        described = found[-1]
        now = next((row for row in found if row["year"] == year), {})
        is_rate = described["unit"] == "%"
        rows.append({
            "key": iid if segment is None else f"{iid}@{segment}",
            "indicator_id": iid, "segment": segment, "name_zh": described["name_zh"], "name_en": described["name_en"],
            "unit": described["unit"], "unit_en": described["unit_en"], "year": year, "value": now.get("value"),
            "printed": now.get("printed"), "previous_value": now.get("previous_value"),
            "change_pct": now.get("change_pct"), "change_pp": now.get("change_pp"),
            "change": now.get("change_pp") if is_rate else now.get("change_pct"), "is_rate": is_rate,
            "history": [row["value"] for row in found if row["year"] <= year],
            "higher_is_better": better.get(iid), "source_table": described["source_table"],
            "source_table_en": described["source_table_en"], "note": now.get("note") or described["note"],
            "note_en": now.get("note_en") or described["note_en"], "restated": bool(now.get("restated")),
            "original_value": now.get("original_value"), "restatement_reason": now.get("restatement_reason"),
        })  # fmt: skip
    return pl.DataFrame(rows, schema=KPI_SCHEMA)


def indicator_rows(
    snapshot: Path, ids: Sequence[str], year: int, *, only_year: bool = False, entity: str | None = None
) -> pl.DataFrame:
    """Every printed row of ``ids`` (any entity, or ``entity``'s only; no segment) up to ``year`` (or in ``year``
    only), in the order of ``ids``, with the entity's short names, for the indicator tables."""
    order = {iid: i for i, iid in enumerate(ids)}
    names = scan_table(snapshot, "entities").select(
        pl.col("entity_id").alias("entity"),
        pl.col("short_zh").alias("entity_short_zh"),
        pl.col("short_en").alias("entity_short_en"),
    )
    wanted = pl.col("year") == year if only_year else pl.col("year") <= year
    return (
        indicators(snapshot)
        .filter(pl.col("indicator_id").is_in(list(ids)), pl.col("segment").is_null(), wanted)
        .filter(pl.lit(True) if entity is None else pl.col("entity") == entity)
        .join(names, on="entity", how="left")
        .with_columns(
            pl.col("indicator_id").replace_strict(order, return_dtype=pl.Int64).alias("_order"),
            (pl.col("entity") != GROUP).alias("_not_group"),
        )
        .sort(["_order", "_not_group", "entity", "year"])
        .select(
            "indicator_id",
            "entity",
            "entity_short_zh",
            "entity_short_en",
            "year",
            "value",
            "value_text",
            "unit",
            "unit_en",
            "name_zh",
            "name_en",
            "note",
            "note_en",
            "source_table",
            "source_table_en",
            "restated",
            "original_value",
            "restatement_reason",
        )
        .collect(engine=QUERY_ENGINE)
    )


@register("indicators.table")
def table_rows(
    snapshot: Path, ids: Sequence[str], year: int, *, only_year: bool = False, entity: str | None = None
) -> IndicatorTable:
    """``{"rows": ..., "years": [...]}``: the rows of ``ids`` (of every entity, or of ``entity`` only) up to ``year``
    (or in ``year`` only) and the years with figures, ascending."""
    rows = indicator_rows(snapshot, ids, year, only_year=only_year, entity=entity)
    return {"rows": rows, "years": sorted(set(rows.get_column("year").to_list()))}


@register("indicators.notes")
def note_rows(snapshot: Path, ids: Sequence[str]) -> pl.DataFrame:
    """The distinct notes (footnotes, caveats) printed for ``ids``, one row per indicator and note, in order."""
    order = {iid: i for i, iid in enumerate(ids)}
    return (
        indicators(snapshot)
        .filter(pl.col("indicator_id").is_in(list(ids)), pl.col("entity") == GROUP, pl.col("note").is_not_null())
        .with_columns(pl.col("indicator_id").replace_strict(order, return_dtype=pl.Int64).alias("_order"))
        .sort(["_order", "year"])
        .unique(["indicator_id", "note"], keep="first", maintain_order=True)
        .select("indicator_id", "name_zh", "name_en", "note", "note_en")
        .collect(engine=QUERY_ENGINE)
    )


@register("indicators.quality")
def discrepancies(
    snapshot: Path, ids: Sequence[str], year: int, unit_of: str, statuses: Sequence[str] = ("discrepancy",)
) -> pl.DataFrame:
    """The report's own inconsistencies among the checks ``ids`` up to ``year`` (see :func:`quality_rows`): the
    checks of ``statuses`` where the figures differ at all (with ``ok``, a difference within tolerance too)."""
    return quality_rows(snapshot, ids, year, tuple(statuses), unit_of).filter(pl.col("difference").abs() > 0)


def quality_rows(
    snapshot: Path, check_ids: Sequence[str], year: int, statuses: Sequence[str], unit_of: str
) -> pl.DataFrame:
    """The reconciliation checks ``check_ids`` (from the data-quality table) for years up to ``year`` with one of
    ``statuses``, in the order given then by year, with the printed unit of indicator ``unit_of`` (the figures' unit)."""
    order = {cid: i for i, cid in enumerate(check_ids)}
    unit = (
        indicators(snapshot)
        .filter(pl.col("indicator_id") == unit_of)
        .select("unit", "unit_en")
        .unique()
        .collect(engine=QUERY_ENGINE)
        .row(0, named=True)
    )
    return (
        scan_table(snapshot, "quality")
        .filter(
            pl.col("check_id").is_in(list(check_ids)),
            pl.col("year") <= year,
            pl.col("status").cast(pl.String).is_in(list(statuses)),
        )
        .with_columns(
            pl.col("check_id").replace_strict(order, return_dtype=pl.Int64).alias("_order"),
            pl.col("kind").cast(pl.String),
            pl.col("status").cast(pl.String),
            pl.lit(unit["unit"]).alias("unit"),
            pl.lit(unit["unit_en"]).alias("unit_en"),
        )
        .sort(["_order", "year"])
        .drop("_order")
        .collect(engine=QUERY_ENGINE)
    )


@register("indicators.caveats")
def caveat_rows(snapshot: Path, ids: Sequence[str]) -> pl.DataFrame:
    """The report's caveats on the figures ``ids`` (group level): one row per figure and distinct note, with the
    first and last year it is printed for, in the order of ``ids``."""
    order = {iid: i for i, iid in enumerate(ids)}
    return (
        filter_indicators(indicators(snapshot), indicator_ids=list(ids), entities=[GROUP])
        .filter(pl.col("note").is_not_null())
        .group_by("indicator_id", "name_zh", "name_en", "note", "note_en")
        .agg(pl.col("year").min().alias("first_year"), pl.col("year").max().alias("last_year"))
        .sort(pl.col("indicator_id").replace_strict(order, return_dtype=pl.Int64), "first_year")
        .collect(engine=QUERY_ENGINE)
    )
