"""Data behind the subsidiaries view: the entity directory, every figure of one entity, the business-segment
comparisons, and which figures exist for which entity and year (coverage)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TypedDict

import polars as pl

from esg.display import display_number, display_unit, with_shown
from esg.i18n import t
from esg.queries import register
from esg.queries.common import indicators, reporting_years
from esg.snapshot import QUERY_ENGINE, scan_table
from esg.vocabulary import ALL, SEGMENTS

UNASSIGNED = "unassigned"
# Water intensity: one indicator per segment (different denominators), so shown as cards, not on one axis.
SEGMENT_WATER_IDS = {"mining": "water_use_per_ore_processed", "smelting": "water_use_per_product", "other": None}


class Province(TypedDict):
    """A province of the directory, in both languages."""

    province_zh: str
    province_en: str | None


class SegmentChart(TypedDict):
    """The comparison of one indicator by segment in a year (:func:`segment_chart`)."""

    indicator_id: str
    rows: pl.DataFrame
    unit: str
    unit_en: str
    source_table: str
    source_table_en: str
    group_value: float | None
    segment_sum: float | None


class Options(TypedDict):
    """Choices for the page filters (:func:`options`): provinces and commodity ids."""

    provinces: list[Province]
    commodities: list[str]


def _disclosed() -> pl.Expr:
    """A figure the report gives: a number or a text grade (``-`` and ``/`` are not disclosed)."""
    return pl.col("value").is_not_null() | pl.col("value_text").is_not_null()


def _labels(ids: Sequence[str | None], prefix: str, lang: str) -> list[str | None]:
    """The catalogue label of each id (``None`` stays ``None``)."""
    return [None if i is None else t(f"{prefix}.{i}", lang) for i in ids]


def segment_label(segment: str, lang: str) -> str:
    """A business segment's label, or that of an entity with no segment (``unassigned``)."""
    return t("subsidiaries.segment.unassigned" if segment == UNASSIGNED else f"common.segment.{segment}", lang)


def _commodity_labels(values: Sequence[str | None], lang: str) -> list[str | None]:
    sep = t("common.list_sep", lang)
    return [None if v is None else sep.join(t(f"common.commodity.{c}", lang) for c in v.split(";")) for v in values]


@register("subsidiaries.options")
def options(snapshot: Path) -> Options:
    """Choices for the page filters: provinces (``zh``/``en`` pairs) and commodities present in the directory."""
    entities = scan_table(snapshot, "entities").collect(engine=QUERY_ENGINE)
    provinces = [
        Province(province_zh=zh, province_en=en)
        for zh, en in entities.filter(pl.col("province_zh").is_not_null())
        .select("province_zh", "province_en")
        .unique(maintain_order=True)
        .iter_rows()
    ]
    commodities = (
        entities.select(pl.col("commodities").str.split(";").explode().drop_nulls().unique(maintain_order=True))
        .get_column("commodities")
        .to_list()
    )
    return {"provinces": provinces, "commodities": commodities}


