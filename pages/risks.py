"""Emerging risks: the likelihood x impact grid (positions derived, categories assigned) with the details of a risk
chosen by clicking it or picking it in a list, and the climate-related risks and opportunities by time horizon."""

import streamlit as st

from components import state
from components.data import query
from components.layout import render_page_header
from components.render import render_chart, selected_id
from components.risks_charts import (
    make_climate_horizon_figure,
    make_climate_table,
    make_risk_matrix_figure,
    make_risk_table,
    markdown_bullets,
)
from components.urlstate import accept
from esg.i18n import pick, t

RISK_KEY = "risks_risk"
CHART_KEY = "risks_matrix"
CLICKED_KEY = "risks_clicked"

filters = state.current_filters()
lang = filters.lang
render_page_header("risks.title", filters, frozenset({state.PILLAR}), intro_key="risks.intro")

risks = query("risks.emerging", filters.edition, pillar=filters.pillar_or_none)
rows = risks.to_dicts()
names = {row["risk_id"]: pick(lang, row["risk_zh"], row["risk_en"]) for row in rows}
if filters.pillar_or_none and rows:
    category = t(f"risks.category.{rows[0]['category']}", lang)
    st.caption(t("risks.filtered", lang, n=len(rows), category=category))

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
render_chart(
    make_risk_matrix_figure(risks, lang=lang, selected=st.session_state.get(RISK_KEY)),
    key=CHART_KEY,
    lang=lang,
    data=make_risk_table(risks, lang=lang),
    on_select="rerun",
)
st.caption(t("risks.caption", lang))

if options:
    st.selectbox(
        t("risks.select", lang), options, format_func=names.get, key=RISK_KEY, help=t("risks.select_help", lang)
    )
    risk = next(row for row in rows if row["risk_id"] == st.session_state[RISK_KEY])
    with st.container(border=True):
        st.subheader(names[risk["risk_id"]])
        st.caption(
            t(
                "risks.detail_meta",
                lang,
                category=t(f"risks.category.{risk['category']}", lang),
                likelihood=risk["likelihood_derived"],
                impact=risk["impact_derived"],
            )
        )
        for column, part in zip(st.columns(3), ("description", "impacts", "responses"), strict=True):
            with column:
                st.markdown(f"**{t(f'risks.{part}', lang)}**")
                st.markdown(markdown_bullets(pick(lang, risk[f"{part}_zh"], risk[f"{part}_en"])))
        method = pick(lang, risk["position_method_zh"], risk["position_method_en"])
        st.caption(t("risks.position_method", lang, method=method))
        basis = pick(lang, risk["category_basis_zh"], risk["category_basis_en"])
        st.caption(t("risks.category_basis", lang, basis=basis))
else:
    st.info(t("common.no_data", lang))

st.subheader(t("risks.climate_heading", lang))
if filters.pillar_or_none in (None, "E"):
    climate = query("risks.climate", filters.edition)
    render_chart(
        make_climate_horizon_figure(climate, lang=lang),
        key="risks_climate",
        lang=lang,
        data=make_climate_table(climate, lang=lang),
    )
    st.caption(t("risks.climate_caption", lang))
    st.markdown(f"**{t('risks.climate_details', lang)}**")
    for item in climate.to_dicts():
        name = pick(lang, item["name_zh"], item["name_en"])
        kind = pick(lang, item["category_zh"], item["category_en"])
        with st.expander(f"{name} · {kind}"):
            horizons = " · ".join(t(f"risks.horizon.{h}", lang) for h in item["horizon_list"])
            st.caption(t("risks.horizons", lang, horizons=horizons))
            st.markdown(f"**{t('risks.climate_description', lang)}**")
            st.markdown(markdown_bullets(pick(lang, item["description_zh"], item["description_en"])))
            st.markdown(f"**{t('risks.climate_responses', lang)}**")
            st.markdown(markdown_bullets(pick(lang, item["responses_zh"], item["responses_en"])))
else:
    st.info(t("risks.climate_pillar_note", lang), icon=":material/info:")
