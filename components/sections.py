"""Page sections shared by the indicator views (workforce, governance, safety): KPI cards, charts of a view's
tables, the curated notes and the report's own inconsistencies under them, and indicator tables, each with a "no
figures for this year" message when empty; and the view's section switch (:meth:`Sections.show`), which renders only
the chosen section's elements.

A view declares what it shows in a :class:`ViewSpec` (a constant of its page, so the view's name determines it);
:class:`Sections` builds every element of it once per filters in one ``components.data.built`` call (each lookup
costs a snapshot ``stat``, and these views show up to fifty elements), and its methods only render. The strings are
``<view>.chart.<which>``, ``<view>.table.<which>``, ``<view>.kpi.<id>``, ``<view>.note``, ``<view>.quality.<kind>``,
``<view>.no_figures`` and ``<view>.col.indicator|note|value``; the queries ``<view>.chart|notes|quality|table`` and
the KPI queries the spec names.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

import plotly.graph_objects as go
import polars as pl
import pyarrow as pa
import streamlit as st

from components.charts import make_indicator_chart
from components.data import built, query
from components.kpi import Kpi, kpis_from_rows
from components.render import csv_bytes, render_chart, render_kpis
from components.state import Filters
from components.subnav import render_section_switch
from components.tables import facts_table
from esg.i18n import format_value, pick, t


class ChartSpec(Protocol):
    """How a chart of a view's tables is drawn from its ``<view>.chart`` rows."""

    def draw(self, rows: pl.DataFrame, *, view: str, which: str, lang: str) -> tuple[go.Figure, pl.DataFrame]:
        """The figure and the localised frame it shows."""
        ...


@dataclass(frozen=True)
class Chart:
    """An indicator chart: ``make_indicator_chart``'s column headers, y-axis title (string keys), kind, printed-total
    series and further options."""

    columns: Mapping[str, str]
    y_title: str
    kind: str = "bar"
    total: str = ""
    options: Mapping[str, object] = field(default_factory=dict)

    def draw(self, rows: pl.DataFrame, *, view: str, which: str, lang: str) -> tuple[go.Figure, pl.DataFrame]:
        """``components.charts.make_indicator_chart`` of ``rows``."""
        return make_indicator_chart(
            rows, view=view, which=which, columns=self.columns, y_title=self.y_title, lang=lang, kind=self.kind,
            total=self.total, **self.options,
        )  # fmt: skip


