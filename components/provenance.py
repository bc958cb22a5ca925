"""Every chart and KPI card explained where it stands: a *Sources* dialog (the report table and section of each
figure, the figure as printed with its printed unit, the conversion applied, the framework codes it answers with the
page of the report's GRI index, restatements and the data-quality checks involving it with their result) and the
chart/table switch under every chart.

The figures of an element are the indicator figures its queries return: the element is built again with a runner
that records them (the queries come from the cache), only when the dialog opens."""

from __future__ import annotations

from typing import Any

import polars as pl
import streamlit as st

from components.data import query
from components.elements import Context, build
from esg.display import display_unit, format_figure, format_number, printed_with_unit, shared_decimals
from esg.filters import Filters
from esg.i18n import catalogue, pick, t
from esg.queries.provenance import FigureKey
from esg.views.model import Element
from esg.vocabulary import GROUP

CHART, TABLE = "chart", "table"


def figure_keys(params: dict[str, Any], result: object) -> list[FigureKey]:
    """The indicator figures ``(indicator_id, entity, segment, year)`` in a query's result (a frame, or a dict of
    frames) that has ``indicator_id`` and ``year`` columns; entity and segment from the frame, else the query's."""
    frames = [result] if isinstance(result, pl.DataFrame) else []
    if isinstance(result, dict):
        frames = [v for v in result.values() if isinstance(v, pl.DataFrame)]
    keys: list[FigureKey] = []
    for frame in frames:
        if not {"indicator_id", "year"} <= set(frame.columns):
            continue
        entity = frame.get_column("entity") if "entity" in frame.columns else None
        segment = frame.get_column("segment") if "segment" in frame.columns else None
        for i, (iid, year) in enumerate(frame.select("indicator_id", "year").iter_rows()):
            if year is None:
                continue
            keys.append(
                (
                    iid,
                    entity[i] if entity is not None else params.get("entity") or GROUP,
                    segment[i] if segment is not None else params.get("segment"),
                    int(year),
                )
            )
    return keys


def recorded_figures(
    view: str, definition: Element, filters: Filters, choices: tuple[tuple[str, object], ...]
) -> tuple[FigureKey, ...]:
    """The indicator figures ``definition`` shows under ``filters``, each once, in the order its queries return them."""
    seen: list[FigureKey] = []

    def run(name: str, **params: Any) -> Any:
        out = query(name, filters.edition, **params)
        seen.extend(figure_keys(params, out))
        return out

    build(definition, Context(view, filters, run, choices))
    return tuple(dict.fromkeys(seen))


def of_card(keys: tuple[FigureKey, ...], card_key: str) -> tuple[FigureKey, ...]:
    """The figures of one KPI card (``key`` ``id`` or ``id@segment``)."""
    iid, _, segment = card_key.partition("@")
    return tuple(k for k in keys if k[0] == iid and k[2] == (segment or None))


def _conversion(row: dict[str, Any], lang: str) -> str:
    """How the figure shown differs from the figure printed: the exact factor into the unit shown, or none."""
    value = row["value"]
    shown, factor = display_unit(row["unit"], row["unit_en"], lang, abs(value) if value is not None else None)
    if factor == 1 or value is None:
        return t("common.prov.as_printed", lang)
    return t("common.prov.converted", lang, factor=f"{factor:g}", unit=row["unit_en"], shown=shown)


def _restatement(row: dict[str, Any], lang: str) -> str:
    if not row["restated"]:
        return t("common.prov.not_restated", lang)
    original = format_figure(row["original_value"], None, row["unit"], row["unit_en"], lang)
    return t("common.prov.restated", lang, original=original, reason=row["restatement_reason"] or "")


def figures_table(figures: pl.DataFrame, lang: str) -> pl.DataFrame:
    """The figures' provenance as the dialog shows it, one row per figure, headers in ``lang``."""
    rows = []
    for row in figures.to_dicts():
        own = t(f"common.segment.{row['segment']}", lang) if row["segment"] else ""
        rows.append(
            {
                t("common.col.indicator", lang): pick(lang, row["name_zh"], row["name_en"])
                + (f" ({own})" if own else ""),
                t("common.col.year", lang): str(row["year"]),
                t("common.prov.printed", lang): printed_with_unit(row["printed"], row["unit"], row["unit_en"], lang),
                t("common.prov.shown", lang): format_figure(
                    row["value"], row["value_text"], row["unit"], row["unit_en"], lang
                ),
                t("common.prov.conversion", lang): _conversion(row, lang),
                t("common.col.source", lang): pick(lang, row["source_table"], row["source_table_en"]),
                t("common.prov.section", lang): pick(lang, row["section_zh"], row["section_en"]),
                t("common.prov.gri", lang): pick(lang, row["gri_pages_zh"], row["gri_pages_en"])
                or t("common.prov.no_code", lang),
                t("common.prov.derived", lang): row["derived_codes"] or t("common.prov.no_code", lang),
                t("common.prov.restatement", lang): _restatement(row, lang),
            }
        )
    return pl.DataFrame(rows)


