"""The risks view's own kinds: the risk chooser, the caption on the pillar filter, the risks by category with the
chosen risk outlined and its detail, and the climate-related risks and opportunities by time horizon (a chart
and an item each), shown for the environmental pillar only."""

from __future__ import annotations

from typing import Any

from components.elements import (
    Card,
    CardsResult,
    ChartResult,
    Context,
    FoldsResult,
    KpiResult,
    Line,
    chart_kind,
    chart_result,
    control_kind,
    kpi_kind,
    matrix_kind,
    text_kind,
)
from components.kpi import count_kpi
from components.risks_charts import (
    make_climate_horizon_figure,
    make_climate_table,
    make_risk_category_figure,
    make_risk_table,
)
from esg.i18n import pick, t
from esg.views.model import Chart, Control, Element, Kpis, Text
from esg.vocabulary import RISK_CATEGORIES

RISK = "risk"
PARTS = ("description", "impacts", "responses")  # of a risk's detail


def bullets(items: list[str]) -> str:
    """The report's bullet points as a Markdown list."""
    return "\n".join(f"- {item}" for item in items)


def _text(row: dict[str, Any], column: str, lang: str) -> Any:
    """``<column>_zh`` or ``<column>_en`` of ``row`` (a text, or a list of bullet points)."""
    return pick(lang, row[f"{column}_zh"], row[f"{column}_en"])


def _shown(element: Element, ctx: Context) -> bool:
    """Whether the pillar filter is off or one of the element's ``pillars``."""
    return ctx.filters.pillar_or_none in (None, *element.option("pillars", ()))  # type: ignore[misc]


@control_kind("risks_risk")
def risk(element: Control, ctx: Context) -> dict[str, str]:
    """Risk id -> risk name, in the order the report lists them."""
    return {row["risk_id"]: pick(ctx.lang, row["risk_zh"], row["risk_en"]) for row in ctx.query(element).to_dicts()}


@text_kind("risks_filtered")
def filtered(element: Text, ctx: Context) -> list[str]:
    """How many risks of which category the pillar filter keeps (nothing without a filter)."""
    rows = ctx.query(element)
    if ctx.filters.pillar_or_none is None or not rows.height:
        return []
    category = t(f"risks.category.{rows['category'][0]}", ctx.lang)
    return [t("risks.caption.filtered", ctx.lang, n=rows.height, category=category)]


# The risks by category with the chosen risk outlined; its CSV is the risks as a table.
categories = chart_kind("risks_categories")(
    matrix_kind(RISK, make_risk_category_figure, make_risk_table, "risks.matrix_source")
)


@text_kind("risks_detail")
def detail(element: Text, ctx: Context) -> CardsResult | list[str]:
    """The chosen risk in a card: name and category, its description, impacts and responses, and how its category
    was assigned."""
    lang = ctx.lang
    found = [row for row in ctx.query(element).to_dicts() if row["risk_id"] == ctx.value(RISK)]
    if not found:
        return []
    row = found[0]
    meta = t("risks.detail_meta", lang, category=t(f"risks.category.{row['category']}", lang))
    lines: list[Line] = [("subheader", _text(row, "risk", lang)), ("caption", meta)]
    for part in PARTS:
        lines += [("markdown", f"**{t(f'risks.{part}', lang)}**"), ("markdown", bullets(_text(row, part, lang)))]
    lines += [
        ("caption", t("risks.category_basis", lang, basis=_text(row, "category_basis", lang))),
    ]
    return CardsResult((Card("", tuple(lines)),), per_row=1)


@chart_kind("risks_climate")
def climate(element: Chart, ctx: Context) -> ChartResult | None:
    """The climate-related risks and opportunities by time horizon (``None`` under another pillar than ``pillars``);
    its CSV is the items as a table."""
    if not _shown(element, ctx):
        return None
    rows = ctx.query(element)
    table = make_climate_table(rows, lang=ctx.lang)
    fig = make_climate_horizon_figure(rows, lang=ctx.lang)
    return chart_result(
        fig, table, captions=[t("risks.climate_caption", ctx.lang)], source=t("risks.climate_source", ctx.lang)
    )


@text_kind("risks_climate_items")
def climate_items(element: Text, ctx: Context) -> FoldsResult:
    """Every climate-related risk and opportunity folded: its horizons, description and responses (nothing under
    another pillar than ``pillars``)."""
    lang = ctx.lang
    if not _shown(element, ctx):
        return FoldsResult(())
    description = ("markdown", f"**{t('risks.climate_description', lang)}**")
    responses = ("markdown", f"**{t('risks.climate_responses', lang)}**")
    items = []
    for item in ctx.query(element).to_dicts():
        name, kind = _text(item, "name", lang), _text(item, "category", lang)
        horizons = " · ".join(t(f"risks.horizon.{h}", lang) for h in item["horizon_list"])
        lines: tuple[Line, ...] = (
            ("caption", t("risks.horizons", lang, horizons=horizons)),
            description,
            ("markdown", bullets(_text(item, "description", lang))),
            responses,
            ("markdown", bullets(_text(item, "responses", lang))),
        )
        items.append(Card(f"{name} · {kind}", lines))
    return FoldsResult(tuple(items), heading=t("risks.climate_details", lang))


@kpi_kind("risk_counts")
def risk_counts(element: Kpis, ctx: Context) -> KpiResult:
    """How many emerging risks there are, in all and by category (a slide's key figures)."""
    lang = ctx.lang
    categories = [row["category"] for row in ctx.query(element).to_dicts()]
    cards = [count_kpi(t("present.kf.risks_total", lang), "risk", len(categories), lang)]
    cards += [
        count_kpi(t(f"risks.category.{c}", lang), "risk", categories.count(c), lang)
        for c in RISK_CATEGORIES
        if c in categories
    ]
    return KpiResult(tuple(cards))


@kpi_kind("climate_counts")
def climate_counts(element: Kpis, ctx: Context) -> KpiResult:
    """How many climate-related risks and opportunities of each kind there are (a slide's key figures)."""
    kinds = [row["kind"] for row in ctx.query(element).to_dicts()]
    return KpiResult(
        tuple(count_kpi(t(f"risks.kind.{k}", ctx.lang), "item", kinds.count(k), ctx.lang) for k in dict.fromkeys(kinds))
    )
