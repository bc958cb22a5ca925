"""The one path from a definition (``esg.views.model``) to what is shown: a figure with the CSV of its figures, a KPI
card set, a table or lines of text. Pure (no ``st.*``): the pages, the slides, the deck and the tests all build
elements here, each from a :class:`Context` holding the filters and a query runner.

Chart kinds ``bar``, ``line``, ``hbar`` and ``donut`` draw any :class:`~esg.views.model.Series`; a view's own
kinds (a decarbonisation path, a map, a matrix) are registered with :func:`chart_kind` (and :func:`table_kind`,
:func:`text_kind`) by the view's module in ``components/kinds/``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import plotly.graph_objects as go
import polars as pl
import pyarrow as pa

from components.charts import make_chart_figure, source_line
from components.kpi import Kpi, kpis_from_rows
from components.palette import SEGMENT_COLORS, highlight_colors, identity_colors
from components.restatements import mark_chart_restatements
from components.tables import chart_frame, csv_bytes, facts_table, notes_of, series_labels, unit_label
from components.text import md_line, safe_figure
from esg import scope
from esg.display import format_number, format_value, rounded_for_display
from esg.filters import Filters
from esg.i18n import catalogue, pick, t
from esg.queries.scope import Disclosed
from esg.registry import registrar
from esg.views import view
from esg.views.model import Chart, Control, Element, Kpis, Query, Series, Table, Text
from esg.vocabulary import FILTERS, GROUP, SEGMENTS, YEAR

Runner = Callable[..., Any]


@dataclass(frozen=True)
class Context:
    """What an element is built for: its view, the global filters, the query runner and the view's control values."""

    view: str
    filters: Filters
    run: Runner
    choices: tuple[tuple[str, object], ...] = ()

    @property
    def lang(self) -> str:
        """The language."""
        return self.filters.lang

    def value(self, name: str) -> object:
        """The value of filter or control ``name``."""
        return self.filters.value(name) if name in FILTERS else dict(self.choices).get(name)

    def applied(self, element: Element) -> tuple[tuple[str, object], ...]:
        """The values of the filters and controls ``element`` reads, sorted by name, and the entity and segment whose
        own figures it shows (what its cache key holds)."""
        read = tuple((name, self.value(name)) for name in sorted(element.reads))
        return (*read, ("scope", self.entity_of(element), self.segment_of(element)))

    @property
    def figures(self) -> Disclosed:
        """Every figure the report discloses, as ``(indicator_id, entity, segment)`` (``esg.scope``)."""
        return self.run("scope.disclosed")  # type: ignore[no-any-return]

    def entity_of(self, element: Element) -> str:
        """The entity whose own indicator figures ``element`` shows: the filter's where the report gives them, else
        the group (``esg.scope.entity_of``)."""
        return scope.entity_of(element, self.figures, self.filters.entity) if self.filters.entity != GROUP else GROUP

    def segment_of(self, element: Element) -> str | None:
        """The business segment whose own figures a group-level series ``element`` shows (``None``: the group's)."""
        segment = self.filters.segment_or_none
        return scope.segment_of(element, self.figures, segment) if segment else None

    def has_figures(self, element: Element) -> bool:
        """Whether ``element`` shows figures of the filter's own entity and segment (``esg.scope.has_figures``)."""
        entity, segment = self.filters.entity, self.filters.segment_or_none
        return scope.has_figures(element, self.figures, entity=entity, segment=segment)

    def query(self, element: Element) -> Any:
        """The result of ``element``'s named query, given its fixed arguments and the filters it takes."""
        data = element.data
        if not isinstance(data, Query):
            raise TypeError(f"{self.view}.{element.name} has no named query")
        return self.run(data.name, **dict(data.args), **{name: self.value(name) for name in data.takes})

    def key(self, kind: str, name: str) -> str:
        """The view's catalogue key ``<view>.<kind>.<name>``."""
        return f"{self.view}.{kind}.{name}"


class Caveat(str):
    """A line quoting one of the report's caveats (``note``): a page shows each caveat once, however many of its
    figures carry it."""

    note: str

    def __new__(cls, text: str, note: str) -> Caveat:
        line = super().__new__(cls, text)
        line.note = note
        return line

    def __reduce__(self) -> tuple[type[Caveat], tuple[str, str]]:
        return Caveat, (str(self), self.note)


