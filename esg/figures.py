"""One figure of the indicators table, as the curated CSV reader (:mod:`esg.source`) and the importer
(:mod:`esg.importer`) both read it: the printed form parsed (:func:`parse_printed`) and printed again
(:func:`format_printed`), the rule no count may break, the typed row (:class:`IndicatorRow`) and its key."""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypedDict

from esg.units import COUNT_DIMENSIONS, Unit

NOT_DISCLOSED = frozenset({"-", "/"})
NUMBER = re.compile(r"^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+(\.\d+)?$")
TEXT_GRADE = re.compile(r"^[A-C]{1,3}[+-]?$")

# indicator_id, entity, segment, year: what identifies one figure (schema.INDICATOR_KEY as a tuple)
FigureKey = tuple[str, str, str | None, int]


class IndicatorRow(TypedDict):
    """One row of ``indicators.parquet`` (:class:`esg.schema.IndicatorSchema`) before validation."""

    indicator_id: str
    entity: str
    segment: str | None
    year: int
    pillar: str
    topic: str
    name_zh: str
    name_en: str
    unit: str
    unit_en: str
    value: float | None
    value_text: str | None
    printed: str
    source_table: str
    source_table_en: str
    section_zh: str | None
    section_en: str | None
    gri: str | None
    note: str | None
    note_en: str | None
    restated: bool
    original_value: float | None
    restatement_reason: str | None
    source_file: str
    source_line: int


def parse_printed(printed: str, *, grade: bool | None = None) -> tuple[float | None, str | None]:
    """Turn a figure as printed into ``(value, value_text)``: ``-``/``/`` -> not disclosed, ``BB`` -> a grade.

    ``grade=True`` accepts only a grade (a text-valued indicator), ``grade=False`` only a number, ``None`` either.
    Anything else raises :class:`ValueError`.
    """
    if printed in NOT_DISCLOSED:
        return None, None
    if grade is not True and NUMBER.match(printed):
        return float(printed.replace(",", "")), None
    if grade is not False and TEXT_GRADE.match(printed):
        return None, printed
    raise ValueError(printed)


def format_printed(value: float) -> str:
    """A number as a person would print it: thousands separators, no trailing ``.0``, every significant decimal."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{Decimal(repr(float(value))):,f}"


def is_negative_count(value: float | None, unit: Unit) -> bool:
    """Whether ``value`` is a negative number of things or people, which no figure can be."""
    return value is not None and value < 0 and unit.dimension in COUNT_DIMENSIONS


def figure_key(row: Mapping[str, Any]) -> FigureKey:
    """The key of a figure (a typed row or a row read back from a snapshot)."""
    return row["indicator_id"], row["entity"], row["segment"], row["year"]
