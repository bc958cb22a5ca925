"""Labels of every built chart (issue 12 item 5), read from the figure JSON in both languages: value labels are not
cut at the plot's edge, no two point labels of one x overlap, donut labels sit beside the ring (or inside it only
where too small ones are hidden), the source line fits a half-width chart."""

from __future__ import annotations

import json

import pytest

from components.charts import SOURCE_LINE_CHARS, label_box, label_positions, overlap
from components.elements import ChartResult
from esg.filters import Filters
from esg.views import views
from esg.views.model import Chart

CHARTS = [(v.name, e.name) for v in views().values() for e in v.elements if isinstance(e, Chart)]


def figure(view_name: str, name: str, lang: str) -> dict:
    from tests.test_views import built

    result = built(view_name, views()[view_name][name], Filters(lang=lang, year=2024))
    if not isinstance(result, ChartResult):
        pytest.skip("no figures for this chart")
    return json.loads(result.figure.to_json())


def labelled(trace: dict) -> bool:
    text = trace.get("text")
    return bool(text) and (isinstance(text, str) or any(text)) and trace.get("type") in ("bar", "scatter")


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize(("view_name", "name"), CHARTS)
def test_labels_are_not_clipped_and_do_not_collide(view_name: str, name: str, lang: str) -> None:
    fig = figure(view_name, name, lang)
    traces = fig["data"]
    # a label above the top bar or point is drawn into the margin, not cut at the plot's edge
    assert [t.get("name") for t in traces if labelled(t) and t.get("cliponaxis") is not False] == []
    # labels above the highest point stay under the legend: the y range leaves room above it
    tops = [
        v
        for t in traces
        if t.get("type") == "scatter" and labelled(t) and "top" in str(t.get("textposition")) and t.get("yaxis") is None
        for v in t.get("y") or []
        if isinstance(v, int | float)
    ]
    highest = max([v for t in traces for v in t.get("y") or [] if isinstance(v, int | float)], default=0)
    if tops and max(tops) * 1.1 > highest > 0 and fig["layout"].get("yaxis", {}).get("type") != "log":
        assert (fig["layout"].get("yaxis", {}).get("range") or [0, 0])[1] >= max(tops) * 1.1
    # point labels of line series: no two labels at the same x overlap (their extents from label_box)
    lines = [t for t in traces if t.get("type") == "scatter" and "lines" in (t.get("mode") or "") and labelled(t)]
    values = [v for t in lines for v in t.get("y") or [] if isinstance(v, int | float)]
    if len(lines) > 1 and values:
        span = max(values) - min(0, *values)
        boxes: dict[object, list[tuple[float, float]]] = {}
        for t in lines:
            where = t.get("textposition")
            for i, (xv, yv) in enumerate(zip(t["x"], t["y"], strict=True)):
                text = t["text"][i] if isinstance(t["text"], list) else t["text"]
                if yv is None or not text:
                    continue
                box = label_box(yv, where[i] if isinstance(where, list) else where or "top center", span)
                assert not any(overlap(box, other) for other in boxes.get(xv, [])), (t["name"], xv, yv)
                boxes.setdefault(xv, []).append(box)
    # donuts: labels beside the ring, or inside only where a share too small for its slice is hidden
    for t in traces:
        if t.get("type") == "pie":
            inside_hidden = (
                t.get("textposition") == "inside" and (fig["layout"].get("uniformtext") or {}).get("mode") == "hide"
            )
            assert t.get("textposition") == "outside" or inside_hidden
    # the source line under the chart fits a half-width chart: wrapped, no line longer than SOURCE_LINE_CHARS
    sources = [
        a["text"]
        for a in fig["layout"].get("annotations", [])
        if a.get("yanchor") == "bottom" and a.get("yshift", 0) < 0
    ]
    assert sources, "every chart names its source"
    assert [line for s in sources for line in s.split("<br>") if len(line) > SOURCE_LINE_CHARS[lang]] == []


def test_equal_rates_get_one_label_above_and_one_below() -> None:
    # the safety rates of 2024: LTIR and TRIFR of employees both 0.396 (the report's safety table)
    fig = figure("safety", "rates", "en")
    at = {
        t["name"]: dict(zip(t["x"], zip(t["y"], t["textposition"], strict=True), strict=True))
        for t in fig["data"]
        if t.get("mode", "").startswith("lines")
    }
    assert at["LTIR, employees"]["2024"] == (0.396, "top center")
    assert at["TRIFR, employees"]["2024"] == (0.396, "bottom center")
    assert at["TRIFR, contractors"]["2024"] == (0.171, "bottom center")  # 0.171 above would touch 0.396 below


def test_a_third_label_too_close_to_both_is_left_to_the_hover() -> None:
    assert label_positions([(["2024"], [1.0]), (["2024"], [1.0]), (["2024"], [1.01]), (["2023"], [10.0])]) == [
        ["top center"],
        ["bottom center"],
        [""],
        ["top center"],
    ]
