"""A hostile 2025 edition for the escaping tests: imported figures whose names, source tables, notes and restatement
reason carry Markdown links and images, HTML links and images and a bare URL (all pointing at evil.example)."""

from __future__ import annotations

import re
from pathlib import Path

from esg.importer import import_bytes
from tests.importdata import NEW, copy_snapshots, csv_bytes, find, good_rows

HOST = "evil.example"
MARK = "evil"  # in the payload however it is escaped
PAYLOAD = (
    f"[click](https://{HOST}/md) ![pixel](https://{HOST}/pixel.png) "
    f'<a href="https://{HOST}/html">link</a> <img src="https://{HOST}/img.png"> https://{HOST}/bare'
)
# What only appears where the payload is live markup (escaped, each is broken by a backslash or an entity).
LIVE_MARKDOWN = re.compile(r"\]\(|!\[|(?<!\\)<a |(?<!\\)<img")
# GitHub's autolinks, looked for in the text Markdown leaves once its backslash escapes are undone.
AUTOLINK = re.compile(r"https?://|www\.|@\w")
LIVE_PLOTLY = ("<a ", "<img", "<a>")
HOSTILE_IDS = ("ghg_scope1", "ghg_scope2", "employees_total")


def hostile_snapshots(target: Path) -> Path:
    """A snapshots directory: the committed 2024 edition and a 2025 edition whose figures of :data:`HOSTILE_IDS`
    carry :data:`PAYLOAD` in every text column the import takes (both languages), and a restatement reason."""
    copy_snapshots(target)
    rows = good_rows()
    for row in rows:
        if row["indicator_id"] in HOSTILE_IDS and row["year"] in ("2024", NEW):
            for column in ("name_zh", "name_en", "source_table", "source_table_en", "note", "note_en"):
                row[column] = f"{row[column]} {PAYLOAD}"
    rows[find(rows, indicator_id="ghg_scope1", entity="group", year="2024")]["reason"] = f"Corrected {PAYLOAD}"
    import_bytes(csv_bytes(rows), "hostile_2025.csv", target, NEW)
    return target


def live_markdown(text: str) -> list[str]:
    """The live markup of :data:`PAYLOAD` in a Markdown source (empty when the payload is escaped or absent)."""
    if MARK not in text:
        return []
    return LIVE_MARKDOWN.findall(text) + AUTOLINK.findall(re.sub(r"\\(.)", r"\1", text))


def live_plotly(text: str) -> list[str]:
    """The live HTML of :data:`PAYLOAD` in a Plotly string."""
    return [m for m in LIVE_PLOTLY if MARK in text and m in text]
