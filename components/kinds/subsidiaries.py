"""The subsidiaries view's own kinds: the directory's page filters (province, business segment, commodity) and the
entity chosen in it (starting at the sidebar's entity), the directory, the entity's profile, figures and indicator x
year matrix, the segments side by side with what they add up to, the segments' water intensity, and the coverage."""

from __future__ import annotations

import polars as pl

from components.elements import (
    ChartResult,
    Context,
    KpiResult,
    Options,
    TableResult,
    chart_kind,
    chart_result,
    control_kind,
    kpi_kind,
    table_kind,
    table_result,
    text_kind,
)
from components.kpi import Kpi
from components.subsidiaries_charts import make_segment_bar_figure
from components.tables import localised
from components.text import md_line
from esg.display import display_unit, format_value, printed_with_unit
from esg.i18n import LANGS, pick, t
from esg.queries.subsidiaries import UNASSIGNED, segment_label
from esg.schema import TOPICS
from esg.views.model import Chart, Control, Kpis, Table, Text
from esg.vocabulary import ALL, SEGMENTS

CHOSEN = "entity_id"  # the control choosing the entity whose profile and figures are shown
DIRECTORY_COLUMNS = {
    "short*": "subsidiaries.col.short",
    "kind*": "subsidiaries.col.kind",
    "segment*": "common.col.segment",
    "province*": "common.col.province",
    "commodities*": "subsidiaries.col.commodities",
    "figures": "common.col.figures",
    "iso45001": "subsidiaries.col.iso45001",
    "parent*": "subsidiaries.col.parent",
    "capacity*": "common.col.capacity",
    "name*": "subsidiaries.col.name",
}
FIGURES_COLUMNS = {
    "topic*": "common.col.topic",
    "name*": "common.col.indicator",
    "year": "common.col.year",
    "shown*": "subsidiaries.col.figure",
    "printed*": "common.col.printed",
    "source_table*": "common.col.source",
    "note*": "common.col.note",
    "indicator_id": "common.col.indicator_id",
}
CHART_COLUMNS = {"segment*": "common.col.segment", "value*": "common.value", "unit_label*": "common.unit"}


# --- the page filters and the entity chosen ---------------------------------------------------------------------


def _everything(ctx: Context) -> dict[str, str]:
    return {ALL: t("common.all", ctx.lang)}


@control_kind("province")
def provinces(element: Control, ctx: Context) -> dict[str, str]:
    """The provinces of the directory (by Chinese name), "all" first."""
    found = ctx.query(element)["provinces"]
    return _everything(ctx) | {p["province_zh"]: pick(ctx.lang, p["province_zh"], p["province_en"]) for p in found}


@control_kind("business_segment")
def business_segments(element: Control, ctx: Context) -> Options:
    """The business segments and "no segment", "all" first; the sidebar's segment by default."""
    options = _everything(ctx) | {s: segment_label(s, ctx.lang) for s in (*SEGMENTS, UNASSIGNED)}
    return Options(options, default=ctx.filters.segment)


@control_kind("commodity")
def commodities(element: Control, ctx: Context) -> dict[str, str]:
    """The commodities of the directory, "all" first."""
    found = ctx.query(element)["commodities"]
    return _everything(ctx) | {c: t(f"common.commodity.{c}", ctx.lang) for c in found}


def _chosen(ctx: Context) -> dict | None:
    """The directory row of the entity chosen (``None`` when the page filters keep none)."""
    chosen = ctx.value(CHOSEN)
    found = ctx.run("subsidiaries.directory").filter(pl.col("entity_id") == chosen) if chosen else None
    return found.row(0, named=True) if found is not None and found.height else None


def _short(entity: dict, lang: str) -> str:
    return pick(lang, entity["short_zh"], entity["short_en"])


# --- the directory ----------------------------------------------------------------------------------------------


