"""The import layout (the indicators contract as a spreadsheet) and the limits on an import file."""

from __future__ import annotations

REQUIRED_COLUMNS = [
    "indicator_id", "name_zh", "name_en", "unit", "year", "value", "entity", "segment", "source_table", "note",
]  # fmt: skip
OPTIONAL_COLUMNS = ["unit_en", "source_table_en", "note_en", "reason"]
TEMPLATE_COLUMNS = [
    "indicator_id", "name_zh", "name_en", "unit", "unit_en", "year", "value", "entity", "segment", "source_table",
    "source_table_en", "note", "note_en", "reason",
]  # fmt: skip
SHEET = "indicators"
MAX_IMPORT_BYTES = 5 * 1024 * 1024  # the same 5 MB as server.maxUploadSize in .streamlit/config.toml
MAX_UNZIPPED_BYTES = 60 * 1024 * 1024  # an .xlsx that inflates beyond this is not a spreadsheet of figures
MAX_ROWS = 50_000
MAX_COLUMNS = 30  # the layout has 14 columns; a sheet wider than this is not the import layout
MAX_CELL_CHARS = 4_000  # a name, source table, note or reason longer than this is not one (Excel allows 32,767)
