"""What a view is made of, as data: charts, KPI sets, tables and texts, laid out in sections.

A definition points at indicator ids (or a named query) and says which filters apply to it; one generic path
(``components.elements``) turns it into a figure with its CSV, a KPI card set, a table or lines of text, for the page,
the slides, the exports and the tests alike (the model is Our World in Data's grapher: a chart is a config).

String keys follow from the view's and the element's names, so nothing is typed twice:
``<view>.chart.<name>`` (chart title), ``<view>.table.<name>`` (table title), ``<view>.kpi.<key>`` (card label),
``<view>.series.<key>`` (legend and category labels), ``<view>.tab.<section>`` (section switch).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from esg.vocabulary import SEGMENT, YEAR

# Plain (name, value) pairs: definitions are frozen and hashable, so one can key a cache.
Params = tuple[tuple[str, object], ...]


def params(**values: object) -> Params:
    """Keyword values as the sorted pairs a definition holds."""
    return tuple(sorted(values.items()))


@dataclass(frozen=True)
class Series:
    """Indicator figures: ``(indicator_id, category key, series key)`` rows, group level, in this order; a trend
    (every year, or up to the selected one when the year filter applies) or the selected year only."""

    rows: tuple[tuple[str, str, str], ...]
    trend: bool = True
    segment: str | None = None

    @property
    def ids(self) -> tuple[str, ...]:
        """The indicator ids, each once, in order."""
        return tuple(dict.fromkeys(iid for iid, _, _ in self.rows))


def trend(*ids: str, segment: str | None = None) -> Series:
    """A trend whose series are the indicators themselves."""
    return Series(tuple((iid, iid, iid) for iid in ids), segment=segment)


def breakdown(*rows: tuple[str, str, str]) -> Series:
    """A breakdown of the selected year: ``(indicator_id, category, series)`` rows."""
    return Series(rows, trend=False)


def categories(*ids: str, series: str = "value") -> Series:
    """A breakdown of the selected year with one category per indicator (a single series)."""
    return Series(tuple((iid, iid, series) for iid in ids), trend=False)


@dataclass(frozen=True)
class Query:
    """A named query of ``esg.queries`` with fixed arguments and the global filters (or view controls) it takes,
    passed by name (``year=2024``)."""

    name: str
    args: Params = ()
    takes: frozenset[str] = frozenset()


def query(name: str, *takes: str, **args: object) -> Query:
    """``Query(name)`` taking the filters ``takes`` (by name) and the fixed arguments ``args``."""
    return Query(name, params(**args), frozenset(takes))


Data = Series | Query | None


@dataclass(frozen=True, kw_only=True)
class Element:
    """What every element has: its name in the view, its data, the filters (and view controls) it reads, and options
    for its kind."""

    name: str
    data: Data = None
    applies: frozenset[str] = frozenset()
    options: Params = ()

    def option(self, key: str, default: object = None) -> object:
        """One of ``options``."""
        return dict(self.options).get(key, default)

    @property
    def reads(self) -> frozenset[str]:
        """Every filter and control the element's content depends on: what it ``applies``, and the year wherever it
        shows the selected year's figures (a breakdown, KPI cards, facts, checks up to the year)."""
        implied = isinstance(self.data, Series) and not self.data.trend
        taken = self.data.takes if isinstance(self.data, Query) else frozenset()
        return self.applies | taken | ({YEAR} if implied or self._reads_year else set())

    _reads_year = False


@dataclass(frozen=True, kw_only=True)
class Chart(Element):
    """A figure and the CSV of the figures it shows. ``kind`` is a chart kind of ``components.elements`` (``bar``,
    ``line``, ``hbar``, ``donut`` draw any :class:`Series`; others draw a named query). ``columns`` maps frame
    columns (``year``, ``category``, ``series``, ``value``) to header keys; ``total`` names the series key of a
    printed total drawn above stacked parts; ``y_title`` is a string key."""

    kind: str = "bar"
    columns: Params = ()
    total: str = ""
    y_title: str = ""
    title: str = ""


@dataclass(frozen=True, kw_only=True)
class Kpis(Element):
    """A set of KPI cards: ``(indicator_id, segment or None)`` in order (whether a rise is good is the indicator's
    ``higher_is_better`` in the data, ``directions.parquet``); with ``segment_cards``, each such indicator is added
    for the segment the filter chooses. Or a named query giving ``kpi_frame`` rows (``data``)."""

    cards: tuple[tuple[str, str | None], ...] = ()
    segment_cards: tuple[str, ...] = ()
    per_row: int = 4
    _reads_year = True

    @property
    def reads(self) -> frozenset[str]:
        """The year, and the segment when it adds the segment's own cards."""
        return super().reads | ({SEGMENT} if self.segment_cards else set())


@dataclass(frozen=True, kw_only=True)
class Table(Element):
    """A table. ``kind`` ``facts``: one row per indicator of ``ids`` with its printed value (the selected year only
    when ``single_year``, else one column per year); other kinds build a table from a named query."""

    kind: str = "facts"
    ids: tuple[str, ...] = ()
    single_year: bool = True
    title: str = ""
    _reads_year = True