@text_kind("directory_count")
def directory_count(element: Text, ctx: Context) -> list[str]:
    """How many entities the page filters keep, and what "figures" counts; the notice when they keep none."""
    count = ctx.query(element).height
    if element.option("notice"):
        return [] if count else [t("subsidiaries.notice.no_entities", ctx.lang)]
    return [t("subsidiaries.caption.count", ctx.lang, count=count)] if count else []


@table_kind("directory")
def directory(element: Table, ctx: Context) -> TableResult | None:
    """The entities the page filters keep (``None`` for none)."""
    rows = ctx.query(element)
    if not rows.height:
        return None
    rows = rows.with_columns(pl.col("iso45001_year").cast(pl.String).alias("iso45001"))  # a year, not an amount
    return table_result(localised(rows, DIRECTORY_COLUMNS, ctx.lang))


# --- the entity chosen ------------------------------------------------------------------------------------------


@text_kind("entity_key")
def entity_key(element: Text, ctx: Context) -> list[str]:
    """The catalogue string ``key`` (with the entity's short name, in bold as option ``bold`` says), when an entity
    is chosen."""
    entity = _chosen(ctx)
    if entity is None:
        return []
    text = t(element.key, ctx.lang, name=_short(entity, ctx.lang))
    return [f"**{text}**" if element.option("bold") else text]


# Fields of the profile named like the directory's columns (the others are subsidiaries.field.<key>).
COMMON_FIELDS = {
    "province": "common.col.province",
    "segment": "common.col.segment",
    "capacity": "common.col.capacity",
    "note": "common.col.note",
}


