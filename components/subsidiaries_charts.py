"""Chart factory of the subsidiaries view (pure, no ``st.*``): one bar per business segment, side by side, in the
segment colours (``components.kinds.subsidiaries`` builds the view's elements).

``make_bar_figure`` colours bars by trace and marks gaps only for a single trace; segments need both (their own
colour and a "not disclosed" label where the report gives nothing), hence this factory.
"""

from __future__ import annotations

import plotly.graph_objects as go
import polars as pl

from components.charts import finish_spec
from components.palette import MUTED, SEGMENT_COLORS
from esg.display import format_number
from esg.i18n import t


def make_segment_bar_figure(
    df: pl.DataFrame,
    *,
    label: str,
    value: str,
    segment: str,
    title: str,
    source: str,
    lang: str,
    y_title: str = "",
    hover_unit: str = "",
    reference: float | None = None,
    reference_label: str = "",
    height: int = 440,
) -> go.Figure:
    """Bars of ``value`` by ``label`` coloured by the segment id in ``segment``; a null value gets a grey
    "not disclosed" label instead of a bar; ``reference`` draws a dashed line across the bars (e.g. the group's own
    figure), named ``reference_label`` in the legend."""
    labels = [str(v) for v in df.get_column(label).to_list()]
    values = df.get_column(value).to_list()
    colours = [SEGMENT_COLORS.get(s, SEGMENT_COLORS[None]) for s in df.get_column(segment).to_list()]
    traces = [
        {
            "type": "bar",
            "x": labels,
            "y": values,
            "marker": {"color": colours},
            "text": [format_number(v, lang) if v is not None else "" for v in values],
            "textposition": "auto",
            "hovertemplate": "%{x}: %{text} " + hover_unit + "<extra></extra>",
            "showlegend": False,
            "name": y_title,
        }
    ]
    missing = [x for x, v in zip(labels, values, strict=True) if v is None]
    if missing:
        traces.append(
            {
                "type": "scatter",
                "x": missing,
                "y": [0] * len(missing),
                "mode": "text",
                "text": [t("common.not_disclosed", lang)] * len(missing),
                "textposition": "top center",
                "textfont": {"color": MUTED, "size": 13},
                "hoverinfo": "skip",
                "showlegend": False,
                "name": t("common.not_disclosed", lang),
            }
        )
    if reference is not None:
        traces.append(
            {
                "type": "scatter",
                "x": labels,
                "y": [reference] * len(labels),
                "mode": "lines",
                "line": {"color": SEGMENT_COLORS["group"], "dash": "dash", "width": 2},  # the group, not a grey
                "name": reference_label,
                "hoverinfo": "name",
                "showlegend": True,
            }
        )
    spec = {"data": traces, "layout": {}}
    return go.Figure(finish_spec(spec, title=title, source=source, lang=lang, y_title=y_title, height=height))
