"""Many viewers at once: ``sessions`` browser sessions (Playwright contexts of one Chromium) start together, each
opening three views one after the other as a viewer following a call does: the first from its link (a fresh tab: the
whole frontend loads), the next two from the top navigation. Every page open is timed as in :mod:`perf.browser` (until
the run finished and every chart is drawn). The same session plans are also run one session at a time, first:
``single_p95_ms`` is the 95th percentile of those page opens, ``p95_ms`` of the page opens under load.

Viewers joining a call do not click in the same millisecond: sessions start ``ramp_s`` apart (1 s by default), and all
of them are open together for most of the run; ``peak_open`` is the most sessions open at one time, as measured.
A failure is a page open that raised (timeout, error box, closed connection); every session is bounded by a timeout.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable, Sequence

from playwright.async_api import Browser, async_playwright

from perf.browser import load, navigate, new_context, view_url, warm
from perf.chromium import CHROMIUM, CHROMIUM_ARGS
from perf.common import View, cpu_seconds, machine_busy_seconds, median, percentile, ratio

SESSION_TIMEOUT_S = 240
ERRORS: list[str] = []  # what the failed page opens of the current run raised


def plan(views: Sequence[View], sessions: int) -> list[list[View]]:
    """Three views per session, taken in turn from the menu so that every view is opened."""
    return [[views[(3 * s + i) % len(views)] for i in range(3)] for s in range(sessions)]


class _Open:
    """How many sessions are open now, and the most at one time."""

    def __init__(self) -> None:
        self.now = self.peak = 0

    def enter(self) -> None:
        self.now += 1
        self.peak = max(self.peak, self.now)

    def leave(self) -> None:
        self.now -= 1


async def _session(
    browser: Browser, base: str, first: str, views: list[View], delay_s: float = 0, open_: _Open | None = None
) -> tuple[list[float], int]:
    await asyncio.sleep(delay_s)
    context = await new_context(browser)
    if open_:
        open_.enter()
    times, failures, page = [], 0, None
    try:
        for view in views:
            try:
                if page is None:
                    ms, _, page = await load(context, view_url(base, view.name, first), view.charts)
                else:
                    ms = await navigate(page, view)
                times.append(ms)
            except Exception as exc:  # a failed page open is what this counts; the next one starts from its link
                failures += 1
                ERRORS.append(f"{view.name}: {type(exc).__name__}: {str(exc).splitlines()[0][:200]}")
                page = None
    finally:
        await context.close()
        if open_:
            open_.leave()
    return times, failures


async def _bounded(
    browser: Browser, base: str, first: str, views: list[View], delay_s: float = 0, open_: _Open | None = None
) -> tuple[list[float], int]:
    try:
        return await asyncio.wait_for(
            _session(browser, base, first, views, delay_s, open_), SESSION_TIMEOUT_S + delay_s
        )
    except TimeoutError:
        return [], len(views)


async def _bench(
    base: str,
    views: Sequence[View],
    sessions: int,
    single_sessions: int,
    warm_urls: Sequence[str],
    ramp_s: float,
    server_pids: Sequence[int],
    log,
) -> dict:
    first = views[0].name
    plans = plan(views, sessions)
    ERRORS.clear()
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for url in warm_urls or [base]:  # a warm server: every view run once on every replica
                await warm(url, [v.name for v in views])
            single: list[float] = []
            single_failures = 0
            for views_of_session in plans[:single_sessions]:
                times, failed = await _bounded(browser, base, first, views_of_session)
                single += times
                single_failures += failed
            start = time.perf_counter()
            server_cpu, busy = sum(cpu_seconds(p) for p in server_pids), machine_busy_seconds()
            open_ = _Open()
            outcomes = await asyncio.gather(
                *(_bounded(browser, base, first, p, i * ramp_s, open_) for i, p in enumerate(plans))
            )
            wall = time.perf_counter() - start
            server_cpu = sum(cpu_seconds(p) for p in server_pids) - server_cpu
            busy = machine_busy_seconds() - busy
        finally:
            await browser.close()
    loaded = [ms for times, _ in outcomes for ms in times]
    failures = sum(failed for _, failed in outcomes)
    result = {
        "sessions": sessions,
        "pages_per_session": 3,
        "page_opens": len(loaded) + failures,
        "failures": failures,
        "p95_ms": percentile(loaded, 95),
        "median_ms": median(loaded),
        "single_p95_ms": percentile(single, 95),
        "single_median_ms": median(single),
        "single_page_opens": len(single),
        "single_failures": single_failures,
        "wall_s": round(wall, 1),
        "ramp_s": ramp_s,
        "peak_open": open_.peak,
        "errors": ERRORS[:10],
        # Where the CPU went while the sessions ran: the app server(s), and the machine as a whole (the browser's
        # processes, this benchmark, nginx and anything else running); cores x wall is what was available.
        "server_cpu_s": round(server_cpu, 1),
        "machine_busy_cpu_s": round(busy, 1),
        "available_cpu_s": round(wall * (os.cpu_count() or 1), 1),
    }
    result["ratio"] = ratio(result["p95_ms"], result["single_p95_ms"])
    log(
        f"  {sessions} sessions x 3 pages: {failures} failures, p95 {result['p95_ms']:.0f} ms "
        f"(alone {result['single_p95_ms']:.0f} ms), ratio {result['ratio']}, {open_.peak} open at once, {wall:.0f} s"
    )
    return result


def bench_concurrency(
    base: str,
    views: Sequence[View],
    *,
    sessions: int = 10,
    single_sessions: int = 2,
    warm_urls: Sequence[str] = (),
    ramp_s: float = 1.0,
    server_pids: Sequence[int] = (),
    progress: Callable[[str], None] = print,
) -> dict:
    """Concurrent sessions against ``base`` (a server or the proxy), with the one-session baseline of the same run;
    ``warm_urls`` are the servers to warm first (default ``base``: with a proxy, every replica directly);
    ``server_pids`` the app server processes whose CPU time is reported."""
    return asyncio.run(_bench(base, views, sessions, single_sessions, warm_urls, ramp_s, server_pids, progress))


async def _server_session(base: str, first: str, views: list[View], delay_s: float) -> tuple[list[float], int]:
    from perf.wsclient import open_session, switch_page

    await asyncio.sleep(delay_s)
    times, failures, opened = [], 0, None
    try:
        for view in views:
            page = "" if view.name == first else view.name
            try:
                if opened is None:
                    opened = await open_session(base, page)
                    times.append(opened.ms)
                else:
                    times.append(await switch_page(opened, page))
            except Exception as exc:  # counted; the next view starts a new session
                failures += 1
                ERRORS.append(
                    f"{view.name}: {type(exc).__name__}: {str(exc).splitlines()[0][:200] if str(exc) else ''}"
                )
                opened = None
    finally:
        if opened is not None:
            await opened.connection.close()
    return times, failures


async def _bench_server(base: str, views: Sequence[View], sessions: int, ramp_s: float, server_pids: Sequence[int]):
    first = views[0].name
    plans = plan(views, sessions)
    ERRORS.clear()
    single: list[float] = []
    for views_of_session in plans:  # the same plans, one session at a time
        times, _ = await _server_session(base, first, views_of_session, 0)
        single += times
    server_cpu, start = sum(cpu_seconds(p) for p in server_pids), time.perf_counter()
    outcomes = await asyncio.gather(*(_server_session(base, first, p, i * ramp_s) for i, p in enumerate(plans)))
    wall = time.perf_counter() - start
    loaded = [ms for times, _ in outcomes for ms in times]
    result = {
        "sessions": sessions,
        "pages_per_session": 3,
        "failures": sum(failed for _, failed in outcomes),
        "p95_ms": percentile(loaded, 95),
        "median_ms": median(loaded),
        "single_p95_ms": percentile(single, 95),
        "single_median_ms": median(single),
        "ramp_s": ramp_s,
        "wall_s": round(wall, 2),
        "server_cpu_s": round(sum(cpu_seconds(p) for p in server_pids) - server_cpu, 2),
        "errors": ERRORS[:10],
    }
    result["ratio"] = ratio(result["p95_ms"], result["single_p95_ms"])
    return result


SERVER_LOADS = ((10, 0.1), (50, 0.1), (10, 0.0))  # (sessions, seconds between session starts)


def bench_server_load(
    base: str,
    views: Sequence[View],
    *,
    loads: Sequence[tuple[int, float]] = SERVER_LOADS,
    server_pids: Sequence[int] = (),
    progress: Callable[[str], None] = print,
) -> dict:
    """The server alone under many sessions: websocket clients (:mod:`perf.wsclient`, exactly what a tab sends, no
    browser) follow the same three-view plans as :func:`bench_concurrency`, against the same plans one session at a
    time. Measures what the server does for concurrent viewers without the viewers' browsers competing for the same
    cores. ``loads``: (sessions, seconds between their starts); 0 s is a burst (every session in the same instant),
    0.1 s ten viewers joining per second. One result per load, keyed ``<sessions>@<ramp>s``."""
    results = {}
    for count, ramp_s in loads:
        result = asyncio.run(_bench_server(base, views, count, ramp_s, server_pids))
        results[f"{count}@{ramp_s:g}s"] = result
        progress(
            f"  {count} websocket sessions x 3 pages, {ramp_s:g} s apart: {result['failures']} failures, "
            f"p95 {result['p95_ms']:.0f} ms (one at a time {result['single_p95_ms']:.0f} ms), ratio {result['ratio']}, "
            f"server {result['server_cpu_s']} s CPU"
        )
    return results
