"""Editions in the UI. At start-up, a broken edition is named with what is wrong, in the user's language, and left out
(the app shows the newest good one); no traceback ever reaches a user (details go to the server log). For the
editions view: the table of editions, the restatements table and the two figures, and the view's elements built once
per filters (:func:`editions_elements`) and per restated figure picked (:func:`series_elements`), for
``components.data.built``."""

from __future__ import annotations

from dataclasses import dataclass

import plotly.graph_objects as go
import polars as pl
import pyarrow as pa
import streamlit as st

from components import state
from components.charts import make_bar_figure, make_line_figure
from components.data import EditionStatus, edition_statuses, query
from components.restatements import mark_restatements, restated_rows, restatement_note
from components.state import Filters
from components.tables import csv_bytes
from components.text import md_escape, plotly_escape
from esg.i18n import format_value, pick, t, with_display_values

PROBLEM_KINDS = ("missing", "manifest", "checksum", "corrupt", "schema")


def describe_problems(status: EditionStatus, lang: str) -> str:
    """What is wrong with an edition, in words (one clause per problem)."""
    clauses = [
        t(f"editions.problem.{kind}", lang, file=file) for kind, file in status.problems if kind in PROBLEM_KINDS
    ]
    return ("；" if lang == "zh" else "; ").join(clauses) or status.problem


def render_snapshot_status(lang: str) -> bool:
    """Show an error for each unusable edition; return whether at least one edition can be used."""
    statuses = edition_statuses()
    usable = [s.edition for s in statuses if s.ok]
    broken = [s for s in statuses if not s.ok]
    if not usable:
        problems = " · ".join(f"{s.edition}: {describe_problems(s, lang)}" for s in broken)
        st.error(
            md_escape(t("editions.broken_all", lang, problems=problems or t("editions.no_editions", lang))),
            icon=":material/error:",
        )
        return False
    for status in broken:
        message = t(
            "editions.broken",
            lang,
            edition=status.edition,
            problems=describe_problems(status, lang),
            fallback=st.session_state.get(state.EDITION) or usable[0],
        )
        st.error(md_escape(message), icon=":material/warning:")
    return True


def editions_table(lang: str) -> pl.DataFrame:
    """Every edition, newest first: status (or what is wrong), origin, figures, and what its import changed."""
    rows = []
    for status in edition_statuses():
        summary = query("editions.summary", status.edition) if status.ok else {}
        if summary.get("based_on"):
            origin = t("editions.origin.import", lang, file=summary.get("file") or "?", base=summary["based_on"])
        else:
            origin = t("editions.origin.build", lang) if status.ok else ""
        rows.append(
            {
                t("editions.col.edition", lang): status.edition,
                t("editions.col.status", lang): t("editions.status.ok", lang)
                if status.ok
                else t("editions.status.broken", lang, problems=describe_problems(status, lang)),
                t("editions.col.origin", lang): origin,
                **{
                    t(f"editions.col.{c}", lang): "" if summary.get(c) is None else f"{summary[c]:,}"
                    for c in ("figures", "added", "restated", "removed")
                },
            }
        )
    return pl.DataFrame(rows, schema=dict.fromkeys(rows[0], pl.String) if rows else None)


def restatements_table(df: pl.DataFrame, lang: str) -> pl.DataFrame:
    """The restated figures of an edition with localised headers: original value, restated value, reason."""
    segment = {None: "", **{s: t(f"common.segment.{s}", lang) for s in ("mining", "smelting", "other")}}
    rows = [
        {
            t("editions.col.indicator", lang): pick(lang, r["name_zh"], r["name_en"]),
            t("editions.col.entity", lang): pick(lang, r["entity_zh"], r["entity_en"]) or r["entity"],
            t("editions.col.segment", lang): segment.get(r["segment"], r["segment"]),
            t("editions.col.year", lang): r["year"],
            t("editions.col.original", lang): format_value(r["original_value"], r["unit"], r["unit_en"], lang),
            t("editions.col.value", lang): format_value(r["value"], r["unit"], r["unit_en"], lang),
            t("editions.col.reason", lang): r["restatement_reason"],
        }
        for r in df.to_dicts()
    ]
    return pl.DataFrame(rows, schema_overrides={t("editions.col.year", lang): pl.Int64})


