"""Data behind the environment view: energy and intensity, own generation, water, waste and the 2024 utilisation
table, land reclamation and greening, environmental investment, green mines and factories, and the report's
caveats on these figures."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypedDict

import polars as pl

from esg.queries import register
from esg.queries.common import GROUP, indicators, series
from esg.snapshot import QUERY_ENGINE
from esg.transforms import filter_indicators
from esg.vocabulary import SEGMENTS

WASTE_STREAMS = ("waste_tailings", "waste_rock_openpit", "waste_rock_underground")
WASTE_MEASURES = ("generated", "stored_disposed", "utilised", "utilisation_rate")
WASTE_IDS = tuple(f"{stream}_{measure}" for stream in WASTE_STREAMS for measure in WASTE_MEASURES)
INVESTMENT_PARTS = (
    "env_investment_treatment",
    "env_investment_facility_operation",
    "env_investment_management",
    "env_investment_liability_insurance",
)


class Investment(TypedDict):
    """Environmental protection investment in a year (:func:`investment`): the parts disclosed and the total's row
    (``None`` when not disclosed)."""

    parts: pl.DataFrame
    total: dict[str, Any] | None


@register("environment.intensity_by_segment")
def intensity_by_segment(snapshot: Path) -> pl.DataFrame:
    """Energy intensity of the group and of each business segment, in the years the segments are disclosed."""
    data = series(snapshot, ["energy_intensity"], segments=(None, *SEGMENTS))
    segment_years = data.filter(pl.col("segment").is_not_null()).get_column("year").unique().to_list()
    order = {seg: i for i, seg in enumerate((None, *SEGMENTS))}
    return (
        data.filter(pl.col("year").is_in(segment_years))
        .with_columns(pl.col("segment").fill_null(GROUP).alias("segment_key"))
        .sort(pl.col("segment").replace_strict(order, default=0, return_dtype=pl.Int64), "year")
    )


@register("environment.waste_utilisation")
def waste_utilisation(snapshot: Path, year: int) -> pl.DataFrame:
    """The waste-utilisation table of ``year``: one row per stream (tailings, open-pit and underground waste rock)
    with generated, stored or disposed of, and utilised tonnage and the utilisation rate (null when not disclosed)."""
    found = (
        filter_indicators(indicators(snapshot), indicator_ids=WASTE_IDS, entities=[GROUP], years=[year])
        .select("indicator_id", "value", "unit", "unit_en", "source_table", "source_table_en")
        .collect(engine=QUERY_ENGINE)
    )
    values = {r["indicator_id"]: r for r in found.iter_rows(named=True)}
    source = found.row(0, named=True) if found.height else {"source_table": "", "source_table_en": ""}
    rows = []
    for stream in WASTE_STREAMS:
        row: dict[str, str | float | None] = {"stream": stream}
        for measure in WASTE_MEASURES:
            row[measure] = values.get(f"{stream}_{measure}", {}).get("value")
        rows.append(row | {"source_table": source["source_table"], "source_table_en": source["source_table_en"]})
    schema = {"stream": pl.String, **dict.fromkeys(WASTE_MEASURES, pl.Float64)}
    return pl.DataFrame(rows, schema=schema | {"source_table": pl.String, "source_table_en": pl.String})


@register("environment.investment")
def investment(snapshot: Path, year: int) -> Investment:
    """Environmental protection investment in ``year``: the total and its four parts (empty when not disclosed)."""
    data = series(snapshot, ["env_investment_total", *INVESTMENT_PARTS]).filter(
        pl.col("year") == year, pl.col("value").is_not_null()
    )
    total = data.filter(pl.col("indicator_id") == "env_investment_total")
    return {
        "parts": data.filter(pl.col("indicator_id") != "env_investment_total"),
        "total": total.row(0, named=True) if total.height else None,
    }
