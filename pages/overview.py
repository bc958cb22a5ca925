"""Overview: headline KPIs with trends, ESG ratings, company profile, 2025 targets beside 2024 progress."""

import streamlit as st

from components import state
from components.charts import make_bar_figure
from components.data import query
from components.kpi import Kpi, render_kpi
from components.layout import render_page_header
from components.render import render_chart
from components.tables import localised
from esg.i18n import format_value, pick, t

filters = state.current_filters()
lang = filters.lang
render_page_header("overview.title", filters, frozenset({state.YEAR}), intro_key="overview.intro")

st.subheader(t("overview.kpis", lang, year=filters.year))
rows = query("overview.kpis", filters.edition, year=filters.year).to_dicts()
for start in range(0, len(rows), 3):
    for column, row in zip(st.columns(3), rows[start : start + 3], strict=False):
        with column:
            render_kpi(
                Kpi(
                    label=t(f"overview.kpi.{row['indicator_id']}", lang),
                    value=row["value"],
                    unit=row["unit"],
                    unit_en=row["unit_en"],
                    change=row["change"],
                    is_rate=row["is_rate"],
                    lower_is_better=row["lower_is_better"],
                    history=row["history"],
                    previous_year=filters.year - 1 if row["previous_value"] is not None else None,
                    help=t("overview.kpi_help", lang, source=pick(lang, row["source_table"], row["source_table_en"])),
                ),
                lang,
            )

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

ghg = query("overview.ghg_trend", filters.edition)
chart_data = localised(
    ghg, {"year": "overview.col.year", "name*": "overview.col.scope", "value": "overview.col.value"}, lang
)
year_col, scope_col, value_col = chart_data.columns
fig = make_bar_figure(
    chart_data,
    x=year_col,
    y=value_col,
    color=scope_col,
    title=t("overview.ghg_chart", lang),
    source=pick(lang, ghg["source_table"][0], ghg["source_table_en"][0]),
    lang=lang,
    barmode="stack",
)
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
