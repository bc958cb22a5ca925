"""Double materiality: the three tiers as published, the matrix (positions derived) and the indicators behind a
topic chosen by clicking it in the matrix or picking it in a list.

Every figure, table and text is built once per filters and chosen topic (``components.data.built``, from the
builders of ``components.materiality_charts``); a rerun only renders."""

import pyarrow as pa
import streamlit as st

from components import state
from components.data import built
from components.layout import render_page_header
from components.materiality_charts import make_topic_table, matrix_element, topic_detail, topic_overview, topics
from components.render import csv_bytes, render_built_chart, selected_id
from components.urlstate import accept
from esg.i18n import t

TOPIC_KEY = "materiality_topic"
CHART_KEY = "materiality_matrix"
CLICKED_KEY = "materiality_clicked"
INDICATOR_WIDTHS = ("large", "medium", "small", "medium")  # indicator, value, unit, source table

filters = state.current_filters()
lang = filters.lang
render_page_header("materiality.title", filters, frozenset({state.YEAR, state.PILLAR}), intro_key="materiality.intro")


def topic_table() -> tuple[pa.Table, bytes]:
    """The topics as a table (Arrow) and as the CSV of its download button."""
    table = make_topic_table(topics(filters), lang=lang)
    return table.to_arrow(), csv_bytes(table)


overview = built("materiality.overview", filters, lambda: topic_overview(filters))
names = overview.names
if overview.filtered_caption:
    st.caption(overview.filtered_caption)

st.subheader(t("materiality.tiers_heading", lang))
for column, (heading, count, items) in zip(st.columns(3), overview.tiers, strict=True):
    with column, st.container(border=True):
        st.markdown(heading)
        st.caption(count)
        st.markdown(items)

# A click in the matrix chooses the topic (once per new click); the list below stays the keyboard alternative.
options = list(names)
clicked = selected_id(st.session_state.get(CHART_KEY))
if clicked != st.session_state.get(CLICKED_KEY):
    st.session_state[CLICKED_KEY] = clicked
    if clicked in names:
        st.session_state[TOPIC_KEY] = clicked
if options:
    accept(TOPIC_KEY, options, options[0])
chosen = st.session_state.get(TOPIC_KEY)

render_built_chart(CHART_KEY, filters, lambda: matrix_element(filters, chosen), chosen, on_select="rerun")
if overview.method_caption:
    st.caption(overview.method_caption)

if options:
    st.selectbox(
        t("materiality.select", lang),
        options,
        format_func=names.get,
        key=TOPIC_KEY,
        help=t("materiality.select_help", lang),
    )
    topic_id = st.session_state[TOPIC_KEY]
    detail = built("materiality.detail", filters, lambda: topic_detail(filters, topic_id), topic_id)
    st.subheader(detail.heading)
    st.caption(detail.meta)
    if detail.info:
        st.info(detail.info, icon=":material/info:")
    else:
        st.caption(detail.count)
        st.dataframe(
            detail.indicators,
            hide_index=True,
            width="stretch",
            key="materiality_indicators",
            column_config={
                c: st.column_config.Column(width=w)
                for c, w in zip(detail.indicators.column_names, INDICATOR_WIDTHS, strict=True)
            },
        )
else:
    st.info(t("common.no_data", lang))

st.subheader(t("materiality.table_heading", lang))
table, table_csv = built("materiality.topic_table", filters, topic_table)
st.dataframe(table, hide_index=True, width="stretch", key="materiality_table")
st.download_button(
    t("common.download_csv", lang),
    data=table_csv,
    file_name=f"materiality_topics_{lang}.csv",
    mime="text/csv",
    key="materiality_table_csv",
    on_click="ignore",
    icon=":material/download:",
)
