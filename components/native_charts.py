"""Native PowerPoint charts from the slides' Plotly figures: the one chart definition a view draws is turned into a
python-pptx chart with its figures embedded (editable in PowerPoint: right-click, Edit Data), its series colours and
a number format as precise as the figures. Bars become column or bar charts (stacked when the figure stacks), lines
over categories line charts, lines or points over numbers XY scatter charts (a point's label kept); a figure with
traces no native chart has (heatmaps, bars with a base, no traces at all), regions drawn on the plot or points whose
positions are not quantities gives ``None`` and stays a picture."""

from __future__ import annotations

import html
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import plotly.graph_objects as go
from pptx.chart.data import CategoryChartData, XyChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION, XL_MARKER_STYLE
from pptx.util import Pt

from components.palette import SERIES_COLORS
from esg.display import shared_decimals

Data = CategoryChartData | XyChartData


@dataclass(frozen=True)
class Series:
    """One series: its name, the x of each point (categories or numbers), the values, colour and point labels."""

    name: str
    x: tuple[object, ...]
    y: tuple[float | None, ...]
    colour: str
    labels: tuple[str, ...] = ()
    lines: bool = False
    markers: bool = True
    positions: tuple[str, ...] = ()  # each value label's place as the figure has it (``top center``, ``bottom center``)


@dataclass(frozen=True)
class NativeChart:
    """What a native chart is made of: its type, series, number format and whether values are printed on it."""

    kind: XL_CHART_TYPE
    series: tuple[Series, ...]
    number_format: str
    value_title: str = ""
    show_values: bool = False

    @property
    def xy(self) -> bool:
        return self.kind in (XL_CHART_TYPE.XY_SCATTER, XL_CHART_TYPE.XY_SCATTER_LINES)

    def chart_data(self) -> Data:
        """The data embedded in the chart (python-pptx writes it into the chart's workbook)."""
        if self.xy:
            data = XyChartData(number_format=self.number_format)
            for s in self.series:
                series = data.add_series(s.name, number_format=self.number_format)
                for x, y in zip(s.x, s.y, strict=True):
                    series.add_data_point(float(x), y)  # type: ignore[arg-type]
            return data
        categories: list[object] = []
        for s in self.series:
            categories += [x for x in s.x if x not in categories]
        data = CategoryChartData(number_format=self.number_format)
        data.categories = [str(c) for c in categories]
        for s in self.series:
            by_x = dict(zip(s.x, s.y, strict=True))
            data.add_series(s.name, [by_x.get(c) for c in categories], number_format=self.number_format)
        return data


def _number(value: object) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def number_format(values: Sequence[float | None]) -> str:
    """The Excel number format of figures shown together, by the display policy (``esg.display.shared_decimals``):
    ``#,##0`` for whole numbers, else the decimals of four significant digits of the largest figure."""
    decimals = shared_decimals(values)
    return "#,##0" + ("." + "0" * decimals if decimals else "")


def _colour(trace: go.Bar | go.Scatter, index: int) -> str:
    for colour in (getattr(trace.marker, "color", None), getattr(getattr(trace, "line", None), "color", None)):
        if isinstance(colour, str) and colour.startswith("#"):
            return colour
    return SERIES_COLORS[index % len(SERIES_COLORS)]


def _plain(text: object) -> str:
    """A trace's name or label as plain text (no Plotly markup, escaped characters restored)."""
    return html.unescape(re.sub(r"<[^>]+>", "", str(text or "").replace("<br>", " "))).strip()


def _series(trace: go.Bar | go.Scatter, index: int, *, horizontal: bool) -> Series:
    xs, ys = (trace.y, trace.x) if horizontal else (trace.x, trace.y)
    labels = trace.text if isinstance(trace.text, tuple | list) and trace.type == "scatter" else ()
    return Series(
        _plain(trace.name) or str(index + 1),
        tuple(xs or ()),
        tuple(_number(v) for v in (ys or ())),
        _colour(trace, index),
        tuple(_plain(label) for label in labels),
        "lines" in (getattr(trace, "mode", "") or ""),
        trace.type == "bar" or "markers" in (trace.mode or ""),
        _positions(trace, len(ys or ())),
    )


def _positions(trace: go.Bar | go.Scatter, points: int) -> tuple[str, ...]:
    """A line's value-label positions per point (the figure moves a label below its point where two would collide)."""
    where = trace.textposition if trace.type == "scatter" else None
    if isinstance(where, str):
        return (where,) * points
    return tuple(where or ())


LABEL_PLACES = {"top": XL_LABEL_POSITION.ABOVE, "bottom": XL_LABEL_POSITION.BELOW}


def _numbers_on_axes(fig: go.Figure) -> bool:
    """Whether both axes show numbers (an XY chart's axes would show the same): not hidden, no text for ticks."""
    axes = (fig.layout.xaxis, fig.layout.yaxis)
    return all(axis.visible is not False and axis.showticklabels is not False and not axis.ticktext for axis in axes)


