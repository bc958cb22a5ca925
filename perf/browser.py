"""Page loads in Chromium (Debian's, through Playwright), against a warm server.

A load starts a fresh browser context (no cache, no cookies: a new viewer) and ends when the server has finished the
script run (the ``script_finished`` ForwardMsg seen on the websocket), no running indicator is shown and every Plotly
chart the view has (the count comes from the AppTest run) has drawn its SVG, checked on every animation frame.
``floor_ms`` is the same for ``perf/floor_app.py``, a bare page with one chart, served by its own server in the same
run; page and floor loads alternate so background load hits both alike.

:func:`filter_change` opens a view, moves the year filter one year back in the sidebar as a person does, and counts what
the server sent for that rerun: elements sent whole, elements sent as a reference to what the browser already holds
(``ref_hash``), and bytes.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from playwright.async_api import Browser, BrowserContext, Page, async_playwright
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from perf.chromium import CHROMIUM, CHROMIUM_ARGS
from perf.common import LOCALE, View, median, ratio

VIEWPORT = {"width": 1280, "height": 900}
TIMEOUT_MS = 60_000
# Ready: the script run is over (the app root's script state, set by Streamlit's frontend, is "notRunning" after at
# least one run: "initial" before), no element is stale (left from the previous run), the page's title is shown (the
# expected one, when given), and every chart the view has drew its SVG. After a click in an open tab a run must have
# been seen, or the expected title must have replaced the old one: a warm rerun can be so quick that the frontend
# never shows the "running" state at all.
READY = """({charts: expected, title}) => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
  const h1 = document.querySelector('[data-testid="stMainBlockContainer"] h1');
  if (!h1 || (title && h1.innerText.trim() !== title)) return false;
  if (window.__esgRunsSeen !== undefined && window.__esgRunsSeen < 1 && !title) return false;
  if (document.querySelector('[data-testid="stStatusWidget"]')) return false;
  if (document.querySelector('[data-testid="stElementContainer"][data-stale="true"]')) return false;
  const charts = document.querySelectorAll('[data-testid="stPlotlyChart"]');
  if (charts.length < expected) return false;
  for (const chart of charts) { if (!chart.querySelector('.main-svg')) return false; }
  return !document.querySelector('[data-testid="stSkeleton"]');
}"""
# Before an interaction in an open tab: count the runs that start from now on, so READY waits for the new run.
WATCH_RUNS = """() => {
  window.__esgRunsSeen = 0;
  const app = document.querySelector('[data-testid="stApp"]');
  new MutationObserver(() => {
    if (app.getAttribute('data-test-script-state') !== 'notRunning') window.__esgRunsSeen += 1;
  }).observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
}"""
ERROR_BOX = '[data-testid="stException"]'
FLOOR_EVERY = 3  # a floor load before every third page load


async def warm(base: str, views: Sequence[str]) -> None:
    """Run every view once on the server (its query caches), through websocket clients: no browser needed."""
    from perf.wsclient import open_and_close

    for i, view in enumerate(views):
        await open_and_close(base, "" if i == 0 else view)


@dataclass
class Wire:
    """What went over a page's websocket: finished runs, bytes and messages by kind, cache hashes the browser sent."""

    finished: asyncio.Event = field(default_factory=asyncio.Event)
    received_bytes: int = 0
    messages: int = 0
    references: int = 0
    elements: dict[str, int] = field(default_factory=dict)
    held_hashes: int = 0

    def reset(self) -> None:
        """Start counting afresh (before an interaction)."""
        self.finished.clear()
        self.received_bytes = self.messages = self.references = self.held_hashes = 0
        self.elements = {}

    def received(self, payload: bytes | str) -> None:
        """Count one server frame."""
        if not isinstance(payload, bytes):
            return
        self.received_bytes += len(payload)
        self.messages += 1
        msg = ForwardMsg()
        msg.ParseFromString(payload)
        kind = msg.WhichOneof("type")
        if kind == "ref_hash":
            self.references += 1
        elif kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
            element = msg.delta.new_element.WhichOneof("type")
            self.elements[element] = self.elements.get(element, 0) + 1
        elif kind == "script_finished" and msg.script_finished == ForwardMsg.FINISHED_SUCCESSFULLY:
            self.finished.set()

    def sent(self, payload: bytes | str) -> None:
        """Note how many cached elements the browser declared when asking for a rerun."""
        if not isinstance(payload, bytes):
            return
        msg = BackMsg()
        msg.ParseFromString(payload)
        if msg.WhichOneof("type") == "rerun_script":
            self.held_hashes = len(msg.rerun_script.cached_message_hashes)


