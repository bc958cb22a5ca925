"""The catalogue of units: the unit as printed, its English form, its dimension and a factor to the base unit."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from esg.csvio import read_csv_rows
from esg.errors import DataError, Problem

# Dimensions whose values can never be negative (counts of things or people).
COUNT_DIMENSIONS = frozenset({"count", "persons", "person_times", "sessions", "times", "trees"})
# Dimensions whose figures may be negative (a change in percentage points, an amount of money); no other can.
SIGNED_DIMENSIONS = frozenset({"percentage_points", "money"})


@dataclass(frozen=True)
class Unit:
    """One unit as printed in the report."""

    unit: str
    unit_en: str
    dimension: str
    factor: float


def load_units(path: Path) -> dict[str, Unit]:
    """Read ``units.csv`` into a mapping from the unit as printed to its :class:`Unit`."""
    units: dict[str, Unit] = {}
    problems: list[Problem] = []
    for line, row in read_csv_rows(path, ["unit", "unit_en", "dimension", "factor"]):
        try:
            factor = float(row["factor"])
        except ValueError:
            problems.append(Problem(path.name, line, "factor", "a number", row["factor"]))
            continue
        if row["unit"] in units:
            problems.append(Problem(path.name, line, "unit", "a unit listed once", row["unit"]))
        units[row["unit"]] = Unit(row["unit"], row["unit_en"], row["dimension"], factor)
    if problems:
        raise DataError(problems)
    return units


def convert(value: float, from_unit: Unit, to_unit: Unit) -> float:
    """Convert ``value`` between two units of one dimension."""
    if from_unit.dimension != to_unit.dimension:
        raise ValueError(
            f"cannot convert {from_unit.unit} ({from_unit.dimension}) to {to_unit.unit} ({to_unit.dimension})"
        )
    return value * from_unit.factor / to_unit.factor


def printed_precision(printed: str) -> float:
    """Half a unit of the last printed digit: the rounding a printed figure may carry (``45.81`` -> 0.005)."""
    decimals = len(printed.split(".", 1)[1]) if "." in printed else 0
    return 0.5 * math.pow(10, -decimals)


def units_to_manifest(units: dict[str, Unit]) -> dict[str, dict[str, object]]:
    """The catalogue as JSON for a snapshot's manifest (so that an import can check units without ``data/source``)."""
    return {u.unit: {"unit_en": u.unit_en, "dimension": u.dimension, "factor": u.factor} for u in units.values()}


def units_from_manifest(entries: Mapping[str, Mapping[str, Any]]) -> dict[str, Unit]:
    """The catalogue read back from a manifest's ``units`` (JSON: the factor is a number)."""
    return {unit: Unit(unit, str(e["unit_en"]), str(e["dimension"]), float(e["factor"])) for unit, e in entries.items()}
