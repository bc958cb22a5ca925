"""Restatement marks for charts and tables: a restated figure (GRI 2-4) is shown with its original value and reason.

A page that draws figures from ``indicators.parquet`` keeps the ``restated``, ``original_value`` and
``restatement_reason`` columns in its query result and calls:

- :func:`mark_restatements` on a Plotly figure: a star on each restated point and a hollow circle at the value first
  published, the reason in the hover (pure, no ``st.*``);
- :func:`restatement_cells` for a table column saying "originally X: reason" on restated rows;
- :func:`restatement_note` for a line of text under a chart or table (``components.render.render_restatement_notes``);
- :func:`mark_chart_restatements` for a figure built from a localised frame aligned row by row with the query rows.

Pure (no ``st.*``). Untrusted text (names, reasons) is escaped where it is shown: in figures by the build path
(``components.text.safe_figure``), in Markdown by ``components.text.md_escape``.
"""

from __future__ import annotations

import plotly.graph_objects as go
import polars as pl

from components.palette import MUTED, TARGET
from esg.display import display_number, format_value
from esg.i18n import pick, t

RESTATED_SYMBOL = "star"
ORIGINAL_SYMBOL = "circle-open"


def restated_rows(df: pl.DataFrame) -> pl.DataFrame:
    """The rows of ``df`` that are restatements (none if ``df`` has no ``restated`` column)."""
    if "restated" not in df.columns or df.is_empty():
        return df.clear()
    return df.filter(pl.col("restated").fill_null(False))


def _shown(value: float | None, row: dict, lang: str) -> str:
    return format_value(value, row.get("unit") or "", row.get("unit_en") or "", lang)


def mark_restatements(
    fig: go.Figure,
    df: pl.DataFrame,
    *,
    x: str,
    y: str,
    lang: str,
    original: str = "original_value",
    convert_units: bool = False,
) -> go.Figure:
    """Add restatement marks to ``fig`` for the restated rows of ``df`` (plotted at ``x``/``y``).

    ``original`` names the column of the value first published; with ``convert_units`` it is converted into the
    unit shown in ``lang`` like ``y`` (``esg.display.with_display_values``), otherwise it is plotted as stored.
    """
    rows = restated_rows(df).to_dicts()
    if not rows:
        return fig
    xs = [str(r[x]) for r in rows]
    originals = [
        display_number(r[original], r.get("unit") or "", r.get("unit_en") or "", lang) if convert_units else r[original]
        for r in rows
    ]
    hover = [
        t(
            "editions.mark.hover",
            lang,
            year=r.get("year", r[x]),
            restated=_shown(r.get("value"), r, lang),
            original=_shown(r.get("original_value"), r, lang),
            reason=r.get("restatement_reason") or "",
        )
        for r in rows
    ]
    fig.add_trace(
        go.Scatter(
            x=xs,
            y=originals,
            mode="markers",
            name=t("editions.mark.original", lang),
            marker={"symbol": ORIGINAL_SYMBOL, "size": 14, "color": MUTED, "line": {"width": 2}},
            customdata=hover,
            hovertemplate="%{customdata}<extra></extra>",
            meta="restatement_original",
        )
    )
    fig.add_trace(
        go.Scatter(
            x=xs,
            y=[r[y] for r in rows],
            mode="markers",
            name=t("editions.mark.restated", lang),
            marker={"symbol": RESTATED_SYMBOL, "size": 18, "color": TARGET, "line": {"width": 1, "color": "white"}},
            customdata=hover,
            hovertemplate="%{customdata}<extra></extra>",
            meta="restatement",
        )
    )
    return fig


def restatement_cells(df: pl.DataFrame, lang: str) -> pl.Series:
    """A column for a table: "↺ originally X: reason" on restated rows, empty elsewhere."""
    cells = [
        t(
            "editions.mark.cell",
            lang,
            original=_shown(r.get("original_value"), r, lang),
            reason=r.get("restatement_reason") or "",
        )
        if r.get("restated")
        else ""
        for r in df.to_dicts()
    ]
    return pl.Series(t("editions.mark.column", lang), cells, dtype=pl.String)


def restatement_note(r: dict, lang: str) -> str:
    """One line of plain text on a restated figure: name, year, original, restated value and reason."""
    return t(
        "editions.mark.note",
        lang,
        name=pick(lang, r.get("name_zh"), r.get("name_en")) or r.get("indicator_id", ""),
        year=r.get("year", ""),
        original=_shown(r.get("original_value"), r, lang),
        restated=_shown(r.get("value"), r, lang),
        reason=r.get("restatement_reason") or "",
    )


def mark_chart_restatements(fig: go.Figure, rows: pl.DataFrame, data: pl.DataFrame, *, lang: str) -> go.Figure:
    """Mark the restated figures of a chart drawn from ``data`` (a localised frame whose first column is the x axis
    and last the value, row for row the query ``rows``)."""
    if restated_rows(rows).is_empty() or rows.height != data.height:
        return fig
    x, y = data.columns[0], data.columns[-1]
    aligned = rows.with_columns(data.get_column(x).cast(pl.String).alias("_x"), data.get_column(y).alias("_y"))
    return mark_restatements(fig, aligned, x="_x", y="_y", lang=lang, convert_units=True)
