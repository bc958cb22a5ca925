"""Data behind the emissions view: GHG by scope, source and segment, the decarbonisation path against the report's
targets, air pollutants, heavy metals, wastewater, the energy mix and the renewable-electricity share."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypedDict

import polars as pl

from esg.queries import register
from esg.queries.common import GROUP, indicators, series
from esg.snapshot import QUERY_ENGINE, scan_table
from esg.transforms import DecarbonisationPath, filter_indicators, wide_by_year
from esg.vocabulary import SEGMENTS

TARGET_IDS = ("ghg_target_peak_year", "ghg_target_reduction_2040", "ghg_target_neutral_year")
# The base year is stated in the target's note ("40% reduction by 2040 vs 2022 base year").
BASE_YEAR_NOTE = re.compile(r"(\d{4}) base year")
RENEWABLE_CHECK = "env1_renewable_power_share"
SEGMENT_CHECK = "env2_ghg_total_segments"


class Segments(TypedDict):
    """Emissions by segment (:func:`segments`): the series and the data-quality rows of the years that do not add up."""

    data: pl.DataFrame
    discrepancies: list[dict[str, Any]]


class Pathway(TypedDict):
    """The decarbonisation path against the targets (:func:`pathway`); the rates and gap are ``None`` without a
    figure in ``year``."""

    actual: pl.DataFrame
    path: pl.DataFrame
    base_year: int
    base_value: float
    peak_year: int
    reduction_year: int
    reduction_pct: float
    reduction_target: float
    neutral_year: int
    year: int
    value: float | None
    required_pct: float | None
    achieved_pct: float | None
    gap: float | None
    status: str | None
    path_in_year: float
    unit: str
    unit_en: str
    source_table: str
    source_table_en: str
    target_source_table: str
    target_source_table_en: str


class Renewable(TypedDict):
    """The renewable-electricity share (:func:`renewable`): the year, its figures by indicator id and the check's row
    (``None`` when not checked)."""

    year: int
    figures: dict[str, dict[str, Any]]
    check: dict[str, Any] | None


def quality_check(snapshot: Path, check_id: str, discrepancies_only: bool = False) -> pl.DataFrame:
    """The data-quality rows of one reconciliation check (every year it was checked, or only its discrepancies)."""
    lf = scan_table(snapshot, "quality").filter(pl.col("check_id") == check_id)
    if discrepancies_only:
        lf = lf.filter(pl.col("status") == "discrepancy")
    return lf.sort("year").collect(engine=QUERY_ENGINE)


@register("emissions.segments")
def segments(snapshot: Path) -> Segments:
    """Total emissions by business segment and year, and the years where the segments do not add up to the total."""
    order = {seg: i for i, seg in enumerate(SEGMENTS)}
    data = series(snapshot, ["ghg_total"], segments=SEGMENTS).sort(
        pl.col("segment").replace_strict(order, return_dtype=pl.Int64), "year"
    )
    return {"data": data, "discrepancies": quality_check(snapshot, SEGMENT_CHECK, discrepancies_only=True).to_dicts()}


def _target(frame: pl.DataFrame, indicator_id: str) -> dict[str, Any]:
    found = frame.filter(pl.col("indicator_id") == indicator_id)
    if found.is_empty():
        raise KeyError(f"the snapshot has no {indicator_id!r} figure: the decarbonisation path needs it")
    return found.row(0, named=True)


@register("emissions.pathway")
def pathway(snapshot: Path, year: int) -> Pathway:
    """Actual scope 1+2 emissions against the report's targets (all read from the snapshot): the straight-line
    path (derived from the targets), the required and achieved annual rates, and the gap to the path in ``year``."""
    targets = (
        filter_indicators(indicators(snapshot), indicator_ids=TARGET_IDS, entities=[GROUP])
        .select("indicator_id", "year", "value", "unit", "note", "note_en", "source_table", "source_table_en")
        .collect(engine=QUERY_ENGINE)
    )
    peak = _target(targets, "ghg_target_peak_year")
    reduction = _target(targets, "ghg_target_reduction_2040")
    neutral = _target(targets, "ghg_target_neutral_year")
    base_match = BASE_YEAR_NOTE.search(reduction["note_en"] or "")
    if base_match is None:
        raise ValueError("ghg_target_reduction_2040: its English note must state the base year ('... YYYY base year')")
    base_year = int(base_match.group(1))
    actual = series(snapshot, ["ghg_total"]).filter(pl.col("value").is_not_null()).sort("year")
    base = actual.filter(pl.col("year") == base_year)
    if base.is_empty():
        raise ValueError(f"ghg_total has no figure for the target's base year {base_year}")
    path = DecarbonisationPath(
        base_year=base_year,
        base_value=base.item(0, "value"),
        peak_year=int(peak["value"]),
        reduction_year=int(reduction["year"]),
        reduction_pct=reduction["value"],
        neutral_year=int(neutral["value"]),
    )
    in_year = actual.filter(pl.col("year") == year)
    value = in_year.item(0, "value") if in_year.height else None
    years = list(range(path.base_year, path.neutral_year + 1))
    return {
        "actual": actual.select("year", "value", "unit", "unit_en"),
        "path": pl.DataFrame({"year": years, "value": [path.path_value(y) for y in years]}),
        "base_year": path.base_year,
        "base_value": path.base_value,
        "peak_year": path.peak_year,
        "reduction_year": path.reduction_year,
        "reduction_pct": path.reduction_pct,
        "reduction_target": path.reduction_target,
        "neutral_year": path.neutral_year,
        "year": year,
        "value": value,
        "required_pct": None if value is None else path.required_annual_reduction(year, value),
        "achieved_pct": None if value is None else path.achieved_annual_change(year, value),
        "gap": None if value is None else path.gap(year, value),
        "status": None if value is None else path.status(year, value),
        "path_in_year": path.path_value(year),
        "unit": actual.item(0, "unit"),
        "unit_en": actual.item(0, "unit_en"),
        "source_table": actual.item(0, "source_table"),
        "source_table_en": actual.item(0, "source_table_en"),
        "target_source_table": reduction["source_table"],
        "target_source_table_en": reduction["source_table_en"],
    }


@register("emissions.energy_mix")
def energy_mix(snapshot: Path, ids: Sequence[str]) -> pl.DataFrame:
    """Energy consumed by type (``ids``, in order), one column per year, each in its own physical unit (never
    summed)."""
    lf = filter_indicators(indicators(snapshot), indicator_ids=ids, entities=[GROUP], segments=[None])
    years = lf.select(pl.col("year").unique().sort()).collect(engine=QUERY_ENGINE).get_column("year").to_list()
    order = {iid: i for i, iid in enumerate(ids)}
    return (
        wide_by_year(lf.sort("year"), years)
        .sort(pl.col("indicator_id").replace_strict(order, return_dtype=pl.Int64))
        .collect(engine=QUERY_ENGINE)
    )


@register("emissions.renewable")
def renewable(snapshot: Path) -> Renewable:
    """The renewable-electricity share as printed, the two figures behind it and the reconciliation check."""
    figures = series(snapshot, ["renewable_power_share", "renewable_power_traded", "energy_electricity"])
    check = quality_check(snapshot, RENEWABLE_CHECK)
    year: int = check.item(0, "year") if check.height else figures.select(pl.col("year").max()).item()
    in_year = {r["indicator_id"]: r for r in figures.filter(pl.col("year") == year).iter_rows(named=True)}
    return {"year": year, "figures": in_year, "check": check.row(0, named=True) if check.height else None}
