"""Reconciliation: totals against their parts, rates and averages against what they are computed from, bounds one
figure must respect (a total at least its part), and prose repeats against the tables.

The report's own inconsistencies are not corrected: they become rows of the data-quality table. A figure that
disagrees only because it is printed with padded zeros (``22.00`` for 21.66%, i.e. consistent with the figure rounded
to fewer decimals than it shows) has status ``rounding``, a lower class than ``discrepancy`` (a contradiction). A rule
or prose row that points at a figure the data does not hold is an extraction error and fails the build.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import polars as pl

from esg.errors import DataError, Problem
from esg.figures import FigureKey, figure_key
from esg.schema import QualitySchema
from esg.units import Unit, convert, printed_precision

EPSILON = 1e-9
# What each kind computes from its parts (in the total's unit) and compares with the printed total.
KINDS = {
    "sum": "total = sum of the parts",
    "equal": "total = the single part",
    "ratio": "total = 100 * first / second (a percentage)",
    "quotient": "total = first / second (an average or per-capita figure, units as printed)",
    "at_least": "total >= sum of the parts (a whole at least as large as what it contains)",
}
PART_COUNTS = {"ratio": 2, "quotient": 2, "equal": 1}

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
    cols = ["indicator_id", "entity", "segment", "year", "value", "printed", "unit", "name_en", "source_table"]
    optional = ["source_table_en", "section_zh", "section_en"]
    frame = indicators.with_columns(pl.lit(None, pl.String).alias(c) for c in optional if c not in indicators.columns)
    return {figure_key(r): r for r in frame.select(cols + optional).iter_rows(named=True)}


def _series_years(index: Index, ref: Ref) -> list[int]:
    return sorted(k[3] for k in index if k[:3] == (ref.indicator_id, ref.entity, ref.segment))


def padded_decimals(printed: str) -> int | None:
    """The decimals a figure really carries when it is printed with trailing zeros (``22.00`` -> 0, ``19.70`` -> 1);
    ``None`` when it has no padded zeros."""
    if "." not in printed:
        return None
    decimals = printed.split(".", 1)[1]
    stripped = decimals.rstrip("0")
    return len(stripped) if len(stripped) < len(decimals) else None


def location(rows: list[Row], lang: str) -> str:
    """Where the figures stand in the report: each section and table once, in the order of the figures."""
    places: list[str] = []
    for row in rows:
        if lang == "zh":
            place = f"{row['section_zh'] or ''}《{row['source_table']}》".strip()
        else:
            section = row["section_en"] or ""
            place = f"{section}, '{row['source_table_en'] or row['source_table']}'".lstrip(", ")
        if place not in places:
            places.append(place)
    return "；".join(places) if lang == "zh" else "; ".join(places)


def _problems(rule: Row, index: Index, total: Ref, parts: list[list[Ref]]) -> list[Problem]:
    where, line = rule["source_file"], rule["source_line"]
    problems = [
        Problem(where, line, "total" if ref is total else "parts", "a reference to an indicator in the data", str(ref))
        for ref in [total, *(r for group in parts for r in group)]
        if not _series_years(index, ref)
    ]
    kind = rule["kind"] or ""
    if kind not in KINDS:
        problems.append(Problem(where, line, "kind", " or ".join(KINDS), kind))
    elif kind in PART_COUNTS and len(parts) != PART_COUNTS[kind]:
        expected = f"{PART_COUNTS[kind]} reference(s) separated by ';' for a {kind} rule"
        problems.append(Problem(where, line, "parts", expected, rule["parts"] or ""))
    try:
        float(rule["tolerance"] or "")
    except ValueError:
        problems.append(Problem(where, line, "tolerance", "a number", rule["tolerance"] or ""))
    return problems


def _in_unit(row: Row, unit: str, units: dict[str, Unit]) -> float:
    """A figure's value in ``unit`` (its own unit when the two are not of one dimension)."""
    source, target = units.get(row["unit"]), units.get(unit)
    if source is None or target is None or source.dimension != target.dimension:
        return float(row["value"])
    return convert(float(row["value"]), source, target)


def _expected(kind: str, total_unit: str, groups: list[list[Row]], units: dict[str, Unit]) -> float | None:
    """What the parts give for the total (``None`` when a divisor is zero)."""
    if kind in {"ratio", "quotient"}:
        first_unit = groups[0][0]["unit"]
        numerator = sum(_in_unit(r, first_unit, units) for r in groups[0])
        # a ratio's denominator in the numerator's unit; a quotient keeps the units as printed
        denominator = sum(_in_unit(r, first_unit, units) if kind == "ratio" else r["value"] for r in groups[1])
        if not denominator:
            return None
        return (100 if kind == "ratio" else 1) * numerator / denominator
    return sum(_in_unit(r, total_unit, units) for group in groups for r in group)


