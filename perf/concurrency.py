"""Many viewers at once: ``sessions`` browser sessions (Playwright contexts of one Chromium) start together, each
opening three views one after the other as a viewer following a call does: the first from its link (a fresh tab: the
whole frontend loads), the next two from the top navigation. Every page open is timed as in :mod:`perf.browser` (until
the run finished and every chart is drawn). The same session plans are also run one session at a time, first:
``single_p95_ms`` is the 95th percentile of those page opens, ``p95_ms`` of the page opens under load.

A failure is a page open that raised (timeout, error box, closed connection); every session is bounded by a timeout.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence

from playwright.async_api import Browser, async_playwright

from perf.browser import View, load, navigate, new_context, view_url
from perf.common import median, percentile, ratio
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

SESSION_TIMEOUT_S = 240


def plan(views: Sequence[View], sessions: int) -> list[list[View]]:
    """Three views per session, taken in turn from the menu so that every view is opened."""
    return [[views[(3 * s + i) % len(views)] for i in range(3)] for s in range(sessions)]


async def _session(browser: Browser, base: str, first: str, views: list[View]) -> tuple[list[float], int]:
    context = await new_context(browser)
    times, failures, page, wire = [], 0, None, None
    try:
        for view in views:
            try:
                if page is None:
                    ms, wire, page = await load(context, view_url(base, view.name, first), view.charts)
                else:
                    ms = await navigate(page, wire, view)
                times.append(ms)
            except Exception:  # a failed page open is what this counts; the next one starts from its link
                failures += 1
                page = None
    finally:
        await context.close()
    return times, failures


async def _bounded(browser: Browser, base: str, first: str, views: list[View]) -> tuple[list[float], int]:
    try:
        return await asyncio.wait_for(_session(browser, base, first, views), SESSION_TIMEOUT_S)
    except TimeoutError:
        return [], len(views)


async def _bench(base: str, views: Sequence[View], sessions: int, single_sessions: int, log) -> dict:
    first = views[0].name
    plans = plan(views, sessions)
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for view in views:  # a warm server
                await _bounded(browser, base, first, [view])
            single: list[float] = []
            single_failures = 0
            for views_of_session in plans[:single_sessions]:
                times, failed = await _bounded(browser, base, first, views_of_session)
                single += times
                single_failures += failed
            start = time.perf_counter()
            outcomes = await asyncio.gather(*(_bounded(browser, base, first, p) for p in plans))
            wall = time.perf_counter() - start
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
    }
    result["ratio"] = ratio(result["p95_ms"], result["single_p95_ms"])
    log(
        f"  {sessions} sessions x 3 pages: {failures} failures, p95 {result['p95_ms']:.0f} ms "
        f"(alone {result['single_p95_ms']:.0f} ms), ratio {result['ratio']}, {wall:.0f} s"
    )
    return result


def bench_concurrency(
    base: str,
    views: Sequence[View],
    *,
    sessions: int = 10,
    single_sessions: int = 3,
    progress: Callable[[str], None] = print,
) -> dict:
    """Concurrent sessions against ``base`` (a server or the proxy), with the one-session baseline of the same run."""
    return asyncio.run(_bench(base, views, sessions, single_sessions, progress))
