"""Snapshots on disk: atomic writing under a lock, listing editions, verifying against the manifest, lazy scanning."""

from __future__ import annotations

import datetime
import fcntl
import functools
import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any, Final

import polars as pl

from esg import schema as s
from esg.errors import DataError, Problem, SnapshotError, SnapshotProblem

MANIFEST = "manifest.json"
Manifest = dict[str, Any]  # the parsed manifest.json: edition, schema_version, files (name -> sha256, rows), ...
SNAPSHOT_TABLES = {
    "indicators": s.IndicatorSchema,
    "entities": s.EntitySchema,
    "materiality": s.MaterialitySchema,
    "risks": s.RiskSchema,
    "climate_risks": s.ClimateRiskSchema,
    "targets": s.TargetSchema,
    "directions": s.DirectionSchema,
    "frameworks": s.FrameworkSchema,
    "quality": s.QualitySchema,
}
LOCK_FILE = ".lock"
WITHDRAWN = "withdrawn.json"  # withdrawn editions: kept on disk, hidden
_STAGING_PREFIX = ".staging-"
_RETIRED_PREFIX = ".retired-"
# Test hook for the kill tests: ``<point>[:seconds]`` makes a writer print ``esg: paused at <point>`` to stderr and
# sleep there (points: ``writing`` after the first table, ``staged`` before any rename, ``retired`` after the old
# edition was moved aside).
PAUSE_ENV = "ESG_SNAPSHOT_PAUSE_AT"


_EDITION = re.compile(r"[0-9]{4}")  # ASCII digits only: \\d would take full-width and Arabic-Indic digits


def last_edition_year() -> int:
    """The newest edition year that can exist: next year (a report is published after its year ends)."""
    return datetime.date.today().year + 1


def edition_problem(edition: object) -> str:
    """Why ``edition`` is not an edition name (``""`` if it is one): four ASCII digits, a year from
    :data:`esg.schema.MIN_YEAR` to next year."""
    text = str(edition)
    if not _EDITION.fullmatch(text):
        return f"four ASCII digits such as 2025 (found {text!r})"
    if not s.MIN_YEAR <= int(text) <= last_edition_year():
        return f"an edition year from {s.MIN_YEAR} to {last_edition_year()} (found {text})"
    return ""


def check_edition(edition: object) -> str:
    """``edition`` if it is an edition name, else raise :class:`~esg.errors.DataError` saying what is expected."""
    problem = edition_problem(edition)
    if problem:
        raise DataError([Problem("--edition", None, None, problem)])
    return str(edition)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _pause(point: str) -> None:
    name, _, seconds = os.environ.get(PAUSE_ENV, "").partition(":")
    if name == point:
        print(f"esg: paused at {point}", file=sys.stderr, flush=True)
        time.sleep(float(seconds or 60))


@contextmanager
def snapshot_lock(snapshots_dir: Path, *, timeout: float = 5.0) -> Iterator[None]:
    """Hold the exclusive write lock of ``snapshots_dir`` (``.lock``, an ``flock``: the kernel releases it when the
    holder dies, so a killed writer never leaves a stale lock). Raise :class:`SnapshotError` after ``timeout`` s."""
    snapshots_dir.mkdir(parents=True, exist_ok=True)
    with open(snapshots_dir / LOCK_FILE, "a+b") as handle:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise SnapshotError(
                        f"{snapshots_dir}: another import or build is writing snapshots right now "
                        f"({LOCK_FILE} is locked); try again when it has finished"
                    ) from None
                time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _has_traces(snapshots_dir: Path) -> bool:
    return any(p.name.startswith((_STAGING_PREFIX, _RETIRED_PREFIX)) for p in snapshots_dir.iterdir())


def _recover(snapshots_dir: Path) -> None:
    """Put back a retired edition whose replacement never arrived; drop half-written staging dirs (lock held)."""
    for retired in snapshots_dir.glob(f"{_RETIRED_PREFIX}*"):
        edition = retired.name.removeprefix(_RETIRED_PREFIX).rsplit("-", 1)[0]
        target = snapshots_dir / edition
        if target.exists():
            shutil.rmtree(retired)
        else:
            retired.rename(target)
    for staging in snapshots_dir.glob(f"{_STAGING_PREFIX}*"):
        shutil.rmtree(staging, ignore_errors=True)


def recover_interrupted(snapshots_dir: Path) -> None:
    """Undo the traces of a write that was killed: put back a retired edition, drop half-written staging dirs.

    Does nothing while a writer holds the lock (its staging directory is work in progress, not debris).
    """
    if not snapshots_dir.is_dir() or not _has_traces(snapshots_dir):
        return
    try:
        with snapshot_lock(snapshots_dir, timeout=0):
            _recover(snapshots_dir)
    except (SnapshotError, OSError):
        return


