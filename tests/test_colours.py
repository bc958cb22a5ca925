"""Colour identity (issue 12 item 5): a series has one colour in every chart of every view that draws it, and no two
series of one chart are hard to tell apart, also for a viewer with deuteranopia."""

from __future__ import annotations

import itertools
import json
import math
from collections import defaultdict

import pytest

from components.elements import ChartResult
from components.palette import SEGMENT_COLORS, SERIES_IDENTITY, YEAR_SCALE, identity_of, year_colors
from esg.filters import Filters
from esg.i18n import catalogue, t
from esg.views import views
from esg.views.model import Chart, Series
from tests.test_views import built

CHARTS = [(v.name, e.name) for v in views().values() for e in v.elements if isinstance(e, Chart)]
SERIES_CHARTS = [
    (view, name)
    for view, name in CHARTS
    if isinstance((e := views()[view][name]).data, Series) and e.kind in ("bar", "line", "hbar")
]
# Smallest CIEDE2000 difference between two series of one chart: as seen, and as seen with deuteranopia.
MIN_DELTA_E, MIN_DELTA_E_DEUTAN = 10.0, 5.0

# --- CIEDE2000 (Sharma, Wu & Dalal 2005) on sRGB, with deuteranopia simulated (Machado et al. 2009, severity 1) ----
DEUTAN = ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881))


