"""Pure chart factories and frames of the reserves view (``components.kinds.reserves`` builds the view's elements
from them, the slides reuse the mineral and change charts): the minerals by group (each chart one unit), their
change over the period, the localised reserves table, and the schematic province tile map of the assets.

The map is a tile grid, not a geographic map: each province is a square at an approximate position (west to the
left, north to the top), with no boundaries drawn, so it works offline and draws no border that might not follow
China's standard map.

No ``st.*`` calls and no queries.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

import plotly.graph_objects as go
import polars as pl

from components.charts import Width, finish_spec, fit_legend_spec, make_chart_figure, source_line
from components.figure_update import spec_layout
from components.palette import BAD, GOOD, GRID, MUTED, PILLAR_COLORS, SEGMENT_COLORS, TEXT
from components.tables import series_labels, unit_label
from esg.display import display_number, display_unit, format_number
from esg.i18n import pick, t

# Province tiles: (column, row), row 0 at the top. The six provinces with assets and their neighbours for context.
TILE_GRID: dict[str, tuple[int, int]] = {
    "inner_mongolia": (2, 0),
    "xinjiang": (0, 1),
    "gansu": (1, 1),
    "ningxia": (2, 1),
    "shaanxi": (3, 1),
    "tibet": (0, 2),
    "qinghai": (1, 2),
    "sichuan": (2, 2),
    "chongqing": (3, 2),
    "yunnan": (2, 3),
    "guizhou": (3, 3),
}
TILE_GAP = 0.06
MARKERS_PER_ROW = 3
KIND_SYMBOLS = {"mine": "circle", "smelter": "square", "saltlake": "diamond"}
# A parenthesis holding Chinese inside an English text (e.g. the printed Chinese of a capacity).
CHINESE_ASIDE = re.compile(r"\s*[(（][^()（）]*[\u3400-\u9fff][^()（）]*[)）]")


def _english_only(text: str | None, lang: str) -> str | None:
    """In English, drop a parenthesised Chinese aside from a data text (the English page shows no Chinese)."""
    return CHINESE_ASIDE.sub("", text) if text and lang == "en" else text


def province_key(province_en: str | None) -> str | None:
    """The tile key of a province's English name (``Tibet (Xizang)`` -> ``tibet``)."""
    if not province_en:
        return None
    return re.sub(r"[^a-z]+", "_", province_en.split(" (")[0].lower()).strip("_")


def shown_decimals(df: pl.DataFrame, lang: str) -> int:
    """Decimals to show the printed precision in ``lang`` (a factor of 10 in English takes one decimal away)."""
    unit, unit_en = df.select("unit", "unit_en").row(0)
    factor = display_unit(unit, unit_en, lang)[1]
    return max(0, int(df.get_column("decimals").max() or 0) - round(math.log10(factor)))


def mineral_frame(df: pl.DataFrame, lang: str) -> pl.DataFrame:
    """One chart's minerals as (mineral, year, value in the unit shown in ``lang``) with localised headers."""
    unit, unit_en = df.select("unit", "unit_en").row(0)
    shown = display_unit(unit, unit_en, lang)[0]
    labels = series_labels(
        df.get_column("indicator_id").unique(maintain_order=True).to_list(), "reserves.mineral", lang
    )
    return df.select(
        pl.col("indicator_id").replace_strict(labels, return_dtype=pl.String).alias(t("reserves.col.mineral", lang)),
        pl.col("year").cast(pl.String).alias(t("common.col.year", lang)),
        (pl.col("value") * display_unit(unit, unit_en, lang)[1])
        .round(6)
        .alias(t("reserves.col.value", lang, unit=shown)),
    )


def reserves_table(df: pl.DataFrame, change: pl.DataFrame, lang: str) -> pl.DataFrame:
    """Every mineral with its group, unit (as shown in ``lang``) and each year's figure at its printed precision,
    then the change over the period in %. Units differ between rows: the table never adds rows up."""
    years = sorted(df.get_column("year").unique().to_list())
    changes = dict(change.select("indicator_id", "change_pct").iter_rows())
    rows = []
    for (iid,), part in df.group_by("indicator_id", maintain_order=True):
        first = part.row(0, named=True)
        unit, unit_en = first["unit"], first["unit_en"]
        shown, factor = display_unit(unit, unit_en, lang)
        decimals = max(0, first["decimals"] - round(math.log10(factor)))
        values = dict(part.select("year", "value").iter_rows())
        pct = changes.get(iid)
        rows.append(
            {
                t("reserves.col.group", lang): t(f"reserves.group.{first['group']}", lang),
                t("reserves.col.mineral", lang): t(f"reserves.mineral.{iid}", lang),
                t("reserves.col.basis", lang): t(f"reserves.basis.{first['basis']}", lang),
                t("common.unit", lang): shown,
                **{
                    str(y): format_number(display_number(values.get(y), unit, unit_en, lang), lang, decimals)
                    for y in years
                },
                t("reserves.col.change", lang): None if pct is None else round(pct, 1),
            }
        )
    return pl.DataFrame(rows)


