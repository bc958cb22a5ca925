"""Double materiality: the three tiers as published, the matrix (positions derived) and the indicators behind a
topic chosen by clicking it in the matrix or picking it in a list."""

import streamlit as st

from components import state
from components.data import query
from components.layout import render_page_header
from components.materiality_charts import make_indicator_table, make_materiality_figure, make_topic_table
from components.render import render_chart, selected_id
from components.urlstate import accept
from esg.i18n import pick, t

TIERS = ("both", "impact_only", "neither")
TOPIC_KEY = "materiality_topic"
CHART_KEY = "materiality_matrix"
CLICKED_KEY = "materiality_clicked"

filters = state.current_filters()
lang = filters.lang
render_page_header("materiality.title", filters, frozenset({state.YEAR, state.PILLAR}), intro_key="materiality.intro")

topics = query("materiality.topics", filters.edition, pillar=filters.pillar_or_none)
rows = topics.to_dicts()
names = {row["topic_id"]: pick(lang, row["topic_zh"], row["topic_en"]) for row in rows}
if filters.pillar_or_none:
    st.caption(t("materiality.filtered", lang, n=len(rows)))

st.subheader(t("materiality.tiers_heading", lang))
for column, tier in zip(st.columns(3), TIERS, strict=True):
    listed = [names[row["topic_id"]] for row in rows if row["tier"] == tier]
    with column, st.container(border=True):
        st.markdown(f"**{t(f'materiality.tier.{tier}', lang)}**")
        st.caption(t("materiality.tier_count", lang, n=len(listed)))
        st.markdown("\n".join(f"- {name}" for name in listed) or t("materiality.tier_empty", lang))

# A click in the matrix chooses the topic (once per new click); the list below stays the keyboard alternative.
options = list(names)
clicked = selected_id(st.session_state.get(CHART_KEY))
if clicked != st.session_state.get(CLICKED_KEY):
    st.session_state[CLICKED_KEY] = clicked
    if clicked in names:
        st.session_state[TOPIC_KEY] = clicked
if options:
    accept(TOPIC_KEY, options, options[0])
chosen = st.session_state.get(TOPIC_KEY)

topic_table = make_topic_table(topics, lang=lang)
render_chart(
    make_materiality_figure(topics, lang=lang, selected=chosen),
    key=CHART_KEY,
    lang=lang,
    data=topic_table,
    on_select="rerun",
)
if rows:
    method = pick(lang, rows[0]["method_common_zh"], rows[0]["method_common_en"])
    st.caption(t("materiality.caption", lang, method=method))

if options:
    st.selectbox(
        t("materiality.select", lang),
        options,
        format_func=names.get,
        key=TOPIC_KEY,
        help=t("materiality.select_help", lang),
    )
    topic = next(row for row in rows if row["topic_id"] == st.session_state[TOPIC_KEY])
    st.subheader(t("materiality.detail_heading", lang, topic=names[topic["topic_id"]], year=filters.year))
    st.caption(
        t(
            "materiality.detail_meta",
            lang,
            pillar=t(f"common.pillar.{topic['pillar']}", lang),
            tier=t(f"materiality.tier.{topic['tier']}", lang),
            rank=topic["tier_rank"],
        )
    )
    if not topic["indicator_topics"]:
        st.info(t("materiality.no_indicator", lang), icon=":material/info:")
    else:
        figures = query("materiality.indicators", filters.edition, topic_id=topic["topic_id"], year=filters.year)
        if figures.is_empty():
            st.info(t("materiality.no_figure_in_year", lang, year=filters.year), icon=":material/info:")
        else:
            st.caption(t("materiality.indicator_count", lang, n=figures.height))
            widths = {"indicator": "large", "value": "medium", "unit": "small", "source_table": "medium"}
            st.dataframe(
                make_indicator_table(figures, lang=lang),
                hide_index=True,
                width="stretch",
                key="materiality_indicators",
                column_config={
                    t(f"materiality.col.{c}", lang): st.column_config.Column(width=w) for c, w in widths.items()
                },
            )
else:
    st.info(t("common.no_data", lang))

st.subheader(t("materiality.table_heading", lang))
st.dataframe(topic_table, hide_index=True, width="stretch", key="materiality_table")
st.download_button(
    t("common.download_csv", lang),
    data=topic_table.write_csv().encode("utf-8-sig"),
    file_name=f"materiality_topics_{lang}.csv",
    mime="text/csv",
    key="materiality_table_csv",
    on_click="ignore",
    icon=":material/download:",
)
