"""The framework index's own kinds: the summary cards, the framework and disclosure choices, the content index, the
chosen disclosure (where the report answers it and a link to the view that does), the indicators that carry a code
and every indicator with its GRI codes."""

from __future__ import annotations

from dataclasses import replace

import polars as pl

from components.elements import (
    LINK,
    Context,
    KpiResult,
    Options,
    TableResult,
    control_kind,
    kpi_kind,
    table_kind,
    table_result,
    text_kind,
)
from components.kpi import Kpi
from components.tables import localised
from esg.i18n import pick, t
from esg.views.model import Control, Kpis, Table, Text
from esg.vocabulary import ALL

FRAMEWORKS = (ALL, "GRI", "SSE", "GRI14", "IFRS_S2")
FRAMEWORK_NAMES = {"GRI14": "GRI 14", "IFRS_S2": "IFRS S2"}  # the standards' own names, the same in both languages
WHOLE = "%d"
INDEX_COLUMNS = {
    "framework": "frameworks.col.framework",
    "code": "frameworks.col.code",
    "basis*": "frameworks.col.basis",
    "group*": "frameworks.col.group",
    "disclosure*": "frameworks.col.disclosure",
    "location*": "frameworks.col.location",
    "status*": "frameworks.col.status",
    "view*": "frameworks.col.view",
    "indicators": "frameworks.col.indicators",
}
CODE_INDICATOR_COLUMNS = {
    "name*": "common.col.indicator",
    "indicator_id": "common.col.indicator_id",
    "pillar": "common.col.pillar",
    "years": "frameworks.col.years",
    "entities*": "frameworks.col.entities",
    "figures": "common.col.figures",
    "codes": "frameworks.col.codes",
    "derived_codes": "frameworks.col.derived_codes",
    "source_table*": "common.col.source",
}
INDICATOR_CODES_COLUMNS = {
    "name*": "common.col.indicator",
    "indicator_id": "common.col.indicator_id",
    "codes": "frameworks.col.codes",
    "derived_codes": "frameworks.col.derived_codes",
    "views*": "frameworks.col.views",
    "figures": "common.col.figures",
    "source_table*": "common.col.source",
}


@kpi_kind("frameworks_summary")
def summary(element: Kpis, ctx: Context) -> KpiResult:
    """GRI disclosures, SSE articles, GRI 14 topics, IFRS S2 metrics, codes printed "/", codes carried by at least
    one indicator and GRI 14 / IFRS S2 gaps."""
    lang = ctx.lang
    cards = [
        Kpi(
            label=t(f"frameworks.kpi.{key}", lang),
            value=count,
            unit="",
            unit_en="",
            change=None,
            is_rate=False,
            higher_is_better=None,
            history=[],
            previous_year=None,
            help=t(f"frameworks.kpi.{key}_help", lang) if key in ("with_figures", "gaps") else "",
        )
        for key, count in ctx.query(element).items()
    ]
    return KpiResult(tuple(cards))


@control_kind("frameworks_framework")
def framework(element: Control, ctx: Context) -> dict[str, str]:
    """Every framework, or one: GRI, SSE, GRI 14 or IFRS S2."""
    return {f: t("common.all", ctx.lang) if f == ALL else FRAMEWORK_NAMES.get(f, f) for f in FRAMEWORKS}


def _index(ctx: Context) -> pl.DataFrame:
    """The rows of the chosen framework's content index (both when all)."""
    chosen = ctx.value("framework")
    return ctx.run("frameworks.index", framework=None if chosen in (None, ALL) else chosen)


@table_kind("frameworks_index")
def index(element: Table, ctx: Context) -> TableResult:
    """The chosen framework's content index as printed, each code with its status, view and indicators."""
    rows = _index(ctx).with_columns(pl.col("framework").replace(FRAMEWORK_NAMES))
    frame = localised(rows, INDEX_COLUMNS, ctx.lang)
    return replace(table_result(frame), formats=((t("frameworks.col.indicators", ctx.lang), WHOLE),))


@control_kind("frameworks_codes")
def codes(element: Control, ctx: Context) -> Options:
    """The chosen framework's codes, each with its disclosure; the first that indicators carry chosen by default."""
    rows = _index(ctx).to_dicts()
    labels = {r["code"]: f"{r['code']} · {pick(ctx.lang, r['disclosure_zh'], r['disclosure_en'])}" for r in rows}
    return Options(labels, next((r["code"] for r in rows if r["indicators"]), None))


def _code_row(ctx: Context) -> dict | None:
    """The index row of the chosen code."""
    code = ctx.value("code")
    return next((r for r in ctx.run("frameworks.index").to_dicts() if r["code"] == code), None)


@text_kind("frameworks_selected")
def selected(element: Text, ctx: Context) -> list[tuple[str, str]]:
    """The chosen disclosure, where the report answers it, and a link to the view that answers it (if any)."""
    row, lang = _code_row(ctx), ctx.lang
    if row is None:
        return []
    disclosure = pick(lang, row["disclosure_zh"], row["disclosure_en"])
    caption = t(
        "frameworks.caption.selected",
        lang,
        group=pick(lang, row["group_zh"], row["group_en"]),
        location=pick(lang, row["location_zh"], row["location_en"]),
        status=pick(lang, row["status_zh"], row["status_en"]),
    )
    if row["view"]:
        link = (LINK + row["view"], t("frameworks.open_view", lang, view=pick(lang, row["view_zh"], row["view_en"])))
    else:
        link = ("caption", t("frameworks.caption.no_view", lang))
    if row["basis"] == "derived":
        mapping = t("frameworks.caption.derived", lang, rule=pick(lang, row["rule_zh"], row["rule_en"]))
    else:
        mapping = t("frameworks.caption.own", lang)
    return [
        ("subheader", t("frameworks.selected", lang, code=row["code"], disclosure=disclosure)),
        ("caption", caption),
        ("caption", mapping),
        link,
    ]


def _whole(frame_result: TableResult, lang: str, **more: object) -> TableResult:
    return replace(frame_result, formats=((t("common.col.figures", lang), WHOLE),), **more)  # type: ignore[arg-type]


@table_kind("frameworks_code_indicators")
def code_indicators(element: Table, ctx: Context) -> TableResult | None:
    """The indicators that carry the chosen code; when none does, why (an SSE article, or text in the report)."""
    row, lang = _code_row(ctx), ctx.lang
    if row is None:
        return None
    found = ctx.run("frameworks.code_indicators", code=row["code"])
    heading = t("frameworks.table.code_indicators", lang, code=row["code"], count=found.height)
    empty = {"SSE": "frameworks.notice.sse_note", "gap": "frameworks.notice.gap"}.get(
        "gap" if row["status"] == "gap" else row["framework"], "frameworks.notice.no_indicators"
    )
    result = table_result(localised(found, CODE_INDICATOR_COLUMNS, lang), heading=heading)
    return _whole(result, lang, empty=t(empty, lang))


@table_kind("frameworks_indicator_codes")
def indicator_codes(element: Table, ctx: Context) -> TableResult:
    """Every indicator that answers a framework code, with its own and derived codes and the views answering them."""
    lang = ctx.lang
    found = ctx.run("frameworks.indicator_codes")
    caption = t("frameworks.caption.indicator_codes", lang, count=found.height)
    result = table_result(
        localised(found, INDICATOR_CODES_COLUMNS, lang),
        heading=t("frameworks.table.indicator_codes", lang),
        captions=[caption],
    )
    return _whole(result, lang)
