"""Subsidiaries and segments: the entity directory with its own filters, every figure of one entity, the business
segments side by side for the selected year, and which figures exist for which entity and year.

Every element is built once per filters, page filters and entity (``components.subsidiaries_charts``); a rerun only
renders."""

import streamlit as st

from components import state
from components.data import built
from components.layout import render_page_header
from components.render import render_chart, render_kpi
from components.subsidiaries_charts import directory_elements, entity_elements, subsidiaries_elements
from esg.i18n import pick, t

filters = state.current_filters()
lang = filters.lang
render_page_header(
    "subsidiaries.title",
    filters,
    frozenset({state.YEAR, state.ENTITY, state.SEGMENT}),
    intro_key="subsidiaries.intro",
)
elements = built("subsidiaries.elements", filters, lambda: subsidiaries_elements(filters))


def page_filter(label_key: str, choices: dict[str, str], key: str) -> str | None:
    """A page filter's selectbox over ``choices`` (value -> label, "all" first); the value chosen, ``None`` for all."""
    chosen = st.selectbox(t(label_key, lang), list(choices), format_func=choices.__getitem__, key=key)
    return None if chosen == state.ALL else chosen


# Page filters. The segment filter starts at the sidebar's segment and follows it when that changes.
if st.session_state.get("subsidiaries_segment_from") != filters.segment:
    st.session_state["subsidiaries_segment_from"] = filters.segment
    st.session_state["subsidiaries_segment"] = filters.segment
province_col, segment_col, commodity_col = st.columns(3)
with province_col:
    province = page_filter("subsidiaries.filter.province", elements.provinces, "subsidiaries_province")
with segment_col:
    segment = page_filter("subsidiaries.filter.segment", elements.segments, "subsidiaries_segment")
with commodity_col:
    commodity = page_filter("subsidiaries.filter.commodity", elements.commodities, "subsidiaries_commodity")
page_filters = {"province": province, "segment": segment, "commodity": commodity}
listed = built("subsidiaries.directory", filters, lambda: directory_elements(filters, page_filters), page_filters)
entities = listed.entities

# Directory
st.subheader(t("subsidiaries.directory", lang))
if not entities:
    st.info(t("subsidiaries.no_entities", lang), icon=":material/filter_alt_off:")
else:
    st.caption(t("subsidiaries.directory_caption", lang, count=len(entities)))
    st.dataframe(
        listed.directory,
        hide_index=True,
        width="stretch",
        height=360,
        key="subsidiaries_directory",
        column_config={
            t("subsidiaries.col.iso45001", lang): st.column_config.NumberColumn(format="%d"),
            t("subsidiaries.col.figures", lang): st.column_config.NumberColumn(format="%d"),
        },
    )

    # Entity details: starts at the sidebar's entity, follows it when it changes.
    st.subheader(t("subsidiaries.entity", lang))
    if st.session_state.get("subsidiaries_entity_from") != filters.entity:
        st.session_state["subsidiaries_entity_from"] = filters.entity
        st.session_state["subsidiaries_entity"] = filters.entity
    if st.session_state.get("subsidiaries_entity") not in entities:
        st.session_state["subsidiaries_entity"] = filters.entity if filters.entity in entities else next(iter(entities))
    entity_id = st.selectbox(
        t("subsidiaries.entity_select", lang),
        list(entities),
        format_func=listed.names.__getitem__,
        key="subsidiaries_entity",
        help=t("subsidiaries.entity_help", lang),
    )
    short = listed.names[entity_id]
    entity = built("subsidiaries.entity", filters, lambda: entity_elements(filters, entity_id), entity_id)
    st.table(entity.profile, hide_index=True)
    st.caption(t("subsidiaries.basis_caption", lang))
    st.caption(t("subsidiaries.iso_caption", lang))

    st.markdown(f"**{t('subsidiaries.figures', lang, name=short)}**")
    if entity.figures.num_rows == 0:
        st.info(t("subsidiaries.no_figures", lang, name=short), icon=":material/info:")
    else:
        missing = entities[entity_id]["not_disclosed"]
        st.caption(t("subsidiaries.figures_caption", lang, count=entity.figures.num_rows, missing=missing))
        st.dataframe(
            entity.figures,
            hide_index=True,
            width="stretch",
            key="subsidiaries_figures",
            column_config={t("subsidiaries.col.year", lang): st.column_config.NumberColumn(format="%d")},
        )

# Segment comparisons in the selected year
st.subheader(t("subsidiaries.segments", lang, year=filters.year))
st.caption(t("subsidiaries.segments_caption", lang))
for column, chart in zip(st.columns(2), elements.charts, strict=False):
    with column:
        render_chart(chart.figure, key=chart.key, lang=lang, data=chart.csv)
        if chart.caption:
            st.caption(chart.caption)

st.markdown(f"**{t('subsidiaries.water', lang, year=filters.year)}**")
for column, kpi in zip(st.columns(3), elements.water, strict=True):
    with column:
        render_kpi(kpi, lang)
st.caption(t("subsidiaries.water_caption", lang))

# Coverage: which figures exist for which entity and year
st.subheader(t("subsidiaries.coverage", lang))
st.caption(t("subsidiaries.coverage_caption", lang))
short_col, kind_col = pick(lang, "short_zh", "short_en"), pick(lang, "kind_zh", "kind_en")
st.dataframe(
    listed.coverage,
    hide_index=True,
    width="stretch",
    height=360,
    key="subsidiaries_coverage",
    column_order=[short_col, kind_col, *listed.years, "total"],
    column_config={
        short_col: st.column_config.TextColumn(t("subsidiaries.col.short", lang)),
        kind_col: st.column_config.TextColumn(t("subsidiaries.col.kind", lang)),
        "total": st.column_config.NumberColumn(t("subsidiaries.col.total", lang), format="%d"),
        **{year: st.column_config.NumberColumn(year, format="%d") for year in listed.years},
    },
)
if entities:
    st.markdown(f"**{t('subsidiaries.matrix', lang, name=short)}**")
    if entity.matrix.num_rows == 0:
        st.info(t("subsidiaries.no_figures", lang, name=short), icon=":material/info:")
    else:
        st.caption(t("subsidiaries.matrix_caption", lang))
        st.dataframe(
            entity.matrix,
            hide_index=True,
            width="stretch",
            key="subsidiaries_matrix",
            column_order=["name", "segment", "unit", *listed.years],
            column_config={
                "name": st.column_config.TextColumn(t("subsidiaries.col.indicator", lang)),
                "segment": st.column_config.TextColumn(t("subsidiaries.col.segment", lang)),
                "unit": st.column_config.TextColumn(t("subsidiaries.col.unit", lang)),
            },
        )