def write_snapshot(
    snapshots_dir: Path, edition: str, frames: dict[str, pl.DataFrame], extra: Mapping[str, object]
) -> Path:
    """Write ``frames`` as ``snapshots_dir/edition`` atomically; return the snapshot's path.

    The caller holds :func:`snapshot_lock`. Files go to a staging directory first and are fsynced; the previous
    edition directory is renamed aside, the staging directory renamed into place, and only then the old one removed.
    A process killed at any point leaves either the old or the new snapshot complete (:func:`recover_interrupted`
    finishes the job on the next start). Writing identical frames twice gives byte-identical files.
    """
    check_edition(edition)
    snapshots_dir.mkdir(parents=True, exist_ok=True)
    _recover(snapshots_dir)
    staging = Path(tempfile.mkdtemp(prefix=f"{_STAGING_PREFIX}{edition}-", dir=snapshots_dir))
    try:
        files = {}
        for name, frame in frames.items():
            path = staging / f"{name}.parquet"
            frame.write_parquet(path, compression="zstd", statistics=False)
            files[name] = {"file": path.name, "rows": frame.height, "sha256": _sha256(path)}
            _pause("writing")
        manifest = {"edition": edition, "schema_version": s.SCHEMA_VERSION, "files": files, **extra}
        (staging / MANIFEST).write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
        )
        for path in staging.iterdir():
            with path.open("rb") as handle:
                os.fsync(handle.fileno())
        os.chmod(staging, 0o755)
        _fsync_dir(staging)
        _pause("staged")
        target = snapshots_dir / edition
        retired = snapshots_dir / f"{_RETIRED_PREFIX}{edition}-{os.getpid()}"
        if target.exists():
            target.rename(retired)
            _pause("retired")
        staging.rename(target)
        _fsync_dir(snapshots_dir)
        shutil.rmtree(retired, ignore_errors=True)
        return target
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        _recover(snapshots_dir)
        raise


def list_editions(snapshots_dir: Path) -> list[str]:
    """Editions that have a manifest and are not withdrawn, oldest first (a directory whose name is not an edition
    year is not one)."""
    if not snapshots_dir.is_dir():
        return []
    hidden = set(withdrawals(snapshots_dir))
    return sorted(
        p.name
        for p in snapshots_dir.iterdir()
        if not edition_problem(p.name) and p.name not in hidden and (p / MANIFEST).is_file()
    )


