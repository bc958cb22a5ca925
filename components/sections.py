"""Page sections shared by the indicator-heavy views (workforce, governance): one chart of a view's tables, the
curated notes under it, and an indicator table, each with a "no figures for this year" message when empty.

Each takes the view's name; its strings are ``<view>.chart.<which>``, ``<view>.table.<which>``, ``<view>.note``,
``<view>.no_figures`` and ``<view>.col.indicator|note|value``; its queries ``<view>.chart|notes|table``.
"""

from __future__ import annotations

import streamlit as st

from components.charts import make_indicator_chart
from components.data import query
from components.render import render_chart
from components.state import Filters
from components.tables import facts_table
from esg.i18n import pick, t


def _no_figures(view: str, title_key: str, filters: Filters) -> None:
    st.info(t(f"{view}.no_figures", filters.lang, title=t(title_key, filters.lang), year=filters.year))


def render_indicator_chart(
    view: str,
    filters: Filters,
    which: str,
    columns: dict[str, str],
    y_title: str,
    kind: str = "bar",
    total: str = "",
    **options: object,
) -> None:
    """Chart ``which`` of the view's tables (``components.charts.make_indicator_chart``) with its data download."""
    rows = query(f"{view}.chart", filters.edition, which=which, year=filters.year)
    if not rows.height:
        _no_figures(view, f"{view}.chart.{which}", filters)
        return
    fig, data = make_indicator_chart(
        rows, view=view, which=which, columns=columns, y_title=y_title, lang=filters.lang, kind=kind, total=total,
        **options,
    )  # fmt: skip
    render_chart(fig, key=f"{view}_{which}", lang=filters.lang, data=data)


def render_note_captions(view: str, filters: Filters, which: str) -> None:
    """The curated data's notes on a chart's figures (e.g. a split or a title inferred from the layout)."""
    for note in query(f"{view}.notes", filters.edition, which=which).to_dicts():
        st.caption(t(f"{view}.note", filters.lang, note=pick(filters.lang, note["note"], note["note_en"])))


def render_facts_table(view: str, filters: Filters, which: str, single_year: bool = True) -> None:
    """An indicator table: the selected year only, or every year up to it."""
    found = query(f"{view}.table", filters.edition, which=which, year=filters.year)
    years = [filters.year] if single_year else found["years"]
    if not found["rows"].height or (single_year and filters.year not in found["years"]):
        _no_figures(view, f"{view}.table.{which}", filters)
        return
    headers = {key: f"{view}.col.{key}" for key in ("indicator", "note", "value")}
    st.markdown(f"**{t(f'{view}.table.{which}', filters.lang)}**")
    st.table(facts_table(found["rows"], filters.lang, years=years, headers=headers), hide_index=True)