@dataclass(frozen=True)
class ChartResult:
    """A figure, the frame of the figures it shows, captions for under it, the report tables it comes from and the
    unit of its values (for a slide's source line and its workbook); :attr:`csv`, its download."""

    figure: go.Figure
    frame: pl.DataFrame
    captions: tuple[str, ...] = ()
    source: str = ""
    unit: str = ""

    @functools.cached_property
    def csv(self) -> bytes:
        """The CSV download of the frame, made once: when first asked for (a page's download button; a deck never
        asks), or when the result is stored (the element cache pickles it, so every copy has it made)."""
        return csv_bytes(self.frame)

    def __getstate__(self) -> dict[str, object]:
        return {**self.__dict__, "csv": self.csv}


def chart_result(
    figure: go.Figure, frame: pl.DataFrame, *, captions: Sequence[str] = (), source: str = "", unit: str = ""
) -> ChartResult:
    """A :class:`ChartResult` of ``figure`` and the frame it shows."""
    return ChartResult(figure, frame, tuple(captions), source, unit)


def matrix_kind(
    control: str, figure: Callable[..., go.Figure], table: Callable[..., pl.DataFrame], source: str
) -> Callable[[Chart, Context], ChartResult]:
    """A chart kind: a matrix of the element's rows (``figure(rows, lang=, selected=)``) with the point chosen in
    control ``control`` drawn apart; its CSV is the rows as ``table(rows, lang=)`` shows them, ``source`` the key of
    its source line."""

    def build(element: Chart, ctx: Context) -> ChartResult:
        rows = ctx.query(element)
        chosen = ctx.value(control)
        fig = figure(rows, lang=ctx.lang, selected=chosen if isinstance(chosen, str) else None)
        return chart_result(fig, table(rows, lang=ctx.lang), source=t(source, ctx.lang))

    return build


@dataclass(frozen=True)
class KpiResult:
    """KPI cards and the report's caveats on them (as lines for under the cards)."""

    cards: tuple[Kpi, ...]
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class TableResult:
    """A table as Arrow (what ``st.table``/``st.dataframe`` take), its number columns, and captions for under it;
    ``heading`` is shown above it."""

    table: pa.Table
    number_columns: tuple[str, ...] = ()
    heading: str = ""
    captions: tuple[str, ...] = ()
    csv: bytes | None = None
    frame: pl.DataFrame | None = field(default=None, compare=False)
    # Further downloads of the same rows, ``(format, bytes)``: ``xlsx`` or ``parquet`` (beside the CSV).
    files: tuple[tuple[str, bytes], ...] = ()
    # Number formats of ``st.column_config.NumberColumn`` by column, over ``localized`` (e.g. ``%d`` for a year).
    formats: tuple[tuple[str, str], ...] = ()
    # The notice shown under the heading instead of the table when it has no rows ("" shows the empty table).
    empty: str = ""
    # Columns whose cells are links to a view (``./<view>?lang=..``), by column: the text each link shows.
    links: tuple[tuple[str, str], ...] = ()


Line = tuple[str, str]  # (style, text): style markdown, caption, subheader or text (shown as typed, never as Markdown)
LINK = "link:"  # line style ``link:<view>``: the text is a link to that view, keeping the language


class Options(dict[str, str]):
    """A control's options (value -> label) with the value chosen by default (``None``: the first)."""

    def __init__(self, options: dict[str, str], default: str | None = None) -> None:
        super().__init__(options)
        self.default = default


@dataclass(frozen=True)
class Card:
    """A bordered box: a heading (Markdown) and lines under it."""

    heading: str
    lines: tuple[Line, ...] = ()


@dataclass(frozen=True)
class CardsResult:
    """Cards in rows of ``per_row``."""

    cards: tuple[Card, ...]
    per_row: int = 2


@dataclass(frozen=True)
class FoldsResult:
    """Folded items (an expander each): label and lines; ``heading`` (bold) above them."""

    items: tuple[Card, ...]
    heading: str = ""


ChartKind = Callable[[Chart, Context], ChartResult | None]
TableKind = Callable[[Table, Context], TableResult | None]
TextKind = Callable[[Text, Context], list[str]]
KpiKind = Callable[[Kpis, Context], KpiResult]
ControlKind = Callable[[Control, Context], dict[str, str]]
_CHARTS: dict[str, ChartKind] = {}
_TABLES: dict[str, TableKind] = {}
_TEXTS: dict[str, TextKind] = {}
_KPIS: dict[str, KpiKind] = {}
_CONTROLS: dict[str, ControlKind] = {}


