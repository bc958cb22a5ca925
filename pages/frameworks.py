"""Framework index: the report's GRI and SSE content indices, each code linked to the view and the indicators that
answer it, and every indicator with its GRI codes."""

import streamlit as st

from components import state
from components.data import query
from components.layout import render_page_header
from components.tables import localised
from esg.i18n import pick, t

filters = state.current_filters()
lang = filters.lang
render_page_header("frameworks.title", filters, frozenset(), intro_key="frameworks.intro")

counts = query("frameworks.summary", filters.edition)
for column, (key, count) in zip(st.columns(4), counts.items(), strict=True):
    with column:
        st.metric(
            t(f"frameworks.kpi.{key}", lang),
            t("frameworks.kpi.count", lang, count=count),
            border=True,
            help=t("frameworks.kpi.with_figures_help", lang) if key == "with_figures" else None,
        )

framework = st.segmented_control(
    t("frameworks.filter.framework", lang),
    [state.ALL, "GRI", "SSE"],
    format_func=lambda f: t("frameworks.filter.all", lang) if f == state.ALL else f,
    default=state.ALL,
    required=True,
    key="frameworks_framework",
)
index = query("frameworks.index", filters.edition, framework=None if framework == state.ALL else framework)

st.subheader(t("frameworks.index", lang))
st.caption(t("frameworks.index_caption", lang))
st.dataframe(
    localised(
        index,
        {
            "framework": "frameworks.col.framework",
            "code": "frameworks.col.code",
            "group*": "frameworks.col.group",
            "disclosure*": "frameworks.col.disclosure",
            "location*": "frameworks.col.location",
            "status*": "frameworks.col.status",
            "view*": "frameworks.col.view",
            "indicators": "frameworks.col.indicators",
        },
        lang,
    ),
    hide_index=True,
    width="stretch",
    height=400,
    key="frameworks_index",
    column_config={t("frameworks.col.indicators", lang): st.column_config.NumberColumn(format="%d")},
)

# One code: its view (a link that keeps the language) and the indicators that carry it.
codes = {row["code"]: row for row in index.to_dicts()}
first_with_figures = next((i for i, row in enumerate(codes.values()) if row["indicators"]), 0)
code = st.selectbox(
    t("frameworks.code", lang),
    list(codes),
    index=first_with_figures,
    format_func=lambda c: f"{c} · {pick(lang, codes[c]['disclosure_zh'], codes[c]['disclosure_en'])}",
    key="frameworks_code",
    help=t("frameworks.code_help", lang),
)
selected = codes[code]
st.subheader(
    t(
        "frameworks.selected",
        lang,
        code=code,
        disclosure=pick(lang, selected["disclosure_zh"], selected["disclosure_en"]),
    )
)
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

answering = query("frameworks.code_indicators", filters.edition, code=code)
st.markdown(f"**{t('frameworks.code_indicators', lang, code=code, count=answering.height)}**")
if answering.is_empty():
    st.info(
        t("frameworks.sse_note" if selected["framework"] == "SSE" else "frameworks.no_indicators", lang),
        icon=":material/info:",
    )
else:
    st.dataframe(
        localised(
            answering,
            {
                "name*": "frameworks.col.indicator",
                "indicator_id": "frameworks.col.indicator_id",
                "pillar": "frameworks.col.pillar",
                "years": "frameworks.col.years",
                "entities*": "frameworks.col.entities",
                "figures": "frameworks.col.figures",
                "codes": "frameworks.col.codes",
                "source_table*": "frameworks.col.source",
            },
            lang,
        ),
        hide_index=True,
        width="stretch",
        key="frameworks_code_indicators",
        column_config={t("frameworks.col.figures", lang): st.column_config.NumberColumn(format="%d")},
    )

st.subheader(t("frameworks.indicator_codes", lang))
indicator_codes = query("frameworks.indicator_codes", filters.edition)
st.caption(t("frameworks.indicator_codes_caption", lang, count=indicator_codes.height))
st.dataframe(
    localised(
        indicator_codes,
        {
            "name*": "frameworks.col.indicator",
            "indicator_id": "frameworks.col.indicator_id",
            "codes": "frameworks.col.codes",
            "views*": "frameworks.col.views",
            "figures": "frameworks.col.figures",
            "source_table*": "frameworks.col.source",
        },
        lang,
    ),
    hide_index=True,
    width="stretch",
    height=400,
    key="frameworks_indicator_codes",
    column_config={t("frameworks.col.figures", lang): st.column_config.NumberColumn(format="%d")},
)