def change_frame(change: pl.DataFrame, lang: str) -> pl.DataFrame:
    """The figures of the change chart: mineral, first and last year, and the change in % (localised headers)."""
    labels = series_labels(change.get_column("indicator_id").to_list(), "reserves.mineral", lang)
    return change.select(
        pl.col("indicator_id").replace_strict(labels, return_dtype=pl.String).alias(t("reserves.col.mineral", lang)),
        pl.col("from_year").alias(t("common.col.from_year", lang)),
        pl.col("to_year").alias(t("common.col.to_year", lang)),
        pl.col("change_pct").round(2).alias(t("reserves.col.change", lang)),
    )


def make_change_figure(change: pl.DataFrame, *, lang: str) -> go.Figure:
    """Horizontal bars of each mineral's change (%) over the period: a share of its own figure, so minerals in
    different units can stand side by side; rises green, falls red."""
    labels = [t(f"reserves.mineral.{iid}", lang) for iid in change.get_column("indicator_id").to_list()]
    values = change.get_column("change_pct").to_list()
    bar = {
        "type": "bar",
        "x": values,
        "y": labels,
        "orientation": "h",
        "marker": {"color": [MUTED if v is None or v == 0 else GOOD if v > 0 else BAD for v in values]},
        "text": [format_number(v, lang, 1) + "%" if v is not None else t("common.not_disclosed", lang) for v in values],
        "textposition": "outside",
        "cliponaxis": False,
        "hovertemplate": "%{y}: %{text}<extra></extra>",
        "showlegend": False,
    }
    first, last = change.get_column("from_year").min(), change.get_column("to_year").max()
    spec = finish_spec(
        {"data": [bar], "layout": {}},
        title=t("reserves.chart.change", lang, first=first, last=last),
        source=source_line(change, lang),
        lang=lang,
        height=460,
        categorical_x=False,
    )
    known = [v for v in values if v is not None] or [0.0]
    span = max(max(known), 0) - min(min(known), 0) or 1
    spec_layout(
        spec,
        yaxis={"type": "category", "autorange": "reversed"},
        xaxis={
            "ticksuffix": "%",
            "zeroline": True,
            "zerolinecolor": MUTED,
            "range": [min(min(known), 0) - 0.35 * span, max(max(known), 0) + 0.35 * span],
        },
    )
    return go.Figure(fit_legend_spec(spec, width="half"))


def _asset_label(row: Mapping, lang: str) -> list[str]:
    commodities = [c for c in (row["commodities"] or "").split(";") if c]
    return [
        pick(lang, row["name_zh"], row["name_en"]),
        t(f"common.entity_kind.{row['kind']}", lang),
        t("common.list_sep", lang).join(t(f"common.commodity.{c}", lang) for c in commodities)
        or t("common.not_disclosed", lang),
        _english_only(pick(lang, row["capacity_zh"], row["capacity_en"]), lang) or t("common.not_disclosed", lang),
        pick(lang, row["operator_zh"], row["operator_en"]) or t("common.not_disclosed", lang),
    ]