chart_kind = registrar(_CHARTS, "chart kind")
table_kind = registrar(_TABLES, "table kind")
text_kind = registrar(_TEXTS, "text kind")
kpi_kind = registrar(_KPIS, "kpi kind")
control_kind = registrar(_CONTROLS, "control kind")


@control_kind("free")
def free_value(element: Control, ctx: Context) -> dict[str, str]:
    """A control whose value is typed or switched (option ``widget`` ``text`` or ``toggle``): no options."""
    return {}


def _kinds_loaded() -> None:
    """Import the views' own kinds (``components.kinds``) once."""
    import components.kinds  # noqa: F401  (registers the kinds on import)


def build(element: Element, ctx: Context) -> Any:
    """Build ``element`` for ``ctx``: a :class:`ChartResult`, :class:`KpiResult`, :class:`TableResult`, lines of
    text, a control's options (value -> label), or what a view's own kind builds; ``None`` when the report gives no
    figures for it under these filters."""
    _kinds_loaded()
    if isinstance(element, Control):
        return _CONTROLS[element.kind](element, ctx)
    if isinstance(element, Chart):
        chart = _CHARTS[element.kind](element, ctx) if element.kind in _CHARTS else series_chart(element, ctx)
        if chart is not None:
            safe_figure(chart.figure)  # data text in names, hover, labels and titles shown as text
        return chart
    if isinstance(element, Kpis):
        return _KPIS[str(element.option("kind"))](element, ctx) if element.option("kind") else kpi_set(element, ctx)
    if isinstance(element, Table):
        return _TABLES[element.kind](element, ctx)
    if isinstance(element, Text):
        return _TEXTS[element.kind](element, ctx)
    raise TypeError(f"cannot build {element!r}")


# --- charts of indicator series ---------------------------------------------------------------------------------

# Options of a series chart passed to ``make_chart_figure`` (the others are for the page: caveats, segments, empty).
FIGURE_OPTIONS = frozenset({"width", "barmode", "horizontal", "decimals", "height"})
DEFAULT_COLUMNS = (("year", "common.col.year"), ("series", "common.col.indicator"), ("value", "common.col.value"))


def series_rows(element: Element, ctx: Context) -> pl.DataFrame:
    """The rows of a :class:`Series` (or of the element's named query) for ``ctx``."""
    data = element.data
    if isinstance(data, Query):
        return ctx.query(element)
    if not isinstance(data, Series):
        raise TypeError(f"{ctx.view}.{element.name} has no data")
    year = ctx.filters.year if (YEAR in element.applies or not data.trend) else None
    segment, entity = data.segment or ctx.segment_of(element), ctx.entity_of(element)
    return ctx.run("indicators.series", rows=data.rows, trend=data.trend, year=year, segment=segment, entity=entity)


def own_name(element: Element, ctx: Context) -> str:
    """The name of the entity or segment whose own figures ``element`` shows ("" for the group's)."""
    entity, segment = ctx.entity_of(element), ctx.segment_of(element)
    if entity != GROUP:
        found = next(e for e in ctx.run("common.filter_options")["entities"] if e["entity_id"] == entity)
        return pick(ctx.lang, found["short_zh"], found["short_en"])
    return t(f"common.segment.{segment}", ctx.lang) if segment else ""


def own_title(title: str, element: Element, ctx: Context) -> str:
    """``title`` naming the entity or segment whose own figures ``element`` shows (unchanged for the group's)."""
    name = own_name(element, ctx)
    return t("common.own_title", ctx.lang, name=name, title=title) if name else title


