"""Server memory: resident memory per open session, and whether the heap comes back after 200 sessions.

One ``streamlit run app.py`` (with a short reconnect window, ``server.disconnectedSessionTTL``, so closed sessions are
released within the run instead of after the default two minutes), driven by :mod:`perf.wsclient`:

1. warm-up: every view opened once and closed (the shared query caches fill), the window passes;
   ``baseline_mb`` is the server's resident memory (``VmRSS`` from ``/proc``) then;
2. ``open_sessions`` sessions opened on the views in turn and kept open: ``per_session_mb`` is the growth over the
   baseline divided by their number;
3. they are closed, and 200 more are opened on the default view (the page a link opens) and closed, a few at a time;
   once the reconnect window has passed, ``after_mb`` is measured and ``heap_growth_pct`` is its growth over the
   baseline.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence

from perf.common import median, rss_mb
from perf.server import streamlit_server
from perf.wsclient import open_and_close, open_session

RECONNECT_WINDOW_S = 1


async def _in_batches(jobs: Sequence[Callable[[], object]], parallel: int) -> list:
    results = []
    for start in range(0, len(jobs), parallel):
        results += await asyncio.gather(*(job() for job in jobs[start : start + parallel]))
    return results


def _settle(pid: int, seconds: float) -> float:
    """Wait ``seconds`` and return the resident memory then (median of three readings)."""
    time.sleep(seconds)
    readings = []
    for _ in range(3):
        readings.append(rss_mb(pid))
        time.sleep(0.2)
    return median(readings)


def bench_memory(
    views: Sequence[str],
    *,
    open_sessions: int = 20,
    cycles: int = 200,
    cycle_view: str | None = None,
    hold_all_views: bool = True,
    parallel: int = 4,
    progress: Callable[[str], None] = print,
) -> dict:
    """The memory figures (MB and %), with the session timings seen on the way. ``cycle_view`` is the view the
    ``cycles`` sessions open (default: the first view, the page a link opens); the held sessions open every view in
    turn, or only ``cycle_view`` without ``hold_all_views``."""
    pages = ["" if i == 0 else v for i, v in enumerate(views)]  # the first view is the default page at "/"
    cycle_page = "" if cycle_view in (None, views[0]) else cycle_view
    options = ["--server.disconnectedSessionTTL", str(RECONNECT_WINDOW_S)]
    with streamlit_server(options=options, warm_start=False) as server:  # the warm-up would move the baseline
        pid = server.pid
        started_mb = rss_mb(pid)

        async def settled() -> float:
            """Resident memory once the sessions closed so far are released (the reconnect window has passed)."""
            await asyncio.sleep(RECONNECT_WINDOW_S + 0.5)
            await open_and_close(server.url, cycle_page)  # the server drops expired sessions on the next connect
            return _settle(pid, 0.5)

        held_pages = pages if hold_all_views else [cycle_page]

        async def run() -> dict:
            for page in held_pages:  # warm the views (the shared query caches)
                await open_and_close(server.url, page)
            await open_and_close(server.url, cycle_page)
            baseline = await settled()
            progress(f"  baseline {baseline:.1f} MB after warm-up ({started_mb:.1f} MB at start)")

            rotation = [held_pages[i % len(held_pages)] for i in range(open_sessions)]
            opened = await _in_batches([lambda p=page: open_session(server.url, p) for page in rotation], parallel)
            held = _settle(pid, 0.5)
            for session in opened:
                await session.connection.close()
            per_session = (held - baseline) / open_sessions
            progress(f"  {open_sessions} open sessions: {held:.1f} MB, {per_session:.2f} MB a session")

            start = time.perf_counter()
            times = await _in_batches([lambda: open_and_close(server.url, cycle_page) for _ in range(cycles)], parallel)
            elapsed = time.perf_counter() - start
            right_after = _settle(pid, 0)
            after = await settled()
            progress(
                f"  {cycles} sessions opened and closed in {elapsed:.0f} s: {right_after:.1f} MB right after, "
                f"{after:.1f} MB once the reconnect window passed"
            )
            return {
                "started_mb": round(started_mb, 1),
                "baseline_mb": round(baseline, 1),
                "open_sessions": open_sessions,
                "with_open_sessions_mb": round(held, 1),
                "per_session_mb": round(per_session, 2),
                "cycles": cycles,
                "cycle_view": cycle_view or views[0],
                "held_views": "all" if hold_all_views else cycle_view or views[0],
                "cycle_median_ms": median(times),
                "right_after_mb": round(right_after, 1),
                "after_mb": round(after, 1),
                "heap_growth_pct": round(100 * (after - baseline) / baseline, 1),
                "reconnect_window_s": RECONNECT_WINDOW_S,
            }

        return asyncio.run(run())
