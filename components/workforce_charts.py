"""Chart pieces of the workforce view: one factory for every chart of the workforce tables (bars, lines, stacked
parts with the printed total).

Pure functions (no ``st.*`` calls): the page and the investor slides (``components.slides``) both call them.
"""

from __future__ import annotations

from collections.abc import Mapping

import plotly.graph_objects as go
import polars as pl

from components.charts import fit_legend, make_bar_figure, make_line_figure, make_stacked_total_figure, source_line
from components.tables import chart_frame
from esg.i18n import t

SERIES = "workforce.series"
BY_YEAR = {"year": "workforce.col.year", "series": "workforce.col.series"}


def workforce_chart(
    rows: pl.DataFrame,
    *,
    which: str,
    columns: Mapping[str, str],
    y_title: str,
    lang: str,
    kind: str = "bar",
    total: str = "",
    **options: object,
) -> tuple[go.Figure, pl.DataFrame]:
    """The chart ``which`` of the ``workforce.chart`` rows and the localised frame it draws: ``kind`` is ``bar`` or
    ``line``; with ``total`` (the id of the printed total) stacked parts and the total. The last of ``columns`` is
    the value, the first the x axis, a middle one the series."""
    data = chart_frame(rows, lang, labels=SERIES, columns=columns)
    names = data.columns
    common = {
        "x": names[0],
        "y": names[-1],
        "title": t(f"workforce.chart.{which}", lang),
        "source": source_line(rows, lang),
        "lang": lang,
        "y_title": "" if options.get("horizontal") else t(y_title, lang),  # horizontal: the title carries the unit
    }
    color = names[1] if len(names) == 3 else None
    if total:
        fig = make_stacked_total_figure(data, color=color, total=t(f"{SERIES}.{total}", lang), **common, **options)
    elif kind == "line":
        fig = make_line_figure(data, color=color, **common, **options)
    else:
        fig = make_bar_figure(data, color=color, **common, **options)
    return fit_legend(fig), data
