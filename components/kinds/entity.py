"""The entity page's own kinds: the entity chosen (starting at the sidebar's), its topics, what the report does not
give for it, entities compared on the figures they share, the coverage matrix linking to the entity page at a topic,
and the links to an entity's page (from the directory and the reserves map)."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import urlencode

import polars as pl

from components.elements import (
    LINK,
    Context,
    Line,
    Options,
    TableResult,
    control_kind,
    table_kind,
    table_result,
    text_kind,
)
from esg.display import format_figure
from esg.i18n import pick, t
from esg.views.model import Control, Table, Text
from esg.vocabulary import ALL, GROUP

PAGE = "entity"
CHOSEN = "entity_id"


def entity_link(entity_id: str, label: str, **more: str) -> Line:
    """A line linking to ``entity_id``'s page (``more``: other parameters, e.g. ``topic``)."""
    return (f"{LINK}{PAGE}?{urlencode({CHOSEN: entity_id, **more})}", label)


def _directory(ctx: Context) -> list[dict]:
    """The entities with a page (the directory without the group), those the report gives figures for first."""
    rows = [r for r in ctx.run("subsidiaries.directory").to_dicts() if r["kind"] != GROUP]
    return sorted(rows, key=lambda r: r["figures"] == 0)


def _name(row: dict, lang: str) -> str:
    return pick(lang, row["short_zh"], row["short_en"])


@control_kind("entity_page")
def entity_page(element: Control, ctx: Context) -> Options:
    """Every entity but the group (those with figures first), by short name; the sidebar's entity by default."""
    return Options({r["entity_id"]: _name(r, ctx.lang) for r in _directory(ctx)}, ctx.filters.entity)


def _chosen_row(ctx: Context) -> dict | None:
    chosen = ctx.value(CHOSEN)
    return next((r for r in _directory(ctx) if r["entity_id"] == chosen), None)


def _topic(topic: str, lang: str) -> str:
    return t(f"explorer.topic.{topic}", lang)


@control_kind("entity_topic")
def entity_topic(element: Control, ctx: Context) -> dict[str, str]:
    """All topics, then each topic the report gives the entity figures for (none: no choice)."""
    entity = _chosen_row(ctx)
    found = ctx.run("entity.topics", entity=entity["entity_id"]) if entity else []
    return {ALL: t("common.all", ctx.lang)} | {tp: _topic(tp, ctx.lang) for tp in found} if found else {}


@text_kind("entity_not_given")
def not_given(element: Text, ctx: Context) -> list[str]:
    """What the report does not give for the entity: no figure at all, or the topics it has none for."""
    entity, lang = _chosen_row(ctx), ctx.lang
    if entity is None:
        return []
    name = _name(entity, lang)
    found = ctx.run("entity.topics", entity=entity["entity_id"])
    if not found:
        return [t("entity.notice.no_figures", lang, name=name)]
    others = [tp for tp in ctx.run("explorer.options")["topics"] if tp not in found and tp != "targets"]
    sep = t("common.list_sep", lang)
    return [
        t(
            "entity.notice.not_given",
            lang,
            name=name,
            count=entity["figures"],
            topics=sep.join(_topic(tp, lang) for tp in found),
            others=sep.join(_topic(tp, lang) for tp in others),
        )
    ]


def _compared(ctx: Context) -> list[str]:
    """The entities compared: those chosen, else every entity with figures."""
    chosen = ctx.value("compared")
    picked = [chosen] if isinstance(chosen, str) else list(chosen or ())  # type: ignore[call-overload]
    return picked or [r["entity_id"] for r in _directory(ctx) if r["figures"]]


@control_kind("entity_compared")
def compared(element: Control, ctx: Context) -> dict[str, str]:
    """The entities the report gives figures for."""
    return {r["entity_id"]: _name(r, ctx.lang) for r in _directory(ctx) if r["figures"]}


