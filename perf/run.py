"""``python -m esg bench``: every phase in turn, the table, and the JSON result.

Quick mode (``--quick``, about four minutes): pages and data with fewer repeats, memory, warm start, the 20,000-row
import, and through nginx in front of two replicas (``deploy/``): first loads on three views directly and through
the proxy (when Playwright is installed), 50 websocket viewers, a replica killed. Full mode (about twenty minutes on
two cores): everything on every view with more repeats, plus Chromium ready times against the floor and the browser
concurrency benchmark against one server and through nginx.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from perf.common import LANG, RESULTS_DIR, ROOT, View, machine, versions

QUICK_CYCLE_VIEW = "editions"
QUICK_WIRE_VIEWS = ("overview", "subsidiaries", "explorer")  # the most charts, the most tables, no chart


def _views() -> list:
    from components.navigation import SECTIONS
    from esg.i18n import t

    return [
        View(view.name, 0, t(section, LANG), t(view.title_key, LANG))
        for section, views in SECTIONS.items()
        for view in views
    ]


def _with_charts(views: list, pages: dict) -> list:
    return [
        View(v.name, pages.get(v.name, {}).get("elements", {}).get("plotly_chart", 0), v.section, v.title)
        for v in views
    ]


def _change_view(views: list, pages: dict):
    """The view whose year change leaves the most charts unchanged (the best test of sending only what changed)."""
    best = max(views, key=lambda v: pages.get(v.name, {}).get("year_change", {}).get("charts_as_reference", -1))
    return best if pages.get(best.name, {}).get("year_change") else None


def _sticky(log: Path) -> tuple[int, int]:
    """Replicas that served requests and route cookies served by more than one replica, from the proxy's log."""
    routes: dict[str, set[str]] = {}
    for line in log.read_text().splitlines():
        parts = line.split()
        route = next((p.removeprefix("route=") for p in parts if p.startswith("route=")), None)
        upstream = parts[-2] if len(parts) >= 2 else ""
        if route and upstream and upstream != "-":
            routes.setdefault(route, set()).add(upstream)
    used = set().union(*routes.values()) if routes else set()
    return len(used), sum(len(u) > 1 for u in routes.values())


