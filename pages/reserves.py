"""Resources and reserves: the ten minerals by group (each in its own unit) and their change, exploration and
mining rights, and the mines, smelters and salt lake on a schematic province tile map, in sections (a switch under
the title; only the chosen section is rendered, see ``components.subnav``).

Every figure, table, KPI set and note is built once per filters (``components.data.built``, from the builders of
``components.reserves_charts``); a rerun only renders."""

import streamlit as st

from components import state
from components.data import built, query
from components.layout import render_page_header
from components.render import render_built_chart, render_kpi
from components.reserves_charts import (
    assets_element,
    change_element,
    kpi_cards,
    map_element,
    mineral_figure,
    notes_element,
    reserves_element,
)
from components.subnav import render_section_switch
from esg.i18n import t

filters = state.current_filters()
lang, year = filters.lang, filters.year
render_page_header("reserves.title", filters, frozenset({state.YEAR, state.ENTITY}), intro_key="reserves.intro")


def kpi_row(kind: str) -> None:
    """One row of four KPI cards for the KPI set ``kind``."""
    cards = built(f"reserves.kpis.{kind}", filters, lambda: kpi_cards(filters, kind))
    for column, kpi in zip(st.columns(4), cards, strict=False):
        with column:
            render_kpi(kpi, lang)


def mineral_chart(group: str, basis: str) -> None:
    """The chart of one group's minerals with its figures for download."""
    render_built_chart(f"reserves_{group}_{basis}", filters, lambda: mineral_figure(filters, group, basis))


def notes() -> None:
    """The report's caveats on the reserve figures, under every section that shows them."""
    with st.expander(t("reserves.notes_title", lang), icon=":material/info:"):
        for note in built("reserves.notes", filters, lambda: notes_element(filters)):
            st.markdown(note)


def overview_section() -> None:
    """The headline reserves, the change of every mineral over the period and the table of every mineral."""
    st.subheader(t("reserves.section.headline", lang, year=year))
    kpi_row("reserves")
    st.caption(t("reserves.headline_caption", lang))
    left, right = st.columns([3, 2])
    with left:  # the change of every mineral: a share of its own figure, so minerals in different units side by side
        render_built_chart("reserves_change", filters, lambda: change_element(filters))
    with right:
        st.caption(t("reserves.change_caption", lang))
    change_header = t("reserves.col.change", lang)
    st.dataframe(
        built("reserves.table", filters, lambda: reserves_element(filters)),
        hide_index=True,
        width="stretch",
        key="reserves_table",
        column_config={change_header: st.column_config.NumberColumn(change_header, format="%.1f")},
    )
    notes()


def minerals_section(groups: tuple[str, ...]) -> None:
    """The charts of the mineral groups ``groups`` (each chart one unit), two a row."""
    st.subheader(t("reserves.section.minerals", lang))
    charts = built("reserves.chart_groups", filters, lambda: query("reserves.chart_groups", filters.edition))
    shown = [chart for chart in charts if chart[0] in groups]
    for start in range(0, len(shown), 2):
        for column, chart in zip(st.columns(2), shown[start : start + 2], strict=False):
            with column:
                mineral_chart(*chart)
    notes()


def assets_section() -> None:
    """Exploration and mining rights, then the assets on the schematic province map and in a table."""
    st.subheader(t("reserves.section.rights", lang, year=year))
    kpi_row("rights")
    st.subheader(t("reserves.section.assets", lang))
    left, right = st.columns([3, 2])
    with left:
        render_built_chart("reserves_map", filters, lambda: map_element(filters))
    with right:
        st.caption(t("reserves.map_caption", lang))
    assets_table, no_assets = built("reserves.assets_table", filters, lambda: assets_element(filters))
    if no_assets:
        st.info(t("reserves.no_assets", lang), icon=":material/info:")
    st.dataframe(assets_table, hide_index=True, width="stretch", key="reserves_assets")


SECTIONS = {
    "overview": overview_section,
    "metals": lambda: minerals_section(("base_metals", "ferrous_alloy")),  # the non-ferrous metals and iron ore
    "precious": lambda: minerals_section(("precious", "salt_lake")),
    "assets": assets_section,
}
SECTIONS[render_section_switch("reserves", list(SECTIONS), lang)]()
