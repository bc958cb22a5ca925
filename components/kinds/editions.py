"""The editions view's own kinds: every edition (usable or not, and where it came from), the edition's figures by
year, its restatements (value first published, restated value, reason), the choice of a restated figure and its
marked trend with one note per restated year. Also what is wrong with an unusable edition, in words
(:func:`describe_problems`, for the start-up message too)."""

from __future__ import annotations

from dataclasses import replace

import plotly.graph_objects as go
import polars as pl

from components.charts import make_bar_figure, make_line_figure
from components.data import EditionStatus, edition_statuses, query
from components.elements import (
    ChartResult,
    Context,
    Options,
    TableResult,
    chart_kind,
    chart_result,
    control_kind,
    table_kind,
    table_result,
    text_kind,
)
from components.restatements import mark_restatements, restated_rows, restatement_note
from components.tables import localised
from esg.display import format_value, with_display_values
from esg.i18n import pick, t
from esg.views.model import Chart, Control, Table, Text
from esg.vocabulary import SEGMENTS

PROBLEM_KINDS = ("missing", "manifest", "checksum", "corrupt", "schema")
COUNTS = ("added", "restated", "removed")


def describe_problems(status: EditionStatus, lang: str) -> str:
    """What is wrong with an edition, in words (one clause per problem)."""
    clauses = [
        t(f"editions.problem.{kind}", lang, file=file) for kind, file in status.problems if kind in PROBLEM_KINDS
    ]
    return ("；" if lang == "zh" else "; ").join(clauses) or status.problem


def _count(value: object) -> str:
    return "" if value is None else f"{value:,}"


def _edition_row(status: EditionStatus, ctx: Context) -> dict[str, str]:
    lang = ctx.lang
    summary = query("editions.summary", status.edition) if status.ok else {}  # each edition's own manifest
    if summary.get("based_on"):
        origin = t("editions.origin.import", lang, file=summary.get("file") or "?", base=summary["based_on"])
    else:
        origin = t("editions.origin.build", lang) if status.ok else ""
    state = (
        t("editions.status.ok", lang)
        if status.ok
        else t("editions.status.broken", lang, problems=describe_problems(status, lang))
    )
    return {
        t("editions.col.edition", lang): status.edition,
        t("editions.col.status", lang): state,
        t("editions.col.origin", lang): origin,
        t("common.col.figures", lang): _count(summary.get("figures")),
        **{t(f"update_data.metric.{c}", lang): _count(summary.get(c)) for c in COUNTS},
    }


@table_kind("editions_list")
def editions(element: Table, ctx: Context) -> TableResult:
    """Every edition, newest first: status (or what is wrong), origin, figures, and what its import changed."""
    rows = [_edition_row(status, ctx) for status in edition_statuses()]
    return table_result(pl.DataFrame(rows, schema=dict.fromkeys(rows[0], pl.String) if rows else None))


def make_coverage_figure(df: pl.DataFrame, edition: str, lang: str) -> go.Figure:
    """Figures per reporting year of an edition, the restated ones counted in the hover."""
    fig = make_bar_figure(
        df,
        x="year",
        y="figures",
        title=t("editions.chart.coverage", lang, edition=edition),
        source=f"{t('common.edition', lang)} {edition}",
        lang=lang,
        x_title=t("common.col.year", lang),
        y_title=t("common.col.figures", lang),
        decimals=0,
        hover_unit=t("editions.coverage.y", lang),
    )
    of_which = t("editions.coverage.restated", lang)
    restated = [f"{of_which}: {n}" for n in df.get_column("restated").to_list()]
    fig.update_traces(
        customdata=restated, hovertemplate="%{x}: %{text} %{customdata}<extra></extra>", selector={"type": "bar"}
    )
    return fig


@chart_kind("editions_coverage")
def coverage(element: Chart, ctx: Context) -> ChartResult:
    """The edition's figures per reporting year (targets left out), how many restated in the hover."""
    found = ctx.run("editions.coverage")
    return chart_result(make_coverage_figure(found, ctx.filters.edition, ctx.lang), found)


