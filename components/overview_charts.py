"""The headline KPIs as the investor slides (``components.slides``) show them: a tile figure, a table of numbers,
the value text and the tone of the change. Pure (no ``st.*`` calls); the overview page itself is defined in
``esg.views.overview``."""

from __future__ import annotations

from collections.abc import Sequence

import plotly.graph_objects as go
import polars as pl

from components.charts import finish_spec
from components.figure_update import spec_layout
from components.kpi import Kpi
from components.palette import BAD, GOOD, GRID, MUTED, TEXT
from components.text import wrap_lines
from esg.display import change_tone as display_change_tone
from esg.display import display_number, display_unit, format_change, format_number, format_signed_value, format_value
from esg.i18n import t

TILE_COLUMNS = 3
TILE_GAP = 0.025
TILE_LABEL_CHARS = {"zh": 13, "en": 28}  # characters of a tile's title line at 15 px; longer titles get 12 px
TILE_SMALL_CHARS = {"zh": 18, "en": 36}  # characters of a line at 12 px (two lines at most fit above the value)


def kpi_value_text(kpi: Kpi, lang: str) -> str:
    """A KPI's value with its unit as the language shows it (``1,857,309 t CO2e``, ``19.7%``, ``BB``)."""
    if kpi.text:
        return kpi.text
    if kpi.signed:
        return format_signed_value(kpi.value, kpi.unit, kpi.unit_en, lang)
    return format_value(kpi.value, kpi.unit, kpi.unit_en, lang)


def _tile_value(kpi: Kpi, lang: str) -> str:
    """The value in bold, the unit after it in smaller type (a long unit would not fit the tile)."""
    text = kpi_value_text(kpi, lang)
    magnitude = None if kpi.value is None else abs(kpi.value)
    number = format_number(display_number(kpi.value, kpi.unit, kpi.unit_en, lang, magnitude), lang)
    cut = text.find(number) + len(number) if kpi.value is not None and number in text else len(text)
    head, tail = text[:cut], text[cut:].strip()
    if not tail or tail == "%":
        return f"<b>{text}</b>"
    return f'<b>{head}</b> <span style="font-size:16px">{tail}</span>'


def change_tone(kpi: Kpi) -> str:
    """``good`` for a change in the good direction, ``bad`` for the other one, ``""`` when neither (or none)."""
    return display_change_tone(kpi.change, kpi.higher_is_better)


def change_colour(kpi: Kpi) -> str:
    """Green for a change in the good direction, red for the bad one, grey when neither (or no change)."""
    return {"good": GOOD, "bad": BAD}.get(change_tone(kpi), MUTED)


def make_kpi_tiles_figure(kpis: Sequence[Kpi], *, title: str, source: str, lang: str, height: int = 560) -> go.Figure:
    """The KPI cards as a grid of tiles (label, value with unit, change on the previous year coloured by whether it
    is good), for a slide or a shared screen where the page's cards cannot go."""
    rows = -(-len(kpis) // TILE_COLUMNS) or 1
    width, tall = 1 / TILE_COLUMNS, 1 / rows
    shapes, annotations = [], []
    for i, kpi in enumerate(kpis):
        column, row = i % TILE_COLUMNS, i // TILE_COLUMNS
        x0, x1 = column * width + TILE_GAP / 2, (column + 1) * width - TILE_GAP / 2
        y1, y0 = 1 - row * tall - TILE_GAP, 1 - (row + 1) * tall + TILE_GAP
        shapes.append(
            {
                "type": "rect",
                "xref": "paper",
                "yref": "paper",
                "x0": x0,
                "x1": x1,
                "y0": y0,
                "y1": y1,
                "line": {"color": GRID, "width": 2},
                "fillcolor": "#F9FAFB",
                "layer": "below",
            }
        )
        middle = (x0 + x1) / 2
        change = format_change(kpi.change, kpi.is_rate, lang)
        short = len(kpi.label) <= TILE_LABEL_CHARS[lang]
        label = kpi.label if short else "<br>".join(wrap_lines(kpi.label, TILE_SMALL_CHARS[lang]))
        lines = [
            (y1 - (0.16 if short else 0.19) * tall, label, 15 if short else 12, MUTED),
            (y1 - 0.47 * tall, _tile_value(kpi, lang), 26, TEXT),
        ]
        if change and kpi.previous_year:
            lines.append(
                (
                    y1 - 0.77 * tall,
                    f"{change} {t('common.vs_prev', lang, year=kpi.previous_year)}",
                    14,
                    change_colour(kpi),
                )
            )
        annotations += [
            {
                "x": middle,
                "y": y,
                "xref": "paper",
                "yref": "paper",
                "text": text,
                "showarrow": False,
                "xanchor": "center",
                "yanchor": "middle",
                "font": {"size": size, "color": colour},
            }
            for y, text, size, colour in lines
        ]
    spec = {"data": [], "layout": {"shapes": shapes, "annotations": annotations}}
    finish_spec(spec, title=title, source=source, lang=lang, height=height, categorical_x=False)
    hidden = {"visible": False, "range": [0, 1]}
    return go.Figure(spec_layout(spec, xaxis=hidden, yaxis=hidden, showlegend=False, margin={"l": 24, "r": 24}))


def _magnitude(kpi: Kpi) -> float | None:
    return None if kpi.value is None else abs(kpi.value)


def _unit(kpi: Kpi, lang: str) -> str:
    """The unit shown in ``lang``, empty for a pure number (a rate whose label names its basis, a count)."""
    shown = display_unit(kpi.unit, kpi.unit_en, lang, _magnitude(kpi))[0]
    return "" if shown in ("-", "count") else shown


def kpi_table(kpis: Sequence[Kpi], lang: str, year: int, sources: Sequence[str]) -> pl.DataFrame:
    """The KPIs as a table of numbers: indicator, year, value and unit as shown in ``lang``, change on the year
    before (% or percentage points) and the report table of each (``sources``, in the order of ``kpis``)."""
    headers = {
        "indicator": "common.col.indicator",
        "year": "common.col.year",
        "value": "common.col.value_plain",
        "unit": "common.unit",
        "change": "overview.col.change",
        "source": "common.source_table",
    }
    columns = {key: t(header, lang) for key, header in headers.items()}
    return pl.DataFrame(
        {
            columns["indicator"]: [k.label for k in kpis],
            columns["year"]: [year] * len(kpis),
            columns["value"]: [display_number(k.value, k.unit, k.unit_en, lang, _magnitude(k)) for k in kpis],
            columns["unit"]: [_unit(k, lang) for k in kpis],
            columns["change"]: [format_change(k.change, k.is_rate, lang) or "" for k in kpis],
            columns["source"]: list(sources),
        },
        schema={
            columns["indicator"]: pl.String,
            columns["year"]: pl.Int64,
            columns["value"]: pl.Float64,
            columns["unit"]: pl.String,
            columns["change"]: pl.String,
            columns["source"]: pl.String,
        },
    )
