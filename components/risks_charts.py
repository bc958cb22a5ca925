"""Figures and display tables of the risks view: the 12 emerging risks by category and the time horizons of the
climate-related risks and opportunities (the view's kinds, ``components.kinds.risks``, and the slides draw them).

No ``st.*`` calls and no query. The report's likelihood x impact positions are lost in its text layer, so nothing is
placed on such axes: each risk stands in its category's column, in the order the report lists it.
"""

from __future__ import annotations

from typing import Any

import plotly.graph_objects as go
import polars as pl

from components.charts import finish_spec, point_groups, vlines
from components.figure_update import spec_layout
from components.palette import GRID, RISK_CATEGORY_COLORS, SERIES_COLORS, TEXT
from components.text import wrap_lines
from esg.i18n import pick, t
from esg.vocabulary import RISK_CATEGORIES

HORIZONS = ("short", "medium", "long")
KIND_COLORS = {
    "physical_acute": SERIES_COLORS[1],
    "physical_chronic": SERIES_COLORS[6],
    "transition": SERIES_COLORS[0],
    "opportunity": SERIES_COLORS[2],
}
# In a category's column the markers sit on its left and the labels run right.
MARKER_DX = -0.42
LABEL_WIDTH = {"zh": 9, "en": 20}  # characters per label line (Chinese characters are about twice as wide)
SELECTED_SIZE, MARKER_SIZE = 17, 12


def wrap_label(text: str, lang: str) -> str:
    """A label broken into lines that fit a column (``<br>`` between lines)."""
    return "<br>".join(wrap_lines(text, LABEL_WIDTH[lang]))


def _risk_trace(part: pl.DataFrame, lang: str, *, name: str, colour: str) -> dict[str, Any]:
    """Markers and labels of some risks in their category's column (x) at their place in it (y, from the top);
    ``customdata`` = risk id, risk, category, number of impacts the report lists."""
    labels = [pick(lang, z, e) for z, e in part.select("risk_zh", "risk_en").rows()]
    column = {c: i for i, c in enumerate(RISK_CATEGORIES)}
    impacts_word = t("risks.hover_impacts", lang)
    return {
        "type": "scatter",
        "x": [column[c] + MARKER_DX for c in part["category"]],
        "y": [-i for i in part["category_index"]],
        "mode": "markers+text",
        "name": name,
        "text": [wrap_label(label, lang) for label in labels],
        "textposition": "middle right",
        "textfont": {"size": 12, "color": TEXT},
        "marker": {"size": MARKER_SIZE, "color": colour, "line": {"color": "white", "width": 1.5}},
        "customdata": [
            [risk_id, label, t(f"risks.category.{category}", lang), len(impacts)]
            for (risk_id, category, impacts), label in zip(
                part.select("risk_id", "category", f"impacts_{lang}").rows(), labels, strict=True
            )
        ],
        "hovertemplate": f"<b>%{{customdata[1]}}</b><br>%{{customdata[2]}} · {impacts_word}: %{{customdata[3]}}"
        "<extra></extra>",
    }


def make_risk_category_figure(df: pl.DataFrame, *, lang: str, selected: str | None = None) -> go.Figure:
    """The emerging risks in three columns, one per category as the report's legend names them, each risk a marker
    in its category's colour with its label, in report order (``risk_id`` in ``customdata[0]``); the ``selected``
    risk drawn outlined. No likelihood or impact axis: the report's positions are not in its text layer."""
    traces = point_groups(
        df,
        trace=lambda part, name, colour: _risk_trace(part, lang, name=name, colour=colour),
        group="category",
        names={category: t(f"risks.category.{category}", lang) for category in RISK_CATEGORIES},
        colours=RISK_CATEGORY_COLORS,
        id_column="risk_id",
        selected=selected,
        selected_size=SELECTED_SIZE,
    )
    rows = max([int(i) + 1 for i in df["category_index"]] or [1])
    spec = finish_spec(
        {"data": traces, "layout": {}},
        title=t("risks.chart.categories", lang),
        source=t("risks.matrix_source", lang),
        lang=lang,
        height=220 + 90 * rows,
        categorical_x=False,
    )
    boundaries = [boundary - 0.5 for boundary in range(1, len(RISK_CATEGORIES))]
    spec_layout(
        spec,
        xaxis={
            "range": [-0.5, len(RISK_CATEGORIES) - 0.5],
            "tickvals": list(range(len(RISK_CATEGORIES))),
            "ticktext": [t(f"risks.category.{c}", lang) for c in RISK_CATEGORIES],
            "side": "top",
            "showgrid": False,
            "zeroline": False,
        },
        yaxis={"range": [-rows + 0.4, 0.6], "visible": False},
        showlegend=False,
        shapes=vlines(boundaries, line={"color": GRID, "width": 2}, layer="below"),
    )
    return go.Figure(spec)


