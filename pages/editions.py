"""Editions and restatements: every edition (usable or not, and where it came from), the selected edition's figures
by year, its restatements (value first published, restated value, reason) and the marked trend of a restated figure.

Every table, figure and note is built once per filters and selection (``components.editions``); a rerun only
renders."""

import streamlit as st

from components import state
from components.data import built, edition_statuses
from components.editions import editions_elements, series_elements
from components.layout import render_page_header
from components.render import render_chart
from esg.i18n import t

filters = state.current_filters()
lang = filters.lang
edition = filters.edition
render_page_header("editions.title", filters, frozenset(), intro_key="editions.intro")
elements = built("editions.elements", filters, lambda: editions_elements(filters), edition_statuses())

st.subheader(t("editions.list", lang))
st.dataframe(elements.editions, hide_index=True, width="stretch", key="editions_list")

coverage, coverage_csv = elements.coverage
render_chart(coverage, key="editions_coverage", lang=lang, data=coverage_csv)

st.subheader(t("editions.restatements", lang, edition=edition))
restated = elements.restatements
if restated is None:
    st.info(t("editions.no_restatements", lang, edition=edition), icon=":material/check_circle:")
else:
    st.dataframe(restated.table, hide_index=True, width="stretch", key="editions_restated")
    picked = st.selectbox(
        t("editions.pick", lang),
        range(len(restated.rows)),
        format_func=restated.labels.__getitem__,
        key="editions_figure",
    )
    row = restated.rows[picked or 0]
    series = built("editions.series", filters, lambda: series_elements(filters, row), picked or 0)
    render_chart(series.figure, key="editions_series", lang=lang, data=series.csv)
    for note in series.notes:
        st.text(note)