def restatements_table(df: pl.DataFrame, lang: str) -> pl.DataFrame:
    """The restated figures of an edition with localised headers: original value, restated value, reason."""
    segment = {None: "", **{s: t(f"common.segment.{s}", lang) for s in SEGMENTS}}
    rows = [
        {
            t("common.col.indicator", lang): pick(lang, r["name_zh"], r["name_en"]),
            t("common.col.entity", lang): pick(lang, r["entity_zh"], r["entity_en"]) or r["entity"],
            t("common.col.segment", lang): segment.get(r["segment"], r["segment"]),
            t("common.col.year", lang): r["year"],
            t("editions.col.original", lang): format_value(r["original_value"], r["unit"], r["unit_en"], lang),
            t("editions.col.value", lang): format_value(r["value"], r["unit"], r["unit_en"], lang),
            t("editions.col.reason", lang): r["restatement_reason"],
        }
        for r in df.to_dicts()
    ]
    return pl.DataFrame(rows, schema_overrides={t("common.col.year", lang): pl.Int64})


@table_kind("editions_restatements")
def restatements(element: Table, ctx: Context) -> TableResult:
    """The edition's restated figures; the notice that it restates nothing when it has none."""
    lang, edition = ctx.lang, ctx.filters.edition
    frame = restatements_table(ctx.run("editions.restatements"), lang)
    result = table_result(frame, heading=t("editions.table.restatements", lang, edition=edition))
    empty = t("editions.notice.no_restatements", lang, edition=edition)
    return replace(result, formats=((t("common.col.year", lang), "%d"),), empty=empty)


def _figure_id(row: dict) -> str:
    """A restated figure's id: indicator, entity, segment (if any) and year."""
    return "@".join(str(p) for p in (row["indicator_id"], row["entity"], row["segment"], row["year"]) if p is not None)


def figure_label(row: dict, lang: str) -> str:
    """A restated figure's name, entity and year, for a picker."""
    entity = pick(lang, row.get("entity_zh"), row.get("entity_en")) or row["entity"]
    return f"{pick(lang, row['name_zh'], row['name_en'])} · {entity} · {row['year']}"


@control_kind("editions_figures")
def figures(element: Control, ctx: Context) -> Options:
    """The edition's restated figures (none when it restates nothing)."""
    return Options(
        {_figure_id(row): figure_label(row, ctx.lang) for row in ctx.run("editions.restatements").to_dicts()}
    )


def _series(ctx: Context) -> pl.DataFrame | None:
    """Every year of the chosen restated figure (``None`` when none is chosen)."""
    chosen = ctx.value("figure")
    row = next((r for r in ctx.run("editions.restatements").to_dicts() if _figure_id(r) == chosen), None)
    if row is None:
        return None
    return ctx.run("editions.series", indicator_id=row["indicator_id"], entity=row["entity"], segment=row["segment"])


def make_restated_series_figure(df: pl.DataFrame, lang: str) -> go.Figure:
    """The trend of one restated figure in the unit shown in ``lang``, restated years marked with the original."""
    shown = with_display_values(df, lang)
    first = shown.row(0, named=True)
    name = pick(lang, first["name_zh"], first["name_en"])
    fig = make_line_figure(
        shown,
        x="year",
        y="display_value",
        title=t("editions.chart.series", lang, name=name, unit=first["display_unit"]),
        source=pick(lang, first["source_table"], first["source_table_en"]),
        lang=lang,
        x_title=t("common.col.year", lang),
    )
    return mark_restatements(fig, shown, x="year", y="display_value", lang=lang, convert_units=True)


@chart_kind("editions_series")
def series(element: Chart, ctx: Context) -> ChartResult | None:
    """The marked trend of the chosen restated figure."""
    found = _series(ctx)
    if found is None:
        return None
    return chart_result(make_restated_series_figure(found, ctx.lang), found)


@text_kind("editions_restatement_notes")
def notes(element: Text, ctx: Context) -> list[str]:
    """One note per restated year of the chosen figure: original, restated value, reason (shown as plain text)."""
    found = _series(ctx)
    if found is None:
        return []
    return [restatement_note(row, ctx.lang) for row in restated_rows(found).to_dicts()]


PACKAGE_COLUMNS = {"name": "editions.col.resource", "rows": "editions.col.rows", "description*": "editions.col.about"}


@table_kind("editions_package")
def package(element: Table, ctx: Context) -> TableResult:
    """The edition as an open data package: what it holds (one row per resource) and the zip to download."""
    lang, edition = ctx.lang, ctx.filters.edition
    built = ctx.run("editions.package")
    frame = localised(built["resources"], PACKAGE_COLUMNS, lang)
    result = table_result(
        frame,
        heading=t("editions.table.package", lang, edition=edition),
        captions=[t("editions.caption.package", lang)],
    )
    return replace(result, files=(("zip", built["zip"]),), formats=((t("editions.col.rows", lang), "%d"),))
