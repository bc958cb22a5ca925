"""Writing an import: the whole file checked, then (unless a dry run) the new edition written atomically under the
snapshots lock, with the previous edition's other tables unchanged; earlier editions are never touched."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from esg.importer.layout import MAX_IMPORT_BYTES
from esg.importer.plan import ImportPlan, plan_import
from esg.importer.read import read_import_bytes
from esg.importer.reference import load_reference
from esg.snapshot import snapshot_lock, write_snapshot


def import_bytes(
    data: bytes,
    name: str,
    snapshots_dir: Path,
    edition: str,
    *,
    dry_run: bool = False,
    replace: bool = False,
    max_bytes: int = MAX_IMPORT_BYTES,
    lock_timeout: float = 5.0,
) -> ImportPlan:
    """Validate ``data`` completely, then (unless ``dry_run``) write ``snapshots_dir/edition`` atomically under the
    snapshots lock. Any problem raises before a byte is written; earlier editions are never touched."""
    plan = plan_import(data, name, snapshots_dir, edition, replace=replace, max_bytes=max_bytes)
    if dry_run:
        return plan
    with snapshot_lock(snapshots_dir, timeout=lock_timeout):
        # Again under the lock: another writer may have changed the editions since the first check.
        plan = plan_import(data, name, snapshots_dir, edition, replace=replace, max_bytes=max_bytes)
        ref = load_reference(snapshots_dir, plan.base)
        frames = {**ref.frames, "indicators": plan.indicators}
        extra = {
            "based_on": plan.base,
            "import": {"file": name, "sha256": plan.sha256, "rows": plan.rows, **plan.counts()},
            "units": ref.manifest_units,
        }
        path = write_snapshot(snapshots_dir, edition, frames, extra)
    return dataclasses.replace(plan, written=path)


def import_file(
    path: Path,
    snapshots_dir: Path,
    edition: str,
    *,
    dry_run: bool = False,
    replace: bool = False,
    max_bytes: int = MAX_IMPORT_BYTES,
    lock_timeout: float = 5.0,
) -> ImportPlan:
    """:func:`import_bytes` of a file on disk (size checked before it is read)."""
    data = read_import_bytes(path, max_bytes=max_bytes)
    return import_bytes(
        data,
        path.name,
        snapshots_dir,
        edition,
        dry_run=dry_run,
        replace=replace,
        max_bytes=max_bytes,
        lock_timeout=lock_timeout,
    )
