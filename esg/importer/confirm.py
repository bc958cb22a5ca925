"""What an import checks beyond each cell, on the new edition as a whole: the build's reconciliation rules and prose
checks run again on every year (so a new year is reconciled like the report's own), and what needs a person's
confirmation before it is written: a figure of the new year that contradicts a rule, or one that jumps implausibly
from the year before."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl

from esg.figures import format_printed
from esg.importer.reference import Reference
from esg.paths import SOURCE_DIR
from esg.reconcile import reconcile
from esg.source import PROSE_COLUMNS, RULE_COLUMNS, read_all

JUMP_FACTOR = 5.0  # a figure five times (or a fifth of) the year before's is flagged


def new_quality(indicators: pl.DataFrame, ref: Reference, source_dir: Path = SOURCE_DIR) -> pl.DataFrame:
    """The data-quality table of the new edition: the rules and prose checks of ``source_dir`` run on its figures
    (every year), or the previous edition's table where no rules are deployed."""
    rules_dir = source_dir / "rules"
    if not rules_dir.is_dir():
        return ref.frames["quality"]

    def keys(frame: pl.DataFrame) -> set[tuple[str, str, str]]:
        return {(i, s or "", e) for i, s, e in frame.select("indicator_id", "segment", "entity").iter_rows()}

    gone = keys(ref.frames["indicators"]) - keys(indicators)
    rules = read_all(source_dir, "rules", RULE_COLUMNS)
    prose = read_all(source_dir, "prose", PROSE_COLUMNS)
    # A rule or prose check of figures the edition no longer has (removed on purpose) does not apply.
    rules = rules.filter(
        pl.concat_str("total", pl.lit(";"), "parts").map_elements(lambda refs: not _keys(refs) & gone, pl.Boolean)
    )
    ids = {key[0] for key in keys(indicators)}
    prose = prose.filter(pl.col("indicator_id").is_in(ids))
    return reconcile(indicators, rules, prose, ref.units)


def _keys(references: str) -> set[tuple[str, str, str]]:
    """The figures a rule refers to (``id@segment#entity;...``, parts summed with ``+``) as (indicator, segment,
    entity); entity ``group`` and no segment by default."""
    keys = set()
    for ref in filter(None, (r.strip() for r in re.split(r"[;+]", references))):
        found = re.fullmatch(r"([^@#]+)(?:@([^#]+))?(?:#(.+))?", ref)
        if found:
            keys.add((found.group(1), found.group(2) or "", found.group(3) or "group"))
    return keys


def to_confirm(indicators: pl.DataFrame, quality: pl.DataFrame, ref: Reference, year: int) -> list[str]:
    """One line per figure of ``year`` a person must confirm: a rule it breaks, a jump from the year before."""
    lines = []
    old = {(r["check_id"], r["year"]) for r in ref.frames["quality"].iter_rows(named=True)}
    for check in quality.filter(pl.col("status") == "discrepancy", pl.col("year") == year).iter_rows(named=True):
        if (check["check_id"], check["year"]) not in old:
            lines.append(
                f"{check['check_id']} {year}: {check['description_en']}: {check['figures_en']}"
                f" (expected {_number(check['expected'])}, given {_number(check['printed'])})"
            )
    lines += _jumps(indicators, year)
    return lines


def _jumps(indicators: pl.DataFrame, year: int) -> list[str]:
    key = ["indicator_id", "entity", "segment"]
    now = indicators.filter(pl.col("year") == year, pl.col("value").is_not_null())
    before = indicators.filter(pl.col("year") == year - 1, pl.col("value").is_not_null())
    pairs = now.join(before.select(*key, pl.col("value").alias("before")), on=key, nulls_equal=True)
    lines = []
    for r in pairs.iter_rows(named=True):
        value, previous = r["value"], r["before"]
        if value * previous <= 0:
            continue
        ratio = value / previous
        if ratio >= JUMP_FACTOR or ratio <= 1 / JUMP_FACTOR:
            segment = f"@{r['segment']}" if r["segment"] else ""
            lines.append(
                f"{r['indicator_id']}{segment} {r['entity']} {year}: {format_printed(value)} {r['unit']} against"
                f" {format_printed(previous)} in {year - 1} ({ratio:.3g} times the year before)"
            )
    return lines


def _number(value: float | None) -> str:
    return "-" if value is None else format_printed(value)
