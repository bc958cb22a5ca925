"""Reading the curated CSV files with line numbers, so that every error can name the file, row and column."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from esg.errors import DataError, Problem


def read_csv_rows(path: Path, required: list[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(line_number, row)`` for each data row of a UTF-8 CSV file whose header has ``required`` columns.

    Cells are stripped of surrounding white space. A missing column, a row of the wrong width or a file that is not
    UTF-8 raises :class:`DataError` naming the file and line.
    """
    name = path.name
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError([Problem(name, None, None, "UTF-8 text", f"undecodable byte at offset {exc.start}")]) from exc
    reader = csv.reader(text.splitlines(keepends=True))
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise DataError([Problem(name, 1, None, "a header row", "an empty file")]) from None
    missing = [c for c in required if c not in header]
    if missing:
        raise DataError([Problem(name, 1, c, "this column in the header", ",".join(header)) for c in missing])
    for cells in reader:
        line = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            raise DataError([Problem(name, line, None, f"{len(header)} cells like the header", f"{len(cells)} cells")])
        yield line, {h: c.strip() for h, c in zip(header, cells, strict=True)}
