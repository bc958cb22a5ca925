"""The investor slides, each defined once: presentation mode, the PowerPoint deck and its workbook all use them.

A slide builder takes the data (a snapshot directory, or a ``run(name, **params)`` callable such as the app's cached
``query``) and the global filters, and returns a :class:`Slide`: its headline, the chart (built by the views' own
queries and chart factories), the key figures, the source line, the unit and the figures behind the chart.

Pure: no ``st.*`` calls and no streamlit import here (``components.emissions_charts`` still pulls it in through the
``Kpi`` dataclass of ``components.kpi``), so the command line builds the same slides as the app.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import plotly.graph_objects as go
import polars as pl

from components.charts import fit_legend, make_indicator_chart, source_line, source_text
from components.emissions_charts import (
    emissions_series_chart,
    make_decarbonisation_figure,
    pathway_captions,
    pathway_kpis,
    pathway_table,
    segment_chart,
)
from components.kpi import Kpi, kpis_from_rows
from components.materiality_charts import make_materiality_figure, make_topic_table
from components.overview_charts import (
    change_tone,
    kpi_table,
    kpi_value_text,
    make_kpi_tiles_figure,
)
from components.reserves_charts import make_change_figure, make_mineral_figure, mineral_frame
from components.risks_charts import (
    make_climate_horizon_figure,
    make_climate_table,
    make_risk_matrix_figure,
    make_risk_table,
)
from components.safety_charts import investment_chart, safety_trend_chart
from components.tables import series_labels, unit_label
from esg import queries
from esg.i18n import display_unit, format_change, format_value, pick, t

GROUP = "group"
YEAR, ENTITY, SEGMENT, PILLAR = "year", "entity", "segment", "pillar"
# The curated sequence of presentation mode and of the default deck.
CURATED = ("kpis", "emissions", "pathway", "reserves", "materiality", "risks", "safety", "workforce")
# Type and size of a slide's chart: on a shared screen and in the deck's pictures (layout pixels, 16:9 area).
FONT_SCALE = 1.2
SCREEN_HEIGHT = 640
PICTURE_WIDTH, PICTURE_HEIGHT = 1120, 680

WORKFORCE_BY_YEAR = {"year": "common.col.year", "series": "workforce.col.group"}
Runner = Callable[..., Any]


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


@dataclass(frozen=True)
class SlideSpec:
    """A registered slide builder and the global filters it applies."""

    name: str
    build: Callable[..., Slide]
    applies: frozenset[str]


_SLIDES: dict[str, SlideSpec] = {}


def register(name: str, *applies: str) -> Callable[[Callable[..., Slide]], Callable[..., Slide]]:
    """Decorator: make a builder available as slide ``name``; ``applies`` lists the filters it follows."""

    def wrap(build: Callable[..., Slide]) -> Callable[..., Slide]:
        if name in _SLIDES:
            raise ValueError(f"slide {name!r} registered twice")
        _SLIDES[name] = SlideSpec(name, build, frozenset(applies))
        return build

    return wrap


def slide_names() -> list[str]:
    """Every slide: the curated sequence first, then the other charts one may pick for a deck."""
    return [*CURATED, *(name for name in _SLIDES if name not in CURATED)]


def slide_title(name: str, lang: str, year: int) -> str:
    """The headline of slide ``name`` (for lists of charts to pick)."""
    return t(f"present.slide.{name}", lang, year=year)


def runner(source: Path | Runner) -> Runner:
    """``run(name, **params)`` over a snapshot directory, or ``source`` itself when it already is one."""
    if callable(source):
        return source
    snapshot = Path(source)
    return lambda name, **params: queries.run(name, snapshot, **params)


def scope_note(
    applies: frozenset[str], *, lang: str, entity: str, segment: str | None, pillar: str | None, entity_name: str = ""
) -> str:
    """The note a slide gets when a non-default global filter does not apply to it (its figures are group-level)."""
    ignored = []
    if entity != GROUP and ENTITY not in applies:
        ignored.append(f"{t('common.entity', lang)} {entity_name or entity}")
    if segment and SEGMENT not in applies:
        ignored.append(f"{t('common.segment', lang)} {t(f'common.segment.{segment}', lang)}")
    if pillar and PILLAR not in applies:
        ignored.append(f"{t('common.pillar', lang)} {t(f'common.pillar.{pillar}', lang)}")
    return t("present.scope_note", lang, filters=" · ".join(ignored)) if ignored else ""


def build_slide(
    name: str,
    source: Path | Runner,
    *,
    lang: str,
    year: int,
    entity: str = GROUP,
    segment: str | None = None,
    pillar: str | None = None,
) -> Slide:
    """Build slide ``name`` for the filters; a note says which non-default filters it cannot apply."""
    spec = _SLIDES[name]
    run = runner(source)
    built = spec.build(run, lang=lang, year=year, entity=entity, segment=segment, pillar=pillar)
    names = {e["entity_id"]: pick(lang, e["short_zh"], e["short_en"]) for e in run("common.filter_options")["entities"]}
    note = scope_note(
        spec.applies, lang=lang, entity=entity, segment=segment, pillar=pillar, entity_name=names.get(entity, "")
    )
    return Slide(**{**built.__dict__, "notes": [*built.notes, note] if note else built.notes})


def build_slides(
    source: Path | Runner,
    names: Sequence[str] = CURATED,
    *,
    lang: str,
    year: int,
    entity: str = GROUP,
    segment: str | None = None,
    pillar: str | None = None,
) -> list[Slide]:
    """The slides ``names`` (default: the curated sequence), in order."""
    return [
        build_slide(name, source, lang=lang, year=year, entity=entity, segment=segment, pillar=pillar) for name in names
    ]


# --- figures for a shared screen and for pictures -------------------------------------------------------------------


def _scaled(size: float | None, default: float, scale: float) -> int:
    return round((size or default) * scale)


def slide_figure(
    fig: go.Figure, *, height: int = SCREEN_HEIGHT, width: int = PICTURE_WIDTH, scale: float = FONT_SCALE
) -> go.Figure:
    """A copy of ``fig`` for a shared screen or a slide picture about ``width`` pixels wide: the title on one line
    (it was broken for a half-width column), the legend laid out for the width, every type size (text, title,
    legend, labels in the plot, the source line) enlarged by ``scale`` with the margins grown to match."""
    out = go.Figure(fig)
    title = (out.layout.title.text or "").replace("<br>", " ")
    out.update_layout(title_text=title)
    if out.layout.showlegend is not False and len(out.data) > 1:
        fit_legend(out, width=width)
    template_font = 15
    layout = out.layout
    margin = layout.margin
    out.update_layout(
        height=height,
        font_size=_scaled(layout.font.size, template_font, scale),
        title={"font": {"size": _scaled(layout.title.font.size, 20, scale)}, "pad": {"t": 14}},
        legend_font_size=_scaled(layout.legend.font.size, template_font, scale),
        margin={
            "t": _scaled(margin.t, 96, scale),
            "b": _scaled(margin.b, 110, scale),
            "l": _scaled(margin.l, 60, scale),
            "r": _scaled(margin.r, 24, scale),
        },
    )
    if layout.legend.entrywidth:
        out.update_layout(legend_entrywidth=_scaled(layout.legend.entrywidth, 100, scale))
    if layout.uniformtext.minsize:
        out.update_layout(uniformtext_minsize=_scaled(layout.uniformtext.minsize, 11, scale))
    for annotation in out.layout.annotations:
        annotation.font.size = _scaled(annotation.font.size, template_font, scale)
        if annotation.yshift:
            annotation.yshift = annotation.yshift * scale
    dense = (1 + scale) / 2  # labels and markers inside the plot grow less: a crowded matrix must stay legible
    for trace in out.data:
        font = getattr(trace, "textfont", None)
        if font is not None and font.size:
            font.size = _scaled(font.size, template_font, dense)
        marker = getattr(trace, "marker", None)
        if marker is not None and isinstance(getattr(marker, "size", None), int | float):
            marker.size = _scaled(marker.size, 10, dense)
    return out


# --- key figures ----------------------------------------------------------------------------------------------------


def kpi_figure(kpi: Kpi, lang: str) -> KeyFigure:
    """A KPI card as a key figure (value with unit, the change on the previous year)."""
    change = format_change(kpi.change, kpi.is_rate, lang) if kpi.previous_year else None
    note = t("common.vs_prev", lang, year=kpi.previous_year) if change else ""
    return KeyFigure(kpi.label, kpi_value_text(kpi, lang), change, note, change_tone(kpi) if change else "")


def row_figure(row: Mapping[str, Any], label: str, lang: str, year: int) -> KeyFigure:
    """A key figure from a KPI query row (``kpi_frame`` of ``esg.queries.common`` or ``esg.queries.emissions``)."""
    is_rate = row["unit"] == "%"
    change = row["change"] if "change" in row else row["change_pp"] if is_rate else row["change_pct"]
    previous = year - 1 if row["previous_value"] is not None else None
    better = row.get("lower_is_better")
    kpi = Kpi(label, row["value"], row["unit"], row["unit_en"], change, is_rate, better, [], previous)
    return kpi_figure(kpi, lang)


def count_text(key: str, n: int, lang: str) -> str:
    """``"3 topics"`` / ``"1 topic"`` (``present.kf.<key>s`` and ``present.kf.<key>``)."""
    return t(f"present.kf.{key}" if n == 1 else f"present.kf.{key}s", lang, n=n)


def _rows(run: Runner, name: str, **params: Any) -> list[dict]:
    return run(name, **params).to_dicts()


def _source(tables: str, lang: str) -> str:
    """The source line as one line of text (the figure draws it in two)."""
    return source_text(tables, lang).replace("<br>", " · ")


# --- the slides -----------------------------------------------------------------------------------------------------


@register("kpis", YEAR)
def build_kpis(run: Runner, *, lang: str, year: int, **_: Any) -> Slide:
    """Headline KPIs as tiles; the ESG ratings as key figures."""
    rows = _rows(run, "overview.kpis", year=year)
    kpis = kpis_from_rows(rows, prefix="overview.kpi", lang=lang)
    tables = " · ".join(dict.fromkeys(pick(lang, r["source_table"], r["source_table_en"]) for r in rows))
    fig = make_kpi_tiles_figure(
        kpis, title=t("overview.kpis", lang, year=year), source=t("present.kpis_source", lang), lang=lang
    )
    ratings = [
        KeyFigure(
            pick(lang, r["name_zh"], r["name_en"]),
            r["value_text"] or format_value(r["value"], r["unit"], r["unit_en"], lang),
        )
        for r in _rows(run, "overview.figures", kind="ratings")
    ]
    return Slide(
        "kpis",
        t("present.slide.kpis", lang, year=year),
        fig,
        ratings,
        _source(tables, lang),
        kpi_table(kpis, lang, year, [pick(lang, r["source_table"], r["source_table_en"]) for r in rows]),
        t("deck.unit_per_row", lang),
    )


def _ghg_figures(run: Runner, lang: str, year: int, segment: str | None) -> list[KeyFigure]:
    rows = _rows(run, "emissions.kpis", year=year, kind="ghg", segment=segment)
    return [row_figure(r, t(f"emissions.kpi.{r['key']}", lang), lang, year) for r in rows]


@register("emissions", YEAR, SEGMENT)
def build_emissions(run: Runner, *, lang: str, year: int, segment: str | None = None, **_: Any) -> Slide:
    """Scope 1+2 emissions by business segment (the selected segment highlighted), the GHG KPIs beside."""
    segments = run("emissions.segments")
    fig, frame, notes = segment_chart(segments, lang=lang, segment=segment, width="full")
    data = segments["data"]
    unit = unit_label(data, lang)
    return Slide(
        "emissions",
        t("present.slide.emissions", lang),
        fig,
        _ghg_figures(run, lang, year, segment),
        _source(source_line(data, lang), lang),
        frame,
        unit,
        notes,
    )


@register("emissions_scopes", YEAR, SEGMENT)
def build_emissions_scopes(run: Runner, *, lang: str, year: int, segment: str | None = None, **_: Any) -> Slide:
    """Total, scope 1 and scope 2 emissions by year, the GHG KPIs beside."""
    data = run("emissions.chart", chart="totals")
    unit = unit_label(data, lang)
    fig, frame = emissions_series_chart(data, "totals", kind="line", lang=lang, width="full")
    return Slide(
        "emissions_scopes",
        t("present.slide.emissions_scopes", lang),
        fig,
        _ghg_figures(run, lang, year, segment),
        _source(source_line(data, lang), lang),
        frame,
        unit,
    )


@register("pathway", YEAR)
def build_pathway(run: Runner, *, lang: str, year: int, **_: Any) -> Slide:
    """Actual scope 1+2 emissions against the straight-line path to the report's targets, the path's figures."""
    pathway = run("emissions.pathway", year=year)
    unit, unit_en = pathway["unit"], pathway["unit_en"]
    tables = (
        f"{pick(lang, pathway['source_table'], pathway['source_table_en'])}; "
        f"{pick(lang, pathway['target_source_table'], pathway['target_source_table_en'])}"
    )
    caption = pathway_captions(pathway, lang)[0]
    return Slide(
        "pathway",
        t("present.slide.pathway", lang),
        make_decarbonisation_figure(pathway, lang=lang),
        [kpi_figure(kpi, lang) for kpi in pathway_kpis(pathway, lang)],
        _source(tables, lang),
        pathway_table(pathway, lang),
        display_unit(unit, unit_en, lang)[0],
        [caption],
    )


def _reserve_figures(run: Runner, lang: str, year: int) -> list[KeyFigure]:
    rows = _rows(run, "reserves.kpis", year=year, kind="reserves")
    return [row_figure(r, t(f"reserves.kpi.{r['key']}", lang), lang, year) for r in rows]


@register("reserves", YEAR)
def build_reserves(run: Runner, *, lang: str, year: int, **_: Any) -> Slide:
    """The base metals' resources and reserves by year (metal content), the headline reserves beside."""
    group, basis = run("reserves.chart_groups")[0]
    data = run("reserves.group", group=group, basis=basis)
    frame = mineral_frame(data, lang)
    fig = make_mineral_figure(data, group, basis, lang, width="full")
    unit = unit_label(data, lang)
    return Slide(
        "reserves",
        t("present.slide.reserves", lang),
        fig,
        _reserve_figures(run, lang, year),
        _source(source_line(data, lang), lang),
        frame,
        unit,
        [t("reserves.headline_caption", lang)],
    )


