"""KPI cards: the 2024 value, the change on the previous year coloured by whether it is good, a sparkline."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import streamlit as st

from esg.i18n import display_number, display_unit, format_change, format_number, pick, t


@dataclass(frozen=True)
class Kpi:
    """One headline figure, already chosen and localised by the caller's query."""

    label: str
    value: float | None
    unit: str
    unit_en: str
    change: float | None
    is_rate: bool
    lower_is_better: bool | None
    history: list[float | None]
    previous_year: int | None
    help: str = ""


def render_kpi(kpi: Kpi, lang: str) -> None:
    """Draw one KPI card (``st.metric`` with border and sparkline)."""
    delta = format_change(kpi.change, kpi.is_rate, lang)
    colour = "off" if kpi.lower_is_better is None else "inverse" if kpi.lower_is_better else "normal"
    magnitude = None if kpi.value is None else abs(kpi.value)
    unit, _ = display_unit(kpi.unit, kpi.unit_en, lang, magnitude)
    value = format_number(display_number(kpi.value, kpi.unit, kpi.unit_en, lang, magnitude), lang)
    if kpi.value is not None and unit == "%":
        value += "%"
    wrapped = f"（{unit}）" if lang == "zh" else f" ({unit})"
    label = kpi.label if unit in ("%", "-", "", "count") else kpi.label + wrapped
    st.metric(
        label,
        value,
        delta=delta,
        delta_color=colour,
        delta_description=t("common.vs_prev", lang, year=kpi.previous_year) if delta and kpi.previous_year else None,
        chart_data=[v for v in kpi.history if v is not None] or None,
        chart_type="line",
        border=True,
        help=kpi.help or None,
    )


def kpi_from_row(row: Mapping, *, label: str, lang: str, with_note: bool = False) -> Kpi:
    """A KPI card from one row of ``esg.queries.common.kpi_frame``; the help text names the source table (and
    the report's caveat when ``with_note``)."""
    source = t("common.source", lang, source=pick(lang, row["source_table"], row["source_table_en"]))
    note = pick(lang, row.get("note"), row.get("note_en")) if with_note else ""
    return Kpi(
        label=label,
        value=row["value"],
        unit=row["unit"],
        unit_en=row["unit_en"],
        change=row["change"],
        is_rate=row["is_rate"],
        lower_is_better=row["lower_is_better"],
        history=list(row["history"] or []),
        previous_year=row["year"] - 1 if row["previous_value"] is not None else None,
        help=f"{source}  \n{note}" if note else source,
    )
