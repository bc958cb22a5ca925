"""File-system errors end in a clear message with nothing lost (issue 18 item 8): a read-only snapshots directory
(as deployed with ProtectSystem=strict) and a full disk stop an import with exit 2 and no traceback, and the
previous snapshots are byte-identical, no half-written edition left."""

from __future__ import annotations

import errno
from pathlib import Path

import polars as pl
import pytest

import esg.snapshot
from esg.cli import main
from esg.snapshot import list_editions
from tests.importdata import BASE, NEW, copy_snapshots, csv_bytes, digests, good_rows


@pytest.fixture
def upload(tmp_path: Path) -> Path:
    path = tmp_path / "esg_2025.csv"
    path.write_bytes(csv_bytes(good_rows()))
    return path


def run_import(upload: Path, snapshots: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["import", str(upload), "--edition", NEW, "--snapshots-dir", str(snapshots)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err


def test_a_read_only_snapshots_directory(
    tmp_path: Path, upload: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    snapshots = copy_snapshots(tmp_path / "snapshots")
    before = digests(snapshots / BASE)

    def read_only(*args: object, **kwargs: object) -> str:
        raise OSError(errno.EROFS, "Read-only file system", str(snapshots))

    monkeypatch.setattr(esg.snapshot.tempfile, "mkdtemp", read_only)
    err = run_import(upload, snapshots, capsys)
    assert "read-only" in err and "nothing was changed" in err
    assert digests(snapshots / BASE) == before and list_editions(snapshots) == [BASE]


def test_a_full_disk_leaves_nothing_half_written(
    tmp_path: Path, upload: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    snapshots = copy_snapshots(tmp_path / "snapshots")
    before = digests(snapshots / BASE)
    written: list[object] = []
    original = pl.DataFrame.write_parquet

    def fills_up(self: pl.DataFrame, path: object, **kwargs: object) -> None:
        if written:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        written.append(path)
        original(self, path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pl.DataFrame, "write_parquet", fills_up)
    err = run_import(upload, snapshots, capsys)
    assert "disk is full" in err
    assert list_editions(snapshots) == [BASE] and digests(snapshots / BASE) == before
    assert [p.name for p in snapshots.iterdir() if p.name.startswith(".staging")] == []
