"""Warm from the start: each view's first visit after a server start against its warm rerun.

A round starts a fresh server as the launchers do (``deploy/start-local.sh``: health, then one run of ``app.py``
through ``/_stcore/script-health-check``, which starts the background warm-up of ``components/warm.py``), waits until
its log says the warm-up is done (``warm_up_s``, counted from the script health check's answer), then opens
every view once in menu order, each in a new websocket session (:mod:`perf.wsclient`: what a new browser tab asks of
the server): ``first_ms``. Then each view again, ``warm_runs`` times in turn: ``warm_ms`` (median). The same round
without the warm-up (``ESG_WARM=0``, no script health check: the server as it was before) gives ``cold_first_ms``,
the cost the warm-up takes off the first visitor. Rounds with and without alternate, so background load hits both.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

from perf.common import median, ratio
from perf.server import streamlit_server, wait_warm
from perf.wsclient import open_and_close


async def _visits(url: str, views: Sequence[str], warm_runs: int) -> tuple[dict[str, float], dict[str, list[float]]]:
    first = {view: await open_and_close(url, "" if i == 0 else view) for i, view in enumerate(views)}
    warm: dict[str, list[float]] = {view: [] for view in views}
    for _ in range(warm_runs):
        for i, view in enumerate(views):
            warm[view].append(await open_and_close(url, "" if i == 0 else view))
    return first, warm


def _round(views: Sequence[str], warm_start: bool, warm_runs: int) -> tuple[dict, dict, float]:
    with streamlit_server(warm_start=warm_start) as server:
        waited = wait_warm(server.log) if warm_start else 0.0
        first, warm = asyncio.run(_visits(server.url, views, warm_runs))
    return first, warm, round(waited, 1)


def bench_warm_start(
    views: Sequence[str], *, rounds: int = 1, warm_runs: int = 3, progress: Callable[[str], None] = print
) -> dict:
    """Per view: first visit after a warmed-up start, warm rerun, and first visit without the warm-up (medians over
    ``rounds``); the warm-up's duration."""
    firsts: dict[str, list[float]] = {v: [] for v in views}
    colds: dict[str, list[float]] = {v: [] for v in views}
    warms: dict[str, list[float]] = {v: [] for v in views}
    warm_up: list[float] = []
    for _ in range(rounds):
        for warm_start in (True, False):
            first, warm, seconds = _round(views, warm_start, warm_runs)
            for view in views:
                (firsts if warm_start else colds)[view].append(first[view])
                warms[view] += warm[view]
            if warm_start:
                warm_up.append(seconds)
    result: dict = {"views": {}, "rounds": rounds, "warm_runs": warm_runs, "warm_up_s": median(warm_up)}
    for view in views:
        found = {
            "first_ms": median(firsts[view]),
            "warm_ms": median(warms[view]),
            "cold_first_ms": median(colds[view]),
        }
        found["ratio"] = ratio(found["first_ms"], found["warm_ms"])
        found["cold_ratio"] = ratio(found["cold_first_ms"], found["warm_ms"])
        result["views"][view] = found
        progress(
            f"  {view:<13} first {found['first_ms']:6.0f} ms  warm {found['warm_ms']:5.0f} ms  ratio {found['ratio']:5.2f}"
            f"  (without warm-up: first {found['cold_first_ms']:6.0f} ms, {found['cold_ratio']:5.2f}x)"
        )
    progress(f"  warm-up done {result['warm_up_s']} s after the script health check answered")
    return result
