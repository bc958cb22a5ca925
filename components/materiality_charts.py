"""Figures and display tables of the materiality view: the double-materiality matrix and the indicators of a topic.

Pure functions (no ``st.*`` calls). The matrix draws the three published tiers as shaded regions; the positions of
the topics inside them are derived (see ``position_method`` in the data), so the axes carry no numbers.
"""

from __future__ import annotations

import plotly.graph_objects as go
import polars as pl

from components.charts import finish_figure
from components.palette import PILLAR_COLORS, TEXT, TIER_COLORS
from esg.i18n import display_unit, format_value, pick, t

# The region of each published tier, as the derivation (``position_method``) places them: x0, x1, y0, y1.
TIER_REGIONS: dict[str, tuple[float, float, float, float]] = {
    "both": (6, 10, 6, 10),
    "impact_only": (1, 5, 6, 10),
    "neither": (1, 5, 1, 5),
}
# Where each region's name goes: above the region (top tiers) or in the gap above it (bottom tier).
TIER_LABEL_Y = {"both": 10.45, "impact_only": 10.45, "neither": 5.5}
X_RANGE = (0, 10)
Y_RANGE = (0, 10.9)
# Labels of points in the right-hand column of a region are written to their left so that they stay in the plot;
# the columns alternate by rank within a tier, so neighbouring labels alternate sides and never overlap.
LABEL_LEFT_FROM_X = 8.0


def text_positions(xs: list[float]) -> list[str]:
    """Where each point's label goes: left of points near the right edge, right of the others."""
    return ["middle left" if x >= LABEL_LEFT_FROM_X else "middle right" for x in xs]


def make_materiality_figure(df: pl.DataFrame, *, lang: str, selected: str | None = None) -> go.Figure:
    """The matrix: one trace of topics per pillar (``topic_id`` in ``customdata[0]``), tier regions shaded."""
    fig = go.Figure()
    for tier, (x0, x1, y0, y1) in TIER_REGIONS.items():
        fig.add_shape(
            type="rect",
            x0=x0,
            x1=x1,
            y0=y0,
            y1=y1,
            fillcolor=TIER_COLORS[tier],
            opacity=0.1,
            line={"color": TIER_COLORS[tier], "width": 1.5, "dash": "dot"},
            layer="below",
        )
        fig.add_annotation(
            x=x0,
            y=TIER_LABEL_Y[tier],
            xanchor="left",
            yanchor="middle",
            text=f"<b>{t(f'materiality.tier_short.{tier}', lang)}</b>",
            showarrow=False,
            font={"size": 14, "color": TEXT},
        )
    pillar_word = t("materiality.hover_pillar", lang)
    tier_word = t("materiality.hover_tier", lang)
    for pillar in ("E", "S", "G"):
        part = df.filter(pl.col("pillar") == pillar)
        if part.is_empty():
            continue
        names = [pick(lang, zh, en) for zh, en in part.select("topic_zh", "topic_en").iter_rows()]
        xs = part.get_column("x_derived").to_list()
        pillar_label = t(f"common.pillar.{pillar}", lang)
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=part.get_column("y_derived").to_list(),
                mode="markers+text",
                name=pillar_label,
                text=names,
                textposition=text_positions(xs),
                textfont={"size": 12, "color": TEXT},
                marker={"size": 13, "color": PILLAR_COLORS[pillar], "line": {"color": "white", "width": 1.5}},
                customdata=[
                    [topic_id, name, pillar_label, t(f"materiality.tier.{tier}", lang)]
                    for topic_id, name, tier in zip(part["topic_id"], names, part["tier"], strict=True)
                ],
                hovertemplate=(
                    f"<b>%{{customdata[1]}}</b><br>{pillar_word}: %{{customdata[2]}}<br>"
                    f"{tier_word}: %{{customdata[3]}}<extra></extra>"
                ),
                cliponaxis=False,
            )
        )
    chosen = df.filter(pl.col("topic_id") == selected) if selected else df.head(0)
    if not chosen.is_empty():
        fig.add_trace(
            go.Scatter(
                x=chosen["x_derived"].to_list(),
                y=chosen["y_derived"].to_list(),
                mode="markers",
                marker={"size": 24, "symbol": "circle-open", "color": TEXT, "line": {"width": 2}},
                customdata=[[selected]],
                hoverinfo="skip",
                showlegend=False,
                name="",
            )
        )
    finish_figure(
        fig,
        title=t("materiality.chart_title", lang),
        source=t("materiality.chart_source", lang),
        lang=lang,
        x_title=t("materiality.axis_financial", lang),
        y_title=t("materiality.axis_impact", lang),
        height=680,
        categorical_x=False,
    )
    low, high = t("materiality.low", lang), t("materiality.high", lang)
    axis = {"showgrid": False, "zeroline": False, "ticks": "", "showline": True}
    fig.update_xaxes(range=list(X_RANGE), tickvals=[0.5, 9.5], ticktext=[low, high], **axis)
    fig.update_yaxes(range=list(Y_RANGE), tickvals=[0.5, 9.5], ticktext=[low, high], **axis)
    return fig


def make_indicator_table(df: pl.DataFrame, *, lang: str) -> pl.DataFrame:
    """The indicators behind a topic as shown: name (with the segment), value with unit, unit, source table."""
    rows = []
    for row in df.iter_rows(named=True):
        name = pick(lang, row["name_zh"], row["name_en"])
        if row["segment"]:
            segment = t(f"common.segment.{row['segment']}", lang)
            name = f"{name} ({segment})"
        value = row["value_text"] or format_value(row["value"], row["unit"], row["unit_en"], lang)
        unit = display_unit(row["unit"], row["unit_en"], lang)[0]
        rows.append(
            {
                t("materiality.col.indicator", lang): name,
                t("materiality.col.value", lang): value,
                t("materiality.col.unit", lang): "" if unit in ("-", "count") else unit,
                t("materiality.col.source_table", lang): pick(lang, row["source_table"], row["source_table_en"]),
            }
        )
    columns = [t(f"materiality.col.{c}", lang) for c in ("indicator", "value", "unit", "source_table")]
    return pl.DataFrame(rows, schema=dict.fromkeys(columns, pl.String))


def make_topic_table(df: pl.DataFrame, *, lang: str) -> pl.DataFrame:
    """The topics as a table: topic, pillar, tier (as published) and the order listed within the tier."""
    return pl.DataFrame(
        {
            t("materiality.col.topic", lang): [pick(lang, z, e) for z, e in df.select("topic_zh", "topic_en").rows()],
            t("materiality.col.pillar", lang): [t(f"common.pillar.{p}", lang) for p in df["pillar"]],
            t("materiality.col.tier", lang): [t(f"materiality.tier.{tier}", lang) for tier in df["tier"]],
            t("materiality.col.rank", lang): df["tier_rank"].to_list(),
        },
        schema={
            t("materiality.col.topic", lang): pl.String,
            t("materiality.col.pillar", lang): pl.String,
            t("materiality.col.tier", lang): pl.String,
            t("materiality.col.rank", lang): pl.Int64,
        },
    )
