"""A long view's sections: a switch under the title and only the chosen section rendered.

A browser draws every Plotly chart a page sends before the page is ready (about 0.2 s each on two cores), so a view
of a dozen charts is split into sections of two or three; the chosen section is in the URL (``?section=water``) so a
copied link reopens it, and the first section is the default (no parameter, links stay short).
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from esg.i18n import t

SECTION = "section"


def render_section_switch(view: str, sections: Sequence[str], lang: str) -> str:
    """The section switch of ``view`` (labels ``<view>.tab.<section>``); returns the chosen section."""
    key = f"{view}_{SECTION}"
    if st.session_state.get(key) not in sections:  # a new visit: from the link, else the first section
        wanted = st.query_params.get(SECTION)
        st.session_state[key] = wanted if wanted in sections else sections[0]
    st.segmented_control(
        t("common.section", lang),
        sections,
        format_func=lambda section: t(f"{view}.tab.{section}", lang),
        key=key,
        required=True,
        label_visibility="collapsed",
    )
    chosen = st.session_state[key]
    if chosen == sections[0]:
        if SECTION in st.query_params:
            del st.query_params[SECTION]
    elif st.query_params.get(SECTION) != chosen:
        st.query_params[SECTION] = chosen
    return chosen
