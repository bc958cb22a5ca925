"""Building blocks shared by the view queries: scans of the snapshot tables, indicator series with YoY, KPI rows
with history, chart rows keyed for translation, indicator rows for tables, the report's notes and data-quality checks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
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
)


@dataclass(frozen=True)
class Chart:
    """The figures of one chart: ``(indicator_id, category, series)`` keys (translated by the page) and whether it is a
    trend (every year up to the selected one) or a breakdown of the selected year only."""

    rows: tuple[tuple[str, str, str], ...]
    trend: bool = True


def trend(*ids: str) -> Chart:
    """A trend chart whose series are the indicators themselves."""
    return Chart(tuple((iid, iid, iid) for iid in ids))


def chart_rows(snapshot: Path, chart: Chart, year: int) -> pl.DataFrame:
    """Long frame of a chart's figures (group level) in the chart's order, years up to ``year`` for a trend, else
    ``year`` only; ``category`` and ``series`` hold the keys the page translates."""
    keys = pl.DataFrame(
        [(iid, cat, ser, i) for i, (iid, cat, ser) in enumerate(chart.rows)],
        schema={"indicator_id": pl.String, "category": pl.String, "series": pl.String, "_order": pl.Int64},
        orient="row",
    )
    ids = list(dict.fromkeys(iid for iid, _, _ in chart.rows))
    wanted = pl.col("year") <= year if chart.trend else pl.col("year") == year
    return (
        series(snapshot, ids)
        .filter(wanted)
        .join(keys, on="indicator_id", how="inner")
        .sort(["_order", "year"])
        .select(CHART_COLUMNS)
    )


def kpi_frame(snapshot: Path, spec: Sequence[tuple[str, bool | None]], year: int) -> pl.DataFrame:
    """One row per ``(indicator_id, lower_is_better)``: the value in ``year``, the change on the year before (in % for
    quantities, points for rates) and the history up to ``year``. Indicators without a row for ``year`` keep nulls."""
    ids = [iid for iid, _ in spec]
    better = pl.DataFrame(
        {"indicator_id": ids, "lower_is_better": [lib for _, lib in spec]},
        schema={"indicator_id": pl.String, "lower_is_better": pl.Boolean},
    )
    everything = series(snapshot, ids)
    upto = everything.filter(pl.col("year") <= year).sort("year")
    history = upto.group_by("indicator_id", maintain_order=True).agg(pl.col("value").alias("history"))
    described = everything.group_by("indicator_id", maintain_order=True).agg(
        pl.col("name_zh", "name_en", "unit", "unit_en", "source_table", "source_table_en").last()
    )
    in_year = everything.filter(pl.col("year") == year).select(
        "indicator_id", "value", "previous_value", "change_pct", "change_pp"
    )
    return (
        better.join(described, on="indicator_id", how="inner", maintain_order="left")
        .join(in_year, on="indicator_id", how="left", maintain_order="left")
        .join(history, on="indicator_id", how="left", maintain_order="left")
        .with_columns(
            pl.col("history").fill_null(pl.lit([], dtype=pl.List(pl.Float64))),
            pl.when(pl.col("unit") == "%").then(pl.col("change_pp")).otherwise(pl.col("change_pct")).alias("change"),
            (pl.col("unit") == "%").alias("is_rate"),
        )
    )


def indicator_rows(snapshot: Path, ids: Sequence[str], year: int, *, only_year: bool = False) -> pl.DataFrame:
    """Every printed row of ``ids`` (any entity, no segment) up to ``year`` (or in ``year`` only), in the order of
    ``ids``, with the entity's short names, for the indicator tables."""
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
        )
        .collect()
    )


def table_rows(snapshot: Path, ids: Sequence[str], year: int, *, only_year: bool = False) -> dict:
    """``{"rows": ..., "years": [...]}``: the rows of ``ids`` up to ``year`` (or in ``year`` only) and the years
    with figures, ascending."""
    rows = indicator_rows(snapshot, ids, year, only_year=only_year)
    return {"rows": rows, "years": sorted(set(rows.get_column("year").to_list()))}


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
        .collect()
    )


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
        .collect()
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
        .collect()
    )
