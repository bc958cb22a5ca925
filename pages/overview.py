"""Overview: headline KPIs with trends, ESG ratings, company profile, 2025 targets beside 2024 progress.

Every element is built once per filters (``components.overview_charts.overview_elements``); a rerun only renders."""

import streamlit as st

from components import state
from components.data import built
from components.layout import render_page_header
from components.overview_charts import overview_elements
from components.render import render_chart, render_kpis
from esg.i18n import t

filters = state.current_filters()
lang = filters.lang
render_page_header("overview.title", filters, frozenset({state.YEAR}), intro_key="overview.intro")
elements = built("overview.elements", filters, lambda: overview_elements(filters))

st.subheader(t("overview.kpis", lang, year=filters.year))
render_kpis(elements.kpis, lang, per_row=3)

left, right = st.columns(2)
with left:
    st.subheader(t("overview.ratings", lang))
    for line in elements.ratings:
        st.markdown(line)
with right:
    st.subheader(t("overview.profile", lang))
    for line in elements.profile:
        st.markdown(line)

fig, csv = elements.ghg
render_chart(fig, key="overview_ghg", lang=lang, data=csv)

st.subheader(t("overview.targets", lang))
st.caption(t("overview.targets_caption", lang))
target_label, progress_label = t("overview.col.target", lang), t("overview.col.progress", lang)
for start in range(0, len(elements.targets), 2):
    for column, (area, target, progress) in zip(st.columns(2), elements.targets[start : start + 2], strict=False):
        with column, st.container(border=True):
            st.markdown(area)
            st.caption(target_label)
            st.text(target)
            st.caption(progress_label)
            st.text(progress)