@table_kind("profile")
def profile(element: Table, ctx: Context) -> TableResult | None:
    """The entity's directory row as a field/value table."""
    entity, lang = _chosen(ctx), ctx.lang
    if entity is None:
        return None
    missing = t("subsidiaries.empty_field", lang)
    fields = [
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
    frame = pl.DataFrame(
        {
            t("subsidiaries.col.field", lang): [
                t(COMMON_FIELDS.get(key, f"subsidiaries.field.{key}"), lang) for key, _ in fields
            ],
            t("subsidiaries.col.value", lang): [value for _, value in fields],
        }
    )
    return table_result(frame)


@table_kind("entity_figures")
def entity_figures(element: Table, ctx: Context) -> TableResult | None:
    """Every figure the report gives for the entity (``None`` for none), grouped by topic (only the topic of control
    ``topic`` when one is chosen), each with its source table and as printed with its printed unit, and how many are
    printed as not given. Its CSV is exactly the rows shown."""
    entity, lang = _chosen(ctx), ctx.lang
    if entity is None:
        return None
    figures = ctx.run("subsidiaries.entity_figures", entity=entity["entity_id"])
    topic = ctx.value("topic")
    if topic and topic != ALL:
        figures = figures.filter(pl.col("topic") == topic)
    if not figures.height:
        return None
    order = {tp: i for i, tp in enumerate(TOPICS)}
    figures = figures.with_row_index("_row").sort(pl.col("topic").replace_strict(order, return_dtype=pl.Int64), "_row")
    topics, printed = figures.get_column("topic").to_list(), figures.select("printed", "unit", "unit_en").rows()
    frame = localised(
        figures.with_columns(
            pl.col("year").cast(pl.String),
            pl.col("note", "note_en").fill_null(""),
            *(
                pl.Series(f"topic_{lg}", [t(f"explorer.topic.{tp}", lg) for tp in topics], dtype=pl.String)
                for lg in LANGS
            ),
            *(
                pl.Series(f"printed_{lg}", [printed_with_unit(*r, lg) for r in printed], dtype=pl.String)
                for lg in LANGS
            ),
        ),
        FIGURES_COLUMNS,
        lang,
    )
    caption = t("subsidiaries.caption.figures", lang, count=figures.height, missing=entity["not_disclosed"])
    return table_result(frame, captions=[caption], csv=True)


@table_kind("coverage")
def coverage(element: Table, ctx: Context) -> TableResult:
    """How many figures the report discloses for each entity the page filters keep, by year."""
    rows, lang = ctx.query(element), ctx.lang
    years = [c for c in rows.columns if c.isdigit()]
    frame = rows.select(
        pl.col(pick(lang, "short_zh", "short_en")).alias(t("subsidiaries.col.short", lang)),
        pl.col(pick(lang, "kind_zh", "kind_en")).alias(t("subsidiaries.col.kind", lang)),
        *years,
        pl.col("total").alias(t("subsidiaries.col.total", lang)),
    )
    return table_result(frame)


# --- the segments side by side ----------------------------------------------------------------------------------


def _value(chart: dict, value: float | None, lang: str) -> str:
    return format_value(value, chart["unit"], chart["unit_en"], lang)


def _sum_caption(element: Chart, chart: dict, ctx: Context) -> str:
    """What the segments add up to against the group's own figure (an intensity: only the group's own figure), or
    that this cannot be said ("" for none)."""
    lang, total = ctx.lang, _value(chart, chart["group_value"], ctx.lang)
    key = f"subsidiaries.sum_caption.{element.name}"
    if element.option("intensity"):
        return "" if chart["group_value"] is None else t(key, lang, total=total)
    if chart["segment_sum"] is not None and chart["group_value"] is not None:
        diff = _value(chart, chart["group_value"] - chart["segment_sum"], lang)
        return t(key, lang, sum=_value(chart, chart["segment_sum"], lang), total=total, diff=diff)
    return t("subsidiaries.sum_missing", lang, year=ctx.filters.year)


@chart_kind("segments")
def segments(element: Chart, ctx: Context) -> ChartResult | None:
    """Bars of the indicator by segment in the selected year; an intensity (option ``intensity``) with the group's
    own figure as a line, a total with what the segments add up to."""
    chart = ctx.query(element)
    if chart is None:
        return None
    lang = ctx.lang
    unit = display_unit(chart["unit"], chart["unit_en"], lang)[0]
    fig = make_segment_bar_figure(
        chart["rows"],
        label=pick(lang, "segment_zh", "segment_en"),
        value=pick(lang, "value_zh", "value_en"),
        segment="segment",
        title=t(ctx.key("chart", element.name), lang, year=ctx.filters.year, unit=unit),
        source=pick(lang, chart["source_table"], chart["source_table_en"]),
        lang=lang,
        y_title=unit,
        hover_unit=unit,
        reference=chart["group_value"] if element.option("intensity") else None,
        reference_label=t("subsidiaries.group_line", lang, value=_value(chart, chart["group_value"], lang)),
    )
    frame = localised(chart["rows"], CHART_COLUMNS, lang)
    caption = _sum_caption(element, chart, ctx)
    return chart_result(fig, frame, captions=[caption] if caption else [])


@kpi_kind("segment_water")
def segment_water(element: Kpis, ctx: Context) -> KpiResult:
    """Each segment's water intensity in the selected year as a card (its own denominator; "not disclosed" where
    the report gives none)."""
    lang, year = ctx.lang, ctx.filters.year
    better = ctx.run("indicators.directions")
    cards = [
        Kpi(
            label=t(f"subsidiaries.kpi.{row['segment']}", lang),
            value=row["value"],
            unit=row["unit"] or "",
            unit_en=row["unit_en"] or "",
            change=row["change_pct"],
            is_rate=False,
            higher_is_better=better.get(row["indicator_id"]),
            history=row["history"] or [],
            previous_year=year - 1 if row["previous_value"] is not None else None,
            help=md_line("common.source", lang, source=pick(lang, row["source_table"], row["source_table_en"]))
            if row["source_table"]
            else "",
        )
        for row in ctx.query(element).to_dicts()
    ]
    return KpiResult(tuple(cards))