def lab(colour: str, deutan: bool = False) -> tuple[float, float, float]:
    """CIELAB (D65) of a ``#RRGGBB`` colour, optionally as a deuteranope sees it."""
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    if deutan:
        r, g, b = [max(0.0, min(1.0, m[0] * r + m[1] * g + m[2] * b)) for m in DEUTAN]
    x, y = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(v: float) -> float:
        return v ** (1 / 3) if v > 216 / 24389 else (24389 / 27 * v + 16) / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def delta_e(c1: tuple[float, float, float], c2: tuple[float, float, float]) -> float:
    """CIEDE2000 colour difference of two CIELAB colours."""
    (l1, a1, b1), (l2, a2, b2) = c1, c2
    cb = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(cb**7 / (cb**7 + 25**7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p, h2p = math.degrees(math.atan2(b1, a1p)) % 360, math.degrees(math.atan2(b2, a2p)) % 360
    dh = h2p - h1p
    if c1p * c2p == 0:
        dh = 0.0
    elif dh > 180:
        dh -= 360
    elif dh < -180:
        dh += 360
    big_dh = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    lb, cbp = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        hb = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        hb = (h1p + h2p) / 2
    else:
        hb = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    tt = (
        1
        - 0.17 * math.cos(math.radians(hb - 30))
        + 0.24 * math.cos(math.radians(2 * hb))
        + 0.32 * math.cos(math.radians(3 * hb + 6))
        - 0.2 * math.cos(math.radians(4 * hb - 63))
    )
    rt = -math.sin(math.radians(60 * math.exp(-(((hb - 275) / 25) ** 2)))) * 2 * math.sqrt(cbp**7 / (cbp**7 + 25**7))
    sl = 1 + 0.015 * (lb - 50) ** 2 / math.sqrt(20 + (lb - 50) ** 2)
    sc, sh = 1 + 0.045 * cbp, 1 + 0.015 * cbp * tt
    dl, dc = (l2 - l1) / sl, (c2p - c1p) / sc
    return math.sqrt(dl**2 + dc**2 + (big_dh / sh) ** 2 + rt * dc * (big_dh / sh))


def test_ciede2000_matches_the_published_test_data() -> None:
    # Sharma, Wu & Dalal (2005), table 1, pairs 1 and 17
    assert delta_e((50, 2.6772, -79.7751), (50, 0, -82.7485)) == pytest.approx(2.0425, abs=1e-4)
    assert delta_e((50, 2.5, 0), (73, 25, -18)) == pytest.approx(27.1492, abs=1e-4)


def figure(view_name: str, name: str, lang: str) -> dict | None:
    result = built(view_name, views()[view_name][name], Filters(lang=lang, year=2024))
    return json.loads(result.figure.to_json()) if isinstance(result, ChartResult) else None


def colours(view_name: str, name: str, lang: str) -> dict[str, str]:
    """Legend name -> colour of every named series of a built chart."""
    found = {}
    for trace in (figure(view_name, name, lang) or {"data": []})["data"]:
        colour = (trace.get("marker") or {}).get("color") or (trace.get("line") or {}).get("color")
        if trace.get("name") and isinstance(colour, str) and trace.get("mode") != "text":
            found[trace["name"]] = colour
    return found


def distinct_colours(fig: dict) -> set[str]:
    """Every colour that tells series (or slices, or segment bars) of a chart apart."""
    found = set()
    for trace in fig["data"]:
        if trace.get("mode") == "text" or (trace.get("showlegend") is False and trace.get("type") == "scatter"):
            continue
        marker = trace.get("marker") or {}
        colour = marker.get("colors") or marker.get("color") or (trace.get("line") or {}).get("color")
        found |= {colour} if isinstance(colour, str) else {c for c in colour or [] if isinstance(c, str)}
    return {c for c in found if c.startswith("#") and len(c) == 7}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_each_identified_series_has_one_colour_across_views(lang: str) -> None:
    seen: dict[str, set[str]] = defaultdict(set)
    for view_name, name in SERIES_CHARTS:
        for label, colour in colours(view_name, name, lang).items():
            seen[label].add(colour)
    scope1, scope2 = ("Scope 1", "Scope 2") if lang == "en" else ("范围一", "范围二")
    assert seen[scope1] == {SERIES_IDENTITY["ghg_scope1"]}  # the overview's stack and the emissions trend alike
    assert seen[scope2] == {SERIES_IDENTITY["ghg_scope2"]}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_series_key_has_its_identity_colour_in_every_chart_that_draws_it(lang: str) -> None:
    checked: dict[str, set[str]] = defaultdict(set)
    for view_name, name in SERIES_CHARTS:
        element, found = views()[view_name][name], colours(view_name, name, lang)
        for _, _, key in element.data.rows:
            if f"{view_name}.series.{key}" not in catalogue():
                continue
            label = t(f"{view_name}.series.{key}", lang)
            if identity_of(key) and key != element.total and label in found:
                checked[key].add(found[label])
    assert {k: v for k, v in checked.items() if v != {identity_of(k)}} == {}
    # the fuels of scope 1, gender and age bands are among them (several charts each for gender and age)
    assert {"ghg_scope1_coke", "ghg_scope1_natural_gas", "employees_female", "turnover_female"} <= checked.keys()
    assert identity_of("employees_age_31_50") == identity_of("turnover_age_31_50")
    assert identity_of("employees_female") == identity_of("turnover_rate_female")


def test_group_and_other_never_share_a_colour() -> None:
    assert SEGMENT_COLORS["group"] != SEGMENT_COLORS["other"]
    assert len({SEGMENT_COLORS[s] for s in ("group", "mining", "smelting", "other")}) == 4
    assert SEGMENT_COLORS["group"] in colours("subsidiaries", "energy_intensity", "en").values()  # the group's line
    seg = colours("environment", "intensity", "en")
    assert seg["Group"] != seg["Other"]
    # a chart of one segment's own figure (water per tonne of ore, mining) is in that segment's colour
    assert distinct_colours(figure("environment", "water_mining", "en") or {"data": []}) == {SEGMENT_COLORS["mining"]}


def test_years_as_series_are_a_sequential_scale() -> None:
    scale = year_colors(["2024", "2022", "2023"])
    assert [scale[y] for y in ("2022", "2023", "2024")] == [YEAR_SCALE[0], YEAR_SCALE[2], YEAR_SCALE[-1]]
    lightness = [lab(scale[y])[0] for y in ("2022", "2023", "2024")]
    assert lightness == sorted(lightness, reverse=True)  # the latest year darkest
    assert colours("workforce", "turnover_rates", "en") == {y: scale[y] for y in ("2022", "2023", "2024")}


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize(("view_name", "name"), CHARTS)
def test_no_two_series_of_a_chart_are_hard_to_tell_apart(view_name: str, name: str, lang: str) -> None:
    fig = figure(view_name, name, lang)
    if fig is None:
        pytest.skip("no figures for this chart")
    close = [
        (a, b, round(delta_e(lab(a), lab(b)), 1), round(delta_e(lab(a, True), lab(b, True)), 1))
        for a, b in itertools.combinations(sorted(distinct_colours(fig)), 2)
        if delta_e(lab(a), lab(b)) < MIN_DELTA_E or delta_e(lab(a, True), lab(b, True)) < MIN_DELTA_E_DEUTAN
    ]
    assert close == []
