"""Emerging risks: the likelihood x impact grid (positions derived, categories assigned) with the details of a risk
chosen by clicking it or picking it in a list, and the climate-related risks and opportunities by time horizon.

Every figure, table and text is built once per filters and chosen risk (``components.data.built``, from the builders
of ``components.risks_charts``); a rerun only renders."""

import streamlit as st

from components import state
from components.data import built
from components.layout import render_page_header
from components.render import render_built_chart, selected_id
from components.risks_charts import climate_element, climate_items, matrix_element, risk_detail, risk_overview
from components.urlstate import accept
from esg.i18n import t

RISK_KEY = "risks_risk"
CHART_KEY = "risks_matrix"
CLICKED_KEY = "risks_clicked"

filters = state.current_filters()
lang = filters.lang
render_page_header("risks.title", filters, frozenset({state.PILLAR}), intro_key="risks.intro")

names, filtered_caption = built("risks.overview", filters, lambda: risk_overview(filters))
if filtered_caption:
    st.caption(filtered_caption)

# A click in the grid chooses the risk (once per new click); the list below stays the keyboard alternative.
options = list(names)
clicked = selected_id(st.session_state.get(CHART_KEY))
if clicked != st.session_state.get(CLICKED_KEY):
    st.session_state[CLICKED_KEY] = clicked
    if clicked in names:
        st.session_state[RISK_KEY] = clicked
if options:
    accept(RISK_KEY, options, options[0])

st.subheader(t("risks.matrix_heading", lang))
chosen = st.session_state.get(RISK_KEY)
render_built_chart(CHART_KEY, filters, lambda: matrix_element(filters, chosen), chosen, on_select="rerun")
st.caption(t("risks.caption", lang))

if options:
    st.selectbox(
        t("risks.select", lang), options, format_func=names.get, key=RISK_KEY, help=t("risks.select_help", lang)
    )
    risk_id = st.session_state[RISK_KEY]
    risk = built("risks.detail", filters, lambda: risk_detail(filters, risk_id), risk_id)
    with st.container(border=True):
        st.subheader(risk.name)
        st.caption(risk.meta)
        for column, (heading, bullets) in zip(st.columns(3), risk.parts, strict=True):
            with column:
                st.markdown(heading)
                st.markdown(bullets)
        st.caption(risk.method)
        st.caption(risk.basis)
else:
    st.info(t("common.no_data", lang))

st.subheader(t("risks.climate_heading", lang))
if filters.pillar_or_none in (None, "E"):
    render_built_chart("risks_climate", filters, lambda: climate_element(filters))
    st.caption(t("risks.climate_caption", lang))
    st.markdown(f"**{t('risks.climate_details', lang)}**")
    description, responses = f"**{t('risks.climate_description', lang)}**", f"**{t('risks.climate_responses', lang)}**"
    for item in built("risks.climate_items", filters, lambda: climate_items(filters)):
        with st.expander(item.label):
            st.caption(item.horizons)
            st.markdown(description)
            st.markdown(item.description)
            st.markdown(responses)
            st.markdown(item.responses)
else:
    st.info(t("risks.climate_pillar_note", lang), icon=":material/info:")
