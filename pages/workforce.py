"""Workforce diversity: headcount and its make-up, turnover and recruitment, training, pay and benefits.

Every element is declared in ``SPEC`` and built once per filters (``components.sections``); a rerun only renders,
and only the section chosen under the title (``?section=<name>``, the first by default)."""

import streamlit as st

from components import state
from components.layout import render_page_header
from components.sections import Chart, Sections, ViewSpec
from esg.i18n import t

BY_YEAR = {"year": "workforce.col.year", "series": "workforce.col.series"}
PEOPLE = {**BY_YEAR, "value": "workforce.col.people"}
LEAVERS = {**BY_YEAR, "value": "workforce.col.leavers"}
HORIZONTAL = {"horizontal": True}
SPEC = ViewSpec(
    "workforce",
    kpis={"kpis": ("workforce.kpis", {}), "pay": ("workforce.pay", {})},
    charts={
        "gender": Chart(PEOPLE, "workforce.axis.people", total="employees_total"),
        "shares": Chart({**BY_YEAR, "value": "workforce.col.share"}, "workforce.axis.share", kind="line"),
        "roles": Chart(PEOPLE, "workforce.axis.people", total="employees_total"),
        "levels": Chart(
            {"category": "workforce.col.level", "series": "workforce.col.group", "value": "workforce.col.people"},
            "workforce.axis.people",
        ),
        "ethnic": Chart(
            {"category": "workforce.col.ethnic_group", "value": "workforce.col.people"},
            "workforce.axis.people",
            options=HORIZONTAL,
        ),
        "age": Chart(PEOPLE, "workforce.axis.people", total="employees_total"),
        "education": Chart(
            {"category": "workforce.col.education", "value": "workforce.col.people"},
            "workforce.axis.people",
            options=HORIZONTAL,
        ),
        "turnover_age": Chart(LEAVERS, "workforce.axis.people", total="turnover_total"),
        "turnover_gender": Chart(LEAVERS, "workforce.axis.people", total="turnover_total"),
        "turnover_rates": Chart(
            {"series": "workforce.col.group", "year": "workforce.col.year", "value": "workforce.col.rate"},
            "workforce.axis.share",
            options={"horizontal": True, "height": 560},
        ),
        "hires": Chart({**BY_YEAR, "value": "workforce.col.hires"}, "workforce.axis.people", total="new_hires_total"),
        "training_hours": Chart({**BY_YEAR, "value": "workforce.col.hours"}, "workforce.axis.hours"),
        "training_avg": Chart({**BY_YEAR, "value": "workforce.col.hours_avg"}, "workforce.axis.hours"),
        "participations": Chart(
            {**BY_YEAR, "value": "workforce.col.participations"},
            "workforce.axis.person_times",
            total="training_participations",
        ),
        "training_spend": Chart({**BY_YEAR, "value": "workforce.col.spend"}, "workforce.axis.rmb"),
        "spend_category": Chart(
            {"category": "workforce.col.programme", "value": "workforce.col.spend"},
            "workforce.axis.rmb",
            options=HORIZONTAL,
        ),
        "spend_staff": Chart(
            {"category": "workforce.col.staff_type", "value": "workforce.col.spend"},
            "workforce.axis.rmb",
            options=HORIZONTAL,
        ),
    },
    notes=("roles", "levels", "ethnic", "pay"),
    quality=("shares", "age", "turnover_age", "turnover_rates", "participations"),
    tables={"role_women": True, "inclusion": False, "recruitment": False, "training": False, "benefits": False},
)

filters = state.current_filters()
lang = filters.lang
year = filters.year
render_page_header("workforce.title", filters, frozenset({state.YEAR}), intro_key="workforce.intro")
page = Sections(SPEC, filters)


def headcount() -> None:
    """The headline KPIs, employees by gender, the shares of women and ethnic minorities."""
    st.subheader(t("workforce.kpis", lang, year=year))
    page.kpis("kpis")
    left, right = st.columns(2)
    with left:
        page.chart("gender")
    with right:
        page.chart("shares")
        page.quality("shares")


def roles() -> None:
    """Employees by job type (and women's share by role), management employees by level."""
    left, right = st.columns(2)
    with left:
        page.chart("roles")
        page.notes("roles")
        page.table("role_women")
    with right:
        page.chart("levels")
        page.notes("levels")


def profile() -> None:
    """Ethnic minorities by group, employees by age and education; disability, local hiring and job level."""
    left, right = st.columns(2)
    with left:
        page.chart("ethnic")
        page.notes("ethnic")
    with right:
        page.chart("age")
        page.quality("age")
    left, right = st.columns(2)
    with left:
        page.chart("education")
    with right:
        page.table("inclusion")


def turnover() -> None:
    """Leavers by age group and gender, turnover rates."""
    left, right = st.columns(2)
    with left:
        page.chart("turnover_age")
        page.quality("turnover_age")
    with right:
        page.chart("turnover_gender")
    page.chart("turnover_rates")
    page.quality("turnover_rates")


def hiring() -> None:
    """New hires by channel; talent, promotion and minority turnover."""
    page.chart("hires")
    page.table("recruitment")


def training() -> None:
    """Training hours (total and per employee), participations by type; training programmes and title reviews."""
    left, right = st.columns(2)
    with left:
        page.chart("training_hours")
    with right:
        page.chart("training_avg")
    page.chart("participations")
    page.quality("participations")
    page.table("training")


def training_spend() -> None:
    """Training expenditure: by year, by programme and by staff type."""
    page.chart("training_spend")
    left, right = st.columns(2)
    with left:
        page.chart("spend_category")
    with right:
        page.chart("spend_staff")


def pay() -> None:
    """Employee compensation; union coverage, benefits and employee care."""
    st.markdown(f"**{t('workforce.pay', lang, year=year)}**")
    page.kpis("pay", per_row=2)
    page.notes("pay")
    page.table("benefits")


page.show(
    {
        "headcount": headcount,
        "roles": roles,
        "profile": profile,
        "turnover": turnover,
        "hiring": hiring,
        "training": training,
        "training_spend": training_spend,
        "pay": pay,
    }
)
