"""Environment: energy and intensity, own generation, water, waste and its 2024 utilisation, land reclamation and
greening, environmental investment, green mines and factories, with the report's caveats on these figures.

Every figure, table and KPI set is built once per filters (``components.data.built``); a rerun only renders."""

import plotly.graph_objects as go
import polars as pl
import pyarrow as pa
import streamlit as st

from components import state
from components.charts import make_series_figure, source_line
from components.data import built, query
from components.emissions_charts import highlight_colors
from components.environment_charts import investment_frame, make_investment_figure, make_rate_figure, utilisation_table
from components.kpi import Kpi, kpi_from_row
from components.layout import render_page_header
from components.render import render_built_chart, render_kpi
from components.subnav import render_section_switch
from components.tables import labelled_frame, notes_of, series_labels, unit_label
from esg.i18n import format_value, pick, t

filters = state.current_filters()
lang, year, edition = filters.lang, filters.year, filters.edition
segment = filters.segment_or_none
render_page_header("environment.title", filters, frozenset({state.YEAR, state.SEGMENT}), intro_key="environment.intro")


shown_notes: set[str] = set()  # a caveat shared by several figures is shown once


def kpi_cards(kind: str) -> list[tuple[Kpi, str, str]]:
    """The KPI set ``kind``: each card with its label and the report's caveat."""
    cards = []
    for row in query("environment.kpis", edition, year=year, kind=kind, segment=segment).to_dicts():
        label = t(f"environment.kpi.{row['key']}", lang)
        cards.append((kpi_from_row(row, label=label, lang=lang), label, pick(lang, row["note"], row["note_en"])))
    return cards


def kpi_row(kind: str) -> None:
    """One row of KPI cards (at most four) for the KPI set ``kind``, with the report's caveats below."""
    cards = built(f"environment.kpis.{kind}", filters, lambda: kpi_cards(kind))
    for column, (kpi, _, _) in zip(st.columns(4), cards, strict=False):
        with column:
            render_kpi(kpi, lang)
    for _, label, note in cards:
        if note and note not in shown_notes:
            shown_notes.add(note)
            st.caption(t("environment.note", lang, name=label, note=note))


def trend_query(name: str, segment_chart: bool) -> pl.DataFrame:
    """One series by year: of ``environment.chart``, or a segment's own series."""
    return query("environment.segment_chart" if segment_chart else "environment.chart", edition, chart=name)


def trend_figure(name: str, segment_chart: bool) -> tuple[go.Figure, pl.DataFrame]:
    """Bars of one series by year, and the figures shown."""
    data = trend_query(name, segment_chart)
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
    return fig, frame


def trend_chart(name: str, *, segment_chart: bool = False) -> None:
    """:func:`trend_figure` with its caveats below."""
    render_built_chart(f"environment_{name}", filters, lambda: trend_figure(name, segment_chart))
    notes = built(f"environment.notes.{name}", filters, lambda: notes_of(trend_query(name, segment_chart), lang))
    for note in notes:
        if note not in shown_notes:
            shown_notes.add(note)
            st.caption(t("environment.chart_note", lang, note=note))


def intensity_figure() -> tuple[go.Figure, pl.DataFrame]:
    """Energy intensity by segment and year, the selected segment highlighted."""
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
    return fig, frame


def utilisation() -> tuple[pa.Table, str]:
    """The year's waste-utilisation table (Arrow, as ``st.dataframe`` takes it) and its source line."""
    rows = query("environment.waste_utilisation", edition, year=year)
    return utilisation_table(rows, lang).to_arrow(), source_line(rows, lang)


def utilisation_rate_figure() -> tuple[go.Figure, pl.DataFrame]:
    """The year's utilisation rate by waste stream."""
    rows = query("environment.waste_utilisation", edition, year=year)
    return make_rate_figure(rows, lang=lang, year=year), utilisation_table(rows, lang)


