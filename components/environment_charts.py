"""Chart pieces of the environment view: the waste-utilisation table and its rates, and the investment parts."""

from __future__ import annotations

import plotly.graph_objects as go
import polars as pl

from components.charts import bar_spec, donut_spec, fit_legend_spec, fit_title_spec, source_line
from components.figure_update import merged, spec_layout, spec_traces
from components.tables import series_labels
from esg.display import with_display_values
from esg.i18n import t

MEASURES = ("generated", "stored_disposed", "utilised", "utilisation_rate")


def utilisation_table(df: pl.DataFrame, lang: str) -> pl.DataFrame:
    """The waste-utilisation table with localised stream names and column headers (tonnes and %, as printed)."""
    labels = series_labels(df.get_column("stream").to_list(), "environment.stream", lang)
    return df.select(
        pl.col("stream").replace_strict(labels, return_dtype=pl.String).alias(t("environment.col.stream", lang)),
        *[pl.col(m).alias(t(f"environment.col.{m}", lang)) for m in MEASURES],
    )


def make_rate_figure(df: pl.DataFrame, *, lang: str, year: int) -> go.Figure:
    """Horizontal bars of the utilisation rate (%) of each waste stream; missing rates are marked."""
    table = utilisation_table(df, lang)
    stream, *_, rate = table.columns
    spec = bar_spec(
        table,
        x=stream,
        y=rate,
        horizontal=True,
        title=t("environment.chart.utilisation_rate", lang, year=year),
        source=source_line(df, lang),
        lang=lang,
        hover_unit="%",
        height=360,
    )
    spec_layout(spec, xaxis={"range": [0, 100], "ticksuffix": "%"})
    return go.Figure(fit_legend_spec(spec, width="full"))


def investment_frame(parts: pl.DataFrame, lang: str) -> pl.DataFrame:
    """The parts of environmental investment: localised part name and value in the unit shown in ``lang``."""
    converted = with_display_values(parts, lang)
    unit = converted.get_column("display_unit").first()
    labels = series_labels(parts.get_column("indicator_id").to_list(), "environment.series", lang, names=parts)
    return converted.select(
        pl.col("indicator_id").replace_strict(labels, return_dtype=pl.String).alias(t("common.col.item", lang)),
        pl.col("display_value").alias(t("common.col.value", lang, unit=unit)),
    )


def make_investment_figure(parts: pl.DataFrame, *, title: str, source: str, center_text: str, lang: str) -> go.Figure:
    """A donut of the investment items (an :func:`investment_frame`) with the total in the centre and the legend
    beside it."""
    names, values = parts.columns
    spec = donut_spec(parts, names=names, values=values, title=title, source=source, lang=lang, center_text=center_text)
    spec_traces(spec, ("pie",), domain={"x": [0, 0.5]}, textposition="inside", insidetextorientation="horizontal")
    centre = {"x": 0.25, "font": {"size": 13}}
    spec_layout(
        spec,
        legend={"orientation": "v", "x": 0.55, "y": 0.5, "xanchor": "left", "yanchor": "middle"},
        annotations=[merged(a, centre) if a["text"] == center_text else a for a in spec["layout"]["annotations"]],
        uniformtext={"minsize": 11, "mode": "hide"},
    )
    return go.Figure(fit_title_spec(spec, width="full"))
