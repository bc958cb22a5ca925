"""The one palette: E/S/G, segment and series colours (the series ones from the theme in ``.streamlit/config.toml``),
and the Plotly template every chart factory uses.

Colours were chosen for WCAG 2.1 AA contrast (at least 4.5:1 against white for text, 3:1 for chart marks).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import plotly.graph_objects as go
import plotly.io as pio

# G is not purple: beside the blue of S a deuteranope could not tell the two apart (tests/test_colours.py)
PILLAR_COLORS = {"E": "#2E7D32", "S": "#1F5FA8", "G": "#9D174D"}
# The group is never grey: "other" is, and the two are drawn side by side (issue 12 item 5).
SEGMENT_COLORS = {"group": "#0F4C81", "mining": "#8D5524", "smelting": "#C2410C", "other": "#6B7280", None: "#0F4C81"}
TIER_COLORS = {"both": "#B91C1C", "impact_only": "#D97706", "neither": "#6B7280"}
RISK_CATEGORY_COLORS = {
    "environmental": PILLAR_COLORS["E"],
    "social": PILLAR_COLORS["S"],
    "governance": PILLAR_COLORS["G"],
}
# The theme's series colours, kept in one place: Streamlit's config (``chartCategoricalColors``).
THEME = tomllib.loads((Path(__file__).resolve().parents[1] / ".streamlit" / "config.toml").read_text("utf-8"))["theme"]
SERIES_COLORS: list[str] = THEME["chartCategoricalColors"]
# One colour per series wherever it is drawn (issue 12 item 5): a series key (indicator id) listed here has this colour
# in every chart, slide and deck; a chart's other series take the palette in turn, skipping these colours.
SERIES_IDENTITY = {"ghg_scope1": SERIES_COLORS[0], "ghg_scope2": SERIES_COLORS[1], "ghg_total": "#1F2937"}
# Colours of a series role, for every indicator whose key ends in ``_<role>`` (``ghg_scope1_coke``, ``energy_coke``;
# ``employees_female``, ``turnover_rate_female``; ``employees_age_31_50``): fuels, gender and age bands alike in every
# view. Age bands are ordered, so one hue from light to dark.
ROLE_COLORS = {
    "coal": "#1F2937",
    "coke": "#C2410C",
    "gasoline": "#2E7D32",
    "diesel": "#7B3FA0",
    "natural_gas": "#0E7490",
    "carbonate": "#BE185D",
    "electricity": "#0F4C81",
    "heat": "#78350F",
    "female": "#BE185D",
    "male": "#0F4C81",
    "age_30_under": "#60A5FA",
    "age_31_50": "#2563EB",
    "age_51_over": "#1E3A8A",
}
# Years drawn as series: a sequential scale, the latest year darkest.
YEAR_SCALE = ["#60A5FA", "#3B82F6", "#2563EB", "#1D4ED8", "#1E3A8A", "#172554"]
GOOD = "#15803D"
BAD = "#B91C1C"
NEUTRAL = "#4B5563"
TARGET = "#B45309"
TEXT = "#1F2937"
MUTED = "#4B5563"
GRID = "#E5E7EB"
FONT_FAMILY = "Noto Sans CJK SC, Noto Sans SC, Microsoft YaHei, PingFang SC, Arial, sans-serif"


def identity_of(key: str) -> str | None:
    """The colour a series key always has (:data:`SERIES_IDENTITY`, else its role in :data:`ROLE_COLORS`), if any."""
    if key in SERIES_IDENTITY:
        return SERIES_IDENTITY[key]
    return next((c for role, c in ROLE_COLORS.items() if key.endswith(f"_{role}")), None)


def identity_colors(keys: list[str], labels: dict[str, str]) -> dict[str, str]:
    """The colour of each series of a chart by its label (``labels``: key -> label): its identity colour where it
    has one (:func:`identity_of`), else the next palette colour not taken by another series of the chart."""
    own = {k: identity_of(k) for k in keys}
    taken = {c for c in own.values() if c}
    free = iter([c for c in SERIES_COLORS if c not in taken] * 2)
    return {labels[k]: own[k] or next(free) for k in keys}


def year_colors(years: list[str]) -> dict[str, str]:
    """Years as series on a sequential scale (:data:`YEAR_SCALE`), the latest year darkest."""
    ordered, last = sorted(years), len(YEAR_SCALE) - 1
    steps = max(len(ordered) - 1, 1)
    return {y: YEAR_SCALE[round(i * last / steps) if len(ordered) > 1 else last] for i, y in enumerate(ordered)}


def highlight_colors(labels: dict[str | None, str], selected: str | None) -> dict[str, str]:
    """Segment colours by label (``labels``: segment -> label): every segment in its colour, or only ``selected``
    with the others greyed out."""
    return {
        label: SEGMENT_COLORS.get(segment, NEUTRAL) if selected in (None, segment) else GRID
        for segment, label in labels.items()
    }


TEMPLATE_NAME = "esg"
pio.templates[TEMPLATE_NAME] = go.layout.Template(
    layout=go.Layout(
        font={"family": FONT_FAMILY, "size": 15, "color": TEXT},
        title={"font": {"size": 20, "color": TEXT}, "x": 0.01, "xanchor": "left"},  # off the edge of a PNG
        colorway=SERIES_COLORS,
        paper_bgcolor="white",
        plot_bgcolor="white",
        xaxis={"gridcolor": GRID, "linecolor": "#9CA3AF", "ticks": "outside", "automargin": True},
        yaxis={"gridcolor": GRID, "zerolinecolor": "#9CA3AF", "automargin": True, "rangemode": "tozero"},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "xanchor": "left", "x": 0},
        hoverlabel={"font": {"family": FONT_FAMILY, "size": 14}},
        separators=".,",
    )
)
