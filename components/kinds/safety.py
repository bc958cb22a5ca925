"""The safety view's own kind: the report's footnotes on the safety figures as a table."""

from __future__ import annotations

from components.elements import Context, TableResult, table_kind, table_result
from components.tables import localised
from esg.i18n import t
from esg.views.model import Table


@table_kind("footnotes")
def footnotes(element: Table, ctx: Context) -> TableResult:
    """The report's footnotes on the figures ``ids`` (who is counted, how the rates are computed)."""
    notes = ctx.run("indicators.notes", ids=element.ids)
    frame = localised(notes, {"name*": "common.col.indicator", "note*": "common.col.note"}, ctx.lang)
    return table_result(frame, heading=t("safety.table.footnotes", ctx.lang))
