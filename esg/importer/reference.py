"""What an import is checked against: the edition it builds on (:func:`choose_base`) and that edition's figures,
tables, indicators, units and entities (:class:`Reference`), read from its snapshot so that no ``data/source`` is
needed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from esg.errors import DataError, Problem, SnapshotError
from esg.figures import FigureKey, figure_key
from esg.snapshot import check_edition, list_editions, read_manifest, read_snapshot, verify_snapshot, withdrawals
from esg.units import Unit, units_from_manifest

# A row read back from a snapshot, as polars gives it (column -> value).
SnapshotRow = dict[str, Any]


@dataclass(frozen=True)
class Reference:
    """What the previous edition knows: its figures and tables, indicators, units, entities."""

    edition: str
    frames: dict[str, pl.DataFrame]
    units: dict[str, Unit]
    manifest_units: dict[str, dict[str, object]]
    indicators: dict[str, SnapshotRow]  # indicator_id -> metadata of its latest figure
    indicator_units: dict[str, set[str]]
    text_valued: set[str]
    entities: set[str]
    figures: dict[FigureKey, SnapshotRow]  # key -> the previous edition's row


def load_reference(snapshots_dir: Path, base: str) -> Reference:
    """The previous edition's snapshot as reference data for checking an import."""
    snapshot = snapshots_dir / base
    frames = read_snapshot(snapshot)
    manifest_units: dict[str, dict[str, object]] = read_manifest(snapshot).get("units") or {}
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
        figures={figure_key(r): r for r in indicators.iter_rows(named=True)},
    )


def choose_base(snapshots_dir: Path, edition: str, *, replace: bool = False) -> str:
    """The edition an import of ``edition`` builds on: the newest edition before it, which must be sound."""
    problems = []
    check_edition(edition)
    editions = list_editions(snapshots_dir)
    if edition in withdrawals(snapshots_dir):
        raise DataError([Problem("--edition", None, None, "an edition that was not withdrawn (kept on disk)", edition)])
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
