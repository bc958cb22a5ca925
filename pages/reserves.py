"""Resources and reserves: the ten minerals by group (each in its own unit) and their change, exploration and
mining rights, and the mines, smelters and salt lake on a schematic province tile map.

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


st.subheader(t("reserves.section.headline", lang, year=year))
kpi_row("reserves")
st.caption(t("reserves.headline_caption", lang))

st.subheader(t("reserves.section.minerals", lang))
charts = built("reserves.chart_groups", filters, lambda: query("reserves.chart_groups", filters.edition))
for start in range(0, len(charts) + 1, 2):
    for column, chart in zip(st.columns(2), [*charts, None][start : start + 2], strict=False):
        with column:
            if chart is None:  # the last slot: the change of every mineral, a share of its own figure
                render_built_chart("reserves_change", filters, lambda: change_element(filters))
                st.caption(t("reserves.change_caption", lang))
            else:
                mineral_chart(*chart)

change_header = t("reserves.col.change", lang)
st.dataframe(
    built("reserves.table", filters, lambda: reserves_element(filters)),
    hide_index=True,
    width="stretch",
    key="reserves_table",
    column_config={change_header: st.column_config.NumberColumn(change_header, format="%.1f")},
)
with st.expander(t("reserves.notes_title", lang), icon=":material/info:"):
    for note in built("reserves.notes", filters, lambda: notes_element(filters)):
        st.markdown(note)

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
