"""Chart pieces of the emissions view (pure: no ``st.*``, no query): the decarbonisation path against the report's
targets (cards, figure, figures, captions) and GHG by business segment, drawn by the view's own kinds
(``components.kinds.emissions``) and, until they name the view's elements, by the slides."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

import plotly.graph_objects as go
import polars as pl

from components.charts import finish_spec, fit_legend_spec, vlines
from components.figure_update import spec_layout
from components.kpi import Kpi, text_kpi
from components.palette import GOOD, NEUTRAL, SERIES_COLORS, TARGET
from esg.display import change_tone, display_number, display_unit, format_number, format_signed, format_value
from esg.i18n import pick, t

STATUS_TONE = {"on_track": "good", "achieved": "good", "off_track": "bad"}


def pathway_kpis(pathway: Mapping, lang: str) -> list[Kpi]:
    """The cards of the decarbonisation path: the status against the target in words, the annual change needed from
    the selected year to the target year and the compound annual change achieved since the base year (both signed),
    the target level and the signed gap to the straight-line path (coloured: above the path is bad)."""
    unit, unit_en = pathway["unit"], pathway["unit_en"]
    base_year, year, target_year = pathway["base_year"], pathway["year"], pathway["reduction_year"]
    target_source = pick(lang, pathway["target_source_table"], pathway["target_source_table_en"])
    source = pick(lang, pathway["source_table"], pathway["source_table_en"])
    derived = t("emissions.pathway.derived_help", lang, source=source, target_source=target_source)

    def card(label: str, value: float | None, unit_zh: str, unit_in_en: str, **more: Any) -> Kpi:
        return Kpi(label, value, unit_zh, unit_in_en, None, unit_zh == "%", None, [], None, derived, **more)

    cards = []
    status = pathway["status"]
    if status is not None:
        rule = t("emissions.pathway.rule", lang, base_year=base_year, target_year=target_year)
        rates = t(
            "emissions.status_rates",
            lang,
            achieved=format_signed(pathway["achieved_pct"], lang, 1),
            required=format_signed(-(pathway["required_pct"] or 0), lang, 1),
        )
        label = t("emissions.kpi.status", lang, target_year=target_year)
        status_card = text_kpi(label, t(f"common.status.{status}", lang))
        cards.append(replace(status_card, status=rates, tone=STATUS_TONE[status], help=f"{rule}  \n{derived}"))
    required = pathway["required_pct"]
    if required is not None:
        label = t("emissions.kpi.required", lang, year=year, target_year=target_year)
        cards.append(card(label, round(-required, 1), "%", "%", signed=True))
    if year > base_year and pathway["achieved_pct"] is not None:  # no rate of change within the base year itself
        achieved = round(pathway["achieved_pct"], 1)
        tone = change_tone(achieved, higher_is_better=False)
        cards.append(card(t("emissions.kpi.achieved", lang, base_year=base_year, year=year), achieved, "%", "%",
                          signed=True, status=t(f"emissions.direction.{tone or 'flat'}", lang), tone=tone))  # fmt: skip
    target_label = t(
        "emissions.kpi.target_level", lang, target_year=target_year, pct=format_number(pathway["reduction_pct"], lang)
    )
    cards.append(card(target_label, round(pathway["reduction_target"]), unit, unit_en))
    if pathway["gap"] is not None:
        gap = round(pathway["gap"])
        tone = change_tone(gap, higher_is_better=False)
        side = "above" if gap > 0 else "below" if gap < 0 else "on"
        cards.append(card(t("emissions.kpi.gap", lang, year=year), gap, unit, unit_en, signed=True,
                          status=t(f"emissions.gap.{side}", lang), tone=tone))  # fmt: skip
    return cards


def make_decarbonisation_figure(pathway: Mapping, *, lang: str) -> go.Figure:
    """Actual scope 1+2 emissions against the straight-line path (derived from the targets) from the base year to the
    reduction target and on to zero in the neutrality year, with the target points and the peak-year marker."""
    unit, unit_en = pathway["unit"], pathway["unit_en"]
    shown = display_unit(unit, unit_en, lang)[0]

    def conv(values: Sequence[float | None]) -> list[float | None]:
        return [display_number(v, unit, unit_en, lang) for v in values]

    actual, path = pathway["actual"], pathway["path"]
    path_name, actual_name = t("emissions.pathway.path", lang), t("emissions.pathway.actual", lang)
    actual_values = conv(actual.get_column("value").to_list())
    target_name = t(
        "emissions.pathway.target_point",
        lang,
        year=pathway["reduction_year"],
        pct=format_number(pathway["reduction_pct"], lang),
        base_year=pathway["base_year"],
    )
    neutral_name = t("emissions.pathway.neutral_point", lang, year=pathway["neutral_year"])
    traces = [
        {
            "type": "scatter",
            "x": path.get_column("year").to_list(),
            "y": conv(path.get_column("value").to_list()),
            "mode": "lines",
            "name": path_name,
            "line": {"color": NEUTRAL, "width": 2, "dash": "dash"},
            "hovertemplate": "%{x}: %{y:,.0f} " + shown + "<extra>" + path_name + "</extra>",
        },
        {
            "type": "scatter",
            "x": actual.get_column("year").to_list(),
            "y": actual_values,
            "mode": "lines+markers+text",
            "name": actual_name,
            "line": {"color": SERIES_COLORS[0], "width": 3},
            "marker": {"size": 9},
            "text": ["" for _ in actual_values[:-1]] + [format_number(v, lang, 0) for v in actual_values[-1:]],
            "textposition": "middle right",
            "hovertemplate": "%{x}: %{y:,.0f} " + shown + "<extra>" + actual_name + "</extra>",
        },
        {
            "type": "scatter",
            "x": [pathway["reduction_year"]],
            "y": conv([pathway["reduction_target"]]),
            "mode": "markers+text",
            "name": target_name,
            "marker": {"color": TARGET, "size": 16, "symbol": "star"},
            "text": [format_value(round(pathway["reduction_target"]), unit, unit_en, lang, 0)],
            "textposition": "top right",
            "hovertemplate": "%{x}: %{y:,.0f} " + shown + "<extra>" + target_name + "</extra>",
        },
        {
            "type": "scatter",
            "x": [pathway["neutral_year"]],
            "y": [0],
            "mode": "markers",
            "name": neutral_name,
            "marker": {"color": GOOD, "size": 16, "symbol": "diamond"},
            "hovertemplate": "%{x}: 0 " + shown + "<extra>" + neutral_name + "</extra>",
        },
    ]
    peak = pathway["peak_year"]
    peak_label = {
        "text": t("emissions.pathway.peak", lang, year=peak),
        "x": peak,
        "xref": "x",
        "xanchor": "left",
        "y": 1,
        "yref": "y domain",
        "yanchor": "top",
        "showarrow": False,
        "font": {"color": TARGET},
    }
    peak_line = vlines([peak], line={"color": TARGET, "dash": "dot", "width": 2})
    spec = finish_spec(
        {"data": traces, "layout": {"shapes": peak_line, "annotations": [peak_label]}},
        title=t("emissions.chart.pathway", lang, unit=shown),
        source=f"{pick(lang, pathway['source_table'], pathway['source_table_en'])}; "
        f"{pick(lang, pathway['target_source_table'], pathway['target_source_table_en'])}",
        lang=lang,
        x_title=t("common.col.year", lang),
        y_title=shown,
        height=500,
        categorical_x=False,
    )
    spec_layout(
        spec, xaxis={"tickformat": "d", "dtick": 5, "range": [pathway["base_year"] - 1, pathway["neutral_year"] + 2]}
    )
    return go.Figure(fit_legend_spec(spec, width="full"))


def pathway_table(pathway: Mapping, lang: str) -> pl.DataFrame:
    """The figures of the decarbonisation chart: actual emissions and the straight-line path, by year."""
    unit, unit_en = pathway["unit"], pathway["unit_en"]
    shown = display_unit(unit, unit_en, lang)[0]
    actual = dict(pathway["actual"].select("year", "value").iter_rows())
    rows = [
        {
            t("common.col.year", lang): year,
            t("emissions.col.actual", lang, unit=shown): display_number(actual.get(year), unit, unit_en, lang),
            t("emissions.col.path", lang, unit=shown): display_number(round(value, 1), unit, unit_en, lang),
        }
        for year, value in pathway["path"].iter_rows()
    ]
    return pl.DataFrame(rows)


def pathway_captions(pathway: Mapping, lang: str) -> list[str]:
    """The captions under the decarbonisation chart: the targets, and the rates achieved and required when known."""
    unit, unit_en = pathway["unit"], pathway["unit_en"]
    captions = [
        t(
            "emissions.pathway_caption",
            lang,
            base_year=pathway["base_year"],
            base=format_value(pathway["base_value"], unit, unit_en, lang),
            target_year=pathway["reduction_year"],
            pct=format_number(pathway["reduction_pct"], lang),
            target=format_value(round(pathway["reduction_target"]), unit, unit_en, lang),
            neutral_year=pathway["neutral_year"],
            peak_year=pathway["peak_year"],
        )
    ]
    if pathway["achieved_pct"] is not None and pathway["required_pct"] is not None:
        captions.append(
            t(
                "emissions.pathway_rates",
                lang,
                year=pathway["year"],
                base_year=pathway["base_year"],
                target_year=pathway["reduction_year"],
                value=format_value(pathway["value"], unit, unit_en, lang),
                achieved=format_signed(pathway["achieved_pct"], lang, 1),
                required=format_signed(-pathway["required_pct"], lang, 1),
                gap=format_signed(pathway["gap"], lang, 0),
                status=t(f"common.status.{pathway['status']}", lang),
                peak_year=pathway["peak_year"],
                path=format_value(round(pathway["path_in_year"]), unit, unit_en, lang),
            )
        )
    return captions
