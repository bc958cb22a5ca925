"""Reading an import file: its bytes -> the rows under its header, each cell as read (text from a CSV file in UTF-8 or
GB18030, text or numbers from an ``.xlsx`` workbook), with the line or row number that every message names."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from esg.errors import DataError, Problem
from esg.importer.layout import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_IMPORT_BYTES,
    MAX_ROWS,
    MAX_UNZIPPED_BYTES,
    OPTIONAL_COLUMNS,
    REQUIRED_COLUMNS,
    SHEET,
    TEMPLATE_COLUMNS,
)

if TYPE_CHECKING:
    from openpyxl import Workbook

CORRUPT_XLSX = "a complete .xlsx workbook"


@dataclass(frozen=True)
class RawRow:
    """One data row of an import file as read: the line (CSV) or row (Excel) number, and each column's cell."""

    line: int
    cells: dict[str, object]


@dataclass(frozen=True)
class _Table:
    """A file's content before its header is checked: its label in messages, the header and its line, the rows."""

    label: str
    header: list[str]
    header_line: int
    rows: list[RawRow]


def read_import_bytes(path: Path, *, max_bytes: int = MAX_IMPORT_BYTES) -> bytes:
    """The bytes of an import file, refusing a missing, empty or oversized file before reading it."""
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DataError([Problem(name, None, None, "an existing, readable file", type(exc).__name__)]) from exc
    if not path.is_file():
        raise DataError([Problem(name, None, None, "a file, not a directory")])
    _check_size(name, size, max_bytes)
    return path.read_bytes()


