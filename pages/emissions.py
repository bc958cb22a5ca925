"""Emissions and climate: GHG by scope, source and segment, the decarbonisation path against the report's targets,
air pollutants and heavy metals, wastewater, the energy mix and the renewable-electricity share."""

import streamlit as st

from components import state
from components.charts import source_line
from components.data import query
from components.emissions_charts import (
    emissions_series_chart,
    make_decarbonisation_figure,
    pathway_kpis,
    pathway_table,
    segment_chart,
)
from components.kpi import kpi_from_row
from components.layout import render_page_header
from components.render import render_chart, render_kpi
from components.tables import wide_table
from esg.i18n import format_number, format_value, pick, t

filters = state.current_filters()
lang, year, edition = filters.lang, filters.year, filters.edition
segment = filters.segment_or_none
render_page_header("emissions.title", filters, frozenset({state.YEAR, state.SEGMENT}), intro_key="emissions.intro")


def kpi_row(kind: str, show_notes: bool = False) -> None:
    """One row of KPI cards (at most four) for the KPI set ``kind``; with ``show_notes`` the report's caveats below."""
    rows = query("emissions.kpis", edition, year=year, kind=kind, segment=segment).to_dicts()
    for column, row in zip(st.columns(4), rows, strict=False):
        with column:
            render_kpi(kpi_from_row(row, label=t(f"emissions.kpi.{row['key']}", lang), lang=lang), lang)
    for row in rows:
        note = pick(lang, row["note"], row["note_en"])
        if show_notes and note:
            st.caption(t("emissions.note", lang, name=t(f"emissions.kpi.{row['key']}", lang), note=note))


def series_chart(name: str, *, kind: str, chart_year: int | None = None, **options: object) -> None:
    """Query chart ``name``, draw it as bars (``kind="bar"``) or lines and offer its figures for download."""
    data = query("emissions.chart", edition, chart=name, year=chart_year)
    fig, frame = emissions_series_chart(data, name, kind=kind, lang=lang, chart_year=chart_year, **options)
    render_chart(fig, key=f"emissions_{name}", lang=lang, data=frame)


st.subheader(t("emissions.section.ghg", lang, year=year))
kpi_row("ghg")

left, right = st.columns(2)
with left:
    series_chart("totals", kind="line")
with right:
    fig, seg_frame, captions = segment_chart(query("emissions.segments", edition), lang=lang, segment=segment)
    render_chart(fig, key="emissions_segments", lang=lang, data=seg_frame)
    for caption in captions:
        st.caption(caption)

st.subheader(t("emissions.section.sources", lang))
series_chart("scope1", kind="bar", barmode="stack", width="full")
left, right = st.columns(2)
with left:
    series_chart("scope2", kind="bar", barmode="stack")
with right:
    st.caption(t("emissions.sources_caption", lang))

st.subheader(t("emissions.section.pathway", lang))
pathway = query("emissions.pathway", edition, year=year)
cards = pathway_kpis(pathway, lang)
for start in (0, 2):
    for column, kpi in zip(st.columns(2), cards[start : start + 2], strict=False):
        with column:
            render_kpi(kpi, lang)
render_chart(
    make_decarbonisation_figure(pathway, lang=lang),
    key="emissions_pathway",
    lang=lang,
    data=pathway_table(pathway, lang),
)
unit, unit_en = pathway["unit"], pathway["unit_en"]
st.caption(
    t(
        "emissions.pathway_caption",
        lang,
        base_year=pathway["base_year"],
        base=format_value(pathway["base_value"], unit, unit_en, lang),
        target_year=pathway["reduction_year"],
        pct=format_number(pathway["reduction_pct"], lang),
        target=format_value(round(pathway["reduction_target"]), unit, unit_en, lang),
        neutral_year=pathway["neutral_year"],
        peak_year=pathway["peak_year"],
    )
)
if pathway["achieved_pct"] is not None and pathway["required_pct"] is not None:
    st.caption(
        t(
            "emissions.pathway_rates",
            lang,
            year=year,
            base_year=pathway["base_year"],
            target_year=pathway["reduction_year"],
            value=format_value(pathway["value"], unit, unit_en, lang),
            achieved=format_number(pathway["achieved_pct"], lang, 1),
            required=format_number(pathway["required_pct"], lang, 1),
            path=format_value(round(pathway["path_in_year"]), unit, unit_en, lang),
        )
    )

st.subheader(t("emissions.section.air", lang))
left, right = st.columns(2)
with left:
    series_chart("air", kind="bar")
with right:
    series_chart("heavy_metals", kind="hbar", chart_year=year)
st.caption(t("emissions.air_caption", lang))

st.subheader(t("emissions.section.wastewater", lang))
kpi_row("wastewater", show_notes=True)
left, _ = st.columns(2)
with left:
    series_chart("wastewater", kind="bar")

st.subheader(t("emissions.section.energy", lang))
mix = query("emissions.energy_mix", edition)
mix_years = [int(c) for c in mix.columns if c.isdigit()]
st.caption(t("emissions.energy_mix_caption", lang, source=source_line(mix, lang)))
st.dataframe(
    wide_table(
        mix,
        lang,
        label_prefix="emissions.series",
        label_header=t("emissions.col.energy", lang),
        unit_header=t("common.unit", lang),
        years=mix_years,
    ),
    hide_index=True,
    width="stretch",
    key="emissions_energy_mix",
    column_config={str(y): st.column_config.NumberColumn(str(y), format="localized") for y in mix_years},
)

kpi_row("renewable")
renewable = query("emissions.renewable", edition)
check, figures = renewable["check"], renewable["figures"]
if check is not None and check["status"] == "discrepancy":
    traded, electricity = figures["renewable_power_traded"], figures["energy_electricity"]
    st.warning(
        t(
            "emissions.renewable_quality",
            lang,
            year=renewable["year"],
            printed=format_value(check["printed"], "%", "%", lang),
            traded=format_value(traded["value"], traded["unit"], traded["unit_en"], lang),
            electricity=format_value(electricity["value"], electricity["unit"], electricity["unit_en"], lang),
            expected=format_value(round(check["expected"], 1), "%", "%", lang),
            source=pick(lang, electricity["source_table"], electricity["source_table_en"]),
        ),
        icon=":material/rule:",
    )
