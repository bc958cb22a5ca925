"""The global sidebar filters (language, edition, year, entity, segment, pillar), bound to the URL."""

from __future__ import annotations

import streamlit as st

from components import state
from components.data import edition_statuses, query
from esg.i18n import LANGS, t

LANG_LABELS = {"zh": "中文", "en": "English"}
SEGMENTS = (state.ALL, "mining", "smelting", "other")
PILLARS = (state.ALL, "E", "S", "G")


def _ensure_valid(key: str, options: list, default: object) -> None:
    """Drop a session/URL value that is not among the options (a stale or hand-edited link) before the widget runs."""
    value = st.session_state.get(key, st.query_params.get(key))
    if value is not None and str(value) not in {str(o) for o in options}:
        st.session_state[key] = default
        st.query_params[key] = str(default)


def render_language_switch() -> str:
    """The language control; returns ``zh`` or ``en``."""
    _ensure_valid(state.LANG, list(LANGS), "zh")
    st.segmented_control(t("common.language", st.session_state.get(state.LANG) or "zh"), LANGS, default="zh",
                         format_func=LANG_LABELS.get, key=state.LANG, required=True, bind="query-params")
    return st.session_state.get(state.LANG) or "zh"


def render_global_filters(lang: str) -> state.Filters:
    """Edition, year, entity, segment and pillar selectors in the sidebar; returns the filters."""
    usable = [s.edition for s in edition_statuses() if s.ok]
    if not usable:
        return state.Filters(lang, 0, state.GROUP, state.ALL, state.ALL, "")
    _ensure_valid(state.EDITION, usable, usable[0])
    edition = st.selectbox(t("common.edition", lang), usable, key=state.EDITION, bind="query-params")
    options = query("common.filter_options", edition)
    years = options["years"]
    _ensure_valid(state.YEAR, years, years[-1])
    st.selectbox(t("common.year", lang), years, index=len(years) - 1, key=state.YEAR, bind="query-params")
    names = {e["entity_id"]: e["short_en" if lang == "en" else "short_zh"] for e in options["entities"]}
    names[state.GROUP] = t("common.group", lang)
    entity_ids = [state.GROUP, *[e for e in names if e != state.GROUP]]
    _ensure_valid(state.ENTITY, entity_ids, state.GROUP)
    st.selectbox(t("common.entity", lang), entity_ids, format_func=names.get, key=state.ENTITY, bind="query-params")
    _ensure_valid(state.SEGMENT, list(SEGMENTS), state.ALL)
    st.selectbox(t("common.segment", lang), SEGMENTS, key=state.SEGMENT, bind="query-params",
                 format_func=lambda s: t("common.all", lang) if s == state.ALL else t(f"common.segment.{s}", lang))
    _ensure_valid(state.PILLAR, list(PILLARS), state.ALL)
    st.selectbox(t("common.pillar", lang), PILLARS, key=state.PILLAR, bind="query-params",
                 format_func=lambda p: t("common.all", lang) if p == state.ALL else t(f"common.pillar.{p}", lang))
    return state.current_filters()
