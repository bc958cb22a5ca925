"""``esg.scope``: which elements have figures of their own for an entity or a business segment, checked against the
report (the figures named here were read in its text layer) and against what the build path then shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from components.elements import ChartResult, Context, TableResult, build
from esg import queries
from esg.filters import Filters
from esg.scope import entity_of, has_figures, scope_of, segment_of
from esg.views import view, views
from tests.conftest import EDITION

SNAPSHOT = Path(__file__).resolve().parents[1] / "data" / "snapshots" / EDITION


def run(name: str, **params: object) -> object:
    return queries.run(name, SNAPSHOT, **params)


@pytest.fixture(scope="module")
def figures() -> frozenset:
    return run("scope.disclosed")  # type: ignore[return-value]


def test_the_group_filter_has_figures_for_every_element(figures: frozenset) -> None:
    assert all(has_figures(e, figures) for v in views().values() for e in v.elements)


def test_yulongs_own_greening_figure(figures: frozenset) -> None:
    """环境篇 / 土地资源管理: 玉龙铜业 ... 新增绿化面积约 107 万平方米 (the report's text layer, line 1843)."""
    greening = view("environment")["greening"]
    assert has_figures(greening, figures, entity="yulong")
    assert entity_of(greening, figures, "yulong") == "yulong"
    assert not has_figures(greening, figures, entity="hami_bolun")
    result = build(greening, Context("environment", Filters("zh", 2024, entity="yulong", edition=EDITION), run))
    assert isinstance(result, ChartResult)
    assert result.figure.layout.title.text.startswith("玉龙铜业 · ")
    assert list(result.figure.data[0].y) == [107.0]  # 万平方米, as printed


def test_a_group_chart_under_an_entity_without_figures_stays_the_groups(figures: frozenset) -> None:
    greening = view("environment")["greening"]
    group = build(greening, Context("environment", Filters("zh", 2024, edition=EDITION), run))
    other = build(greening, Context("environment", Filters("zh", 2024, entity="hami_bolun", edition=EDITION), run))
    assert group.figure.to_json() == other.figure.to_json()
    assert "哈密博伦" not in other.figure.layout.title.text


def test_yulongs_community_facts_show_only_its_own_rows(figures: frozenset) -> None:
    """社会篇 / 玉龙铜业助力地方经济发展与村民增收: 现有藏族职工 368 人，西藏籍职工占比 46% (line 4580)."""
    community = view("governance")["community"]
    assert has_figures(community, figures, entity="yulong")
    result = build(community, Context("governance", Filters("zh", 2024, entity="yulong", edition=EDITION), run))
    assert isinstance(result, TableResult)
    rows = result.table.to_pylist()
    assert all(next(iter(r.values())).startswith("玉龙铜业 · ") for r in rows)
    values = {next(iter(r.values())).split(" · ")[1]: r["数值"] for r in rows}
    assert values["藏族职工"].replace(" ", "") == "368人", values


def test_segments(figures: frozenset) -> None:
    """The smelting segment's own figures: the emissions view's segment chart follows the filter, the energy
    intensity series is broken down by segment in the report; the headline KPI cards are the group's."""
    emissions, environment, overview = view("emissions"), view("environment"), view("overview")
    assert has_figures(emissions["segments"], figures, segment="smelting")
    assert segment_of(environment["intensity"], figures, "smelting") is None  # its query follows the filter itself
    found = scope_of(overview, figures, segment="smelting")
    assert "headline" in found.group


def test_words_and_choices_have_no_figures_of_their_own(figures: frozenset) -> None:
    subsidiaries = view("subsidiaries")
    assert not has_figures(subsidiaries["segments_caption"], figures, entity="yulong")
    assert not has_figures(subsidiaries["province"], figures, segment="mining")


def test_scope_of_a_view_without_entity_figures_is_all_group(figures: frozenset) -> None:
    found = scope_of(view("safety"), figures, entity="xianghe")
    assert not found.own and found.group
