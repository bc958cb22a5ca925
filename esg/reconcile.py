"""Reconciliation: totals against their parts, and prose repeats against the tables.

Discrepancies that the report itself contains are not corrected: they become rows of the data-quality table with
status ``discrepancy``. A rule or prose row that points at a figure the data does not hold is an extraction error
and fails the build.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import polars as pl

from esg.errors import DataError, Problem
from esg.figures import FigureKey, figure_key
from esg.schema import QualitySchema
from esg.units import Unit, convert, printed_precision

EPSILON = 1e-9

Row = dict[str, Any]  # a row of a frame, as polars gives it (column -> value)
Index = dict[FigureKey, Row]  # the figures of the indicators table by key


@dataclass(frozen=True)
class Ref:
    """A reference to one indicator series: ``indicator_id[@segment][#entity]``."""

    indicator_id: str
    segment: str | None
    entity: str

    @classmethod
    def parse(cls, text: str) -> Ref:
        """Parse ``ghg_total@mining#group`` style references."""
        rest, _, entity = text.strip().partition("#")
        indicator_id, _, segment = rest.partition("@")
        return cls(indicator_id, segment or None, entity or "group")

    def key(self, year: int) -> FigureKey:
        return (self.indicator_id, self.entity, self.segment, year)

    def __str__(self) -> str:
        return (
            self.indicator_id
            + (f"@{self.segment}" if self.segment else "")
            + (f"#{self.entity}" if self.entity != "group" else "")
        )


def _index(indicators: pl.DataFrame) -> Index:
    cols = [
        "indicator_id",
        "entity",
        "segment",
        "year",
        "value",
        "printed",
        "unit",
        "name_en",
        "source_table",
        "source_table_en",
    ]
    return {figure_key(r): r for r in indicators.select(cols).iter_rows(named=True)}


def _series_years(index: Index, ref: Ref) -> list[int]:
    return sorted(k[3] for k in index if k[:3] == (ref.indicator_id, ref.entity, ref.segment))


def _rule_rows(rule: Row, index: Index) -> list[Row]:
    """Evaluate one rule for every year in which its total is printed."""
    where = f"{rule['source_file']}"
    total = Ref.parse(rule["total"] or "")
    parts = [Ref.parse(p) for p in (rule["parts"] or "").split(";") if p.strip()]
    problems = [
        Problem(
            where,
            rule["source_line"],
            "total" if ref is total else "parts",
            "a reference to an indicator in the data",
            str(ref),
        )
        for ref in [total, *parts]
        if not _series_years(index, ref)
    ]
    kind = rule["kind"]
    if kind not in {"sum", "ratio", "equal"}:
        problems.append(Problem(where, rule["source_line"], "kind", "sum, ratio or equal", kind or ""))
    elif (kind == "ratio" and len(parts) != 2) or (kind == "equal" and len(parts) != 1):
        problems.append(
            Problem(
                where,
                rule["source_line"],
                "parts",
                f"{'two' if kind == 'ratio' else 'one'} reference(s) for a {kind} rule",
                rule["parts"] or "",
            )
        )
    try:
        tolerance = float(rule["tolerance"] or "")
    except ValueError:
        problems.append(Problem(where, rule["source_line"], "tolerance", "a number", rule["tolerance"] or ""))
    if problems:
        raise DataError(problems)
    rows = []
    for year in _series_years(index, total):
        total_row = index[total.key(year)]
        part_rows = [index.get(p.key(year)) for p in parts]
        figures = "; ".join(
            f"{ref}={row['printed'] if row else 'absent'}"
            for ref, row in zip([total, *parts], [total_row, *part_rows], strict=True)
        )
        values = [r["value"] for r in part_rows if r and r["value"] is not None]
        expected = None
        if total_row["value"] is not None and len(values) == len(part_rows):
            if kind == "sum":
                expected = sum(values)
            elif kind == "ratio":
                expected = 100 * values[0] / values[1] if values[1] else None
            else:
                expected = values[0]
        rows.append(
            _check(
                rule["rule_id"],
                kind,
                year,
                rule["description_zh"],
                rule["description_en"],
                figures,
                expected,
                total_row["value"],
                tolerance,
            )
        )
    return rows


def _check(
    check_id: str,
    kind: str,
    year: int | None,
    zh: str,
    en: str,
    figures: str,
    expected: float | None,
    printed: float | None,
    tolerance: float,
    figures_en: str | None = None,
) -> Row:
    """One row of the data-quality table; ``figures_en`` (the figures with English units) defaults to ``figures``
    (the id=printed text of the rules, the same in both languages)."""
    figures_en = figures if figures_en is None else figures_en
    if expected is None or printed is None:
        difference, status = None, "not_checkable"
    else:
        difference = round(printed - expected, 6)
        status = "ok" if abs(difference) <= tolerance + EPSILON else "discrepancy"
        expected = round(expected, 6)
    return {
        "check_id": check_id,
        "kind": kind,
        "year": year,
        "description_zh": zh,
        "description_en": en,
        "figures": figures,
        "figures_en": figures_en,
        "expected": expected,
        "printed": printed,
        "difference": difference,
        "tolerance": tolerance,
        "status": status,
    }


def _prose_row(prose: Row, index: Index, units: dict[str, Unit]) -> Row:
    """Check one prose repeat against its table figure, to the precision both are printed with."""
    where, line = prose["source_file"], prose["source_line"]
    if not (prose["year"] or "").isdigit():
        raise DataError([Problem(where, line, "year", "a four-digit year", prose["year"] or "")])
    key = (prose["indicator_id"], prose["entity"] or "group", prose["segment"], int(prose["year"]))
    table = index.get(key)
    if table is None:
        raise DataError(
            [Problem(where, line, "indicator_id", "a figure present in the indicator tables", "/".join(map(str, key)))]
        )
    prose_unit = units.get(prose["unit"] or "")
    table_unit = units[table["unit"]]  # every indicator's unit is in the catalogue (checked when it was read)
    if prose_unit is None:
        raise DataError([Problem(where, line, "unit", "a unit listed in units.csv", prose["unit"] or "")])
    printed = (prose["printed"] or "").replace(",", "")
    try:
        prose_value = float(printed)
    except ValueError:
        raise DataError([Problem(where, line, "printed", "a number as printed", prose["printed"] or "")]) from None
    if prose_unit.dimension != table_unit.dimension:
        raise DataError(
            [Problem(where, line, "unit", f"a unit convertible to the table's {table['unit']}", prose["unit"] or "")]
        )
    expected = convert(prose_value, prose_unit, table_unit)
    tolerance = convert(printed_precision(printed), prose_unit, table_unit) + printed_precision(
        table["printed"].replace(",", "")
    )
    zh = f"正文“{prose['quote_zh']}”（{prose['section_zh']}）与《{table['source_table']}》"
    en = f"Prose repeat of '{table['name_en']}' vs table '{table['source_table_en']}'"
    figures = f"prose {prose['printed']} {prose['unit']}; table {table['printed']} {table['unit']}"
    figures_en = f"prose {prose['printed']} {prose_unit.unit_en}; table {table['printed']} {table_unit.unit_en}"
    check_id = f"prose:{prose['indicator_id']}:{where}:{line}"
    return _check(check_id, "prose", key[3], zh, en, figures, expected, table["value"], tolerance, figures_en)


def reconcile(
    indicators: pl.DataFrame, rules: pl.DataFrame, prose: pl.DataFrame, units: dict[str, Unit]
) -> pl.DataFrame:
    """Run every rule and prose check; return the data-quality table (validated against :class:`QualitySchema`)."""
    index = _index(indicators)
    rows: list[Row] = []
    problems: list[Problem] = []
    for rule in rules.iter_rows(named=True):
        try:
            rows.extend(_rule_rows(rule, index))
        except DataError as exc:
            problems.extend(exc.problems)
    for item in prose.iter_rows(named=True):
        try:
            rows.append(_prose_row(item, index, units))
        except DataError as exc:
            problems.extend(exc.problems)
    if problems:
        raise DataError(problems)
    frame = pl.DataFrame(
        rows,
        schema={name: col.dtype for name, col in QualitySchema.columns().items()} if not rows else None,
        infer_schema_length=None,
    )
    return QualitySchema.validate(frame, cast=True).sort(["status", "check_id", "year"])
