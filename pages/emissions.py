"""Emissions and climate: GHG by scope, source and segment, the decarbonisation path against the report's targets,
air pollutants and heavy metals, wastewater, the energy mix and the renewable-electricity share, in sections (a
switch under the title; only the chosen section is rendered, see ``components.subnav``).

Every figure, table, KPI set and caption is built once per filters (``components.data.built``, from the builders of
``components.emissions_charts``); a rerun only renders."""

import streamlit as st

from components import state
from components.data import built
from components.emissions_charts import (
    energy_mix_element,
    kpi_cards,
    pathway_element,
    renewable_warning,
    segments_element,
    series_figure,
)
from components.layout import render_page_header
from components.render import render_built_chart, render_kpi
from components.subnav import render_section_switch
from esg.i18n import t

filters = state.current_filters()
lang, year = filters.lang, filters.year
render_page_header("emissions.title", filters, frozenset({state.YEAR, state.SEGMENT}), intro_key="emissions.intro")


def kpi_row(kind: str, show_notes: bool = False) -> None:
    """One row of KPI cards (at most four) for the KPI set ``kind``; with ``show_notes`` the report's caveats below."""
    cards = built(f"emissions.kpis.{kind}", filters, lambda: kpi_cards(filters, kind))
    for column, (kpi, _) in zip(st.columns(4), cards, strict=False):
        with column:
            render_kpi(kpi, lang)
    for _, note in cards:
        if show_notes and note:
            st.caption(note)


def series_chart(name: str, **options: object) -> None:
    """Chart ``name`` of ``emissions.chart`` (bars or lines, see ``series_figure``) with its figures for download."""
    render_built_chart(f"emissions_{name}", filters, lambda: series_figure(filters, name, **options))


def ghg_section() -> None:
    """The year's GHG cards, the scope 1+2 trend and the business segments."""
    st.subheader(t("emissions.section.ghg", lang, year=year))
    kpi_row("ghg")
    left, right = st.columns(2)
    with left:
        series_chart("totals", kind="line")
    with right:
        segments_fig, segments_frame, segments_captions = built(
            "emissions.segments", filters, lambda: segments_element(filters)
        )
        render_built_chart("emissions_segments", filters, lambda: (segments_fig, segments_frame))
        for caption in segments_captions:
            st.caption(caption)


def sources_section() -> None:
    """Scope 1 and scope 2 by emission source."""
    st.subheader(t("emissions.section.sources", lang))
    series_chart("scope1", kind="bar", barmode="stack", width="full")
    left, right = st.columns(2)
    with left:
        series_chart("scope2", kind="bar", barmode="stack")
    with right:
        st.caption(t("emissions.sources_caption", lang))


def pathway_section() -> None:
    """The decarbonisation path against the report's targets, with its rates."""
    st.subheader(t("emissions.section.pathway", lang))
    pathway_cards, pathway_fig, pathway_frame, pathway_captions = built(
        "emissions.pathway", filters, lambda: pathway_element(filters)
    )
    for start in (0, 2):
        for column, kpi in zip(st.columns(2), pathway_cards[start : start + 2], strict=False):
            with column:
                render_kpi(kpi, lang)
    render_built_chart("emissions_pathway", filters, lambda: (pathway_fig, pathway_frame))
    for caption in pathway_captions:
        st.caption(caption)


def air_section() -> None:
    """Air pollutants and the heavy metals in exhaust gas."""
    st.subheader(t("emissions.section.air", lang))
    left, right = st.columns(2)
    with left:
        series_chart("air", kind="bar")
    with right:
        series_chart("heavy_metals", kind="hbar", chart_year=year)
    st.caption(t("emissions.air_caption", lang))


def wastewater_section() -> None:
    """Wastewater cards with the report's caveats, and the pollutants discharged."""
    st.subheader(t("emissions.section.wastewater", lang))
    kpi_row("wastewater", show_notes=True)
    left, _ = st.columns(2)
    with left:
        series_chart("wastewater", kind="bar")


def energy_section() -> None:
    """The energy mix in its own units, and the renewable-electricity cards with their data check."""
    st.subheader(t("emissions.section.energy", lang))
    mix_table, mix_years, mix_caption = built("emissions.energy_mix", filters, lambda: energy_mix_element(filters))
    st.caption(mix_caption)
    st.dataframe(
        mix_table,
        hide_index=True,
        width="stretch",
        key="emissions_energy_mix",
        column_config={y: st.column_config.NumberColumn(y, format="localized") for y in mix_years},
    )
    kpi_row("renewable")
    warning = built("emissions.renewable_warning", filters, lambda: renewable_warning(filters))
    if warning:
        st.warning(warning, icon=":material/rule:")


SECTIONS = {
    "ghg": ghg_section,
    "sources": sources_section,
    "pathway": pathway_section,
    "air": air_section,
    "wastewater": wastewater_section,
    "energy": energy_section,
}
SECTIONS[render_section_switch("emissions", list(SECTIONS), lang)]()
