"""The overview's own kinds: the ESG ratings and the company profile as lines, the 2025 targets as cards."""

from __future__ import annotations

from typing import Any

from components.elements import (
    Card,
    CardsResult,
    ChartResult,
    Context,
    KpiResult,
    build,
    chart_kind,
    chart_result,
    kpi_kind,
    text_kind,
)
from components.kpi import text_kpi
from components.overview_charts import kpi_table, make_kpi_tiles_figure
from components.text import md_escape
from esg.display import format_value
from esg.i18n import pick, t
from esg.views import view
from esg.views.model import Chart, Kpis, Text


def _ratings(ctx: Context, element: Text | Kpis) -> list[tuple[str, str, str]]:
    """Each ESG rating: its indicator id, the agency and the rating as published."""
    return [
        (
            rating["indicator_id"],
            pick(ctx.lang, rating["name_zh"], rating["name_en"]),
            rating["value_text"] or format_value(rating["value"], rating["unit"], rating["unit_en"], ctx.lang),
        )
        for rating in ctx.query(element).to_dicts()
    ]


@text_kind("esg_ratings")
def ratings(element: Text, ctx: Context) -> list[str]:
    """One markdown line per ESG rating: agency in bold, then the rating as published."""
    return [f"**{agency}**: {shown}" for _, agency, shown in _ratings(ctx, element)]


@kpi_kind("esg_ratings")
def rating_cards(element: Kpis, ctx: Context) -> KpiResult:
    """The ESG ratings as cards (a slide's key figures)."""
    return KpiResult(tuple(text_kpi(agency, shown, key) for key, agency, shown in _ratings(ctx, element)))


@chart_kind("kpi_tiles")
def tiles(element: Chart, ctx: Context) -> ChartResult:
    """The KPI set named by option ``cards`` as a grid of tiles (for a shared screen), and the table of its figures."""
    cards: Any = build(view(ctx.view)[str(element.option("cards"))], ctx)
    kpis = list(cards.cards)
    title = t(element.title or ctx.key("chart", element.name), ctx.lang, year=ctx.filters.year)
    fig = make_kpi_tiles_figure(kpis, title=title, source=t("present.kpis_source", ctx.lang), lang=ctx.lang)
    frame = kpi_table(kpis, ctx.lang, ctx.filters.year, [kpi.source for kpi in kpis])
    source = " · ".join(dict.fromkeys(kpi.source for kpi in kpis))
    return chart_result(fig, frame, source=source, unit=t("deck.unit_per_row", ctx.lang))


@text_kind("company_profile")
def profile(element: Text, ctx: Context) -> list[str]:
    """One markdown line per company fact: name in bold, then the value (a year as a plain number)."""
    lines = []
    for fact in ctx.query(element).to_dicts():
        value = format_value(fact["value"], fact["unit"], fact["unit_en"], ctx.lang, decimals=None)
        if fact["unit"] == "年":
            value = str(int(fact["value"]))
        lines.append(f"**{md_escape(pick(ctx.lang, fact['name_zh'], fact['name_en']))}**: {md_escape(value)}")
    return lines


@text_kind("targets_2025")
def targets(element: Text, ctx: Context) -> CardsResult:
    """Each 2025 target as a card: the area in bold, the target and the 2024 progress as published."""
    lang = ctx.lang
    target_label, progress_label = t("overview.col.target", lang), t("overview.col.progress", lang)
    cards = [
        Card(
            f"**{md_escape(pick(lang, row['area_zh'], row['area_en']))}**",
            (
                ("caption", target_label),
                ("text", pick(lang, row["target_2025_zh"], row["target_2025_en"])),
                ("caption", progress_label),
                ("text", pick(lang, row["progress_2024_zh"], row["progress_2024_en"])),
            ),
        )
        for row in ctx.query(element).to_dicts()
    ]
    return CardsResult(tuple(cards), per_row=2)
