"""Page reruns against their floor, where a rerun's time goes, and what a filter change sends.

For every view: open it through the router (AppTest), warm it up, record its floor (:mod:`perf.floor`), then
alternate timed reruns of the view and of its floor (alternating keeps background load from favouring one side);
``rerun_ms`` and ``floor_ms`` are the medians of the script times. A sampled rerun attributes the script time to
rendering, data access, figure building, transforms and the rest. Last, the year filter is moved one year back and the
messages of that rerun are compared with the previous run's: an unchanged element of at least
``global.minCachedMessageSize`` (10 kB) reaches a browser that already holds it as a reference only.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from streamlit.testing.v1 import AppTest

from perf.apptest import Recorder, check, instrumented, open_view, timed_rerun
from perf.common import ROOT, median, ratio
from perf.floor import floor_script, record

REF_BYTES = 60  # a reference message: hash and metadata
CATEGORIES = ("render", "data", "figures", "transforms", "other")


def _category(filename: str, function: str) -> str | None:
    """The category a frame decides, or None when it does not decide (walked from the outermost frame inward)."""
    path = filename.replace("\\", "/")
    if "/streamlit/elements/" in path or "/streamlit/delta_generator" in path:
        return "render"
    if path.endswith("components/data.py") or "/streamlit/runtime/caching/" in path:
        return "data"
    if (
        "/plotly/" in path
        or "/_plotly_utils/" in path
        or (Path(path).stem.endswith("charts") and "/components/" in path)
        or path.endswith("components/elements.py")
        or "/components/kinds/" in path
    ):
        return "figures"
    if "/polars/" in path or "/esg/" in path or path.endswith("components/tables.py"):
        return "transforms"
    return None


@contextmanager
def sampled(interval_s: float = 0.001) -> Iterator[Counter]:
    """Sample the stacks of every Streamlit script thread while inside; count samples per category."""
    counts: Counter = Counter()
    stop = threading.Event()

    def sample() -> None:
        me = threading.get_ident()
        while not stop.wait(interval_s):
            for ident, frame in sys._current_frames().items():
                if ident == me:
                    continue
                stack = []
                while frame is not None:
                    stack.append(frame)
                    frame = frame.f_back
                if not any("exec_code.py" in f.f_code.co_filename for f in stack):
                    continue  # not inside a script run
                decided = "other"
                for f in reversed(stack):  # outermost first
                    if "/work/" not in f.f_code.co_filename and "site-packages" not in f.f_code.co_filename:
                        continue
                    category = _category(f.f_code.co_filename, f.f_code.co_name)
                    if category:
                        decided = category
                        break
                counts[decided] += 1

    # The sampler needs the GIL to look: switch threads every 0.2 ms instead of 5 ms while sampling, or a rerun of
    # 10 ms is seen only a couple of times.
    switch = sys.getswitchinterval()
    sys.setswitchinterval(0.0002)
    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    try:
        yield counts
    finally:
        stop.set()
        thread.join()
        sys.setswitchinterval(switch)


def _breakdown(at: AppTest, recorder: Recorder, runs: int) -> dict[str, float]:
    with sampled() as counts:
        for _ in range(runs):
            timed_rerun(at, recorder)
    total = sum(counts.values()) or 1
    return {c: round(100 * counts.get(c, 0) / total, 1) for c in CATEGORIES}


class _Memo:
    """Memoises the pure chart and table factories of ``components`` (modules named ``*charts`` and ``tables``) for
    the what-if measurement: what a rerun would cost if the pages took their figures and display tables from a cache.
    Only outermost calls are memoised; frames are keyed on their full contents (``hash_rows``), figures on identity."""

    def __init__(self) -> None:
        self.store: dict[tuple, object] = {}
        self.depth = threading.local()

    def key(self, value: object) -> object:
        import plotly.graph_objects as go
        import polars as pl

        if isinstance(value, pl.DataFrame):
            rows = int(value.hash_rows().sum()) if value.height else 0
            return ("df", value.shape, tuple(value.schema.items()), rows)
        if isinstance(value, go.Figure):
            return ("fig", id(value))
        if isinstance(value, list | tuple):
            return tuple(self.key(v) for v in value)
        if isinstance(value, dict):
            return tuple(sorted((k, self.key(v)) for k, v in value.items()))
        hash(value)
        return value

    def wrap(self, func: Callable) -> Callable:
        def memoised(*args: object, **kwargs: object) -> object:
            depth = getattr(self.depth, "n", 0)
            if depth:
                return func(*args, **kwargs)
            try:
                key = (func.__module__, func.__qualname__, self.key(args), self.key(kwargs))
            except TypeError:
                return func(*args, **kwargs)
            if key not in self.store:
                self.depth.n = depth + 1
                try:
                    self.store[key] = func(*args, **kwargs)
                finally:
                    self.depth.n = depth
            return self.store[key]

        return memoised


@contextmanager
def memoised_factories() -> Iterator[None]:
    """Patch every ``components`` module's references to the factories with memoising wrappers (restored on exit)."""
    import inspect

    memo = _Memo()
    owners = {n for n in sys.modules if n.startswith("components.") and (n.endswith("charts") or n.endswith("tables"))}
    wrapped: dict[object, Callable] = {}
    patched: list[tuple[object, str, object]] = []
    for name, module in list(sys.modules.items()):
        if not name.startswith("components.") or module is None:
            continue
        for attr, value in list(vars(module).items()):
            if inspect.isfunction(value) and value.__module__ in owners and not attr.startswith("_"):
                wrapped.setdefault(value, memo.wrap(value))
                patched.append((module, attr, value))
                setattr(module, attr, wrapped[value])
    try:
        yield
    finally:
        for module, attr, value in patched:
            setattr(module, attr, value)


