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
from esg.paths import SNAPSHOTS_DIR
from esg.snapshot import list_editions, recover_interrupted, verify_snapshot

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EditionStatus:
    """Whether an edition's snapshot can be used, and why not."""

    edition: str
    ok: bool
    problem: str = ""


@st.cache_data(max_entries=4, show_spinner=False, ttl=60)
def edition_statuses(snapshots_dir: str = str(SNAPSHOTS_DIR)) -> list[EditionStatus]:
    """Every edition on disk, newest first, each verified against its manifest (re-checked every minute)."""
    root = Path(snapshots_dir)
    recover_interrupted(root)
    statuses = []
    for edition in reversed(list_editions(root)):
        try:
            verify_snapshot(root / edition)
            statuses.append(EditionStatus(edition, True))
        except SnapshotError as exc:
            log.error("snapshot %s is unusable: %s", edition, exc)
            statuses.append(EditionStatus(edition, False, str(exc)))
    return statuses


def snapshot_dir(edition: str) -> Path:
    """The directory of an edition's snapshot."""
    return SNAPSHOTS_DIR / edition


@st.cache_data(max_entries=512, show_spinner=False)
def _cached(name: str, edition: str, params: tuple[tuple[str, Any], ...]) -> Any:
    return queries.run(name, snapshot_dir(edition), **dict(params))


def query(name: str, edition: str, **params: Any) -> Any:
    """Run (or fetch from the cache) query ``name`` for ``edition``; ``params`` must be hashable plain values."""
    return _cached(name, edition, tuple(sorted(params.items())))
