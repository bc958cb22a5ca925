"""The reserves view's own kinds: each group's minerals in their printed precision, every mineral's change over the
period, the table of every mineral, the report's caveats on them, and the schematic tile map and table of the assets
(the entity filter's assets highlighted, every asset when it operates none)."""

from __future__ import annotations

from components.charts import source_line
from components.elements import (
    ChartResult,
    Context,
    TableResult,
    chart_kind,
    chart_result,
    table_kind,
    table_result,
    text_kind,
)
from components.reserves_charts import (
    asset_table,
    change_frame,
    make_change_figure,
    make_mineral_figure,
    make_tile_map_figure,
    mineral_frame,
    reserves_table,
)
from components.tables import unit_label
from components.text import md_line
from esg.i18n import pick, t
from esg.views.model import Chart, Table, Text
from esg.vocabulary import ENTITY


@chart_kind("minerals")
def minerals(element: Chart, ctx: Context) -> ChartResult:
    """Bars of one group's minerals by year, in one unit, at the precision the report prints them."""
    data = ctx.query(element)
    args = dict(element.data.args)  # type: ignore[union-attr]
    frame = mineral_frame(data, ctx.lang)
    fig = make_mineral_figure(data, str(args["group"]), str(args["basis"]), ctx.lang)
    return chart_result(fig, frame, source=source_line(data, ctx.lang), unit=unit_label(data, ctx.lang))


@chart_kind("mineral_change")
def mineral_change(element: Chart, ctx: Context) -> ChartResult:
    """Each mineral's change up to the selected year, as a share of its own first figure."""
    change = ctx.query(element)
    frame = change_frame(change, ctx.lang)
    return chart_result(
        make_change_figure(change, lang=ctx.lang), frame, source=source_line(change, ctx.lang), unit="%"
    )


@table_kind("minerals_table")
def minerals_table(element: Table, ctx: Context) -> TableResult:
    """Every mineral and year at its printed precision in its own unit, with the change up to the selected year."""
    frame = reserves_table(ctx.run("reserves.minerals"), ctx.query(element), ctx.lang)
    return table_result(frame)


@text_kind("mineral_notes")
def mineral_notes(element: Text, ctx: Context) -> list[str]:
    """The report's caveat on each mineral's figures, one Markdown line each."""
    lang = ctx.lang
    return [
        md_line(
            "reserves.note",
            lang,
            name=t(f"reserves.mineral.{row['indicator_id']}", lang),
            note=pick(lang, row["note"], row["note_en"]),
        )
        for row in ctx.query(element).to_dicts()
    ]


@chart_kind("tile_map")
def tile_map(element: Chart, ctx: Context) -> ChartResult:
    """The schematic province tile map with the entity filter's assets highlighted; the CSV lists every asset."""
    assets = ctx.query(element)
    frame = asset_table(assets, ctx.lang)
    return chart_result(make_tile_map_figure(assets, lang=ctx.lang), frame)


@text_kind("no_assets")
def no_assets(element: Text, ctx: Context) -> list[str]:
    """The notice that the report attributes none of the assets to the entity filter's entity."""
    return [] if ctx.query(element).height else [t("reserves.notice.no_assets", ctx.lang)]


@table_kind("assets")
def assets(element: Table, ctx: Context) -> TableResult:
    """The entity filter's assets as a table, or every asset when it operates none."""
    selected = ctx.query(element)
    if not selected.height:
        selected = ctx.run("reserves.assets", entity=ctx.value(ENTITY))
    return table_result(asset_table(selected, ctx.lang))
