"""Data behind the environment view: energy and intensity, own generation, water, waste and the 2024 utilisation
table, land reclamation and greening, environmental investment, green mines and factories, and the report's
caveats on these figures."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from esg.queries import register
from esg.queries.common import GROUP, KpiSpec, indicators, kpi_frame, series
from esg.transforms import filter_indicators

SEGMENTS = ("mining", "smelting", "other")
KPI_SETS: dict[str, tuple[KpiSpec, ...]] = {
    "energy": (("energy_total_tce", None, True), ("energy_total_mwh", None, True), ("energy_intensity", None, True)),
    "generation": (("own_renewable_generation", None, False), ("waste_heat_power_generation", None, False)),
    "water": (("fresh_water_withdrawal", None, True), ("water_intensity", None, True)),
    "waste": (("waste_hazardous", None, True), ("waste_general_solid", None, True)),
    "land": (
        ("land_reclamation_cost", None, False),
        ("mine_restoration_rate", None, False),
        ("land_reclaimed_area", None, False),
    ),
    "green": (
        ("green_mines_national", None, False),
        ("green_mines_provincial", None, False),
        ("green_factories_national", None, False),
        ("green_factories_provincial", None, False),
    ),
    "green_more": (
        ("green_design_product_units_national", None, False),
        ("green_design_product_units_provincial", None, False),
        ("green_mines_provincial_new", None, False),
        ("green_factories_national_new", None, False),
    ),
}
CHARTS: dict[str, tuple[str, ...]] = {
    "energy_total": ("energy_total_tce",),
    "fresh_water": ("fresh_water_withdrawal",),
    "waste_hazardous": ("waste_hazardous",),
    "waste_general": ("waste_general_solid",),
    "greening": ("greening_area_new",),
    "trees": ("trees_planted",),
}
# The segment figures: which segment each belongs to.
SEGMENT_CHARTS: dict[str, tuple[str, str]] = {
    "water_mining": ("water_use_per_ore_processed", "mining"),
    "water_smelting": ("water_use_per_product", "smelting"),
}
WASTE_STREAMS = ("waste_tailings", "waste_rock_openpit", "waste_rock_underground")
WASTE_MEASURES = ("generated", "stored_disposed", "utilised", "utilisation_rate")
INVESTMENT_PARTS = (
    "env_investment_treatment",
    "env_investment_facility_operation",
    "env_investment_management",
    "env_investment_liability_insurance",
)
# Every figure on the page, for the list of the report's caveats.
PAGE_IDS = tuple(
    dict.fromkeys(
        [iid for specs in KPI_SETS.values() for iid, _, _ in specs]
        + [iid for ids in CHARTS.values() for iid in ids]
        + [iid for iid, _ in SEGMENT_CHARTS.values()]
        + [f"{stream}_{measure}" for stream in WASTE_STREAMS for measure in WASTE_MEASURES]
        + ["env_investment_total", *INVESTMENT_PARTS]
    )
)


@register("environment.kpis")
def kpis(snapshot: Path, year: int, kind: str, segment: str | None = None) -> pl.DataFrame:
    """The KPI set ``kind`` in ``year``; for ``energy`` with a segment, that segment's energy intensity too."""
    specs = list(KPI_SETS[kind])
    if kind == "energy" and segment in SEGMENTS:
        specs.append(("energy_intensity", segment, True))
    return kpi_frame(snapshot, specs, year)


@register("environment.chart")
def chart(snapshot: Path, chart: str) -> pl.DataFrame:
    """The group series behind chart ``chart``, every year."""
    return series(snapshot, CHARTS[chart])


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


@register("environment.segment_chart")
def segment_chart(snapshot: Path, chart: str) -> pl.DataFrame:
    """A segment's own series (water use per tonne of ore or of product), every year."""
    indicator_id, segment = SEGMENT_CHARTS[chart]
    return series(snapshot, [indicator_id], segments=(segment,))


@register("environment.waste_utilisation")
def waste_utilisation(snapshot: Path, year: int) -> pl.DataFrame:
    """The waste-utilisation table of ``year``: one row per stream (tailings, open-pit and underground waste rock)
    with generated, stored or disposed of, and utilised tonnage and the utilisation rate (null when not disclosed)."""
    ids = [f"{stream}_{measure}" for stream in WASTE_STREAMS for measure in WASTE_MEASURES]
    found = (
        filter_indicators(indicators(snapshot), indicator_ids=ids, entities=[GROUP], years=[year])
        .select("indicator_id", "value", "unit", "unit_en", "source_table", "source_table_en")
        .collect()
    )
    values = {r["indicator_id"]: r for r in found.iter_rows(named=True)}
    source = found.row(0, named=True) if found.height else {"source_table": "", "source_table_en": ""}
    rows = []
    for stream in WASTE_STREAMS:
        row = {"stream": stream}
        for measure in WASTE_MEASURES:
            row[measure] = values.get(f"{stream}_{measure}", {}).get("value")
        rows.append(row | {"source_table": source["source_table"], "source_table_en": source["source_table_en"]})
    schema = {"stream": pl.String, **dict.fromkeys(WASTE_MEASURES, pl.Float64)}
    return pl.DataFrame(rows, schema=schema | {"source_table": pl.String, "source_table_en": pl.String})


@register("environment.investment")
def investment(snapshot: Path, year: int) -> dict:
    """Environmental protection investment in ``year``: the total and its four parts (empty when not disclosed)."""
    data = series(snapshot, ["env_investment_total", *INVESTMENT_PARTS]).filter(
        pl.col("year") == year, pl.col("value").is_not_null()
    )
    total = data.filter(pl.col("indicator_id") == "env_investment_total")
    return {
        "parts": data.filter(pl.col("indicator_id") != "env_investment_total"),
        "total": total.row(0, named=True) if total.height else None,
    }


@register("environment.notes")
def notes(snapshot: Path) -> pl.DataFrame:
    """The report's caveats on the figures of this page: one row per figure and distinct note."""
    order = {iid: i for i, iid in enumerate(PAGE_IDS)}
    return (
        filter_indicators(indicators(snapshot), indicator_ids=PAGE_IDS, entities=[GROUP])
        .filter(pl.col("note").is_not_null())
        .group_by("indicator_id", "name_zh", "name_en", "note", "note_en")
        .agg(pl.col("year").min().alias("first_year"), pl.col("year").max().alias("last_year"))
        .sort(pl.col("indicator_id").replace_strict(order, return_dtype=pl.Int64), "first_year")
        .collect()
    )