def native_chart(fig: go.Figure) -> NativeChart | None:
    """The native chart of ``fig``, or ``None`` when it has traces no native chart draws (it stays a picture)."""
    traces = list(fig.data)
    if not traces or any(tr.type not in ("bar", "scatter") for tr in traces):
        return None
    if any(shape.type == "rect" and shape.fillcolor for shape in fig.layout.shapes):
        return None  # regions drawn on the plot (the materiality tiers) carry meaning a native chart cannot hold
    if any(tr.type == "bar" and tr.base is not None for tr in traces):
        return None
    bars = [tr for tr in traces if tr.type == "bar"]
    value_title = _plain(fig.layout.yaxis.title.text) if fig.layout.yaxis.title else ""
    if bars:
        horizontal = all(tr.orientation == "h" for tr in bars)
        # A printed total drawn as points over stacked bars has no place in a native bar chart: its figure is in
        # the chart's data labels (the bars) and in the workbook.
        series = tuple(_series(tr, i, horizontal=horizontal) for i, tr in enumerate(bars))
        stacked = fig.layout.barmode in ("stack", "relative")
        if horizontal:
            kind = XL_CHART_TYPE.BAR_STACKED if stacked else XL_CHART_TYPE.BAR_CLUSTERED
            value_title = _plain(fig.layout.xaxis.title.text) if fig.layout.xaxis.title else ""
        else:
            kind = XL_CHART_TYPE.COLUMN_STACKED if stacked else XL_CHART_TYPE.COLUMN_CLUSTERED
        show = any(tr.texttemplate or tr.text is not None for tr in bars)
    else:
        series = tuple(_series(tr, i, horizontal=False) for i, tr in enumerate(traces))
        categorical = fig.layout.xaxis.type == "category"
        numeric = not categorical and all(_number(x) is not None for s in series for x in s.x)
        lines = all(s.lines for s in series)
        if numeric:
            if not _numbers_on_axes(fig):
                return None  # positions that are not quantities (a list drawn in columns): a picture keeps them
            kind = XL_CHART_TYPE.XY_SCATTER_LINES if any(s.lines for s in series) else XL_CHART_TYPE.XY_SCATTER
        elif lines:
            kind = XL_CHART_TYPE.LINE_MARKERS
        else:
            return None
        show = any("text" in (tr.mode or "") for tr in traces) and not any(s.labels for s in series if not s.lines)
    values = [v for s in series for v in s.y]
    if not any(v is not None for v in values):
        return None
    return NativeChart(kind, series, number_format(values), value_title, show)


def _rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#").upper()[:6])


def style_chart(chart: object, spec: NativeChart, *, font: str | None, size: float = 12) -> None:
    """Colours per series, legend at the bottom (several series), number formats, labels, the value axis title."""
    chart.font.size = Pt(size)  # type: ignore[attr-defined]
    if font:
        chart.font.name = font  # type: ignore[attr-defined]
    chart.has_legend = len(spec.series) > 1  # type: ignore[attr-defined]
    if chart.has_legend:  # type: ignore[attr-defined]
        chart.legend.position = XL_LEGEND_POSITION.TOP  # type: ignore[attr-defined]
        chart.legend.include_in_layout = False  # type: ignore[attr-defined]
    chart.has_title = False  # type: ignore[attr-defined]  # the slide's headline says what the chart is
    plot = chart.plots[0]  # type: ignore[attr-defined]
    if spec.kind in (XL_CHART_TYPE.COLUMN_CLUSTERED, XL_CHART_TYPE.BAR_CLUSTERED):
        plot.gap_width = 60
    if spec.kind in (XL_CHART_TYPE.COLUMN_STACKED, XL_CHART_TYPE.BAR_STACKED):
        plot.gap_width = 50
        plot.overlap = 100
    for series, ppt_series in zip(spec.series, plot.series, strict=True):
        colour = _rgb(series.colour)
        if spec.kind in (XL_CHART_TYPE.LINE_MARKERS, XL_CHART_TYPE.XY_SCATTER_LINES, XL_CHART_TYPE.XY_SCATTER):
            ppt_series.format.line.color.rgb = colour
            if not series.lines:
                ppt_series.format.line.fill.background()
            ppt_series.marker.style = XL_MARKER_STYLE.CIRCLE if series.markers else XL_MARKER_STYLE.NONE
            ppt_series.marker.size = 7
            ppt_series.marker.format.fill.solid()
            ppt_series.marker.format.fill.fore_color.rgb = colour
            ppt_series.marker.format.line.color.rgb = colour
            ppt_series.smooth = False
        else:
            ppt_series.format.fill.solid()
            ppt_series.format.fill.fore_color.rgb = colour
        if series.labels and not series.lines:
            for i, label in enumerate(series.labels):
                frame = ppt_series.points[i].data_label.text_frame
                frame.text = label
                for run in frame.paragraphs[0].runs:
                    run.font.size = Pt(size - 3)
                    if font:
                        run.font.name = font
    if spec.show_values:
        plot.has_data_labels = True
        labels = plot.data_labels
        labels.number_format = spec.number_format
        labels.number_format_is_linked = False
        labels.show_value = True
        labels.font.size = Pt(size - 2)
        for series, ppt_series in zip(spec.series, plot.series, strict=True):
            for i, where in enumerate(series.positions if series.lines else ()):
                place = LABEL_PLACES.get(where.split(" ")[0])
                if place is not None:
                    ppt_series.points[i].data_label.position = place
    value_axis = chart.value_axis  # type: ignore[attr-defined]
    value_axis.tick_labels.number_format = spec.number_format
    value_axis.tick_labels.number_format_is_linked = False
    value_axis.has_major_gridlines = True
    value_axis.major_gridlines.format.line.color.rgb = _rgb("#E5E7EB")
    if spec.value_title:
        value_axis.has_title = True
        value_axis.axis_title.text_frame.text = spec.value_title
        for run in value_axis.axis_title.text_frame.paragraphs[0].runs:
            run.font.size = Pt(size)
            run.font.bold = False
            if font:
                run.font.name = font
