"""Framework index: the report's GRI and SSE content indices, each code linked to the view and the indicators that
answer it, and every indicator with its GRI codes.

Every table is built once per filters and selection (``components.frameworks_tables``); a rerun only renders."""

import streamlit as st

from components import state
from components.data import built
from components.frameworks_tables import code_index, code_indicators, frameworks_elements
from components.layout import render_page_header
from esg.i18n import pick, t

filters = state.current_filters()
lang = filters.lang
render_page_header("frameworks.title", filters, frozenset(), intro_key="frameworks.intro")
elements = built("frameworks.elements", filters, lambda: frameworks_elements(filters))
whole_number = st.column_config.NumberColumn(format="%d")

for column, (label, value, help_text) in zip(st.columns(4), elements.cards, strict=True):
    with column:
        st.metric(label, value, border=True, help=help_text)

framework = st.segmented_control(
    t("frameworks.filter.framework", lang),
    [state.ALL, "GRI", "SSE"],
    format_func=lambda f: t("frameworks.filter.all", lang) if f == state.ALL else f,
    default=state.ALL,
    required=True,
    key="frameworks_framework",
)
index = built("frameworks.index", filters, lambda: code_index(filters, framework), framework)

st.subheader(t("frameworks.index", lang))
st.caption(t("frameworks.index_caption", lang))
st.dataframe(
    index.table,
    hide_index=True,
    width="stretch",
    height=400,
    key="frameworks_index",
    column_config={t("frameworks.col.indicators", lang): whole_number},
)

# One code: its view (a link that keeps the language) and the indicators that carry it.
code = st.selectbox(
    t("frameworks.code", lang),
    list(index.codes),
    index=index.first_with_figures,
    format_func=index.labels.__getitem__,
    key="frameworks_code",
    help=t("frameworks.code_help", lang),
)
selected = index.codes[code]
disclosure = pick(lang, selected["disclosure_zh"], selected["disclosure_en"])
st.subheader(t("frameworks.selected", lang, code=code, disclosure=disclosure))
st.caption(
    t(
        "frameworks.selected_caption",
        lang,
        group=pick(lang, selected["group_zh"], selected["group_en"]),
        location=pick(lang, selected["location_zh"], selected["location_en"]),
        status=pick(lang, selected["status_zh"], selected["status_en"]),
    )
)
if selected["view"]:
    st.page_link(
        f"pages/{selected['view']}.py",
        label=t("frameworks.open_view", lang, view=pick(lang, selected["view_zh"], selected["view_en"])),
        icon=":material/arrow_forward:",
        query_params={"lang": lang},
    )
else:
    st.caption(t("frameworks.no_view", lang))

answering = built("frameworks.code_indicators", filters, lambda: code_indicators(filters, code), code)
st.markdown(f"**{t('frameworks.code_indicators', lang, code=code, count=answering.num_rows)}**")
if answering.num_rows == 0:
    note = "frameworks.sse_note" if selected["framework"] == "SSE" else "frameworks.no_indicators"
    st.info(t(note, lang), icon=":material/info:")
else:
    st.dataframe(
        answering,
        hide_index=True,
        width="stretch",
        key="frameworks_code_indicators",
        column_config={t("frameworks.col.figures", lang): whole_number},
    )

st.subheader(t("frameworks.indicator_codes", lang))
st.caption(t("frameworks.indicator_codes_caption", lang, count=elements.indicator_codes.num_rows))
st.dataframe(
    elements.indicator_codes,
    hide_index=True,
    width="stretch",
    height=400,
    key="frameworks_indicator_codes",
    column_config={t("frameworks.col.figures", lang): whole_number},
)