def withdrawals(snapshots_dir: Path) -> dict[str, dict[str, str]]:
    """The withdrawn editions (kept on disk, hidden from the app and from imports): edition -> reason and when."""
    try:
        record = json.loads((snapshots_dir / WITHDRAWN).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    return {str(k): v for k, v in record.items() if isinstance(v, dict)} if isinstance(record, dict) else {}


def withdraw_edition(snapshots_dir: Path, edition: str, reason: str) -> None:
    """Withdraw ``edition``: its snapshot stays on disk untouched, the app and imports no longer see it, and the
    withdrawal (reason, time) is recorded in ``withdrawn.json`` (written atomically under the snapshots lock)."""
    if not reason.strip():
        raise DataError([Problem("--reason", None, None, "the reason for withdrawing the edition")])
    with snapshot_lock(snapshots_dir):
        if edition not in list_editions(snapshots_dir):
            raise DataError([Problem("edition", None, None, "an edition shown now", edition)])
        record = withdrawals(snapshots_dir)
        record[edition] = {"reason": reason.strip(), "at": datetime.datetime.now(datetime.UTC).isoformat()}
        tmp = snapshots_dir / f".{WITHDRAWN}.tmp"
        tmp.write_text(json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        tmp.replace(snapshots_dir / WITHDRAWN)


def read_manifest(snapshot: Path) -> Manifest:
    """The manifest of a snapshot directory."""
    try:
        manifest = json.loads((snapshot / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as exc:  # RecursionError: a manifest nested thousands deep
        problem = SnapshotProblem("manifest", MANIFEST, f"{MANIFEST} cannot be read ({type(exc).__name__})")
        raise SnapshotError(f"snapshot {snapshot.name}: {problem.detail}", [problem]) from exc
    if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), dict):
        problem = SnapshotProblem("manifest", MANIFEST, f"{MANIFEST} does not list the snapshot's files")
        raise SnapshotError(f"snapshot {snapshot.name}: {problem.detail}", [problem])
    return manifest


@functools.cache
def table_schema(name: str) -> dict[str, pl.DataType]:
    """The Polars column types of snapshot table ``name`` as the data contract defines them."""
    return dict(SNAPSHOT_TABLES[name].create_empty().schema)


def _check_table(snapshot: Path, name: str, entry: object) -> SnapshotProblem | None:
    file = f"{name}.parquet"
    path = snapshot / file
    if not isinstance(entry, dict) or not path.is_file():
        return SnapshotProblem("missing", file, f"{file} is missing")
    try:
        digest = _sha256(path)
    except OSError as exc:  # no read permission, an I/O error
        return SnapshotProblem("corrupt", file, f"{file} cannot be read ({type(exc).__name__})")
    if digest != entry.get("sha256"):
        return SnapshotProblem("checksum", file, f"{file} does not match the checksum in the manifest")
    try:
        found = dict(pl.read_parquet(path).schema)
    except Exception as exc:  # any decoding failure means the same thing: the file is corrupt
        return SnapshotProblem("corrupt", file, f"{file} cannot be read ({type(exc).__name__})")
    expected = table_schema(name)
    if found != expected:
        wrong = [c for c in expected if found.get(c) != expected[c]] + [c for c in found if c not in expected]
        return SnapshotProblem("schema", file, f"{file} does not have the expected columns and types ({wrong})")
    return None


def verify_snapshot(snapshot: Path) -> Manifest:
    """Check every file of a snapshot against its manifest (checksums), read it whole (corruption) and compare its
    columns and types with the data contract; return the manifest or raise :class:`SnapshotError` listing every
    :class:`SnapshotProblem`."""
    if not snapshot.is_dir():
        problem = SnapshotProblem("missing", snapshot.name, f"the directory {snapshot.name} is missing")
        raise SnapshotError(f"snapshot {snapshot.name}: {problem.detail}", [problem])
    manifest = read_manifest(snapshot)
    problems: list[SnapshotProblem] = []
    if str(manifest.get("edition")) != snapshot.name:
        problems.append(
            SnapshotProblem("manifest", MANIFEST, f"{MANIFEST} describes edition {manifest.get('edition')!r}")
        )
    if manifest.get("schema_version") != s.SCHEMA_VERSION:
        problems.append(
            SnapshotProblem(
                "schema",
                MANIFEST,
                f"schema version {manifest.get('schema_version')!r}, expected {s.SCHEMA_VERSION}",
            )
        )
    for name in SNAPSHOT_TABLES:
        table_problem = _check_table(snapshot, name, manifest["files"].get(name))
        if table_problem is not None:
            problems.append(table_problem)
    if problems:
        raise SnapshotError(f"snapshot {snapshot.name}: " + "; ".join(p.detail for p in problems), problems)
    return manifest


def read_snapshot(snapshot: Path) -> dict[str, pl.DataFrame]:
    """Every table of a verified snapshot, read whole."""
    verify_snapshot(snapshot)
    return {name: pl.read_parquet(snapshot / f"{name}.parquet") for name in SNAPSHOT_TABLES}


# The engine the queries collect with. A snapshot is one report's figures (about a thousand rows a table), where the
# streaming engine that Polars' default ("auto") picks spends longer starting than answering: the in-memory engine
# answers the same query in a fifth to a half of the time.
QUERY_ENGINE: Final = "in-memory"


def scan_table(snapshot: Path, name: str) -> pl.LazyFrame:
    """A lazy scan of one table of a snapshot (from memory inside :func:`tables_in_memory` of that snapshot)."""
    if name not in SNAPSHOT_TABLES:
        raise KeyError(name)
    frames = _frames_in_memory(snapshot)
    if frames is None:
        return pl.scan_parquet(snapshot / f"{name}.parquet")
    if name not in frames:
        frames[name] = pl.read_parquet(snapshot / f"{name}.parquet")
    return frames[name].lazy()


def derived_table(snapshot: Path, name: str, make: Callable[[], pl.LazyFrame]) -> pl.LazyFrame:
    """``make()``, a frame computed from the snapshot's tables: inside :func:`tables_in_memory` of that snapshot
    computed once and kept beside the tables (``name`` names it there), elsewhere the lazy frame itself."""
    frames = _frames_in_memory(snapshot)
    if frames is None:
        return make()
    key = f"derived:{name}"
    if key not in frames:
        frames[key] = make().collect(engine=QUERY_ENGINE)
    return frames[key].lazy()


# The snapshot whose tables scan_table serves from memory in this context, and the tables read so far.
_IN_MEMORY: ContextVar[tuple[Path, dict[str, pl.DataFrame]] | None] = ContextVar("tables_in_memory", default=None)


def _frames_in_memory(snapshot: Path) -> dict[str, pl.DataFrame] | None:
    """The frames kept in memory for ``snapshot`` in this context, ``None`` outside its :func:`tables_in_memory`."""
    memory = _IN_MEMORY.get()
    return memory[1] if memory is not None and memory[0] == snapshot else None


@contextmanager
def tables_in_memory(snapshot: Path, frames: dict[str, pl.DataFrame]) -> Iterator[None]:
    """Within the block, :func:`scan_table` of ``snapshot`` reads each table once into ``frames`` and scans it there:
    many small queries in a row (one deck build) open each file once instead of once a query."""
    token = _IN_MEMORY.set((snapshot, frames))
    try:
        yield
    finally:
        _IN_MEMORY.reset(token)
