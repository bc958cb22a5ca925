"""The framework index view's elements (``pages/frameworks.py``), each built once per filters and selection for
``components.data.built``: the summary cards and the table of every indicator with its codes
(:func:`frameworks_elements`), one framework's content index (:func:`code_index`) and the indicators that carry one
code (:func:`code_indicators`)."""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

from components import state
from components.data import query
from components.state import Filters
from components.tables import localised
from esg.i18n import pick, t

INDEX_COLUMNS = {
    "framework": "frameworks.col.framework",
    "code": "frameworks.col.code",
    "group*": "frameworks.col.group",
    "disclosure*": "frameworks.col.disclosure",
    "location*": "frameworks.col.location",
    "status*": "frameworks.col.status",
    "view*": "frameworks.col.view",
    "indicators": "frameworks.col.indicators",
}
CODE_INDICATOR_COLUMNS = {
    "name*": "frameworks.col.indicator",
    "indicator_id": "frameworks.col.indicator_id",
    "pillar": "frameworks.col.pillar",
    "years": "frameworks.col.years",
    "entities*": "frameworks.col.entities",
    "figures": "frameworks.col.figures",
    "codes": "frameworks.col.codes",
    "source_table*": "frameworks.col.source",
}
INDICATOR_CODES_COLUMNS = {
    "name*": "frameworks.col.indicator",
    "indicator_id": "frameworks.col.indicator_id",
    "codes": "frameworks.col.codes",
    "views*": "frameworks.col.views",
    "figures": "frameworks.col.figures",
    "source_table*": "frameworks.col.source",
}


@dataclass(frozen=True)
class FrameworksElements:
    """What the view shows under the global filters alone: the summary cards (label, value, help) and every
    indicator with its codes (Arrow)."""

    cards: list[tuple[str, str, str | None]]
    indicator_codes: pa.Table


@dataclass(frozen=True)
class CodeIndex:
    """One framework's content index (or both): the table shown (Arrow), its rows by code, each code's label for the
    picker, and the position of the first code that has figures."""

    table: pa.Table
    codes: dict[str, dict]
    labels: dict[str, str]
    first_with_figures: int


def frameworks_elements(filters: Filters) -> FrameworksElements:
    """The summary cards and the indicator table under ``filters``."""
    lang = filters.lang
    cards = [
        (
            t(f"frameworks.kpi.{key}", lang),
            t("frameworks.kpi.count", lang, count=count),
            t("frameworks.kpi.with_figures_help", lang) if key == "with_figures" else None,
        )
        for key, count in query("frameworks.summary", filters.edition).items()
    ]
    indicator_codes = query("frameworks.indicator_codes", filters.edition)
    return FrameworksElements(cards, localised(indicator_codes, INDICATOR_CODES_COLUMNS, lang).to_arrow())


def code_index(filters: Filters, framework: str) -> CodeIndex:
    """The content index of ``framework`` (``state.ALL`` for both) under ``filters``."""
    lang = filters.lang
    index = query("frameworks.index", filters.edition, framework=None if framework == state.ALL else framework)
    codes = {row["code"]: row for row in index.to_dicts()}
    return CodeIndex(
        table=localised(index, INDEX_COLUMNS, lang).to_arrow(),
        codes=codes,
        labels={c: f"{c} · {pick(lang, row['disclosure_zh'], row['disclosure_en'])}" for c, row in codes.items()},
        first_with_figures=next((i for i, row in enumerate(codes.values()) if row["indicators"]), 0),
    )


def code_indicators(filters: Filters, code: str) -> pa.Table:
    """The indicators that carry ``code`` (Arrow)."""
    answering = query("frameworks.code_indicators", filters.edition, code=code)
    return localised(answering, CODE_INDICATOR_COLUMNS, filters.lang).to_arrow()