@register("subsidiaries.directory")
def directory(snapshot: Path, province: str = ALL, business_segment: str = ALL, commodity: str = ALL) -> pl.DataFrame:
    """The group, its branches and subsidiaries and the business-map assets, with labels in both languages and the
    number of figures the report gives for each. ``province`` is the Chinese province name, ``business_segment`` one
    of mining/smelting/other/unassigned, ``commodity`` a commodity id; ``all`` keeps all."""
    counts = (
        indicators(snapshot)
        .group_by("entity")
        .agg(
            _disclosed().sum().cast(pl.Int64).alias("figures"),
            (~_disclosed()).sum().cast(pl.Int64).alias("not_disclosed"),
        )
        .rename({"entity": "entity_id"})
    )
    lf = scan_table(snapshot, "entities").with_row_index("_order")
    if province != ALL:
        lf = lf.filter(pl.col("province_zh") == province)
    if business_segment == UNASSIGNED:
        lf = lf.filter(pl.col("segment").is_null())
    elif business_segment != ALL:
        lf = lf.filter(pl.col("segment") == business_segment)
    if commodity != ALL:
        lf = lf.filter(pl.col("commodities").str.split(";").list.contains(commodity).fill_null(False))
    parents = scan_table(snapshot, "entities").select(
        pl.col("entity_id").alias("parent"),
        pl.col("short_zh").alias("parent_zh"),
        pl.col("short_en").alias("parent_en"),
    )
    df = (
        lf.join(counts, on="entity_id", how="left")
        .join(parents, on="parent", how="left")
        .with_columns(pl.col("figures", "not_disclosed").fill_null(0), pl.col("kind").cast(pl.String))
        .sort("_order")
        .drop("_order")
        .collect(engine=QUERY_ENGINE)
    )
    kinds = df.get_column("kind").to_list()
    segments = df.get_column("segment").fill_null(UNASSIGNED).to_list()
    commodities = df.get_column("commodities").to_list()
    return df.with_columns(
        pl.Series("kind_zh", _labels(kinds, "common.entity_kind", "zh"), dtype=pl.String),
        pl.Series("kind_en", _labels(kinds, "common.entity_kind", "en"), dtype=pl.String),
        pl.Series("segment_zh", [segment_label(s, "zh") for s in segments], dtype=pl.String),
        pl.Series("segment_en", [segment_label(s, "en") for s in segments], dtype=pl.String),
        pl.Series("commodities_zh", _commodity_labels(commodities, "zh"), dtype=pl.String),
        pl.Series("commodities_en", _commodity_labels(commodities, "en"), dtype=pl.String),
    )


@register("subsidiaries.entity_figures")
def entity_figures(snapshot: Path, entity: str) -> pl.DataFrame:
    """Every figure the report gives for ``entity`` (rows where ``indicators.entity`` is its id) in report order,
    with the value shown in each language (``shown_zh``/``shown_en``; "not disclosed" where printed as such)."""
    df = (
        indicators(snapshot)
        .filter(pl.col("entity") == entity)
        .select(
            "indicator_id",
            "name_zh",
            "name_en",
            pl.col("pillar").cast(pl.String),
            pl.col("topic").cast(pl.String),
            "segment",
            "year",
            "value",
            "value_text",
            "printed",
            "unit",
            "unit_en",
            "source_table",
            "source_table_en",
            "note",
            "note_en",
        )
        .collect(engine=QUERY_ENGINE)
    )
    return with_shown(df)


def _segment_frame(snapshot: Path, ids: Sequence[str], year: int) -> pl.DataFrame:
    """One row per indicator and segment (all three segments, null where the report gives nothing) in ``year``,
    with the previous year's value."""
    lf = indicators(snapshot).filter(pl.col("indicator_id").is_in(list(ids)), pl.col("segment").is_not_null())
    meta = (
        lf.sort("year")
        .group_by("indicator_id")
        .agg(pl.col("unit", "unit_en", "source_table", "source_table_en").last())
        .collect(engine=QUERY_ENGINE)
    )
    grid = pl.DataFrame(
        [{"indicator_id": i, "segment": s} for i in ids for s in SEGMENTS],
        schema={"indicator_id": pl.String, "segment": pl.String},
    )
    now = (
        lf.filter(pl.col("year") == year)
        .select("indicator_id", "segment", "value", "name_zh", "name_en")
        .collect(engine=QUERY_ENGINE)
    )
    before = (
        lf.filter(pl.col("year") == year - 1)
        .select("indicator_id", "segment", pl.col("value").alias("previous_value"))
        .collect(engine=QUERY_ENGINE)
    )
    history = (
        lf.filter(pl.col("year") <= year)
        .sort("year")
        .group_by("indicator_id", "segment")
        .agg(pl.col("value").alias("history"))
        .collect(engine=QUERY_ENGINE)
    )
    return (
        grid.join(meta, on="indicator_id", how="inner", maintain_order="left")
        .join(now, on=["indicator_id", "segment"], how="left", maintain_order="left")
        .join(before, on=["indicator_id", "segment"], how="left", maintain_order="left")
        .join(history, on=["indicator_id", "segment"], how="left", maintain_order="left")
        .with_columns(
            pl.lit(year).alias("year"),
            pl.when(pl.col("previous_value") != 0)
            .then(100 * (pl.col("value") - pl.col("previous_value")) / pl.col("previous_value").abs())
            .alias("change_pct"),
        )
    )


