"""The investor slides: presentation mode, the PowerPoint deck and its workbook all build them here, each from the
view elements its definition names (``esg.views.model.Slide``), through the one build path the pages use.

A slide is built from a snapshot directory (the deck command) or from the app's element cache
(``components.data.element``) and the global filters; pure (no streamlit import), so the command line builds the same
slides as the app.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import plotly.graph_objects as go
import polars as pl

from components.charts import fit_legend_spec, source_text
from components.elements import ChartResult, Context, KpiResult, build
from components.figure_update import Spec, merged, spec_layout, value_at
from components.kpi import Kpi
from components.overview_charts import change_tone, kpi_value_text
from components.talking_points import talking_points
from components.text import wrap_lines
from esg import queries
from esg.display import format_change
from esg.filters import Filters
from esg.i18n import pick, t
from esg.queries.scope import Disclosed
from esg.scope import has_figures
from esg.snapshot import tables_in_memory
from esg.views import views
from esg.views.model import Element, View
from esg.views.model import Slide as SlideDef
from esg.vocabulary import ALL, ENTITY, FILTERS, GROUP, PILLAR, SEGMENT

# The curated sequence of presentation mode and of the default deck.
CURATED = ("kpis", "emissions", "pathway", "reserves", "materiality", "risks", "safety", "workforce")
# Type and size of a slide's chart: on a shared screen and in the deck's pictures (layout pixels, 16:9 area).
FONT_SCALE = 1.2
SCREEN_HEIGHT = 640
PICTURE_WIDTH, PICTURE_HEIGHT = 1120, 680

# Builds one element of a view for the filters: ``components.data.element`` in the app.
ElementBuilder = Callable[[str, Element, Filters], Any]


@dataclass(frozen=True)
class KeyFigure:
    """One figure beside the chart: ``label`` and ``value`` (with its unit), optionally the change on the previous
    year (``+3.2%``, ``-1.5 pp``), what it compares with (``vs 2023``) and whether the change is ``good`` or
    ``bad`` (``""``: neither)."""

    label: str
    value: str
    change: str | None = None
    change_note: str = ""
    tone: str = ""

    def __str__(self) -> str:
        change = f" ({self.change} {self.change_note})".replace(" )", ")") if self.change else ""
        return f"{self.label}: {self.value}{change}"


@dataclass(frozen=True)
class Slide:
    """One slide: headline, the chart, key figures, source line, unit and the figures behind the chart."""

    name: str
    title: str
    figure: go.Figure
    key_figures: list[KeyFigure]
    source: str
    data: pl.DataFrame
    unit: str = ""
    notes: list[str] = field(default_factory=list)
    talking_points: list[str] = field(default_factory=list)


def definitions() -> dict[str, tuple[View, SlideDef]]:
    """Every slide definition by name, with its view (in the views' order)."""
    found: dict[str, tuple[View, SlideDef]] = {}
    for view in views().values():
        for slide in view.slides:
            if slide.name in found:
                raise ValueError(f"slide {slide.name!r} is defined twice")
            found[slide.name] = (view, slide)
    return found


def slide_names() -> list[str]:
    """Every slide: the curated sequence first, then the other charts one may pick for a deck."""
    return [*CURATED, *(name for name in definitions() if name not in CURATED)]


def slide_title(name: str, lang: str, year: int) -> str:
    """The headline of slide ``name``."""
    view, _ = definitions()[name]
    return t(f"{view.name}.slide.{name}", lang, year=year)


def element_builder(source: Path | ElementBuilder) -> ElementBuilder:
    """Build elements from a snapshot directory, or with ``source`` itself when it already is a builder. A builder
    of a snapshot runs each distinct query once (the slides of one deck share its answer, never mutated) and reads
    each table once."""
    if callable(source):
        return source
    snapshot = Path(source)
    answers: dict[tuple[str, Any], Any] = {}
    tables: dict[str, pl.DataFrame] = {}  # each table read once for the builder's queries

    def run(name: str, **params: Any) -> Any:
        key = (name, queries.frozen(params))
        if key not in answers:
            with tables_in_memory(snapshot, tables):
                answers[key] = queries.run(name, snapshot, **params)
        return answers[key]

    return lambda view, element, filters: build(element, Context(view, filters, run))


def applies(view: View, slide: SlideDef) -> frozenset[str]:
    """The global filters a slide follows: those its chart and key figures read."""
    parts = [view[name] for name in (slide.chart, slide.figures) if name]
    return frozenset(name for part in parts for name in part.reads if name in FILTERS)


def scope_note(applied: frozenset[str], filters: Filters, entity_name: str) -> str:
    """The note a slide gets when a non-default global filter does not apply to it (its figures are group-level)."""
    lang = filters.lang
    ignored = []
    if filters.entity != GROUP and ENTITY not in applied:
        ignored.append(f"{t('common.entity', lang)} {entity_name or filters.entity}")
    if filters.segment_or_none and SEGMENT not in applied:
        ignored.append(f"{t('common.segment', lang)} {t(f'common.segment.{filters.segment}', lang)}")
    if filters.pillar_or_none and PILLAR not in applied:
        ignored.append(f"{t('common.pillar', lang)} {t(f'common.pillar.{filters.pillar}', lang)}")
    return t("present.scope_note", lang, filters=" · ".join(ignored)) if ignored else ""


def cover_line(
    lang: str, *, year: int, latest: int, entity_name: str = "", segment: str | None = None, pillar: str | None = None
) -> str:
    """The filters a deck's cover names: only those that differ from the defaults (latest year, group, all
    segments, all pillars); ``""`` when none does."""
    parts = [t("deck.filter_year", lang, year=year)] if year != latest else []
    if entity_name:
        parts.append(entity_name)
    if segment:
        parts.append(f"{t('common.segment', lang)} {t(f'common.segment.{segment}', lang)}")
    if pillar:
        parts.append(f"{t('common.pillar', lang)} {t(f'common.pillar.{pillar}', lang)}")
    return " · ".join(parts)


def kpi_figure(kpi: Kpi, lang: str) -> KeyFigure:
    """A KPI card as a key figure (value with unit, the change on the previous year)."""
    if kpi.status:
        return KeyFigure(kpi.label, kpi_value_text(kpi, lang), kpi.status, "", kpi.tone)
    change = format_change(kpi.change, kpi.is_rate, lang) if kpi.previous_year else None
    note = t("common.vs_prev", lang, year=kpi.previous_year) if change else ""
    return KeyFigure(kpi.label, kpi_value_text(kpi, lang), change, note, change_tone(kpi) if change else "")


def _entity_name(source: Path | ElementBuilder, lang: str, entity: str) -> str:
    if entity == GROUP or callable(source):
        return ""
    entities = queries.run("common.filter_options", Path(source)).get("entities", [])
    found = next((e for e in entities if e["entity_id"] == entity), None)
    return pick(lang, found["short_zh"], found["short_en"]) if found else ""


def build_slide(
    name: str,
    source: Path | ElementBuilder,
    *,
    lang: str,
    year: int,
    entity: str = GROUP,
    segment: str | None = None,
    pillar: str | None = None,
    edition: str = "",
    entity_name: str = "",
) -> Slide:
    """Build slide ``name`` for the filters; a note says which non-default filters it cannot apply."""
    view, slide = definitions()[name]
    filters = Filters(lang, year, entity, segment or ALL, pillar or ALL, edition)
    element = element_builder(source)
    chart: ChartResult = element(view.name, view[slide.chart], filters)
    cards: KpiResult | None = element(view.name, view[slide.figures], filters) if slide.figures else None
    shown = [c for c in (cards.cards if cards else ()) if not slide.keys or c.key in slide.keys]
    spoken = shown
    if slide.points and slide.points != slide.figures:
        spoken = list(element(view.name, view[slide.points], filters).cards)
    notes = [*chart.captions] if slide.captions else []
    for text in slide.notes:
        notes += [line if isinstance(line, str) else line[1] for line in element(view.name, view[text], filters)]
    note = scope_note(applies(view, slide), filters, entity_name or _entity_name(source, lang, entity))
    source_line = source_text(chart.source, lang).replace("<br>", " · ")
    return Slide(
        name,
        slide_title(name, lang, year),
        chart.figure,
        [kpi_figure(kpi, lang) for kpi in shown],
        source_line,
        chart.frame,
        chart.unit or t("deck.unit_none", lang),
        [*notes, note] if note else notes,
        talking_points(spoken, lang, scope_note=note, source=source_line),
    )


def entity_slides(
    names: Sequence[str], figures: Disclosed, *, entity: str, segment: str | None = None
) -> tuple[list[str], list[str]]:
    """The slides of ``names`` a deck for ``entity`` (or segment) holds: those whose chart or key figures show its own
    figures (``esg.scope.has_figures``); and the others, whose figures the report gives for the group only."""
    kept, group = [], []
    for name in names:
        view, slide = definitions()[name]
        parts = [view[part] for part in (slide.chart, slide.figures) if part]
        own = any(has_figures(part, figures, entity=entity, segment=segment) for part in parts)
        (kept if own else group).append(name)
    return kept, group


def build_slides(source: Path | ElementBuilder, names: Sequence[str] = CURATED, **filters: Any) -> list[Slide]:
    """The slides ``names`` (default: the curated sequence), in order, for the filters (see :func:`build_slide`), from
    one element builder (a query two slides ask runs once)."""
    if not filters.get("entity_name"):
        filters["entity_name"] = _entity_name(source, filters["lang"], filters.get("entity", GROUP))
    element = element_builder(source)
    return [build_slide(name, element, **filters) for name in names]


def text_ems(text: str) -> float:
    """Rough width of ``text`` in ems of its font (a Chinese character is one em, a Latin one about half)."""
    return sum(1.0 if ord(ch) > 0x2E80 else 0.56 for ch in text)


# --- figures for a shared screen and for pictures -------------------------------------------------------------------


def _scaled(size: float | None, default: float, scale: float) -> int:
    return round((size or default) * scale)


def slide_figure(
    fig: go.Figure,
    *,
    height: int | None = SCREEN_HEIGHT,
    width: int = PICTURE_WIDTH,
    scale: float = FONT_SCALE,
    labels: float | None = None,
) -> go.Figure:
    """A copy of ``fig`` for a shared screen or a slide picture about ``width`` pixels wide: the title on one line
    (it was broken for a half-width column), the legend laid out for the width, every type size (text, title,
    legend, labels in the plot, the source line) enlarged by ``scale`` with the margins grown to match. With
    ``height=None`` the figure takes the height of its container (presentation mode fills the screen); ``labels``
    scales the labels inside the plot (default: half-way to ``scale``). Equal values printed at the same point by two
    series are printed one above, one below."""
    spec = fig.to_plotly_json()
    title = (value_at(spec["layout"], "title", "text") or "").replace("<br>", " ")
    spec_layout(spec, title={"text": title})
    if spec["layout"].get("showlegend") is not False and len(spec["data"]) > 1:
        fit_legend_spec(spec, width=round(width / scale))  # laid out at the size it is drawn before scaling
        if "<br>" in (value_at(spec["layout"], "title", "text") or ""):  # one line: a slide's chart is wide enough
            spec_layout(spec, title={"text": title}, margin={"t": (value_at(spec["layout"], "margin", "t") or 96) - 26})
    _scale_type(spec, scale, labels=(1 + scale) / 2 if labels is None else labels)
    spec_layout(spec, height=height, autosize=True)
    out = go.Figure(spec)
    _separate_equal_labels(out)
    return out


def _scale_type(spec: Spec, scale: float, *, labels: float) -> None:
    """Every type size of ``spec`` (in place) enlarged by ``scale`` with the margins grown to match, the labels inside
    the plot by ``labels`` and its markers half-way to ``scale``; the source line on one line under the axis."""
    template_font = 15
    layout = spec["layout"]
    margin = layout.get("margin", {})
    update: dict[str, Any] = {
        "font": {"size": _scaled(value_at(layout, "font", "size"), template_font, scale)},
        "title": {"font": {"size": _scaled(value_at(layout, "title", "font", "size"), 20, scale)}, "pad": {"t": 14}},
        "legend": {"font": {"size": _scaled(value_at(layout, "legend", "font", "size"), template_font, scale)}},
        "margin": {
            "t": _scaled(margin.get("t"), 96, scale),
            "b": _scaled(margin.get("b"), 110, scale),
            "l": _scaled(margin.get("l"), 60, scale),
            "r": _scaled(margin.get("r"), 24, scale),
        },
    }
    if value_at(layout, "legend", "entrywidth"):
        update["legend"]["entrywidth"] = _scaled(value_at(layout, "legend", "entrywidth"), 100, scale)
    if value_at(layout, "uniformtext", "minsize"):
        update["uniformtext"] = {"minsize": _scaled(value_at(layout, "uniformtext", "minsize"), 11, scale)}
    if layout.get("annotations"):
        update["annotations"] = [_scaled_annotation(annotation, scale) for annotation in layout["annotations"]]
    spec_layout(spec, **update)
    dense = (1 + scale) / 2  # labels and markers inside the plot grow less: a crowded matrix must stay legible
    for trace in spec["data"]:
        if value_at(trace, "textfont", "size"):
            trace["textfont"]["size"] = _scaled(trace["textfont"]["size"], template_font, labels)
        if isinstance(value_at(trace, "marker", "size"), int | float):
            trace["marker"]["size"] = _scaled(trace["marker"]["size"], 10, dense)


def _scaled_annotation(annotation: dict[str, Any], scale: float) -> dict[str, Any]:
    """``annotation`` with its type enlarged by ``scale`` (and its shift); the source line (under the axis) put on one
    line."""
    out = merged(annotation, {"font": {"size": _scaled(value_at(annotation, "font", "size"), 15, scale)}})
    if out.get("yshift"):
        out["yshift"] = out["yshift"] * scale
    if _is_source_line(out):
        out["text"] = out["text"].replace("<br>", " · ")
    return out


def _separate_equal_labels(fig: go.Figure) -> None:
    """Where a later line series prints the same value at the same x as an earlier one, print it below the point."""
    taken: set[tuple[object, object]] = set()
    for trace in fig.data:
        if trace.type != "scatter" or "text" not in (trace.mode or "") or trace.x is None or trace.y is None:
            continue
        points = list(zip(trace.x, trace.y, strict=False))
        clash = [(x, y) in taken for x, y in points]
        if any(clash):
            above = trace.textposition if isinstance(trace.textposition, str) else "top center"
            trace.textposition = ["bottom center" if c else above for c in clash]
        taken.update(points)


# --- a phone: one column ---------------------------------------------------------------------------------------------

PHONE_ROW_HEIGHT = 150  # pixels a row of tiles takes on a phone
PHONE_SOURCE_CHARS = {"zh": 22, "en": 44}  # characters a line of the source line holds on a phone


def phone_figure(fig: go.Figure, lang: str, *, height: int = 440) -> go.Figure:
    """A copy of ``fig`` for a phone's width: tiles drawn side by side (paper-positioned boxes with their texts) are
    stacked in one column, and the source line under the chart is broken into lines that fit."""
    spec = fig.to_plotly_json()
    shapes = spec["layout"].get("shapes", [])
    tiles = [shape for shape in shapes if shape.get("type") == "rect" and shape.get("xref") == "paper"]
    if tiles and not spec["data"]:
        height = _phone_tiles(spec, tiles, lang)
    elif spec["data"]:
        height = _phone_chart(spec, lang)
    bottom = value_at(spec["layout"], "margin", "b") or 0
    for annotation in spec["layout"].get("annotations", []):
        if _is_source_line(annotation):
            lines = [
                line for part in annotation["text"].split("<br>") for line in wrap_lines(part, PHONE_SOURCE_CHARS[lang])
            ]
            annotation["text"] = "<br>".join(lines)
            annotation["yshift"] = -bottom + 8
    out = go.Figure(spec_layout(spec, height=height))
    _separate_equal_labels(out)
    return out


def _is_source_line(annotation: dict[str, Any]) -> bool:
    """Whether ``annotation`` is a figure's source line (anchored at its bottom, shifted under the plot)."""
    return (
        annotation.get("yanchor") == "bottom" and (annotation.get("yshift") or 0) < 0 and bool(annotation.get("text"))
    )


def _phone_tiles(spec: Spec, tiles: list[dict[str, Any]], lang: str) -> int:
    """Stack the ``tiles`` of ``spec`` (its rect shapes, changed in place) in one column, in reading order, each with
    the texts inside it (centred, a long plain label broken into lines); return the figure's height."""
    layout = spec["layout"]
    order = sorted(range(len(tiles)), key=lambda i: (-tiles[i]["y1"], tiles[i]["x0"]))
    rows = len(tiles)
    moved: set[int] = set()
    for row, i in enumerate(order):
        old = tiles[i]
        y1, y0 = 1 - row / rows - 0.01, 1 - (row + 1) / rows + 0.01
        for n, annotation in enumerate(layout.get("annotations", [])):
            inside = old["x0"] <= annotation["x"] <= old["x1"] and old["y0"] <= annotation["y"] <= old["y1"]
            if inside and annotation.get("xref") == "paper" and n not in moved:
                annotation["x"] = 0.5
                long = len(annotation.get("text") or "") > PHONE_TITLE_CHARS[lang]
                if long and "<" not in annotation["text"]:  # a plain label, not a figure set in HTML
                    annotation["text"] = "<br>".join(wrap_lines(annotation["text"], PHONE_TITLE_CHARS[lang]))
                annotation["y"] = y0 + (annotation["y"] - old["y0"]) / (old["y1"] - old["y0"]) * (y1 - y0)
                moved.add(n)
        old.update(x0=0.01, x1=0.99, y0=y0, y1=y1)
    margin = layout.get("margin", {})
    return rows * PHONE_ROW_HEIGHT + (margin.get("t") or 0) + (margin.get("b") or 0)


PHONE_PLOT_HEIGHT = 300  # pixels of the plot area itself on a phone
PHONE_TITLE_CHARS = {"zh": 16, "en": 32}  # characters a line of the chart's title holds on a phone
PHONE_NOTE_CHARS = {"zh": 8, "en": 16}  # characters a line of a note inside the plot holds on a phone
PHONE_SMALL_LABELS = 8  # more labelled points than this in one chart get small labels on a phone
PHONE_LABELLED_POINTS = 15  # more than this are not labelled on a phone (the hover names them)


def _phone_chart(spec: Spec, lang: str) -> int:
    """Lay a chart with data (as plain data, changed in place) out for a phone's width; return its height. The title
    is broken into lines that fit, the legend goes under the plot (one entry a line), axes get fewer ticks, dense
    point labels are left to the hover text, and the margins are sized to hold what they carry."""
    layout = spec["layout"]
    title = (value_at(layout, "title", "text") or "").replace("<br>", " ")
    title_lines = wrap_lines(title, PHONE_TITLE_CHARS[lang]) if title else []
    top = 34 + 24 * len(title_lines) + (44 if value_at(layout, "xaxis", "side") == "top" else 0)
    annotations = layout.get("annotations", [])
    sources = [a for a in annotations if _is_source_line(a)]
    source_lines = sum(
        len(wrap_lines(part, PHONE_SOURCE_CHARS[lang])) for a in sources for part in a["text"].split("<br>")
    )
    showlegend = layout.get("showlegend")
    traces = spec["data"]
    entries = (
        [t for t in traces if t.get("showlegend") is not False and t.get("name")] if showlegend is not False else []
    )
    show_legend = len(entries) > 1 or (showlegend is True and entries)
    hidden = value_at(layout, "xaxis", "side") == "top" or value_at(layout, "xaxis", "visible") is False
    axis = 0 if hidden else 64
    legend = 20 * len(entries) + 8 if show_legend else 0
    bottom = axis + legend + 15 * source_lines + 12
    labelled = [t for t in traces if t["type"] == "scatter" and "text" in (t.get("mode") or "")]
    points = sum(len(t.get("x") or ()) for t in labelled)
    for trace in labelled if points > PHONE_SMALL_LABELS else ():
        if points > PHONE_LABELLED_POINTS:
            trace["mode"] = (
                "+".join(part for part in (trace.get("mode") or "").split("+") if part != "text") or "markers"
            )
        else:
            trace["textfont"] = {**trace.get("textfont", {}), "size": 9}
    for annotation in annotations:
        note = annotation not in sources and not str(annotation.get("yref") or "").endswith("domain")  # not a label
        if note and annotation.get("text") and len(annotation["text"]) > PHONE_NOTE_CHARS[lang]:
            text = annotation["text"]
            bold = text.startswith("<b>") and text.endswith("</b>")
            parts = text.removeprefix("<b>").removesuffix("</b>").split("<br>")
            lines = "<br>".join(line for part in parts for line in wrap_lines(part, PHONE_NOTE_CHARS[lang]))
            annotation["text"] = f"<b>{lines}</b>" if bold else lines
            annotation["font"] = {**annotation.get("font", {}), "size": 11}
    spec_layout(
        spec,
        title={
            "text": "<br>".join(title_lines),
            "font": {"size": 15},
            "x": 0,
            "xanchor": "left",
            "y": 1 - 10 / (top + PHONE_PLOT_HEIGHT + bottom),
            "yref": "container",
            "yanchor": "top",
            "pad": {"l": 4},
        },
        font={"size": 12},
        margin={"t": top, "b": bottom, "l": 56, "r": 16},
        legend={
            "orientation": "v",
            "x": 0,
            "xanchor": "left",
            "yref": "container",
            "yanchor": "bottom",
            "y": (15 * source_lines + 14) / (top + PHONE_PLOT_HEIGHT + bottom),
            "entrywidth": None,
            "font": {"size": 12},
        },
        showlegend=bool(show_legend),
        autosize=True,
        xaxis={"nticks": 6, "title": {"standoff": 6}},
        yaxis={"nticks": 5, "title": {"standoff": 4}},
    )
    return top + PHONE_PLOT_HEIGHT + bottom
