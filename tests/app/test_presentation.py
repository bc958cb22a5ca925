"""Presentation mode through the router: ``present=1&slide=N`` shows slide N without sidebar or navigation, the
previous / next buttons move through the curated sequence and the URL follows, in both languages; the sidebar toggle
enters the mode and the exit button leaves it with the filters kept."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from components.slides import CURATED, slide_title
from tests.app.helpers import APP, chinese_in

pytestmark = pytest.mark.app
YEAR = 2024


def present(lang: str, slide: int | None = None, **params: object) -> AppTest:
    """Open the app with ``present=1`` (and ``slide``) in the URL."""
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["present"] = "1"
    at.query_params["lang"] = lang
    if slide is not None:
        at.query_params["slide"] = str(slide)
    for key, value in params.items():
        at.query_params[key] = str(value)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    return at


def param(at: AppTest, key: str) -> str | None:
    """A URL parameter as the app left it (AppTest keeps one value per key, a string or a list of one)."""
    value = at.query_params.get(key)
    return value[0] if isinstance(value, list) else value


def shown_title(at: AppTest) -> str:
    return at.title[0].value


def chart_of(at: AppTest) -> dict:
    charts = at.get("plotly_chart")
    assert len(charts) == 1
    return json.loads(charts[0].proto.spec)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_url_opens_the_slide_and_buttons_step_through_every_slide(lang: str) -> None:
    at = present(lang, slide=1)
    assert not at.sidebar.selectbox and not at.sidebar.toggle  # no sidebar content: the sidebar is not shown
    seen = []
    for number, name in enumerate(CURATED, 1):
        assert shown_title(at) == slide_title(name, lang, YEAR)
        assert param(at, "slide") == str(number)
        assert param(at, "present") == "1"
        figure = chart_of(at)
        assert figure["layout"]["title"]["text"], name
        assert at.metric, f"{name}: no key figures"
        seen.append(shown_title(at))
        assert at.button(key="present_prev").disabled == (number == 1)
        assert at.button(key="present_next").disabled == (number == len(CURATED))
        if number < len(CURATED):
            at.button(key="present_next").click().run()
            assert not at.exception, [e.value for e in at.exception]
    assert len(set(seen)) == len(CURATED)
    at.button(key="present_prev").click().run()
    assert shown_title(at) == slide_title(CURATED[-2], lang, YEAR)
    assert param(at, "slide") == str(len(CURATED) - 1)
    if lang == "en":
        texts = [shown_title(at), *(m.label for m in at.metric), *(m.value for m in at.metric)]
        assert not chinese_in(texts), chinese_in(texts)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_link_opens_a_middle_slide(lang: str) -> None:
    at = present(lang, slide=4)
    assert shown_title(at) == slide_title(CURATED[3], lang, YEAR)
    at.button(key="present_prev").click().run()
    assert shown_title(at) == slide_title(CURATED[2], lang, YEAR)


def test_a_bad_slide_number_opens_the_first_slide() -> None:
    at = present("en", slide=99)
    assert shown_title(at) == slide_title(CURATED[0], "en", YEAR)
    assert param(at, "slide") == "1"


def test_key_figures_follow_the_filters() -> None:
    at = present("en", slide=CURATED.index("emissions") + 1, segment="mining")
    labels = [m.label for m in at.metric]
    assert "Mining segment" in labels
    values = {m.label: m.value for m in at.metric}
    assert values["Total GHG (scope 1+2)"] == "1,857,309 t CO2e"
    assert any("Mining" in c.value for c in at.caption)
    workforce = present("en", slide=CURATED.index("workforce") + 1, year=2023)
    assert {m.label: m.value for m in workforce.metric}["Employees"] == "6,222 persons"


def test_toggle_enters_and_exit_leaves_with_filters_kept() -> None:
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["lang"] = "en"
    at.query_params["year"] = "2023"
    at.run()
    assert at.sidebar.selectbox
    at.toggle(key="present_toggle").set_value(True).run()
    assert not at.exception, [e.value for e in at.exception]
    assert shown_title(at) == slide_title(CURATED[0], "en", 2023)
    assert param(at, "present") == "1" and param(at, "year") == "2023"
    at.button(key="present_next").click().run()
    at.button(key="present_exit").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert param(at, "present") is None and param(at, "slide") is None
    assert param(at, "year") == "2023"
    assert at.sidebar.selectbox(key="year").value == 2023
    assert not at.toggle(key="present_toggle").value


def test_language_switch_in_presentation_mode() -> None:
    at = present("en", slide=2)
    at.segmented_control(key="lang").set_value("zh").run()
    assert shown_title(at) == slide_title(CURATED[1], "zh", YEAR)
    assert param(at, "slide") == "2"
