"""Overview: headline KPIs with trends, ESG ratings, company profile, 2025 targets beside 2024 progress."""

import streamlit as st

from components import state
from components.data import query
from components.kpi import kpis_from_rows
from components.layout import render_page_header
from components.overview_charts import ghg_chart
from components.render import render_chart, render_kpis
from esg.i18n import format_value, pick, t

filters = state.current_filters()
lang = filters.lang
render_page_header("overview.title", filters, frozenset({state.YEAR}), intro_key="overview.intro")

st.subheader(t("overview.kpis", lang, year=filters.year))
rows = query("overview.kpis", filters.edition, year=filters.year).to_dicts()
render_kpis(kpis_from_rows(rows, prefix="overview.kpi", lang=lang), lang, per_row=3)

left, right = st.columns(2)
with left:
    st.subheader(t("overview.ratings", lang))
    for rating in query("overview.figures", filters.edition, kind="ratings").to_dicts():
        shown = rating["value_text"] or format_value(rating["value"], rating["unit"], rating["unit_en"], lang)
        st.markdown(f"**{pick(lang, rating['name_zh'], rating['name_en'])}**: {shown}")
with right:
    st.subheader(t("overview.profile", lang))
    for fact in query("overview.figures", filters.edition, kind="profile").to_dicts():
        value = format_value(fact["value"], fact["unit"], fact["unit_en"], lang, decimals=None)
        if fact["unit"] == "年":
            value = str(int(fact["value"]))
        st.markdown(f"**{pick(lang, fact['name_zh'], fact['name_en'])}**: {value}")

fig, chart_data = ghg_chart(query("overview.ghg_trend", filters.edition), lang)
render_chart(fig, key="overview_ghg", lang=lang, data=chart_data)

st.subheader(t("overview.targets", lang))
st.caption(t("overview.targets_caption", lang))
targets = query("overview.targets", filters.edition).to_dicts()
for start in range(0, len(targets), 2):
    for column, target in zip(st.columns(2), targets[start : start + 2], strict=False):
        with column, st.container(border=True):
            st.markdown(f"**{pick(lang, target['area_zh'], target['area_en'])}**")
            st.caption(t("overview.col.target", lang))
            st.text(pick(lang, target["target_2025_zh"], target["target_2025_en"]))
            st.caption(t("overview.col.progress", lang))
            st.text(pick(lang, target["progress_2024_zh"], target["progress_2024_en"]))
