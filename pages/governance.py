"""R&D, supply chain, governance and community: R&D spending and patents, suppliers, the board, compliance and
risk, investor communication, community investment and donations."""

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
chart = partial(render_indicator_chart, "governance", filters)
note_captions = partial(render_note_captions, "governance", filters)
table = partial(render_facts_table, "governance", filters)
render_page_header("governance.title", filters, frozenset({state.YEAR}), intro_key="governance.intro")
SERIES = "governance.series"
BY_YEAR = {"year": "governance.col.year", "series": "governance.col.series"}
BY_CATEGORY = {"category": "governance.col.category", "series": "governance.col.type"}


st.subheader(t("governance.kpis", lang, year=year))
render_kpis(
    kpis_from_rows(query("governance.kpis", filters.edition, year=year).to_dicts(), prefix="governance.kpi", lang=lang),
    lang,
)

rd, supply, board, community = st.tabs(
    [
        t("governance.tab.rd", lang),
        t("governance.tab.supply", lang),
        t("governance.tab.board", lang),
        t("governance.tab.community", lang),
    ]
)
with rd:
    left, right = st.columns(2)
    with left:
        chart("rd_spend", {**BY_YEAR, "value": "governance.col.rmb"}, "governance.axis.rmb", total="rd_spend_total")
        note_captions("rd_spend")
    with right:
        chart("rd_shares", {**BY_YEAR, "value": "governance.col.share"}, "governance.axis.share", kind="line")
        for check in query("governance.quality", filters.edition, which="rd_shares", year=year).to_dicts():
            st.caption(
                t(
                    "governance.quality.ratio",
                    lang,
                    description=pick(lang, check["description_zh"], check["description_en"]),
                    year=check["year"],
                    expected=format_value(check["expected"], check["unit"], check["unit_en"], lang, 2),
                    printed=format_value(check["printed"], check["unit"], check["unit_en"], lang, 2),
                )
            )
    left, right = st.columns(2)
    with left:
        chart(
            "researchers", {"year": "governance.col.year", "value": "governance.col.people"}, "governance.axis.people"
        )
    with right:
        chart("projects", {**BY_YEAR, "value": "governance.col.projects"}, "governance.axis.projects")
    left, right = st.columns(2)
    with left:
        chart(
            "patents",
            {**BY_CATEGORY, "value": "governance.col.patents"},
            "governance.axis.patents",
            total="patents_total",
        )
    with right:
        chart(
            "patents_cumulative",
            {**BY_CATEGORY, "value": "governance.col.patents"},
            "governance.axis.patents",
            total="patents_total",
        )
    note_captions("patents")
    st.markdown(f"**{t('governance.achievements', lang, year=year)}**")
    render_kpis(
        kpis_from_rows(
            query("governance.cards", filters.edition, which="achievements", year=year).to_dicts(),
            prefix="governance.kpi",
            lang=lang,
        ),
        lang,
        per_row=3,
    )
    note_captions("achievements")
    table("innovation")

with supply:
    left, right = st.columns(2)
    with left:
        chart(
            "suppliers",
            {"year": "governance.col.year", "value": "governance.col.suppliers"},
            "governance.axis.suppliers",
        )
    with right:
        chart(
            "procurement",
            {"year": "governance.col.year", "value": "governance.col.rmb"},
            "governance.axis.rmb",
            decimals=2,
        )
    left, right = st.columns(2)
    with left:
        chart(
            "top5",
            {"year": "governance.col.year", "value": "governance.col.share"},
            "governance.axis.share",
            kind="line",
        )
    with right:
        chart(
            "evaluation", {"category": "governance.col.rating", "value": "governance.col.suppliers"}, "", kind="donut"
        )
        note_captions("evaluation")
    table("supply")

with board:
    st.markdown(f"**{t('governance.board', lang, year=year)}**")
    render_kpis(
        kpis_from_rows(
            query("governance.cards", filters.edition, which="board", year=year).to_dicts(),
            prefix="governance.kpi",
            lang=lang,
        ),
        lang,
        per_row=3,
    )
    note_captions("board")
    left, right = st.columns(2)
    with left:
        table("board")
        table("investors")
    with right:
        chart(
            "risk_indicators",
            {**BY_CATEGORY, "value": "governance.col.indicators"},
            "governance.axis.indicators",
            total="risk_total",
            height=560,
        )
    table("compliance")

with community:
    st.markdown(f"**{t('governance.community', lang, year=year)}**")
    render_kpis(
        kpis_from_rows(
            query("governance.cards", filters.edition, which="community", year=year).to_dicts(),
            prefix="governance.kpi",
            lang=lang,
        ),
        lang,
    )
    chart(
        "community_funds",
        {"category": "governance.col.item", "value": "governance.col.rmb"},
        "governance.axis.rmb",
        horizontal=True,
        height=380,
    )
    st.caption(t("governance.community_caption", lang))
    table("community")