@register("reserves_change", YEAR)
def build_reserves_change(run: Runner, *, lang: str, year: int, **_: Any) -> Slide:
    """Each mineral's change over the period (a share of its own figure), the headline reserves beside."""
    change = run("reserves.change", year=year)
    data = change.select(
        pl.col("indicator_id")
        .replace_strict(series_labels(change["indicator_id"].to_list(), "reserves.mineral", lang))
        .alias(t("reserves.col.mineral", lang)),
        pl.col("from_year").alias(t("present.col.from_year", lang)),
        pl.col("to_year").alias(t("present.col.to_year", lang)),
        pl.col("change_pct").round(1).alias(t("reserves.col.change", lang)),
    )
    return Slide(
        "reserves_change",
        t("present.slide.reserves_change", lang),
        make_change_figure(change, lang=lang),
        _reserve_figures(run, lang, year),
        _source(source_line(change, lang), lang),
        data,
        "%",
        [t("reserves.change_caption", lang)],
    )


@register("materiality", PILLAR)
def build_materiality(run: Runner, *, lang: str, pillar: str | None = None, **_: Any) -> Slide:
    """The double-materiality matrix (the pillar filter applies), the number of topics in each tier beside."""
    topics = run("materiality.topics", pillar=pillar)
    counts = {tier: 0 for tier in ("both", "impact_only", "neither")}
    for tier in topics.get_column("tier").to_list():
        counts[tier] += 1
    figures = [
        KeyFigure(t(f"materiality.tier_short.{tier}", lang), count_text("topic", n, lang)) for tier, n in counts.items()
    ]
    notes = []
    if topics.height:
        method = pick(lang, topics["method_common_zh"][0], topics["method_common_en"][0])
        notes.append(t("materiality.caption", lang, method=method))
    return Slide(
        "materiality",
        t("present.slide.materiality", lang),
        make_materiality_figure(topics, lang=lang),
        figures,
        _source(t("materiality.chart_source", lang), lang),
        make_topic_table(topics, lang=lang),
        t("deck.unit_none", lang),
        notes,
    )


