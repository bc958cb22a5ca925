"""Chart factory of the subsidiaries view: one figure per business segment, side by side, in the segment colours;
and the view's elements, built once for one set of filters (:func:`subsidiaries_elements`), for the page filters
(:func:`directory_elements`) and for one entity (:func:`entity_elements`), for ``components.data.built``.

``make_bar_figure`` colours bars by trace and marks gaps only for a single trace; segments need both (their own
colour and a "not disclosed" label where the report gives nothing), hence this factory.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import plotly.graph_objects as go
import polars as pl
import pyarrow as pa

from components import state
from components.charts import finish_figure
from components.data import query
from components.kpi import Kpi
from components.palette import MUTED, SEGMENT_COLORS
from components.tables import csv_bytes, localised
from esg.i18n import display_unit, format_number, format_value, pick, t

if TYPE_CHECKING:
    from components.state import Filters

SEGMENT_IDS = ("mining", "smelting", "other", "unassigned")
DIRECTORY_COLUMNS = {
    "short*": "subsidiaries.col.short",
    "kind*": "subsidiaries.col.kind",
    "segment*": "subsidiaries.col.segment",
    "province*": "subsidiaries.col.province",
    "commodities*": "subsidiaries.col.commodities",
    "figures": "subsidiaries.col.figures",
    "iso45001_year": "subsidiaries.col.iso45001",
    "parent*": "subsidiaries.col.parent",
    "capacity*": "subsidiaries.col.capacity",
    "name*": "subsidiaries.col.name",
}
FIGURES_COLUMNS = {
    "name*": "subsidiaries.col.indicator",
    "year": "subsidiaries.col.year",
    "shown*": "subsidiaries.col.figure",
    "printed": "subsidiaries.col.printed",
    "source_table*": "subsidiaries.col.source",
    "note*": "subsidiaries.col.note",
    "indicator_id": "subsidiaries.col.indicator_id",
}
CHART_DATA_COLUMNS = {
    "segment*": "subsidiaries.col.segment_label",
    "value*": "common.value",
    "unit_label*": "subsidiaries.col.unit",
}


def make_segment_bar_figure(
    df: pl.DataFrame,
    *,
    label: str,
    value: str,
    segment: str,
    title: str,
    source: str,
    lang: str,
    y_title: str = "",
    hover_unit: str = "",
    reference: float | None = None,
    reference_label: str = "",
    height: int = 440,
) -> go.Figure:
    """Bars of ``value`` by ``label`` coloured by the segment id in ``segment``; a null value gets a grey
    "not disclosed" label instead of a bar; ``reference`` draws a dashed line across the bars (e.g. the group's own
    figure), named ``reference_label`` in the legend."""
    labels = [str(v) for v in df.get_column(label).to_list()]
    values = df.get_column(value).to_list()
    colours = [SEGMENT_COLORS.get(s, SEGMENT_COLORS[None]) for s in df.get_column(segment).to_list()]
    fig = go.Figure(
        go.Bar(
            x=labels,
            y=values,
            marker_color=colours,
            text=[format_number(v, lang) if v is not None else "" for v in values],
            textposition="auto",
            hovertemplate="%{x}: %{text} " + hover_unit + "<extra></extra>",
            showlegend=False,
            name=y_title,
        )
    )
    missing = [x for x, v in zip(labels, values, strict=True) if v is None]
    if missing:
        fig.add_trace(
            go.Scatter(
                x=missing,
                y=[0] * len(missing),
                mode="text",
                text=[t("common.not_disclosed", lang)] * len(missing),
                textposition="top center",
                textfont={"color": MUTED, "size": 13},
                hoverinfo="skip",
                showlegend=False,
                name=t("common.not_disclosed", lang),
            )
        )
    if reference is not None:
        fig.add_trace(
            go.Scatter(
                x=labels,
                y=[reference] * len(labels),
                mode="lines",
                line={"color": MUTED, "dash": "dash", "width": 2},
                name=reference_label,
                hoverinfo="name",
                showlegend=True,
            )
        )
    return finish_figure(fig, title=title, source=source, lang=lang, y_title=y_title, height=height)


# ---------------------------------------------------------------------------------------------- the view's elements


@dataclass(frozen=True)
class SegmentChart:
    """One segment comparison: its chart key, figure, the CSV of its figures and the caption under it ("" for none)."""

    key: str
    figure: go.Figure
    csv: bytes
    caption: str


@dataclass(frozen=True)
class SubsidiariesElements:
    """What the view shows under the global filters alone: the choices of the page filters with their labels ("all"
    first: province by Chinese name, segment, commodity), the segment charts and the segments' water KPI cards."""

    provinces: dict[str, str]
    segments: dict[str, str]
    commodities: dict[str, str]
    charts: list[SegmentChart]
    water: list[Kpi]


