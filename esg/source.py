"""Reading the curated CSV source tables in ``data/source/`` into frames that carry their provenance."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl

from esg.csvio import read_csv_rows
from esg.errors import DataError, Problem
from esg.figures import IndicatorRow, is_negative_count, parse_printed
from esg.units import Unit

GLUED_MARKER = re.compile(r"[\u4e00-\u9fff)）]\d$")

INDICATOR_COLUMNS = [
    "indicator_id", "name_zh", "name_en", "unit", "unit_en", "year", "printed", "entity", "segment", "pillar",
    "topic", "source_table_zh", "source_table_en", "section_zh", "section_en", "gri", "note_zh", "note_en",
]  # fmt: skip
PROSE_COLUMNS = ["indicator_id", "entity", "segment", "year", "printed", "unit", "quote_zh", "section_zh"]
RULE_COLUMNS = ["rule_id", "kind", "total", "parts", "tolerance", "description_zh", "description_en"]


def _blank_to_none(value: str) -> str | None:
    return value or None


def _indicator_row(
    path: Path, line: int, row: dict[str, str], units: dict[str, Unit], entities: set[str]
) -> tuple[IndicatorRow | None, list[Problem]]:
    """Check one indicator row cell by cell; return the typed row (``None`` if a cell is wrong) and the problems."""
    name = f"indicators/{path.name}"
    problems: list[Problem] = []
    try:
        value, value_text = parse_printed(row["printed"])
    except ValueError:
        value, value_text = None, None
        problems.append(
            Problem(
                name,
                line,
                "printed",
                "a number as printed (e.g. 1,234.5; groups of three digits), "
                "a rating grade, or - / for not disclosed (a footnote marker glued to the number?)",
                row["printed"],
            )
        )
    unit = units.get(row["unit"])
    if unit is None:
        problems.append(Problem(name, line, "unit", "a unit listed in units.csv", row["unit"]))
    elif unit.unit_en != row["unit_en"]:
        problems.append(
            Problem(name, line, "unit_en", f"{unit.unit_en!r} (the English form in units.csv)", row["unit_en"])
        )
    elif is_negative_count(value, unit):
        problems.append(Problem(name, line, "printed", "a count that is not negative", row["printed"]))
    if not row["year"].isdigit():
        problems.append(Problem(name, line, "year", "a four-digit year", row["year"]))
    if row["entity"] not in entities:
        problems.append(Problem(name, line, "entity", "an entity_id listed in entities.csv", row["entity"]))
    if GLUED_MARKER.search(row["name_zh"]):
        problems.append(
            Problem(name, line, "name_zh", "a name without a footnote marker glued to its end", row["name_zh"])
        )
    if problems:
        return None, problems
    return IndicatorRow(
        indicator_id=row["indicator_id"],
        entity=row["entity"],
        segment=_blank_to_none(row["segment"]),
        year=int(row["year"]),
        pillar=row["pillar"],
        topic=row["topic"],
        name_zh=row["name_zh"],
        name_en=row["name_en"],
        unit=row["unit"],
        unit_en=row["unit_en"],
        value=value,
        value_text=value_text,
        printed=row["printed"],
        source_table=row["source_table_zh"],
        source_table_en=row["source_table_en"],
        section_zh=_blank_to_none(row["section_zh"]),
        section_en=_blank_to_none(row["section_en"]),
        gri=_blank_to_none(row["gri"]),
        note=_blank_to_none(row["note_zh"]),
        note_en=_blank_to_none(row["note_en"]),
        restated=False,
        original_value=None,
        restatement_reason=None,
        source_file=name,
        source_line=line,
    ), []


def read_indicator_files(source_dir: Path, units: dict[str, Unit], entities: set[str]) -> pl.DataFrame:
    """Read every ``indicators/*.csv`` file into one frame (not yet schema-validated)."""
    rows: list[IndicatorRow] = []
    problems: list[Problem] = []
    for path in sorted((source_dir / "indicators").glob("*.csv")):
        for line, row in read_csv_rows(path, INDICATOR_COLUMNS):
            typed, found = _indicator_row(path, line, row, units, entities)
            if typed is not None:
                rows.append(typed)
            problems.extend(found)
    if problems:
        raise DataError(problems)
    if not rows:
        raise DataError([Problem("indicators/", None, None, "at least one indicators/*.csv file with rows")])
    return pl.DataFrame(rows, infer_schema_length=None)


def read_table(path: Path, columns: list[str], label: str | None = None, *, allow_empty: bool = False) -> pl.DataFrame:
    """Read a CSV source table as strings (empty cells as null), with ``source_file``/``source_line`` columns."""
    label = label or path.name
    rows = [
        {**{c: _blank_to_none(row[c]) for c in columns}, "source_file": label, "source_line": line}
        for line, row in read_csv_rows(path, columns)
    ]
    if not rows and not allow_empty:
        raise DataError([Problem(label, None, None, "at least one data row", "none")])
    return pl.DataFrame(
        rows, schema={**dict.fromkeys(columns, pl.String), "source_file": pl.String, "source_line": pl.Int64}
    )


def read_all(source_dir: Path, subdir: str, columns: list[str]) -> pl.DataFrame:
    """Concatenate every CSV file of a sub-directory (``prose/``, ``rules/``); an empty frame where there is none."""
    frames = [
        read_table(p, columns, f"{subdir}/{p.name}", allow_empty=True)
        for p in sorted((source_dir / subdir).glob("*.csv"))
    ]
    if not frames:
        return pl.DataFrame(
            schema={**dict.fromkeys(columns, pl.String), "source_file": pl.String, "source_line": pl.Int64}
        )
    return pl.concat(frames)