def figure_label(row: dict, lang: str) -> str:
    """A restated figure's name, entity and year, for a picker."""
    entity = pick(lang, row.get("entity_zh"), row.get("entity_en")) or row["entity"]
    return f"{pick(lang, row['name_zh'], row['name_en'])} · {entity} · {row['year']}"


def make_coverage_figure(df: pl.DataFrame, edition: str, lang: str) -> go.Figure:
    """Figures per reporting year of an edition, the restated ones counted in the hover."""
    fig = make_bar_figure(
        df,
        x="year",
        y="figures",
        title=t("editions.coverage", lang, edition=edition),
        source=f"{t('common.edition', lang)} {edition}",
        lang=lang,
        x_title=t("editions.col.year", lang),
        y_title=t("editions.coverage.figures", lang),
        decimals=0,
        hover_unit=t("editions.coverage.y", lang),
    )
    restated = [f"{t('editions.coverage.restated', lang)}: {n}" for n in df.get_column("restated").to_list()]
    fig.update_traces(
        customdata=restated, hovertemplate="%{x}: %{text} %{customdata}<extra></extra>", selector={"type": "bar"}
    )
    return fig


def make_restated_series_figure(df: pl.DataFrame, lang: str) -> go.Figure:
    """The trend of one restated figure in the unit shown in ``lang``, restated years marked with the original."""
    shown = with_display_values(df, lang)
    first = shown.row(0, named=True)
    fig = make_line_figure(
        shown,
        x="year",
        y="display_value",
        title=plotly_escape(
            t("editions.chart", lang, name=pick(lang, first["name_zh"], first["name_en"]), unit=first["display_unit"])
        ),
        source=plotly_escape(pick(lang, first["source_table"], first["source_table_en"])),
        lang=lang,
        x_title=t("editions.col.year", lang),
    )
    return mark_restatements(fig, shown, x="year", y="display_value", lang=lang, convert_units=True)


# ---------------------------------------------------------------------------------------------- the view's elements


@dataclass(frozen=True)
class Restatements:
    """An edition's restatements: the table (Arrow), its rows and each row's label for the picker."""

    table: pa.Table
    rows: list[dict]
    labels: list[str]


@dataclass(frozen=True)
class EditionsElements:
    """What the view shows under the global filters: the editions table (Arrow), the coverage figure with the CSV
    of its figures, and the edition's restatements (``None`` when it restates nothing)."""

    editions: pa.Table
    coverage: tuple[go.Figure, bytes]
    restatements: Restatements | None


@dataclass(frozen=True)
class SeriesElements:
    """The trend of one restated figure: the figure, the CSV of its figures, and one note per restated year."""

    figure: go.Figure
    csv: bytes
    notes: list[str]


def editions_elements(filters: Filters) -> EditionsElements:
    """The editions table, the coverage figure and the restatements under ``filters`` (the table also depends on
    ``edition_statuses()``, which the caller passes to ``built`` too)."""
    lang, edition = filters.lang, filters.edition
    coverage = query("editions.coverage", edition)
    restated = query("editions.restatements", edition)
    restatements = None
    if not restated.is_empty():
        rows = restated.to_dicts()
        labels = [figure_label(row, lang) for row in rows]
        restatements = Restatements(restatements_table(restated, lang).to_arrow(), rows, labels)
    return EditionsElements(
        editions=editions_table(lang).to_arrow(),
        coverage=(make_coverage_figure(coverage, edition, lang), csv_bytes(coverage)),
        restatements=restatements,
    )


def series_elements(filters: Filters, row: dict) -> SeriesElements:
    """The marked trend of the restated figure of ``row`` (a row of ``editions.restatements``) and its notes."""
    series = query(
        "editions.series",
        filters.edition,
        indicator_id=row["indicator_id"],
        entity=row["entity"],
        segment=row["segment"],
    )
    notes = [restatement_note(restated, filters.lang) for restated in restated_rows(series).to_dicts()]
    return SeriesElements(make_restated_series_figure(series, filters.lang), csv_bytes(series), notes)