def _check_size(name: str, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise DataError(
            [Problem(name, None, None, f"a file of at most {max_bytes:,} bytes", f"{size:,} bytes (too large)")]
        )
    if size == 0:
        raise DataError([Problem(name, None, None, "a header row and data rows", "an empty file")])


def read_rows(data: bytes, name: str, *, max_bytes: int = MAX_IMPORT_BYTES) -> tuple[str, list[RawRow]]:
    """Read an import file (``.csv`` in UTF-8 or GB18030, or ``.xlsx``) into rows; return its label and the rows.

    The label names the file (and the sheet of a workbook) in every message. Raises :class:`DataError`.
    """
    _check_size(name, len(data), max_bytes)
    table = _read_table(data, name)
    _check_header(table.label, table.header, table.header_line)
    if not table.rows:
        raise DataError([Problem(table.label, None, None, "at least one data row under the header", "none")])
    if len(table.rows) > MAX_ROWS:
        raise DataError(
            [Problem(table.label, None, None, f"at most {MAX_ROWS:,} data rows", f"{len(table.rows):,} rows")]
        )
    _check_text_sizes(table)
    return table.label, table.rows


def _check_text_sizes(table: _Table) -> None:
    """Refuse a cell holding more text than a name, a note or a reason ever needs (a 57 MB "note")."""
    problems = [
        Problem(table.label, row.line, column, f"at most {MAX_CELL_CHARS:,} characters", f"{len(value):,} characters")
        for row in table.rows
        for column, value in row.cells.items()
        if isinstance(value, str) and len(value) > MAX_CELL_CHARS
    ]
    if problems:
        raise DataError(problems)


def _read_table(data: bytes, name: str) -> _Table:
    suffix = Path(name).suffix.lower()
    if suffix == ".csv":
        return _csv_table(data, name)
    if suffix == ".xlsx":
        return _xlsx_table(data, name)
    if suffix in (".xls", ".et", ".ods", ".numbers"):
        raise DataError([Problem(name, None, None, "a .csv or .xlsx file (save the workbook as .xlsx)", suffix)])
    raise DataError([Problem(name, None, None, "a .csv or .xlsx file", suffix or "no extension")])


def _check_header(label: str, header: list[str], line: int) -> None:
    if len(header) > MAX_COLUMNS:
        raise DataError([Problem(label, line, None, f"at most {MAX_COLUMNS} columns", f"{len(header):,} columns")])
    problems = []
    allowed = set(REQUIRED_COLUMNS) | set(OPTIONAL_COLUMNS)
    seen: set[str] = set()
    for column in header:
        if column in seen:
            problems.append(Problem(label, line, column, "each column once in the header", column))
        seen.add(column)
        if column not in allowed:
            problems.append(
                Problem(label, line, column or None, f"only the import columns ({', '.join(TEMPLATE_COLUMNS)})", column)
            )
    problems += [
        Problem(label, line, column, "this column in the header", ",".join(header))
        for column in REQUIRED_COLUMNS
        if column not in seen
    ]
    if problems:
        raise DataError(problems)


# --------------------------------------------------------------------------------------------------------------- CSV


def _line_at(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) or, failing that, GB18030 (what Chinese spreadsheet software writes)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = _line_at(data, exc.start)
        if exc.end >= len(data) and exc.reason == "unexpected end of data":
            raise DataError(
                [Problem(name, line, None, "complete UTF-8 text", "the file ends inside a character (truncated?)")]
            ) from None
        if sum(ord(c) > 0x7F for c in data[: exc.start].decode("utf-8-sig", errors="replace")) >= 4:
            # Several valid multi-byte UTF-8 characters before the bad byte: a damaged UTF-8 file, not GB18030 (whose
            # Chinese text almost never reads as more than one or two UTF-8 characters).
            raise DataError(
                [Problem(name, line, None, "UTF-8 text", f"an undecodable byte at offset {exc.start} (corrupt file?)")]
            ) from None
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError as exc:
        truncated = exc.end >= len(data)
        found = "the file ends inside a character (truncated?)" if truncated else f"an undecodable byte at {exc.start}"
        raise DataError(
            [Problem(name, _line_at(data, exc.start), None, "UTF-8 or GB18030 text (a CSV file)", found)]
        ) from None


def _csv_text(data: bytes, name: str) -> str:
    """The text of a CSV file, refusing binary data and a file of nothing but white space."""
    if b"\x00" in data:
        line = _line_at(data, data.index(b"\x00"))
        raise DataError([Problem(name, line, None, "text (a CSV file)", "binary data: a corrupt or non-CSV file")])
    text = _decode(data, name)
    if not text.strip():
        raise DataError([Problem(name, None, None, "a header row and data rows", "an empty file")])
    return text


def _csv_table(data: bytes, name: str) -> _Table:
    text = _csv_text(data, name)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    problems: list[Problem] = []
    rows: list[RawRow] = []
    header: list[str] | None = None
    header_line = 1
    try:
        for cells in _filled(reader):
            if header is None:
                header, header_line = [c.strip() for c in cells], reader.line_num
            elif len(cells) != len(header):
                truncated = " (a truncated file?)" if reader.line_num >= text.count("\n") else ""
                found = f"{len(cells)} cells{truncated}"
                problems.append(Problem(name, reader.line_num, None, f"{len(header)} cells like the header", found))
            else:
                rows.append(RawRow(reader.line_num, dict(zip(header, cells, strict=True))))
    except csv.Error as exc:
        problems.append(
            Problem(name, reader.line_num, None, "well-formed CSV (a truncated or corrupt file?)", str(exc))
        )
    if problems:
        raise DataError(problems)
    return _Table(name, header or [], header_line, rows)


def _filled(reader: Iterator[list[str]]) -> Iterator[list[str]]:
    """The rows of a CSV reader that have a cell other than white space."""
    return (cells for cells in reader if any(c.strip() for c in cells))


# ------------------------------------------------------------------------------------------------------------- Excel


def _xlsx_table(data: bytes, name: str) -> _Table:
    workbook = _open_workbook(data, name)
    try:
        return _sheet_table(workbook, name)
    except DataError:
        raise
    except Exception as exc:
        raise DataError([Problem(name, None, None, CORRUPT_XLSX, f"{type(exc).__name__}: a corrupt sheet")]) from exc
    finally:
        workbook.close()


def _open_workbook(data: bytes, name: str) -> Workbook:
    """The workbook of an ``.xlsx`` file, refusing a damaged archive or one that inflates beyond reason."""
    buffer = io.BytesIO(data)
    if not zipfile.is_zipfile(buffer):
        raise DataError([Problem(name, None, None, CORRUPT_XLSX, "not a zip archive: a truncated or corrupt file")])
    try:
        _check_archive(buffer, name)
        import openpyxl

        # Read-only: rows are streamed from the sheet's XML, never held as a grid of cell objects.
        return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except DataError:
        raise
    except Exception as exc:  # zipfile, zlib, XML and openpyxl errors all mean a damaged workbook
        raise DataError(
            [Problem(name, None, None, CORRUPT_XLSX, f"{type(exc).__name__}: a truncated or corrupt file")]
        ) from exc


def _check_archive(buffer: io.BytesIO, name: str) -> None:
    with zipfile.ZipFile(buffer) as archive:
        inflated = sum(info.file_size for info in archive.infolist())
        if inflated > MAX_UNZIPPED_BYTES:
            raise DataError(
                [Problem(name, None, None, f"{CORRUPT_XLSX} of reasonable size", f"{inflated:,} bytes unpacked")]
            )
        damaged = archive.testzip()
    if damaged is not None:
        raise DataError([Problem(name, None, None, CORRUPT_XLSX, f"the part {damaged} is damaged")])


def _sheet_table(workbook: Workbook, name: str) -> _Table:
    """The sheet named ``indicators`` (or else the first): its header row, then every row with a value."""
    sheet = workbook[SHEET] if SHEET in workbook.sheetnames else workbook.worksheets[0]
    label = f"{name}, sheet '{sheet.title}'"
    _check_dimensions(sheet, label)
    sheet.reset_dimensions()  # a claimed size is not trusted further: rows are read at most MAX_COLUMNS + 1 wide
    header: list[str] | None = None
    header_line = 1
    rows: list[RawRow] = []
    problems: list[Problem] = []
    for row_number, cells in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS + 1), start=1):
        values = [_cell_value(c) for c in cells]
        if header is None:
            if any(v not in (None, "") for v in values):
                header_line, header = row_number, _sheet_header(values)
        elif any(v is not None and str(v).strip() for v in values):
            problems += _sheet_row_problems(label, row_number, cells, header)
            padded = values[: len(header)] + [None] * (len(header) - len(values))
            rows.append(RawRow(row_number, dict(zip(header, padded, strict=True))))
            if len(rows) > MAX_ROWS:
                break
    if header is None:
        raise DataError([Problem(label, None, None, "a header row and data rows", "an empty sheet")])
    if problems:
        raise DataError(problems)
    return _Table(label, header, header_line, rows)