@dataclass(frozen=True, kw_only=True)
class Text(Element):
    """Lines of text: ``kind`` ``notes`` (the curated notes on ``ids``), ``quality`` (the report's own
    inconsistencies in the checks ``ids``, in the unit of indicator ``unit_of``), ``key`` (the catalogue string
    ``key``), or another text kind of ``components.elements``. ``style`` is how a page shows them: ``caption``,
    ``markdown``, ``info`` or ``warning``."""

    kind: str = "key"
    ids: tuple[str, ...] = ()
    key: str = ""
    unit_of: str = ""
    style: str = "caption"
    _reads_year = True


@dataclass(frozen=True, kw_only=True)
class Control(Element):
    """A choice the view offers, kept in the URL (``?<name>=``): a select box of the options its control ``kind``
    builds (value -> label, from the element's ``data``), or the widget of option ``widget``: ``segmented`` (one of
    the options), ``multiselect`` (a tuple of them, option ``default``), ``text`` (a string) or ``toggle`` (a bool;
    these two with the control kind ``free``); option ``placeholder`` is a string key. Elements that list ``name``
    in ``applies`` are built for the chosen value. ``chart`` names a chart element whose clicked point (its
    ``customdata[0]``) chooses the option too; option ``follows`` names a global filter whose change sets the control
        back to its default; option ``replaces`` names a global filter a ``toggle`` stands in for when on (all years
    instead of the year: left out of the download's file name). Label ``<view>.control.<name>``, help
    ``<view>.control.<name>_help``."""

    kind: str = "select"
    chart: str = ""


@dataclass(frozen=True)
class Heading:
    """A heading (catalogue ``key``, formatted with the year); ``level`` ``subheader`` or ``bold``."""

    key: str
    level: str = "subheader"


@dataclass(frozen=True)
class Row:
    """Elements side by side: each column a tuple of element names (or one name), with relative ``widths``, aligned
    ``top``, ``center`` or ``bottom``."""

    columns: tuple[str | tuple[str, ...], ...]
    widths: tuple[int, ...] = ()
    align: str = "top"


@dataclass(frozen=True)
class Expander:
    """Elements folded under a heading (catalogue ``key``)."""

    key: str
    names: tuple[str, ...]


Block = str | Heading | Row | Expander


@dataclass(frozen=True)
class Section:
    """A part of a view with its own place in the section switch (``?section=<name>``)."""

    name: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Slide:
    """A slide of presentation mode and of the deck, made of the view's own elements: the chart ``chart`` and, beside
    it, the cards of the KPI set ``figures`` (only those of ``keys`` when given; a card's key is its indicator id),
    and under it the chart's captions (``captions``) and the lines of the texts ``notes``. Its talking points speak
    of the cards of ``points`` (default: those beside the chart). Its headline is ``<view>.slide.<name>``; ``name``
    is unique across the views."""

    name: str
    chart: str
    figures: str = ""
    keys: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    captions: bool = False
    points: str = ""


@dataclass(frozen=True)
class View:
    """A page: its elements by name, the filters its header says apply, its sections (one, or several behind a
    switch), blocks shown under every section (``footer``) and the slides made of its elements."""

    name: str
    elements: tuple[Element, ...]
    sections: tuple[Section, ...]
    applies: frozenset[str] = frozenset()
    footer: tuple[Block, ...] = ()
    intro: bool = True
    slides: tuple[Slide, ...] = ()
    _index: dict[str, Element] = field(default_factory=dict, init=False, compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        for element in self.elements:
            if element.name in self._index:
                raise ValueError(f"view {self.name!r}: element {element.name!r} is defined twice")
            self._index[element.name] = element
        slide_parts = (name for s in self.slides for name in (s.chart, s.figures, *s.notes) if name)
        for name in (*self.placed(), *slide_parts):
            if name not in self._index:
                raise ValueError(f"view {self.name!r}: {name!r} is laid out but is not an element")

    def __getitem__(self, name: str) -> Element:
        return self._index[name]

    def placed(self) -> Iterator[str]:
        """The element names the sections and the footer lay out, in order."""
        for blocks in (*(s.blocks for s in self.sections), self.footer):
            for block in blocks:
                yield from block_names(block)

    def indicator_ids(self) -> tuple[str, ...]:
        """Every indicator id the view's definitions name (series, KPI cards, facts tables), each once, in order."""
        return tuple(dict.fromkeys(iid for element in self.elements for iid in figure_ids(element)))

    def section(self, name: str) -> Section:
        """The section ``name``."""
        return next(s for s in self.sections if s.name == name)


def figure_ids(element: Element) -> tuple[str, ...]:
    """The indicator ids whose figures ``element`` shows (series, KPI cards, facts tables), each once, in order."""
    ids: list[str] = []
    if isinstance(element.data, Series):
        ids += element.data.ids
    if isinstance(element, Kpis):
        ids += [iid for iid, _ in element.cards] + list(element.segment_cards)
    if isinstance(element, Table):
        ids += element.ids
    return tuple(dict.fromkeys(ids))


def block_names(block: Block) -> Iterator[str]:
    """The element names ``block`` lays out."""
    if isinstance(block, str):
        yield block
    elif isinstance(block, Row):
        for column in block.columns:
            yield from (column,) if isinstance(column, str) else column
    elif isinstance(block, Expander):
        yield from block.names
