"""``python -m esg build``: curated CSV sources -> validated, reconciled Parquet snapshot, written atomically."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from esg import schema as s
from esg.errors import DataError, Problem
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
GRI14_COLUMNS = ["code", "topic_zh", "topic_en", "gri_refs", "indicator_refs", "rule_zh", "rule_en"]
IFRS_S2_COLUMNS = [
    "code", "group_zh", "group_en", "metric_zh", "metric_en", "gri_refs", "indicator_refs", "rule_zh", "rule_en",
]  # fmt: skip
GRI14_GROUP = ("GRI 14：采矿业 2024", "GRI 14: Mining Sector 2024")
NOT_REPORTED = ("/", "not reported")
IN_TABLES = ("见所列指标的来源表格", "see the figures' source tables")


@dataclass(frozen=True)
class BuildResult:
    """What a build wrote."""

    path: Path
    row_counts: dict[str, int]
    discrepancies: int


def _check_indicator_refs(derived: pl.DataFrame, indicators: pl.DataFrame) -> None:
    """Every indicator a derived mapping names exists; else a :class:`DataError` naming the file, line and id."""
    known = set(indicators.get_column("indicator_id"))
    problems = [
        Problem(row["source_file"], row["source_line"], "indicator_refs", "an indicator_id of the indicators", ref)
        for row in derived.filter(pl.col("indicator_refs").is_not_null()).iter_rows(named=True)
        for ref in row["indicator_refs"].split(";")
        if ref not in known
    ]
    if problems:
        raise DataError(problems)


def _derived_locations(derived: pl.DataFrame, gri: pl.DataFrame, indicators: pl.DataFrame) -> pl.DataFrame:
    """Each derived code's location: what the report's GRI index gives (pages, or a statement) for its ``gri_refs``
    and for the GRI codes of the indicators it names; "in the tables" where it names figures the index gives no
    location for, else "/" (not reported)."""
    pages = gri.filter(~pl.col("location_zh").is_in([NOT_REPORTED[0], "不适用"])).select(
        pl.col("code").alias("ref"), "location_zh", "location_en"
    )
    codes_of = (
        indicators.filter(pl.col("gri").is_not_null())
        .select("indicator_id", pl.col("gri").str.split(";").alias("ref"))
        .explode("ref")
        .unique(maintain_order=True)
    )
    named = (
        derived.select("code", pl.col("indicator_refs").str.split(";").alias("indicator_id"))
        .explode("indicator_id")
        .join(codes_of, on="indicator_id")
        .select("code", "ref")
    )
    found = (
        pl.concat([derived.select("code", pl.col("gri_refs").str.split(";").alias("ref")).explode("ref"), named])
        .join(pages, on="ref", maintain_order="left")
        .group_by("code", maintain_order=True)
        .agg(
            pl.col("location_zh").unique(maintain_order=True).str.join("、"),
            pl.col("location_en").unique(maintain_order=True).str.join(", "),
        )
    )
    figures = pl.col("indicator_refs").is_not_null()
    return derived.join(found, on="code", how="left", maintain_order="left").with_columns(
        pl.col("location_zh").replace("", None).fill_null(pl.when(figures).then(pl.lit(IN_TABLES[0]))
                                                          .otherwise(pl.lit(NOT_REPORTED[0]))),
        pl.col("location_en").replace("", None).fill_null(pl.when(figures).then(pl.lit(IN_TABLES[1]))
                                                          .otherwise(pl.lit(NOT_REPORTED[1]))),
    )  # fmt: skip


def _derived(source_dir: Path, gri: pl.DataFrame, indicators: pl.DataFrame) -> pl.DataFrame:
    """The GRI 14 topics and IFRS S2 metrics, mapped by the dashboard (``basis`` ``derived``, with their rule)."""
    refs = ["gri_refs", "indicator_refs", "rule_zh", "rule_en", "source_file", "source_line"]
    gri14 = read_table(source_dir / "framework_gri14.csv", GRI14_COLUMNS).select(
        pl.lit("GRI14").alias("framework"),
        "code",
        pl.lit(GRI14_GROUP[0]).alias("group_zh"),
        pl.lit(GRI14_GROUP[1]).alias("group_en"),
        pl.col("topic_zh").alias("disclosure_zh"),
        pl.col("topic_en").alias("disclosure_en"),
        *refs,
    )
    s2 = read_table(source_dir / "framework_ifrs_s2.csv", IFRS_S2_COLUMNS).select(
        pl.lit("IFRS_S2").alias("framework"),
        "code",
        "group_zh",
        "group_en",
        pl.col("metric_zh").alias("disclosure_zh"),
        pl.col("metric_en").alias("disclosure_en"),
        *refs,
    )
    derived = pl.concat([gri14, s2])
    _check_indicator_refs(derived, indicators)
    return _derived_locations(derived, gri, indicators).with_columns(pl.lit("derived").alias("basis"))


def _frameworks(source_dir: Path, indicators: pl.DataFrame) -> pl.DataFrame:
    """The SSE and GRI content indices (``basis`` ``own``) and the GRI 14 and IFRS S2 mappings (``derived``) as one
    table keyed by code (``SSE-1`` .. ``SSE-21``, ``2-1`` .., ``14.1`` .., ``S2 29(a)(i)(1)`` ..)."""
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
    own = pl.concat([sse, gri]).with_columns(
        pl.lit("own").alias("basis"), *(pl.lit(None, pl.String).alias(c) for c in ("gri_refs", "indicator_refs",
                                                                                "rule_zh", "rule_en"))
    )  # fmt: skip
    derived = _derived(source_dir, gri, indicators)
    return validate_frame(s.FrameworkSchema, pl.concat([own, derived.select(own.columns)]))


def _directions(source_dir: Path, indicators: pl.DataFrame) -> pl.DataFrame:
    """``directions.csv``: ``higher_is_better`` per indicator (``true``/``false``), each id one of the indicators."""
    table = read_table(source_dir / "directions.csv", ["indicator_id", "higher_is_better"])
    known = set(indicators.get_column("indicator_id").to_list())
    problems = [
        Problem("directions.csv", line, "indicator_id", "an indicator_id of data/source/indicators", iid)
        for iid, line in table.select("indicator_id", "source_line").iter_rows()
        if iid not in known
    ]
    problems += [
        Problem("directions.csv", line, "higher_is_better", "true or false", str(flag or ""))
        for flag, line in table.select("higher_is_better", "source_line").iter_rows()
        if flag not in ("true", "false")
    ]
    if problems:
        raise DataError(problems)
    return validate_frame(
        s.DirectionSchema, table.with_columns(pl.col("higher_is_better") == "true").sort("indicator_id")
    )


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
        "directions": _directions(source_dir, indicators),
        "frameworks": _frameworks(source_dir, indicators),
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
