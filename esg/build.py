"""``python -m esg build``: curated CSV sources -> validated, reconciled Parquet snapshot, written atomically."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from esg import schema as s
from esg.reconcile import reconcile
from esg.snapshot import MANIFEST, SNAPSHOT_TABLES, snapshot_lock, write_snapshot
from esg.source import PROSE_COLUMNS, RULE_COLUMNS, read_all, read_indicator_files, read_table
from esg.units import load_units, units_to_manifest
from esg.validation import validate_frame

ENTITY_COLUMNS = list(s.EntitySchema.columns())
MATERIALITY_COLUMNS = list(s.MaterialitySchema.columns())
RISK_COLUMNS = list(s.RiskSchema.columns())
CLIMATE_COLUMNS = list(s.ClimateRiskSchema.columns())
TARGET_COLUMNS = list(s.TargetSchema.columns())
SSE_COLUMNS = ["dimension_zh", "dimension_en", "no", "topic_zh", "topic_en", "article_zh", "article_en", "pages"]
GRI_COLUMNS = ["standard_zh", "standard_en", "code", "disclosure_zh", "disclosure_en", "location_zh", "location_en"]


@dataclass(frozen=True)
class BuildResult:
    """What a build wrote."""

    path: Path
    row_counts: dict[str, int]
    discrepancies: int


def _frameworks(source_dir: Path) -> pl.DataFrame:
    """The SSE and GRI content indices as one table keyed by code (``SSE-1`` .. ``SSE-21``, ``2-1`` ..)."""
    sse = read_table(source_dir / "framework_sse.csv", SSE_COLUMNS).select(
        pl.lit("SSE").alias("framework"),
        pl.concat_str(pl.lit("SSE-"), pl.col("no")).alias("code"),
        pl.col("dimension_zh").alias("group_zh"),
        pl.col("dimension_en").alias("group_en"),
        pl.concat_str("topic_zh", pl.lit("（"), "article_zh", pl.lit("）")).alias("disclosure_zh"),
        pl.concat_str("topic_en", pl.lit(" ("), "article_en", pl.lit(")")).alias("disclosure_en"),
        pl.col("pages").alias("location_zh"),
        pl.col("pages").str.replace_all("P", "p. ").str.replace_all("、", ", ").alias("location_en"),
        "source_file",
        "source_line",
    )
    gri = read_table(source_dir / "framework_gri.csv", GRI_COLUMNS).select(
        pl.lit("GRI").alias("framework"),
        "code",
        pl.col("standard_zh").alias("group_zh"),
        pl.col("standard_en").alias("group_en"),
        "disclosure_zh",
        "disclosure_en",
        "location_zh",
        "location_en",
        "source_file",
        "source_line",
    )
    return validate_frame(s.FrameworkSchema, pl.concat([sse, gri]))


def build_frames(source_dir: Path) -> dict[str, pl.DataFrame]:
    """Read, validate and reconcile every source table; raise :class:`~esg.errors.DataError` on any problem."""
    units = load_units(source_dir / "units.csv")
    entities = validate_frame(s.EntitySchema, read_table(source_dir / "entities.csv", ENTITY_COLUMNS))
    indicators = validate_frame(s.IndicatorSchema, read_indicator_files(source_dir, units, set(entities["entity_id"])))
    quality = reconcile(
        indicators,
        read_all(source_dir, "rules", RULE_COLUMNS),
        read_all(source_dir, "prose", PROSE_COLUMNS),
        units,
    )
    frames = {
        "indicators": indicators.sort(s.INDICATOR_KEY, nulls_last=True),
        "entities": entities,
        "materiality": validate_frame(
            s.MaterialitySchema, read_table(source_dir / "materiality.csv", MATERIALITY_COLUMNS)
        ),
        "risks": validate_frame(s.RiskSchema, read_table(source_dir / "risks.csv", RISK_COLUMNS)),
        "climate_risks": validate_frame(
            s.ClimateRiskSchema, read_table(source_dir / "climate_risks.csv", CLIMATE_COLUMNS)
        ),
        "targets": validate_frame(s.TargetSchema, read_table(source_dir / "targets.csv", TARGET_COLUMNS)),
        "frameworks": _frameworks(source_dir),
        "quality": quality,
    }
    assert set(frames) == set(SNAPSHOT_TABLES)
    return frames


def source_checksums(source_dir: Path) -> dict[str, str]:
    """SHA-256 of every source file, keyed by its path relative to ``source_dir``."""
    return {
        p.relative_to(source_dir).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(source_dir.rglob("*.csv"))
    }


def build(source_dir: Path, snapshots_dir: Path, edition: str) -> BuildResult:
    """Build the snapshot of ``edition`` from ``source_dir``; the previous snapshot survives any failure."""
    frames = build_frames(source_dir)
    # The units catalogue travels in the manifest: an import checks units against it without data/source.
    extra = {"sources": source_checksums(source_dir), "units": units_to_manifest(load_units(source_dir / "units.csv"))}
    with snapshot_lock(snapshots_dir):
        path = write_snapshot(snapshots_dir, edition, frames, extra)
    manifest = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
    discrepancies = frames["quality"].filter(pl.col("status") == "discrepancy").height
    return BuildResult(path, {k: v["rows"] for k, v in manifest["files"].items()}, discrepancies)
