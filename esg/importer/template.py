"""The import template: an edition's figures in the import layout (``python -m esg export-template``), as CSV or as
an Excel workbook with numbers as numbers, text as text and a readme sheet."""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import polars as pl

from esg import schema as s
from esg import spreadsheet
from esg.errors import DataError, Problem, SnapshotError
from esg.exports import export_bytes
from esg.importer.layout import MAX_ROWS, SHEET, TEMPLATE_COLUMNS
from esg.snapshot import list_editions, read_snapshot
from esg.vocabulary import SEGMENTS

TEMPLATE_HELP = [
    "导入模板 / Import template",
    "每行一个数值：indicator_id, entity, segment, year 唯一确定一个数值。One row per figure, keyed by indicator_id, "
    "entity, segment and year.",
    "新增年份：复制行并修改 year 与 value。A new year: copy rows, change year and value.",
    "更正以前年份（重述）：修改 value 并在 reason 中填写原因。A restatement: change value and give the reason.",
    "value：数字，或 - / 表示未披露。value: a number, or - or / for not disclosed. No formulas.",
    "单位须与上一版本一致。Units must be the ones the indicator had in the previous edition.",
    "python -m esg import FILE --edition 2025 --dry-run 先检查，再去掉 --dry-run 导入。Check first with --dry-run.",
]


def template_frame(snapshot: Path) -> pl.DataFrame:
    """An edition's figures in the import layout (``value`` as printed, ``reason`` of earlier restatements)."""
    indicators = read_snapshot(snapshot)["indicators"]
    return indicators.select(
        "indicator_id",
        "name_zh",
        "name_en",
        "unit",
        "unit_en",
        pl.col("year").cast(pl.String),
        pl.col("printed").alias("value"),
        "entity",
        pl.col("segment").fill_null(""),
        "source_table",
        "source_table_en",
        pl.col("note").fill_null(""),
        pl.col("note_en").fill_null(""),
        pl.col("restatement_reason").fill_null("").alias("reason"),
    )


def template_bytes(snapshot: Path, fmt: str) -> bytes:
    """The import template of an edition as ``csv`` (UTF-8 with BOM, which Excel opens correctly) or ``xlsx``
    (numbers as numbers, text as text)."""
    frame = template_frame(snapshot)
    if fmt == "csv":
        return export_bytes(frame, "csv")
    if fmt != "xlsx":
        raise ValueError(fmt)
    tables = read_snapshot(snapshot)
    indicators = tables["indicators"]
    choices = {
        "indicator_id": sorted(set(indicators.get_column("indicator_id").to_list())),
        "unit": sorted(set(indicators.get_column("unit").to_list())),
        "entity": sorted(set(tables["entities"].get_column("entity_id").to_list())),
        "segment": list(SEGMENTS),
        "text_valued": sorted(set(indicators.filter(pl.col("value_text").is_not_null())["indicator_id"].to_list())),
    }
    return _xlsx_bytes(frame.iter_rows(), indicators.get_column("value").to_list(), choices)


def _validate(workbook: Any, sheet: Any, choices: dict[str, list[str]]) -> None:
    """Excel's data validation on the import columns, for every row an import may have: drop-downs of the edition's
    indicator ids, units, entities and segments (listed on a hidden sheet), a whole-number year in range, a value that
    is a number of plausible size, ``-`` or ``/``, or a grade for a text-valued indicator."""
    lists = workbook.add_worksheet("lists")
    for c, (name, values) in enumerate(choices.items()):
        spreadsheet.write_rows(lists, 0, [[name]])
        for r, value in enumerate(values, start=1):
            spreadsheet.write_cell(lists, r, c, value)
    lists.hide()
    last = MAX_ROWS  # rows 2 to 50,001: every data row an import may have

    def column(name: str) -> int:
        return TEMPLATE_COLUMNS.index(name)

    def letter(index: int) -> str:
        return chr(ord("A") + index)

    for c, name in enumerate(("indicator_id", "unit", "entity", "segment")):
        source = f"=lists!${letter(c)}$2:${letter(c)}${len(choices[name]) + 1}"
        message = {"error_title": name, "error_message": f"One of the {name} values of this edition (drop-down)."}
        sheet.data_validation(1, column(name), last, column(name), {"validate": "list", "source": source, **message})
    year = {"validate": "integer", "criteria": "between", "minimum": s.MIN_YEAR, "maximum": s.MAX_YEAR}
    sheet.data_validation(1, column("year"), last, column("year"), {**year, "error_message": "A four-digit year."})
    value, ident = f"{letter(column('value'))}2", f"{letter(column('indicator_id'))}2"
    grades = f"lists!${letter(4)}$2:${letter(4)}${len(choices['text_valued']) + 1}"
    rule = f'=OR(AND(ISNUMBER({value}),ABS({value})<1E12),{value}="-",{value}="/",COUNTIF({grades},{ident})>0)'
    sheet.data_validation(
        1,
        column("value"),
        last,
        column("value"),
        {"validate": "custom", "value": rule, "error_message": "A number, - or / (not disclosed), or a grade."},
    )


def _xlsx_bytes(rows: Iterable[tuple[str, ...]], values: list[float | None], choices: dict[str, list[str]]) -> bytes:
    buffer = io.BytesIO()
    # Text is written as text (formula-like text neutralised), the year and a numeric value as numbers.
    workbook = spreadsheet.workbook(buffer)
    sheet = workbook.add_worksheet(SHEET)
    spreadsheet.write_rows(sheet, 0, [TEMPLATE_COLUMNS], workbook.add_format({"bold": True}))
    year_col, value_col = TEMPLATE_COLUMNS.index("year"), TEMPLATE_COLUMNS.index("value")
    for r, (row, value) in enumerate(zip(rows, values, strict=True), start=1):
        cells: list[object] = list(row)
        cells[year_col] = int(row[year_col])
        if value is not None:
            cells[value_col] = value
        spreadsheet.write_rows(sheet, r, [["" if c is None else c for c in cells]])
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(values), 1), len(TEMPLATE_COLUMNS) - 1)
    _validate(workbook, sheet, choices)
    spreadsheet.write_rows(workbook.add_worksheet("readme"), 0, [[line] for line in TEMPLATE_HELP])
    workbook.close()
    return buffer.getvalue()


def export_template(snapshots_dir: Path, path: Path, edition: str | None = None) -> tuple[str, int]:
    """Write the import template of ``edition`` (default: the newest) to ``path`` (.csv or .xlsx); return the edition
    and the number of figures."""
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("csv", "xlsx"):
        raise DataError([Problem(path.name, None, None, "a file name ending in .csv or .xlsx", path.suffix)])
    editions = list_editions(snapshots_dir)
    if not editions:
        raise SnapshotError(f"{snapshots_dir}: no edition to export")
    edition = edition or editions[-1]
    if edition not in editions:
        raise DataError([Problem("--edition", None, None, f"one of {', '.join(editions)}", edition)])
    data = template_bytes(snapshots_dir / edition, fmt)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    return edition, template_frame(snapshots_dir / edition).height
