"""Data behind the reserves view: the ten minerals' resources and reserves by group (each in its own unit), their
change over the period, exploration and mining rights, and the assets (mines, smelters, the salt lake) by province."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from esg.queries import register
from esg.queries.common import GROUP, series
from esg.snapshot import QUERY_ENGINE, scan_table

# (group, basis, minerals): a chart per group and basis; minerals of one chart share one unit.
MINERAL_GROUPS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("base_metals", "metal", ("reserves_copper", "reserves_zinc", "reserves_lead", "reserves_nickel")),
    ("ferrous_alloy", "metal", ("reserves_v2o5", "reserves_molybdenum")),
    ("ferrous_alloy", "ore", ("reserves_iron_ore",)),
    ("precious", "metal", ("reserves_silver", "reserves_gold")),
    ("salt_lake", "salt", ("reserves_magnesium_chloride",)),
)
MINERALS = tuple(iid for _, _, ids in MINERAL_GROUPS for iid in ids)
ASSET_KINDS = ("mine", "smelter", "saltlake")


def _decimals(printed: pl.Expr) -> pl.Expr:
    """The number of decimals a figure was printed with (``581.00`` -> 2)."""
    return printed.str.extract(r"\.(\d+)$").str.len_chars().fill_null(0).cast(pl.Int64)


@register("reserves.minerals")
def minerals(snapshot: Path) -> pl.DataFrame:
    """Every mineral and year: group, basis, value, unit and the decimals it was printed with, in chart order."""
    order = {iid: i for i, iid in enumerate(MINERALS)}
    groups = pl.DataFrame(
        [(iid, group, basis) for group, basis, ids in MINERAL_GROUPS for iid in ids],
        schema={"indicator_id": pl.String, "group": pl.String, "basis": pl.String},
        orient="row",
    )
    data = series(snapshot, MINERALS).with_columns(_decimals(pl.col("printed")).alias("decimals"))
    return (
        data.join(groups, on="indicator_id", how="left")
        .sort(pl.col("indicator_id").replace_strict(order, return_dtype=pl.Int64), "year")
        .select(
            "indicator_id", "group", "basis", "year", "value", "printed", "decimals", "unit", "unit_en",
            "name_zh", "name_en", "note", "note_en", "source_table", "source_table_en",
        )
    )  # fmt: skip


@register("reserves.group")
def group(snapshot: Path, group: str, basis: str) -> pl.DataFrame:
    """The minerals of one group and basis (one unit), every year."""
    ids = next(ids for g, b, ids in MINERAL_GROUPS if (g, b) == (group, basis))
    return minerals(snapshot).filter(pl.col("indicator_id").is_in(ids))


@register("reserves.notes")
def notes(snapshot: Path) -> pl.DataFrame:
    """The report's caveat on each mineral's figures (one row per mineral with a note)."""
    return (
        minerals(snapshot)
        .filter(pl.col("note").is_not_null())
        .unique("indicator_id", keep="last", maintain_order=True)
        .select("indicator_id", "note", "note_en")
    )


@register("reserves.change")
def change(snapshot: Path, year: int) -> pl.DataFrame:
    """Each mineral's change (%) from the first year with a figure to ``year`` (null when undefined)."""
    data = minerals(snapshot).filter(pl.col("year") <= year, pl.col("value").is_not_null())
    return (
        data.group_by("indicator_id", "group", maintain_order=True)
        .agg(
            pl.col("year").first().alias("from_year"),
            pl.col("year").last().alias("to_year"),
            pl.col("value").first().alias("from_value"),
            pl.col("value").last().alias("to_value"),
            pl.col("source_table").first(),
            pl.col("source_table_en").first(),
        )
        .with_columns(
            pl.when(pl.col("to_year") > pl.col("from_year"))
            .then(100 * (pl.col("to_value") - pl.col("from_value")) / pl.col("from_value"))
            .alias("change_pct")
        )
    )


@register("reserves.assets")
def assets(snapshot: Path, entity: str = GROUP, only_selected: bool = False) -> pl.DataFrame:
    """The mines, smelters and the salt lake with province, capacity and operator; ``selected`` marks the assets
    whose operator is ``entity`` (every asset for the group); ``only_selected`` keeps only those."""
    entities = scan_table(snapshot, "entities")
    operators = entities.select(
        pl.col("entity_id").alias("parent"),
        pl.col("short_zh").alias("operator_zh"),
        pl.col("short_en").alias("operator_en"),
    )
    return (
        entities.filter(pl.col("kind").cast(pl.String).is_in(ASSET_KINDS))
        .join(operators, on="parent", how="left", maintain_order="left")
        .with_columns(
            pl.col("kind").cast(pl.String),
            (pl.lit(entity == GROUP) | (pl.col("parent") == entity)).alias("selected"),
        )
        .select(
            "entity_id", "name_zh", "name_en", "short_zh", "short_en", "kind", "parent", "operator_zh",
            "operator_en", "province_zh", "province_en", "segment", "commodities", "capacity_zh", "capacity_en",
            "note_zh", "note_en", "selected",
        )
        .filter(pl.col("selected") | pl.lit(not only_selected))
        .collect(engine=QUERY_ENGINE)
    )  # fmt: skip
