"""Edition names and years are checked strictly (issue 18 item 6): four ASCII digits, a year from 2000 to next year;
full-width, Arabic-Indic and superscript digits, a trailing newline, letters and 2100 are refused by ``import`` and
``build`` with a clear message (exit 2, no traceback), and a directory with such a name is not an edition, so it
blocks nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from esg.cli import main
from esg.importer import import_bytes
from esg.snapshot import edition_problem, last_edition_year, list_editions
from tests.importdata import BASE, copy_snapshots, csv_bytes, good_rows

ODD = ["zzz", "２０２５", "٢٠٢٥", "2025\n", "²⁰²⁵", "2100", "1999", "20255", " 2025", "2025.0", ""]


@pytest.mark.parametrize("name", ODD)
def test_odd_edition_names_are_refused_by_import_and_build(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    snapshots = copy_snapshots(tmp_path / "snapshots")
    upload = tmp_path / "esg.csv"
    upload.write_bytes(csv_bytes(good_rows()))
    assert main(["import", str(upload), "--edition", name, "--snapshots-dir", str(snapshots)]) == 2
    assert main(["build", "--edition", name]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("--edition: expected") == 2
    assert "four ASCII digits" in err or f"from 2000 to {last_edition_year()}" in err
    assert list_editions(snapshots) == [BASE]


def test_a_directory_with_an_odd_name_is_no_edition_and_blocks_nothing(tmp_path: Path) -> None:
    snapshots = copy_snapshots(tmp_path / "snapshots")
    for name in ("２０２５", "2100", "zzz"):
        shutil.copytree(snapshots / BASE, snapshots / name)
    assert list_editions(snapshots) == [BASE]
    plan = import_bytes(csv_bytes(good_rows()), "esg.csv", snapshots, "2025", dry_run=True)
    assert plan.base == BASE


def test_year_cells_take_ascii_digits_only(tmp_path: Path) -> None:
    from esg.errors import DataError

    snapshots = copy_snapshots(tmp_path / "snapshots")
    rows = good_rows()
    rows[-1]["year"] = "２０２５"
    with pytest.raises(DataError) as caught:
        import_bytes(csv_bytes(rows), "esg.csv", snapshots, "2025", dry_run=True)
    assert [(p.column, p.found) for p in caught.value.problems] == [("year", "２０２５")]
    assert edition_problem("2025") == "" and edition_problem(str(last_edition_year())) == ""