def make_risk_table(df: pl.DataFrame, *, lang: str) -> pl.DataFrame:
    """The risks as a table: risk, category, description, potential impacts and responses (bullets joined)."""
    join = "；" if lang == "zh" else "; "
    columns = {c: t(f"risks.col.{c}", lang) for c in ("risk", "category")}
    columns |= {c: t(f"risks.{c}", lang) for c in ("description", "impacts", "responses")}
    data = {
        columns["risk"]: [pick(lang, z, e) for z, e in df.select("risk_zh", "risk_en").rows()],
        columns["category"]: [t(f"risks.category.{c}", lang) for c in df["category"]],
    }
    for part in ("description", "impacts", "responses"):
        data[columns[part]] = [join.join(items) for items in df[f"{part}_{lang}"].to_list()]
    return pl.DataFrame(data, schema=dict.fromkeys(data, pl.String))


def make_climate_horizon_figure(df: pl.DataFrame, *, lang: str) -> go.Figure:
    """One bar per climate-related risk or opportunity spanning its time horizons (short, medium, long), coloured
    and labelled by kind (``item_id`` in ``customdata[0]``)."""
    traces = []
    horizon_word = t("risks.horizon_axis", lang)
    for kind, colour in KIND_COLORS.items():
        part = df.filter(pl.col("kind") == kind)
        if part.is_empty():
            continue
        names = [pick(lang, z, e) for z, e in part.select("name_zh", "name_en").rows()]
        spans = [
            " → ".join(t(f"risks.horizon.{h}", lang) for h in horizons) for horizons in part["horizon_list"].to_list()
        ]
        traces.append(
            {
                "type": "bar",
                "y": names,
                "x": [end - start + 1 for start, end in part.select("horizon_start", "horizon_end").rows()],
                "base": part["horizon_start"].to_list(),
                "orientation": "h",
                "name": t(f"risks.kind.{kind}", lang),
                # The kind is written in its bars (a legend above would wrap into the title beside long item names).
                "text": [t(f"risks.kind.{kind}", lang)] * part.height,
                "textposition": "inside",
                "insidetextanchor": "middle",
                "textfont": {"color": "white", "size": 13},
                "marker": {"color": colour, "line": {"color": "white", "width": 2}},
                "customdata": [
                    [item_id, name, span] for item_id, name, span in zip(part["item_id"], names, spans, strict=True)
                ],
                "hovertemplate": f"<b>%{{customdata[1]}}</b><br>{horizon_word}: %{{customdata[2]}}<extra></extra>",
                "width": 0.7,
            }
        )
    spec = finish_spec(
        {"data": traces, "layout": {}},
        title=t("risks.chart.climate", lang),
        source=t("risks.climate_source", lang),
        lang=lang,
        height=140 + 46 * max(df.height, 1),
        categorical_x=False,
    )
    spec_layout(
        spec,
        barmode="overlay",
        showlegend=False,
        xaxis={
            "range": [0, len(HORIZONS)],
            "tickvals": [i + 0.5 for i in range(len(HORIZONS))],
            "ticktext": [t(f"risks.horizon.{h}", lang) for h in HORIZONS],
            "showgrid": False,
            "zeroline": False,
        },
        yaxis={
            "type": "category",
            "autorange": "reversed",
            "categoryorder": "array",
            "categoryarray": [pick(lang, z, e) for z, e in df.select("name_zh", "name_en").rows()],
        },
        shapes=vlines(range(1, len(HORIZONS)), line={"color": GRID, "width": 2}, layer="below"),
    )
    return go.Figure(spec)


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
