"""Shared fixtures: the committed snapshot, a scratch copy of the curated sources to break on purpose, and the app
behind nginx as ``deploy/`` configures it."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest

from esg.paths import SNAPSHOTS_DIR, SOURCE_DIR
from perf.server import Server, proxied_replicas

EDITION = "2024"
# No background warm-up (components/warm.py) in the test processes: AppTest runs app.py here, and the servers the tests
# start inherit this; tests/test_warm.py calls the warm-up itself.
os.environ["ESG_WARM"] = "0"


@pytest.fixture(scope="session")
def snapshot() -> Path:
    """The committed 2024 snapshot directory."""
    return SNAPSHOTS_DIR / EDITION


@pytest.fixture(scope="session")
def indicators(snapshot: Path) -> pl.DataFrame:
    """The committed indicators table."""
    return pl.read_parquet(snapshot / "indicators.parquet")


@pytest.fixture
def source_copy(tmp_path: Path) -> Path:
    """A private copy of ``data/source`` that a test may corrupt."""
    target = tmp_path / "source"
    shutil.copytree(SOURCE_DIR, target)
    return target


@pytest.fixture(scope="session")
def proxy() -> Iterator[Server]:
    """``deploy/start-local.sh`` with one replica: nginx on a loopback port in front of ``streamlit run app.py``."""
    with proxied_replicas(1, warm_start=False) as started:
        yield started