def _what_if(at: AppTest, recorder: Recorder, runs: int) -> float:
    """Median rerun time with memoised factories (after one rerun that fills the memo)."""
    with memoised_factories():
        timed_rerun(at, recorder)
        return median([timed_rerun(at, recorder) for _ in range(runs)])


def _change_year(at: AppTest, recorder: Recorder, before: list[dict], restore: bool = True) -> dict | None:
    """Move the year filter one year back; what the rerun sent compared with what a browser holding the messages of
    the run before (``before``) already has."""
    boxes = [b for b in at.sidebar.selectbox if b.key == "year"]
    if not boxes:
        return None
    box = boxes[0]
    options = list(box.options)
    current = str(box.value)
    if current not in options or options.index(current) == 0:
        return None
    held = {m["hash"] for m in before if m["cacheable"]}
    seen = {m["hash"] for m in before}
    original = box.value
    recorder.take_messages()
    box.set_value(type(original)(options[options.index(current) - 1])).run()
    check(at, "year change")
    after = recorder.take_messages()
    if restore:  # back to the year the floor was recorded with, for the runs that follow
        at.sidebar.selectbox(key="year").set_value(original).run()
        recorder.take_messages()
    elements = [m for m in after if m["element"] not in ("add_block",)]
    charts = [m for m in elements if m["element"] == "plotly_chart"]

    def sent(m: dict) -> int:
        return REF_BYTES if m["cacheable"] and m["hash"] in held else m["bytes"]

    return {
        "elements": len(elements),
        "changed": sum(m["hash"] not in seen for m in elements),
        "charts": len(charts),
        "charts_changed": sum(m["hash"] not in seen for m in charts),
        "charts_as_reference": sum(m["cacheable"] and m["hash"] in held for m in charts),
        "charts_resent_unchanged": sum(m["hash"] in seen and not m["cacheable"] for m in charts),
        "full_kb": round(sum(m["bytes"] for m in after) / 1024, 1),
        "sent_kb": round(sum(sent(m) for m in after) / 1024, 1),
    }


def bench_view(
    view_file: str, *, runs: int, warmup: int, recorder: Recorder, sampled_runs: int = 3, what_if: bool = False
) -> dict:
    """Rerun and floor times of one view, its element counts, time breakdown and filter-change deltas."""
    name = Path(view_file).stem
    at = open_view(view_file)
    for _ in range(warmup):
        timed_rerun(at, recorder)
    floor = record(at, recorder.media, name)
    floor_at = AppTest.from_function(floor_script, args=(name,), default_timeout=120)
    floor_at.run()
    check(floor_at, f"floor of {name}")
    for _ in range(warmup):
        timed_rerun(floor_at, recorder)
    reruns, floors = [], []
    for _ in range(runs):
        floors.append(timed_rerun(floor_at, recorder))
        recorder.take_messages()
        reruns.append(timed_rerun(at, recorder))
    last_run = recorder.take_messages()
    result = {
        "rerun_ms": median(reruns),
        "floor_ms": median(floors),
        "ratio": ratio(median(reruns), median(floors)),
        "runs": runs,
        "elements": floor.counts,
    }
    if floor.substituted:
        result["floor_substituted"] = floor.substituted
    delta = _change_year(at, recorder, last_run, restore=bool(sampled_runs or what_if))
    if delta is not None:
        result["year_change"] = delta
    if sampled_runs:
        result["breakdown_pct"] = _breakdown(at, recorder, sampled_runs)
    if what_if:
        result["cached_figures_ms"] = _what_if(at, recorder, max(3, runs // 2))
        result["cached_figures_ratio"] = ratio(result["cached_figures_ms"], result["floor_ms"])
    return result


def bench_pages(
    *,
    runs: int = 7,
    warmup: int = 2,
    sampled_runs: int = 10,
    what_if: bool = False,
    views: list[str] | None = None,
    progress: Callable[[str], None] = print,
) -> dict[str, dict]:
    """Every view of the app (menu order): rerun, floor and ratio, with details."""
    from components.navigation import all_views

    logging.getLogger("streamlit").setLevel(logging.ERROR)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    results = {}
    with instrumented() as recorder:
        for view in all_views():
            if views and view.name not in views:
                continue
            start = time.perf_counter()
            results[view.name] = bench_view(
                view.file, runs=runs, warmup=warmup, recorder=recorder, sampled_runs=sampled_runs, what_if=what_if
            )
            r = results[view.name]
            progress(
                f"  {view.name:<13} rerun {r['rerun_ms']:7.1f} ms  floor {r['floor_ms']:6.1f} ms  "
                f"ratio {r['ratio']:5.2f}  ({time.perf_counter() - start:.0f} s)"
            )
    return results
