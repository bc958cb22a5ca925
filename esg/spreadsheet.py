"""Cells of every CSV and Excel export: nothing a spreadsheet opens runs as a formula or becomes a live link.

OWASP's CSV-injection guidance: a text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
read by Excel, LibreOffice and Google Sheets as a formula (``=HYPERLINK(...)``, ``@SUM(...)``, ``-2+3+cmd|...``);
such a cell is written with a leading apostrophe, which makes it text. Numbers stay numbers (numeric columns are
untouched, a printed number such as ``-12.5`` or ``+3.2%`` is left as it is, so is the not-disclosed mark ``-``).
Workbooks are written with xlsxwriter's conversions off (no string becomes a formula, a number or a hyperlink).
The importer undoes the apostrophe (:func:`restore`), so an exported template imports unchanged.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Sequence
from typing import Any

import polars as pl

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_PATTERN = r"^[=+\-@\t\r]"
# A number as printed: sign, digits with separators, decimals, a percent sign (not a formula).
_NUMBER_PATTERN = r"^[+-]?\d[\d,]*(\.\d+)?%?$"
_NUMBER = re.compile(_NUMBER_PATTERN)
QUOTE = "'"
# xlsxwriter's options for every workbook written: strings are written as strings.
WORKBOOK_OPTIONS = {
    "in_memory": True,
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
}


def is_formula(text: str) -> bool:
    """Whether a spreadsheet would read ``text`` as a formula (a printed number and ``-`` are not)."""
    return text.startswith(FORMULA_START) and text != "-" and not _NUMBER.match(text)


def neutralise(text: str) -> str:
    """``text`` as a cell that is text in any spreadsheet: a formula-like text gets a leading apostrophe."""
    return QUOTE + text if is_formula(text) else text


def restore(text: str) -> str:
    """A cell written by :func:`neutralise` as it was (an apostrophe before a formula-like text removed)."""
    return text[1:] if text.startswith(QUOTE) and is_formula(text[1:]) else text


def neutralise_frame(frame: pl.DataFrame) -> pl.DataFrame:
    """``frame`` with every text cell and header neutralised; numeric columns unchanged."""
    columns = []
    for name, dtype in frame.schema.items():
        column = pl.col(name)
        if dtype == pl.String:
            risky = column.str.contains(_FORMULA_PATTERN) & (column != "-") & ~column.str.contains(_NUMBER_PATTERN)
            column = pl.when(risky).then(pl.lit(QUOTE) + column).otherwise(column)
        columns.append(column.alias(neutralise(name)))
    return frame.select(columns)


def workbook(buffer: io.BytesIO) -> Any:
    """An xlsxwriter workbook writing into ``buffer``, with every string conversion off."""
    import xlsxwriter

    return xlsxwriter.Workbook(buffer, WORKBOOK_OPTIONS)


def write_cell(sheet: Any, row: int, column: int, value: object, cell_format: Any = None) -> None:
    """Write one cell: a finite number as a number, nothing as a blank cell, anything else as neutralised text."""
    if value is None:
        sheet.write_blank(row, column, None, cell_format)
    elif isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        sheet.write_number(row, column, value, cell_format)
    else:
        sheet.write_string(row, column, neutralise(str(value)), cell_format)


def write_rows(sheet: Any, top: int, rows: Sequence[Sequence[object]], cell_format: Any = None) -> None:
    """Write ``rows`` from row ``top`` down, cell by cell (:func:`write_cell`)."""
    for r, values in enumerate(rows, start=top):
        for c, value in enumerate(values):
            write_cell(sheet, r, c, value, cell_format)


def xlsx_bytes(frame: pl.DataFrame, sheet_name: str) -> bytes:
    """``frame`` as a one-sheet workbook: a bold header, numbers as numbers, neutralised text, columns fitted."""
    buffer = io.BytesIO()
    book = workbook(buffer)
    sheet = book.add_worksheet(sheet_name)
    write_rows(sheet, 0, [frame.columns], book.add_format({"bold": True}))
    write_rows(sheet, 1, frame.rows())
    for c, name in enumerate(frame.columns):
        widest = max((len(str(v)) for v in frame.get_column(name).to_list() if v is not None), default=0)
        sheet.set_column(c, c, min(max(len(name), widest) + 2, 60))
    sheet.freeze_panes(1, 0)
    book.close()
    return buffer.getvalue()
