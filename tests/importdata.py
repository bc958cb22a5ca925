"""Test data for imports: a private copy of the committed snapshots, the import template's rows, a good 2025 import
(five new figures, one restated 2024 figure) and writers for CSV and Excel files, good or broken."""

from __future__ import annotations

import csv
import hashlib
import io
import shutil
from functools import cache
from pathlib import Path

import xlsxwriter

from esg.importer import TEMPLATE_COLUMNS, template_frame
from esg.paths import SNAPSHOTS_DIR

BASE = "2024"
NEW = "2025"
REASON = "Coal emission factor corrected after verification (GRI 2-4)"
RESTATED = {"indicator_id": "ghg_scope1", "entity": "group", "segment": "", "year": "2024"}
RESTATED_FROM, RESTATED_TO = 563111.0, 563000.0
NEW_FIGURES = {  # indicator_id -> the 2025 figure (group level)
    "ghg_scope1": "550,000",
    "ghg_scope2": "1,250,000",
    "ghg_total": "1,800,000",
    "employees_total": "7,010",
    "employees_female_pct": "20.10",
}


def copy_snapshots(target: Path) -> Path:
    """``target`` holding a copy of the committed 2024 snapshot only (no lock file, no other editions)."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copytree(SNAPSHOTS_DIR / BASE, target / BASE)
    return target


def digests(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under ``folder`` (dot files included), by relative path."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@cache
def _template() -> tuple[tuple[tuple[str, str], ...], ...]:
    return tuple(tuple(r.items()) for r in template_frame(SNAPSHOTS_DIR / BASE).iter_rows(named=True))


def template_rows() -> list[dict[str, str]]:
    """The 2024 edition's figures in the import layout (a fresh copy each call)."""
    return [dict(r) for r in _template()]


def find(rows: list[dict[str, str]], **match: str) -> int:
    """Index of the one row matching ``match`` (segment defaults to empty)."""
    match.setdefault("segment", "")
    found = [i for i, r in enumerate(rows) if all(r[k] == v for k, v in match.items())]
    assert len(found) == 1, (match, found)
    return found[0]


def good_rows(*, name_en: str | None = None) -> list[dict[str, str]]:
    """The template plus the 2025 figures and the restated 2024 scope 1 emissions (with its reason)."""
    rows = template_rows()
    for indicator_id, value in NEW_FIGURES.items():
        row = dict(rows[find(rows, indicator_id=indicator_id, entity="group", year=BASE)])
        row.update(year=NEW, value=value, reason="", note="", note_en="")
        rows.append(row)
    restated = rows[find(rows, **RESTATED)]
    restated.update(value="563,000", reason=REASON)
    if name_en is not None:
        restated["name_en"] = name_en
    return rows


def csv_bytes(rows: list[dict[str, str]], *, encoding: str = "utf-8", columns: list[str] | None = None) -> bytes:
    """Rows as a CSV file in ``encoding``."""
    columns = columns or TEMPLATE_COLUMNS
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(c, "") for c in columns])
    return out.getvalue().encode(encoding)


def xlsx_bytes(
    rows: list[dict[str, str]], *, formula_at: int | None = None, number_at: tuple[int, float] | None = None
) -> bytes:
    """Rows as an Excel workbook (numbers as numbers); ``formula_at`` puts a formula in that row's value cell,
    ``number_at`` = (row, number) that number."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet("indicators")
    for c, column in enumerate(TEMPLATE_COLUMNS):
        sheet.write_string(0, c, column)
    for r, row in enumerate(rows, start=1):
        for c, column in enumerate(TEMPLATE_COLUMNS):
            cell = row.get(column, "")
            number = cell.replace(",", "")
            if column in ("year", "value") and number.replace(".", "", 1).isdigit():
                sheet.write_number(r, c, float(number))
            else:
                sheet.write_string(r, c, cell)
        if formula_at is not None and r - 1 == formula_at:
            sheet.write_formula(r, TEMPLATE_COLUMNS.index("value"), "=SUM(1,2)", None, 3)
        if number_at is not None and r - 1 == number_at[0]:
            sheet.write_number(r, TEMPLATE_COLUMNS.index("value"), number_at[1])
    book.close()
    return buffer.getvalue()


def line_of(index: int) -> int:
    """The CSV line (and Excel row) of data row ``index``: the header is line 1."""
    return index + 2