def _rule_rows(rule: Row, index: Index, units: dict[str, Unit]) -> list[Row]:
    """Evaluate one rule for every year in which its total is printed; a part may be a sum ``a+b``."""
    total = Ref.parse(rule["total"] or "")
    parts = [[Ref.parse(p) for p in group.split("+")] for group in (rule["parts"] or "").split(";") if group.strip()]
    problems = _problems(rule, index, total, parts)
    if problems:
        raise DataError(problems)
    kind, tolerance = rule["kind"], float(rule["tolerance"])
    rows = []
    for year in _series_years(index, total):
        total_row = index[total.key(year)]
        found = [[index.get(ref.key(year)) for ref in group] for group in parts]
        pairs = (pair for group, rows_ in zip(parts, found, strict=True) for pair in zip(group, rows_, strict=True))
        flat = list({str(ref): (ref, row) for ref, row in pairs}.values())  # a part named twice is shown once
        figures = "; ".join(f"{ref}={row['printed'] if row else 'absent'}" for ref, row in [(total, total_row), *flat])
        complete = all(row is not None and row["value"] is not None for _, row in flat)
        expected = None
        if total_row["value"] is not None and complete:
            expected = _expected(kind, total_row["unit"], found, units)  # type: ignore[arg-type]
        shown = [total_row, *(row for _, row in flat if row is not None)]
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
                printed_as=total_row["printed"],
                where=(location(shown, "zh"), location(shown, "en")),
            )
        )
    return rows


def _status(kind: str, difference: float, tolerance: float, printed_as: str) -> str:
    """``ok`` within tolerance; ``rounding`` when the printed figure agrees once its padded zeros are read as
    rounding to fewer decimals; otherwise ``discrepancy`` (for ``at_least``: only a total below its part is one)."""
    if kind == "at_least":
        return "ok" if difference >= -tolerance - EPSILON else "discrepancy"
    if abs(difference) <= tolerance + EPSILON:
        return "ok"
    decimals = padded_decimals(printed_as.replace(",", ""))
    if decimals is not None and abs(difference) <= 0.5 * math.pow(10, -decimals) + EPSILON:
        return "rounding"
    return "discrepancy"


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
    *,
    printed_as: str = "",
    where: tuple[str, str] = ("", ""),
) -> Row:
    """One row of the data-quality table; ``figures_en`` (the figures with English units) defaults to ``figures``
    (the id=printed text of the rules, the same in both languages); ``printed_as`` is the compared figure as printed,
    ``where`` its place in the report (Chinese, English)."""
    figures_en = figures if figures_en is None else figures_en
    if expected is None or printed is None:
        difference, status = None, "not_checkable"
    else:
        difference = round(printed - expected, 6)
        status = _status(kind, difference, tolerance, printed_as)
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
        "location_zh": where[0],
        "location_en": where[1],
    }


def _prose_row(prose: Row, index: Index, units: dict[str, Unit], sections: dict[str, str]) -> Row:
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
    text_zh = prose["section_zh"] or ""
    place = (
        f"正文：{text_zh}；表格：{location([table], 'zh')}",
        f"text: {_section_en(text_zh, sections)}; table: {location([table], 'en')}",
    )
    return _check(
        check_id, "prose", key[3], zh, en, figures, expected, table["value"], tolerance, figures_en,
        printed_as=table["printed"], where=place,
    )  # fmt: skip


def _sections(index: Index) -> dict[str, str]:
    """Chinese section -> English section, as the indicator tables pair them (a prose section's English name)."""
    pairs: dict[str, str] = {}
    for row in index.values():
        name = (row["section_zh"] or "").replace("（正文）", "")
        if name and row["section_en"]:
            pairs.setdefault(name, row["section_en"])
    return pairs


def _section_en(section_zh: str, sections: dict[str, str]) -> str:
    """The English name of a prose section: of the section itself or of its nearest enclosing section."""
    parts = section_zh.split(" / ")
    for end in range(len(parts), 0, -1):
        found = sections.get(" / ".join(parts[:end]))
        if found:
            return found
    return "the report's text (section named in Chinese)"


def reconcile(
    indicators: pl.DataFrame, rules: pl.DataFrame, prose: pl.DataFrame, units: dict[str, Unit]
) -> pl.DataFrame:
    """Run every rule and prose check; return the data-quality table (validated against :class:`QualitySchema`)."""
    index = _index(indicators)
    sections = _sections(index)
    rows: list[Row] = []
    problems: list[Problem] = []
    for rule in rules.iter_rows(named=True):
        try:
            rows.extend(_rule_rows(rule, index, units))
        except DataError as exc:
            problems.extend(exc.problems)
    for item in prose.iter_rows(named=True):
        try:
            rows.append(_prose_row(item, index, units, sections))
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