async def new_context(browser: Browser) -> BrowserContext:
    """A fresh context: no cache, no cookies. The proxy's Content-Security-Policy is bypassed: the ready check is a
    page function Playwright evaluates from a string, which the policy forbids (tests/browser/test_proxy.py checks the
    app under the policy)."""
    return await browser.new_context(viewport=VIEWPORT, locale=LOCALE, bypass_csp=True)


async def load(
    context: BrowserContext,
    url: str,
    expected_charts: int,
    *,
    title: str = "",
    wire: bool = False,
    page: Page | None = None,
) -> tuple[float, Wire, object]:
    """Open ``url`` in a new tab of ``context`` (or in ``page``, a blank tab); ms until ready, the websocket counts
    (only with ``wire``: reading every frame in Python costs CPU that concurrent sessions compete for) and the tab."""
    page = page or await context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    counts = Wire()
    if wire:
        page.on("websocket", lambda ws: (ws.on("framereceived", counts.received), ws.on("framesent", counts.sent)))
    start = time.perf_counter()
    await page.goto(url, wait_until="commit")
    await page.wait_for_function(READY, arg={"charts": expected_charts, "title": title}, polling="raf")
    elapsed = (time.perf_counter() - start) * 1000
    if await page.locator(ERROR_BOX).count():
        raise RuntimeError(f"{url}: an error box is shown")
    return elapsed, counts, page


async def timed_load(browser: Browser, url: str, expected_charts: int, scripts: dict[str, int] | None = None) -> float:
    """One load in a fresh context: ms until ready. With ``scripts``, the frontend's script bundles the load fetched
    are noted there (name without its hash -> bytes)."""
    context = await new_context(browser)
    try:
        page = await context.new_page()
        if scripts is not None:
            page.on("response", lambda response: _note_script(response, scripts))
        try:
            ms, _, _ = await load(context, url, expected_charts, page=page)
        except Exception as exc:
            raise RuntimeError(f"{url} ({expected_charts} charts expected): {exc}") from exc
        return ms
    finally:
        await context.close()


def _note_script(response: object, scripts: dict[str, int]) -> None:
    url: str = response.url  # type: ignore[attr-defined]
    if "/static/js/" in url:
        name = url.rsplit("/", 1)[-1].split(".")[0]
        scripts[name] = int(response.headers.get("content-length", 0))  # type: ignore[attr-defined]


def extra_scripts(view: dict[str, int], floor: dict[str, int]) -> dict:
    """What a view's first load fetched that the floor's did not: kB in all and the largest bundles."""
    extra = {name: size for name, size in view.items() if name not in floor}
    largest = sorted(extra, key=extra.__getitem__, reverse=True)[:4]
    return {"kb": round(sum(extra.values()) / 1024, 1), "largest": {n: round(extra[n] / 1024, 1) for n in largest}}


async def navigate(page: object, view: View) -> float:
    """Open ``view`` from the top navigation (its section, then its link) in an open tab; ms until ready."""
    await page.evaluate(WATCH_RUNS)  # type: ignore[attr-defined]
    start = time.perf_counter()
    await page.locator('[data-testid="stTopNavSection"]', has_text=view.section).first.click()  # type: ignore[attr-defined]
    link = page.locator('a[data-testid="stTopNavDropdownLink"]', has_text=view.title)  # type: ignore[attr-defined]
    await link.first.click()
    ready = {"charts": view.charts, "title": view.title}
    await page.wait_for_function(READY, arg=ready, polling="raf")  # type: ignore[attr-defined]
    elapsed = (time.perf_counter() - start) * 1000
    if await page.locator(ERROR_BOX).count():  # type: ignore[attr-defined]
        raise RuntimeError(f"{view.name}: an error box is shown")
    return elapsed


