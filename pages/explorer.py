"""Data explorer: every indicator with filters (global pillar, entity, segment and year; topics, text, units, source
tables and notes on the page), downloads of exactly what is filtered, and the data-quality table.

Every table, download and label is built once per filters and page selection (``components.explorer_tables``); a
rerun only renders."""

import streamlit as st

from components import state
from components.data import built
from components.explorer_tables import explorer_elements, figures_and_files, quality_table, scope_caption
from components.layout import render_page_header
from esg.i18n import t
from esg.queries.explorer import FORMATS, NOTES, QUALITY_COLUMNS, QUALITY_STATUSES, header

MIME = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "parquet": "application/vnd.apache.parquet",
}

filters = state.current_filters()
lang = filters.lang
render_page_header(
    "explorer.title",
    filters,
    frozenset({state.YEAR, state.ENTITY, state.SEGMENT, state.PILLAR}),
    intro_key="explorer.intro",
)

elements = built("explorer.elements", filters, lambda: explorer_elements(filters))

topic_col, search_col = st.columns(2)
with topic_col:
    topics = st.multiselect(
        t("explorer.filter.topics", lang),
        list(elements.topics),
        format_func=elements.topics.__getitem__,
        placeholder=t("explorer.filter.topics_placeholder", lang),
        key="explorer_topics",
    )
with search_col:
    search = st.text_input(
        t("explorer.filter.search", lang),
        placeholder=t("explorer.filter.search_placeholder", lang),
        help=t("explorer.filter.search_help", lang),
        key="explorer_search",
    )
unit_col, source_col = st.columns(2)
with unit_col:
    units = st.multiselect(
        t("explorer.filter.units", lang),
        list(elements.units),
        format_func=elements.units.get,
        placeholder=t("explorer.filter.units_placeholder", lang),
        key="explorer_units",
    )
with source_col:
    sources = st.multiselect(
        t("explorer.filter.sources", lang),
        list(elements.sources),
        format_func=elements.sources.get,
        placeholder=t("explorer.filter.sources_placeholder", lang),
        key="explorer_sources",
    )
years_col, entities_col, notes_col = st.columns(3, vertical_alignment="bottom")
with years_col:
    all_years = st.toggle(
        t("explorer.filter.all_years", lang), help=t("explorer.filter.all_years_help", lang), key="explorer_all_years"
    )
with entities_col:
    all_entities = st.toggle(
        t("explorer.filter.all_entities", lang),
        help=t("explorer.filter.all_entities_help", lang),
        key="explorer_all_entities",
    )
with notes_col:
    notes = st.segmented_control(
        t("explorer.filter.notes", lang),
        NOTES,
        format_func=lambda n: t(f"explorer.notes.{n}", lang),
        default="all",
        required=True,
        key="explorer_notes",
    )

params = {
    "pillar": filters.pillar_or_none,
    "topics": tuple(topics),
    "entity": None if all_entities else filters.entity,
    "segment": filters.segment_or_none,
    "year": None if all_years else filters.year,
    "search": search.strip(),
    "units": tuple(units),
    "sources": tuple(sources),
    "notes": notes or "all",
}
st.caption(
    built("explorer.scope", filters, lambda: scope_caption(filters, all_years, all_entities), all_years, all_entities)
)

table, files = built("explorer.table", filters, lambda: figures_and_files(filters, params), params)
st.subheader(t("explorer.figures", lang, count=table.num_rows))
if table.num_rows == 0:
    st.info(t("explorer.no_rows", lang), icon=":material/filter_alt_off:")
else:
    for column, fmt in zip(st.columns(len(FORMATS)), FORMATS, strict=True):
        with column:
            st.download_button(
                t(f"explorer.download_{fmt}", lang),
                data=files[fmt],
                file_name=f"western_mining_esg_{lang}.{fmt}",
                mime=MIME[fmt],
                help=t("explorer.download_help", lang, count=table.num_rows),
                key=f"explorer_download_{fmt}",
                on_click="ignore",
                icon=":material/download:",
                width="stretch",
            )
    st.caption(t("explorer.figures_caption", lang))
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        height=480,
        key="explorer_table",
        column_config={
            header("year", lang): st.column_config.NumberColumn(format="%d"),
            header("display_value*", lang): st.column_config.NumberColumn(format="localized"),
        },
    )

st.subheader(t("explorer.quality", lang))
st.caption(t("explorer.quality_caption", lang))
st.caption(elements.quality_counts)
statuses = st.multiselect(
    t("explorer.filter.status", lang),
    QUALITY_STATUSES,
    default=["discrepancy"],
    format_func=lambda s: t(f"explorer.status.{s}", lang),
    placeholder=t("explorer.filter.status_placeholder", lang),
    key="explorer_status",
)
quality = built("explorer.quality", filters, lambda: quality_table(filters, tuple(statuses)), tuple(statuses))
st.caption(t("explorer.quality_rows", lang, count=quality.num_rows))
st.dataframe(
    quality,
    hide_index=True,
    width="stretch",
    height=420,
    key="explorer_quality",
    column_config={
        header("year", lang, QUALITY_COLUMNS): st.column_config.NumberColumn(format="%d"),
        **{
            header(column, lang, QUALITY_COLUMNS): st.column_config.NumberColumn(format="localized")
            for column in ("expected", "printed", "difference", "tolerance")
        },
    },
)
st.caption(t("explorer.quality_help", lang))
