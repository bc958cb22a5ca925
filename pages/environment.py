"""Environment: energy and intensity, own generation, water, waste and its 2024 utilisation, land reclamation and
greening, environmental investment, green mines and factories, with the report's caveats on these figures."""

import streamlit as st

from components import state
from components.charts import make_series_figure, source_line
from components.data import query
from components.emissions_charts import highlight_colors
from components.environment_charts import investment_frame, make_investment_figure, make_rate_figure, utilisation_table
from components.kpi import kpi_from_row
from components.layout import render_page_header
from components.render import render_chart, render_kpi
from components.tables import labelled_frame, notes_of, series_labels, unit_label
from esg.i18n import format_value, pick, t

filters = state.current_filters()
lang, year, edition = filters.lang, filters.year, filters.edition
segment = filters.segment_or_none
render_page_header("environment.title", filters, frozenset({state.YEAR, state.SEGMENT}), intro_key="environment.intro")


shown_notes: set[str] = set()  # a caveat shared by several figures is shown once


def kpi_row(kind: str) -> None:
    """One row of KPI cards (at most four) for the KPI set ``kind``, with the report's caveats below."""
    rows = query("environment.kpis", edition, year=year, kind=kind, segment=segment).to_dicts()
    for column, row in zip(st.columns(4), rows, strict=False):
        with column:
            render_kpi(kpi_from_row(row, label=t(f"environment.kpi.{row['key']}", lang), lang=lang), lang)
    for row in rows:
        note = pick(lang, row["note"], row["note_en"])
        if note and note not in shown_notes:
            shown_notes.add(note)
            st.caption(t("environment.note", lang, name=t(f"environment.kpi.{row['key']}", lang), note=note))


def trend_chart(name: str, *, segment_chart: bool = False) -> None:
    """Bars of one series by year (``environment.chart`` or a segment's own series), with its caveats below."""
    data = query("environment.segment_chart" if segment_chart else "environment.chart", edition, chart=name)
    unit = unit_label(data, lang)
    headers = (
        t("environment.col.year", lang),
        t("environment.col.indicator", lang),
        t("environment.col.value", lang, unit=unit),
    )
    frame = labelled_frame(data, lang, label_prefix="environment.series", headers=headers)
    fig = make_series_figure(
        frame,
        kind="bar",
        title=t(f"environment.chart.{name}", lang, unit=unit),
        source=source_line(data, lang),
        lang=lang,
        unit=unit,
    )
    render_chart(fig, key=f"environment_{name}", lang=lang, data=frame)
    for note in notes_of(data, lang):
        if note not in shown_notes:
            shown_notes.add(note)
            st.caption(t("environment.chart_note", lang, note=note))


st.subheader(t("environment.section.energy", lang, year=year))
kpi_row("energy")
left, right = st.columns(2)
with left:
    trend_chart("energy_total")
with right:
    intensity = query("environment.intensity_by_segment", edition)
    unit = unit_label(intensity, lang)
    headers = (
        t("environment.col.year", lang),
        t("environment.col.segment", lang),
        t("environment.col.value", lang, unit=unit),
    )
    frame = labelled_frame(intensity, lang, label_prefix="environment.segment", headers=headers, key="segment_key")
    labels = series_labels(["group", "mining", "smelting", "other"], "environment.segment", lang)
    fig = make_series_figure(
        frame,
        kind="bar",
        title=t("environment.chart.intensity", lang, unit=unit),
        source=source_line(intensity, lang),
        lang=lang,
        unit=unit,
        colors=highlight_colors(labels, segment),
    )
    render_chart(fig, key="environment_intensity", lang=lang, data=frame)
    st.caption(t("environment.intensity_caption", lang))

st.markdown(f"**{t('environment.section.generation', lang)}**")
kpi_row("generation")

st.subheader(t("environment.section.water", lang, year=year))
kpi_row("water")
left, right = st.columns(2)
with left:
    trend_chart("fresh_water")
with right:
    shown_charts = [
        name for name, seg in (("water_mining", "mining"), ("water_smelting", "smelting")) if segment in (None, seg)
    ]
    if not shown_charts:
        st.info(t("environment.water_no_segment", lang, segment=t(f"common.segment.{segment}", lang)))
    for name in shown_charts:
        trend_chart(name, segment_chart=True)

st.subheader(t("environment.section.waste", lang, year=year))
kpi_row("waste")
left, right = st.columns(2)
with left:
    trend_chart("waste_hazardous")
with right:
    trend_chart("waste_general")
utilisation = query("environment.waste_utilisation", edition, year=year)
st.markdown(f"**{t('environment.utilisation_title', lang, year=year)}**")
utilisation_shown = utilisation_table(utilisation, lang)
st.dataframe(
    utilisation_shown,
    hide_index=True,
    width="stretch",
    key="environment_utilisation",
    column_config={c: st.column_config.NumberColumn(c, format="localized") for c in utilisation_shown.columns[1:]},
)
st.caption(t("common.source", lang, source=source_line(utilisation, lang)))
render_chart(
    make_rate_figure(utilisation, lang=lang, year=year),
    key="environment_utilisation_rate",
    lang=lang,
    data=utilisation_shown,
)

st.subheader(t("environment.section.land", lang, year=year))
kpi_row("land")
left, right = st.columns(2)
with left:
    trend_chart("greening")
with right:
    trend_chart("trees")

st.subheader(t("environment.section.investment", lang, year=year))
investment = query("environment.investment", edition, year=year)
total = investment["total"]
if total is None:
    st.info(t("environment.investment_not_disclosed", lang, year=year))
else:
    parts = investment_frame(investment["parts"], lang)
    left, right = st.columns([3, 2])
    with left:
        fig = make_investment_figure(
            parts,
            title=t("environment.chart.investment", lang, year=year, unit=unit_label(investment["parts"], lang)),
            source=source_line(investment["parts"], lang),
            center_text=format_value(total["value"], total["unit"], total["unit_en"], lang),
            lang=lang,
        )
        render_chart(fig, key="environment_investment", lang=lang, data=parts)
    with right:
        st.dataframe(
            parts,
            hide_index=True,
            width="stretch",
            key="environment_investment_table",
            column_config={parts.columns[1]: st.column_config.NumberColumn(parts.columns[1], format="localized")},
        )
        st.caption(t("environment.investment_caption", lang))

st.subheader(t("environment.section.green", lang, year=year))
kpi_row("green")
kpi_row("green_more")

with st.expander(t("environment.notes_title", lang), icon=":material/info:"):
    notes = query("environment.notes", edition)
    for row in notes.to_dicts():
        name = pick(lang, row["name_zh"], row["name_en"])
        years = (
            str(row["first_year"])
            if row["first_year"] == row["last_year"]
            else f"{row['first_year']}–{row['last_year']}"
        )
        st.markdown(
            t("environment.notes_item", lang, name=name, years=years, note=pick(lang, row["note"], row["note_en"]))
        )