def _status(status: str, lang: str) -> str:
    key = f"explorer.status.{status}"
    return t(key, lang) if key in catalogue() else status


def checks_table(checks: pl.DataFrame, lang: str) -> pl.DataFrame:
    """The data-quality checks involving the figures, with their result, headers in ``lang``."""
    return pl.DataFrame(
        [
            {
                t("common.col.year", lang): str(row["year"]),
                t("common.prov.check", lang): pick(lang, row["description_zh"], row["description_en"]),
                t("common.prov.check_figures", lang): pick(lang, row["figures"], row["figures_en"]),
                t("common.prov.result", lang): _status(row["status"], lang),
            }
            for row in checks.unique(["check_id", "year"], maintain_order=True).to_dicts()
        ]
    )


def _show_sources(
    view: str, definition: Element, filters: Filters, choices: tuple[tuple[str, object], ...], card: str, source: str
) -> None:
    """The dialog's body: the figures' provenance and the checks involving them."""
    lang = filters.lang
    with st.spinner(t("common.prov.loading", lang)):
        keys = recorded_figures(view, definition, filters, choices)
        if card:
            keys = of_card(keys, card)
        found = query("provenance.figures", filters.edition, keys=list(keys)) if keys else None
    if source:
        st.caption(source)
    if found is None or not found["figures"].height:
        st.info(t("common.prov.no_figures", lang), icon=":material/info:")
        return
    st.caption(t("common.prov.intro", lang))
    st.table(figures_table(found["figures"], lang), hide_index=True)
    st.markdown(f"**{t('common.prov.checks', lang)}**")
    if found["checks"].height:
        st.table(checks_table(found["checks"], lang), hide_index=True)
    else:
        st.caption(t("common.prov.no_checks", lang))


def render_sources_button(
    view: str,
    definition: Element,
    filters: Filters,
    choices: tuple[tuple[str, object], ...],
    *,
    key: str,
    card: str = "",
    source: str = "",
) -> None:
    """A *Sources* button that opens the provenance dialog of ``definition`` (of one KPI card when ``card``)."""
    lang = filters.lang
    if st.button(t("common.prov.button", lang), key=key, icon=":material/info:", type="tertiary"):
        dialog = st.dialog(t("common.prov.title", lang), width="large")(_show_sources)
        dialog(view, definition, filters, choices, card, source)


def chart_table(frame: pl.DataFrame, lang: str) -> pl.DataFrame:
    """The figures of a chart as a table: a long ``(year, label, value)`` frame one row per label and one column per
    year, numbers formatted at one precision for the chart (the display policy), "not disclosed" for a missing one."""
    numeric = [c for c, d in frame.schema.items() if d.is_numeric() and c != frame.columns[0]]
    decimals = shared_decimals(v for c in numeric for v in frame.get_column(c).to_list())
    text = frame.with_columns(
        pl.col(c).map_elements(lambda v: format_number(v, lang, decimals), return_dtype=pl.String) for c in numeric
    ).with_columns(pl.col(numeric).fill_null(t("common.not_disclosed", lang)))
    first = frame.columns[0]
    if len(frame.columns) == 3 and numeric == [frame.columns[2]] and first == t("common.col.year", lang):
        label = frame.columns[1]
        wide = text.with_columns(pl.col(first).cast(pl.String)).pivot(
            on=first, index=label, values=frame.columns[2], maintain_order=True
        )
        return wide.with_columns(pl.exclude(label).fill_null(t("common.not_disclosed", lang)))
    return text.with_columns(pl.exclude(numeric).cast(pl.String))


def render_view_switch(key: str, lang: str) -> str:
    """The chart/table switch under a chart; returns ``chart`` or ``table`` (kept in the session)."""
    labels = {CHART: t("common.prov.as_chart", lang), TABLE: t("common.prov.as_table", lang)}
    st.segmented_control(
        t("common.prov.view_as", lang),
        [CHART, TABLE],
        format_func=labels.get,
        key=key,
        default=CHART,
        required=True,
        label_visibility="collapsed",
    )
    return str(st.session_state.get(key) or CHART)
