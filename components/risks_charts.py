"""Figures and display tables of the risks view: the emerging-risk likelihood x impact grid and the time horizons
of the climate-related risks and opportunities (the view's kinds, ``components.kinds.risks``, and the slides draw
them).

No ``st.*`` calls and no query. Grid positions are derived (see ``position_method`` in the data); the figure says
so in its title and axis titles.
"""

from __future__ import annotations

import textwrap

import plotly.graph_objects as go
import polars as pl

from components.charts import add_point_groups, finish_figure
from components.palette import GRID, RISK_CATEGORY_COLORS, SERIES_COLORS, TEXT
from esg.i18n import pick, t
from esg.vocabulary import RISK_CATEGORIES

LEVELS = (1, 2, 3, 4, 5)
HORIZONS = ("short", "medium", "long")
KIND_COLORS = {
    "physical_acute": SERIES_COLORS[1],
    "physical_chronic": SERIES_COLORS[6],
    "transition": SERIES_COLORS[0],
    "opportunity": SERIES_COLORS[2],
}
# Inside a cell the markers sit on its left and the labels run right; several risks in a cell are stacked.
MARKER_DX = -0.4
STACK_STEP = 0.3
LABEL_WIDTH = {"zh": 9, "en": 20}  # characters per label line (Chinese characters are about twice as wide)
SELECTED_SIZE, MARKER_SIZE = 17, 12
CELL_SHADE_FULL = 12  # a cell would be fully coloured with this many risks: with 1-3 risks the tint stays light


def wrap_label(text: str, lang: str) -> str:
    """A label broken into lines that fit a grid cell (``<br>`` between lines)."""
    width = LABEL_WIDTH[lang]
    if lang == "zh":
        return "<br>".join(text[i : i + width] for i in range(0, len(text), width))
    return "<br>".join(textwrap.wrap(text, width)) or text


def stack_offset(index: int, count: int) -> float:
    """The vertical offset of the ``index``-th of ``count`` risks in one cell (centred on the cell)."""
    return STACK_STEP * ((count - 1) / 2 - index)


def _risk_trace(part: pl.DataFrame, lang: str, *, name: str, colour: str) -> go.Scatter:
    """Markers and labels of some risks; ``customdata`` = risk id, risk, category, likelihood, impact."""
    labels = [pick(lang, z, e) for z, e in part.select("risk_zh", "risk_en").rows()]
    words = {"category": t("common.col.category", lang)}
    words |= {k: t(f"risks.hover_{k}", lang) for k in ("likelihood", "impact")}
    return go.Scatter(
        x=[i + MARKER_DX for i in part["impact_derived"]],
        y=[
            lk + stack_offset(idx, n)
            for lk, idx, n in part.select("likelihood_derived", "cell_index", "cell_count").rows()
        ],
        mode="markers+text",
        name=name,
        text=[wrap_label(label, lang) for label in labels],
        textposition="middle right",
        textfont={"size": 12, "color": TEXT},
        marker={"size": MARKER_SIZE, "color": colour, "line": {"color": "white", "width": 1.5}},
        customdata=[
            [risk_id, label, t(f"risks.category.{category}", lang), likelihood, impact]
            for (risk_id, category, likelihood, impact), label in zip(
                part.select("risk_id", "category", "likelihood_derived", "impact_derived").rows(), labels, strict=True
            )
        ],
        hovertemplate=(
            f"<b>%{{customdata[1]}}</b><br>{words['category']}: %{{customdata[2]}}<br>"
            f"{words['likelihood']} %{{customdata[3]}} · {words['impact']} %{{customdata[4]}}<extra></extra>"
        ),
    )


def make_risk_matrix_figure(df: pl.DataFrame, *, lang: str, selected: str | None = None) -> go.Figure:
    """The 5x5 likelihood (y) x impact (x) grid: cells shaded by how many risks they hold, each risk a marker in its
    category's colour with its label (``risk_id`` in ``customdata[0]``); the ``selected`` risk drawn outlined.
    Plotly cannot select heatmap cells, so a click chooses a risk by its marker."""
    counts = {(lk, im): n for lk, im, n in df.select("likelihood_derived", "impact_derived", "cell_count").rows()}
    fig = go.Figure(
        go.Heatmap(
            x=list(LEVELS),
            y=list(LEVELS),
            z=[[counts.get((lk, im), 0) for im in LEVELS] for lk in LEVELS],
            zmin=0,
            zmax=CELL_SHADE_FULL,
            colorscale=[[0, "white"], [1, SERIES_COLORS[0]]],
            xgap=3,
            ygap=3,
            showscale=False,
            hovertemplate=t("risks.hover_cell", lang) + "<extra></extra>",
            name="",
        )
    )
    add_point_groups(
        fig,
        df,
        trace=lambda part, name, colour: _risk_trace(part, lang, name=name, colour=colour),
        group="category",
        names={category: t(f"risks.category.{category}", lang) for category in RISK_CATEGORIES},
        colours=RISK_CATEGORY_COLORS,
        id_column="risk_id",
        selected=selected,
        selected_size=SELECTED_SIZE,
    )
    finish_figure(
        fig,
        title=t("risks.chart.matrix", lang),
        source=t("risks.matrix_source", lang),
        lang=lang,
        x_title=t("risks.axis_impact", lang),
        y_title=t("risks.axis_likelihood", lang),
        height=720,
        categorical_x=False,
    )
    axis = {"tickvals": list(LEVELS), "range": [0.5, 5.5], "showgrid": False, "zeroline": False, "ticks": ""}
    fig.update_xaxes(**axis)
    fig.update_yaxes(**axis)
    fig.update_layout(plot_bgcolor=GRID)
    return fig


