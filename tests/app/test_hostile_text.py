"""Imported text is shown as text (issue 18 item 1): a 2025 edition whose names, source tables, notes and reason
carry Markdown and HTML links and images renders none of them live, in any Markdown element (captions, notes, KPI
labels and tooltips, tables, headings, alerts), in any chart string (titles, legend, hover, labels, annotations) or on
the slides of presentation mode."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from esg.views import views
from tests.app.helpers import figures, run_page
from tests.app.snapshots_env import start
from tests.hostile import MARK, hostile_snapshots, live_markdown, live_plotly

VIEWS = ("overview", "emissions", "workforce", "explorer", "editions", "entity")
SECTIONS = [(name, section.name) for name in VIEWS for section in views()[name].sections]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return hostile_snapshots(tmp_path_factory.mktemp("hostile") / "snapshots")


def markdown_sources(at: AppTest) -> list[str]:
    """Every string of the page that Streamlit renders as Markdown."""
    texts = [e.value for e in [*at.title, *at.header, *at.subheader, *at.caption, *at.markdown]]
    texts += [e.value for e in [*at.info, *at.warning, *at.error, *at.success]]
    texts += [m.label for m in at.metric] + [m.proto.help for m in at.metric] + [c.proto.help for c in at.caption]
    texts += [e.label for e in at.expander]
    for table in at.table:
        frame = table.value
        texts += [str(c) for c in frame.columns] + [str(v) for v in frame.to_numpy().ravel()]
    return texts


def figure_strings(value: object) -> list[str]:
    """Every string anywhere in a figure's JSON."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in figure_strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in figure_strings(v)]
    return []


def check_page(at: AppTest) -> int:
    """Assert that nothing of the payload is live; return how many strings carry it (escaped)."""
    assert not at.exception, [e.value for e in at.exception]
    markdown = [text for text in markdown_sources(at) if MARK in text]
    assert [(text, live_markdown(text)) for text in markdown if live_markdown(text)] == []
    charts = [s for fig in figures(at) for s in figure_strings({"data": fig["data"], "layout": fig["layout"]})]
    charts = [s for s in charts if MARK in s]
    assert [(s, live_plotly(s)) for s in charts if live_plotly(s)] == []
    return len(markdown) + len(charts)


@pytest.mark.parametrize(("view_name", "section"), SECTIONS)
def test_imported_markup_is_shown_as_text_on_every_section(
    hostile: Path, monkeypatch: pytest.MonkeyPatch, view_name: str, section: str
) -> None:
    monkeypatch.setenv("ESG_SNAPSHOTS_DIR", str(hostile))
    check_page(run_page(view_name, "en", section=section))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_payload_reaches_cards_charts_and_notes_escaped(
    hostile: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """The test sees the payload (it is not filtered out somewhere): in KPI tooltips and charts' source lines."""
    monkeypatch.setenv("ESG_SNAPSHOTS_DIR", str(hostile))
    at = run_page("emissions", lang)
    assert check_page(at) >= 3
    helps = [e.proto.help for e in [*at.metric, *at.caption] if MARK in e.proto.help]  # a card's title carries it
    assert helps and all("\\[click\\]\\(https\\:" in h for h in helps)  # escaped, shown as typed
    sources = [  # the source line under the chart, wrapped into lines
        a["text"].replace("<br>", " ") for fig in figures(at) for a in fig["layout"].get("annotations", [])
        if MARK in a["text"]
    ]  # fmt: skip
    assert sources and all("&lt;a href" in s for s in sources)  # the source line under the chart


def test_presentation_slides_show_the_payload_as_text(hostile: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ESG_SNAPSHOTS_DIR", str(hostile))
    for slide in (1, 2):
        check_page(start("en", present=1, slide=slide))
