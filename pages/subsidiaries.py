"""Subsidiaries and segments: the entity directory with its own filters, every figure of one entity, the business
segments side by side for the selected year, and which figures exist for which entity and year."""

import polars as pl
import streamlit as st

from components import state
from components.data import query
from components.kpi import Kpi
from components.layout import render_page_header
from components.render import render_chart, render_kpi
from components.subsidiaries_charts import make_segment_bar_figure
from components.tables import localised
from esg.i18n import display_unit, format_value, pick, t

filters = state.current_filters()
lang = filters.lang
render_page_header(
    "subsidiaries.title",
    filters,
    frozenset({state.YEAR, state.ENTITY, state.SEGMENT}),
    intro_key="subsidiaries.intro",
)

# Page filters. The segment filter starts at the sidebar's segment and follows it when that changes.
options = query("subsidiaries.options", filters.edition)
provinces = {p["province_zh"]: pick(lang, p["province_zh"], p["province_en"]) for p in options["provinces"]}
segment_ids = [state.ALL, "mining", "smelting", "other", "unassigned"]
if st.session_state.get("subsidiaries_segment_from") != filters.segment:
    st.session_state["subsidiaries_segment_from"] = filters.segment
    st.session_state["subsidiaries_segment"] = filters.segment
all_label = t("subsidiaries.filter.all", lang)
province_col, segment_col, commodity_col = st.columns(3)
with province_col:
    province = st.selectbox(
        t("subsidiaries.filter.province", lang),
        [state.ALL, *provinces],
        format_func=lambda p: all_label if p == state.ALL else provinces[p],
        key="subsidiaries_province",
    )
with segment_col:
    segment = st.selectbox(
        t("subsidiaries.filter.segment", lang),
        segment_ids,
        format_func=lambda s: all_label if s == state.ALL else t(f"subsidiaries.segment.{s}", lang),
        key="subsidiaries_segment",
    )
with commodity_col:
    commodity = st.selectbox(
        t("subsidiaries.filter.commodity", lang),
        [state.ALL, *options["commodities"]],
        format_func=lambda c: all_label if c == state.ALL else t(f"subsidiaries.commodity.{c}", lang),
        key="subsidiaries_commodity",
    )
page_filters = {
    "province": None if province == state.ALL else province,
    "segment": None if segment == state.ALL else segment,
    "commodity": None if commodity == state.ALL else commodity,
}

# Directory
st.subheader(t("subsidiaries.directory", lang))
directory = query("subsidiaries.directory", filters.edition, **page_filters)
entities = {row["entity_id"]: row for row in directory.to_dicts()}
if not entities:
    st.info(t("subsidiaries.no_entities", lang), icon=":material/filter_alt_off:")
else:
    st.caption(t("subsidiaries.directory_caption", lang, count=len(entities)))
    st.dataframe(
        localised(
            directory,
            {
                "short*": "subsidiaries.col.short",
                "kind*": "subsidiaries.col.kind",
                "segment*": "subsidiaries.col.segment",
                "province*": "subsidiaries.col.province",
                "commodities*": "subsidiaries.col.commodities",
                "figures": "subsidiaries.col.figures",
                "iso45001_year": "subsidiaries.col.iso45001",
                "parent*": "subsidiaries.col.parent",
                "capacity*": "subsidiaries.col.capacity",
                "name*": "subsidiaries.col.name",
            },
            lang,
        ),
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
        format_func=lambda e: pick(lang, entities[e]["short_zh"], entities[e]["short_en"]),
        key="subsidiaries_entity",
        help=t("subsidiaries.entity_help", lang),
    )
    entity = entities[entity_id]
    short = pick(lang, entity["short_zh"], entity["short_en"])
    missing = t("subsidiaries.empty_field", lang)
    profile = [
        ("name", pick(lang, entity["name_zh"], entity["name_en"])),
        ("kind", pick(lang, entity["kind_zh"], entity["kind_en"])),
        ("parent", pick(lang, entity["parent_zh"], entity["parent_en"]) or missing),
        ("province", pick(lang, entity["province_zh"], entity["province_en"]) or missing),
        ("segment", pick(lang, entity["segment_zh"], entity["segment_en"])),
        ("segment_basis", pick(lang, entity["segment_basis_zh"], entity["segment_basis_en"]) or missing),
        ("commodities", pick(lang, entity["commodities_zh"], entity["commodities_en"]) or missing),
        ("capacity", pick(lang, entity["capacity_zh"], entity["capacity_en"]) or missing),
        ("iso45001", str(entity["iso45001_year"]) if entity["iso45001_year"] else t("subsidiaries.iso_none", lang)),
        ("figures", str(entity["figures"])),
        ("note", pick(lang, entity["note_zh"], entity["note_en"]) or missing),
    ]
    st.table(
        pl.DataFrame(
            {
                t("subsidiaries.col.field", lang): [t(f"subsidiaries.field.{key}", lang) for key, _ in profile],
                t("subsidiaries.col.value", lang): [value for _, value in profile],
            }
        ),
        hide_index=True,
    )
    st.caption(t("subsidiaries.basis_caption", lang))
    st.caption(t("subsidiaries.iso_caption", lang))

    figures = query("subsidiaries.entity_figures", filters.edition, entity=entity_id)
    st.markdown(f"**{t('subsidiaries.figures', lang, name=short)}**")
    if figures.is_empty():
        st.info(t("subsidiaries.no_figures", lang, name=short), icon=":material/info:")
    else:
        st.caption(
            t("subsidiaries.figures_caption", lang, count=figures.height, missing=entity["not_disclosed"]),
        )
        st.dataframe(
            localised(
                figures,
                {
                    "name*": "subsidiaries.col.indicator",
                    "year": "subsidiaries.col.year",
                    "shown*": "subsidiaries.col.figure",
                    "printed": "subsidiaries.col.printed",
                    "source_table*": "subsidiaries.col.source",
                    "note*": "subsidiaries.col.note",
                    "indicator_id": "subsidiaries.col.indicator_id",
                },
                lang,
            ),
            hide_index=True,
            width="stretch",
            key="subsidiaries_figures",
            column_config={t("subsidiaries.col.year", lang): st.column_config.NumberColumn(format="%d")},
        )

