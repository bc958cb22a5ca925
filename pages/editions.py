"""Editions and restatements: every edition (usable or not, and where it came from), the selected edition's figures
by year, its restatements (value first published, restated value, reason) and the marked trend of a restated figure."""

import streamlit as st

from components import state
from components.data import query
from components.editions import (
    editions_table,
    figure_label,
    make_coverage_figure,
    make_restated_series_figure,
    restatements_table,
)
from components.layout import render_page_header
from components.render import render_chart, render_restatement_notes
from esg.i18n import t

filters = state.current_filters()
lang = filters.lang
edition = filters.edition
render_page_header("editions.title", filters, frozenset(), intro_key="editions.intro")

st.subheader(t("editions.list", lang))
st.dataframe(editions_table(lang), hide_index=True, width="stretch", key="editions_list")

coverage = query("editions.coverage", edition)
render_chart(make_coverage_figure(coverage, edition, lang), key="editions_coverage", lang=lang, data=coverage)

st.subheader(t("editions.restatements", lang, edition=edition))
restated = query("editions.restatements", edition)
if restated.is_empty():
    st.info(t("editions.no_restatements", lang, edition=edition), icon=":material/check_circle:")
else:
    st.dataframe(restatements_table(restated, lang), hide_index=True, width="stretch", key="editions_restated")
    rows = restated.to_dicts()
    picked = st.selectbox(
        t("editions.pick", lang),
        range(len(rows)),
        format_func=lambda i: figure_label(rows[i], lang),
        key="editions_figure",
    )
    row = rows[picked or 0]
    series = query(
        "editions.series", edition, indicator_id=row["indicator_id"], entity=row["entity"], segment=row["segment"]
    )
    render_chart(make_restated_series_figure(series, lang), key="editions_series", lang=lang, data=series)
    render_restatement_notes(series, lang)
