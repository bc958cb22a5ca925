"""AppTest against a private snapshots directory (``$ESG_SNAPSHOTS_DIR``), with every run going through ``app.py``.

AppTest resets ``PagesManager.uses_pages_directory`` before each run; with a ``pages/`` directory next to ``app.py``
Streamlit then takes its legacy multipage path on every run after a page switch and runs the page file without the
router (no sidebar: the global filters' widget state is dropped). A real server switches legacy mode off for good at
the first ``st.navigation`` call, so :func:`routed` does the same here, which makes multi-step AppTests (sign in,
upload, confirm) behave like a browser session.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest

from esg.importer import import_bytes
from esg.paths import SNAPSHOTS_ENV
from tests.app.helpers import APP
from tests.importdata import NEW, copy_snapshots, csv_bytes, good_rows

PAYLOAD = "<img src=x onerror=alert(1)>"
REASON_PAYLOAD = "<script>alert('reason')</script> **bold** [link](javascript:alert(2))"


@pytest.fixture
def routed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every AppTest run executes ``app.py`` (the router), as on a running server."""
    original = PagesManager.__init__

    def init(self: PagesManager, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False

    monkeypatch.setattr(PagesManager, "__init__", init)


def imported_snapshots(target: Path, *, name_en: str | None = None, reason: str | None = None) -> Path:
    """A snapshots directory with the committed 2024 edition and a 2025 edition imported on top of it."""
    copy_snapshots(target)
    rows = good_rows(name_en=name_en)
    if name_en is not None:
        for row in rows:
            if row["indicator_id"] == "ghg_scope1":
                row["name_en"] = name_en
    if reason is not None:
        next(r for r in rows if r["reason"])["reason"] = reason
    import_bytes(csv_bytes(rows), "esg_2025.csv", target, NEW)
    return target


@pytest.fixture
def use_snapshots(monkeypatch: pytest.MonkeyPatch, routed: None) -> Iterator[callable]:
    """Point the app at a snapshots directory for this test."""

    def use(path: Path) -> Path:
        monkeypatch.setenv(SNAPSHOTS_ENV, str(path))
        return path

    yield use


def copy_tree(source: Path, target: Path) -> Path:
    """A private copy of a snapshots directory."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns(".lock"))
    return target


def start(lang: str = "en", *, secrets: dict[str, str] | None = None, **params: object) -> AppTest:
    """Run ``app.py`` once (the default page) with URL parameters."""
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["lang"] = lang
    for key, value in params.items():
        at.query_params[key] = str(value)
    for key, value in (secrets or {}).items():
        at.secrets[key] = value
    at.run()
    return at


def open_page(view: str, lang: str = "en", *, secrets: dict[str, str] | None = None, **params: object) -> AppTest:
    """Run ``pages/<view>.py`` through the router; no exception may escape."""
    at = start(lang, secrets=secrets, **params)
    at.switch_page(f"pages/{view}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def sidebar_value(at: AppTest, key: str) -> tuple[object, list[str]]:
    """The value and the options of a sidebar selectbox."""
    box = at.sidebar.selectbox(key=key)
    return box.value, list(box.options)
