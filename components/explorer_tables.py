"""The data explorer's elements (``pages/explorer.py``), each built once per filters and page selection for
``components.data.built``: the page filters' choices and the quality counts (:func:`explorer_elements`), the scope
line (:func:`scope_caption`), the filtered table with its downloads (:func:`figures_and_files`) and the data-quality
table (:func:`quality_table`)."""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

from components import state
from components.data import query
from components.state import Filters
from esg.i18n import pick, t
from esg.queries.explorer import FORMATS, to_bytes


@dataclass(frozen=True)
class ExplorerElements:
    """What the page shows under the global filters alone: the choices of the topic, unit and source-table filters,
    each with its label, and the line counting the reconciliation checks by outcome."""

    topics: dict[str, str]
    units: dict[str, str]
    sources: dict[str, str]
    quality_counts: str


def explorer_elements(filters: Filters) -> ExplorerElements:
    """The page filters' choices and the quality counts under ``filters``."""
    lang = filters.lang
    options = query("explorer.options", filters.edition)
    counts = query("explorer.quality_counts", filters.edition)
    return ExplorerElements(
        topics={topic: t(f"explorer.topic.{topic}", lang) for topic in options["topics"]},
        units={u["unit"]: pick(lang, u["unit"], u["shown_en"]) for u in options["units"]},
        sources={s["source_table"]: pick(lang, s["source_table"], s["source_table_en"]) for s in options["sources"]},
        quality_counts=t("explorer.quality_counts", lang, total=sum(counts.values()), **counts),
    )


def scope_caption(filters: Filters, all_years: bool, all_entities: bool) -> str:
    """What the table covers: year, entity, segment and pillar."""
    lang = filters.lang
    entity_names = {e["entity_id"]: e for e in query("common.filter_options", filters.edition)["entities"]}
    entity = entity_names.get(filters.entity)
    return t(
        "explorer.scope",
        lang,
        year=t("explorer.scope.all_years", lang) if all_years else t("explorer.scope.year", lang, year=filters.year),
        entity=t("explorer.scope.all_entities", lang)
        if all_entities
        else t("common.group", lang)
        if filters.entity == state.GROUP or entity is None
        else pick(lang, entity["short_zh"], entity["short_en"]),
        segment=t("explorer.scope.all_segments", lang)
        if filters.segment == state.ALL
        else t("explorer.scope.segment", lang, segment=t(f"common.segment.{filters.segment}", lang)),
        pillar=t("explorer.scope.all_pillars", lang)
        if filters.pillar == state.ALL
        else t(f"common.pillar.{filters.pillar}", lang),
    )


def figures_and_files(filters: Filters, params: dict) -> tuple[pa.Table, dict[str, bytes]]:
    """The figures ``params`` (``explorer.table``'s filters) keep, as the page shows them (Arrow), and, unless there
    are none, exactly them in each download format (what ``explorer.download`` gives)."""
    table = query("explorer.table", filters.edition, lang=filters.lang, **params)
    files = {fmt: to_bytes(table, fmt) for fmt in FORMATS} if table.height else {}
    return table.to_arrow(), files


def quality_table(filters: Filters, statuses: tuple[str, ...]) -> pa.Table:
    """The data-quality table for ``statuses`` (all when empty), Arrow."""
    return query("explorer.quality", filters.edition, lang=filters.lang, statuses=statuses).to_arrow()