@dataclass(frozen=True)
class ViewSpec:
    """Every element an indicator view shows, by name: KPI sets (query and its arguments besides the year), charts,
    notes and inconsistencies under charts, indicator tables (``True``: the selected year only), and any other
    element as the function building it from the filters."""

    view: str
    kpis: Mapping[str, tuple[str, Mapping[str, object]]]
    charts: Mapping[str, ChartSpec]
    notes: tuple[str, ...] = ()
    quality: tuple[str, ...] = ()
    tables: Mapping[str, bool] = field(default_factory=dict)
    extras: Mapping[str, Callable[[Filters], Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class ViewElements:
    """A view's elements built for one set of filters (``None``: the report gives no figures for the year)."""

    kpis: dict[str, list[Kpi]]
    charts: dict[str, tuple[go.Figure, bytes] | None]
    notes: dict[str, list[str]]
    quality: dict[str, list[str]]
    tables: dict[str, pa.Table | None]
    extras: dict[str, Any]


def kpi_cards(view: str, filters: Filters, name: str, **params: object) -> list[Kpi]:
    """The KPI cards of query ``name`` for the selected year (``params`` are its other arguments)."""
    rows = query(name, filters.edition, year=filters.year, **params).to_dicts()
    return kpis_from_rows(rows, prefix=f"{view}.kpi", lang=filters.lang)


def indicator_chart(view: str, filters: Filters, which: str, chart: ChartSpec) -> tuple[go.Figure, bytes] | None:
    """Chart ``which`` of the view's tables and the CSV of its figures, or ``None`` when the report gives none for
    the selected year."""
    rows = query(f"{view}.chart", filters.edition, which=which, year=filters.year)
    if not rows.height:
        return None
    fig, data = chart.draw(rows, view=view, which=which, lang=filters.lang)
    return fig, csv_bytes(data)


def note_lines(view: str, filters: Filters, which: str) -> list[str]:
    """The curated data's notes on a chart's figures (e.g. a split or a title inferred from the layout)."""
    notes = query(f"{view}.notes", filters.edition, which=which).to_dicts()
    return [t(f"{view}.note", filters.lang, note=pick(filters.lang, n["note"], n["note_en"])) for n in notes]


def quality_lines(view: str, filters: Filters, which: str) -> list[str]:
    """The report's own inconsistencies behind chart ``which`` (the data-quality table) up to the selected year,
    each as its ``<view>.quality.<kind>`` sentence (ratios to two decimals)."""
    lang = filters.lang
    lines = []
    for check in query(f"{view}.quality", filters.edition, which=which, year=filters.year).to_dicts():
        decimals = 2 if check["kind"] == "ratio" else None
        lines.append(
            t(
                f"{view}.quality.{check['kind']}",
                lang,
                description=pick(lang, check["description_zh"], check["description_en"]),
                year=check["year"],
                expected=format_value(check["expected"], check["unit"], check["unit_en"], lang, decimals),
                printed=format_value(check["printed"], check["unit"], check["unit_en"], lang, decimals),
            )
        )
    return lines


def indicator_table(view: str, filters: Filters, which: str, single_year: bool = True) -> pa.Table | None:
    """Indicator table ``which`` (Arrow, as ``st.table`` takes it): the selected year only, or every year up to it;
    ``None`` when the report gives no figures for it."""
    found = query(f"{view}.table", filters.edition, which=which, year=filters.year)
    if not found["rows"].height or (single_year and filters.year not in found["years"]):
        return None
    years = [filters.year] if single_year else found["years"]
    headers = {key: f"{view}.col.{key}" for key in ("indicator", "note", "value")}
    return facts_table(found["rows"], filters.lang, years=years, headers=headers).to_arrow()


def view_elements(spec: ViewSpec, filters: Filters) -> ViewElements:
    """Every element of ``spec`` under ``filters``."""
    view = spec.view
    return ViewElements(
        kpis={name: kpi_cards(view, filters, q, **params) for name, (q, params) in spec.kpis.items()},
        charts={which: indicator_chart(view, filters, which, chart) for which, chart in spec.charts.items()},
        notes={which: note_lines(view, filters, which) for which in spec.notes},
        quality={which: quality_lines(view, filters, which) for which in spec.quality},
        tables={which: indicator_table(view, filters, which, single) for which, single in spec.tables.items()},
        extras={name: build(filters) for name, build in spec.extras.items()},
    )


class Sections:
    """Renders the elements of a :class:`ViewSpec` (module constant of its page), built once per filters."""

    def __init__(self, spec: ViewSpec, filters: Filters) -> None:
        self.view = spec.view
        self.filters = filters
        self.elements: ViewElements = built(f"{spec.view}.elements", filters, lambda: view_elements(spec, filters))

    def show(self, sections: Mapping[str, Callable[[], None]]) -> None:
        """The section switch under the title (labels ``<view>.tab.<section>``), then the chosen section only: the
        first section unless the URL or the switch names another."""
        sections[render_section_switch(self.view, list(sections), self.filters.lang)]()

    def _no_figures(self, title_key: str) -> None:
        lang = self.filters.lang
        st.info(t(f"{self.view}.no_figures", lang, title=t(title_key, lang), year=self.filters.year))

    def kpis(self, name: str, per_row: int = 4) -> None:
        """KPI set ``name`` in rows of at most ``per_row`` cards."""
        render_kpis(self.elements.kpis[name], self.filters.lang, per_row)

    def chart(self, which: str) -> None:
        """Chart ``which`` with its data download, or the "no figures" message."""
        shown = self.elements.charts[which]
        if shown is None:
            self._no_figures(f"{self.view}.chart.{which}")
            return
        fig, csv = shown
        render_chart(fig, key=f"{self.view}_{which}", lang=self.filters.lang, data=csv)

    def notes(self, which: str) -> None:
        """The curated notes on chart ``which``, as captions."""
        for line in self.elements.notes[which]:
            st.caption(line)

    def quality(self, which: str) -> None:
        """The report's inconsistencies behind chart ``which``, as captions."""
        for line in self.elements.quality[which]:
            st.caption(line)

    def table(self, which: str) -> None:
        """Indicator table ``which`` under its title, or the "no figures" message."""
        table = self.elements.tables[which]
        if table is None:
            self._no_figures(f"{self.view}.table.{which}")
            return
        st.markdown(f"**{t(f'{self.view}.table.{which}', self.filters.lang)}**")
        st.table(table, hide_index=True)
