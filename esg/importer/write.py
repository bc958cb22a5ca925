"""Writing an import: the whole file checked, then (unless a dry run) the new edition written atomically under the
snapshots lock, with the previous edition's other tables unchanged; earlier editions are never touched."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Unpack

from esg.errors import DataError, Problem
from esg.importer.layout import MAX_IMPORT_BYTES
from esg.importer.plan import ImportPlan, PlanOptions, plan_import
from esg.importer.read import read_import_bytes
from esg.importer.reference import load_reference
from esg.snapshot import snapshot_lock, write_snapshot

CONFIRM_HELP = "a figure checked by a person (confirm with --confirm, or the Update data page's confirmation)"


class ImportOptions(PlanOptions, total=False):
    """What :func:`import_bytes` and :func:`import_file` take beside the file (as keywords): ``dry_run`` (check and
    write nothing), how long to wait for the snapshots lock (``lock_timeout``, seconds), and :class:`PlanOptions`."""

    dry_run: bool
    lock_timeout: float
    confirmed: bool


def import_bytes(
    data: bytes,
    name: str,
    snapshots_dir: Path,
    edition: str,
    *,
    dry_run: bool = False,
    lock_timeout: float = 5.0,
    confirmed: bool = False,
    **options: Unpack[PlanOptions],
) -> ImportPlan:
    """Validate ``data`` completely, then (unless ``dry_run``) write ``snapshots_dir/edition`` atomically under the
    snapshots lock. Any problem raises before a byte is written; earlier editions are never touched."""
    plan = plan_import(data, name, snapshots_dir, edition, **options)
    if dry_run:
        return plan
    if plan.confirm and not confirmed:
        raise DataError([Problem(name, None, None, CONFIRM_HELP, line) for line in plan.confirm])
    with snapshot_lock(snapshots_dir, timeout=lock_timeout):
        # Again under the lock: another writer may have changed the editions since the first check.
        plan = plan_import(data, name, snapshots_dir, edition, **options)
        ref = load_reference(snapshots_dir, plan.base)
        quality = plan.quality if plan.quality is not None else ref.frames["quality"]
        frames = {**ref.frames, "indicators": plan.indicators, "quality": quality}
        extra = {
            "based_on": plan.base,
            "import": {
                "file": name,
                "sha256": plan.sha256,
                "rows": plan.rows,
                **plan.counts(),
                **({"removal_reason": options["removal_reason"]} if options.get("removal_reason") else {}),
                **({"carried_forward": True} if options.get("carry_forward") else {}),
            },
            "units": ref.manifest_units,
        }
        path = write_snapshot(snapshots_dir, edition, frames, extra)
    return dataclasses.replace(plan, written=path)


def import_file(path: Path, snapshots_dir: Path, edition: str, **options: Unpack[ImportOptions]) -> ImportPlan:
    """:func:`import_bytes` of a file on disk (size checked before it is read)."""
    data = read_import_bytes(path, max_bytes=options.get("max_bytes", MAX_IMPORT_BYTES))
    return import_bytes(data, path.name, snapshots_dir, edition, **options)
