"""The global sidebar filters (language, edition, year, entity, segment, pillar) and presentation mode (``present``,
``slide``), kept in the URL."""

from __future__ import annotations

from functools import partial

import streamlit as st

from components import state
from components.data import edition_statuses, filter_options
from components.slides import CURATED
from components.urlstate import accept, load_from_url, write_to_url
from esg.filters import agreeing_segment, entities_of_segment
from esg.i18n import DEFAULT_LANG, LANGS, t
from esg.vocabulary import PILLARS, SEGMENTS

LANG_LABELS = {"zh": "中文", "en": "English"}
# The label must not change with the language (it is the control that changes the language).
LANGUAGE_LABEL = "语言 / Language"
SEGMENT_CHOICES = [state.ALL, *SEGMENTS]
PILLAR_CHOICES = [state.ALL, *PILLARS]
URL_KEYS = (
    state.LANG, state.EDITION, state.YEAR, state.ENTITY, state.SEGMENT, state.PILLAR, state.PRESENT, state.SLIDE,
)  # fmt: skip


def presentation_requested() -> bool:
    """Whether this run presents slides (``present=1`` in the URL, or the toggle switched it on); the session keeps
    it as a bool, and a presenting session always has a valid slide number (``slide``, from 1)."""
    load_from_url(URL_KEYS)
    value = st.session_state.get(state.PRESENT, False)
    presenting = value is True or str(value).strip().lower() in ("1", "true", "yes", "on")
    st.session_state[state.PRESENT] = presenting
    if presenting:
        accept(state.SLIDE, list(range(1, len(CURATED) + 1)), 1)
    return presenting


# The ``<html lang>`` of each language (so browsers stop offering to translate the Chinese view).
HTML_LANG = {"zh": "zh-CN", "en": "en"}


def browser_language() -> str:
    """The language a link without ``lang`` opens in: the browser's (``st.context.locale``) if it is one of ours,
    Chinese otherwise."""
    locale = (st.context.locale or "").lower()
    return next((lang for lang in LANGS if locale.split("-")[0] == lang), DEFAULT_LANG)


def current_language() -> str:
    """The language without its control (presentation mode draws the control in its toolbar)."""
    load_from_url(URL_KEYS)
    accept(state.LANG, list(LANGS), browser_language())
    return st.session_state[state.LANG]


def document_language_script(lang: str) -> str:
    """The script setting the page's ``<html lang>`` to ``lang`` (the only HTML the app renders)."""
    return f'<script>document.documentElement.lang = "{HTML_LANG[lang]}";</script>'


def set_document_language(lang: str) -> None:
    """Set the page's ``<html lang>`` to ``lang`` (a script in the app's own document, not an iframe; the body names
    the language, so a change of language sends a new element and the script runs again)."""
    st.html(document_language_script(lang), unsafe_allow_javascript=True, width=1)


def render_language_switch(label_visibility: str = "visible") -> str:
    """The language control; returns ``zh`` or ``en``."""
    lang = current_language()
    st.segmented_control(
        LANGUAGE_LABEL,
        LANGS,
        format_func=LANG_LABELS.get,
        key=state.LANG,
        required=True,
        label_visibility=label_visibility,
    )
    return st.session_state[state.LANG] or lang


def _choice_label(word: str, lang: str, choice: str) -> str:
    """The label of a segment or pillar choice (``word``), "All" for no filter."""
    return t("common.all", lang) if choice == state.ALL else t(f"common.{word}.{choice}", lang)


def _entity_chosen(segments: dict[str, str | None]) -> None:
    """Callback: an entity chosen sets the segment filter to its own segment (all segments for the group)."""
    entity = st.session_state[state.ENTITY]
    st.session_state[state.SEGMENT] = (segments.get(entity) or state.ALL) if entity != state.GROUP else state.ALL


