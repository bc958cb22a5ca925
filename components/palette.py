"""The one palette: E/S/G, segment and series colours (the series ones from the theme in ``.streamlit/config.toml``),
and the Plotly template every chart factory uses.

Colours were chosen for WCAG 2.1 AA contrast (at least 4.5:1 against white for text, 3:1 for chart marks).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import plotly.graph_objects as go
import plotly.io as pio

PILLAR_COLORS = {"E": "#2E7D32", "S": "#1F5FA8", "G": "#7B3FA0"}
SEGMENT_COLORS = {"mining": "#8D5524", "smelting": "#C2410C", "other": "#4B5563", None: "#0F4C81"}
TIER_COLORS = {"both": "#B91C1C", "impact_only": "#D97706", "neither": "#6B7280"}
RISK_CATEGORY_COLORS = {"environmental": "#2E7D32", "social": "#1F5FA8", "governance": "#7B3FA0"}
# The theme's series colours, kept in one place: Streamlit's config (``chartCategoricalColors``).
THEME = tomllib.loads((Path(__file__).resolve().parents[1] / ".streamlit" / "config.toml").read_text("utf-8"))["theme"]
SERIES_COLORS: list[str] = THEME["chartCategoricalColors"]
# One colour per series wherever it is drawn (issue 12 item 5): a series key (indicator id) listed here has this colour
# in every chart, slide and deck; a chart's other series take the palette in turn, skipping these colours.
SERIES_IDENTITY = {"ghg_scope1": SERIES_COLORS[0], "ghg_scope2": SERIES_COLORS[1], "ghg_total": "#1F2937"}
GOOD = "#15803D"
BAD = "#B91C1C"
NEUTRAL = "#4B5563"
TARGET = "#B45309"
TEXT = "#1F2937"
MUTED = "#4B5563"
GRID = "#E5E7EB"
FONT_FAMILY = "Noto Sans CJK SC, Noto Sans SC, Microsoft YaHei, PingFang SC, Arial, sans-serif"


def identity_colors(keys: list[str], labels: dict[str, str]) -> dict[str, str]:
    """The colour of each series of a chart by its label (``labels``: key -> label): its identity colour where it
    has one (:data:`SERIES_IDENTITY`), else the next palette colour not taken by another series of the chart."""
    taken = {SERIES_IDENTITY[k] for k in keys if k in SERIES_IDENTITY}
    free = iter([c for c in SERIES_COLORS if c not in taken] * 2)
    return {labels[k]: SERIES_IDENTITY.get(k) or next(free) for k in keys}


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