@register("risks", PILLAR)
def build_risks(run: Runner, *, lang: str, pillar: str | None = None, **_: Any) -> Slide:
    """The emerging-risk likelihood x impact grid (the pillar filter applies), the risks by category beside."""
    risks = run("risks.emerging", pillar=pillar)
    categories = risks.get_column("category").to_list()
    figures = [KeyFigure(t("present.kf.risks_total", lang), count_text("risk", len(categories), lang))]
    figures += [
        KeyFigure(t(f"risks.category.{c}", lang), count_text("risk", categories.count(c), lang))
        for c in ("environmental", "social", "governance")
        if c in categories
    ]
    return Slide(
        "risks",
        t("present.slide.risks", lang),
        make_risk_matrix_figure(risks, lang=lang),
        figures,
        _source(t("risks.matrix_source", lang), lang),
        make_risk_table(risks, lang=lang),
        t("deck.unit_none", lang),
        [t("risks.caption", lang)],
    )


@register("climate")
def build_climate(run: Runner, *, lang: str, **_: Any) -> Slide:
    """The climate-related risks and opportunities by time horizon, how many of each kind beside."""
    climate = run("risks.climate")
    kinds = climate.get_column("kind").to_list()
    figures = [
        KeyFigure(t(f"risks.kind.{kind}", lang), count_text("item", kinds.count(kind), lang))
        for kind in dict.fromkeys(kinds)
    ]
    return Slide(
        "climate",
        t("present.slide.climate", lang),
        make_climate_horizon_figure(climate, lang=lang),
        figures,
        _source(t("risks.climate_source", lang), lang),
        make_climate_table(climate, lang=lang),
        t("deck.unit_none", lang),
        [t("risks.climate_caption", lang)],
    )