def run(quick: bool, json_path: Path | None, progress: Callable[[str], None] = print) -> dict:
    """Run the benchmark; return (and with ``json_path`` write) the result."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from perf.data import bench_data
    from perf.memory import bench_memory
    from perf.pages import bench_pages
    from perf.report import goals, render

    os.environ["ESG_WARM"] = "0"  # AppTest runs app.py in this process; the servers started set their own
    start = time.perf_counter()
    result: dict = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "quick": quick,
        "machine": machine(),
        "versions": versions(),
    }
    views = _views()

    def phase(name: str) -> None:
        progress(f"== {name} ({time.perf_counter() - start:.0f} s)")

    def guarded(key: str, measure: Callable[[], dict]) -> None:
        """Run one phase; a failure is recorded under ``errors`` and the next phases still run."""
        try:
            result[key] = measure()
        except Exception as exc:
            result.setdefault("errors", {})[key] = f"{type(exc).__name__}: {exc}"[:2000]
            progress(f"  {key} failed: {type(exc).__name__}: {str(exc)[:300]}")

    memory_options = {"open_sessions": 20 if quick else 40, "cycles": 200, "parallel": 8}
    if quick:  # the lightest view (fewest elements); the full run holds sessions on every view and cycles the first
        memory_options.update(cycle_view=QUICK_CYCLE_VIEW, hold_all_views=False)
    phase("pages: warm reruns against their floor (AppTest)")
    result["pages"] = bench_pages(
        runs=21,  # medians of 5 or 11 reruns moved a page ratio by up to 0.25 between two runs on a quiet machine
        warmup=2,
        sampled_runs=0 if quick else 10,
        what_if=not quick,
        progress=progress,
    )
    views = _with_charts(views, result["pages"])

    phase("memory: sessions opened, held and closed (websocket clients)")
    guarded("memory", lambda: bench_memory([v.name for v in views], progress=progress, **memory_options))

    phase("deck: python -m esg deck against python-pptx writing the same slides")
    from perf.deck import bench_deck

    guarded("deck", lambda: bench_deck(runs=7 if quick else 21, progress=progress))

    phase("data layer: 1x to 1000x, Polars against pandas")
    repeats = {1: 3, 10: 3, 100: 3, 1000: 3} if quick else {1: 5, 10: 5, 100: 5, 1000: 5}
    guarded(
        "data",
        lambda: bench_data(
            repeats=repeats,
            verify=(1, 10),
            peaks_at=(1000,) if quick else None,
            pandas_peaks=not quick,
            progress=progress,
        ),
    )

    from perf.concurrency import bench_server_load
    from perf.failover import bench_failover
    from perf.importing import bench_import
    from perf.server import proxied_replicas, streamlit_server, wait_warm
    from perf.warmstart import bench_warm_start

    phase("warm start: first visits after a server start against warm reruns")
    guarded(
        "warm_start", lambda: bench_warm_start([v.name for v in views], rounds=1 if quick else 3, progress=progress)
    )
    phase("import: a 20,000-row workbook checked")
    guarded("import", lambda: bench_import(20_000, repeats=1 if quick else 3, progress=progress))

    if not quick:
        from perf.browser import bench_browser
        from perf.concurrency import bench_concurrency

        phase("browser: ready times against a one-chart page (Chromium)")
        with streamlit_server() as app, streamlit_server("perf/floor_app.py") as floor:
            change = _change_view(views, result["pages"])
            guarded(
                "browser", lambda: bench_browser(app.url, floor.url, views, runs=2, change=change, progress=progress)
            )
            phase("concurrency: one server")
            guarded(
                "concurrency",
                lambda: bench_concurrency(app.url, views, sessions=10, server_pids=[app.pid], progress=progress),
            )
            phase("server load: websocket sessions, no browsers")
            guarded("server_load", lambda: bench_server_load(app.url, views, server_pids=[app.pid], progress=progress))

    phase("through nginx in front of two replicas (deploy/start-local.sh)")
    try:
        with proxied_replicas(2) as proxy:
            for url in proxy.replicas:  # both replicas warmed up, as a deployment's are before viewers come
                wait_warm(proxy.log / f"replica-{url.rsplit(':', 1)[1]}.log")
            if not quick:
                phase("concurrency through nginx")
                guarded("concurrency_proxy", lambda: _browsers_through(proxy, views, progress))
            if importlib.util.find_spec("playwright") is not None:
                from perf.wire import bench_wire

                phase("first load on the wire: directly and through nginx")
                wire_views = [v for v in views if not quick or v.name in QUICK_WIRE_VIEWS]
                guarded(
                    "wire",
                    lambda: bench_wire(
                        proxy.replicas[0], proxy.url, wire_views, runs=1 if quick else 2, progress=progress
                    ),
                )
            phase("server load through nginx: websocket sessions spread over two replicas")
            loads = ((50, 0.1),) if quick else ((10, 0.1), (50, 0.1), (10, 0.0))
            guarded(
                "server_load_proxy",
                lambda: bench_server_load(
                    proxy.url, views, loads=loads, server_pids=proxy.replica_pids, progress=progress
                ),
            )
            phase("a replica killed mid-run")
            guarded("failover", lambda: bench_failover(proxy.url, views, proxy.replica_pids, progress=progress))
    except Exception as exc:  # nginx could not be started: the other phases stand
        result.setdefault("errors", {})["proxy"] = f"{type(exc).__name__}: {exc}"[:2000]
        progress(f"  proxy failed: {type(exc).__name__}: {str(exc)[:300]}")

    result["elapsed_s"] = round(time.perf_counter() - start)
    result["goals"] = goals(result)
    progress("")
    progress(render(result))
    if json_path is not None:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(result, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
        progress(f"\nwritten {json_path}")
    return result


def _browsers_through(proxy, views: list, progress: Callable[[str], None]) -> dict:
    """The browser concurrency benchmark through the proxy, with the sticky-session check from nginx's log."""
    from perf.concurrency import bench_concurrency

    found = bench_concurrency(
        proxy.url, views, sessions=10, warm_urls=proxy.replicas, server_pids=proxy.replica_pids, progress=progress
    )
    used, violations = _sticky(proxy.log / "access.log")
    found.update(replicas=2, replicas_used=used, sticky_violations=violations)
    return found


def default_json_path() -> Path:
    """``bench/results-<date>.json``."""
    return RESULTS_DIR / f"results-{dt.datetime.now():%Y-%m-%d-%H%M}.json"
