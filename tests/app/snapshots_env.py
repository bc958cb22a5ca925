"""AppTest against a private snapshots directory (``$ESG_SNAPSHOTS_DIR``); routing as set up in conftest.py."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from esg.importer import import_bytes
from esg.paths import SNAPSHOTS_ENV
from tests.app.helpers import APP
from tests.importdata import NEW, copy_snapshots, csv_bytes, good_rows

PAYLOAD = "<img src=x onerror=alert(1)>"
REASON_PAYLOAD = "<script>alert('reason')</script> **bold** [link](javascript:alert(2))"


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
def use_snapshots(monkeypatch: pytest.MonkeyPatch) -> Iterator[callable]:
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
