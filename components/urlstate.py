"""The one URL helper: the global filters live in the query string (``lang``, ``edition``, ``year``, ``entity``,
``segment``, ``pillar``, ``present``, ``slide``), so a copied link reopens the same view.

Streamlit's ``bind="query-params"`` writes a widget's *formatted label* into the URL (``?lang=English``), so the
sidebar widgets are plain keyed widgets and this module copies values between the URL and session state: once from
the URL when a session starts, and back to the URL on every run (navigation clears the query string).
"""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

_LOADED = "_url_loaded"


def load_from_url(keys: tuple[str, ...]) -> None:
    """At the start of a session, copy the URL's values for ``keys`` into session state (validated later)."""
    if st.session_state.get(_LOADED):
        return
    for key in keys:
        if key in st.query_params:
            st.session_state[key] = st.query_params[key]
    st.session_state[_LOADED] = True


def accept(key: str, options: list, default: object) -> None:
    """Make session state hold one of ``options`` for ``key`` (URL text is matched by its string form)."""
    value = st.session_state.get(key, default)
    by_text = {str(o): o for o in options}
    st.session_state[key] = by_text.get(str(value), default)


def write_to_url(values: Mapping[str, object], defaults: Mapping[str, object]) -> None:
    """Put every non-default value in the URL and drop the defaults, keeping links short."""
    for key, value in values.items():
        if value == defaults.get(key) or value is None:
            if key in st.query_params:
                del st.query_params[key]
        elif st.query_params.get(key) != str(value):
            st.query_params[key] = str(value)
