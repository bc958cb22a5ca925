"""The app through nginx as ``deploy/`` configures it: every view works under the proxy's Content-Security-Policy (no
violation reported by Chromium), and the frontend's bundles arrive compressed."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page

from components.navigation import all_views
from perf.server import Server
from tests.browser.helpers import CHART, STATUS, app_errors, url_of

# Collects every CSP violation the page reports (added before any script of the page runs).
WATCH_CSP = """window.__cspViolations = [];
document.addEventListener('securitypolicyviolation',
  (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));"""


def open_under_csp(page: Page, url: str) -> None:
    """Open ``url`` and wait until it is idle with locators only (``wait_for_function`` evaluates a string, which the
    policy forbids, as it should)."""
    page.goto(url)
    page.wait_for_selector('[data-testid="stMainBlockContainer"] h1')
    page.wait_for_timeout(500)
    page.locator(STATUS).wait_for(state="detached")
    for i in range(page.locator(CHART).count()):
        page.locator(CHART).nth(i).locator(".main-svg").first.wait_for(state="attached")
    page.wait_for_timeout(300)


@pytest.mark.parametrize("present", [False, True], ids=["views", "presentation"])
def test_views_work_under_the_proxys_csp(proxy: Server, browser: Browser, present: bool) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    context.add_init_script(WATCH_CSP)
    page = context.new_page()
    page.set_default_timeout(30_000)
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.console_errors = errors  # type: ignore[attr-defined]
    encodings: dict[str, str] = {}
    page.on("response", lambda r: encodings.setdefault(r.url, r.headers.get("content-encoding", "")))
    try:
        views = [all_views()[0].name] if present else [v.name for v in all_views()]
        for view in views:
            open_under_csp(page, url_of(proxy.url, view, **({"present": 1} if present else {})))
            violations = page.evaluate("window.__cspViolations")
            assert violations == [], f"{view}: {violations}"
            assert app_errors(page) == [], view
        scripts = {url: enc for url, enc in encodings.items() if "/static/js/" in url}
        assert set(scripts.values()) <= {"br", ""}, scripts  # files under 1 kB are sent as they are
        assert [enc for url, enc in scripts.items() if "/PlotlyChart." in url] == ["br"]
    finally:
        context.close()
