"""Colour identity (issue 12 item 5): a series has one colour in every chart of every view that draws it."""

from __future__ import annotations

import json
from collections import defaultdict

import pytest

from components.elements import ChartResult
from components.palette import SERIES_IDENTITY
from esg.filters import Filters
from esg.views import views
from esg.views.model import Chart, Series
from tests.test_views import built

SERIES_CHARTS = [
    (v.name, e.name)
    for v in views().values()
    for e in v.elements
    if isinstance(e, Chart) and isinstance(e.data, Series) and e.kind in ("bar", "line", "hbar") and not e.total
]


def colours(view_name: str, name: str, lang: str) -> dict[str, str]:
    result = built(view_name, views()[view_name][name], Filters(lang=lang, year=2024))
    if not isinstance(result, ChartResult):
        return {}
    found = {}
    for trace in json.loads(result.figure.to_json())["data"]:
        colour = (trace.get("marker") or {}).get("color") or (trace.get("line") or {}).get("color")
        if trace.get("name") and isinstance(colour, str) and trace.get("mode") != "text":
            found[trace["name"]] = colour
    return found


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_each_identified_series_has_one_colour_across_views(lang: str) -> None:
    seen: dict[str, set[str]] = defaultdict(set)
    for view_name, name in SERIES_CHARTS:
        for label, colour in colours(view_name, name, lang).items():
            seen[label].add(colour)
    scope1, scope2 = ("Scope 1", "Scope 2") if lang == "en" else ("范围一", "范围二")
    assert seen[scope1] == {SERIES_IDENTITY["ghg_scope1"]}  # the overview's stack and the emissions trend alike
    assert seen[scope2] == {SERIES_IDENTITY["ghg_scope2"]}


@pytest.mark.parametrize(("view_name", "name"), SERIES_CHARTS)
def test_no_two_series_of_a_chart_share_a_colour(view_name: str, name: str) -> None:
    found = colours(view_name, name, "en")
    assert len(set(found.values())) == len(found), found