def make_risk_table(df: pl.DataFrame, *, lang: str) -> pl.DataFrame:
    """The risks in the grid as a table: risk, assigned category, derived likelihood and impact."""
    columns = {c: t(f"risks.col.{c}", lang) for c in ("risk", "category", "likelihood", "impact")}
    return pl.DataFrame(
        {
            columns["risk"]: [pick(lang, z, e) for z, e in df.select("risk_zh", "risk_en").rows()],
            columns["category"]: [t(f"risks.category.{c}", lang) for c in df["category"]],
            columns["likelihood"]: df["likelihood_derived"].to_list(),
            columns["impact"]: df["impact_derived"].to_list(),
        },
        schema={
            columns["risk"]: pl.String,
            columns["category"]: pl.String,
            columns["likelihood"]: pl.Int64,
            columns["impact"]: pl.Int64,
        },
    )


def make_climate_horizon_figure(df: pl.DataFrame, *, lang: str) -> go.Figure:
    """One bar per climate-related risk or opportunity spanning its time horizons (short, medium, long), coloured
    and labelled by kind (``item_id`` in ``customdata[0]``)."""
    fig = go.Figure()
    horizon_word = t("risks.horizon_axis", lang)
    for kind, colour in KIND_COLORS.items():
        part = df.filter(pl.col("kind") == kind)
        if part.is_empty():
            continue
        names = [pick(lang, z, e) for z, e in part.select("name_zh", "name_en").rows()]
        spans = [
            " → ".join(t(f"risks.horizon.{h}", lang) for h in horizons) for horizons in part["horizon_list"].to_list()
        ]
        fig.add_trace(
            go.Bar(
                y=names,
                x=[end - start + 1 for start, end in part.select("horizon_start", "horizon_end").rows()],
                base=part["horizon_start"].to_list(),
                orientation="h",
                name=t(f"risks.kind.{kind}", lang),
                # The kind is written in its bars (a legend above would wrap into the title beside long item names).
                text=[t(f"risks.kind.{kind}", lang)] * part.height,
                textposition="inside",
                insidetextanchor="middle",
                textfont={"color": "white", "size": 13},
                marker={"color": colour, "line": {"color": "white", "width": 2}},
                customdata=[
                    [item_id, name, span] for item_id, name, span in zip(part["item_id"], names, spans, strict=True)
                ],
                hovertemplate=f"<b>%{{customdata[1]}}</b><br>{horizon_word}: %{{customdata[2]}}<extra></extra>",
                width=0.7,
            )
        )
    finish_figure(
        fig,
        title=t("risks.chart.climate", lang),
        source=t("risks.climate_source", lang),
        lang=lang,
        height=140 + 46 * max(df.height, 1),
        categorical_x=False,
    )
    fig.update_layout(barmode="overlay", showlegend=False)
    fig.update_xaxes(
        range=[0, len(HORIZONS)],
        tickvals=[i + 0.5 for i in range(len(HORIZONS))],
        ticktext=[t(f"risks.horizon.{h}", lang) for h in HORIZONS],
        showgrid=False,
        zeroline=False,
    )
    fig.update_yaxes(
        type="category",
        autorange="reversed",
        categoryorder="array",
        categoryarray=[pick(lang, z, e) for z, e in df.select("name_zh", "name_en").rows()],
    )
    for boundary in range(1, len(HORIZONS)):
        fig.add_vline(x=boundary, line={"color": GRID, "width": 2}, layer="below")
    return fig


def make_climate_table(df: pl.DataFrame, *, lang: str) -> pl.DataFrame:
    """The climate items as a table: item, category and one column per time horizon (marked where it applies)."""
    yes = t("risks.yes", lang)
    data: dict[str, list[str]] = {
        t("risks.col.item", lang): [pick(lang, z, e) for z, e in df.select("name_zh", "name_en").rows()],
        t("common.col.category", lang): [pick(lang, z, e) for z, e in df.select("category_zh", "category_en").rows()],
    }
    for horizon in HORIZONS:
        data[t(f"risks.horizon.{horizon}", lang)] = [yes if horizon in hs else "" for hs in df["horizon_list"]]
    return pl.DataFrame(data, schema=dict.fromkeys(data, pl.String))
