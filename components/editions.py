"""Editions at start-up: a broken edition is named with what is wrong, in the user's language, and left out (the app
shows the newest good one); no traceback ever reaches a user (details go to the server log). The editions view is
defined in ``esg.views.editions`` (its kinds in ``components.kinds.editions``)."""

from __future__ import annotations

import streamlit as st

from components import state
from components.data import edition_statuses
from components.kinds.editions import describe_problems
from components.text import md_escape
from esg.i18n import t


def render_snapshot_status(lang: str) -> bool:
    """Show an error for each unusable edition; return whether at least one edition can be used."""
    statuses = edition_statuses()
    usable = [s.edition for s in statuses if s.ok]
    broken = [s for s in statuses if not s.ok]
    if not usable:
        problems = " · ".join(f"{s.edition}: {describe_problems(s, lang)}" for s in broken)
        st.error(
            md_escape(t("editions.broken_all", lang, problems=problems or t("editions.no_editions", lang))),
            icon=":material/error:",
        )
        return False
    for status in broken:
        message = t(
            "editions.broken",
            lang,
            edition=status.edition,
            problems=describe_problems(status, lang),
            fallback=st.session_state.get(state.EDITION) or usable[0],
        )
        st.error(md_escape(message), icon=":material/warning:")
    return True