def _check_dimensions(sheet: Any, label: str) -> None:
    """Refuse a sheet whose declared size (its ``<dimension>``) is beyond the limits, before reading a row."""
    rows, columns = sheet.max_row or 0, sheet.max_column or 0
    if rows > MAX_ROWS + 100 or columns > MAX_COLUMNS:
        found = f"a sheet of {rows:,} rows and {columns:,} columns (up to cell {sheet.calculate_dimension()})"
        raise DataError([Problem(label, None, None, f"at most {MAX_ROWS:,} rows and {MAX_COLUMNS} columns", found)])


def _cell_value(cell: Any) -> object:
    """A cell's value; a number formatted as a percentage as the percentage shown (0.201 as 20.1 for 20.1%)."""
    value = cell.value
    if isinstance(value, int | float) and not isinstance(value, bool) and "%" in (cell.number_format or ""):
        return round(value * 100, 9)
    return value


def _sheet_header(values: Sequence[object]) -> list[str]:
    header = [str(v).strip() if v is not None else "" for v in values]
    while header and header[-1] == "":
        header.pop()
    return header


def _sheet_row_problems(label: str, line: int, cells: Sequence[Any], header: list[str]) -> list[Problem]:
    """A formula where a value belongs, and values right of the header's last column."""
    problems = [
        Problem(
            label,
            line,
            column or None,
            f"a value, not a formula (cell {cell.coordinate}: paste values only)",
            str(cell.value),
        )
        for cell, column in zip(cells, header, strict=False)
        if cell.data_type == "f"
    ]
    extra = [c.value for c in cells[len(header) :] if c.value is not None and str(c.value).strip()]
    if extra:
        problems.append(Problem(label, line, None, f"{len(header)} cells like the header", "more"))
    return problems
