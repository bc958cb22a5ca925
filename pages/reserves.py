"""Resources and reserves: the ten minerals by group (each in its own unit) and their change, exploration and
mining rights, and the mines, smelters and salt lake on a schematic province tile map."""

import streamlit as st

from components import state
from components.charts import make_series_figure, source_line
from components.data import query
from components.kpi import kpi_from_row
from components.layout import render_page_header
from components.render import render_chart, render_kpi
from components.reserves_charts import (
    asset_table,
    change_frame,
    make_change_figure,
    make_tile_map_figure,
    mineral_frame,
    reserves_table,
    shown_decimals,
)
from components.tables import unit_label
from esg.i18n import pick, t

filters = state.current_filters()
lang, year, edition = filters.lang, filters.year, filters.edition
render_page_header("reserves.title", filters, frozenset({state.YEAR, state.ENTITY}), intro_key="reserves.intro")


def kpi_row(kind: str) -> None:
    """One row of four KPI cards for the KPI set ``kind`` in the selected year."""
    rows = query("reserves.kpis", edition, year=year, kind=kind).to_dicts()
    for column, row in zip(st.columns(4), rows, strict=False):
        with column:
            render_kpi(kpi_from_row(row, label=t(f"reserves.kpi.{row['key']}", lang), lang=lang), lang)


st.subheader(t("reserves.section.headline", lang, year=year))
kpi_row("reserves")
st.caption(t("reserves.headline_caption", lang))

st.subheader(t("reserves.section.minerals", lang))
minerals = query("reserves.minerals", edition)
change = query("reserves.change", edition, year=year)
charts = query("reserves.chart_groups", edition)
for start in range(0, len(charts) + 1, 2):
    for column, chart in zip(st.columns(2), [*charts, None][start : start + 2], strict=False):
        with column:
            if chart is None:  # the last slot: the change of every mineral, a share of its own figure
                render_chart(
                    make_change_figure(change, lang=lang),
                    key="reserves_change",
                    lang=lang,
                    data=change_frame(change, lang),
                )
                st.caption(t("reserves.change_caption", lang))
                continue
            group, basis = chart
            data = query("reserves.group", edition, group=group, basis=basis)
            unit = unit_label(data, lang)
            fig = make_series_figure(
                mineral_frame(data, lang),
                kind="bar",
                title=t(f"reserves.chart.{group}.{basis}", lang, unit=unit),
                source=source_line(data, lang),
                lang=lang,
                unit=unit,
                decimals=shown_decimals(data, lang),
            )
            render_chart(fig, key=f"reserves_{group}_{basis}", lang=lang, data=mineral_frame(data, lang))

change_header = t("reserves.col.change", lang)
st.dataframe(
    reserves_table(minerals, change, lang),
    hide_index=True,
    width="stretch",
    key="reserves_table",
    column_config={change_header: st.column_config.NumberColumn(change_header, format="%.1f")},
)
with st.expander(t("reserves.notes_title", lang), icon=":material/info:"):
    for row in query("reserves.notes", edition).to_dicts():
        name = t(f"reserves.mineral.{row['indicator_id']}", lang)
        st.markdown(t("reserves.note", lang, name=name, note=pick(lang, row["note"], row["note_en"])))

st.subheader(t("reserves.section.rights", lang, year=year))
kpi_row("rights")

st.subheader(t("reserves.section.assets", lang))
assets = query("reserves.assets", edition, entity=filters.entity)
left, right = st.columns([3, 2])
with left:
    render_chart(make_tile_map_figure(assets, lang=lang), key="reserves_map", lang=lang, data=asset_table(assets, lang))
with right:
    st.caption(t("reserves.map_caption", lang))
selected = query("reserves.assets", edition, entity=filters.entity, only_selected=True)
if selected.height == 0:
    st.info(t("reserves.no_assets", lang), icon=":material/info:")
st.dataframe(
    asset_table(selected if selected.height else assets, lang),
    hide_index=True,
    width="stretch",
    key="reserves_assets",
)
