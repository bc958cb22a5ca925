"""The data explorer's own kinds: the choices of its topic, unit, source-table, notes and check-status controls, the
line saying what the table covers, the filtered figures with their downloads (CSV, Excel, Parquet: exactly the rows
shown), the count of the reconciliation checks and the data-quality table."""

from __future__ import annotations

from dataclasses import replace

from components.elements import Context, TableResult, control_kind, table_kind, table_result, text_kind
from esg.exports import export_bytes
from esg.i18n import pick, t
from esg.queries.explorer import NOTES, QUALITY_STATUSES, SORTS
from esg.views.model import Control, Table, Text
from esg.vocabulary import ALL, ENTITY, GROUP, PILLAR, SEGMENT, YEAR

YEAR_FORMAT = "%d"


def _picked(value: object) -> tuple[str, ...]:
    """A multiselect's value as a tuple (none chosen: empty)."""
    if not value:
        return ()
    return (str(value),) if isinstance(value, str) else tuple(value)  # type: ignore[arg-type]


@control_kind("explorer_topics")
def topics(element: Control, ctx: Context) -> dict[str, str]:
    """The topics present, in schema order."""
    return {topic: t(f"explorer.topic.{topic}", ctx.lang) for topic in ctx.run("explorer.options")["topics"]}


@control_kind("explorer_units")
def units(element: Control, ctx: Context) -> dict[str, str]:
    """The units, each as shown in the language."""
    return {u["unit"]: pick(ctx.lang, u["unit"], u["shown_en"]) for u in ctx.run("explorer.options")["units"]}


@control_kind("explorer_sources")
def sources(element: Control, ctx: Context) -> dict[str, str]:
    """The report's source tables."""
    found = ctx.run("explorer.options")["sources"]
    return {s["source_table"]: pick(ctx.lang, s["source_table"], s["source_table_en"]) for s in found}


@control_kind("explorer_notes")
def notes(element: Control, ctx: Context) -> dict[str, str]:
    """All figures, those with a note, those without."""
    return {n: t("common.all" if n == ALL else f"explorer.notes.{n}", ctx.lang) for n in NOTES}


@control_kind("explorer_sort")
def sorts(element: Control, ctx: Context) -> dict[str, str]:
    """The orders of the figures table."""
    return {s: t(f"explorer.sort.{s}", ctx.lang) for s in SORTS}


@control_kind("explorer_statuses")
def statuses(element: Control, ctx: Context) -> dict[str, str]:
    """The outcomes of a reconciliation check."""
    return {s: t(f"explorer.status.{s}", ctx.lang) for s in QUALITY_STATUSES}


@text_kind("explorer_scope")
def scope(element: Text, ctx: Context) -> list[str]:
    """What the table covers: year, entity, segment and pillar."""
    lang, filters = ctx.lang, ctx.filters
    entities = {e["entity_id"]: e for e in ctx.run("common.filter_options")["entities"]}
    entity = entities.get(filters.entity)
    if ctx.value("all_entities"):
        entity_text = t("explorer.scope.all_entities", lang)
    elif filters.entity == GROUP or entity is None:
        entity_text = t("common.group", lang)
    else:
        entity_text = pick(lang, entity["short_zh"], entity["short_en"])
    segment, pillar = filters.segment_or_none, filters.pillar_or_none
    year = t("explorer.scope.year", lang, year=filters.year)
    return [
        t(
            "explorer.scope",
            lang,
            year=t("explorer.scope.all_years", lang) if ctx.value("all_years") else year,
            entity=entity_text,
            segment=t("explorer.scope.segment", lang, segment=t(f"common.segment.{segment}", lang))
            if segment
            else t("explorer.scope.all_segments", lang),
            pillar=t(f"common.pillar.{pillar}", lang) if pillar else t("explorer.scope.all_pillars", lang),
        )
    ]


def figure_filters(ctx: Context) -> dict[str, object]:
    """The filters of ``explorer.table`` under the global filters and the page's controls."""
    return {
        "pillar": ctx.value(PILLAR),
        "topics": _picked(ctx.value("topics")),
        "entity": None if ctx.value("all_entities") else ctx.value(ENTITY),
        "segment": ctx.value(SEGMENT),
        "year": None if ctx.value("all_years") else ctx.value(YEAR),
        "search": str(ctx.value("search") or "").strip(),
        "units": _picked(ctx.value("units")),
        "sources": _picked(ctx.value("sources")),
        "notes": ctx.value("notes") or "all",
        "sort": ctx.value("sort") or "report",
    }


@table_kind("explorer_figures")
def figures(element: Table, ctx: Context) -> TableResult:
    """The figures the filters keep, as the page shows them, with exactly them as CSV, Excel and Parquet (what
    ``explorer.download`` gives); the notice that none matches when there are none."""
    lang = ctx.lang
    frame = ctx.run("explorer.table", lang=lang, **figure_filters(ctx))
    result = table_result(
        frame,
        heading=t("explorer.table.figures", lang, count=frame.height),
        captions=[t("explorer.caption.figures", lang)],
    )
    files = (
        ("csv", export_bytes(frame, "csv")),
        ("xlsx", export_bytes(frame, "xlsx")),
        ("parquet", export_bytes(frame, "parquet")),
    )
    return replace(
        result,
        files=files if frame.height else (),
        formats=((t("common.col.year", lang), YEAR_FORMAT),),
        empty=t("explorer.notice.no_rows", lang),
    )


@text_kind("explorer_quality_counts")
def quality_counts(element: Text, ctx: Context) -> list[str]:
    """How many reconciliation checks have each outcome."""
    counts = ctx.query(element)
    return [t("explorer.caption.quality_counts", ctx.lang, total=sum(counts.values()), **counts)]


@table_kind("explorer_quality")
def quality(element: Table, ctx: Context) -> TableResult:
    """The reconciliation checks with the chosen outcomes (all when none is chosen), discrepancies first."""
    lang = ctx.lang
    frame = ctx.run("explorer.quality", lang=lang, statuses=_picked(ctx.value("status")))
    captions = [t("explorer.caption.quality_rows", lang, count=frame.height), t("explorer.caption.quality_help", lang)]
    result = table_result(frame, captions=captions)
    return replace(result, formats=((t("common.col.year", lang), YEAR_FORMAT),))
