"""First load on the wire: what a new viewer's browser transfers and how long until the view is ready, directly
from a replica and through nginx (``deploy/``), in the same run.

Every load is a fresh browser context (no cache: a first visit), through a loopback relay that counts the bytes
the browser receives (``perf/relay.py``: HTTP responses with their headers and the websocket's frames, as they
came over the wire, compressed or not). Direct and proxied loads of a view alternate, so background load hits both
sides of a ratio alike; medians over ``runs``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

from playwright.async_api import async_playwright

from perf.browser import load, new_context, view_url, warm
from perf.chromium import CHROMIUM, CHROMIUM_ARGS
from perf.common import View, median, ratio
from perf.relay import Counter, counting_relay


async def _load(browser, url: str, charts: int, counter: Counter) -> tuple[float, int, int]:
    """ms until ready, bytes received in all and on the websocket, of one first visit."""
    context = await new_context(browser)
    try:
        counter.reset()
        ms, _, _ = await load(context, url, charts)
        await asyncio.sleep(0.3)  # the last responses
        return ms, counter.received, counter.websocket
    finally:
        await context.close()


async def _bench(direct: str, proxied: str, views: Sequence[View], runs: int, log) -> dict:
    first = views[0].name
    samples = {v.name: {"direct": [], "proxy": []} for v in views}
    async with (
        counting_relay(direct) as (direct_relay, direct_counter),
        counting_relay(proxied) as (proxied_relay, proxied_counter),
        async_playwright() as playwright,
    ):
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        relays = {"direct": (direct_relay, direct_counter), "proxy": (proxied_relay, proxied_counter)}
        try:
            await warm(direct, [v.name for v in views])
            nginx_first = view_url(proxied_relay, first, first)
            await _load(browser, nginx_first, views[0].charts, proxied_counter)  # nginx's page cache, warmed
            for n in range(runs):
                for i, view in enumerate(views):
                    order = ("direct", "proxy") if (n + i) % 2 == 0 else ("proxy", "direct")
                    for side in order:
                        base, counter = relays[side]
                        samples[view.name][side].append(
                            await _load(browser, view_url(base, view.name, first), view.charts, counter)
                        )
        finally:
            await browser.close()
    result: dict = {"runs": runs, "views": {}}
    for view, sides in samples.items():
        found: dict = {}
        for side, loads in sides.items():
            found[f"{side}_ready_ms"] = median([ms for ms, _, _ in loads])
            found[f"{side}_kb"] = round(median([total for _, total, _ in loads]) / 1024, 1)
            found[f"{side}_ws_kb"] = round(median([w for _, _, w in loads]) / 1024, 1)
        found["bytes_ratio"] = ratio(found["proxy_kb"], found["direct_kb"])
        found["ready_ratio"] = ratio(found["proxy_ready_ms"], found["direct_ready_ms"])
        result["views"][view] = found
        log(
            f"  {view:<13} direct {found['direct_kb']:7.0f} kB {found['direct_ready_ms']:6.0f} ms   proxy "
            f"{found['proxy_kb']:7.0f} kB {found['proxy_ready_ms']:6.0f} ms   bytes {found['bytes_ratio']:.2f}  "
            f"ready {found['ready_ratio']:.2f}"
        )
    return result


def bench_wire(
    direct: str, proxied: str, views: Sequence[View], *, runs: int = 2, progress: Callable[[str], None] = print
) -> dict:
    """Per view: first-load kB and ready ms directly (``direct``, a replica) and through nginx (``proxied``)."""
    return asyncio.run(_bench(direct, proxied, views, runs, progress))