def _with_segment_labels(df: pl.DataFrame) -> pl.DataFrame:
    """Add the segment's label and the value and unit as shown in each language (``*_zh``/``*_en`` pairs)."""
    segs = df.get_column("segment").to_list()
    rows = df.select("value", "unit", "unit_en").to_dicts()
    return df.with_columns(
        pl.Series("segment_zh", _labels(segs, "common.segment", "zh"), dtype=pl.String),
        pl.Series("segment_en", _labels(segs, "common.segment", "en"), dtype=pl.String),
        pl.Series("value_zh", [r["value"] for r in rows], dtype=pl.Float64),
        pl.Series(
            "value_en",
            [None if r["unit"] is None else display_number(r["value"], r["unit"], r["unit_en"], "en") for r in rows],
            dtype=pl.Float64,
        ),
        pl.Series("unit_label_zh", [r["unit"] for r in rows], dtype=pl.String),
        pl.Series(
            "unit_label_en",
            [None if r["unit"] is None else display_unit(r["unit"], r["unit_en"], "en")[0] for r in rows],
            dtype=pl.String,
        ),
    )


@register("subsidiaries.segment_chart")
def segment_chart(snapshot: Path, year: int, indicator: str) -> SegmentChart | None:
    """The comparison of ``indicator`` by segment in ``year`` (``None`` when the report never breaks it down): its
    ``rows`` (mining, smelting and other, null where the report gives nothing), the unit and source table,
    ``group_value`` (the group's own figure) and ``segment_sum`` (the sum of the three segments, null unless all are
    given)."""
    rows = _with_segment_labels(_segment_frame(snapshot, (indicator,), year))
    if rows.is_empty():
        return None
    group = (
        indicators(snapshot)
        .filter(
            pl.col("indicator_id") == indicator,
            pl.col("segment").is_null(),
            pl.col("entity") == "group",
            pl.col("year") == year,
        )
        .select("value")
        .collect(engine=QUERY_ENGINE)
    )
    values = rows.get_column("value")
    first = rows.row(0, named=True)
    return {
        "indicator_id": indicator,
        "rows": rows,
        "unit": first["unit"],
        "unit_en": first["unit_en"],
        "source_table": first["source_table"],
        "source_table_en": first["source_table_en"],
        "group_value": group.get_column("value")[-1] if group.height else None,
        "segment_sum": None if values.null_count() else float(values.sum()),  # a Float64 column's sum
    }


@register("subsidiaries.segment_water")
def segment_water(snapshot: Path, year: int) -> pl.DataFrame:
    """Each segment's water intensity in ``year`` (one indicator per segment, the denominators differ), null for a
    segment without one, with the previous year's value, the change and the history up to ``year``."""
    water_ids = [i for i in SEGMENT_WATER_IDS.values() if i]
    water_rows = _segment_frame(snapshot, water_ids, year)
    return (
        pl.DataFrame(
            {"segment": list(SEGMENT_WATER_IDS), "indicator_id": list(SEGMENT_WATER_IDS.values())},
            schema={"segment": pl.String, "indicator_id": pl.String},
        )
        .join(water_rows.drop("year"), on=["segment", "indicator_id"], how="left", maintain_order="left")
        .with_columns(pl.lit(year).alias("year"))
    )


@register("subsidiaries.coverage")
def coverage(snapshot: Path, province: str = ALL, business_segment: str = ALL, commodity: str = ALL) -> pl.DataFrame:
    """Rows: the directory's entities (same filters); columns: each reporting year (named by the year) holding the
    number of figures the report discloses for the entity in that year, then ``total``."""
    years = reporting_years(snapshot)
    entities = directory(snapshot, province, business_segment, commodity).select(
        "entity_id", "short_zh", "short_en", "kind_zh", "kind_en"
    )
    counts = (
        indicators(snapshot)
        .filter(_disclosed(), pl.col("year").is_in(years))
        .group_by("entity")
        .agg(*(pl.col("year").filter(pl.col("year") == y).len().cast(pl.Int64).alias(str(y)) for y in years))
        .rename({"entity": "entity_id"})
        .collect(engine=QUERY_ENGINE)
    )
    year_cols = [str(y) for y in years]
    return (
        entities.join(counts, on="entity_id", how="left", maintain_order="left")
        .with_columns(pl.col(year_cols).fill_null(0))
        .with_columns(pl.sum_horizontal(year_cols).alias("total"))
    )
