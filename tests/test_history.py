"""No history lost, no edition takes the app down (issue 18 items 4 and 5): a short file is refused or carried
forward, a mass removal needs a reason; an edition can be withdrawn (kept on disk, hidden, recorded); an edition
removed by hand, a manifest nested 100,000 deep or an unreadable snapshot leaves the app on the last good edition."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from esg.cli import main
from esg.errors import DataError
from esg.importer import import_bytes, plan_import
from esg.snapshot import list_editions, withdrawals
from tests.app.snapshots_env import start
from tests.importdata import BASE, NEW, copy_snapshots, csv_bytes, good_rows


@pytest.fixture
def snapshots(tmp_path: Path) -> Path:
    return copy_snapshots(tmp_path / "snapshots")


def new_year_only() -> list[dict[str, str]]:
    return [r for r in good_rows() if r["year"] == NEW]


def test_a_short_file_cannot_wipe_history(snapshots: Path) -> None:
    for rows in (good_rows()[:1], new_year_only()):
        with pytest.raises(DataError) as caught:
            plan_import(csv_bytes(rows), "short.csv", snapshots, NEW)
        assert "--carry-forward" in str(caught.value) and "figures left out" in str(caught.value)
    assert list_editions(snapshots) == [BASE]


def test_a_short_file_is_carried_forward_when_asked(snapshots: Path, tmp_path: Path) -> None:
    total = plan_import(csv_bytes(good_rows()), "esg.csv", snapshots, NEW).indicators.height
    upload = tmp_path / "new_year.csv"
    upload.write_bytes(csv_bytes(new_year_only()))
    assert main(["import", str(upload), "--edition", NEW, "--snapshots-dir", str(snapshots), "--carry-forward"]) == 0
    manifest = json.loads((snapshots / NEW / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["files"]["indicators"]["rows"] == total - 1 + 1  # every figure kept, the five new ones added
    assert manifest["import"]["removed"] == 0 and manifest["import"]["carried_forward"] is True


def test_a_mass_removal_needs_a_reason_and_records_it(snapshots: Path) -> None:
    plan = import_bytes(csv_bytes(new_year_only()), "new.csv", snapshots, NEW, removal_reason="Scope narrowed")
    assert plan.counts()["removed"] > 20
    manifest = json.loads((snapshots / NEW / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["import"]["removal_reason"] == "Scope narrowed"


def test_an_edition_is_withdrawn_kept_on_disk_hidden_and_recorded(snapshots: Path) -> None:
    import_bytes(csv_bytes(good_rows()), "esg.csv", snapshots, NEW)
    assert main(["withdraw", NEW, "--reason", "Wrong file", "--snapshots-dir", str(snapshots)]) == 0
    assert list_editions(snapshots) == [BASE] and (snapshots / NEW / "manifest.json").is_file()
    assert withdrawals(snapshots)[NEW]["reason"] == "Wrong file"
    with pytest.raises(DataError):  # the withdrawn snapshot is never overwritten
        plan_import(csv_bytes(good_rows()), "esg.csv", snapshots, NEW)
    assert main(["withdraw", BASE, "--reason", "", "--snapshots-dir", str(snapshots)]) == 2


def test_a_withdrawn_edition_is_not_shown(snapshots: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import_bytes(csv_bytes(good_rows()), "esg.csv", snapshots, NEW)
    monkeypatch.setenv("ESG_SNAPSHOTS_DIR", str(snapshots))
    assert start("en").sidebar.selectbox(key="edition").value == NEW
    main(["withdraw", NEW, "--reason", "Wrong file", "--snapshots-dir", str(snapshots)])
    at = start("en")
    assert not at.exception and at.sidebar.selectbox(key="edition").options == [BASE]


@pytest.mark.parametrize("damage", ["removed", "nested", "unreadable"])
def test_a_missing_or_unreadable_edition_falls_back(
    snapshots: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    import_bytes(csv_bytes(good_rows()), "esg.csv", snapshots, NEW)
    monkeypatch.setenv("ESG_SNAPSHOTS_DIR", str(snapshots))
    assert start("en").sidebar.selectbox(key="edition").value == NEW  # the status cache holds 2025 as good
    if damage == "removed":
        shutil.rmtree(snapshots / NEW)
    elif damage == "nested":
        (snapshots / NEW / "manifest.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    else:  # as if the server may not read it (a test run as root reads any file: the read fails instead)
        import esg.snapshot

        read = esg.snapshot._sha256

        def denied(path: Path) -> str:
            if path.parent.name == NEW:
                raise PermissionError(13, "Permission denied", str(path))
            return read(path)

        monkeypatch.setattr(esg.snapshot, "_sha256", denied)
        (snapshots / NEW / "manifest.json").touch()  # what a writer or an operator leaves behind
    at = start("en")  # another session, at once (not after the status cache's minute)
    assert not at.exception, [e.value for e in at.exception]
    assert at.sidebar.selectbox(key="edition").value == BASE
    errors = [e.value for e in at.error]
    assert errors == [] if damage == "removed" else len(errors) == 1 and NEW in errors[0]