def _safety_figures(run: Runner, lang: str, year: int) -> list[KeyFigure]:
    wanted = ("ltir_employees", "trifr_employees", "trifr_contractors", "safety_investment_total")
    rows = [r for r in _rows(run, "safety.kpis", year=year) if r["indicator_id"] in wanted]
    return [row_figure(r, t(f"safety.kpi.{r['indicator_id']}", lang), lang, year) for r in rows]


@register("safety", YEAR)
def build_safety(run: Runner, *, lang: str, year: int, **_: Any) -> Slide:
    """Injury rates (LTIR, TRIFR) by year, the safety KPIs beside."""
    rows = run("safety.chart", which="rates", year=year)
    fig, data = safety_trend_chart(
        rows, which="rates", kind="line", value_header="safety.col.rate", y_title="safety.axis.rate", lang=lang
    )
    return Slide(
        "safety",
        t("present.slide.safety", lang),
        fig,
        _safety_figures(run, lang, year),
        _source(source_line(rows, lang), lang),
        data,
        t("safety.axis.rate", lang),
    )


@register("safety_investment", YEAR)
def build_safety_investment(run: Runner, *, lang: str, year: int, **_: Any) -> Slide:
    """Safety investment by item with the printed total, the safety KPIs beside."""
    rows = run("safety.chart", which="investment", year=year)
    fig, data = investment_chart(rows, lang=lang)
    return Slide(
        "safety_investment",
        t("present.slide.safety_investment", lang),
        fig,
        _safety_figures(run, lang, year),
        _source(source_line(rows, lang), lang),
        data,
        display_unit(rows["unit"][0], rows["unit_en"][0], lang)[0] if rows.height else "",
    )


