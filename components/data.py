"""The one caching module: cached queries keyed on simple values, and the choice of a usable snapshot edition.

Frames are never passed into cached functions (Streamlit hashes Polars frames from a few rows only, see
``shared/STREAMLIT_NOTES.md``): callers pass the edition and plain filter values; results are small collected frames.
"""

from __future__ import annotations

import gc
import logging
import os
import pickle
import sys
import threading
import time
import types
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl
import pyarrow as pa

from components.elements import Context, build
from esg import queries
from esg.errors import SnapshotError
from esg.paths import snapshots_root
from esg.queries import frozen
from esg.snapshot import MANIFEST, WITHDRAWN, list_editions, recover_interrupted, verify_snapshot

if TYPE_CHECKING:
    from esg.filters import Filters
    from esg.views.model import Element

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EditionStatus:
    """Whether an edition's snapshot can be used, and why not."""

    edition: str
    ok: bool
    problem: str = ""
    # (kind, file) of each problem: kind is one of missing, manifest, checksum, corrupt, schema (SnapshotProblem).
    problems: tuple[tuple[str, str], ...] = ()


STATUS_TTL_S = 60.0
_statuses: dict[str, tuple[float, tuple[object, ...], tuple[EditionStatus, ...]]] = {}
_statuses_lock = threading.Lock()


def _check_editions(root: Path) -> tuple[EditionStatus, ...]:
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
    return tuple(statuses)


def _stamp(root: str, editions: tuple[str, ...]) -> tuple[object, ...]:
    """What changes when an edition appears, goes, is withdrawn or rewritten: the directory's, the withdrawals' and
    each manifest's modification times (a few ``stat`` calls: checked on every run, so no session is sent to an
    edition removed by hand or by a killed writer)."""
    stamps: list[object] = []
    for path in (root, os.path.join(root, WITHDRAWN), *(os.path.join(root, e, MANIFEST) for e in editions)):
        try:
            stamps.append(os.stat(path).st_mtime_ns)
        except OSError:
            stamps.append(None)
    return tuple(stamps)


def edition_statuses(snapshots_dir: str | None = None) -> tuple[EditionStatus, ...]:
    """Every edition on disk, newest first, each verified against its manifest (re-checked every minute, and at once
    when an edition appears, disappears, is withdrawn or rewritten)."""
    root = snapshots_dir or str(snapshots_root())
    now = time.monotonic()
    with _statuses_lock:
        checked = _statuses.get(root)
    fresh = checked is not None and now - checked[0] < STATUS_TTL_S
    if checked is not None and fresh and _stamp(root, tuple(s.edition for s in checked[2])) == checked[1]:
        return checked[2]
    statuses = _check_editions(Path(root))
    stamp = _stamp(root, tuple(s.edition for s in statuses))
    with _statuses_lock:
        _statuses[root] = (now, stamp, statuses)
    return statuses


def snapshot_dir(edition: str) -> Path:
    """The directory of an edition's snapshot (under ``$ESG_SNAPSHOTS_DIR`` when set, else ``data/snapshots``)."""
    return snapshots_root() / edition