def view_url(base: str, view: str, first: str, **params: str) -> str:
    """The URL of a view (the first view lives at ``/``)."""
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"{base}/{'' if view == first else view}{'?' + query if query else ''}"


async def filter_change(browser: Browser, base: str, view: str, first: str, charts: int, year: str) -> dict:
    """Move the year filter of ``view`` to ``year`` in the sidebar; what the rerun sent."""
    context = await new_context(browser)
    try:
        _, wire, page = await load(context, view_url(base, view, first, lang="en"), charts, wire=True)
        wire.reset()
        await page.evaluate(WATCH_RUNS)
        start = time.perf_counter()
        await page.locator('[data-testid="stSidebar"]').get_by_role("combobox", name="Year").click()
        await page.get_by_role("option", name=year, exact=True).click()
        await asyncio.wait_for(wire.finished.wait(), TIMEOUT_MS / 1000)
        ready = {"charts": 0, "title": ""}  # the year before may have fewer charts
        await page.wait_for_function(READY, arg=ready, polling="raf")
        return {
            "view": view,
            "ms": round((time.perf_counter() - start) * 1000, 1),
            "received_kb": round(wire.received_bytes / 1024, 1),
            "elements_sent": sum(wire.elements.values()),
            "charts_sent": wire.elements.get("plotly_chart", 0),
            "sent_as_reference": wire.references,
            "hashes_held_by_browser": wire.held_hashes,
        }
    finally:
        await context.close()


async def _bench(app_url: str, floor_url: str, views: Sequence[View], runs: int, change: View | None, log) -> dict:
    first = views[0].name
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            await warm(app_url, [v.name for v in views])
            await timed_load(browser, floor_url, 1)  # the browser binary and the floor server
            loads: dict[str, list[float]] = {view.name: [] for view in views}
            scripts: dict[str, dict[str, int]] = {view.name: {} for view in views}
            floor_scripts: dict[str, int] = {}
            floors: list[float] = []
            for _ in range(runs):
                for i, view in enumerate(views):
                    if i % FLOOR_EVERY == 0:
                        floors.append(await timed_load(browser, floor_url, 1, floor_scripts))
                    url = view_url(app_url, view.name, first)
                    loads[view.name].append(await timed_load(browser, url, view.charts, scripts[view.name]))
            floor = median(floors)
            pages = {
                view: {
                    "ready_ms": median(times),
                    "floor_ms": floor,
                    "ratio": ratio(median(times), floor),
                    "runs": runs,
                    "extra_scripts": extra_scripts(scripts[view], floor_scripts),
                }
                for view, times in loads.items()
            }
            for view, result in pages.items():
                log(
                    f"  {view:<13} ready {result['ready_ms']:7.0f} ms  floor {floor:6.0f} ms  ratio {result['ratio']:5.2f}"
                )
            result = {"pages": pages, "floor_ms": floor, "floor_runs": len(floors)}
            if change is not None:
                try:
                    result["filter_change"] = await filter_change(
                        browser, app_url, change.name, first, change.charts, "2023"
                    )
                except Exception as exc:  # reported, the rest of the run goes on
                    result["filter_change"] = {"view": change.name, "error": f"{type(exc).__name__}: {exc}"[:300]}
            return result
        finally:
            await browser.close()


def bench_browser(
    app_url: str,
    floor_url: str,
    views: Sequence[View],
    *,
    runs: int = 3,
    change: View | None = None,
    progress: Callable[[str], None] = print,
) -> dict:
    """Ready times of every view (menu order) against the one-chart floor, and optionally the filter-change check on
    the view ``change``."""
    return asyncio.run(_bench(app_url, floor_url, views, runs, change, progress))