@dataclass(frozen=True)
class DirectoryElements:
    """The entities the page filters keep: their rows and short names by id, the directory table, the coverage
    table (Arrow) and its year columns."""

    entities: dict[str, dict]
    names: dict[str, str]
    directory: pa.Table
    coverage: pa.Table
    years: list[str]


@dataclass(frozen=True)
class EntityElements:
    """One entity: its profile (field, value), its own figures and its indicator x year matrix (Arrow)."""

    profile: pa.Table
    figures: pa.Table
    matrix: pa.Table


def filter_choices(filters: Filters) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """The choices of the page filters (province by Chinese name, segment, commodity), each with its label, "all"
    first."""
    lang = filters.lang
    options = query("subsidiaries.options", filters.edition)
    everything = {state.ALL: t("subsidiaries.filter.all", lang)}
    provinces = {p["province_zh"]: pick(lang, p["province_zh"], p["province_en"]) for p in options["provinces"]}
    segments = {s: t(f"subsidiaries.segment.{s}", lang) for s in SEGMENT_IDS}
    commodities = {c: t(f"subsidiaries.commodity.{c}", lang) for c in options["commodities"]}
    return everything | provinces, everything | segments, everything | commodities


def segment_value(chart: dict, value: float | None, lang: str) -> str:
    """A value of a segment comparison in its unit as ``lang`` shows it."""
    return format_value(value, chart["unit"], chart["unit_en"], lang)


def segment_figure(chart: dict, filters: Filters) -> tuple[go.Figure, pl.DataFrame]:
    """Bars of one ``subsidiaries.segments`` chart by segment (energy intensity with the group's own line), and the
    figures shown."""
    lang, indicator_id = filters.lang, chart["indicator_id"]
    unit = display_unit(chart["unit"], chart["unit_en"], lang)[0]
    fig = make_segment_bar_figure(
        chart["rows"],
        label=pick(lang, "segment_zh", "segment_en"),
        value=pick(lang, "value_zh", "value_en"),
        segment="segment",
        title=t(f"subsidiaries.chart.{indicator_id}", lang, year=filters.year, unit=unit),
        source=pick(lang, chart["source_table"], chart["source_table_en"]),
        lang=lang,
        y_title=unit,
        hover_unit=unit,
        reference=chart["group_value"] if indicator_id == "energy_intensity" else None,
        reference_label=t("subsidiaries.group_line", lang, value=segment_value(chart, chart["group_value"], lang)),
    )
    return fig, localised(chart["rows"], CHART_DATA_COLUMNS, lang)


def segment_caption(chart: dict, filters: Filters) -> str:
    """What the segments add up to against the group's own figure, or that this cannot be said ("" for none)."""
    lang = filters.lang
    total = segment_value(chart, chart["group_value"], lang)
    if chart["indicator_id"] == "energy_intensity":
        if chart["group_value"] is None:
            return ""
        return t("subsidiaries.sum_caption.energy_intensity", lang, total=total)
    if chart["segment_sum"] is not None and chart["group_value"] is not None:
        return t(
            "subsidiaries.sum_caption.ghg_total",
            lang,
            sum=segment_value(chart, chart["segment_sum"], lang),
            total=total,
            diff=segment_value(chart, chart["group_value"] - chart["segment_sum"], lang),
        )
    return t("subsidiaries.sum_missing", lang, year=filters.year)


