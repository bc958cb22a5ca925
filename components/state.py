"""Session-state keys (one place) and the global filters every page reads."""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from esg.filters import Filters
from esg.i18n import DEFAULT_LANG
from esg.vocabulary import ALL, ENTITY, FILTERS, GROUP, PILLAR, SEGMENT, YEAR

# Global widget keys; each is also the URL query parameter the widget is bound to (the filters' own names, from
# ``esg.vocabulary``, are re-exported here for the pages).
LANG = "lang"
EDITION = "edition"
PRESENT = "present"
SLIDE = "slide"
FILTER_NOTICE = "_filter_notice"  # the line saying how filters that could not go together were corrected
GLOBAL_KEYS = FILTERS
__all__ = ["ALL", "ENTITY", "GROUP", "PILLAR", "SEGMENT", "YEAR", "Filters"]


def ensure_routed() -> None:
    """Make sure ``app.py`` (the router) runs before any page.

    Streamlit keeps its legacy "pages/ directory" mode until the first ``st.navigation`` call in the process (and
    AppTest resets it on every run), so a request that opens a deep link (``/overview``) first may run the page
    file alone. Then switch the legacy mode off and rerun: the rerun goes through ``app.py`` on the same URL.
    """
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


def current_filters() -> Filters:
    """The global filters from session state (set by the sidebar in ``app.py``)."""
    ensure_routed()
    state = st.session_state
    return Filters(
        lang=state.get(LANG) or DEFAULT_LANG,
        year=int(state.get(YEAR) or 0),
        entity=state.get(ENTITY) or GROUP,
        segment=state.get(SEGMENT) or ALL,
        pillar=state.get(PILLAR) or ALL,
        edition=str(state.get(EDITION) or ""),
    )


def reset_filters() -> None:
    """Callback: put year, entity, segment and pillar back to their defaults (language and edition stay)."""
    for key in GLOBAL_KEYS:
        st.session_state.pop(key, None)