def _segment_chosen(segments: dict[str, str | None]) -> None:
    """Callback: a segment chosen that the entity filter's entity is not in sets the entity back to the group."""
    entity, segment = st.session_state[state.ENTITY], st.session_state[state.SEGMENT]
    if agreeing_segment(entity, segment, segments) != segment:
        st.session_state[state.ENTITY] = state.GROUP


def _agree(segments: dict[str, str | None], names: dict[str, str], lang: str) -> None:
    """Correct an entity and segment that cannot go together (from a link, or a segment chosen after the entity): the
    segment follows the entity, and the page says so once (``state.FILTER_NOTICE``)."""
    entity, segment = st.session_state[state.ENTITY], st.session_state[state.SEGMENT]
    agreed = agreeing_segment(entity, segment, segments)
    if agreed == segment:
        return
    st.session_state[state.SEGMENT] = agreed
    st.session_state[state.FILTER_NOTICE] = t(
        "common.filters_corrected",
        lang,
        name=names.get(entity, entity),
        wanted=_choice_label("segment", lang, segment),
        segment=_choice_label("segment", lang, agreed),
    )


def render_global_filters(lang: str, *, show: bool = True) -> state.Filters:
    """Edition, year, entity, segment and pillar selectors in the sidebar; returns the filters and syncs the URL.

    With ``show=False`` (presentation mode) no control is drawn: the values (from the URL or the session) are
    checked and kept as they are, so they are still there when the dashboard comes back.
    """
    usable = [s.edition for s in edition_statuses() if s.ok]
    if not usable:
        return state.Filters(lang, 0, state.GROUP, state.ALL, state.ALL, "")
    accept(state.EDITION, usable, usable[0])
    if show:
        st.selectbox(t("common.edition", lang), usable, key=state.EDITION)
    edition = st.session_state[state.EDITION]
    options = filter_options(edition)
    years = options["years"]
    accept(state.YEAR, years, years[-1])
    if show:
        st.selectbox(t("common.year", lang), years, key=state.YEAR)
    names = {e["entity_id"]: e["short_en" if lang == "en" else "short_zh"] for e in options["entities"]}
    names[state.GROUP] = t("common.group", lang)
    segments = {state.GROUP: None} | {e["entity_id"]: e["segment"] for e in options["entities"]}
    accept(state.ENTITY, list(segments), state.GROUP)
    for key, choices in ((state.SEGMENT, SEGMENT_CHOICES), (state.PILLAR, PILLAR_CHOICES)):
        accept(key, choices, state.ALL)
    _agree(segments, names, lang)
    if show:
        offered = entities_of_segment(st.session_state[state.SEGMENT], segments)
        st.selectbox(
            t("common.entity", lang),
            offered,
            format_func=names.get,
            key=state.ENTITY,
            on_change=_entity_chosen,
            args=(segments,),
            help=t("common.entity_help", lang),
        )
        st.selectbox(
            t("common.segment", lang),
            SEGMENT_CHOICES,
            key=state.SEGMENT,
            format_func=partial(_choice_label, "segment", lang),
            on_change=_segment_chosen,
            args=(segments,),
        )
        st.selectbox(
            t("common.pillar", lang),
            PILLAR_CHOICES,
            key=state.PILLAR,
            format_func=partial(_choice_label, "pillar", lang),
        )
    filters = state.current_filters()
    presenting = bool(st.session_state.get(state.PRESENT))
    write_to_url(
        {
            state.LANG: lang,
            state.EDITION: edition,
            state.YEAR: filters.year,
            state.ENTITY: filters.entity,
            state.SEGMENT: filters.segment,
            state.PILLAR: filters.pillar,
            state.PRESENT: 1 if presenting else None,
            state.SLIDE: st.session_state.get(state.SLIDE) if presenting else None,
        },
        {
            state.LANG: browser_language(),
            state.EDITION: usable[0],
            state.YEAR: years[-1],
            state.ENTITY: state.GROUP,
            state.SEGMENT: state.ALL,
            state.PILLAR: state.ALL,
        },
    )
    return filters