def make_tile_map_figure(assets: pl.DataFrame, *, lang: str) -> go.Figure:
    """The schematic province tile map: a square per province (no borders), the assets as markers inside their
    province's tile (shape by kind, colour by segment), greyed out when not ``selected``; hover names the asset,
    its kind, commodities, capacity and operator."""
    with_assets = {province_key(p) for p in assets.get_column("province_en").to_list()}
    shapes, annotations = [], []
    for key, (col, row) in TILE_GRID.items():
        active = key in with_assets
        tile = {"type": "rect", "x0": col + TILE_GAP, "x1": col + 1 - TILE_GAP, "y0": -row - 1 + TILE_GAP}
        shapes.append(
            {
                **tile,
                "y1": -row - TILE_GAP,
                "fillcolor": PILLAR_COLORS["E"] if active else GRID,
                "opacity": 0.16 if active else 0.7,
                "line": {"width": 0},
                "layer": "below",
            }
        )
        annotations.append(
            {
                "x": col + 0.5,
                "y": -row - 0.14,
                "text": t(f"reserves.province.{key}", lang),
                "showarrow": False,
                "font": {"size": 13 if active else 11, "color": TEXT if active else MUTED},
            }
        )
    placed: dict[str, int] = {}
    hover = (
        "<b>%{customdata[0]}</b><br>"
        + t("reserves.hover.kind", lang)
        + "%{customdata[1]}<br>"
        + t("reserves.hover.commodities", lang)
        + "%{customdata[2]}<br>"
        + t("reserves.hover.capacity", lang)
        + "%{customdata[3]}<br>"
        + t("reserves.hover.operator", lang)
        + "%{customdata[4]}<extra></extra>"
    )
    points: dict[str, dict[str, list]] = {}
    for asset in assets.iter_rows(named=True):
        key = province_key(asset["province_en"])
        if key not in TILE_GRID:
            continue
        col, row = TILE_GRID[key]
        i = placed.get(key, 0)
        placed[key] = i + 1
        kind = points.setdefault(asset["kind"], {"x": [], "y": [], "color": [], "opacity": [], "data": []})
        kind["x"].append(col + 0.22 + 0.28 * (i % MARKERS_PER_ROW))
        kind["y"].append(-row - 0.42 - 0.26 * (i // MARKERS_PER_ROW))
        kind["color"].append(SEGMENT_COLORS.get(asset["segment"], SEGMENT_COLORS[None]))
        kind["opacity"].append(1.0 if asset["selected"] else 0.25)
        kind["data"].append(_asset_label(asset, lang))
    traces = [
        {
            "type": "scatter",
            "x": p["x"],
            "y": p["y"],
            "mode": "markers",
            "name": t(f"common.entity_kind.{kind}", lang),
            "marker": {
                "symbol": KIND_SYMBOLS.get(kind, "circle"),
                "size": 18,
                "color": p["color"],
                "opacity": p["opacity"],
                "line": {"width": 1, "color": GRID},
            },
            "customdata": p["data"],
            "hovertemplate": hover,
        }
        for kind, p in points.items()
    ]
    cols = max(c for c, _ in TILE_GRID.values()) + 1
    rows = max(r for _, r in TILE_GRID.values()) + 1
    spec = finish_spec(
        {"data": traces, "layout": {"shapes": shapes, "annotations": annotations}},
        title=t("reserves.chart.map", lang),
        source=t("reserves.map_source", lang),
        lang=lang,
        height=600,
        categorical_x=False,
    )
    spec_layout(
        spec,
        xaxis={"visible": False, "range": [-0.05, cols + 0.05], "fixedrange": True},
        yaxis={
            "visible": False,
            "range": [-rows - 0.05, 0.05],
            "scaleanchor": "x",
            "scaleratio": 1,
            "fixedrange": True,
        },
        dragmode=False,
    )
    return go.Figure(fit_legend_spec(spec, width="full"))


def asset_table(assets: pl.DataFrame, lang: str) -> pl.DataFrame:
    """The assets as a localised table: name, province, kind, commodities, capacity, operator and the report's
    caveats on the entry (how the province and operator were established)."""
    headers = [
        t("reserves.col.asset", lang),
        t("common.col.province", lang),
        t("reserves.col.kind", lang),
        t("reserves.col.commodities", lang),
        t("common.col.capacity", lang),
        t("reserves.col.operator", lang),
        t("common.col.note", lang),
    ]
    rows = []
    for asset in assets.iter_rows(named=True):
        name, kind, commodities, capacity, operator = _asset_label(asset, lang)
        province = pick(lang, asset["province_zh"], asset["province_en"]) or t("common.not_disclosed", lang)
        note = pick(lang, asset["note_zh"], asset["note_en"])
        rows.append(dict(zip(headers, [name, province, kind, commodities, capacity, operator, note], strict=True)))
    return pl.DataFrame(rows, schema=dict.fromkeys(headers, pl.String))


def make_mineral_figure(data: pl.DataFrame, group: str, basis: str, lang: str, width: Width = "half") -> go.Figure:
    """Bars of one group's minerals by year (one unit per chart) from its ``reserves.group`` rows."""
    unit = unit_label(data, lang)
    return make_chart_figure(
        mineral_frame(data, lang),
        kind="bar",
        title=t(f"reserves.chart.{group}_{basis}", lang, unit=unit),
        source=source_line(data, lang),
        lang=lang,
        unit=unit,
        decimals=shown_decimals(data, lang),
        width=width,
    )
