"""Running a page through ``app.py`` with AppTest, and reading what it rendered (metrics, figure JSON, text)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from components.text import plain_text

APP = Path(__file__).resolve().parents[2] / "app.py"
CJK = re.compile(r"[\u3400-\u9fff\uff08\uff09\u3001\u3002\uff0c\uff1a\uff1b]")


def run_page(
    view: str, lang: str = "zh", timeout: float = 60, widgets: dict | None = None, **params: object
) -> AppTest:
    """Run ``pages/<view>.py`` through the router with URL parameters ``lang`` and ``params`` set, and page widgets
    preset through session state (``widgets``: key -> value)."""
    at = AppTest.from_file(str(APP), default_timeout=timeout)
    at.query_params["lang"] = lang
    for key, value in params.items():
        at.query_params[key] = str(value)
    for key, value in (widgets or {}).items():
        at.session_state[key] = value
    at.run()
    at.switch_page(f"pages/{view}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    errors = [e.value for e in at.error]
    assert not errors, errors
    return at


def run_sections(view: str, sections: list[str], lang: str = "zh", **params: object) -> dict[str, AppTest]:
    """:func:`run_page` once per section of a view split into sections (``?section=<name>``), by section."""
    return {section: run_page(view, lang, section=section, **params) for section in sections}


def sections_fixture(view: str, sections: list[str], lang: str = "zh", **params: object):
    """A module-scoped fixture of :func:`run_sections` (assigned to a name in a test module: ``chinese = ...``)."""

    @pytest.fixture(scope="module")
    def runs() -> dict[str, AppTest]:
        return run_sections(view, sections, lang, **params)

    return runs


def page_fixture(view: str, lang: str = "zh", **params: object):
    """A module-scoped fixture of :func:`run_page` (assigned to a name in a test module: ``english = ...``)."""

    @pytest.fixture(scope="module")
    def run() -> AppTest:
        return run_page(view, lang, **params)

    return run


def kpis_of(sections: dict[str, AppTest]) -> dict[str, str]:
    """Every KPI card of every section: label -> displayed value."""
    return {label: value for at in sections.values() for label, value in metric_values(at).items()}


def table_with(at: AppTest, column: str):
    """The pandas frame of the one ``st.dataframe`` that has ``column``."""
    found = [df.value for df in at.dataframe if column in df.value.columns]
    assert len(found) == 1, [list(df.value.columns) for df in at.dataframe]
    return found[0]


def traces(fig: dict, types: tuple[str, ...] = ("bar", "scatter"), *, named: bool = False) -> dict[str | None, list]:
    """The y values of a figure's traces of ``types`` by trace name (only the named ones if ``named``)."""
    return {
        trace.get("name"): trace["y"]
        for trace in fig["data"]
        if trace.get("type") in types and (trace.get("name") or not named)
    }


def section_texts(at: AppTest, view: str) -> list[str]:
    """:func:`visible_texts` of a view's section with its notices, its tables' cells and the section switch."""
    texts = visible_texts(at) + [e.value for e in [*at.info, *at.warning]]
    texts += [str(v) for df in at.dataframe for v in [*df.value.columns, *df.value.astype(str).values.ravel()]]
    return texts + [str(option) for option in at.segmented_control(key=f"{view}_section").options]


def check_section_switch(view: str, section: str, title: str, first: str) -> None:
    """The section switch of ``view`` (in English) shows ``section`` (a chart titled ``title``) and keeps it in the
    URL; the copied link reopens it; the first section (``first``) is the default and takes an unknown one."""
    at = run_page(view, lang="en")
    assert "section" not in at.query_params  # the first section is the default: short links
    at.segmented_control(key=f"{view}_section").set_value(section).run()
    assert at.query_params["section"] == section
    assert figure_titled(at, title)
    reopened = run_page(view, lang="en", section=section)  # the copied link reopens the section
    assert reopened.segmented_control(key=f"{view}_section").value == section
    assert figure_titled(reopened, title)
    fallback = run_page(view, lang="en", section="nonsense")  # an unknown section: the first
    assert fallback.segmented_control(key=f"{view}_section").value == first


def figures(at: AppTest) -> list[dict]:
    """The full Plotly JSON of every chart on the page, in order."""
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def figure_titled(at: AppTest, fragment: str) -> dict:
    """The one chart whose title contains ``fragment``."""
    found = [f for f in figures(at) if fragment in (f["layout"].get("title", {}) or {}).get("text", "")]
    assert len(found) == 1, [f["layout"].get("title", {}).get("text") for f in figures(at)]
    return found[0]


def table_text(table: object) -> list[list[str]]:
    """The rows of an ``st.table`` as the reader sees them (its Markdown escapes undone)."""
    return [[plain_text(str(v)) for v in row] for row in table.value.to_numpy().tolist()]  # type: ignore[attr-defined]


def metric_values(at: AppTest) -> dict[str, str]:
    """Every metric card's label -> displayed value."""
    return {m.label: m.value for m in at.metric}


def figure_texts(fig: dict) -> list[str]:
    """Every piece of text a figure shows: title, axis titles, legend names, annotations, tick labels, hover."""
    texts: list[str] = []
    layout = fig["layout"]
    texts.append((layout.get("title") or {}).get("text", ""))
    for key, axis in layout.items():
        if key.startswith(("xaxis", "yaxis")) and isinstance(axis, dict):
            texts.append((axis.get("title") or {}).get("text", ""))
            texts.extend(str(v) for v in axis.get("ticktext", []) or [])
    texts.extend(a.get("text", "") for a in layout.get("annotations", []))
    for trace in fig["data"]:
        texts.append(str(trace.get("name") or ""))
        texts.append(str(trace.get("hovertemplate") or ""))
        for key in ("x", "y", "text", "labels", "customdata"):
            value = trace.get(key)
            if isinstance(value, list):
                texts.extend(str(v) for v in value)
    return texts


def visible_texts(at: AppTest) -> list[str]:
    """Titles, headers, captions, markdown, metric labels and values, and chart text of the page."""
    texts = [e.value for e in [*at.title, *at.header, *at.subheader, *at.caption, *at.markdown]]
    texts += [m.label for m in at.metric] + [m.value for m in at.metric]
    for fig in figures(at):
        texts += figure_texts(fig)
    return texts


def chinese_in(texts: list[str]) -> list[str]:
    """The texts that still contain Chinese characters."""
    return [t for t in texts if CJK.search(t)]


class RecordingStorage(MemoryMediaFileStorage):
    """AppTest's in-memory media storage, remembered so a test can read what a download button serves."""

    latest: MemoryMediaFileStorage | None = None

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        RecordingStorage.latest = self


@pytest.fixture(scope="module", autouse=True)
def record_downloads() -> Iterator[None]:
    """Autouse in a module that names it (``record_downloads = helpers.record_downloads``): downloads recorded."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("streamlit.testing.v1.app_test.MemoryMediaFileStorage", RecordingStorage)
        yield


def served_file(at: AppTest, key_suffix: str) -> tuple[str, bytes]:
    """The file name and bytes the download button whose key ends with ``key_suffix`` serves."""
    (button,) = [b.proto for b in at.get("download_button") if b.proto.id.endswith(key_suffix)]
    assert RecordingStorage.latest is not None
    found = RecordingStorage.latest.get_file(button.url.rsplit("/", 1)[-1])
    return str(found.filename), found.content
