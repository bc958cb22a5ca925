"""Every element of every view definition (``esg.views``), built by the one path the pages and slides use
(``components.elements``): it builds in both languages, its string keys exist in both, its cache key names every
filter it depends on, and the element cache counts what it really holds. A new chart is tested here the moment it
is declared."""

from __future__ import annotations

import gc
import json
import tracemalloc
from pathlib import Path

import pytest

from components import data
from components.elements import CardsResult, ChartResult, Context, FoldsResult, KpiResult, TableResult, build
from esg import queries
from esg.filters import Filters
from esg.views import views
from esg.views.model import Chart, Control, Element, Kpis, Table, Text, View
from esg.vocabulary import ENTITY, PILLAR, SEGMENT, YEAR
from tests.conftest import EDITION

SNAPSHOT = Path(__file__).resolve().parents[1] / "data" / "snapshots" / EDITION
ELEMENTS = [(view.name, element.name) for view in views().values() for element in view.elements]
# A value of each filter other than its default, to see whether an element follows it.
OTHER_VALUE = {YEAR: 2023, SEGMENT: "smelting", PILLAR: "E", ENTITY: "yulong"}


def run(name: str, **params: object) -> object:
    return queries.run(name, SNAPSHOT, **params)


def choices(view: View, filters: Filters) -> tuple[tuple[str, object], ...]:
    """Each control of ``view`` at its first option (as the page chooses on a first visit)."""
    chosen: tuple[tuple[str, object], ...] = ()
    for control in (e for e in view.elements if isinstance(e, Control)):
        options = build(control, Context(view.name, filters, run, chosen))
        chosen += ((control.name, next(iter(options), None)),)
    return chosen


def built(view_name: str, element: Element, filters: Filters) -> object:
    view = views()[view_name]
    return build(element, Context(view_name, filters, run, choices(view, filters)))


def comparable(result: object) -> object:
    """What a person would see of a built element, as plain values (figures as JSON)."""
    if isinstance(result, ChartResult):
        return json.loads(result.figure.to_json()), result.csv, result.captions
    if isinstance(result, TableResult):
        return result.table.to_pylist(), result.heading, result.captions
    if isinstance(result, KpiResult):
        return [card.__dict__ for card in result.cards], result.notes
    return result


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(("view_name", "name"), ELEMENTS)
def test_every_element_builds_in_both_languages(view_name: str, name: str, lang: str) -> None:
    element = views()[view_name][name]
    result = built(view_name, element, Filters(lang, 2024, edition=EDITION))
    expected = {
        Chart: (ChartResult, type(None)),
        Kpis: (KpiResult,),
        Table: (TableResult, CardsResult, FoldsResult, type(None)),
        Text: (list, CardsResult, FoldsResult),
        Control: (dict,),
    }
    assert isinstance(result, next(v for k, v in expected.items() if isinstance(element, k))), result
    if isinstance(result, ChartResult):
        title = result.figure.layout.title.text
        assert title and "{" not in title, title
        assert result.figure.data or result.figure.layout.shapes, f"{view_name}.{name} draws nothing"
    if isinstance(result, KpiResult):
        assert result.cards, f"{view_name}.{name} has no cards in 2024"


@pytest.mark.parametrize(("view_name", "name"), ELEMENTS)
def test_an_element_depends_only_on_the_filters_it_reads(view_name: str, name: str) -> None:
    """The element cache keys an element on ``element.reads`` only: changing any other filter must not change it."""
    element = views()[view_name][name]
    default = Filters("en", 2024, edition=EDITION)
    baseline = comparable(built(view_name, element, default))
    for name_, value in OTHER_VALUE.items():
        if name_ in element.reads:
            continue
        changed_ctx = Context(view_name, Filters(**{**default.__dict__, name_: value}), run)
        if changed_ctx.applied(element)[-1] != Context(view_name, default, run).applied(element)[-1]:
            continue  # it shows that entity's (segment's) own figures: its cache key holds whose (esg.scope)
        changed = Filters(**{**default.__dict__, name_: value})
        assert comparable(built(view_name, element, changed)) == baseline, f"{view_name}.{name} follows {name_}"


def test_every_view_is_defined_and_laid_out() -> None:
    from components.navigation import all_views

    assert sorted(views()) == sorted(v.name for v in all_views())
    for view in views().values():
        used = {*view.placed(), *(name for s in view.slides for name in (s.chart, s.figures, *s.notes))}
        unused = [e.name for e in view.elements if e.name not in used]
        assert not unused, f"{view.name}: elements defined but neither laid out nor on a slide: {unused}"


def test_the_element_cache_counts_what_an_element_holds() -> None:
    """The weight the cache records for a real element is of the order of the memory building it took (not a flat
    guess): at least half of what tracemalloc saw allocated and kept, at most four times it."""
    view = views()["environment"]
    element = view["energy_total"]
    filters = Filters("en", 2024, edition=EDITION)
    built(view.name, element, filters)  # warm: imports and lazily built validators are not the element's
    tracemalloc.start()
    result = built(view.name, element, filters)
    weight = data.deep_size(result)
    gc.collect()
    with_result = tracemalloc.get_traced_memory()[0]
    del result
    gc.collect()
    held = with_result - tracemalloc.get_traced_memory()[0]  # what letting go of the element frees
    tracemalloc.stop()
    assert held / 2 <= weight <= held * 4, (weight, held)
    assert weight > 16_384


def test_streamlit_clear_caches_empties_the_element_cache() -> None:
    import streamlit as st

    from components import view as view_module

    view_module._streamlit_clear_hook()
    data.shared(("probe",), EDITION, lambda: b"x")
    assert data._SHARED._entries
    st.cache_resource.clear()
    assert not data._SHARED._entries
