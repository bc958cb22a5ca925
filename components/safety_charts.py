"""Chart data, figures and tables for the indicator-heavy views (safety, and reused by workforce and governance).

Pure functions, no ``st.*`` calls. The view queries return long frames with ``year``, ``category`` and ``series`` keys,
``value`` and the printed ``unit``/``unit_en``; these helpers turn them into a localised frame of exactly the figures a
chart shows (units converted for English, keys translated through the view's catalogue), draw a stacked bar with the
report's printed total beside its parts, and lay out formatted indicator tables.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import plotly.graph_objects as go
import polars as pl

from components.charts import make_bar_figure
from components.palette import SERIES_COLORS, TEXT
from esg.i18n import format_number, format_value, pick, t, with_display_values

KEY_COLUMNS = ("category", "series")
# Stacks take the series colours with the two oranges (2nd and 5th) kept apart, so neighbouring parts stay distinct.
STACK_COLORS = [SERIES_COLORS[i] for i in (0, 1, 2, 3, 5, 6, 4, 7, 8, 9)]


def label_of(key: str, prefix: str, lang: str) -> str:
    """The catalogue string ``<prefix>.<key>`` in ``lang``."""
    return t(f"{prefix}.{key}", lang)


def chart_frame(df: pl.DataFrame, lang: str, *, labels: str, columns: Mapping[str, str]) -> pl.DataFrame:
    """Select ``columns`` (``year``, ``category``, ``series`` or ``value`` -> header string key) in order, localised.

    ``category`` and ``series`` keys are translated as ``<labels>.<key>``; ``year`` becomes text (a category axis);
    ``value`` is converted into the unit shown in ``lang`` (e.g. 万元 -> RMB million in English, exactly).
    """
    shown = with_display_values(df, lang) if df.height else df.with_columns(pl.lit(None).alias("display_value"))
    exprs = []
    for source, header in columns.items():
        name = t(header, lang)
        if source == "year":
            exprs.append(pl.col("year").cast(pl.String).alias(name))
        elif source in KEY_COLUMNS:
            keys = shown.get_column(source).unique().to_list()
            mapping = {key: label_of(key, labels, lang) for key in keys}
            exprs.append(pl.col(source).replace_strict(mapping, return_dtype=pl.String).alias(name))
        elif source == "value":
            exprs.append(pl.col("display_value").alias(name))
        else:
            raise KeyError(f"chart_frame cannot show column {source!r}; use year, category, series or value")
    return shown.select(exprs)


def source_line(df: pl.DataFrame, lang: str) -> str:
    """The report tables the rows come from, in first-seen order, joined for the figure's source line."""
    if not df.height:
        return ""
    column = "source_table_en" if lang == "en" else "source_table"
    return " · ".join(df.get_column(column).drop_nulls().unique(maintain_order=True).to_list())


def make_stacked_total_figure(
    df: pl.DataFrame,
    *,
    x: str,
    y: str,
    color: str,
    total: str,
    title: str,
    source: str,
    lang: str,
    y_title: str = "",
    decimals: int | None = None,
    height: int = 460,
) -> go.Figure:
    """Stacked bars of the parts (rows whose ``color`` is not ``total``) and the printed total as a labelled marker
    above each stack, so a reader sees both the parts and the figure the report prints (they may differ)."""
    parts = df.filter(pl.col(color) != total)
    totals = df.filter(pl.col(color) == total)
    names = parts.get_column(color).unique(maintain_order=True).to_list()
    fig = make_bar_figure(
        parts,
        colors={name: STACK_COLORS[i % len(STACK_COLORS)] for i, name in enumerate(names)},
        x=x,
        y=y,
        color=color,
        barmode="stack",
        title=title,
        source=source,
        lang=lang,
        y_title=y_title,
        decimals=decimals,
        height=height,
    )
    fig.update_traces(textposition="inside", selector={"type": "bar"})
    fig.update_layout(uniformtext={"minsize": 11, "mode": "hide"})
    if totals.height:
        values = totals.get_column(y).to_list()
        fig.add_trace(
            go.Scatter(
                x=totals.get_column(x).to_list(),
                y=values,
                mode="markers+text",
                name=total,
                text=[format_number(v, lang, decimals) if v is not None else "" for v in values],
                textposition="top center",
                marker={"symbol": "line-ew-open", "size": 28, "color": TEXT, "line": {"width": 3}},
                textfont={"color": TEXT},
                hovertemplate="%{x}: %{text}<extra>" + total + "</extra>",
                cliponaxis=False,
            )
        )
    return fig


def _text_width(text: str) -> float:
    """Rough rendered width in pixels of legend text at the template's font size (CJK characters are wider)."""
    return sum(15.0 if ord(ch) > 0x2E80 else 8.5 for ch in text)


def fit_legend(fig: go.Figure, width: int = 340) -> go.Figure:
    """Make room above the plot for the horizontal legend when it wraps onto several rows at ``width`` pixels, so it
    never covers the title (the template puts the legend on top of the plot area)."""
    fig.update_layout(title={"yref": "container", "y": 1.0, "yanchor": "top", "pad": {"t": 14}})
    names = [tr.name for tr in fig.data if tr.name and tr.showlegend is not False]
    if len(names) < 2:
        return fig
    # Plotly lays a wrapping horizontal legend out in equal columns as wide as its widest entry.
    entry = 48 + max(_text_width(name) for name in names)
    per_row = max(1, int(width // entry))
    rows = -(-len(names) // per_row)
    fig.update_layout(margin={"t": 64 + 24 * rows}, legend={"y": 1.02})
    return fig


def facts_table(df: pl.DataFrame, lang: str, *, years: Sequence[int], headers: Mapping[str, str]) -> pl.DataFrame:
    """One row per indicator: its name (entity named when not the group), the printed value with unit for each of
    ``years`` ("not disclosed" where the report gives none), and its notes. ``headers`` maps ``indicator``, ``note``
    (and optionally ``value`` for a single year) to header string keys."""
    rows = []
    order = df.select("indicator_id", "entity").unique(maintain_order=True).iter_rows()
    single = len(years) == 1 and "value" in headers
    for indicator_id, entity in order:
        part = df.filter(pl.col("indicator_id") == indicator_id, pl.col("entity") == entity)
        first = part.row(0, named=True)
        name = pick(lang, first["name_zh"], first["name_en"])
        if entity != "group":
            name = f"{pick(lang, first['entity_short_zh'], first['entity_short_en'])} · {name}"
        row = {t(headers["indicator"], lang): name}
        by_year = {r["year"]: r for r in part.iter_rows(named=True)}
        for year in years:
            found = by_year.get(year)
            if found is not None and found.get("value_text"):
                text = found["value_text"]
            else:
                text = format_value(
                    None if found is None else found["value"], first["unit"], first["unit_en"], lang, decimals=None
                )
            row[t(headers["value"], lang) if single else str(year)] = text
        notes = part.get_column("note_en" if lang == "en" else "note").drop_nulls().unique(maintain_order=True)
        row[t(headers["note"], lang)] = " ".join(notes.to_list())
        rows.append(row)
    if not rows:
        columns = [t(headers["indicator"], lang)]
        columns += [t(headers["value"], lang)] if single else [str(y) for y in years]
        return pl.DataFrame(schema=[(c, pl.String) for c in [*columns, t(headers["note"], lang)]])
    return pl.DataFrame(rows)
