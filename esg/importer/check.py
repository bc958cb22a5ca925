"""Checking one import row cell by cell against the previous edition: a typed figure (:class:`CheckedRow`) or the
problems that name its file, row and column, what was expected and what was found."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from esg import schema as s
from esg.errors import Problem
from esg.figures import IndicatorRow, format_printed, is_negative_count, parse_printed
from esg.importer.layout import TEMPLATE_COLUMNS
from esg.importer.read import RawRow
from esg.importer.reference import Reference, SnapshotRow
from esg.spreadsheet import restore
from esg.units import SIGNED_DIMENSIONS, Unit
from esg.vocabulary import SEGMENTS

MAX_ABS_VALUE = 1e12  # the report's largest figure is below 10^8; 1e308 is a typo or an attack
_NUMBER_HELP = "a number (e.g. 1234.5 or 1,234.5), or - or / for not disclosed"
_GRADE_HELP = "a rating grade such as BB or AA, or - or / for not disclosed"

# (value, value_text, printed) of a value cell
Printed = tuple[float | None, str | None, str]


@dataclass(frozen=True)
class CheckedRow:
    """A row that passed every cell check: its figure, and the reason given for a restatement (``""`` if none)."""

    figure: IndicatorRow
    reason: str


@dataclass
class _Cells:
    """The cells of one row by import column, and the problems found in them so far."""

    label: str
    line: int
    cells: dict[str, object]
    problems: list[Problem] = field(default_factory=list)

    def text(self, column: str) -> str:
        return _text(self.cells[column])

    def problem(self, column: str, expected: str) -> None:
        self.problems.append(Problem(self.label, self.line, column, expected, self.text(column)))


def check_row(row: RawRow, label: str, ref: Reference, edition_year: int) -> tuple[CheckedRow | None, list[Problem]]:
    """Check one row cell by cell against the previous edition; return the figure and the problems found."""
    row_cells = _Cells(label, row.line, {k: row.cells.get(k) for k in TEMPLATE_COLUMNS})
    indicator_id = row_cells.text("indicator_id")
    meta = _indicator(row_cells, ref, indicator_id)
    entity = _entity(row_cells, ref)
    segment = _segment(row_cells)
    year = _year(row_cells, meta, edition_year)
    unit = _unit(row_cells, ref, indicator_id, meta)
    value, value_text, printed = _value(row_cells, ref, indicator_id, unit)
    if row_cells.problems or meta is None or unit is None or year is None:
        return None, row_cells.problems
    figure = IndicatorRow(
        indicator_id=indicator_id,
        entity=entity,
        segment=segment,
        year=year,
        pillar=meta["pillar"],
        topic=meta["topic"],
        name_zh=row_cells.text("name_zh") or meta["name_zh"],
        name_en=row_cells.text("name_en") or meta["name_en"],
        unit=unit.unit,
        unit_en=unit.unit_en,
        value=value,
        value_text=value_text,
        printed=printed,
        source_table=row_cells.text("source_table") or meta["source_table"],
        source_table_en=row_cells.text("source_table_en") or meta["source_table_en"],
        section_zh=meta["section_zh"],
        section_en=meta["section_en"],
        gri=meta["gri"],
        note=row_cells.text("note") or None,
        note_en=row_cells.text("note_en") or None,
        restated=False,
        original_value=None,
        restatement_reason=None,
        source_file=label,
        source_line=row.line,
    )
    return CheckedRow(figure, row_cells.text("reason")), []


def _indicator(row: _Cells, ref: Reference, indicator_id: str) -> SnapshotRow | None:
    meta = ref.indicators.get(indicator_id)
    if meta is None:
        row.problem(
            "indicator_id",
            f"an indicator_id of edition {ref.edition} (a new indicator is added in data/source, then python -m esg"
            " build)",
        )
    return meta


def _entity(row: _Cells, ref: Reference) -> str:
    entity = row.text("entity")
    if entity not in ref.entities:
        row.problem("entity", f"an entity_id of edition {ref.edition} (e.g. group)")
    return entity


def _segment(row: _Cells) -> str | None:
    segment = row.text("segment") or None
    if segment is not None and segment not in SEGMENTS:
        row.problem("segment", f"empty or one of {', '.join(SEGMENTS)}")
    return segment


def _year(row: _Cells, meta: SnapshotRow | None, edition_year: int) -> int | None:
    """The year: up to the edition's, or up to :data:`esg.schema.MAX_YEAR` for a target."""
    year = _year_of(row.cells["year"])
    is_target = meta is not None and meta["topic"] == "targets"
    last_year = s.MAX_YEAR if is_target else edition_year
    if year is None:
        row.problem("year", "a four-digit year")
    elif not s.MIN_YEAR <= year <= last_year:
        row.problem("year", f"a year from {s.MIN_YEAR} to {last_year}" + ("" if is_target else " (the edition's year)"))
    return year


def _unit(row: _Cells, ref: Reference, indicator_id: str, meta: SnapshotRow | None) -> Unit | None:
    """The unit: in the catalogue, with its English form, and the one the indicator had in the previous edition."""
    unit_text = row.text("unit")
    unit = ref.units.get(unit_text)
    unit_en = row.text("unit_en")
    if unit is None:
        row.problem("unit", "a unit of the units catalogue (data/source/units.csv)")
        return None
    if unit_en and unit_en != unit.unit_en:
        row.problem("unit_en", f"{unit.unit_en!r} (the English form of {unit.unit})")
    if meta is not None and unit_text not in ref.indicator_units[indicator_id]:
        known = " or ".join(sorted(ref.indicator_units[indicator_id]))
        row.problem("unit", f"the unit of {indicator_id} in edition {ref.edition}: {known}")
    return unit


def _value(row: _Cells, ref: Reference, indicator_id: str, unit: Unit | None) -> Printed:
    """The value: a grade for a text-valued indicator, else a number (a percentage within 0-100, no negative count)."""
    text_valued = indicator_id in ref.text_valued
    parsed = _printed(row.cells["value"], text_valued)
    if parsed is None:
        row.problem("value", _GRADE_HELP if text_valued else _NUMBER_HELP)
        return None, None, "-"
    value = parsed[0]
    if value is not None and unit is not None:
        if abs(value) >= MAX_ABS_VALUE:
            row.problem("value", f"a figure below {MAX_ABS_VALUE:,.0f} in size (an implausible figure)")
        elif unit.unit == "%" and not 0 <= value <= 100:
            row.problem("value", "a percentage from 0 to 100")
        elif is_negative_count(value, unit):
            row.problem("value", f"a count that is not negative ({unit.unit})")
        elif value < 0 and unit.dimension not in SIGNED_DIMENSIONS:
            row.problem("value", f"a figure that is not negative ({unit.unit}: a quantity, never below zero)")
    return parsed


def _text(value: object) -> str:
    """A cell as text (an exported template's neutralised formula-like text as it was, see esg.spreadsheet)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return restore(str(value).strip())


def _year_of(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = _text(value)
    return int(text) if re.fullmatch(r"[0-9]{4}", text) else None  # ASCII digits: "２０２５" and "²⁰²⁵" are not years


def _printed(value: object, text_valued: bool) -> Printed | None:
    """``(value, value_text, printed)`` of a value cell (a number of a workbook, or text), or ``None`` if it is not a
    figure: a text-valued indicator takes a grade, any other a number."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
        return (number, None, format_printed(number)) if math.isfinite(number) else None
    text = _text(value)
    try:
        number_or_none, grade = parse_printed(text, grade=text_valued)
    except ValueError:
        return None
    return number_or_none, grade, text
