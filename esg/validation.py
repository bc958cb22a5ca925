"""Schema validation at the boundary: every failing cell becomes a message naming file, line, column and rule."""

from __future__ import annotations

import functools
from collections.abc import Mapping

import dataframely as dy
import polars as pl

from esg.errors import DataError, Problem

PROVENANCE = ["source_file", "source_line"]


@functools.cache
def with_provenance(schema: type[dy.Schema]) -> type[dy.Schema]:
    """The schema plus the ``source_file``/``source_line`` columns that locate each row in its CSV file."""
    if all(c in schema.columns() for c in PROVENANCE):
        return schema
    return type(f"{schema.__name__}WithProvenance", (schema,), {"source_file": dy.String(), "source_line": dy.Int64()})


def _expected(schema: type[dy.Schema], rule: str) -> tuple[str | None, str]:
    """The column a failed rule is about, and what it expected, in words."""
    column, _, check = rule.partition("|")
    if not check:
        method = getattr(schema, rule, None)
        doc = getattr(getattr(method, "validation_fn", method), "__doc__", None)
        return None, (doc or rule).strip().rstrip(".").lower()
    col = schema.columns()[column]
    if check == "dtype" and hasattr(col, "categories"):
        return column, f"one of {', '.join(col.categories)}"
    words = {
        "nullability": "a value (the cell is empty)",
        "dtype": f"a value of type {type(col).__name__}",
        "min": f"a value of at least {getattr(col, 'min', '')}",
        "max": f"a value of at most {getattr(col, 'max', '')}",
        "min_length": "a non-empty value",
        "regex": f"text matching {getattr(col, 'regex', '')}",
    }
    if check in words:
        return column, words[check]
    if hasattr(col, "categories"):
        return column, f"one of {', '.join(col.categories)}"
    return column, check


def validate_frame(schema: type[dy.Schema], frame: pl.DataFrame) -> pl.DataFrame:
    """Validate ``frame`` (which carries provenance columns) against ``schema``; raise :class:`DataError` on failure.

    Returns the frame cast to the schema, provenance columns kept only where the schema itself declares them.
    """
    checked = with_provenance(schema)
    good, failure = checked.filter(frame, cast=True)
    if failure.counts():
        details = failure.details()
        problems = []
        for rule in failure.counts():
            column, expected = _expected(schema, rule)
            for row in details.filter(pl.col(rule) == "invalid").iter_rows(named=True):
                found = "" if column is None else str(frame_value(row, column))
                problems.append(Problem(row["source_file"], row["source_line"], column, expected, found))
        problems.sort(key=lambda p: (p.file, p.line or 0))
        raise DataError(problems)
    keep = list(schema.columns())
    return good.select(keep)


def frame_value(row: Mapping[str, object], column: str) -> object:
    """The value of ``column`` in a failing row, as read."""
    value = row.get(column)
    return "" if value is None else value