def _workforce_figures(run: Runner, lang: str, year: int) -> list[KeyFigure]:
    wanted = ("employees_total", "employees_female_pct", "women_in_management_pct", "employees_minority_pct")
    rows = {r["indicator_id"]: r for r in _rows(run, "workforce.kpis", year=year)}
    return [row_figure(rows[i], t(f"workforce.kpi.{i}", lang), lang, year) for i in wanted if i in rows]


@register("workforce", YEAR)
def build_workforce(run: Runner, *, lang: str, year: int, **_: Any) -> Slide:
    """Employees by gender with the printed total, the diversity KPIs beside."""
    rows = run("workforce.chart", which="gender", year=year)
    fig, data = make_indicator_chart(
        rows,
        view="workforce",
        which="gender",
        columns={**WORKFORCE_BY_YEAR, "value": "common.col.people"},
        y_title="workforce.axis.people",
        lang=lang,
        total="employees_total",
    )
    return Slide(
        "workforce",
        t("present.slide.workforce", lang),
        fig,
        _workforce_figures(run, lang, year),
        _source(source_line(rows, lang), lang),
        data,
        t("workforce.axis.people", lang),
    )


@register("workforce_shares", YEAR)
def build_workforce_shares(run: Runner, *, lang: str, year: int, **_: Any) -> Slide:
    """Women (all, in management) and ethnic minorities as shares of the workforce, by year."""
    rows = run("workforce.chart", which="shares", year=year)
    fig, data = make_indicator_chart(
        rows,
        view="workforce",
        which="shares",
        columns={**WORKFORCE_BY_YEAR, "value": "common.col.share"},
        y_title="workforce.axis.share",
        lang=lang,
        kind="line",
    )
    return Slide(
        "workforce_shares",
        t("present.slide.workforce_shares", lang),
        fig,
        _workforce_figures(run, lang, year),
        _source(source_line(rows, lang), lang),
        data,
        "%",
    )
