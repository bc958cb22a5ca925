"""Untrusted text stays text: names, notes, reasons and uploaded content are never rendered as HTML or Markdown.

Streamlit renders Markdown in ``st.markdown``, ``st.caption``, ``st.error`` and friends (raw HTML is off, but links,
images and formatting are not); Plotly renders a few HTML tags in titles, hover labels and annotations. Text from the
data goes through these helpers first, or into ``st.dataframe`` / ``st.text``, which never interpret it.
"""

from __future__ import annotations

import html
import re

# Every ASCII punctuation character Markdown (CommonMark, GFM, Streamlit's :colour[...] and :icon: directives, $math$)
# may give a meaning to; a backslash makes each one literal.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~:$&=\"'^@%/])")


def md_escape(text: object) -> str:
    """``text`` for a Markdown context, shown literally (``<img src=x>`` stays ``<img src=x>``, ``**`` stays ``**``)."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", str(text))
    return escaped.replace("\r\n", "\n").replace("\n", "  \n")


def plotly_escape(text: object) -> str:
    """``text`` for a Plotly label or hover: its HTML-like tags and entities are shown, not interpreted."""
    return html.escape(str(text), quote=False)
