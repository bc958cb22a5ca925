"""Untrusted text stays text: names, notes, reasons and uploaded content are never rendered as HTML or Markdown.

Streamlit renders Markdown in ``st.markdown``, ``st.caption``, ``st.error``, ``st.table`` cells, ``st.metric`` labels
and help tooltips and friends (raw HTML is off, but links, images and formatting are not): text from the data goes
through :func:`md_escape` (or :func:`md_line`, a catalogue line whose values come from the data) or into
``st.dataframe`` / ``st.text``, which never interpret it. Plotly renders a subset of HTML (``<a href>``, ``<span
style>``, entities) in titles, legends, hover labels, annotations and tick labels: :func:`safe_figure` escapes every
string of a built figure (``<``, ``>``, ``&``), keeping only the plain formatting tags the chart factories write
themselves (line breaks, bold, italic, superscript). :func:`plain_text` turns escaped Markdown back into plain text
for a slide or a workbook, which interpret nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import numpy as np
import plotly.graph_objects as go
import pyarrow as pa

from esg.i18n import t

# Every ASCII punctuation character Markdown (CommonMark, GFM, Streamlit's :colour[...] and :icon: directives, $math$)
# may give a meaning to; a backslash makes each one literal.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~:$&=\"'^@%/])")
# GitHub's autolinks (``https://…``, ``www.…``, ``name@host``) are found in the text after escapes are undone: an
# invisible word joiner (U+2060) after ``:``, ``www`` and ``@`` keeps them text.
_AUTOLINK = re.compile(r"(?<=:)(?=//)|(?i:(?<=www))(?=\.)|(?<=@)")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()<>#+\-.!|~:$&=\"'^@%/])")
# The tags the chart factories write themselves (never a link, never a style but one fixed size): kept as tags.
_PLOTLY_TAGS = (
    "<br>", "<b>", "</b>", "<i>", "</i>", "<sup>", "</sup>", "<extra>", "</extra>",
    '<span style="font-size:16px">', "</span>",
)  # fmt: skip
_PLOTLY_SPECIAL = re.compile(
    "|".join(re.escape(tag) for tag in _PLOTLY_TAGS) + r"|&(?!(?:amp|lt|gt|quot|#\d{1,6});)|[<>]"
)
_PLOTLY_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def md_escape(text: object) -> str:
    """``text`` for a Markdown context, shown literally (``<img src=x>`` stays ``<img src=x>``, ``**`` stays ``**``,
    a URL is not a link)."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", _AUTOLINK.sub("\u2060", str(text)))
    return escaped.replace("\r\n", "\n").replace("\n", "  \n")


def md_line(key: str, lang: str, **values: object) -> str:
    """The catalogue line ``key`` for a Markdown context, its ``values`` (text from the data) escaped."""
    return t(key, lang, **{name: md_escape(value) for name, value in values.items()})


def md_table(table: pa.Table) -> pa.Table:
    """``table`` for ``st.table`` (whose cells and headers are Markdown): every text cell and header escaped."""
    columns = [
        pa.array([None if v is None else md_escape(v) for v in column.to_pylist()], pa.string())
        if pa.types.is_string(column.type) or pa.types.is_large_string(column.type)
        else column
        for column in table.columns
    ]
    return pa.table(columns, names=[md_escape(name) for name in table.column_names])


def plain_text(markdown: str) -> str:
    """A Markdown line of the catalogue (with escaped data in it) as plain text: escapes and bold marks removed."""
    return _ESCAPED.sub(r"\1", markdown.replace("  \n", "\n").replace("**", "").replace("\u2060", ""))


def wrap_lines(text: str, width: int) -> list[str]:
    """``text`` broken into lines of at most ``width`` characters: between words, or every ``width`` characters for
    Chinese (a Chinese character is about twice as wide, so callers pass about half the width)."""
    if any(ord(ch) > 0x2E80 for ch in text):
        return [text[i : i + width] for i in range(0, len(text), width)] or [text]
    lines: list[str] = []
    for word in text.split(" "):
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def plotly_escape(text: object) -> str:
    """``text`` for a Plotly label or hover: tags and entities shown, not interpreted; the factories' own formatting
    tags kept. Escaping twice changes nothing."""
    return _PLOTLY_SPECIAL.sub(lambda m: _PLOTLY_ENTITIES.get(m.group(0), m.group(0)), str(text))


def _escaped(value: Any) -> tuple[Any, bool]:
    """``value`` with its strings escaped, and whether anything changed."""
    if isinstance(value, str):
        escaped = plotly_escape(value)
        return escaped, escaped != value
    if isinstance(value, np.ndarray):
        return _escaped(value.tolist()) if value.dtype.kind in "OUS" else (value, False)
    if isinstance(value, dict):
        pairs = {k: _escaped(v) for k, v in value.items()}
        return {k: v for k, (v, _) in pairs.items()}, any(c for _, c in pairs.values())
    if isinstance(value, list | tuple):
        items = [_escaped(v) for v in value]
        return [v for v, _ in items], any(c for _, c in items)
    return value, False


def _changes(value: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    """The path and escaped value of each string (or array of strings) in ``value`` that escaping changes, into
    objects and lists of objects (annotations, shapes), so only what changed is set again."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _changes(item, (*path, key))
    elif isinstance(value, list | tuple) and value and all(isinstance(item, dict) for item in value):
        for i, item in enumerate(value):
            yield from _changes(item, (*path, i))
    else:
        escaped, differs = _escaped(value)
        if differs:
            yield path, escaped


def _escape_in_place(obj: Any, spec: dict[str, Any]) -> None:
    for path, escaped in list(_changes(spec)):
        obj[path] = escaped


def safe_figure(fig: go.Figure) -> go.Figure:
    """``fig`` (changed in place) with every string of its traces and layout escaped for Plotly: names, legend,
    hover, text, tick labels, titles, annotations; numbers, colours and the template as they were."""
    for trace in fig.data:
        _escape_in_place(trace, trace.to_plotly_json())
    layout = fig.layout.to_plotly_json()
    layout.pop("template", None)
    _escape_in_place(fig.layout, layout)
    return fig
