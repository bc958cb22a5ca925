"""Safety and health: injury rates and incidents, hours lost, safety investment by item, training, certification."""

import streamlit as st

from components import state
from components.data import query
from components.kpi import kpis_from_rows
from components.layout import render_page_header
from components.render import render_chart, render_kpis
from components.safety_charts import investment_chart, safety_trend_chart
from components.tables import facts_table, localised
from esg.i18n import format_value, t

filters = state.current_filters()
lang = filters.lang
year = filters.year
render_page_header("safety.title", filters, frozenset({state.YEAR}), intro_key="safety.intro")
TABLE_HEADERS = {"indicator": "safety.col.indicator", "note": "safety.col.note", "value": "safety.col.value"}


def trend_chart(which: str, kind: str, value_header: str, y_title: str, **options: object) -> None:
    """One trend chart of the safety tables (bars or lines by year, one series per indicator)."""
    rows = query("safety.chart", filters.edition, which=which, year=year)
    fig, data = safety_trend_chart(
        rows, which=which, kind=kind, value_header=value_header, y_title=y_title, lang=lang, **options
    )
    render_chart(fig, key=f"safety_{which}", lang=lang, data=data)


st.subheader(t("safety.kpis", lang, year=year))
render_kpis(
    kpis_from_rows(query("safety.kpis", filters.edition, year=year).to_dicts(), prefix="safety.kpi", lang=lang), lang
)

st.subheader(t("safety.section.incidents", lang))
left, right = st.columns(2)
with left:
    trend_chart("rates", "line", "safety.col.rate", "safety.axis.rate")
with right:
    trend_chart("incidents", "bar", "safety.col.events", "safety.axis.events")
left, right = st.columns(2)
with left:
    trend_chart("lost_hours", "bar", "safety.col.hours", "safety.axis.hours")
with right:
    st.caption(t("safety.scope_caption", lang))
    st.markdown(f"**{t('safety.footnotes', lang)}**")
    st.table(
        localised(
            query("safety.footnotes", filters.edition),
            {"name*": "safety.col.indicator", "note*": "safety.col.note"},
            lang,
        ),
        hide_index=True,
    )

st.subheader(t("safety.section.investment", lang))
investment_fig, investment_data = investment_chart(
    query("safety.chart", filters.edition, which="investment", year=year), lang=lang
)
render_chart(investment_fig, key="safety_investment", lang=lang, data=investment_data)
for check in query("safety.quality", filters.edition, which="investment", year=year).to_dicts():
    st.caption(
        t(
            f"safety.quality.{check['kind']}",
            lang,
            year=check["year"],
            expected=format_value(check["expected"], check["unit"], check["unit_en"], lang),
            printed=format_value(check["printed"], check["unit"], check["unit_en"], lang),
        )
    )

st.subheader(t("safety.section.training", lang))
left, right = st.columns(2)
with left:
    trend_chart("training", "bar", "safety.col.sessions", "safety.axis.sessions")
with right:
    trend_chart("training_hours", "bar", "safety.col.hours_per_person", "safety.axis.hours")
left, right = st.columns(2)
with left:
    trend_chart("certificates", "bar", "safety.col.certificates", "safety.axis.person_times")
with right:
    certification = query("safety.table", filters.edition, which="certification", year=year)
    st.table(
        facts_table(certification["rows"], lang, years=certification["years"], headers=TABLE_HEADERS),
        hide_index=True,
    )

st.subheader(t("safety.section.management", lang, year=year))
render_kpis(
    kpis_from_rows(query("safety.iso", filters.edition, year=year).to_dicts(), prefix="safety.kpi", lang=lang), lang
)
management = query("safety.table", filters.edition, which="management", year=year)
if management["rows"].height and year in management["years"]:
    st.table(
        facts_table(management["rows"], lang, years=[year], headers=TABLE_HEADERS),
        hide_index=True,
    )
else:
    st.info(t("safety.no_figures", lang, year=year), icon=":material/info:")
