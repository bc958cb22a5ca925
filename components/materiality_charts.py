"""The double-materiality matrix and the topics as a table (the view's kinds, ``components.kinds.materiality``, and
the slides draw them).

No ``st.*`` calls and no query. The matrix draws the three published tiers as shaded regions; the positions of
the topics inside them are derived (see ``position_method`` in the data), so the axes carry no numbers.
"""

from __future__ import annotations

from typing import Any

import plotly.graph_objects as go
import polars as pl

from components.charts import finish_spec, point_groups
from components.figure_update import spec_layout
from components.palette import PILLAR_COLORS, TEXT, TIER_COLORS
from esg.i18n import pick, t
from esg.vocabulary import PILLARS

# The region of each published tier, as the derivation (``position_method``) places them: x0, x1, y0, y1.
TIER_REGIONS: dict[str, tuple[float, float, float, float]] = {
    "both": (6, 10, 6, 10),
    "impact_only": (1, 5, 6, 10),
    "neither": (1, 5, 1, 5),
}
# Where each region's name goes: above the region (top tiers) or in the gap above it (bottom tier).
TIER_LABEL_Y = {"both": 10.45, "impact_only": 10.45, "neither": 5.5}
X_RANGE = (0, 10.8)  # room on the right for labels of the right-hand region
Y_RANGE = (0, 10.9)
SELECTED_SIZE, MARKER_SIZE = 18, 13
# A tier with few topics has room to put each label under its point.
LABEL_BELOW_TIERS = frozenset({"neither"})


def text_positions(df: pl.DataFrame) -> list[str]:
    """Where each topic's label goes. Within a tier the derived positions alternate by rank between two columns;
    labels in the right half of the tier's region are written to the left of the point and those in the left half
    to the right, so neighbouring labels alternate sides and stay inside the plot (with or without a filter). In a
    sparse tier the label goes under its point."""
    middle = {tier: (x0 + x1) / 2 for tier, (x0, x1, _, _) in TIER_REGIONS.items()}
    return [
        "bottom center" if tier in LABEL_BELOW_TIERS else "middle left" if x > middle[tier] else "middle right"
        for x, tier in zip(df["x_derived"], df["tier"], strict=True)
    ]


def _topic_trace(part: pl.DataFrame, lang: str, *, name: str, colour: str) -> dict[str, Any]:
    """Markers and labels of some topics; ``customdata`` = topic id, topic, pillar, tier (for hover and clicks)."""
    pillar_word, tier_word = t("common.col.pillar", lang), t("materiality.hover_tier", lang)
    return {
        "type": "scatter",
        "x": part.get_column("x_derived").to_list(),
        "y": part.get_column("y_derived").to_list(),
        "mode": "markers+text",
        "name": name,
        "text": part.get_column("label").to_list(),
        "textposition": part.get_column("textposition").to_list(),
        "textfont": {"size": 12, "color": TEXT},
        "marker": {"size": MARKER_SIZE, "color": colour, "line": {"color": "white", "width": 1.5}},
        "customdata": [
            [topic_id, label, t(f"common.pillar.{pillar}", lang), t(f"materiality.tier.{tier}", lang)]
            for topic_id, label, pillar, tier in part.select("topic_id", "label", "pillar", "tier").rows()
        ],
        "hovertemplate": (
            f"<b>%{{customdata[1]}}</b><br>{pillar_word}: %{{customdata[2]}}<br>"
            f"{tier_word}: %{{customdata[3]}}<extra></extra>"
        ),
        "cliponaxis": False,
    }


def _tier_regions(lang: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The shaded region of each tier and its name above it: (shapes, annotations)."""
    shapes, annotations = [], []
    for tier, (x0, x1, y0, y1) in TIER_REGIONS.items():
        line = {"color": TIER_COLORS[tier], "width": 1.5, "dash": "dot"}
        region = {"type": "rect", "x0": x0, "x1": x1, "y0": y0, "y1": y1, "fillcolor": TIER_COLORS[tier]}
        shapes.append({**region, "opacity": 0.1, "line": line, "layer": "below"})
        annotations.append(
            {
                "x": x0,
                "y": TIER_LABEL_Y[tier],
                "xanchor": "left",
                "yanchor": "middle",
                "text": f"<b>{t(f'materiality.tier_short.{tier}', lang)}</b>",
                "showarrow": False,
                "font": {"size": 14, "color": TEXT},
            }
        )
    return shapes, annotations


def make_materiality_figure(df: pl.DataFrame, *, lang: str, selected: str | None = None) -> go.Figure:
    """The matrix: one trace of topics per pillar (``topic_id`` in ``customdata[0]``), tier regions shaded, the
    ``selected`` topic drawn larger with a dark outline."""
    shapes, annotations = _tier_regions(lang)
    positioned = df.with_columns(
        pl.Series("textposition", text_positions(df), dtype=pl.String),
        pl.Series("label", [pick(lang, z, e) for z, e in df.select("topic_zh", "topic_en").rows()], dtype=pl.String),
    )
    traces = point_groups(
        positioned,
        trace=lambda part, name, colour: _topic_trace(part, lang, name=name, colour=colour),
        group="pillar",
        names={pillar: t(f"common.pillar.{pillar}", lang) for pillar in PILLARS},
        colours=PILLAR_COLORS,
        id_column="topic_id",
        selected=selected,
        selected_size=SELECTED_SIZE,
    )
    spec = finish_spec(
        {"data": traces, "layout": {"shapes": shapes, "annotations": annotations}},
        title=t("materiality.chart.matrix", lang),
        source=t("materiality.chart_source", lang),
        lang=lang,
        x_title=t("materiality.axis_financial", lang),
        y_title=t("materiality.axis_impact", lang),
        height=760,
        categorical_x=False,
    )
    # The empty lower-right quadrant (financially material only: no topic published there) carries the caveat.
    caveat = {
        "x": 8,
        "y": 3,
        "text": t("materiality.illustrative", lang),
        "showarrow": False,
        "font": {"size": 14, "color": TEXT},
        "bordercolor": TEXT,
        "borderwidth": 1,
        "borderpad": 6,
    }
    low, high = t("materiality.low", lang), t("materiality.high", lang)
    axis = {"showgrid": False, "zeroline": False, "ticks": "", "showline": True}
    ticks = {"tickvals": [0.5, 9.5], "ticktext": [low, high], **axis}
    spec_layout(
        spec,
        annotations=[*spec["layout"]["annotations"], caveat],
        xaxis={"range": list(X_RANGE), **ticks},
        yaxis={"range": list(Y_RANGE), **ticks},
    )
    return go.Figure(spec)


def make_topic_table(df: pl.DataFrame, *, lang: str) -> pl.DataFrame:
    """The topics as a table: topic, pillar, tier (as published) and the order listed within the tier."""
    return pl.DataFrame(
        {
            t("common.col.topic", lang): [pick(lang, z, e) for z, e in df.select("topic_zh", "topic_en").rows()],
            t("common.col.pillar", lang): [t(f"common.pillar.{p}", lang) for p in df["pillar"]],
            t("materiality.col.tier", lang): [t(f"materiality.tier.{tier}", lang) for tier in df["tier"]],
            t("materiality.col.rank", lang): df["tier_rank"].to_list(),
        },
        schema={
            t("common.col.topic", lang): pl.String,
            t("common.col.pillar", lang): pl.String,
            t("materiality.col.tier", lang): pl.String,
            t("materiality.col.rank", lang): pl.Int64,
        },
    )
