"""The router: page config, session defaults, the global sidebar filters, then the selected page (or, in
presentation mode, the current slide with no sidebar and no navigation)."""

import logging

import streamlit as st

from components import state
from components.admin import admin_enabled
from components.editions import render_snapshot_status
from components.filters import (
    current_language,
    presentation_requested,
    render_global_filters,
    render_language_switch,
    set_document_language,
)
from components.navigation import menu
from components.presentation import render_ir_controls, render_presentation
from components.warm import warm_in_background
from esg.i18n import t

log = logging.getLogger("esg.app")

st.set_page_config(page_title="Western Mining ESG", page_icon=":material/eco:", layout="wide")

presenting = presentation_requested()
if presenting:  # nothing goes into the sidebar, so Streamlit shows none
    lang = current_language()
    filters = render_global_filters(lang, show=False)
else:
    with st.sidebar:
        lang = render_language_switch()
        filters = render_global_filters(lang)
        render_ir_controls(filters)
        set_document_language(lang)  # last: its empty element adds no gap between the controls

page = st.navigation(menu(lang, admin_enabled()), position="hidden" if presenting else "top")
if not render_snapshot_status(lang):  # a broken edition is named; without any usable one no page can run
    st.stop()
warm_in_background()  # every view's default elements, once per process and edition (components/warm.py)
try:
    if presenting:
        render_presentation(state.current_filters())
    else:
        page.run()
except Exception:  # a broken view shows a message, the details go to the server log
    log.exception("page %s failed", "presentation" if presenting else page.title)
    st.error(t("common.data_error", lang), icon=":material/error:")
if presenting:  # last, below the slide: its empty element moves nothing on the slide
    set_document_language(lang)