def segment_chart(chart: dict, filters: Filters) -> SegmentChart:
    """One segment comparison of the selected year with its CSV and caption."""
    fig, data = segment_figure(chart, filters)
    return SegmentChart(f"subsidiaries_{chart['indicator_id']}", fig, csv_bytes(data), segment_caption(chart, filters))


def water_kpis(water: pl.DataFrame, filters: Filters) -> list[Kpi]:
    """Each segment's water intensity in the selected year as a KPI card."""
    lang = filters.lang
    return [
        Kpi(
            label=t(f"subsidiaries.water.{row['segment']}", lang),
            value=row["value"],
            unit=row["unit"] or "",
            unit_en=row["unit_en"] or "",
            change=row["change_pct"],
            is_rate=False,
            lower_is_better=True,
            history=row["history"] or [],
            previous_year=filters.year - 1 if row["previous_value"] is not None else None,
            help=t("common.source", lang, source=pick(lang, row["source_table"], row["source_table_en"]))
            if row["source_table"]
            else "",
        )
        for row in water.to_dicts()
    ]


def subsidiaries_elements(filters: Filters) -> SubsidiariesElements:
    """What the view shows under ``filters`` alone (for ``components.data.built``)."""
    provinces, segments, commodities = filter_choices(filters)
    found = query("subsidiaries.segments", filters.edition, year=filters.year)
    return SubsidiariesElements(
        provinces=provinces,
        segments=segments,
        commodities=commodities,
        charts=[segment_chart(chart, filters) for chart in found["charts"]],
        water=water_kpis(found["water"], filters),
    )


def directory_elements(filters: Filters, page_filters: dict[str, str | None]) -> DirectoryElements:
    """The entities the page filters (province, segment, commodity; ``None`` for all) keep, under ``filters``."""
    lang = filters.lang
    directory = query("subsidiaries.directory", filters.edition, **page_filters)
    coverage = query("subsidiaries.coverage", filters.edition, **page_filters)
    entities = {row["entity_id"]: row for row in directory.to_dicts()}
    return DirectoryElements(
        entities=entities,
        names={e: pick(lang, row["short_zh"], row["short_en"]) for e, row in entities.items()},
        directory=localised(directory, DIRECTORY_COLUMNS, lang).to_arrow(),
        coverage=coverage.to_arrow(),
        years=[c for c in coverage.columns if c.isdigit()],
    )


def entity_profile(entity: dict, lang: str) -> pa.Table:
    """An entity's directory row as a field/value table (Arrow)."""
    missing = t("subsidiaries.empty_field", lang)
    profile = [
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
    return pl.DataFrame(
        {
            t("subsidiaries.col.field", lang): [t(f"subsidiaries.field.{key}", lang) for key, _ in profile],
            t("subsidiaries.col.value", lang): [value for _, value in profile],
        }
    ).to_arrow()


def entity_elements(filters: Filters, entity_id: str) -> EntityElements:
    """Entity ``entity_id``'s profile, figures and matrix under ``filters``."""
    lang = filters.lang
    directory = query("subsidiaries.directory", filters.edition).filter(pl.col("entity_id") == entity_id)
    figures = query("subsidiaries.entity_figures", filters.edition, entity=entity_id)
    return EntityElements(
        profile=entity_profile(directory.row(0, named=True), lang),
        figures=localised(figures, FIGURES_COLUMNS, lang).to_arrow(),
        matrix=query("subsidiaries.matrix", filters.edition, entity=entity_id, lang=lang).to_arrow(),
    )
