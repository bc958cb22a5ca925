"""Putting figures and tables on the page: charts with slide-resolution PNG export and their data as CSV."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import plotly.graph_objects as go
import polars as pl
import streamlit as st
from streamlit.elements.metric import DeltaArrow, DeltaColor

from components.kpi import Kpi, shown_label_and_value
from components.restatements import restated_rows, restatement_note
from components.tables import MIME_TYPES, csv_bytes
from components.text import md_escape
from esg.display import format_change
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
    fig: go.Figure,
    *,
    key: str,
    lang: str,
    data: pl.DataFrame | bytes | None = None,
    on_select: str = "ignore",
    table: pl.DataFrame | None = None,
    file_name: str = "",
) -> object:
    """Draw ``fig`` full width with its PNG button (or, given ``table``, the same figures as a table under the chart's
    title); below it, a CSV download of ``data`` (the figures shown, or their CSV already made by :func:`csv_bytes`),
    named ``file_name`` (default: the key and the language)."""
    event = None
    if table is not None:
        with st.container(key=f"{key}_table"):
            st.markdown(f"**{plain_title(fig)}**")
            st.table(table, hide_index=True)
    else:
        event = st.plotly_chart(
            fig, width="stretch", key=key, theme=None, config=chart_config(slug(key)), on_select=on_select
        )
    if data is not None:
        render_csv_download(key, lang, data, file_name)
    return event


def render_csv_download(key: str, lang: str, data: pl.DataFrame | bytes, file_name: str = "") -> None:
    """The CSV download of a chart's figures (``data``, or their CSV already made by :func:`csv_bytes`), named
    ``file_name`` (default: the key and the language)."""
    st.download_button(
        t("common.download_csv", lang),
        data=data if isinstance(data, bytes) else csv_bytes(data),
        file_name=f"{file_name or slug(key) + '_' + lang}.csv",
        mime=MIME_TYPES["csv"],
        key=f"{key}_csv",
        on_click="ignore",
        icon=":material/download:",
    )


def plain_title(fig: go.Figure) -> str:
    """A figure's title as plain text (its first line, markup removed)."""
    title = fig.layout.title.text or ""
    return re.sub(r"<[^>]+>", "", re.split(r"<br\s*/?>", title)[0]).strip()


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


def sparkline(kpi: Kpi) -> list[float] | None:
    """The card's history for a sparkline, only with two or more disclosed years (one point reads as "no change")."""
    values = [v for v in kpi.history if v is not None]
    return values if len(values) >= 2 else None


def render_kpi(kpi: Kpi, lang: str) -> None:
    """Draw one KPI card (in a grid cell as tall as its row): the title (with its unit) wrapping instead of being cut,
    the value, the change coloured by whether it is good (or a status in words) and a sparkline from two years."""
    label, value = shown_label_and_value(kpi, lang)
    delta = format_change(kpi.change, kpi.is_rate, lang)
    colour: DeltaColor = "off" if kpi.higher_is_better is None else "normal" if kpi.higher_is_better else "inverse"
    arrow: DeltaArrow = "auto"
    if kpi.status:  # a status in words in place of the change on the year before
        delta, arrow = kpi.status, "off"
        colour = {"good": "green", "bad": "red"}.get(kpi.tone, "gray")  # type: ignore[assignment]
    st.caption(md_escape(label), help=kpi.help or None)
    st.metric(
        label,
        value,
        delta=delta,
        delta_color=colour,
        delta_arrow=arrow,
        delta_description=t("common.vs_prev", lang, year=kpi.previous_year)
        if delta and kpi.previous_year and not kpi.status
        else None,
        chart_data=sparkline(kpi),
        chart_type="line",
        label_visibility="collapsed",
    )


KPI_MIN_WIDTH = 165  # px: two cards a row on a 420 px phone, four on a laptop
# Two cards a row on a phone leave about 150 px for a value: a smaller figure keeps "21,484,019" whole there.
KPI_PHONE_STYLE = (
    "<style>@media (max-width: 640px) {"
    ' [data-testid="stGridCell"] [data-testid="stMetricValue"] { font-size: 1.6rem; } }</style>'
)


def render_kpis(kpis: Sequence[Kpi], lang: str, per_row: int = 4, below: Callable[[Kpi], None] | None = None) -> None:
    """KPI cards in a responsive grid of at most ``per_row`` a row (fewer on a narrow screen, never one card a row
    on a phone); ``below(card)`` draws under each card (its *Sources* button)."""
    st.html(KPI_PHONE_STYLE)  # only a style: Streamlit adds it to the page without taking space
    grid = st.grid(per_row, min_column_width=KPI_MIN_WIDTH, border=True)  # a bordered cell is the card
    for kpi in kpis:
        with grid.cell():
            render_kpi(kpi, lang)
            if below is not None:
                below(kpi)


def render_restatement_notes(rows: pl.DataFrame, lang: str) -> None:
    """One plain-text line under a chart or table per restated figure of ``rows`` (original, restated, reason)."""
    for row in restated_rows(rows).to_dicts():
        st.text(restatement_note(row, lang))
