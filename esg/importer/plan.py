"""Planning an import: every row checked, each figure compared with the previous edition's (added, restated,
unchanged; and what the file no longer has), the new edition's indicators validated; nothing written."""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypedDict

import polars as pl

from esg import schema as s
from esg.errors import DataError, Problem
from esg.figures import FigureKey, IndicatorRow, figure_key, format_printed
from esg.importer.check import CheckedRow, check_row
from esg.importer.confirm import new_quality, to_confirm
from esg.importer.layout import MAX_IMPORT_BYTES
from esg.importer.read import RawRow
from esg.importer.reference import Reference, SnapshotRow, choose_base, load_reference
from esg.importer.sandbox import read_rows_limited
from esg.validation import validate_frame

KEY = s.INDICATOR_KEY
MAX_SILENT_REMOVALS = 20  # more figures left out than this is a short file, not a correction
SHOWN = [*KEY, "name_zh", "name_en", "unit", "unit_en", "original_value", "value", "printed", "restatement_reason"]


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
    quality: pl.DataFrame | None = None  # the new edition's data-quality table (the rules run on every year)
    confirm: tuple[str, ...] = ()  # what a person must confirm before it is written (broken rules, jumps)
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
        lines += [f"  to confirm: {line}" for line in self.confirm]
        return "\n".join(lines)


def _key_text(row: Mapping[str, Any]) -> str:
    segment = f"@{row['segment']}" if row.get("segment") else ""
    return f"{row['indicator_id']}{segment} {row['entity']} {row['year']}"


def _num(value: float | None) -> str:
    return "-" if value is None else format_printed(value)


class PlanOptions(TypedDict, total=False):
    """What :func:`plan_import` takes beside the file (as keywords): ``replace`` an existing edition, the file's
    ``max_bytes``, ``carry_forward`` (figures of the previous edition the file does not give are kept as they were)
    and ``removal_reason`` (the reason for removing more than :data:`MAX_SILENT_REMOVALS` figures)."""

    replace: bool
    max_bytes: int
    carry_forward: bool
    removal_reason: str


def plan_import(
    data: bytes,
    name: str,
    snapshots_dir: Path,
    edition: str,
    *,
    replace: bool = False,
    max_bytes: int = MAX_IMPORT_BYTES,
    carry_forward: bool = False,
    removal_reason: str = "",
) -> ImportPlan:
    """Check an import file completely against the previous edition and work out the new edition; write nothing.

    Raises :class:`DataError` listing every problem (file, row, column, what was expected, what was found).
    """
    label, rows = read_rows_limited(data, name, max_bytes=max_bytes)  # in a child, under a time and memory budget
    base = choose_base(snapshots_dir, edition, replace=replace)
    ref = load_reference(snapshots_dir, base)
    figures, kinds = _compare_rows(rows, label, ref, int(edition))
    empty = s.IndicatorSchema.create_empty().schema
    indicators = validate_frame(s.IndicatorSchema, pl.DataFrame(figures, schema=empty, strict=False))
    indicators = indicators.sort(KEY, nulls_last=True)
    changes = pl.DataFrame(figures, schema=empty, strict=False).with_columns(pl.Series("_kind", kinds))
    removed = ref.frames["indicators"].join(indicators.select(KEY), on=KEY, how="anti", nulls_equal=True)
    carried = removed.height if carry_forward else 0
    if carry_forward:  # a short file (the new year only): what it does not restate stays as it was
        indicators = pl.concat([indicators, removed.select(indicators.columns)]).sort(KEY, nulls_last=True)
        removed = removed.clear()
    elif removed.height > MAX_SILENT_REMOVALS and not removal_reason.strip():
        raise DataError([_mass_removal(name, removed.height, ref.frames["indicators"].height, base)])
    quality = new_quality(indicators, ref)
    return ImportPlan(
        file=name,
        sha256=hashlib.sha256(data).hexdigest(),
        edition=edition,
        base=base,
        rows=len(rows),
        indicators=indicators,
        added=changes.filter(pl.col("_kind") == "added").select(SHOWN).sort(KEY, nulls_last=True),
        restated=changes.filter(pl.col("_kind") == "restated").select(SHOWN).sort(KEY, nulls_last=True),
        removed=removed.select(SHOWN).sort(KEY, nulls_last=True),
        unchanged=kinds.count("unchanged") + carried,
        quality=quality,
        confirm=tuple(to_confirm(indicators, quality, ref, int(edition))),
    )


def _mass_removal(name: str, removed: int, total: int, base: str) -> Problem:
    return Problem(
        name,
        None,
        None,
        f"at most {MAX_SILENT_REMOVALS} figures of edition {base} left out (the file is the whole new edition): add"
        " the new rows to the exported template, or keep what the file leaves out with --carry-forward, or remove"
        " them on purpose with --remove-missing REASON",
        f"{removed:,} of {total:,} figures left out",
    )


def _compare_rows(
    rows: list[RawRow], label: str, ref: Reference, edition_year: int
) -> tuple[list[IndicatorRow], list[str]]:
    """Check every row and compare its figure with the previous edition's; return the figures and their kinds
    (``added``, ``restated``, ``unchanged``), or raise :class:`DataError` with every problem, by line and column."""
    problems: list[Problem] = []
    figures: list[IndicatorRow] = []
    kinds: list[str] = []
    first_line: dict[FigureKey, int] = {}
    for row in rows:
        checked, found = check_row(row, label, ref, edition_year)
        problems.extend(found)
        if checked is None:
            continue
        key = figure_key(checked.figure)
        if key in first_line:
            problems.append(_duplicate(label, row.line, key, first_line[key]))
            continue
        first_line[key] = row.line
        kind, found = _compare(checked, ref.figures.get(key), label, row.line, ref.edition)
        problems.extend(found)
        figures.append(checked.figure)
        kinds.append(kind)
    if problems:
        problems.sort(key=lambda p: (p.line or 0, p.column or ""))
        raise DataError(problems)
    return figures, kinds


def _duplicate(label: str, line: int, key: FigureKey, first: int) -> Problem:
    return Problem(
        label,
        line,
        None,
        f"one row per indicator_id, entity, segment and year (the same figure is on line {first})",
        " ".join(str(k) for k in key if k is not None),
    )


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-12, abs_tol=0.0)


def _compare(
    checked: CheckedRow, old: SnapshotRow | None, label: str, line: int, base: str
) -> tuple[str, list[Problem]]:
    """Classify a checked figure against the previous edition's (``added``, ``restated``, ``unchanged``), filling in
    the restatement columns; a changed figure without a (new) reason is a problem."""
    figure, reason = checked.figure, checked.reason
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
    figure.update({"restated": True, "original_value": old["value"], "restatement_reason": reason})
    return "restated", []


def _carry(figure: IndicatorRow, old: SnapshotRow) -> str:
    """An unchanged figure keeps its printed form, provenance and any earlier restatement; names and notes follow the
    file."""
    figure.update(
        {
            "printed": old["printed"],
            "value": old["value"],
            "value_text": old["value_text"],
            "restated": old["restated"],
            "original_value": old["original_value"],
            "restatement_reason": old["restatement_reason"],
            "source_file": old["source_file"],
            "source_line": old["source_line"],
        }
    )
    return "unchanged"
