"""The overview's own kinds: the ESG ratings and the company profile as lines, the 2025 targets as cards, what moved
on the year before."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import polars as pl

from components.elements import (
    LINK,
    Card,
    CardsResult,
    ChartResult,
    Context,
    KpiResult,
    Line,
    TableResult,
    build,
    chart_kind,
    chart_result,
    kpi_kind,
    table_kind,
    table_result,
    text_kind,
)
from components.kpi import text_kpi
from components.overview_charts import kpi_table, make_kpi_tiles_figure
from components.text import md_escape
from esg.display import format_change, format_number, format_signed, format_value
from esg.i18n import pick, t
from esg.views import view, views
from esg.views.model import Chart, Kpis, Table, Text


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


MOVERS = 5  # improvements and deteriorations listed each
ELSEWHERE = ("overview", "explorer", "entity", "editions", "frameworks")  # views that only repeat figures


def view_of(indicator_id: str) -> str:
    """The view an indicator's figures are shown on (the first that names it, not counting the overview and the
    data views), else the explorer."""
    return next(
        (v.name for v in views().values() if v.name not in ELSEWHERE and indicator_id in v.indicator_ids()),
        "explorer",
    )


def _mover_line(row: dict[str, Any], lang: str) -> Line:
    name = pick(lang, row["name_zh"], row["name_en"])
    change = format_change(row["change"], row["is_rate"], lang)
    before = format_value(row["previous_value"], row["unit"], row["unit_en"], lang)
    now = format_value(row["value"], row["unit"], row["unit_en"], lang)
    text = t("overview.mover", lang, name=name, change=change, before=before, now=now, year=row["year"] - 1)
    return (f"{LINK}{view_of(row['indicator_id'])}", text)


@text_kind("movers")
def movers(element: Text, ctx: Context) -> list[Line]:
    """What moved on the year before: the largest improvements and deteriorations across every indicator with a
    direction (ranked by relative change in the good direction), each a link to its view; then the number of the
    report's own figures that do not agree, with a link to the data-quality table."""
    lang, rows = ctx.lang, ctx.query(element).to_dicts()
    lines: list[Line] = []
    better = [r for r in rows if r["better"] > 0][:MOVERS]
    worse = [r for r in reversed(rows) if r["better"] < 0][:MOVERS]
    for key, chosen in (("overview.movers.better", better), ("overview.movers.worse", worse)):
        if chosen:
            lines.append(("markdown", f"**{t(key, lang, year=ctx.filters.year)}**"))
            lines += [_mover_line(r, lang) for r in chosen]
    quality = ctx.run("overview.quality_summary")
    lines.append(("caption", t("overview.quality_line", lang, **quality)))
    lines.append((f"{LINK}explorer", t("overview.quality_link", lang)))
    return lines


def _scorecard_row(lang: str, target: str, baseline: str, latest: str, status: str, why: str, view_name: str) -> dict:
    """One row of the scorecard, what a reader scans first on the left: the target, its status and the link."""
    return {
        t("overview.col.target_set", lang): target,
        t("editions.col.status", lang): t(f"common.status.{status}", lang),
        t("overview.col.open", lang): f"./{view_name}?lang={lang}",
        t("overview.col.latest", lang): latest,
        t("overview.col.baseline", lang): baseline,
        t("overview.col.why", lang): why,
        t("overview.col.view", lang): t(f"{view_name}.title", lang),
    }


@table_kind("scorecard")
def scorecard(element: Table, ctx: Context) -> TableResult:
    """Every target the report sets as a row: the target, its baseline, the latest figure, the status (achieved, on
    track, off track, or not measurable from the report, with why) and the view of its indicator."""
    lang, year = ctx.lang, ctx.filters.year
    path = ctx.run("emissions.pathway", year=year)
    unit, unit_en = path["unit"], path["unit_en"]
    latest_ghg = t("overview.score.in_year", lang, value=format_value(path["value"], unit, unit_en, lang), year=year)
    base_ghg = t("overview.score.in_year", lang, value=format_value(path["base_value"], unit, unit_en, lang),
                 year=path["base_year"])  # fmt: skip
    achieved = format_signed(path["achieved_pct"], lang, 1) if path["achieved_pct"] is not None else ""
    rows = [
        _scorecard_row(lang, t("overview.score.peak", lang, year=path["peak_year"]), base_ghg, latest_ghg,
                       "not_measurable", t("overview.why.peak", lang, achieved=achieved), "emissions"),
        _scorecard_row(lang, t("overview.score.reduction", lang, year=path["reduction_year"],
                               pct=format_number(path["reduction_pct"], lang), base_year=path["base_year"]),
                       base_ghg, latest_ghg, path["status"] or "not_measurable",
                       t("overview.why.reduction", lang, achieved=achieved,
                         required=format_signed(-(path["required_pct"] or 0), lang, 1)), "emissions"),
        _scorecard_row(lang, t("overview.score.neutral", lang, year=path["neutral_year"]), base_ghg, latest_ghg,
                       "not_measurable", t("overview.why.neutral", lang), "emissions"),
        _scorecard_row(lang, t("overview.score.fatalities", lang), "—", t("common.not_disclosed", lang),
                       "not_measurable", t("overview.why.fatalities", lang), "safety"),
    ]  # fmt: skip
    for row in ctx.query(element).to_dicts():
        target, progress = row["target_value"], row["progress_value"]
        if target is not None and progress is not None:
            status, why = ("achieved" if progress >= target else "off_track"), t("overview.why.measured", lang)
        elif target is not None:
            status, why = "not_measurable", t("overview.why.no_figure", lang)
        else:
            status, why = "not_measurable", t("overview.why.qualitative", lang)
        first_id = (row["indicator_id"] or "").split(";")[0]
        rows.append(
            _scorecard_row(
                lang,
                pick(lang, row["target_2025_zh"], row["target_2025_en"]),
                "—",
                pick(lang, row["progress_2024_zh"], row["progress_2024_en"]),
                status,
                why,
                view_of(first_id) if first_id else "overview",
            )
        )
    open_column = t("overview.col.open", lang)
    return replace(table_result(pl.DataFrame(rows)), links=((open_column, t("overview.open_view", lang)),))
