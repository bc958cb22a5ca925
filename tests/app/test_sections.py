"""Every section of every view definition through ``app.py`` in both languages: it renders without an error, and
shows exactly the charts its definition builds (same titles) and every KPI card of its KPI sets."""

from __future__ import annotations

import pytest

from components.elements import ChartResult, KpiResult
from components.kpi import shown_label_and_value
from esg.filters import Filters
from esg.views import views
from esg.views.model import View
from tests.app.helpers import figures, run_page
from tests.conftest import EDITION
from tests.test_views import built

SECTIONS = [(view.name, section.name) for view in views().values() for section in view.sections]


def expected(view: View, section: str, lang: str) -> tuple[list[str], list[str]]:
    """The chart titles and KPI labels the section's definition builds for the default filters."""
    filters = Filters(lang, 2024, edition=EDITION)
    names = [n for n in View("probe", view.elements, (view.section(section),), footer=view.footer).placed()]
    titles, labels = [], []
    for name in names:
        result = built(view.name, view[name], filters)
        if isinstance(result, ChartResult):
            titles.append(result.figure.layout.title.text)
        if isinstance(result, KpiResult):
            labels += [shown_label_and_value(card, lang)[0] for card in result.cards]
    return titles, labels


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(("view_name", "section"), SECTIONS)
def test_every_section_shows_what_its_definition_builds(view_name: str, section: str, lang: str) -> None:
    view = views()[view_name]
    at = run_page(view_name, lang, section=section)
    titles, labels = expected(view, section, lang)
    assert [f["layout"]["title"]["text"] for f in figures(at)] == titles
    shown = [m.label for m in at.metric]
    assert all(label in shown for label in labels), (labels, shown)
