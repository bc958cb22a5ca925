"""Data behind the editions view: what each edition is made of, its restatements and the series of a restated
figure (with its original value and reason), and its figures by year."""

from __future__ import annotations

from pathlib import Path
from typing import TypedDict

import polars as pl

from esg.queries import register
from esg.queries.common import indicators
from esg.snapshot import QUERY_ENGINE, read_manifest, scan_table

RESTATEMENT_COLUMNS = [
    "indicator_id", "entity", "segment", "year", "name_zh", "name_en", "unit", "unit_en", "original_value", "value",
    "restatement_reason", "source_table", "source_table_en",
]  # fmt: skip


class Summary(TypedDict):
    """An edition's origin and counts (:func:`summary`); the import's fields are ``None`` for a build."""

    edition: str
    figures: int
    based_on: str | None
    file: str | None
    added: int | None
    restated: int | None
    removed: int | None


@register("editions.summary")
def summary(snapshot: Path) -> Summary:
    """The edition's origin (a build, or an import on top of which edition, from which file) and its counts."""
    manifest = read_manifest(snapshot)
    imported = manifest.get("import") or {}
    return {
        "edition": str(manifest.get("edition", snapshot.name)),
        "figures": int(manifest["files"]["indicators"]["rows"]),
        "based_on": manifest.get("based_on"),
        "file": imported.get("file"),
        "added": imported.get("added"),
        "restated": imported.get("restated"),
        "removed": imported.get("removed"),
    }


@register("editions.restatements")
def restatements(snapshot: Path) -> pl.DataFrame:
    """Every restated figure of the edition with the entity's short names, in indicator order."""
    entities = scan_table(snapshot, "entities").select(
        pl.col("entity_id").alias("entity"),
        pl.col("short_zh").alias("entity_zh"),
        pl.col("short_en").alias("entity_en"),
    )
    return (
        indicators(snapshot)
        .filter(pl.col("restated"))
        .select(RESTATEMENT_COLUMNS)
        .join(entities, on="entity", how="left")
        .sort("indicator_id", "entity", "segment", "year", nulls_last=True)
        .collect(engine=QUERY_ENGINE)
    )


@register("editions.series")
def series(snapshot: Path, indicator_id: str, entity: str, segment: str | None) -> pl.DataFrame:
    """Every year of one figure, restatement columns included, oldest first."""
    segment_filter = pl.col("segment").is_null() if segment is None else pl.col("segment") == segment
    return (
        indicators(snapshot)
        .filter(pl.col("indicator_id") == indicator_id, pl.col("entity") == entity, segment_filter)
        .select("year", *[c for c in RESTATEMENT_COLUMNS if c != "year"], "restated")
        .sort("year")
        .collect(engine=QUERY_ENGINE)
    )


@register("editions.coverage")
def coverage(snapshot: Path) -> pl.DataFrame:
    """Figures per reporting year (targets left out) and how many of them are restated."""
    return (
        indicators(snapshot)
        .filter(pl.col("topic") != "targets")
        .group_by("year")
        .agg(pl.len().alias("figures"), pl.col("restated").sum().cast(pl.Int64).alias("restated"))
        .sort("year")
        .collect(engine=QUERY_ENGINE)
    )


@register("editions.package")
def package(snapshot: Path) -> dict[str, object]:
    """The edition as an open data package (``esg.package``): its resources (``name``, ``rows``, ``description_zh``,
    ``description_en``) and the zip to download (``zip``)."""
    from esg.package import package_tables, package_zip
    from esg.package_fields import TABLES

    tables = package_tables(snapshot)
    names = list(tables)
    resources = pl.DataFrame(
        {
            "name": names,
            "rows": [tables[n].height for n in names],
            "description_zh": [TABLES.get(n, (n, n))[1] for n in names],
            "description_en": [TABLES.get(n, (n, n))[0] for n in names],
        }
    )
    return {"resources": resources, "zip": package_zip(snapshot)}
