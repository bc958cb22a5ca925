"""The emissions view's own kinds: GHG by business segment (the chosen one highlighted, with the report's rounding
gaps), the decarbonisation path as cards and as a figure, the energy mix in its own units and the warning when the
printed renewable-electricity share disagrees with its parts."""

from __future__ import annotations

from dataclasses import replace

from components.charts import source_line
from components.elements import (
    ChartResult,
    Context,
    KpiResult,
    TableResult,
    chart_kind,
    chart_result,
    kpi_kind,
    segment_chart,
    table_kind,
    table_result,
    text_kind,
)
from components.emissions_charts import (
    make_decarbonisation_figure,
    pathway_captions,
    pathway_kpis,
    pathway_table,
)
from components.tables import wide_table
from esg.display import display_unit, format_number, format_value
from esg.i18n import pick, t
from esg.views.model import Chart, Kpis, Table, Text


@chart_kind("ghg_segments")
def segments(element: Chart, ctx: Context) -> ChartResult:
    """GHG by business segment stacked by year, the filter's segment highlighted, with the captions: the highlighted
    segment and the years whose segments do not add up to the printed total."""
    lang = ctx.lang
    found = ctx.query(element)
    chart = segment_chart(found["data"], key="segment", title=ctx.key("chart", element.name), ctx=ctx, barmode="stack")
    segment = ctx.filters.segment_or_none
    captions = [t("emissions.segment_highlight", lang, segment=t(f"common.segment.{segment}", lang))] if segment else []
    captions += [
        t(
            "emissions.segment_discrepancy",
            lang,
            year=gap["year"],
            parts=format_number(gap["expected"], lang, 0),
            total=format_number(gap["printed"], lang, 0),
            unit=chart.unit,
        )
        for gap in found["discrepancies"]
    ]
    return replace(chart, captions=tuple(captions))


@kpi_kind("decarbonisation")
def pathway_cards(element: Kpis, ctx: Context) -> KpiResult:
    """The decarbonisation path's cards: the rates required and achieved, the target level, the gap to the path."""
    return KpiResult(tuple(pathway_kpis(ctx.query(element), ctx.lang)))


@chart_kind("decarbonisation")
def pathway(element: Chart, ctx: Context) -> ChartResult:
    """Actual emissions against the straight-line path to the report's targets, its figures and captions."""
    found = ctx.query(element)
    frame = pathway_table(found, ctx.lang)
    lang = ctx.lang
    source = "; ".join(
        pick(lang, found[zh], found[en])
        for zh, en in (("source_table", "source_table_en"), ("target_source_table", "target_source_table_en"))
    )
    return chart_result(
        make_decarbonisation_figure(found, lang=lang),
        frame,
        captions=pathway_captions(found, lang),
        source=source,
        unit=display_unit(found["unit"], found["unit_en"], lang)[0],
    )


@table_kind("energy_mix")
def energy_mix(element: Table, ctx: Context) -> TableResult:
    """The energy consumed by type and year, each type in its own unit (never summed), and its source."""
    lang = ctx.lang
    mix = ctx.query(element)
    frame = wide_table(
        mix,
        lang,
        label_prefix="emissions.series",
        label_header=t("emissions.col.energy", lang),
        unit_header=t("common.unit", lang),
        years=[int(c) for c in mix.columns if c.isdigit()],
    )
    return table_result(frame, captions=[t("emissions.energy_mix_caption", lang, source=source_line(mix, lang))])


@text_kind("renewable_check")
def renewable_check(element: Text, ctx: Context) -> list[str]:
    """The data-quality warning when the printed renewable-electricity share disagrees with its parts."""
    lang = ctx.lang
    renewable = ctx.query(element)
    check, figures = renewable["check"], renewable["figures"]
    if check is None or check["status"] != "discrepancy":
        return []
    traded, electricity = figures["renewable_power_traded"], figures["energy_electricity"]
    return [
        t(
            "emissions.renewable_quality",
            lang,
            year=renewable["year"],
            printed=format_value(check["printed"], "%", "%", lang),
            traded=format_value(traded["value"], traded["unit"], traded["unit_en"], lang, exact=True),
            electricity=format_value(
                electricity["value"], electricity["unit"], electricity["unit_en"], lang, exact=True
            ),
            expected=format_value(round(check["expected"], 1), "%", "%", lang),
            source=pick(lang, electricity["source_table"], electricity["source_table_en"]),
        )
    ]


@text_kind("essentials")
def essentials(element: Text, ctx: Context) -> list[str]:
    """What an investor in a miner asks first, where they look: Scope 3 (not reported) and the GHG intensity of
    revenue, derived with its formula (the report prints none)."""
    lang, year = ctx.lang, ctx.filters.year
    lines = [t("emissions.scope3", lang)]
    rows = {r["indicator_id"]: r for r in ctx.run("indicators.kpis", specs=(("ghg_total", None), ("revenue", None)),
                                                   year=year).to_dicts()}  # fmt: skip
    ghg, revenue = rows.get("ghg_total", {}), rows.get("revenue", {})
    if ghg.get("value") is None or revenue.get("value") is None or revenue.get("unit") != "亿元":
        return [*lines, t("emissions.intensity_missing", lang, year=year)]
    per = 1e4 if lang == "zh" else 1e2  # 亿元 in 万元 (Chinese) or in RMB million (English)
    intensity = ghg["value"] / (revenue["value"] * per)
    lines.append(
        t(
            "emissions.intensity",
            lang,
            year=year,
            intensity=format_number(intensity, lang),
            ghg=format_value(ghg["value"], ghg["unit"], ghg["unit_en"], lang, exact=True),
            revenue=format_value(revenue["value"], revenue["unit"], revenue["unit_en"], lang, exact=True),
        )
    )
    return lines
