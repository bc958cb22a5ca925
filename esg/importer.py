"""Importing the next edition: a spreadsheet of figures -> a validated, atomically written snapshot.

``python -m esg export-template FILE`` writes the latest edition's figures in the import layout (CSV or Excel); the
ESG team adds next year's rows (and corrects earlier ones, giving a reason), then ``python -m esg import FILE
--edition 2025`` checks the whole file before writing anything and writes ``data/snapshots/2025/``: the previous
edition's other tables unchanged, its figures as the file gives them, a changed earlier figure recorded as a
restatement (original value, new value, reason; GRI 2-4). Earlier editions are never modified.

Reference data (known indicators, their units and metadata, entities, the units catalogue) comes from the previous
edition's snapshot, so the import works where ``data/source`` is not deployed. Nothing here imports streamlit: the
app's Update data page calls the same functions.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import math
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import polars as pl

from esg import schema as s
from esg.errors import DataError, Problem, SnapshotError
from esg.snapshot import list_editions, read_manifest, read_snapshot, snapshot_lock, verify_snapshot, write_snapshot
from esg.source import NOT_DISCLOSED, NUMBER, TEXT_GRADE
from esg.units import COUNT_DIMENSIONS, Unit, units_from_manifest
from esg.validation import validate_frame

# The import layout (the indicators contract). Required columns must be in the header; optional ones may be left out.
REQUIRED_COLUMNS = [
    "indicator_id", "name_zh", "name_en", "unit", "year", "value", "entity", "segment", "source_table", "note",
]  # fmt: skip
OPTIONAL_COLUMNS = ["unit_en", "source_table_en", "note_en", "reason"]
TEMPLATE_COLUMNS = [
    "indicator_id", "name_zh", "name_en", "unit", "unit_en", "year", "value", "entity", "segment", "source_table",
    "source_table_en", "note", "note_en", "reason",
]  # fmt: skip
SHEET = "indicators"
MAX_IMPORT_BYTES = 5 * 1024 * 1024  # the same 5 MB as server.maxUploadSize in .streamlit/config.toml
MAX_UNZIPPED_BYTES = 60 * 1024 * 1024  # an .xlsx that inflates beyond this is not a spreadsheet of figures
MAX_ROWS = 50_000
EDITION_PATTERN = re.compile(r"^\d{4}$")
SEGMENTS = frozenset(s.SEGMENTS)
KEY = s.INDICATOR_KEY
_NUMBER_HELP = "a number (e.g. 1234.5 or 1,234.5), or - or / for not disclosed"
_GRADE_HELP = "a rating grade such as BB or AA, or - or / for not disclosed"


@dataclass(frozen=True)
class Reference:
    """What the previous edition knows: its figures and tables, indicators, units, entities."""

    edition: str
    frames: dict[str, pl.DataFrame]
    units: dict[str, Unit]
    manifest_units: dict
    indicators: dict[str, dict]  # indicator_id -> metadata of its latest figure
    indicator_units: dict[str, set[str]]
    text_valued: set[str]
    entities: set[str]
    figures: dict[tuple, dict]  # key -> the previous edition's row


@dataclass(frozen=True)
class ImportPlan:
    """What an import would write, and how it differs from the previous edition."""

    file: str
    sha256: str
    edition: str
    base: str
    rows: int
    indicators: pl.DataFrame
    added: pl.DataFrame
    restated: pl.DataFrame
    removed: pl.DataFrame
    unchanged: int
    written: Path | None = field(default=None, compare=False)

    def counts(self) -> dict[str, int]:
        """Added, restated, unchanged and removed figures."""
        return {
            "added": self.added.height,
            "restated": self.restated.height,
            "unchanged": self.unchanged,
            "removed": self.removed.height,
        }

    def summary(self) -> str:
        """A few lines for the command line: counts, then every restatement and removal."""
        counts = ", ".join(f"{k} {v}" for k, v in self.counts().items())
        lines = [
            f"{self.file}: {self.rows} rows checked against edition {self.base}",
            f"edition {self.edition}: {counts}",
        ]
        for r in self.restated.iter_rows(named=True):
            lines.append(
                f"  restated {_key_text(r)}: {_num(r['original_value'])} -> {_num(r['value'])} {r['unit']}"
                f" (reason: {r['restatement_reason']})"
            )
        for r in self.removed.iter_rows(named=True):
            lines.append(f"  removed {_key_text(r)}")
        return "\n".join(lines)


def _key_text(row: dict) -> str:
    segment = f"@{row['segment']}" if row.get("segment") else ""
    return f"{row['indicator_id']}{segment} {row['entity']} {row['year']}"


def _num(value: float | None) -> str:
    return "-" if value is None else format_printed(value)


def format_printed(value: float) -> str:
    """A number as a person would print it: thousands separators, no trailing ``.0``, every significant decimal."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{Decimal(repr(float(value))):,f}"


