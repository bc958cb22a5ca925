"""The one caching module: cached queries keyed on simple values, and the choice of a usable snapshot edition.

Frames are never passed into cached functions (Streamlit hashes Polars frames from a few rows only, see
``shared/STREAMLIT_NOTES.md``): callers pass the edition and plain filter values; results are small collected frames.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import streamlit as st

from esg import queries
from esg.errors import SnapshotError
from esg.paths import snapshots_root
from esg.snapshot import MANIFEST, list_editions, recover_interrupted, verify_snapshot

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EditionStatus:
    """Whether an edition's snapshot can be used, and why not."""

    edition: str
    ok: bool
    problem: str = ""
    # (kind, file) of each problem: kind is one of missing, manifest, checksum, corrupt, schema (SnapshotProblem).
    problems: tuple[tuple[str, str], ...] = ()


@st.cache_data(max_entries=4, show_spinner=False, ttl=60)
def _edition_statuses(snapshots_dir: str) -> list[EditionStatus]:
    root = Path(snapshots_dir)
    recover_interrupted(root)
    statuses = []
    for edition in reversed(list_editions(root)):
        try:
            verify_snapshot(root / edition)
            statuses.append(EditionStatus(edition, True))
        except SnapshotError as exc:
            log.error("snapshot %s is unusable: %s", edition, exc)
            found = tuple((p.kind, p.file) for p in exc.problems)
            statuses.append(EditionStatus(edition, False, str(exc), found))
    return statuses


def edition_statuses(snapshots_dir: str | None = None) -> list[EditionStatus]:
    """Every edition on disk, newest first, each verified against its manifest (re-checked every minute)."""
    return _edition_statuses(snapshots_dir or str(snapshots_root()))


def snapshot_dir(edition: str) -> Path:
    """The directory of an edition's snapshot (under ``$ESG_SNAPSHOTS_DIR`` when set, else ``data/snapshots``)."""
    return snapshots_root() / edition


@st.cache_data(max_entries=512, show_spinner=False)
def _cached(name: str, root: str, edition: str, version: int, params: tuple[tuple[str, Any], ...]) -> Any:
    return queries.run(name, Path(root) / edition, **dict(params))


def _version(snapshot: Path) -> int:
    """When the snapshot was written (its manifest's mtime): a re-imported edition is never served from the cache."""
    try:
        return (snapshot / MANIFEST).stat().st_mtime_ns
    except OSError:
        return 0


def query(name: str, edition: str, **params: Any) -> Any:
    """Run (or fetch from the cache) query ``name`` for ``edition``; ``params`` must be hashable plain values."""
    root = snapshots_root()
    return _cached(name, str(root), edition, _version(root / edition), tuple(sorted(params.items())))


def clear_caches() -> None:
    """Forget every cached edition check and query result (after new data was written)."""
    _edition_statuses.clear()
    _cached.clear()
