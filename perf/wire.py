"""First load on the wire: what a new viewer's browser transfers and how long until the view is ready, directly
from a replica and through nginx (``deploy/``), in the same run.

Every load is a fresh browser context (no cache: a first visit). Bytes are counted by Chromium itself (the DevTools
protocol's ``encodedDataLength`` of every HTTP response, headers included, as it came over the wire) plus the
websocket's frames (the same either way: Streamlit's messages). Direct and proxied loads of a view alternate, so
background load hits both sides of a ratio alike; medians over ``runs``.
"""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Callable, Sequence

from playwright.async_api import async_playwright

from perf.browser import load, new_context, view_url, warm
from perf.chromium import CHROMIUM, CHROMIUM_ARGS
from perf.common import View, median, ratio


async def _load(browser, url: str, charts: int) -> tuple[float, int, int]:
    """ms until ready, HTTP bytes and websocket bytes of one first visit."""
    context = await new_context(browser)
    try:
        page = await context.new_page()
        cdp = await context.new_cdp_session(page)
        counts = {"http": 0, "ws": 0}

        def finished(event: dict) -> None:
            counts["http"] += int(event.get("encodedDataLength", 0))

        def frame(event: dict) -> None:
            response = event.get("response", {})
            data = response.get("payloadData", "")
            counts["ws"] += len(base64.b64decode(data)) if response.get("opcode") == 2 else len(data.encode())

        cdp.on("Network.loadingFinished", finished)
        cdp.on("Network.webSocketFrameReceived", frame)
        await cdp.send("Network.enable")
        ms, _, _ = await load(context, url, charts, page=page)
        await asyncio.sleep(0.3)  # the last responses' loadingFinished events
        return ms, counts["http"], counts["ws"]
    finally:
        await context.close()


async def _bench(direct: str, proxied: str, views: Sequence[View], runs: int, log) -> dict:
    first = views[0].name
    samples = {v.name: {"direct": [], "proxy": []} for v in views}
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            await warm(direct, [v.name for v in views])
            await _load(browser, view_url(proxied, first, first), views[0].charts)  # nginx's page cache, the binary
            for n in range(runs):
                for i, view in enumerate(views):
                    order = ("direct", "proxy") if (n + i) % 2 == 0 else ("proxy", "direct")
                    for side in order:
                        base = direct if side == "direct" else proxied
                        samples[view.name][side].append(
                            await _load(browser, view_url(base, view.name, first), view.charts)
                        )
        finally:
            await browser.close()
    result: dict = {"runs": runs, "views": {}}
    for view, sides in samples.items():
        found: dict = {}
        for side, loads in sides.items():
            found[f"{side}_ready_ms"] = median([ms for ms, _, _ in loads])
            found[f"{side}_kb"] = round(median([h + w for _, h, w in loads]) / 1024, 1)
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