class _Results:
    """Query results keyed on plain values (name, snapshots dir, edition, snapshot version, sorted params), stored
    pickled so that every caller gets its own copy, as with ``st.cache_data``, and bounded (least recently used out).

    ``st.cache_data`` hashes a function's arguments through Streamlit's hasher on every call, about 1 ms a lookup; a
    page making 30 queries spent more on looking results up than on rendering them. Here a lookup is a dict access
    and an unpickle (about 0.1 ms). Thread-safe: sessions run their scripts in threads of one process.
    """

    def __init__(self, max_entries: int) -> None:
        self._max_entries = max_entries
        self._entries: OrderedDict[tuple, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def get_or_run(self, key: tuple, run: Callable[[], Any]) -> Any:
        """The cached result for ``key`` (a copy), or ``run()``'s result, which is cached."""
        with self._lock:
            blob = self._entries.get(key)
            if blob is not None:
                self._entries.move_to_end(key)
        if blob is not None:
            return pickle.loads(blob)
        value = run()
        blob = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        with self._lock:
            self._entries[key] = blob
            self._entries.move_to_end(key)
            while len(self._entries) > self._max_entries:
                self._entries.popitem(last=False)
        return value

    def clear(self) -> None:
        """Forget every result."""
        with self._lock:
            self._entries.clear()


# The process's caches, shared by every session. Plain module globals, not ``st.cache_resource``: reaching a
# cache_resource value costs about 0.1 ms of Streamlit's bookkeeping, and a page looks its elements up dozens of times.
_RESULTS = _Results(max_entries=512)


def _edition_key(edition: str) -> tuple[str, str, int]:
    """The snapshots directory, the edition and when its snapshot was written (its manifest's mtime: a re-imported
    edition is never served from the cache; an import in this process also clears the caches at once). A ``stat`` of
    a string path costs about 3 µs (through ``pathlib`` about 20 µs: every element lookup pays it)."""
    root = str(snapshots_root())
    try:
        version = os.stat(os.path.join(root, edition, MANIFEST)).st_mtime_ns
    except OSError:
        version = 0
    return root, edition, version


def edition_key(edition: str) -> tuple[str, str, int]:
    """The key that changes when ``edition``'s snapshot is rewritten (snapshots directory, edition, manifest mtime)."""
    return _edition_key(edition)


def query(name: str, edition: str, **params: Any) -> Any:
    """Run (or fetch from the cache) query ``name`` for ``edition``; ``params`` are plain values (numbers, strings,
    ``None``, and lists, tuples, sets or dicts of them)."""
    key = (name, *_edition_key(edition), frozen(params))
    return _RESULTS.get_or_run(key, lambda: queries.run(name, snapshots_root() / edition, **params))


# Objects a cached value refers to but does not own: classes, modules and functions are shared by the process.
_NOT_OWNED = (type, types.ModuleType, types.FunctionType, types.BuiltinFunctionType, types.MethodType)


def deep_size(value: Any) -> int:
    """The bytes ``value`` holds: ``sys.getsizeof`` of every object reachable from it (each counted once), Plotly
    figures, Arrow tables and Polars frames included (their buffers by their own size); classes, modules and
    functions are not counted (the process shares them)."""
    seen: set[int] = set()
    size = 0
    todo = [value]
    while todo:
        found = []
        for obj in todo:
            if isinstance(obj, _NOT_OWNED) or id(obj) in seen:
                continue
            seen.add(id(obj))
            if isinstance(obj, pa.Table):
                size += obj.nbytes
            elif isinstance(obj, pl.DataFrame):
                size += obj.estimated_size()
            else:
                size += sys.getsizeof(obj)
                found.append(obj)
        todo = gc.get_referents(*found)
    return size


class _Shared:
    """Built objects keyed on plain values, shared (not copied) and bounded by entries and by their weight (least
    recently used out): downloads and tables built for every search text cannot fill the memory."""

    def __init__(self, max_entries: int, max_bytes: int) -> None:
        self._max_entries = max_entries
        self._max_bytes = max_bytes
        self._entries: OrderedDict[tuple, tuple[Any, int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get_or_build(self, key: tuple, build: Callable[[], Any]) -> Any:
        """The object built for ``key``, building (and keeping) it on the first call."""
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
                return found[0]
        value = build()
        weight = deep_size(value)
        with self._lock:
            if key not in self._entries:
                self._entries[key] = (value, weight)
                self._bytes += weight
            while len(self._entries) > 1 and (len(self._entries) > self._max_entries or self._bytes > self._max_bytes):
                _, (_, dropped) = self._entries.popitem(last=False)
                self._bytes -= dropped
        return value

    def clear(self) -> None:
        """Forget every object."""
        with self._lock:
            self._entries.clear()
            self._bytes = 0


_SHARED = _Shared(max_entries=4096, max_bytes=256 * 1024 * 1024)


def shared(key: tuple, edition: str, build: Callable[[], Any]) -> Any:
    """What ``build()`` returns for ``key`` (plain values) and ``edition``, built once per process and then shared by
    every session, never copied: for figures and tables that nobody changes after building (``st.plotly_chart`` only
    reads a figure), so a warm rerun skips building them (see :func:`element`)."""
    return _SHARED.get_or_build((*_edition_key(edition), frozen(key)), build)


def filter_options(edition: str) -> dict:
    """The edition's years and entities for the global filters (shared, read-only: do not mutate)."""
    return shared(("common.filter_options",), edition, lambda: query("common.filter_options", edition))


def disclosed(edition: str) -> frozenset:
    """Every figure the edition discloses as ``(indicator_id, entity, segment)`` (``esg.scope``; shared, read-only)."""
    return shared(("scope.disclosed",), edition, lambda: query("scope.disclosed", edition))  # type: ignore[no-any-return]


def entity_name(filters: Filters) -> str:
    """The short name of the entity filter's entity in the filters' language."""
    found = next((e for e in filter_options(filters.edition)["entities"] if e["entity_id"] == filters.entity), None)
    if found is None:
        return filters.entity
    return found["short_en"] if filters.lang == "en" else found["short_zh"]


def element(view: str, definition: Element, filters: Filters, choices: tuple[tuple[str, object], ...] = ()) -> Any:
    """What ``definition`` (an element of ``view``) shows under ``filters`` and the view's control values, built once
    per process (``components.elements.build``) and shared by every session: never mutate it. The key is the
    definition itself, the edition's version, the language and only the filters and controls the element reads."""
    ctx = Context(view, filters, lambda name, **params: query(name, filters.edition, **params), choices)
    applied = frozen(ctx.applied(definition))  # a multiselect's choice is a list
    key = (*_edition_key(filters.edition), "element", view, definition, filters.lang, applied)
    return _SHARED.get_or_build(key, lambda: build(definition, ctx))


def clear_caches() -> None:
    """Forget every cached edition check, query result and built element (after new data was written, or on
    Streamlit's "Clear caches")."""
    with _statuses_lock:
        _statuses.clear()
    _RESULTS.clear()
    _SHARED.clear()
