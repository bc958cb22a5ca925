"""Pure chart factories: ``make_<kind>_figure(df, *, ..., lang) -> go.Figure``. No ``st.*`` calls, no caching.

Every figure carries its title (with the unit), axis titles, a source line drawn inside the figure (so an exported
image keeps it), years as categories, and "not disclosed" marked as such where a value is missing (never a zero bar).
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import plotly.graph_objects as go
import polars as pl

from components.figure_update import Spec, merged, spec_layout, spec_traces, value_at
from components.palette import MUTED, SERIES_COLORS, TEMPLATE_NAME, TEXT, year_colors
from esg.display import format_number, shared_decimals
from esg.i18n import t

SOURCE_MARGIN = 110
# Stacks take the series colours with the two oranges (2nd and 5th) kept apart, so neighbouring parts stay distinct.
STACK_COLORS = [SERIES_COLORS[i] for i in (0, 1, 2, 3, 5, 6, 4, 7, 8, 9)]


# The most characters of a source line that fit a half-width chart (12 px text; CJK characters are twice as wide).
SOURCE_LINE_CHARS = {"en": 80, "zh": 40}
# The y range of a chart with labels above its highest point: this much above it.
HEADROOM = 1.15
# The height of a point label as a share of a line chart's y range (15 px text on a plot about 200 px high).
LABEL_GAP = 0.1


def source_text(source: str, lang: str) -> str:
    """The source lines: the report, then the tables the figures come from, wrapped so a half-width chart keeps
    them whole (:data:`SOURCE_LINE_CHARS`)."""
    width = SOURCE_LINE_CHARS.get(lang, SOURCE_LINE_CHARS["en"])
    lines = textwrap.wrap(source, width, break_long_words=lang == "zh", break_on_hyphens=False) if source else []
    return "<br>".join([t("common.source_prefix", lang), *lines])


def finish_spec(
    spec: Spec,
    *,
    title: str,
    source: str,
    lang: str,
    x_title: str = "",
    y_title: str = "",
    height: int = 460,
    categorical_x: bool = True,
) -> Spec:
    """Apply the template, title, axis titles and the in-figure source line to a figure as plain data."""
    source_lines = source_text(source, lang)
    extra = 16 * (source_lines.count("<br>") - 1)
    # value labels above the top bar or point are drawn in the margin rather than cut at the plot's edge
    spec_traces(spec, ("bar", "scatter"), cliponaxis=False)
    annotation = {
        "text": source_lines,
        "xref": "paper",
        "yref": "paper",
        "x": 0,
        "y": 0,
        "yshift": -SOURCE_MARGIN - extra + 14,
        "xanchor": "left",
        "yanchor": "bottom",
        "showarrow": False,
        "font": {"size": 12, "color": MUTED},
        "align": "left",
    }
    return spec_layout(
        spec,
        template=TEMPLATE_NAME,
        title={"text": title},
        height=height,
        margin={"l": 60, "r": 24, "t": 96, "b": SOURCE_MARGIN + extra},
        legend={"title": {"text": ""}},
        xaxis={"title": {"text": x_title}, **({"type": "category"} if categorical_x else {})},
        yaxis={"title": {"text": y_title}},
        annotations=[*spec.get("layout", {}).get("annotations", []), annotation],
    )


def _groups(df: pl.DataFrame, color: str | None) -> list[tuple[str | None, pl.DataFrame]]:
    if color is None:
        return [(None, df)]
    order = df.get_column(color).unique(maintain_order=True).to_list()
    return [(name, df.filter(pl.col(color) == name)) for name in order]


def _series(
    df: pl.DataFrame,
    *,
    x: str,
    y: str,
    color: str | None,
    colors: Mapping[str, str] | None,
    lang: str,
    decimals: int | None,
) -> list[tuple[str | None, list[str], list, list[str], str]]:
    """One series per value of ``color`` (in order): its name, x as text, y, value labels ("" where missing) and
    colour (from ``colors``, else the palette in turn); labels share one precision (``decimals``, by default the
    display policy's :func:`esg.display.shared_decimals` over every value of the chart)."""
    if decimals is None:
        decimals = shared_decimals(df.get_column(y).to_list())
    series = []
    groups = _groups(df, color)
    names = [str(name) for name, _ in groups]
    if not set(names) & set(colors or {}) and len(names) > 1 and all(n.isdigit() and len(n) == 4 for n in names):
        colors = year_colors(names)  # years as series: a sequential scale, not categories
    for i, (name, part) in enumerate(groups):
        ys = part.get_column(y).to_list()
        labels = [format_number(v, lang, decimals) if v is not None else "" for v in ys]
        colour = (colors or {}).get(name, SERIES_COLORS[i % len(SERIES_COLORS)])
        series.append((name, [str(v) for v in part.get_column(x).to_list()], ys, labels, colour))
    return series


def _not_disclosed_marks(xs: Sequence, lang: str, horizontal: bool) -> list[dict[str, Any]]:
    """Grey "not disclosed" labels where a bar or point is missing, so a gap never reads as zero (a trace, or none
    when nothing is missing)."""
    if not xs:
        return []
    label = t("common.not_disclosed", lang)
    coords = {"y": list(xs), "x": [0] * len(xs)} if horizontal else {"x": list(xs), "y": [0] * len(xs)}
    mark = {
        "type": "scatter",
        **coords,
        "mode": "text",
        "text": [label] * len(xs),
        "textposition": "middle right" if horizontal else "top center",
        "textfont": {"color": MUTED, "size": 12},
        "hoverinfo": "skip",
        "showlegend": False,
        "name": label,
    }
    return [mark]


def bar_spec(
    df: pl.DataFrame,
    *,
    x: str,
    y: str,
    title: str,
    source: str,
    lang: str,
    color: str | None = None,
    y_title: str = "",
    x_title: str = "",
    barmode: str = "group",
    horizontal: bool = False,
    colors: Mapping[str, str] | None = None,
    decimals: int | None = None,
    height: int = 460,
    hover_unit: str = "",
) -> Spec:
    """Bars of ``y`` by ``x`` (one trace per value of ``color``), value labels on the bars, gaps marked; as plain
    data."""
    # Categories where no series has a value: marked "not disclosed" (a partly disclosed stack needs no mark).
    values = df.group_by(x, maintain_order=True).agg(pl.col(y).is_null().all().alias("_none"))
    missing = [str(v) for v in values.filter(pl.col("_none")).get_column(x).to_list()]
    traces: list[dict[str, Any]] = []
    for name, xs, ys, labels, colour in _series(df, x=x, y=y, color=color, colors=colors, lang=lang, decimals=decimals):
        hover = "%{text} " + hover_unit + "<extra>" + ("" if name is None else str(name)) + "</extra>"
        coords = {"x": ys, "y": xs, "orientation": "h"} if horizontal else {"x": xs, "y": ys}
        traces.append(
            {
                "type": "bar",
                **coords,
                "name": None if name is None else str(name),
                "marker": {"color": colour},
                "text": labels,
                "textposition": "auto",
                "hovertemplate": hover,
                "showlegend": name is not None,
            }
        )
    spec = {"data": [*traces, *_not_disclosed_marks(missing, lang, horizontal)], "layout": {"barmode": barmode}}
    finish_spec(
        spec,
        title=title,
        source=source,
        lang=lang,
        x_title=x_title,
        y_title=y_title,
        height=height,
        categorical_x=not horizontal,
    )
    if horizontal:
        spec_layout(spec, yaxis={"type": "category", "autorange": "reversed"}, xaxis={"rangemode": "tozero"})
    return spec


def make_bar_figure(df: pl.DataFrame, **options: Any) -> go.Figure:
    """The bars of :func:`bar_spec` (``options``: its own) as a figure."""
    return go.Figure(bar_spec(df, **options))


def line_spec(
    df: pl.DataFrame,
    *,
    x: str,
    y: str,
    title: str,
    source: str,
    lang: str,
    color: str | None = None,
    y_title: str = "",
    x_title: str = "",
    colors: Mapping[str, str] | None = None,
    decimals: int | None = None,
    height: int = 460,
    hover_unit: str = "",
) -> Spec:
    """Lines with markers of ``y`` by ``x``, as plain data; missing years are gaps (not joined, not zero) and
    labelled."""
    traces: list[dict[str, Any]] = []
    series = _series(df, x=x, y=y, color=color, colors=colors, lang=lang, decimals=decimals)
    positions = label_positions([(xs, ys) for _, xs, ys, _, _ in series])
    for (name, xs, ys, labels, colour), where in zip(series, positions, strict=True):
        traces.append(
            {
                "type": "scatter",
                "x": xs,
                "y": ys,
                "mode": "lines+markers+text",
                "name": None if name is None else str(name),
                "line": {"color": colour, "width": 3},
                "marker": {"size": 9},
                "text": [label if w else "" for label, w in zip(labels, where, strict=True)],
                "customdata": labels,
                "textposition": [w or "top center" for w in where],
                "connectgaps": False,
                "showlegend": name is not None,
                "hovertemplate": "%{x}: %{customdata} " + hover_unit + "<extra></extra>",
            }
        )
        if color is None:
            traces += _not_disclosed_marks([xv for xv, yv in zip(xs, ys, strict=True) if yv is None], lang, False)
    spec = {"data": traces, "layout": {}}
    return finish_spec(spec, title=title, source=source, lang=lang, x_title=x_title, y_title=y_title, height=height)


def make_line_figure(df: pl.DataFrame, **options: Any) -> go.Figure:
    """The lines of :func:`line_spec` (``options``: its own) as a figure."""
    return go.Figure(line_spec(df, **options))


def label_box(y: float, spot: str, span: float) -> tuple[float, float]:
    """The vertical extent (in data units) of a point label at ``y`` placed ``spot`` ("top center" or "bottom
    center") on a y range of ``span``: :data:`LABEL_GAP` of the range high, a fifth of that off the point."""
    high, off = LABEL_GAP * span, LABEL_GAP * span / 5
    return (y + off, y + off + high) if spot.startswith("top") else (y - off - high, y - off)


def label_positions(series: Sequence[tuple[Sequence, Sequence]]) -> list[list[str]]:
    """Where each point label of line series ``(xs, ys)`` goes: above its point, below it when it would overlap a
    label already placed at the same x (:func:`label_box`), "" (no label, the value stays in the hover) when both
    places are taken (e.g. LTIR and TRIFR both 0.396, TRIFR of contractors 0.171 just below)."""
    values = [v for _, ys in series for v in ys if v is not None]
    span = (max(values) - min(0, *values) if values else 1) or 1
    placed: dict[object, list[tuple[float, float]]] = {}
    out = []
    for xs, ys in series:
        where = []
        for xv, yv in zip(xs, ys, strict=True):
            if yv is None:
                where.append("top center")
                continue
            free = [
                spot
                for spot in ("top center", "bottom center")
                if not any(overlap(label_box(yv, spot, span), box) for box in placed.get(xv, []))
            ]
            if free:
                placed.setdefault(xv, []).append(label_box(yv, free[0], span))
            where.append(free[0] if free else "")
        out.append(where)
    return out


def overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two vertical extents overlap."""
    return a[0] < b[1] and b[0] < a[1]


def donut_spec(
    df: pl.DataFrame,
    *,
    names: str,
    values: str,
    title: str,
    source: str,
    lang: str,
    colors: Mapping[str, str] | None = None,
    height: int = 420,
    center_text: str = "",
) -> Spec:
    """A donut of shares, as plain data; missing values are left out and listed in the hover of the centre text."""
    shown = df.filter(pl.col(values).is_not_null())
    labels = [str(v) for v in shown.get_column(names).to_list()]
    palette = [(colors or {}).get(n, SERIES_COLORS[i % len(SERIES_COLORS)]) for i, n in enumerate(labels)]
    pie = {
        "type": "pie",
        "labels": labels,
        "values": shown.get_column(values).to_list(),
        "hole": 0.55,
        "sort": False,
        "marker": {"colors": palette},
        "textinfo": "percent",
        "textposition": "outside",  # beside the ring, never over it
        "hovertemplate": "%{label}: %{value:,}<extra></extra>",
    }
    centre = {"text": center_text, "x": 0.5, "y": 0.5, "xref": "paper", "yref": "paper", "showarrow": False}
    annotations = [{**centre, "font": {"size": 16}}] if center_text else []
    spec = {"data": [pie], "layout": {"annotations": annotations}}
    return finish_spec(spec, title=title, source=source, lang=lang, height=height, categorical_x=False)


def point_groups(
    df: pl.DataFrame,
    *,
    trace: Callable[[pl.DataFrame, str, str], dict[str, Any]],
    group: str,
    names: Mapping[str, str],
    colours: Mapping[str, str],
    id_column: str,
    selected: str | None,
    selected_size: int,
) -> list[dict[str, Any]]:
    """The point traces of a matrix: one (``trace(rows, name, colour)``) per group in the order of ``names`` (group
    value -> legend name), the ``selected`` point (by ``id_column``) left out of them and drawn last, larger,
    outlined and labelled in bold, out of the legend."""
    traces = []
    for value, name in names.items():
        part = df.filter(pl.col(group) == value, pl.col(id_column) != (selected or ""))
        if not part.is_empty():
            traces.append(trace(part, name, colours[value]))
    chosen = df.filter(pl.col(id_column) == (selected or ""))
    if not chosen.is_empty():
        highlighted = trace(chosen, "", colours[chosen[group][0]])
        outlined = {
            "marker": {"size": selected_size, "line": {"color": TEXT, "width": 3}},
            "text": [f"<b>{label}</b>" for label in highlighted["text"]],
            "showlegend": False,
        }
        traces.append(merged(highlighted, outlined))
    return traces


def vlines(xs: Sequence[float], **line: Any) -> list[dict[str, Any]]:
    """Vertical lines across the plot at each of ``xs`` (as ``add_vline`` draws them), ``line`` their style and
    layer."""
    return [{"type": "line", "xref": "x", "yref": "y domain", "x0": x, "x1": x, "y0": 0, "y1": 1, **line} for x in xs]


def source_line(df: pl.DataFrame, lang: str) -> str:
    """The report tables the rows come from, in first-seen order, joined for the figure's source line."""
    if not df.height:
        return ""
    column = "source_table_en" if lang == "en" else "source_table"
    return " · ".join(df.get_column(column).drop_nulls().unique(maintain_order=True).to_list())


def stacked_total_spec(
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
    colors: Mapping[str, str] | None = None,
    decimals: int | None = None,
    height: int = 460,
) -> Spec:
    """Stacked bars of the parts (rows whose ``color`` is not ``total``, coloured by ``colors`` where given) and the
    printed total as a labelled marker above each stack, so a reader sees both the parts and the figure the report
    prints (they may differ); as plain data."""
    if decimals is None:
        decimals = shared_decimals(df.get_column(y).to_list())
    parts = df.filter(pl.col(color) != total)
    totals = df.filter(pl.col(color) == total)
    names = parts.get_column(color).unique(maintain_order=True).to_list()
    spec = bar_spec(
        parts,
        colors={name: (colors or {}).get(name) or STACK_COLORS[i % len(STACK_COLORS)] for i, name in enumerate(names)},
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
    spec_traces(spec, ("bar",), textposition="inside")
    spec_layout(spec, uniformtext={"minsize": 11, "mode": "hide"})
    if totals.height:
        values = totals.get_column(y).to_list()
        spec["data"].append(
            {
                "type": "scatter",
                "x": totals.get_column(x).to_list(),
                "y": values,
                "mode": "markers+text",
                "name": total,
                "text": [format_number(v, lang, decimals) if v is not None else "" for v in values],
                "textposition": "top center",
                "marker": {"symbol": "line-ew-open", "size": 28, "color": TEXT, "line": {"width": 3}},
                "textfont": {"color": TEXT},
                "hovertemplate": "%{x}: %{text}<extra>" + total + "</extra>",
                "cliponaxis": False,
            }
        )
    stacks = parts.group_by(x).agg(pl.col(y).sum()).get_column(y).to_list()
    top = max([v for v in [*stacks, *totals.get_column(y).to_list()] if v is not None], default=0)
    if top > 0:
        # the printed totals' labels (above a wide marker) stay under the legend
        spec_layout(spec, yaxis={"range": [0, top * (HEADROOM + 0.1)]})
    return spec


# Plot-area widths (px) of a chart at 1280 px: in one of two columns, and across the page.
PLOT_WIDTH = {"half": 300, "full": 600}
Width = str | int  # "half", "full", or the figure's width in pixels (e.g. a slide image)
# Room for the title (20 px font) across the whole figure.
TITLE_WIDTH = {"half": 380, "full": 760}


def _text_width(text: str) -> int:
    """Rough rendered width of a legend label in pixels (CJK characters are about twice as wide)."""
    return sum(15 if ord(ch) > 0x2E80 else 8 for ch in text)


def _widths(width: Width) -> tuple[int, int]:
    """(plot-area width, title width) in pixels for a named or pixel ``width``."""
    if isinstance(width, int):
        return width - 160, width
    return PLOT_WIDTH[width], TITLE_WIDTH[width]


def _wrap_title(text: str, width: Width) -> str:
    """A title too long for the chart's width broken before its unit (``text`` itself when it fits or has none)."""
    if "<br>" in text or _text_width(text) * 4 // 3 <= _widths(width)[1]:
        return text
    cut = max(text.rfind("（"), text.rfind(" ("))
    if cut <= 0:
        return text
    return text[:cut].rstrip() + "<br>" + text[cut:].lstrip()


def fit_title_spec(spec: Spec, *, width: Width = "half", legend_rows: int = 0) -> Spec:
    """Pin the title of a figure as plain data to the top (broken before its unit when too long for ``width``) and
    size the top margin for the title and ``legend_rows`` rows of legend below it."""
    layout = spec["layout"]
    title = value_at(layout, "title", "text") or ""
    wrapped = _wrap_title(title, width)
    extra = 26 if wrapped != title else 0
    # Plotly anchors a multi-line title's first line at the top: each further line needs its height of padding, or
    # the first line is cut off (seen in the PNG download).
    lines = wrapped.count("<br>")
    pinned = {"yref": "container", "y": 1, "yanchor": "top", "pad": {"t": 14 + 26 * lines}}
    return spec_layout(
        spec,
        title={"text": wrapped, **pinned} if extra else pinned,
        margin={"t": 64 + extra + 26 * legend_rows},
        height=(layout.get("height") or 460) + extra + 26 * max(0, legend_rows - 2),
    )


def fit_legend_spec(spec: Spec, *, width: Width = "half") -> Spec:
    """Lay the legend of a figure as plain data out in equal columns between the title and the plot, with room for
    every row, so a long legend never covers the title (``width``: ``half`` for a chart in one of two columns,
    ``full`` across, or pixels)."""
    names = [trace["name"] for trace in spec["data"] if trace.get("showlegend") is not False and trace.get("name")]
    rows = 0
    if names:
        entry = max(_text_width(name) for name in names) + 44
        per_row = max(1, _widths(width)[0] // entry)
        rows = -(-len(names) // per_row)
        spec_layout(spec, legend={"entrywidthmode": "pixels", "entrywidth": entry, "y": 1.02, "yanchor": "bottom"})
    return fit_title_spec(spec, width=width, legend_rows=rows)


def make_chart_figure(
    frame: pl.DataFrame,
    *,
    kind: str,
    title: str,
    source: str,
    lang: str,
    unit: str,
    y_title: str = "",
    total: str | None = None,
    width: Width = "half",
    barmode: str = "group",
    horizontal: bool = False,
    colors: Mapping[str, str] | None = None,
    decimals: int | None = None,
    height: int = 460,
) -> go.Figure:
    """A chart of a localised frame (``components.tables.chart_frame``): the first column is the axis (or the slice
    names), a middle one the series, the last the value. ``kind`` ``bar`` (grouped, or stacked with ``barmode``;
    with ``total``, the series label of a printed total drawn as a marker above the stacked parts), ``line``,
    ``hbar`` (horizontal bars) or ``donut``. Value labels that do not fit are hidden, line labels are not clipped,
    the legend has room (``width``: the chart in one of two columns, ``half``, or across the page, ``full``)."""
    names = frame.columns
    x, value = names[0], names[-1]
    color = names[1] if len(names) == 3 else None
    if kind == "donut":
        spec = donut_spec(frame, names=x, values=value, title=title, source=source, lang=lang, colors=colors)
        return go.Figure(fit_legend_spec(spec, width=width))
    common = {"x": x, "y": value, "title": title, "source": source, "lang": lang, "decimals": decimals}
    common |= {"height": height, "y_title": "" if horizontal or kind == "hbar" else y_title or unit}
    if total:
        spec = stacked_total_spec(frame, color=color, total=total, colors=colors, **common)
    elif kind == "line":
        spec = line_spec(frame, color=color, colors=colors, hover_unit=unit, **common)
        values = [v for v in frame.get_column(value).to_list() if v is not None]
        spec_layout(spec, xaxis={"range": [-0.5, frame.get_column(x).n_unique() - 0.5]})
        if values:
            spec_layout(spec, yaxis={"range": [0, max(values) * HEADROOM]})
    else:
        spec = bar_spec(
            frame,
            color=color,
            colors=colors,
            barmode=barmode,
            horizontal=horizontal or kind == "hbar",
            hover_unit=unit,
            **common,
        )
        spec_traces(spec, ("bar",), textangle=0)
        if barmode == "stack":
            spec_traces(spec, ("bar",), textposition="inside")
        spec_layout(spec, uniformtext={"minsize": 11, "mode": "hide"})
    return go.Figure(fit_legend_spec(spec, width=width))
