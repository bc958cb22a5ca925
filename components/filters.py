"""The global sidebar filters (language, edition, year, entity, segment, pillar), kept in the URL."""

from __future__ import annotations

import streamlit as st

from components import state
from components.data import edition_statuses, query
from components.urlstate import accept, load_from_url, write_to_url
from esg.i18n import LANGS, t

LANG_LABELS = {"zh": "中文", "en": "English"}
# The label must not change with the language (it is the control that changes the language).
LANGUAGE_LABEL = "语言 / Language"
SEGMENTS = [state.ALL, "mining", "smelting", "other"]
PILLARS = [state.ALL, "E", "S", "G"]
URL_KEYS = (state.LANG, state.EDITION, state.YEAR, state.ENTITY, state.SEGMENT, state.PILLAR)


def render_language_switch() -> str:
    """The language control; returns ``zh`` or ``en``."""
    load_from_url(URL_KEYS)
    accept(state.LANG, list(LANGS), "zh")
    st.segmented_control(LANGUAGE_LABEL, LANGS, format_func=LANG_LABELS.get, key=state.LANG, required=True)
    return st.session_state[state.LANG]


def render_global_filters(lang: str) -> state.Filters:
    """Edition, year, entity, segment and pillar selectors in the sidebar; returns the filters and syncs the URL."""
    usable = [s.edition for s in edition_statuses() if s.ok]
    if not usable:
        return state.Filters(lang, 0, state.GROUP, state.ALL, state.ALL, "")
    accept(state.EDITION, usable, usable[0])
    edition = st.selectbox(t("common.edition", lang), usable, key=state.EDITION)
    options = query("common.filter_options", edition)
    years = options["years"]
    accept(state.YEAR, years, years[-1])
    st.selectbox(t("common.year", lang), years, key=state.YEAR)
    names = {e["entity_id"]: e["short_en" if lang == "en" else "short_zh"] for e in options["entities"]}
    names[state.GROUP] = t("common.group", lang)
    entity_ids = [state.GROUP, *[e for e in names if e != state.GROUP]]
    accept(state.ENTITY, entity_ids, state.GROUP)
    st.selectbox(t("common.entity", lang), entity_ids, format_func=names.get, key=state.ENTITY)
    accept(state.SEGMENT, SEGMENTS, state.ALL)
    st.selectbox(
        t("common.segment", lang),
        SEGMENTS,
        key=state.SEGMENT,
        format_func=lambda s: t("common.all", lang) if s == state.ALL else t(f"common.segment.{s}", lang),
    )
    accept(state.PILLAR, PILLARS, state.ALL)
    st.selectbox(
        t("common.pillar", lang),
        PILLARS,
        key=state.PILLAR,
        format_func=lambda p: t("common.all", lang) if p == state.ALL else t(f"common.pillar.{p}", lang),
    )
    filters = state.current_filters()
    write_to_url(
        {
            state.LANG: lang,
            state.EDITION: edition,
            state.YEAR: filters.year,
            state.ENTITY: filters.entity,
            state.SEGMENT: filters.segment,
            state.PILLAR: filters.pillar,
        },
        {
            state.LANG: "zh",
            state.EDITION: usable[0],
            state.YEAR: years[-1],
            state.ENTITY: state.GROUP,
            state.SEGMENT: state.ALL,
            state.PILLAR: state.ALL,
        },
    )
    return filters
