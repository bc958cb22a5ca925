"""The router: page config, session defaults, the global sidebar filters, then the selected page."""

import logging

import streamlit as st

from components.admin import admin_enabled
from components.editions import render_snapshot_status
from components.filters import render_global_filters, render_language_switch
from components.navigation import sections
from esg.i18n import t

log = logging.getLogger("esg.app")

st.set_page_config(page_title="Western Mining ESG", page_icon=":material/eco:", layout="wide")

with st.sidebar:
    lang = render_language_switch()
    render_global_filters(lang)

pages = {
    t(section, lang): [
        st.Page(view.file, title=t(view.title_key, lang), icon=view.icon, url_path=view.name, default=i == 0 and j == 0)
        for j, view in enumerate(views)
    ]
    for i, (section, views) in enumerate(sections(admin_enabled()).items())
}
page = st.navigation(pages, position="top")
if not render_snapshot_status(lang):  # a broken edition is named; without any usable one no page can run
    st.stop()
try:
    page.run()
except Exception:  # a broken view shows a message, the details go to the server log
    log.exception("page %s failed", page.title)
    st.error(t("common.data_error", lang), icon=":material/error:")
