"""Snapshots on disk: atomic writing, listing editions, verifying against the manifest, lazy scanning."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

import polars as pl

from esg import schema as s
from esg.errors import SnapshotError

MANIFEST = "manifest.json"
SNAPSHOT_TABLES = {
    "indicators": s.IndicatorSchema,
    "entities": s.EntitySchema,
    "materiality": s.MaterialitySchema,
    "risks": s.RiskSchema,
    "climate_risks": s.ClimateRiskSchema,
    "targets": s.TargetSchema,
    "frameworks": s.FrameworkSchema,
    "quality": s.QualitySchema,
}
_STAGING_PREFIX = ".staging-"
_RETIRED_PREFIX = ".retired-"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def recover_interrupted(snapshots_dir: Path) -> None:
    """Undo the traces of a write that was killed: put back a retired edition, drop half-written staging dirs."""
    if not snapshots_dir.is_dir():
        return
    for retired in snapshots_dir.glob(f"{_RETIRED_PREFIX}*"):
        edition = retired.name.removeprefix(_RETIRED_PREFIX).rsplit("-", 1)[0]
        target = snapshots_dir / edition
        if target.exists():
            shutil.rmtree(retired)
        else:
            retired.rename(target)
    for staging in snapshots_dir.glob(f"{_STAGING_PREFIX}*"):
        shutil.rmtree(staging, ignore_errors=True)


def write_snapshot(snapshots_dir: Path, edition: str, frames: dict[str, pl.DataFrame], extra: dict) -> Path:
    """Write ``frames`` as ``snapshots_dir/edition`` atomically; return the snapshot's path.

    Files go to a staging directory first and are fsynced; the previous edition directory is renamed aside, the
    staging directory renamed into place, and only then the old one removed. A process killed at any point leaves
    either the old or the new snapshot complete (:func:`recover_interrupted` finishes the job on the next start).
    Writing identical frames twice gives byte-identical files (no timestamps anywhere).
    """
    snapshots_dir.mkdir(parents=True, exist_ok=True)
    recover_interrupted(snapshots_dir)
    staging = Path(tempfile.mkdtemp(prefix=f"{_STAGING_PREFIX}{edition}-", dir=snapshots_dir))
    try:
        files = {}
        for name, frame in frames.items():
            path = staging / f"{name}.parquet"
            frame.write_parquet(path, compression="zstd", statistics=False)
            files[name] = {"file": path.name, "rows": frame.height, "sha256": _sha256(path)}
        manifest = {"edition": edition, "schema_version": s.SCHEMA_VERSION, "files": files, **extra}
        (staging / MANIFEST).write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
        )
        for path in staging.iterdir():
            with path.open("rb") as handle:
                os.fsync(handle.fileno())
        os.chmod(staging, 0o755)
        _fsync_dir(staging)
        target = snapshots_dir / edition
        retired = snapshots_dir / f"{_RETIRED_PREFIX}{edition}-{os.getpid()}"
        if target.exists():
            target.rename(retired)
        staging.rename(target)
        _fsync_dir(snapshots_dir)
        shutil.rmtree(retired, ignore_errors=True)
        return target
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        recover_interrupted(snapshots_dir)
        raise


def list_editions(snapshots_dir: Path) -> list[str]:
    """Editions that have a manifest, oldest first."""
    if not snapshots_dir.is_dir():
        return []
    return sorted(p.name for p in snapshots_dir.iterdir() if not p.name.startswith(".") and (p / MANIFEST).is_file())


def read_manifest(snapshot: Path) -> dict:
    """The manifest of a snapshot directory."""
    try:
        return json.loads((snapshot / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SnapshotError(f"{snapshot.name}/{MANIFEST}: cannot be read ({exc})") from exc


def verify_snapshot(snapshot: Path) -> dict:
    """Check every file of a snapshot against its manifest and schema; return the manifest or raise SnapshotError."""
    manifest = read_manifest(snapshot)
    problems = []
    for name, schema in SNAPSHOT_TABLES.items():
        entry = manifest.get("files", {}).get(name)
        path = snapshot / f"{name}.parquet"
        if entry is None or not path.is_file():
            problems.append(f"{name}.parquet is missing")
            continue
        if _sha256(path) != entry["sha256"]:
            problems.append(f"{name}.parquet does not match the checksum in the manifest")
            continue
        try:
            found = pl.read_parquet_schema(path)
        except Exception as exc:
            problems.append(f"{name}.parquet cannot be read ({type(exc).__name__})")
            continue
        if list(found) != list(schema.columns()):
            problems.append(f"{name}.parquet has columns {list(found)}, expected {list(schema.columns())}")
    if problems:
        raise SnapshotError(f"snapshot {snapshot.name}: " + "; ".join(problems))
    return manifest


def scan_table(snapshot: Path, name: str) -> pl.LazyFrame:
    """A lazy scan of one table of a snapshot."""
    if name not in SNAPSHOT_TABLES:
        raise KeyError(name)
    return pl.scan_parquet(snapshot / f"{name}.parquet")