@table_kind("entity_compare")
def compare(element: Table, ctx: Context) -> TableResult:
    """One row per figure the entities compared share (indicator and year), a column per entity (its figure in its
    printed unit, empty where it has none) and the group's own figure where the report prints one."""
    lang = ctx.lang
    entities = _compared(ctx)
    rows = ctx.run("entity.compare", entities=tuple(entities))
    names = {r["entity_id"]: _name(r, lang) for r in _directory(ctx)} | {GROUP: t("entity.col.group", lang)}
    columns = [e for e in (*entities, GROUP) if e in set(rows.get_column("entity").to_list())]
    table = []
    for (_, year), part in rows.group_by(["indicator_id", "year"], maintain_order=True):
        first = part.row(0, named=True)
        cells = {
            r["entity"]: format_figure(r["value"], r["value_text"], r["unit"], r["unit_en"], lang)
            for r in part.to_dicts()
        }
        table.append(
            {
                t("common.col.indicator", lang): pick(lang, first["name_zh"], first["name_en"]),
                t("common.col.year", lang): str(year),
                **{names[e]: cells.get(e, "") for e in columns},
                t("common.col.source", lang): pick(lang, first["source_table"], first["source_table_en"]),
            }
        )
    headers = [t("common.col.indicator", lang), t("common.col.year", lang), *(names[e] for e in columns)]
    schema = {h: pl.String for h in (*headers, t("common.col.source", lang))}
    frame = pl.DataFrame(table, schema=schema)
    result = table_result(frame, captions=[t("entity.caption.compare", lang)], csv=True)
    return replace(result, empty=t("entity.notice.nothing_shared", lang))


@text_kind("entity_coverage")
def coverage(element: Text, ctx: Context) -> list[tuple[str, str]]:
    """A Markdown table: a row per entity the report gives figures for, a column per topic, each count a link to the
    entity's page at that topic; then the entities with no figures of their own."""
    lang = ctx.lang
    found = ctx.run("entity.coverage")
    topics, names = found["topics"], {r["entity_id"]: _name(r, lang) for r in _directory(ctx)}
    header = [t("common.col.entity", lang), *(_topic(tp, lang) for tp in topics), t("subsidiaries.col.total", lang)]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in found["counts"].to_dicts():
        entity = row["entity_id"]
        link = f"{PAGE}?{urlencode({CHOSEN: entity, 'lang': lang})}"
        cells = [f"[{row[tp]}]({link}&topic={tp})" if row[tp] else "" for tp in topics]
        total = sum(row[tp] for tp in topics)
        lines.append("| " + " | ".join([f"[{names.get(entity, entity)}]({link})", *cells, str(total)]) + " |")
    without = [n for e, n in names.items() if e not in set(found["counts"].get_column("entity_id").to_list())]
    sep = t("common.list_sep", lang)
    return [
        ("markdown", "\n".join(lines)),
        ("caption", t("entity.caption.without", lang, count=len(without), names=sep.join(without))),
    ]


@text_kind("entity_links")
def links(element: Text, ctx: Context) -> list[Line]:
    """Links to the pages of the entities the element's query lists (in its column ``entity_id``, or the one option
    ``column`` names: ``parent`` for the operators of the reserves map's assets), those with figures first."""
    listed = ctx.query(element)
    column = str(element.option("column", "entity_id"))
    wanted = set(listed.get_column(column).drop_nulls().to_list())
    rows, lang = [r for r in _directory(ctx) if r["entity_id"] in wanted], ctx.lang
    if not rows:
        return []
    lines: list[Line] = [("caption", t("entity.caption.links", lang))]
    lines += [entity_link(r["entity_id"], _name(r, lang)) for r in rows if r["figures"]]
    others = [
        f"[{_name(r, lang)}]({PAGE}?{urlencode({CHOSEN: r['entity_id'], 'lang': lang})})"
        for r in rows
        if not r["figures"]
    ]
    if others:
        lines.append(("markdown", t("entity.caption.other_links", lang, links=" · ".join(others))))
    return lines
