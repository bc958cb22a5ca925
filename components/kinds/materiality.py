"""The materiality view's own kinds: the topic chooser, the tier cards as published, the matrix with the chosen topic
drawn larger, the captions on the pillar filter and on the method, the chosen topic's detail and indicators, and
every topic as a table."""

from __future__ import annotations

from typing import Any

import polars as pl

from components.elements import (
    Card,
    CardsResult,
    Context,
    KpiResult,
    TableResult,
    chart_kind,
    control_kind,
    kpi_kind,
    matrix_kind,
    table_kind,
    table_result,
    text_kind,
)
from components.kpi import count_kpi
from components.materiality_charts import make_materiality_figure, make_topic_table
from components.text import md_line
from esg.display import display_unit, format_value
from esg.i18n import pick, t
from esg.views.model import Control, Element, Kpis, Table, Text
from esg.vocabulary import MATERIALITY_TIERS

TOPIC = "topic"
INDICATOR_COLUMNS = ("common.col.indicator", "common.col.value_plain", "common.unit", "common.col.source")


def _names(rows: list[dict[str, Any]], lang: str) -> dict[str, str]:
    return {row["topic_id"]: pick(lang, row["topic_zh"], row["topic_en"]) for row in rows}


def _chosen(element: Element, ctx: Context) -> dict[str, Any] | None:
    """The chosen topic's row (``None`` when no topic is listed under the filters)."""
    topic_id = ctx.value(TOPIC)
    return next((row for row in ctx.query(element).to_dicts() if row["topic_id"] == topic_id), None)


@control_kind("materiality_topic")
def topic(element: Control, ctx: Context) -> dict[str, str]:
    """Topic id -> topic name, in the order listed (tier, then rank in the tier)."""
    return _names(ctx.query(element).to_dicts(), ctx.lang)


@text_kind("materiality_filtered")
def filtered(element: Text, ctx: Context) -> list[str]:
    """How many topics the pillar filter keeps (nothing without a filter)."""
    if ctx.filters.pillar_or_none is None:
        return []
    return [t("materiality.caption.filtered", ctx.lang, n=ctx.query(element).height)]


@text_kind("materiality_tiers")
def tiers(element: Text, ctx: Context) -> CardsResult:
    """The three tiers as published: heading, topic count and topics, a card each."""
    lang = ctx.lang
    rows = ctx.query(element).to_dicts()
    names = _names(rows, lang)
    cards = []
    for tier in MATERIALITY_TIERS:
        listed = [names[row["topic_id"]] for row in rows if row["tier"] == tier]
        items = "\n".join(f"- {name}" for name in listed) or t("materiality.tier_empty", lang)
        count = t("present.kf.topics", lang, n=len(listed))
        cards.append(Card(f"**{t(f'materiality.tier.{tier}', lang)}**", (("caption", count), ("markdown", items))))
    return CardsResult(tuple(cards), per_row=len(MATERIALITY_TIERS))


# The matrix with the chosen topic drawn larger; its CSV is the topics as a table.
matrix = chart_kind("materiality_matrix")(
    matrix_kind(TOPIC, make_materiality_figure, make_topic_table, "materiality.chart_source")
)


@text_kind("materiality_method")
def method(element: Text, ctx: Context) -> list[str]:
    """How the positions are derived (the explanation every topic shares), when a topic is listed."""
    rows = ctx.query(element)
    if not rows.height:
        return []
    text = pick(ctx.lang, rows["method_common_zh"][0], rows["method_common_en"][0])
    return [t(element.key, ctx.lang, method=text)]


@text_kind("materiality_detail")
def detail(element: Text, ctx: Context) -> list[tuple[str, str]]:
    """The chosen topic's heading and place in its tier; then why no figures follow, or how many do."""
    lang, year = ctx.lang, ctx.filters.year
    row = _chosen(element, ctx)
    if row is None:
        return []
    heading = md_line("materiality.detail_heading", lang, topic=pick(lang, row["topic_zh"], row["topic_en"]), year=year)
    meta = t(
        "materiality.detail_meta",
        lang,
        pillar=t(f"common.pillar.{row['pillar']}", lang),
        tier=t(f"materiality.tier.{row['tier']}", lang),
        rank=row["tier_rank"],
    )
    lines = [("subheader", heading), ("caption", meta)]
    if not row["indicator_topics"]:
        return [*lines, ("info", t("materiality.no_indicator", lang))]
    count = ctx.run("materiality.indicators", topic=row["topic_id"], year=year).height
    if not count:
        return [*lines, ("info", t("materiality.no_figure_in_year", lang, year=year))]
    return [*lines, ("caption", t("materiality.indicator_count", lang, n=count))]


def indicator_table(df: pl.DataFrame, *, lang: str) -> pl.DataFrame:
    """The indicators behind a topic as shown: name (with the segment), value with unit, unit, source table."""
    rows = []
    for row in df.iter_rows(named=True):
        name = pick(lang, row["name_zh"], row["name_en"])
        if row["segment"]:
            segment = t(f"common.segment.{row['segment']}", lang)
            name = f"{name} ({segment})"
        value = row["value_text"] or format_value(row["value"], row["unit"], row["unit_en"], lang)
        unit = display_unit(row["unit"], row["unit_en"], lang)[0]
        source = pick(lang, row["source_table"], row["source_table_en"])
        rows.append((name, value, "" if unit in ("-", "count") else unit, source))
    columns = [t(key, lang) for key in INDICATOR_COLUMNS]
    return pl.DataFrame(rows, schema=dict.fromkeys(columns, pl.String), orient="row")


@table_kind("materiality_indicators")
def indicators(element: Table, ctx: Context) -> TableResult | None:
    """The chosen topic's indicators with their figures in the selected year (``None`` when there are none)."""
    if ctx.value(TOPIC) is None:
        return None
    figures = ctx.query(element)
    return table_result(indicator_table(figures, lang=ctx.lang)) if figures.height else None


@table_kind("materiality_table")
def topic_table(element: Table, ctx: Context) -> TableResult:
    """Every topic under the pillar filter as a table, with its CSV download."""
    return table_result(make_topic_table(ctx.query(element), lang=ctx.lang), csv=True)


@kpi_kind("tier_counts")
def tier_counts(element: Kpis, ctx: Context) -> KpiResult:
    """How many topics each tier holds (a slide's key figures)."""
    tiers = [row["tier"] for row in ctx.query(element).to_dicts()]
    return KpiResult(
        tuple(
            count_kpi(t(f"materiality.tier_short.{tier}", ctx.lang), "topic", tiers.count(tier), ctx.lang)
            for tier in MATERIALITY_TIERS
        )
    )