# ---------------------------------------------------------------------------------------------------------- reading


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


@dataclass(frozen=True)
class RawRow:
    """One data row of an import file as read: the line (CSV) or row (Excel) number, and each column's cell."""

    line: int
    cells: dict[str, object]


def read_rows(data: bytes, name: str, *, max_bytes: int = MAX_IMPORT_BYTES) -> tuple[str, list[RawRow]]:
    """Read an import file (``.csv`` in UTF-8 or GB18030, or ``.xlsx``) into rows; return its label and the rows.

    The label names the file (and the sheet of a workbook) in every message. Raises :class:`DataError`.
    """
    _check_size(name, len(data), max_bytes)
    suffix = Path(name).suffix.lower()
    if suffix == ".csv":
        label, (header, header_line, rows) = name, _csv_cells(data, name)
    elif suffix == ".xlsx":
        label, header, header_line, rows = _xlsx_cells(data, name)
    elif suffix in (".xls", ".et", ".ods", ".numbers"):
        raise DataError([Problem(name, None, None, "a .csv or .xlsx file (save the workbook as .xlsx)", suffix)])
    else:
        raise DataError([Problem(name, None, None, "a .csv or .xlsx file", suffix or "no extension")])
    _check_header(label, header, header_line)
    if not rows:
        raise DataError([Problem(label, None, None, "at least one data row under the header", "none")])
    if len(rows) > MAX_ROWS:
        raise DataError([Problem(label, None, None, f"at most {MAX_ROWS:,} data rows", f"{len(rows):,} rows")])
    return label, rows


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


def _csv_cells(data: bytes, name: str) -> tuple[list[str], int, list[RawRow]]:
    if b"\x00" in data:
        line = _line_at(data, data.index(b"\x00"))
        raise DataError([Problem(name, line, None, "text (a CSV file)", "binary data: a corrupt or non-CSV file")])
    text = _decode(data, name)
    if not text.strip():
        raise DataError([Problem(name, None, None, "a header row and data rows", "an empty file")])
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    problems: list[Problem] = []
    rows: list[RawRow] = []
    header: list[str] | None = None
    header_line = 1
    try:
        for cells in reader:
            if not any(c.strip() for c in cells):
                continue
            if header is None:
                header, header_line = [c.strip() for c in cells], reader.line_num
                continue
            if len(cells) != len(header):
                problems.append(
                    Problem(
                        name,
                        reader.line_num,
                        None,
                        f"{len(header)} cells like the header",
                        f"{len(cells)} cells" + (" (a truncated file?)" if reader.line_num >= text.count("\n") else ""),
                    )
                )
                continue
            rows.append(RawRow(reader.line_num, dict(zip(header, cells, strict=True))))
    except csv.Error as exc:
        problems.append(
            Problem(name, reader.line_num, None, "well-formed CSV (a truncated or corrupt file?)", str(exc))
        )
    if problems:
        raise DataError(problems)
    return header or [], header_line, rows