def series_chart(element: Chart, ctx: Context) -> ChartResult | None:
    """Kinds ``bar``, ``line``, ``hbar``, ``donut``: the chart of the element's series (``None`` when the report gives
    no figures), restated figures marked, the report's caveats on them as captions (option ``caveats``)."""
    rows = series_rows(element, ctx)
    if not rows.height:
        return None
    lang = ctx.lang
    unit = unit_label(rows, lang)
    columns = dict(element.columns or DEFAULT_COLUMNS)
    labels = f"{ctx.view}.series"
    # a printed total is "Total (as printed)" unless the view's catalogue names it (<view>.series.<total>)
    fixed: dict[str, str] = {}
    if element.total and f"{labels}.{element.total}" not in catalogue():
        fixed[element.total] = t("common.series.total_printed", lang)
    frame = chart_frame(rows, lang, labels=labels, columns=columns, unit=unit, fixed=fixed)
    options = {k: v for k, v in element.options if k in FIGURE_OPTIONS}
    caveats = bool(element.option("caveats"))
    title = own_title(
        t(element.title or ctx.key("chart", element.name), lang, unit=unit, year=ctx.filters.year), element, ctx
    )
    total = (
        series_labels([element.total], labels, lang, names=rows, fixed=fixed)[element.total] if element.total else None
    )
    key = "series" if "series" in columns else "category"
    keys = [k for k in rows.get_column(key).unique(maintain_order=True).to_list() if k != element.total]
    colors = identity_colors(keys, series_labels(keys, labels, lang, names=rows, fixed=fixed)) if keys else None
    segment = element.data.segment if isinstance(element.data, Series) else None
    if colors and segment and len(keys) == 1:  # one segment's own figure: drawn in that segment's colour
        colors = dict.fromkeys(colors, SEGMENT_COLORS[segment])
    fig = make_chart_figure(
        frame,
        kind=element.kind,
        title=title,
        colors=colors,
        source=source_line(rows, lang),
        lang=lang,
        y_title=t(element.y_title, lang) if element.y_title else unit,
        unit=unit,
        total=total,
        **options,
    )
    fig = mark_chart_restatements(fig, rows, frame, lang=lang)
    captions = (
        [Caveat(md_line("common.caveat", lang, note=note), note) for note in notes_of(rows, lang)] if caveats else []
    )
    return chart_result(fig, frame, captions=captions, source=source_line(rows, lang), unit=unit)


SEGMENT_COLUMNS = (("year", "common.col.year"), ("series", "common.col.segment"), ("value", "common.col.value"))


def segment_chart(
    rows: pl.DataFrame, *, key: str, title: str, ctx: Context, barmode: str = "group", width: str = "half"
) -> ChartResult:
    """Bars of ``rows`` by year and business segment (column ``key``: ``group``, ``mining``, ``smelting``,
    ``other``), every segment in its colour, or only the filter's segment with the others greyed out."""
    lang = ctx.lang
    unit = unit_label(rows, lang)
    frame = chart_frame(
        rows.with_columns(pl.col(key).alias("series")),
        lang,
        labels="common.segment",
        columns=dict(SEGMENT_COLUMNS),
        unit=unit,
    )
    labels = series_labels([GROUP, *SEGMENTS], "common.segment", lang)
    fig = make_chart_figure(
        frame,
        kind="bar",
        title=t(title, lang, unit=unit),
        source=source_line(rows, lang),
        lang=lang,
        unit=unit,
        barmode=barmode,
        width=width,
        colors=highlight_colors(labels, ctx.filters.segment_or_none),
    )
    return chart_result(fig, frame, source=source_line(rows, lang), unit=unit)


# --- KPI sets ---------------------------------------------------------------------------------------------------


def kpi_set(element: Kpis, ctx: Context) -> KpiResult:
    """The cards of a :class:`Kpis` for the selected year (with the segment's own cards under the segment filter),
    labelled ``<view>.kpi.<key>``; with option ``notes``, the report's caveats on them."""
    if isinstance(element.data, Query):
        rows = ctx.query(element).to_dicts()
    else:
        segment = ctx.filters.segment_or_none
        specs = [*element.cards, *((iid, segment) for iid in element.segment_cards if segment)]
        entity = ctx.entity_of(element)
        rows = ctx.run("indicators.kpis", specs=tuple(specs), year=ctx.filters.year, entity=entity).to_dicts()
    cards = kpis_from_rows(rows, prefix=f"{ctx.view}.kpi", lang=ctx.lang, key="key")
    notes: list[str] = []
    if own_name(element, ctx):  # the cards of an entity's own figures say whose they are
        notes.append(t("common.own_figures", ctx.lang, name=own_name(element, ctx)))
    if element.option("notes"):
        for row, card in zip(rows, cards, strict=True):
            note = pick(ctx.lang, row["note"], row["note_en"])
            if note:
                notes.append(Caveat(md_line("common.kpi_caveat", ctx.lang, name=card.label, note=note), note))
    return KpiResult(tuple(cards), tuple(dict.fromkeys(notes)))


# --- tables and texts -------------------------------------------------------------------------------------------

FACT_HEADERS = {"indicator": "common.col.indicator", "note": "common.col.note", "value": "common.col.value_plain"}