def investment_figure() -> tuple[go.Figure, pl.DataFrame]:
    """The year's environmental investment by part (a donut, the total in the centre)."""
    investment = query("environment.investment", edition, year=year)
    total = investment["total"]
    parts = investment_frame(investment["parts"], lang)
    fig = make_investment_figure(
        parts,
        title=t("environment.chart.investment", lang, year=year, unit=unit_label(investment["parts"], lang)),
        source=source_line(investment["parts"], lang),
        center_text=format_value(total["value"], total["unit"], total["unit_en"], lang),
        lang=lang,
    )
    return fig, parts


def notes_items() -> list[str]:
    """The report's caveats on environmental figures, one line each (name, years, note)."""
    items = []
    for row in query("environment.notes", edition).to_dicts():
        first, last = row["first_year"], row["last_year"]
        years = str(first) if first == last else f"{first}–{last}"
        name, note = pick(lang, row["name_zh"], row["name_en"]), pick(lang, row["note"], row["note_en"])
        items.append(t("environment.notes_item", lang, name=name, years=years, note=note))
    return items


def energy_section() -> None:
    """Energy KPIs, total energy and intensity by segment, own generation."""
    st.subheader(t("environment.section.energy", lang, year=year))
    kpi_row("energy")
    left, right = st.columns(2)
    with left:
        trend_chart("energy_total")
    with right:
        render_built_chart("environment_intensity", filters, intensity_figure)
        st.caption(t("environment.intensity_caption", lang))
    st.markdown(f"**{t('environment.section.generation', lang)}**")
    kpi_row("generation")


def water_section() -> None:
    """Water KPIs, fresh water withdrawn and the segments' water intensity."""
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


def waste_section() -> None:
    """Waste KPIs, hazardous and general waste, the year's utilisation table and rates."""
    st.subheader(t("environment.section.waste", lang, year=year))
    kpi_row("waste")
    left, right = st.columns(2)
    with left:
        trend_chart("waste_hazardous")
    with right:
        trend_chart("waste_general")
    st.markdown(f"**{t('environment.utilisation_title', lang, year=year)}**")
    table, source = built("environment.utilisation", filters, utilisation)
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        key="environment_utilisation",
        column_config={c: st.column_config.NumberColumn(c, format="localized") for c in table.column_names[1:]},
    )
    st.caption(t("common.source", lang, source=source))
    render_built_chart("environment_utilisation_rate", filters, utilisation_rate_figure)


def land_section() -> None:
    """Land KPIs, greening and trees planted."""
    st.subheader(t("environment.section.land", lang, year=year))
    kpi_row("land")
    left, right = st.columns(2)
    with left:
        trend_chart("greening")
    with right:
        trend_chart("trees")


def investment_section() -> None:
    """The year's environmental investment by part, then green mines and factories."""
    st.subheader(t("environment.section.investment", lang, year=year))
    disclosed = built(
        "environment.investment_disclosed",
        filters,
        lambda: query("environment.investment", edition, year=year)["total"] is not None,
    )
    if not disclosed:
        st.info(t("environment.investment_not_disclosed", lang, year=year))
    else:
        left, right = st.columns([3, 2])
        with left:
            render_built_chart("environment_investment", filters, investment_figure)
        with right:
            parts = built("environment.investment_table", filters, lambda: investment_figure()[1].to_arrow())
            value_column = parts.column_names[1]
            st.dataframe(
                parts,
                hide_index=True,
                width="stretch",
                key="environment_investment_table",
                column_config={value_column: st.column_config.NumberColumn(value_column, format="localized")},
            )
            st.caption(t("environment.investment_caption", lang))
    st.subheader(t("environment.section.green", lang, year=year))
    kpi_row("green")
    kpi_row("green_more")


SECTIONS = {
    "energy": energy_section,
    "water": water_section,
    "waste": waste_section,
    "land": land_section,
    "investment": investment_section,
}
SECTIONS[render_section_switch("environment", list(SECTIONS), lang)]()

with st.expander(t("environment.notes_title", lang), icon=":material/info:"):
    for item in built("environment.notes", filters, notes_items):
        st.markdown(item)
