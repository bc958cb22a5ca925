"""The environment view's own kinds: energy intensity by segment, the waste-utilisation table and rates, the
environmental investment donut and its parts, the notice for a segment without water figures, the page's caveats."""

from __future__ import annotations

from components.charts import source_line
from components.elements import (
    ChartResult,
    Context,
    TableResult,
    chart_kind,
    chart_result,
    segment_chart,
    table_kind,
    table_result,
    text_kind,
)
from components.environment_charts import investment_frame, make_investment_figure, make_rate_figure, utilisation_table
from components.tables import unit_label
from esg.display import format_value
from esg.i18n import t
from esg.views.model import Chart, Table, Text


@chart_kind("segment_highlight")
def intensity(element: Chart, ctx: Context) -> ChartResult:
    """Energy intensity by segment and year, the selected segment highlighted."""
    return segment_chart(ctx.query(element), key="segment_key", title=ctx.key("chart", element.name), ctx=ctx)


@text_kind("segment_without")
def segment_without(element: Text, ctx: Context) -> list[str]:
    """The notice that the chosen segment has none of these figures (only when one of ``segments`` is not chosen)."""
    segment = ctx.filters.segment_or_none
    if segment is None or segment in tuple(element.option("segments", ())):  # type: ignore[arg-type]
        return []
    return [t(ctx.key("notice", element.name), ctx.lang, segment=t(f"common.segment.{segment}", ctx.lang))]


@table_kind("waste_utilisation")
def waste_utilisation(element: Table, ctx: Context) -> TableResult:
    """The year's waste-utilisation table (tonnes and %, as printed) and its source line."""
    rows = ctx.query(element)
    heading = t(ctx.key("table", element.name), ctx.lang, year=ctx.filters.year)
    source = t("common.source", ctx.lang, source=source_line(rows, ctx.lang))
    return table_result(utilisation_table(rows, ctx.lang), heading=heading, captions=[source])


@chart_kind("utilisation_rate")
def utilisation_rate(element: Chart, ctx: Context) -> ChartResult:
    """The year's utilisation rate by waste stream."""
    rows = ctx.query(element)
    frame = utilisation_table(rows, ctx.lang)
    fig = make_rate_figure(rows, lang=ctx.lang, year=ctx.filters.year)
    return chart_result(fig, frame)


@chart_kind("investment")
def investment(element: Chart, ctx: Context) -> ChartResult | None:
    """The year's environmental investment by part (a donut, the total in the centre); ``None`` when not disclosed."""
    lang = ctx.lang
    found = ctx.query(element)
    total = found["total"]
    if total is None:
        return None
    parts = investment_frame(found["parts"], lang)
    fig = make_investment_figure(
        parts,
        title=t(ctx.key("chart", element.name), lang, year=ctx.filters.year, unit=unit_label(found["parts"], lang)),
        source=source_line(found["parts"], lang),
        center_text=format_value(total["value"], total["unit"], total["unit_en"], lang),
        lang=lang,
    )
    return chart_result(fig, parts)


@table_kind("investment_parts")
def investment_parts(element: Table, ctx: Context) -> TableResult | None:
    """The parts of the year's environmental investment as a table; ``None`` when not disclosed."""
    found = ctx.query(element)
    if found["total"] is None:
        return None
    return table_result(
        investment_frame(found["parts"], ctx.lang), captions=[t(ctx.key("caption", element.name), ctx.lang)]
    )
