"""The escaping helpers of ``components.text``: Markdown shown literally (no link, image or autolink), Plotly strings
escaped once whatever is done to them again, a figure's every string escaped in place."""

from __future__ import annotations

import plotly.graph_objects as go

from components.text import md_escape, plain_text, plotly_escape, safe_figure
from tests.hostile import PAYLOAD, live_markdown, live_plotly


def test_markdown_escaping_kills_links_images_and_autolinks_and_round_trips() -> None:
    for text in (PAYLOAD, "mail evil@evil.example", "www.evil.example", "**bold** `code` $x$ :red[x]"):
        escaped = md_escape(text)
        assert live_markdown(escaped) == []
        assert plain_text(escaped) == text
    assert live_markdown(PAYLOAD)  # the check sees live markup


def test_plotly_escaping_keeps_the_factories_tags_and_is_idempotent() -> None:
    text = f"Title<br><b>bold</b> R&D {PAYLOAD} &lt;"
    once = plotly_escape(text)
    assert plotly_escape(once) == once
    assert "<br><b>bold</b>" in once and "R&amp;D" in once and "&lt;a href" in once and "&lt;img" in once
    assert live_plotly(once) == []


def test_safe_figure_escapes_every_string_of_traces_and_layout() -> None:
    fig = go.Figure(go.Bar(x=[PAYLOAD], y=[1], name=PAYLOAD, customdata=[[PAYLOAD]], hovertemplate="%{x}<br>"))
    fig.update_layout(title_text=PAYLOAD, xaxis_title_text=PAYLOAD)
    fig.add_annotation(text=f"Source<br>{PAYLOAD}")
    strings = str(safe_figure(fig).to_plotly_json())
    assert "&lt;a href" in strings and "<br>" in strings
    assert "<a " not in strings and "<img" not in strings
