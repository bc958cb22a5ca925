"""Workforce diversity: headcount and its make-up, turnover and recruitment, training, pay and benefits."""

from functools import partial

import streamlit as st

from components import state
from components.data import query
from components.kpi import kpis_from_rows
from components.layout import render_page_header
from components.render import render_kpis
from components.sections import render_facts_table, render_indicator_chart, render_note_captions
from esg.i18n import format_value, pick, t

filters = state.current_filters()
lang = filters.lang
year = filters.year
chart = partial(render_indicator_chart, "workforce", filters)
note_captions = partial(render_note_captions, "workforce", filters)
table = partial(render_facts_table, "workforce", filters)
render_page_header("workforce.title", filters, frozenset({state.YEAR}), intro_key="workforce.intro")
BY_YEAR = {"year": "workforce.col.year", "series": "workforce.col.series"}


def quality_captions(which: str) -> None:
    """The report's own inconsistencies behind a chart, from the data-quality table."""
    for check in query("workforce.quality", filters.edition, which=which, year=year).to_dicts():
        decimals = 2 if check["kind"] == "ratio" else None
        st.caption(
            t(
                f"workforce.quality.{check['kind']}",
                lang,
                description=pick(lang, check["description_zh"], check["description_en"]),
                year=check["year"],
                expected=format_value(check["expected"], check["unit"], check["unit_en"], lang, decimals),
                printed=format_value(check["printed"], check["unit"], check["unit_en"], lang, decimals),
            )
        )


st.subheader(t("workforce.kpis", lang, year=year))
render_kpis(
    kpis_from_rows(query("workforce.kpis", filters.edition, year=year).to_dicts(), prefix="workforce.kpi", lang=lang),
    lang,
)

diversity, turnover, training, pay = st.tabs(
    [
        t("workforce.tab.diversity", lang),
        t("workforce.tab.turnover", lang),
        t("workforce.tab.training", lang),
        t("workforce.tab.pay", lang),
    ]
)
with diversity:
    left, right = st.columns(2)
    with left:
        chart("gender", {**BY_YEAR, "value": "workforce.col.people"}, "workforce.axis.people", total="employees_total")
    with right:
        chart("shares", {**BY_YEAR, "value": "workforce.col.share"}, "workforce.axis.share", kind="line")
        quality_captions("shares")
    left, right = st.columns(2)
    with left:
        chart("roles", {**BY_YEAR, "value": "workforce.col.people"}, "workforce.axis.people", total="employees_total")
        note_captions("roles")
        table("role_women", single_year=True)
    with right:
        chart(
            "levels",
            {"category": "workforce.col.level", "series": "workforce.col.group", "value": "workforce.col.people"},
            "workforce.axis.people",
        )
        note_captions("levels")
    left, right = st.columns(2)
    with left:
        chart(
            "ethnic",
            {"category": "workforce.col.ethnic_group", "value": "workforce.col.people"},
            "workforce.axis.people",
            horizontal=True,
        )
        note_captions("ethnic")
    with right:
        chart("age", {**BY_YEAR, "value": "workforce.col.people"}, "workforce.axis.people", total="employees_total")
        quality_captions("age")
    left, right = st.columns(2)
    with left:
        chart(
            "education",
            {"category": "workforce.col.education", "value": "workforce.col.people"},
            "workforce.axis.people",
            horizontal=True,
        )
    with right:
        table("inclusion", single_year=False)

with turnover:
    left, right = st.columns(2)
    with left:
        chart(
            "turnover_age",
            {**BY_YEAR, "value": "workforce.col.leavers"},
            "workforce.axis.people",
            total="turnover_total",
        )
        quality_captions("turnover_age")
    with right:
        chart(
            "turnover_gender",
            {**BY_YEAR, "value": "workforce.col.leavers"},
            "workforce.axis.people",
            total="turnover_total",
        )
    left, right = st.columns(2)
    with left:
        chart(
            "turnover_rates",
            {"series": "workforce.col.group", "year": "workforce.col.year", "value": "workforce.col.rate"},
            "workforce.axis.share",
            horizontal=True,
            height=560,
        )
        quality_captions("turnover_rates")
    with right:
        chart("hires", {**BY_YEAR, "value": "workforce.col.hires"}, "workforce.axis.people", total="new_hires_total")
    table("recruitment", single_year=False)

with training:
    left, right = st.columns(2)
    with left:
        chart("training_hours", {**BY_YEAR, "value": "workforce.col.hours"}, "workforce.axis.hours")
    with right:
        chart("training_avg", {**BY_YEAR, "value": "workforce.col.hours_avg"}, "workforce.axis.hours")
    left, right = st.columns(2)
    with left:
        chart(
            "participations",
            {**BY_YEAR, "value": "workforce.col.participations"},
            "workforce.axis.person_times",
            total="training_participations",
        )
        quality_captions("participations")
    with right:
        chart("training_spend", {**BY_YEAR, "value": "workforce.col.spend"}, "workforce.axis.rmb")
    left, right = st.columns(2)
    with left:
        chart(
            "spend_category",
            {"category": "workforce.col.programme", "value": "workforce.col.spend"},
            "workforce.axis.rmb",
            horizontal=True,
        )
    with right:
        chart(
            "spend_staff",
            {"category": "workforce.col.staff_type", "value": "workforce.col.spend"},
            "workforce.axis.rmb",
            horizontal=True,
        )
    table("training", single_year=False)

with pay:
    st.markdown(f"**{t('workforce.pay', lang, year=year)}**")
    render_kpis(
        kpis_from_rows(
            query("workforce.pay", filters.edition, year=year).to_dicts(), prefix="workforce.kpi", lang=lang
        ),
        lang,
        per_row=2,
    )
    note_captions("pay")
    table("benefits", single_year=False)