@table_kind("facts")
def facts(element: Table, ctx: Context) -> TableResult | None:
    """One row per indicator of ``ids``: the selected year's printed value, or one column per year up to it; under
    its title ``<view>.table.<name>`` unless option ``heading`` is False (a table under its section's heading)."""
    year = ctx.filters.year
    entity = ctx.entity_of(element)
    found = ctx.run("indicators.table", ids=element.ids, year=year, entity=None if entity == GROUP else entity)
    if not found["rows"].height or (element.single_year and year not in found["years"]):
        return None
    years = [year] if element.single_year else found["years"]
    frame = facts_table(found["rows"], ctx.lang, years=years, headers=FACT_HEADERS)
    title = element.title or ctx.key("table", element.name)
    heading = own_title(t(title, ctx.lang, year=year), element, ctx) if element.option("heading", True) else ""
    return TableResult(frame.with_columns(pl.col(pl.String).fill_null("")).to_arrow(), heading=heading, frame=frame)


@text_kind("key")
def key_text(element: Text, ctx: Context) -> list[str]:
    """The catalogue string ``key`` (formatted with the year)."""
    return [t(element.key, ctx.lang, year=ctx.filters.year)]


@text_kind("notes")
def note_lines(element: Text, ctx: Context) -> list[str]:
    """The curated data's notes on the figures ``ids`` (e.g. a split or a title inferred from the layout)."""
    notes = ctx.run("indicators.notes", ids=element.ids).to_dicts()
    return [md_line("common.data_note", ctx.lang, note=pick(ctx.lang, n["note"], n["note_en"])) for n in notes]


@text_kind("quality")
def quality_lines(element: Text, ctx: Context) -> list[str]:
    """The report's own inconsistencies in the checks ``ids`` up to the selected year, each as its
    ``<view>.quality.<kind>`` sentence, a figure padded with zeros as ``common.quality.rounding`` (ratios to two
    decimals)."""
    lang = ctx.lang
    statuses = element.option("statuses")  # e.g. ("ok", "discrepancy"): a difference within tolerance too
    extra = {"statuses": statuses} if statuses else {}
    checks = ctx.run("indicators.quality", ids=element.ids, year=ctx.filters.year, unit_of=element.unit_of, **extra)
    lines = []
    for check in checks.to_dicts():
        decimals = 2 if check["kind"] in {"ratio", "quotient"} else None
        exact = decimals is None  # the figures quoted as the report prints them
        lines.append(
            t(
                "common.quality.rounding" if check["status"] == "rounding" else ctx.key("quality", check["kind"]),
                lang,
                description=pick(lang, check["description_zh"], check["description_en"]),
                year=check["year"],
                expected=format_value(check["expected"], check["unit"], check["unit_en"], lang, decimals, exact=exact),
                printed=format_value(check["printed"], check["unit"], check["unit_en"], lang, decimals, exact=exact),
            )
        )
    return lines


@text_kind("caveats")
def caveat_lines(element: Text, ctx: Context) -> list[str]:
    """The report's caveats on every figure of the view (and on ``ids``), one line each: name, years, note."""
    lang = ctx.lang
    ids = (*view(ctx.view).indicator_ids(), *element.ids)
    lines = []
    for row in ctx.run("indicators.caveats", ids=tuple(dict.fromkeys(ids))).to_dicts():
        first, last = row["first_year"], row["last_year"]
        years = str(first) if first == last else f"{first}–{last}"
        name, note = pick(lang, row["name_zh"], row["name_en"]), pick(lang, row["note"], row["note_en"])
        lines.append(md_line("common.notes_item", lang, name=name, years=years, note=note))
    return lines


def number_columns(frame: pl.DataFrame) -> tuple[str, ...]:
    """The columns of ``frame`` holding numbers (shown with the locale's separators)."""
    return tuple(name for name, dtype in frame.schema.items() if dtype.is_numeric())


def table_result(
    frame: pl.DataFrame, *, heading: str = "", captions: Sequence[str] = (), csv: bool = False
) -> TableResult:
    """A :class:`TableResult` of ``frame``, each number column at one precision (the display policy), an empty cell
    empty (never "None", which ``st.dataframe`` writes in an empty number cell: a number column with gaps is shown as
    text), with its CSV download of the full values when ``csv``."""
    frame = frame.with_columns(pl.col(pl.String).fill_null(""))
    shown = rounded_for_display(frame)
    gaps = [c for c in number_columns(shown) if shown.get_column(c).null_count()]
    shown = shown.with_columns(
        pl.Series(c, ["" if v is None else format_number(v, "en") for v in shown.get_column(c)], dtype=pl.String)
        for c in gaps  # the separators are the same in both languages
    )
    return TableResult(
        shown.to_arrow(),
        number_columns(shown),
        heading,
        tuple(captions),
        csv_bytes(frame) if csv else None,
        frame,
    )
