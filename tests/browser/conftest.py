"""Browser layer: a real ``streamlit run app.py`` on a free loopback port, driven by Playwright with Debian's
Chromium. Screenshots go to ``tests/artifacts/screenshots`` (kept by the run, ignored by git)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from perf.chromium import CHROMIUM, CHROMIUM_ARGS
from perf.server import free_port

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
TIMEOUT_MS = 20_000


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Everything under tests/browser is marked ``browser`` (``scripts/test.sh --fast`` skips it)."""
    for item in items:
        if "tests/browser" in str(item.path):
            item.add_marker(pytest.mark.browser)


def start_server(port: int, extra_env: dict[str, str] | None = None, cwd: Path = ROOT) -> subprocess.Popen:
    """Start ``streamlit run app.py`` and wait until its health endpoint answers."""
    log = open(ARTIFACTS / f"server-{port}.log", "w")  # noqa: SIM115 - closed with the process
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.address", "127.0.0.1", "--server.port",
         str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=cwd, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, **(extra_env or {})},
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as response:
                if response.read() == b"ok":
                    return proc
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise RuntimeError(f"streamlit did not start on port {port}; see {log.name}")


@pytest.fixture(scope="session")
def server() -> Iterator[str]:
    """Base URL of a dashboard server running on the committed data."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    port = free_port()
    proc = start_server(port)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=20)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One headless Chromium (Debian's) for the session."""
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh context and page at 1280x720 in a Chinese browser (``zh-CN``); console errors are collected on
    ``page.console_errors``."""
    context = browser.new_context(viewport={"width": 1280, "height": 720}, accept_downloads=True, locale="zh-CN")
    new_page = context.new_page()
    new_page.set_default_timeout(TIMEOUT_MS)
    errors: list[str] = []
    new_page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    new_page.on("pageerror", lambda exc: errors.append(str(exc)))
    new_page.console_errors = errors  # type: ignore[attr-defined]
    yield new_page
    context.close()
