"""R&D, supply chain, governance and community: R&D spending and patents, suppliers, the board, compliance and
risk, investor communication, community investment and donations.

Every element is declared in ``SPEC`` and built once per filters (``components.sections``); a rerun only renders,
and only the section chosen under the title (``?section=<name>``, the first by default)."""

import streamlit as st

from components import state
from components.layout import render_page_header
from components.sections import Chart, Sections, ViewSpec
from esg.i18n import t

BY_YEAR = {"year": "governance.col.year", "series": "governance.col.series"}
BY_CATEGORY = {"category": "governance.col.category", "series": "governance.col.type"}
PATENTS = {**BY_CATEGORY, "value": "governance.col.patents"}
SPEC = ViewSpec(
    "governance",
    kpis={
        "kpis": ("governance.kpis", {}),
        "achievements": ("governance.cards", {"which": "achievements"}),
        "board": ("governance.cards", {"which": "board"}),
        "community": ("governance.cards", {"which": "community"}),
    },
    charts={
        "rd_spend": Chart({**BY_YEAR, "value": "governance.col.rmb"}, "governance.axis.rmb", total="rd_spend_total"),
        "rd_shares": Chart({**BY_YEAR, "value": "governance.col.share"}, "governance.axis.share", kind="line"),
        "researchers": Chart(
            {"year": "governance.col.year", "value": "governance.col.people"}, "governance.axis.people"
        ),
        "projects": Chart({**BY_YEAR, "value": "governance.col.projects"}, "governance.axis.projects"),
        "patents": Chart(PATENTS, "governance.axis.patents", total="patents_total"),
        "patents_cumulative": Chart(PATENTS, "governance.axis.patents", total="patents_total"),
        "suppliers": Chart(
            {"year": "governance.col.year", "value": "governance.col.suppliers"}, "governance.axis.suppliers"
        ),
        "procurement": Chart(
            {"year": "governance.col.year", "value": "governance.col.rmb"},
            "governance.axis.rmb",
            options={"decimals": 2},
        ),
        "top5": Chart(
            {"year": "governance.col.year", "value": "governance.col.share"}, "governance.axis.share", kind="line"
        ),
        "evaluation": Chart(
            {"category": "governance.col.rating", "value": "governance.col.suppliers"}, "", kind="donut"
        ),
        "risk_indicators": Chart(
            {**BY_CATEGORY, "value": "governance.col.indicators"},
            "governance.axis.indicators",
            total="risk_total",
            options={"height": 560},
        ),
        "community_funds": Chart(
            {"category": "governance.col.item", "value": "governance.col.rmb"},
            "governance.axis.rmb",
            options={"horizontal": True, "height": 380},
        ),
    },
    notes=("rd_spend", "patents", "achievements", "evaluation", "board"),
    quality=("rd_shares",),
    tables={which: True for which in ("innovation", "supply", "board", "investors", "compliance", "community")},
)

filters = state.current_filters()
lang = filters.lang
year = filters.year
render_page_header("governance.title", filters, frozenset({state.YEAR}), intro_key="governance.intro")
page = Sections(SPEC, filters)


def rd() -> None:
    """The headline KPIs, R&D spending, R&D intensity and shares."""
    st.subheader(t("governance.kpis", lang, year=year))
    page.kpis("kpis")
    left, right = st.columns(2)
    with left:
        page.chart("rd_spend")
        page.notes("rd_spend")
    with right:
        page.chart("rd_shares")
        page.quality("rd_shares")


def research() -> None:
    """R&D personnel and research projects."""
    left, right = st.columns(2)
    with left:
        page.chart("researchers")
    with right:
        page.chart("projects")


def patents() -> None:
    """Patents in the year and cumulative, technology achievements, innovation management and digitalisation."""
    left, right = st.columns(2)
    with left:
        page.chart("patents")
    with right:
        page.chart("patents_cumulative")
    page.notes("patents")
    st.markdown(f"**{t('governance.achievements', lang, year=year)}**")
    page.kpis("achievements", per_row=3)
    page.notes("achievements")
    page.table("innovation")


def procurement() -> None:
    """Suppliers and procurement spending."""
    left, right = st.columns(2)
    with left:
        page.chart("suppliers")
    with right:
        page.chart("procurement")


def suppliers() -> None:
    """The top-5 suppliers' share, supplier evaluation results, supplier management."""
    left, right = st.columns(2)
    with left:
        page.chart("top5")
    with right:
        page.chart("evaluation")
        page.notes("evaluation")
    page.table("supply")


def board() -> None:
    """Board composition, procedures, investor communication, risk early warning and compliance."""
    st.markdown(f"**{t('governance.board', lang, year=year)}**")
    page.kpis("board", per_row=3)
    page.notes("board")
    left, right = st.columns(2)
    with left:
        page.table("board")
        page.table("investors")
    with right:
        page.chart("risk_indicators")
    page.table("compliance")


def community() -> None:
    """Rural revitalisation and philanthropy: KPIs, community investment and donations, engagement."""
    st.markdown(f"**{t('governance.community', lang, year=year)}**")
    page.kpis("community")
    page.chart("community_funds")
    st.caption(t("governance.community_caption", lang))
    page.table("community")


page.show(
    {
        "rd": rd,
        "research": research,
        "patents": patents,
        "procurement": procurement,
        "suppliers": suppliers,
        "board": board,
        "community": community,
    }
)