# Segment comparisons in the selected year
st.subheader(t("subsidiaries.segments", lang, year=filters.year))
st.caption(t("subsidiaries.segments_caption", lang))
segments = query("subsidiaries.segments", filters.edition, year=filters.year)
for column, chart in zip(st.columns(2), segments["charts"], strict=False):
    with column:
        unit = display_unit(chart["unit"], chart["unit_en"], lang)[0]
        group_text = format_value(chart["group_value"], chart["unit"], chart["unit_en"], lang)
        is_intensity = chart["indicator_id"] == "energy_intensity"
        fig = make_segment_bar_figure(
            chart["rows"],
            label=pick(lang, "segment_zh", "segment_en"),
            value=pick(lang, "value_zh", "value_en"),
            segment="segment",
            title=t(f"subsidiaries.chart.{chart['indicator_id']}", lang, year=filters.year, unit=unit),
            source=pick(lang, chart["source_table"], chart["source_table_en"]),
            lang=lang,
            y_title=unit,
            hover_unit=unit,
            reference=chart["group_value"] if is_intensity else None,
            reference_label=t("subsidiaries.group_line", lang, value=group_text),
        )
        chart_data = localised(
            chart["rows"],
            {
                "segment*": "subsidiaries.col.segment_label",
                "value*": "common.value",
                "unit_label*": "subsidiaries.col.unit",
            },
            lang,
        )
        render_chart(fig, key=f"subsidiaries_{chart['indicator_id']}", lang=lang, data=chart_data)
        if is_intensity and chart["group_value"] is not None:
            st.caption(t("subsidiaries.sum_caption.energy_intensity", lang, total=group_text))
        elif chart["segment_sum"] is not None and chart["group_value"] is not None:
            st.caption(
                t(
                    "subsidiaries.sum_caption.ghg_total",
                    lang,
                    sum=format_value(chart["segment_sum"], chart["unit"], chart["unit_en"], lang),
                    total=group_text,
                    diff=format_value(
                        chart["group_value"] - chart["segment_sum"], chart["unit"], chart["unit_en"], lang
                    ),
                )
            )
        elif not is_intensity:
            st.caption(t("subsidiaries.sum_missing", lang, year=filters.year))

st.markdown(f"**{t('subsidiaries.water', lang, year=filters.year)}**")
for column, row in zip(st.columns(3), segments["water"].to_dicts(), strict=True):
    with column:
        render_kpi(
            Kpi(
                label=t(f"subsidiaries.water.{row['segment']}", lang),
                value=row["value"],
                unit=row["unit"] or "",
                unit_en=row["unit_en"] or "",
                change=row["change_pct"],
                is_rate=False,
                lower_is_better=True,
                history=row["history"] or [],
                previous_year=filters.year - 1 if row["previous_value"] is not None else None,
                help=t("common.source", lang, source=pick(lang, row["source_table"], row["source_table_en"]))
                if row["source_table"]
                else "",
            ),
            lang,
        )
st.caption(t("subsidiaries.water_caption", lang))

# Coverage: which figures exist for which entity and year
st.subheader(t("subsidiaries.coverage", lang))
st.caption(t("subsidiaries.coverage_caption", lang))
coverage = query("subsidiaries.coverage", filters.edition, **page_filters)
years = [c for c in coverage.columns if c.isdigit()]
short_col, kind_col = pick(lang, "short_zh", "short_en"), pick(lang, "kind_zh", "kind_en")
st.dataframe(
    coverage,
    hide_index=True,
    width="stretch",
    height=360,
    key="subsidiaries_coverage",
    column_order=[short_col, kind_col, *years, "total"],
    column_config={
        short_col: st.column_config.TextColumn(t("subsidiaries.col.short", lang)),
        kind_col: st.column_config.TextColumn(t("subsidiaries.col.kind", lang)),
        "total": st.column_config.NumberColumn(t("subsidiaries.col.total", lang), format="%d"),
        **{year: st.column_config.NumberColumn(year, format="%d") for year in years},
    },
)
if entities:
    st.markdown(f"**{t('subsidiaries.matrix', lang, name=short)}**")
    matrix = query("subsidiaries.matrix", filters.edition, entity=entity_id, lang=lang)
    if matrix.is_empty():
        st.info(t("subsidiaries.no_figures", lang, name=short), icon=":material/info:")
    else:
        st.caption(t("subsidiaries.matrix_caption", lang))
        st.dataframe(
            matrix,
            hide_index=True,
            width="stretch",
            key="subsidiaries_matrix",
            column_order=["name", "segment", "unit", *years],
            column_config={
                "name": st.column_config.TextColumn(t("subsidiaries.col.indicator", lang)),
                "segment": st.column_config.TextColumn(t("subsidiaries.col.segment", lang)),
                "unit": st.column_config.TextColumn(t("subsidiaries.col.unit", lang)),
            },
        )
