"""Putting figures and tables on the page: charts with slide-resolution PNG export and their data as CSV."""

from __future__ import annotations

import re

import plotly.graph_objects as go
import polars as pl
import streamlit as st

from esg.i18n import t

PNG_SCALE = 3


def chart_config(filename: str) -> dict:
    """Plotly config: PNG download at slide resolution (scale 3), no Plotly logo."""
    return {
        "displaylogo": False,
        "toImageButtonOptions": {
            "format": "png",
            "scale": PNG_SCALE,
            "filename": filename,
            "width": 1280,
            "height": 720,
        },
        "modeBarButtonsToRemove": ["lasso2d", "select2d"],
    }


def slug(text: str) -> str:
    """A file-name-safe slug of a key."""
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_") or "chart"


def render_chart(
    fig: go.Figure, *, key: str, lang: str, data: pl.DataFrame | None = None, on_select: str = "ignore"
) -> object:
    """Draw ``fig`` full width with its PNG button; below it, a CSV download of ``data`` (the figures shown)."""
    event = st.plotly_chart(
        fig, width="stretch", key=key, theme=None, config=chart_config(slug(key)), on_select=on_select
    )
    if data is not None:
        st.download_button(
            t("common.download_csv", lang),
            data=data.write_csv().encode("utf-8-sig"),
            file_name=f"{slug(key)}_{lang}.csv",
            mime="text/csv",
            key=f"{key}_csv",
            on_click="ignore",
            icon=":material/download:",
        )
    return event


def selected_id(chart_state: object) -> str | None:
    """The id in ``customdata[0]`` of the first point selected (clicked) in a chart, or ``None``."""
    try:
        points = chart_state["selection"]["points"]  # type: ignore[index]
    except (KeyError, TypeError, AttributeError):
        return None
    for point in points or []:
        custom = point.get("customdata")
        if custom:
            return str(custom[0] if isinstance(custom, list | tuple) else custom)
    return None
