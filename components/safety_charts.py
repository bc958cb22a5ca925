"""TRANSITIONAL: the safety charts as the investor slides (``components.slides``) draw them, until the slides name
the view's elements (``esg.views.safety``) by id. Pure functions (no ``st.*`` calls), each returning the figure and
the localised frame it draws."""

from __future__ import annotations

import plotly.graph_objects as go
import polars as pl

from components.charts import fit_legend, make_bar_figure, make_line_figure, make_stacked_total_figure, source_line
from components.tables import chart_frame
from esg.i18n import t

SERIES = "safety.series"


def safety_trend_chart(
    rows: pl.DataFrame, *, which: str, kind: str, value_header: str, y_title: str, lang: str, **options: object
) -> tuple[go.Figure, pl.DataFrame]:
    """One trend chart of the safety tables (``safety.chart`` rows of ``which``): bars or lines (``kind``) by year,
    one series per indicator; ``value_header`` and ``y_title`` are string keys."""
    data = chart_frame(
        rows,
        lang,
        labels=SERIES,
        columns={"year": "common.col.year", "series": "common.col.series", "value": value_header},
    )
    year_col, series_col, value_col = data.columns
    factory = make_line_figure if kind == "line" else make_bar_figure
    fig = factory(
        data,
        x=year_col,
        y=value_col,
        color=series_col,
        title=t(f"safety.chart.{which}", lang),
        source=source_line(rows, lang),
        lang=lang,
        y_title=t(y_title, lang),
        **options,
    )
    return fit_legend(fig), data


def investment_chart(rows: pl.DataFrame, *, lang: str) -> tuple[go.Figure, pl.DataFrame]:
    """Safety investment by item, stacked by year, with the printed total marked above each stack."""
    data = chart_frame(
        rows,
        lang,
        labels=SERIES,
        columns={"year": "common.col.year", "series": "common.col.item", "value": "safety.col.investment"},
    )
    year_col, item_col, value_col = data.columns
    fig = make_stacked_total_figure(
        data,
        x=year_col,
        y=value_col,
        color=item_col,
        total=t(f"{SERIES}.safety_investment_total", lang),
        title=t("safety.chart.investment", lang),
        source=source_line(rows, lang),
        lang=lang,
        y_title=t("safety.axis.rmb", lang),
        height=520,
    )
    return fit_legend(fig, width=800), data