def _xlsx_cells(data: bytes, name: str) -> tuple[str, list[str], int, list[RawRow]]:
    corrupt = "a complete .xlsx workbook"
    buffer = io.BytesIO(data)
    if not zipfile.is_zipfile(buffer):
        raise DataError([Problem(name, None, None, corrupt, "not a zip archive: a truncated or corrupt file")])
    try:
        with zipfile.ZipFile(buffer) as archive:
            inflated = sum(info.file_size for info in archive.infolist())
            if inflated > MAX_UNZIPPED_BYTES:
                raise DataError(
                    [Problem(name, None, None, f"{corrupt} of reasonable size", f"{inflated:,} bytes unpacked")]
                )
            damaged = archive.testzip()
        if damaged is not None:
            raise DataError([Problem(name, None, None, corrupt, f"the part {damaged} is damaged")])
        import openpyxl

        workbook = openpyxl.load_workbook(io.BytesIO(data), data_only=False)
    except DataError:
        raise
    except Exception as exc:  # zipfile, zlib, XML and openpyxl errors all mean a damaged workbook
        raise DataError(
            [Problem(name, None, None, corrupt, f"{type(exc).__name__}: a truncated or corrupt file")]
        ) from exc
    try:
        sheet = workbook[SHEET] if SHEET in workbook.sheetnames else workbook.worksheets[0]
        label = f"{name}, sheet '{sheet.title}'"
        header: list[str] | None = None
        header_line = 1
        rows: list[RawRow] = []
        problems: list[Problem] = []
        for row_number, cells in enumerate(sheet.iter_rows(), start=1):
            values = [c.value for c in cells]
            if header is None:
                if not any(v not in (None, "") for v in values):
                    continue
                header_line = row_number
                header = [str(v).strip() if v is not None else "" for v in values]
                while header and header[-1] == "":
                    header.pop()
                continue
            if not any(v is not None and str(v).strip() for v in values):
                continue
            for cell, column in zip(cells, header, strict=False):
                if cell.data_type == "f":
                    problems.append(
                        Problem(
                            label,
                            row_number,
                            column or None,
                            f"a value, not a formula (cell {cell.coordinate}: paste values only)",
                            str(cell.value),
                        )
                    )
            extra = [v for v in values[len(header) :] if v is not None and str(v).strip()]
            if extra:
                problems.append(Problem(label, row_number, None, f"{len(header)} cells like the header", "more"))
            padded = values[: len(header)] + [None] * (len(header) - len(values))
            rows.append(RawRow(row_number, dict(zip(header, padded, strict=True))))
            if len(rows) > MAX_ROWS:
                break
        if header is None:
            raise DataError([Problem(label, None, None, "a header row and data rows", "an empty sheet")])
        if problems:
            raise DataError(problems)
        return label, header, header_line, rows
    except DataError:
        raise
    except Exception as exc:
        raise DataError([Problem(name, None, None, corrupt, f"{type(exc).__name__}: a corrupt sheet")]) from exc
    finally:
        workbook.close()


def _check_header(label: str, header: list[str], line: int) -> None:
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
    for column in REQUIRED_COLUMNS:
        if column not in seen:
            problems.append(Problem(label, line, column, "this column in the header", ",".join(header)))
    if problems:
        raise DataError(problems)


# ------------------------------------------------------------------------------------------------------- reference


def load_reference(snapshots_dir: Path, base: str) -> Reference:
    """The previous edition's snapshot as reference data for checking an import."""
    snapshot = snapshots_dir / base
    frames = read_snapshot(snapshot)
    manifest_units = read_manifest(snapshot).get("units") or {}
    indicators = frames["indicators"]
    if not manifest_units:  # an edition written before the catalogue travelled with it: its own (unit, unit_en)
        pairs = indicators.select("unit", "unit_en").unique().sort("unit").iter_rows()
        manifest_units = {u: {"unit_en": ue, "dimension": "", "factor": 1.0} for u, ue in pairs}
    latest = indicators.sort("year").group_by("indicator_id", maintain_order=True).last()
    return Reference(
        edition=base,
        frames=frames,
        units=units_from_manifest(manifest_units),
        manifest_units=manifest_units,
        indicators={r["indicator_id"]: r for r in latest.iter_rows(named=True)},
        indicator_units={
            iid: set(units)
            for iid, units in indicators.group_by("indicator_id").agg(pl.col("unit").unique()).iter_rows()
        },
        text_valued=set(indicators.filter(pl.col("value_text").is_not_null()).get_column("indicator_id").to_list()),
        entities=set(frames["entities"].get_column("entity_id").to_list()),
        figures={tuple(r[k] for k in KEY): r for r in indicators.iter_rows(named=True)},
    )


