"""Safety and health: injury rates and incidents, hours lost, safety investment by item, training, certification.

Every element is declared in ``SPEC`` and built once per filters (``components.sections``); a rerun only renders,
and only the section chosen under the title (``?section=<name>``, the first by default)."""

import pyarrow as pa
import streamlit as st

from components import state
from components.data import query
from components.layout import render_page_header
from components.safety_charts import InvestmentChart, TrendChart
from components.sections import Sections, ViewSpec
from components.state import Filters
from components.tables import localised
from esg.i18n import t


def footnotes_table(filters: Filters) -> pa.Table:
    """The report's footnotes on the safety figures (Arrow, as ``st.table`` takes it)."""
    footnotes = query("safety.footnotes", filters.edition)
    return localised(footnotes, {"name*": "safety.col.indicator", "note*": "safety.col.note"}, filters.lang).to_arrow()


SPEC = ViewSpec(
    "safety",
    kpis={"kpis": ("safety.kpis", {}), "iso": ("safety.iso", {})},
    charts={
        "rates": TrendChart("line", "safety.col.rate", "safety.axis.rate"),
        "incidents": TrendChart("bar", "safety.col.events", "safety.axis.events"),
        "lost_hours": TrendChart("bar", "safety.col.hours", "safety.axis.hours"),
        "investment": InvestmentChart(),
        "training": TrendChart("bar", "safety.col.sessions", "safety.axis.sessions"),
        "training_hours": TrendChart("bar", "safety.col.hours_per_person", "safety.axis.hours"),
        "certificates": TrendChart("bar", "safety.col.certificates", "safety.axis.person_times"),
    },
    quality=("investment",),
    tables={"certification": False, "management": True},
    extras={"footnotes": footnotes_table},
)

filters = state.current_filters()
lang = filters.lang
year = filters.year
render_page_header("safety.title", filters, frozenset({state.YEAR}), intro_key="safety.intro")
page = Sections(SPEC, filters)


def incidents() -> None:
    """The headline KPIs, injury rates, incidents and hours lost, with the report's footnotes on them."""
    st.subheader(t("safety.kpis", lang, year=year))
    page.kpis("kpis")
    st.subheader(t("safety.section.incidents", lang))
    left, right = st.columns(2)
    with left:
        page.chart("rates")
    with right:
        page.chart("incidents")
    left, right = st.columns(2)
    with left:
        page.chart("lost_hours")
    with right:
        st.caption(t("safety.scope_caption", lang))
        st.markdown(f"**{t('safety.footnotes', lang)}**")
        st.table(page.elements.extras["footnotes"], hide_index=True)


def investment() -> None:
    """Safety investment by item with the printed total."""
    st.subheader(t("safety.section.investment", lang))
    page.chart("investment")
    page.quality("investment")


def training() -> None:
    """Safety training sessions and hours, new certificates and certification."""
    st.subheader(t("safety.section.training", lang))
    left, right = st.columns(2)
    with left:
        page.chart("training")
    with right:
        page.chart("training_hours")
    left, right = st.columns(2)
    with left:
        page.chart("certificates")
    with right:
        certification = page.elements.tables["certification"]
        if certification is not None:  # None only for a year before any of these figures
            st.table(certification, hide_index=True)


def management() -> None:
    """Occupational health and safety management certification."""
    st.subheader(t("safety.section.management", lang, year=year))
    page.kpis("iso")
    table = page.elements.tables["management"]
    if table is None:
        st.info(t("safety.no_figures", lang, year=year), icon=":material/info:")
    else:
        st.table(table, hide_index=True)


page.show({"incidents": incidents, "investment": investment, "training": training, "management": management})
