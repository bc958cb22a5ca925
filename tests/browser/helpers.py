"""Opening a view the way a person does and waiting until Streamlit is idle and every chart is drawn."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlencode

from playwright.sync_api import Page

from components.navigation import all_views
from tests.browser.conftest import ARTIFACTS

CHART = '[data-testid="stPlotlyChart"]'
STATUS = '[data-testid="stStatusWidget"]'
ERROR_BOX = '[data-testid="stException"]'
# Console noise that Chromium prints in a closed network, not caused by the app.
BENIGN_CONSOLE = ("net::ERR_", "Failed to load resource", "favicon")


def wait_idle(page: Page) -> None:
    """Wait until the script has run: app rendered, no running indicator, every Plotly chart drawn."""
    page.wait_for_selector('[data-testid="stAppViewContainer"]')
    page.wait_for_selector('[data-testid="stMainBlockContainer"] h1')
    page.wait_for_function(f"!document.querySelector('{STATUS}')", polling=200)
    charts = page.locator(CHART).count()
    for i in range(charts):
        page.locator(CHART).nth(i).locator(".main-svg").first.wait_for(state="attached")
    page.wait_for_timeout(300)


def url_of(base: str, view: str, **params: object) -> str:
    """The URL of a view (the default view, the overview, lives at ``/``) with query parameters."""
    path = "" if view == all_views()[0].name else view
    query = f"?{urlencode({k: str(v) for k, v in params.items()})}" if params else ""
    return f"{base}/{path}{query}"


def open_view(page: Page, base: str, view: str = "", **params: object) -> None:
    """Navigate to ``/<view>?params`` and wait until it is idle."""
    page.goto(url_of(base, view, **params))
    wait_idle(page)


def app_errors(page: Page) -> list[str]:
    """Streamlit error boxes and console errors caused by the app."""
    boxes = [page.locator(ERROR_BOX).nth(i).inner_text() for i in range(page.locator(ERROR_BOX).count())]
    console = [e for e in page.console_errors if not any(b in e for b in BENIGN_CONSOLE)]  # type: ignore[attr-defined]
    return boxes + console


def screenshot(page: Page, name: str) -> Path:
    """Save a screenshot of the whole app (tall viewport: Streamlit scrolls an inner container)."""
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    page.screenshot(path=str(path))
    return path


def main_text(page: Page) -> str:
    """The visible text of the main area (not the sidebar)."""
    return page.locator('[data-testid="stMain"]').inner_text()