def choose_base(snapshots_dir: Path, edition: str, *, replace: bool = False) -> str:
    """The edition an import of ``edition`` builds on: the newest edition before it, which must be sound."""
    problems = []
    if not EDITION_PATTERN.match(edition):
        raise DataError([Problem("--edition", None, None, "a four-digit edition year such as 2025", edition)])
    editions = list_editions(snapshots_dir)
    if edition in editions and not replace:
        raise DataError(
            [
                Problem(
                    "--edition",
                    None,
                    None,
                    "a new edition: earlier editions are never modified (--replace re-imports the newest edition)",
                    f"edition {edition} exists",
                )
            ]
        )
    if editions and edition < editions[-1]:
        problems.append(Problem("--edition", None, None, f"an edition not older than {editions[-1]}", edition))
    older = [e for e in editions if e < edition]
    if not older:
        problems.append(
            Problem("--edition", None, None, "an earlier edition to build on", "none in " + str(snapshots_dir))
        )
    if problems:
        raise DataError(problems)
    base = older[-1]
    try:
        verify_snapshot(snapshots_dir / base)
    except SnapshotError as exc:
        raise SnapshotError(f"the previous edition {base} cannot be used as the base of an import: {exc}") from exc
    return base


# ------------------------------------------------------------------------------------------------------ validation


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _year(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = _text(value)
    return int(text) if text.isdigit() and len(text) == 4 else None


def _value(value: object, text_valued: bool) -> tuple[float | None, str | None, str] | None:
    """``(value, value_text, printed)`` of a value cell, or ``None`` if it is not a figure."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
        return (number, None, format_printed(number)) if math.isfinite(number) else None
    text = _text(value)
    if text in NOT_DISCLOSED:
        return None, None, text
    if text_valued:
        return (None, text, text) if TEXT_GRADE.match(text) else None
    if NUMBER.match(text):
        return float(text.replace(",", "")), None, text
    return None


def _check_row(row: RawRow, label: str, ref: Reference, edition_year: int) -> tuple[dict | None, list[Problem]]:
    """Check one row cell by cell against the previous edition; return the figure and the problems found."""
    cells = {k: row.cells.get(k) for k in TEMPLATE_COLUMNS}
    problems: list[Problem] = []

    def problem(column: str, expected: str) -> None:
        problems.append(Problem(label, row.line, column, expected, _text(cells[column])))

    indicator_id = _text(cells["indicator_id"])
    meta = ref.indicators.get(indicator_id)
    if meta is None:
        problem(
            "indicator_id",
            f"an indicator_id of edition {ref.edition} (a new indicator is added in data/source, then python -m esg"
            " build)",
        )
    entity = _text(cells["entity"])
    if entity not in ref.entities:
        problem("entity", f"an entity_id of edition {ref.edition} (e.g. group)")
    segment = _text(cells["segment"]) or None
    if segment is not None and segment not in SEGMENTS:
        problem("segment", f"empty or one of {', '.join(s.SEGMENTS)}")
    year = _year(cells["year"])
    is_target = meta is not None and meta["topic"] == "targets"
    last_year = s.MAX_YEAR if is_target else edition_year
    if year is None:
        problem("year", "a four-digit year")
    elif not s.MIN_YEAR <= year <= last_year:
        problem("year", f"a year from {s.MIN_YEAR} to {last_year}" + ("" if is_target else " (the edition's year)"))
    unit_text = _text(cells["unit"])
    unit = ref.units.get(unit_text)
    unit_en = _text(cells["unit_en"])
    if unit is None:
        problem("unit", "a unit of the units catalogue (data/source/units.csv)")
    else:
        if unit_en and unit_en != unit.unit_en:
            problem("unit_en", f"{unit.unit_en!r} (the English form of {unit.unit})")
        if meta is not None and unit_text not in ref.indicator_units[indicator_id]:
            known = " or ".join(sorted(ref.indicator_units[indicator_id]))
            problem("unit", f"the unit of {indicator_id} in edition {ref.edition}: {known}")
    parsed = _value(cells["value"], indicator_id in ref.text_valued)
    if parsed is None:
        problem("value", _GRADE_HELP if indicator_id in ref.text_valued else _NUMBER_HELP)
        parsed = (None, None, "-")
    value, value_text, printed = parsed
    if value is not None and unit is not None:
        if unit.unit == "%" and not 0 <= value <= 100:
            problem("value", "a percentage from 0 to 100")
        elif value < 0 and unit.dimension in COUNT_DIMENSIONS:
            problem("value", f"a count that is not negative ({unit.unit})")
    if problems or meta is None or unit is None or year is None:
        return None, problems
    names = {c: _text(cells[c]) or meta[c] for c in ("name_zh", "name_en", "source_table", "source_table_en")}
    figure = {
        "indicator_id": indicator_id,
        "entity": entity,
        "segment": segment,
        "year": year,
        "pillar": meta["pillar"],
        "topic": meta["topic"],
        **names,
        "unit": unit.unit,
        "unit_en": unit.unit_en,
        "value": value,
        "value_text": value_text,
        "printed": printed,
        "section_zh": meta["section_zh"],
        "section_en": meta["section_en"],
        "gri": meta["gri"],
        "note": _text(cells["note"]) or None,
        "note_en": _text(cells["note_en"]) or None,
        "restated": False,
        "original_value": None,
        "restatement_reason": None,
        "source_file": label,
        "source_line": row.line,
        "_reason": _text(cells["reason"]),
    }
    return figure, problems


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-12, abs_tol=0.0)


def _compare(figure: dict, old: dict | None, label: str, line: int, base: str) -> tuple[str, list[Problem]]:
    """Classify a checked figure against the previous edition's (``added``, ``restated``, ``unchanged``), filling in
    the restatement columns; a changed figure without a (new) reason is a problem."""
    reason = figure.pop("_reason")
    if old is None:
        return "added", []
    if old["value_text"] is not None or figure["value_text"] is not None:
        if old["value_text"] == figure["value_text"] and _same(old["value"], figure["value"]):
            return _carry(figure, old), []
        return "unchanged", [
            Problem(label, line, "value", f"the grade published in edition {base} (grades are not restated)",
                    str(figure["printed"]))
        ]  # fmt: skip
    if _same(old["value"], figure["value"]):
        return _carry(figure, old), []
    if old["value"] is None:  # not disclosed before, disclosed now: new information, not a correction
        return "added", []
    if not reason or (old["restated"] and reason == old["restatement_reason"]):
        change = f"{_num(old['value'])} in edition {base}, {_num(figure['value'])} now"
        return "restated", [
            Problem(label, line, "reason", f"a reason for the restatement of this figure ({change})", reason)
        ]
    figure.update(restated=True, original_value=old["value"], restatement_reason=reason)
    return "restated", []


def _carry(figure: dict, old: dict) -> str:
    """An unchanged figure keeps its printed form, provenance and any earlier restatement; names and notes follow the
    file."""
    for column in ("printed", "value", "value_text", "restated", "original_value", "restatement_reason"):
        figure[column] = old[column]
    figure["source_file"], figure["source_line"] = old["source_file"], old["source_line"]
    return "unchanged"


def plan_import(
    data: bytes,
    name: str,
    snapshots_dir: Path,
    edition: str,
    *,
    replace: bool = False,
    max_bytes: int = MAX_IMPORT_BYTES,
) -> ImportPlan:
    """Check an import file completely against the previous edition and work out the new edition; write nothing.

    Raises :class:`DataError` listing every problem (file, row, column, what was expected, what was found).
    """
    label, rows = read_rows(data, name, max_bytes=max_bytes)
    base = choose_base(snapshots_dir, edition, replace=replace)
    ref = load_reference(snapshots_dir, base)
    problems: list[Problem] = []
    figures: list[dict] = []
    kinds: list[str] = []
    first_line: dict[tuple, int] = {}
    for row in rows:
        figure, found = _check_row(row, label, ref, int(edition))
        problems.extend(found)
        if figure is None:
            continue
        key = tuple(figure[k] for k in KEY)
        if key in first_line:
            problems.append(
                Problem(
                    label,
                    row.line,
                    None,
                    f"one row per indicator_id, entity, segment and year (the same figure is on line {first_line[key]})",
                    " ".join(str(k) for k in key if k is not None),
                )
            )
            continue
        first_line[key] = row.line
        kind, found = _compare(figure, ref.figures.get(key), label, row.line, base)
        problems.extend(found)
        figures.append(figure)
        kinds.append(kind)
    if problems:
        problems.sort(key=lambda p: (p.line or 0, p.column or ""))
        raise DataError(problems)
    indicators = validate_frame(
        s.IndicatorSchema, pl.DataFrame(figures, schema=s.IndicatorSchema.create_empty().schema, strict=False)
    ).sort(KEY, nulls_last=True)
    changes = pl.DataFrame(figures, schema=s.IndicatorSchema.create_empty().schema, strict=False).with_columns(
        pl.Series("_kind", kinds)
    )
    shown = [*KEY, "name_zh", "name_en", "unit", "unit_en", "original_value", "value", "printed", "restatement_reason"]
    removed = ref.frames["indicators"].join(indicators.select(KEY), on=KEY, how="anti", nulls_equal=True)
    return ImportPlan(
        file=name,
        sha256=hashlib.sha256(data).hexdigest(),
        edition=edition,
        base=base,
        rows=len(rows),
        indicators=indicators,
        added=changes.filter(pl.col("_kind") == "added").select(shown).sort(KEY, nulls_last=True),
        restated=changes.filter(pl.col("_kind") == "restated").select(shown).sort(KEY, nulls_last=True),
        removed=removed.select(shown).sort(KEY, nulls_last=True),
        unchanged=kinds.count("unchanged"),
    )


# --------------------------------------------------------------------------------------------------------- writing


def import_bytes(
    data: bytes,
    name: str,
    snapshots_dir: Path,
    edition: str,
    *,
    dry_run: bool = False,
    replace: bool = False,
    max_bytes: int = MAX_IMPORT_BYTES,
    lock_timeout: float = 5.0,
) -> ImportPlan:
    """Validate ``data`` completely, then (unless ``dry_run``) write ``snapshots_dir/edition`` atomically under the
    snapshots lock. Any problem raises before a byte is written; earlier editions are never touched."""
    plan = plan_import(data, name, snapshots_dir, edition, replace=replace, max_bytes=max_bytes)
    if dry_run:
        return plan
    with snapshot_lock(snapshots_dir, timeout=lock_timeout):
        # Again under the lock: another writer may have changed the editions since the first check.
        plan = plan_import(data, name, snapshots_dir, edition, replace=replace, max_bytes=max_bytes)
        ref = load_reference(snapshots_dir, plan.base)
        frames = {**ref.frames, "indicators": plan.indicators}
        extra = {
            "based_on": plan.base,
            "import": {"file": name, "sha256": plan.sha256, "rows": plan.rows, **plan.counts()},
            "units": ref.manifest_units,
        }
        path = write_snapshot(snapshots_dir, edition, frames, extra)
    return dataclasses.replace(plan, written=path)


def import_file(
    path: Path,
    snapshots_dir: Path,
    edition: str,
    *,
    dry_run: bool = False,
    replace: bool = False,
    max_bytes: int = MAX_IMPORT_BYTES,
    lock_timeout: float = 5.0,
) -> ImportPlan:
    """:func:`import_bytes` of a file on disk (size checked before it is read)."""
    data = read_import_bytes(path, max_bytes=max_bytes)
    return import_bytes(
        data,
        path.name,
        snapshots_dir,
        edition,
        dry_run=dry_run,
        replace=replace,
        max_bytes=max_bytes,
        lock_timeout=lock_timeout,
    )


# -------------------------------------------------------------------------------------------------------- template


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
        return frame.write_csv().encode("utf-8-sig")
    if fmt != "xlsx":
        raise ValueError(fmt)
    values = read_snapshot(snapshot)["indicators"].get_column("value").to_list()
    return _xlsx_bytes(frame.iter_rows(), values)


def _xlsx_bytes(rows: Iterable[tuple], values: list[float | None]) -> bytes:
    import xlsxwriter

    buffer = io.BytesIO()
    # Text is written as text: nothing that starts with "=" becomes a formula, nothing becomes a link.
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False})
    sheet = workbook.add_worksheet(SHEET)
    bold = workbook.add_format({"bold": True})
    for col, column in enumerate(TEMPLATE_COLUMNS):
        sheet.write_string(0, col, column, bold)
    year_col, value_col = TEMPLATE_COLUMNS.index("year"), TEMPLATE_COLUMNS.index("value")
    for r, (row, value) in enumerate(zip(rows, values, strict=True), start=1):
        for col, cell in enumerate(row):
            if col == year_col:
                sheet.write_number(r, col, int(cell))
            elif col == value_col and value is not None:
                sheet.write_number(r, col, value)
            else:
                sheet.write_string(r, col, cell or "")
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(values), 1), len(TEMPLATE_COLUMNS) - 1)
    help_sheet = workbook.add_worksheet("readme")
    for r, line in enumerate(TEMPLATE_HELP):
        help_sheet.write_string(r, 0, line)
    workbook.close()
    return buffer.getvalue()


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
