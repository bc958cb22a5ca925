"""Importing the next edition: a spreadsheet of figures -> a validated, atomically written snapshot.

``python -m esg export-template FILE`` writes the latest edition's figures in the import layout (CSV or Excel); the
ESG team adds next year's rows (and corrects earlier ones, giving a reason), then ``python -m esg import FILE
--edition 2025`` checks the whole file before writing anything and writes ``data/snapshots/2025/``: the previous
edition's other tables unchanged, its figures as the file gives them, a changed earlier figure recorded as a
restatement (original value, new value, reason; GRI 2-4). Earlier editions are never modified.

Reference data (known indicators, their units and metadata, entities, the units catalogue) comes from the previous
edition's snapshot, so the import works where ``data/source`` is not deployed. Nothing here imports streamlit: the
app's Update data page calls the same functions.

The steps, one module each: :mod:`~esg.importer.read` (bytes -> rows), :mod:`~esg.importer.reference` (the edition
built on), :mod:`~esg.importer.check` (one row -> a figure or problems, parsed as :mod:`esg.figures` parses the
curated sources), :mod:`~esg.importer.plan` (compare with the previous edition), :mod:`~esg.importer.write` (write
atomically) and :mod:`~esg.importer.template` (the export template); :mod:`~esg.importer.layout` holds the columns.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from esg.importer.layout import MAX_IMPORT_BYTES, TEMPLATE_COLUMNS
    from esg.importer.plan import ImportPlan, plan_import
    from esg.importer.template import export_template, template_bytes, template_frame
    from esg.importer.write import import_bytes, import_file

# Imported when first used (PEP 562), so that the reading child (esg.importer.sandbox) starts without Polars.
_WHERE = {
    "MAX_IMPORT_BYTES": "layout",
    "TEMPLATE_COLUMNS": "layout",
    "ImportPlan": "plan",
    "plan_import": "plan",
    "export_template": "template",
    "template_bytes": "template",
    "template_frame": "template",
    "import_bytes": "write",
    "import_file": "write",
}
__all__ = [
    "MAX_IMPORT_BYTES",
    "TEMPLATE_COLUMNS",
    "ImportPlan",
    "export_template",
    "import_bytes",
    "import_file",
    "plan_import",
    "template_bytes",
    "template_frame",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
