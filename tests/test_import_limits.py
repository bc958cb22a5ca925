"""Tiny files that would exhaust the server are refused (issue 18 item 3): a 57 MB note in a small workbook, a sheet
whose dimension claims cell XFD1048576, too many columns, an overlong cell; the file is read in a child process
under a time and a memory budget (``esg.importer.sandbox``), in openpyxl's read-only streaming mode; a cell formatted
as a percentage is read as the percentage it shows."""

from __future__ import annotations

import io
import time
import tracemalloc
import zipfile
from pathlib import Path

import polars as pl
import pytest
import xlsxwriter

from esg.errors import DataError
from esg.importer import import_bytes, plan_import
from esg.importer.layout import MAX_CELL_CHARS, MAX_COLUMNS, TEMPLATE_COLUMNS
from esg.importer.sandbox import read_rows_limited
from tests.importdata import NEW, copy_snapshots, csv_bytes, find, good_rows, xlsx_bytes

MARKER = "NOTE-TO-INFLATE"


@pytest.fixture
def snapshots(tmp_path: Path) -> Path:
    return copy_snapshots(tmp_path / "snapshots")


def patched(data: bytes, part: str, old: bytes, new: bytes) -> bytes:
    """A copy of the workbook ``data`` with ``old`` replaced by ``new`` in the archive part ``part``."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            target.writestr(info.filename, content.replace(old, new) if info.filename == part else content)
    return out.getvalue()


def refused_quickly(data: bytes, name: str, snapshots: Path) -> tuple[list[str], float, int]:
    """The problems of importing ``data``, the seconds it took and the bytes the parent allocated meanwhile."""
    tracemalloc.start()
    start = time.monotonic()
    with pytest.raises(DataError) as caught:
        plan_import(data, name, snapshots, NEW)
    seconds = time.monotonic() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return [str(p) for p in caught.value.problems], seconds, peak


def test_a_57_mb_note_in_a_small_workbook_is_refused_within_seconds(snapshots: Path) -> None:
    rows = good_rows()
    rows[-1]["note_en"] = MARKER
    data = patched(xlsx_bytes(rows), "xl/sharedStrings.xml", MARKER.encode(), b"x" * (57 * 1024 * 1024))
    assert len(data) < 400_000
    problems, seconds, peak = refused_quickly(data, "bomb.xlsx", snapshots)
    assert any("column 'note_en'" in p and f"at most {MAX_CELL_CHARS:,} characters" in p for p in problems), problems
    assert seconds < 30
    assert peak < 20 * 1024 * 1024  # the note never reached the server process


def test_a_sheet_claiming_cell_xfd1048576_is_refused_before_reading(snapshots: Path) -> None:
    data = xlsx_bytes(good_rows()[:3])
    sheet = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")
    claimed = sheet[sheet.index(b"<dimension") : sheet.index(b"/>", sheet.index(b"<dimension")) + 2]
    data = patched(data, "xl/worksheets/sheet1.xml", claimed, b'<dimension ref="A1:XFD1048576"/>')
    problems, seconds, _ = refused_quickly(data, "bomb.xlsx", snapshots)
    assert any("XFD1048576" in p and f"at most 50,000 rows and {MAX_COLUMNS} columns" in p for p in problems)
    assert seconds < 30


def test_the_reader_runs_under_a_time_and_a_memory_budget() -> None:
    data = csv_bytes(good_rows())
    with pytest.raises(DataError) as slow:
        read_rows_limited(data, "esg.csv", seconds=0.001)
    assert "that can be read in seconds" in str(slow.value)
    with pytest.raises(DataError) as hungry:
        read_rows_limited(data * 4, "esg.csv", memory=1024 * 1024)
    assert "in reasonable memory" in str(hungry.value)
    label, rows = read_rows_limited(data, "esg.csv")
    assert label == "esg.csv" and len(rows) == len(good_rows())


def test_overlong_cells_and_too_many_columns_are_refused(snapshots: Path) -> None:
    rows = good_rows()
    rows[3]["note"] = "长" * (MAX_CELL_CHARS + 1)
    with pytest.raises(DataError) as long_cell:
        plan_import(csv_bytes(rows), "esg.csv", snapshots, NEW)
    assert [(p.line, p.column) for p in long_cell.value.problems] == [(5, "note")]
    columns = [*TEMPLATE_COLUMNS, *(f"extra{i}" for i in range(MAX_COLUMNS))]
    with pytest.raises(DataError) as wide:
        plan_import(csv_bytes(rows[:2], columns=columns), "esg.csv", snapshots, NEW)
    assert f"at most {MAX_COLUMNS} columns" in str(wide.value)


def test_a_cell_formatted_as_a_percentage_is_read_as_the_percentage_shown(snapshots: Path) -> None:
    rows = good_rows()
    index = find(rows, indicator_id="employees_female_pct", entity="group", year=NEW)
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet, percent = book.add_worksheet("indicators"), book.add_format({"num_format": "0.0%"})
    for c, column in enumerate(TEMPLATE_COLUMNS):
        sheet.write_string(0, c, column)
    for r, row in enumerate(rows, start=1):
        for c, column in enumerate(TEMPLATE_COLUMNS):
            sheet.write_string(r, c, row.get(column, ""))
        if r - 1 == index:
            sheet.write_number(r, TEMPLATE_COLUMNS.index("value"), 0.201, percent)  # Excel shows 20.1%
    book.close()
    plan = import_bytes(buffer.getvalue(), "esg.xlsx", snapshots, NEW)
    figure = plan.indicators.filter(
        pl.col("indicator_id") == "employees_female_pct", pl.col("entity") == "group", pl.col("year") == 2025
    ).row(0, named=True)
    assert (figure["value"], figure["printed"], figure["unit"]) == (20.1, "20.1", "%")
