"""A real ``kill -9`` in the middle of an import or a build leaves the previous snapshots intact and usable.

The writer runs as a separate ``python -m esg`` process on a private copy of the snapshots. The test hook
``ESG_SNAPSHOT_PAUSE_AT`` holds it at a chosen point of the write (after the first table, with the new edition fully
staged, with the old edition moved aside); the test waits for the writer to say it is there, then kills it. Random
kill times cover the rest. Afterwards, as the app does on start, ``recover_interrupted`` tidies up, and every edition
must verify against its manifest and load.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import polars as pl
import pytest

from esg.importer import import_bytes
from esg.paths import PROJECT_DIR, SNAPSHOTS_ENV
from esg.snapshot import PAUSE_ENV, SNAPSHOT_TABLES, list_editions, recover_interrupted, verify_snapshot
from tests.importdata import BASE, NEW, copy_snapshots, csv_bytes, digests, find, good_rows


@pytest.fixture
def snapshots(tmp_path: Path) -> Path:
    return copy_snapshots(tmp_path / "snapshots")


@pytest.fixture
def import_file(tmp_path: Path) -> Path:
    path = tmp_path / "esg_2025.csv"
    path.write_bytes(csv_bytes(good_rows()))
    return path


def start(args: list[str], snapshots: Path, pause: str | None = None) -> subprocess.Popen:
    env = {**os.environ, SNAPSHOTS_ENV: str(snapshots), "PYTHONUNBUFFERED": "1"}
    env.pop(PAUSE_ENV, None)
    if pause:
        env[PAUSE_ENV] = f"{pause}:120"
    return subprocess.Popen(
        [sys.executable, "-m", "esg", *args],
        cwd=PROJECT_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def kill_when_paused(process: subprocess.Popen, point: str, timeout: float = 120) -> None:
    """Wait for the writer to report the pause point, then SIGKILL it (no clean-up code can run)."""
    deadline = time.monotonic() + timeout
    assert process.stderr is not None
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        if f"esg: paused at {point}" in line:
            break
        if not line and process.poll() is not None:
            pytest.fail(f"the writer ended (code {process.returncode}) before reaching {point}")
    else:
        pytest.fail(f"the writer never reached {point}")
    os.kill(process.pid, signal.SIGKILL)
    assert process.wait(timeout=30) == -signal.SIGKILL


def assert_usable(snapshots: Path, expected: dict[str, dict[str, str]]) -> None:
    """After the app's start-up recovery, exactly the expected editions exist, byte for byte, and load."""
    recover_interrupted(snapshots)
    assert list_editions(snapshots) == sorted(expected)
    assert sorted(p.name for p in snapshots.iterdir()) == sorted([*expected, ".lock"])
    for edition, files in expected.items():
        assert digests(snapshots / edition) == files, edition
        verify_snapshot(snapshots / edition)
        for table in SNAPSHOT_TABLES:
            assert pl.read_parquet(snapshots / edition / f"{table}.parquet").height > 0


@pytest.mark.parametrize("point", ["writing", "staged"])
def test_killing_an_import_keeps_the_previous_edition(snapshots: Path, import_file: Path, point: str) -> None:
    before = {BASE: digests(snapshots / BASE)}
    process = start(["import", str(import_file), "--edition", NEW], snapshots, pause=point)
    kill_when_paused(process, point)
    assert any(p.name.startswith(".staging-") for p in snapshots.iterdir())  # killed mid-write, for real
    assert_usable(snapshots, before)
    # The kernel released the killed writer's lock: the same import now succeeds.
    assert import_bytes(import_file.read_bytes(), import_file.name, snapshots, NEW, lock_timeout=1).written


def test_killing_a_re_import_after_the_old_edition_moved_aside_restores_it(
    snapshots: Path, import_file: Path, tmp_path: Path
) -> None:
    import_bytes(import_file.read_bytes(), import_file.name, snapshots, NEW)
    before = {BASE: digests(snapshots / BASE), NEW: digests(snapshots / NEW)}
    rows = good_rows()
    rows[find(rows, indicator_id="ghg_scope2", entity="group", year=NEW)]["value"] = "1,240,000"
    rows[find(rows, indicator_id="ghg_total", entity="group", year=NEW)]["value"] = "1,790,000"  # still scope 1 + 2
    second = tmp_path / "esg_2025_v2.csv"
    second.write_bytes(csv_bytes(rows))
    process = start(["import", str(second), "--edition", NEW, "--replace"], snapshots, pause="retired")
    kill_when_paused(process, "retired")
    assert NEW not in list_editions(snapshots)  # the worst moment: the old 2025 was aside, the new one not in place
    assert_usable(snapshots, before)


def test_killing_a_build_keeps_the_committed_snapshot(snapshots: Path) -> None:
    before = {BASE: digests(snapshots / BASE)}
    process = start(["build", "--edition", BASE], snapshots, pause="retired")
    kill_when_paused(process, "retired")
    assert BASE not in list_editions(snapshots)
    assert_usable(snapshots, before)


def test_kills_at_random_moments_never_leave_a_broken_edition(snapshots: Path, import_file: Path) -> None:
    before = digests(snapshots / BASE)
    rng = random.Random(20250401)
    for _ in range(4):
        process = start(["import", str(import_file), "--edition", NEW, "--replace"], snapshots)
        time.sleep(rng.uniform(0.3, 2.5))
        process.kill()
        process.wait(timeout=30)
        recover_interrupted(snapshots)
        editions = list_editions(snapshots)
        assert editions in ([BASE], [BASE, NEW])
        assert digests(snapshots / BASE) == before
        for edition in editions:
            verify_snapshot(snapshots / edition)
        assert not [p.name for p in snapshots.iterdir() if p.name.startswith((".staging-", ".retired-"))]
