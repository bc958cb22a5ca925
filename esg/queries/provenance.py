"""Where the figures of a chart or KPI card come from: for each figure (``indicator_id``, ``entity``, ``segment``,
``year``) the figure as printed with its printed unit, the report table and section, the framework codes it answers
(the report's own GRI codes with the page its GRI index gives, and the derived GRI 14 / IFRS S2 codes), its
restatement, and every data-quality check that involves it with the result."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import polars as pl

from esg.queries import register
from esg.queries.common import indicators
from esg.queries.frameworks import framework_indicators
from esg.snapshot import QUERY_ENGINE, scan_table
from esg.vocabulary import GROUP

FigureKey = tuple[str, str, str | None, int]  # indicator_id, entity, segment, year
KEY_SCHEMA = {"indicator_id": pl.String, "entity": pl.String, "segment": pl.String, "year": pl.Int64}
FIGURE_COLUMNS = [
    "indicator_id", "entity", "segment", "year", "name_zh", "name_en", "printed", "value", "value_text", "unit",
    "unit_en", "source_table", "source_table_en", "section_zh", "section_en", "gri", "note", "note_en", "restated",
    "original_value", "restatement_reason", "source_file", "source_line",
]  # fmt: skip


def _pages(snapshot: Path) -> dict[str, tuple[str, str]]:
    """The location the report's GRI index gives for each of its codes (``305-1`` -> ``("P25", "p. 25")``)."""
    rows = (
        scan_table(snapshot, "frameworks")
        .filter(pl.col("framework") == "GRI")
        .select("code", "location_zh", "location_en")
    )
    return {code: (zh, en) for code, zh, en in rows.collect(engine=QUERY_ENGINE).iter_rows()}


def _derived_codes(snapshot: Path, ids: list[str]) -> dict[str, list[str]]:
    """The derived GRI 14 / IFRS S2 codes answered by each of ``ids``."""
    mapping = framework_indicators(snapshot).filter(pl.col("basis") == "derived", pl.col("indicator_id").is_in(ids))
    codes: dict[str, list[str]] = {}
    for code, iid in mapping.select("code", "indicator_id").iter_rows():
        codes.setdefault(iid, []).append(code)
    return codes


def _involves(check_id: str, figures: str, iid: str, entity: str, segment: str | None) -> bool:
    """Whether a quality check involves the figure (a prose repeat of the indicator, or a rule naming the figure as
    ``id``, ``id@segment``, ``id#entity``)."""
    ref = iid + (f"@{segment}" if segment else "") + (f"#{entity}" if entity != GROUP else "")
    return check_id.startswith(f"prose:{iid}:") or re.search(rf"(^|; ){re.escape(ref)}=", figures) is not None


@register("provenance.figures")
def figures(snapshot: Path, keys: Sequence[FigureKey]) -> dict[str, pl.DataFrame]:
    """The provenance of the figures ``keys``: ``figures`` (one row each, in the order of ``keys``: as printed, source,
    GRI codes with their page ``gri_pages_zh``/``_en``, derived codes ``derived_codes``, restatement) and ``checks``
    (the quality checks involving them, for their years: ``indicator_id``, ``check_id``, ``kind``, ``year``,
    descriptions, figures as printed and ``status``)."""
    wanted = pl.DataFrame(list(dict.fromkeys(keys)), schema=KEY_SCHEMA, orient="row").with_row_index("_order")
    found = (
        indicators(snapshot)
        .select(FIGURE_COLUMNS)
        .join(wanted.lazy(), on=["indicator_id", "entity", "segment", "year"], nulls_equal=True)
        .sort("_order")
        .drop("_order")
        .collect(engine=QUERY_ENGINE)
    )
    pages, derived = _pages(snapshot), _derived_codes(snapshot, found.get_column("indicator_id").unique().to_list())

    def gri_pages(gri: str | None, lang: int) -> str:
        codes = [c.strip() for c in (gri or "").split(";") if c.strip()]
        return "; ".join(f"GRI {c} {pages[c][lang]}" if c in pages else f"GRI {c}" for c in codes)

    gri_values = found.get_column("gri").to_list()
    found = found.with_columns(
        pl.Series("gri_pages_zh", [gri_pages(g, 0) for g in gri_values], dtype=pl.String),
        pl.Series("gri_pages_en", [gri_pages(g, 1) for g in gri_values], dtype=pl.String),
        pl.Series("derived_codes", [", ".join(derived.get(i, [])) for i in found.get_column("indicator_id")]),
    )
    quality = scan_table(snapshot, "quality").collect(engine=QUERY_ENGINE)
    by_year = {year: quality.filter(pl.col("year") == year).to_dicts() for year in found.get_column("year").unique()}
    rows = []
    for iid, entity, segment, year in found.select("indicator_id", "entity", "segment", "year").iter_rows():
        rows += [
            {"indicator_id": iid, **check}
            for check in by_year[year]
            if _involves(check["check_id"], check["figures"], iid, entity, segment)
        ]
    rows = list({(r["indicator_id"], r["check_id"], r["year"]): r for r in rows}.values())
    checks = pl.DataFrame(rows, schema={"indicator_id": pl.String, **quality.schema}) if rows else quality.head(0)
    if not rows:
        checks = checks.with_columns(pl.lit(None, pl.String).alias("indicator_id"))
    checks = checks.with_columns(pl.col("kind", "status").cast(pl.String)).sort("indicator_id", "year", "check_id")
    return {"figures": found, "checks": checks}
