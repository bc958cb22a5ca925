"""Page scaffolding: the title, the active filters under it (with a reset control) and filters a page cannot apply."""

from __future__ import annotations

import streamlit as st

from components import state
from components.data import filter_options
from esg.i18n import t

SCOPED = (state.ENTITY, state.SEGMENT)


def _filter_labels(filters: state.Filters) -> dict[str, str]:
    """Each global filter that differs from its default, as a localised label."""
    lang = filters.lang
    options = filter_options(filters.edition)
    labels = {state.YEAR: f"{t('common.year', lang)} {filters.year}"}
    if filters.year == max(options["years"]):
        labels["default_year"] = labels.pop(state.YEAR)
    if filters.entity != state.GROUP:
        entities = {e["entity_id"]: e for e in options["entities"]}
        entity = entities.get(filters.entity, {})
        labels[state.ENTITY] = (
            f"{t('common.entity', lang)} {entity.get('short_en' if lang == 'en' else 'short_zh', filters.entity)}"
        )
    if filters.segment != state.ALL:
        labels[state.SEGMENT] = f"{t('common.segment', lang)} {t(f'common.segment.{filters.segment}', lang)}"
    if filters.pillar != state.ALL:
        labels[state.PILLAR] = f"{t('common.pillar', lang)} {t(f'common.pillar.{filters.pillar}', lang)}"
    return labels


def render_page_header(
    title_key: str, filters: state.Filters, applies: frozenset[str], intro_key: str | None = None
) -> None:
    """Title, optional intro, the active filters, the ones this page cannot apply, and a reset button."""
    lang = filters.lang
    st.title(t(title_key, lang))
    if intro_key:
        st.caption(t(intro_key, lang))
    corrected = st.session_state.pop(state.FILTER_NOTICE, None)
    if corrected:
        st.warning(corrected, icon=":material/filter_alt:")
    labels = _filter_labels(filters)
    if state.YEAR in applies and "default_year" in labels:
        labels[state.YEAR] = labels.pop("default_year")
    labels.pop("default_year", None)
    active = [label for key, label in labels.items() if key in applies]
    # the entity and segment filters: the view's notice says which figures are not their own (render_scope_notice)
    ignored = [label for key, label in labels.items() if key not in applies and key not in SCOPED]
    cols = st.columns([5, 1], vertical_alignment="center")
    with cols[0]:
        if active:
            st.caption(t("common.active_filters", lang, filters=" · ".join(active)))
        if ignored:
            st.caption(t("common.filter_not_applicable", lang, filters=" · ".join(ignored)))
    with cols[1]:
        st.button(
            t("common.reset_filters", lang),
            on_click=state.reset_filters,
            key="reset_filters",
            icon=":material/restart_alt:",
        )
