"""Chart pieces of the emissions view, and the small helpers the environment and reserves views share with it.

Helpers (pure, no ``st.*``): turn a query's long frame into the localised frame a chart draws and a user downloads
(values converted to the unit shown in the language), pick the one unit and source of a frame, build KPI cards from
query rows. Figures: the decarbonisation path against the report's targets.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import plotly.graph_objects as go
import polars as pl

from components.charts import finish_figure, make_bar_figure, make_line_figure, source_text
from components.kpi import Kpi
from components.palette import GOOD, GRID, NEUTRAL, SEGMENT_COLORS, SERIES_COLORS, TARGET
from esg.i18n import display_number, display_unit, format_number, format_value, pick, t, with_display_values


def unit_label(df: pl.DataFrame, lang: str) -> str:
    """The one unit of ``df`` as shown in ``lang``; a frame mixing units is an error (never chart them together)."""
    units = df.select("unit", "unit_en").unique()
    if units.height != 1:
        raise ValueError(f"a chart needs exactly one unit, got {units.rows()}")
    unit, unit_en = units.row(0)
    return display_unit(unit, unit_en, lang)[0]


def source_of(df: pl.DataFrame, lang: str) -> str:
    """The report table(s) a frame comes from, in ``lang`` (several tables joined by "; ")."""
    column = "source_table_en" if lang == "en" else "source_table"
    return "; ".join(df.get_column(column).unique(maintain_order=True).to_list())


def notes_of(df: pl.DataFrame, lang: str) -> list[str]:
    """The distinct report caveats (``note``/``note_en``) of the rows of ``df``, in order."""
    column = "note_en" if lang == "en" else "note"
    return [n for n in df.get_column(column).unique(maintain_order=True).to_list() if n]


def series_labels(keys: Sequence[str], prefix: str, lang: str) -> dict[str, str]:
    """``{key: t(f"{prefix}.{key}")}``: the short legend label of each series."""
    return {key: t(f"{prefix}.{key}", lang) for key in keys}


def labelled_frame(
    df: pl.DataFrame,
    lang: str,
    *,
    label_prefix: str,
    headers: tuple[str, str, str],
    key: str = "indicator_id",
    x: str = "year",
) -> pl.DataFrame:
    """Three columns named by ``headers`` (already localised): ``x``, the series label (``label_prefix.<key>``)
    and the value converted into the unit shown in ``lang``. Rows keep the query's order."""
    labels = series_labels(df.get_column(key).unique(maintain_order=True).to_list(), label_prefix, lang)
    x_header, label_header, value_header = headers
    return with_display_values(df, lang).select(
        pl.col(x).alias(x_header),
        pl.col(key).replace_strict(labels, return_dtype=pl.String).alias(label_header),
        pl.col("display_value").alias(value_header),
    )


def wide_table(
    df: pl.DataFrame, lang: str, *, label_prefix: str, label_header: str, unit_header: str, years: Sequence[int]
) -> pl.DataFrame:
    """A wide-by-year frame (``esg.transforms.wide_by_year``) as a localised table: label, unit shown in ``lang``
    and one column per year converted into that unit. Each row keeps its own unit (rows are never summed)."""
    labels = series_labels(df.get_column("indicator_id").to_list(), label_prefix, lang)
    rows = []
    for row in df.iter_rows(named=True):
        shown, _ = display_unit(row["unit"], row["unit_en"], lang)
        rows.append(
            {
                label_header: labels[row["indicator_id"]],
                unit_header: shown,
                **{str(y): display_number(row[str(y)], row["unit"], row["unit_en"], lang) for y in years},
            }
        )
    schema = {label_header: pl.String, unit_header: pl.String, **{str(y): pl.Float64 for y in years}}
    return pl.DataFrame(rows, schema=schema)


# Plot-area widths (px) of a chart at 1280 px: in one of two columns, and across the page.
PLOT_WIDTH = {"half": 300, "full": 600}
# Room for the title (20 px font) across the whole figure.
TITLE_WIDTH = {"half": 380, "full": 760}


def _text_width(text: str) -> int:
    """Rough rendered width of a legend label in pixels (CJK characters are about twice as wide)."""
    return sum(15 if ord(ch) > 0x2E80 else 8 for ch in text)


def _wrap_source(fig: go.Figure, width: str) -> None:
    """Break the in-figure source line into lines that fit the chart's width (a half-width chart cuts a long one)."""
    prefix = source_text("", "zh"), source_text("", "en")
    limit = TITLE_WIDTH[width] * 3 // 4  # the source line is set in 12 px type
    for annotation in fig.layout.annotations:
        text = annotation.text or ""
        if not text.startswith(prefix) or "<br>" in text or _text_width(text) * 4 // 5 <= limit:
            continue
        head, _, tail = text.partition(" · ")
        lines, line = [head], ""
        for word in tail.split(" ") if " " in tail else list(tail):
            joined = f"{line} {word}".strip() if " " in tail else line + word
            if line and _text_width(joined) * 4 // 5 > limit:
                lines.append(line)
                line = word
            else:
                line = joined
        lines.append(line)
        annotation.text = "<br>".join(lines[:3])


def _wrap_title(fig: go.Figure, width: str) -> int:
    """Break a title too long for the chart's width before its unit; returns the extra height needed (px)."""
    text = fig.layout.title.text or ""
    if "<br>" in text or _text_width(text) * 4 // 3 <= TITLE_WIDTH[width]:
        return 0
    cut = max(text.rfind("（"), text.rfind(" ("))
    if cut <= 0:
        return 0
    fig.update_layout(title_text=text[:cut].rstrip() + "<br>" + text[cut:].lstrip())
    return 26


def fit_title(fig: go.Figure, *, width: str = "half", legend_rows: int = 0) -> go.Figure:
    """Pin the title to the top (broken before its unit when too long for ``width``), break a long source line,
    and size the top margin for the title and ``legend_rows`` rows of legend below it."""
    _wrap_source(fig, width)
    extra = _wrap_title(fig, width)
    fig.update_layout(
        title={"yref": "container", "y": 1, "yanchor": "top", "pad": {"t": 14}},
        margin={"t": 64 + extra + 26 * legend_rows},
        height=(fig.layout.height or 460) + extra + 26 * max(0, legend_rows - 2),
    )
    return fig


def fit_legend(fig: go.Figure, *, width: str = "half") -> go.Figure:
    """Lay the legend out in equal columns between the title and the plot, with room for every row, so a long
    legend never covers the title (``width``: ``half`` for a chart in one of two columns, ``full`` across); in a
    half-width chart the source line takes two lines."""
    names = [trace.name for trace in fig.data if trace.showlegend is not False and trace.name]
    rows = 0
    if names:
        entry = max(_text_width(name) for name in names) + 44
        per_row = max(1, PLOT_WIDTH[width] // entry)
        rows = -(-len(names) // per_row)
        fig.update_layout(legend={"entrywidthmode": "pixels", "entrywidth": entry, "y": 1.02, "yanchor": "bottom"})
    return fit_title(fig, width=width, legend_rows=rows)


def _mark_undisclosed_years(fig: go.Figure, frame: pl.DataFrame, lang: str) -> None:
    """Label the years in which no series of a multi-series bar chart is disclosed, so a gap never reads as zero."""
    x, _, value = frame.columns
    empty = (
        frame.group_by(x, maintain_order=True)
        .agg(pl.col(value).is_null().all().alias("empty"))
        .filter(pl.col("empty"))
        .get_column(x)
        .to_list()
    )
    if empty:
        label = t("common.not_disclosed", lang)
        fig.add_trace(
            go.Scatter(
                x=[str(v) for v in empty],
                y=[0] * len(empty),
                mode="text",
                text=[label] * len(empty),
                textposition="top center",
                textfont={"color": NEUTRAL, "size": 12},
                hoverinfo="skip",
                showlegend=False,
                name=label,
            )
        )


def make_series_figure(
    frame: pl.DataFrame,
    *,
    kind: str,
    title: str,
    source: str,
    lang: str,
    unit: str,
    width: str = "half",
    barmode: str = "group",
    colors: Mapping[str, str] | None = None,
    decimals: int | None = None,
) -> go.Figure:
    """A chart of a :func:`labelled_frame` (year, series, value): ``kind`` ``bar`` (grouped or stacked by year),
    ``line`` (one line per series) or ``hbar`` (one horizontal bar per series, for a single year). Value labels
    that do not fit are hidden, line labels are not clipped at the edges, the legend has room (``width`` says
    whether the chart sits in one of two columns or across the page)."""
    x, label, value = frame.columns
    common = {
        "title": title,
        "source": source,
        "lang": lang,
        "hover_unit": unit,
        "colors": colors,
        "decimals": decimals,
    }
    if kind == "hbar":
        fig = make_bar_figure(frame, x=label, y=value, horizontal=True, **common)
        fig.update_traces(textangle=0, selector={"type": "bar"})
        return fit_legend(fig, width=width)
    if kind == "line":
        fig = make_line_figure(frame, x=x, y=value, color=label, y_title=unit, **common)
        values = [v for v in frame.get_column(value).to_list() if v is not None]
        years = frame.get_column(x).n_unique()
        fig.update_xaxes(range=[-0.5, years - 0.5])
        if values:
            fig.update_yaxes(range=[0, max(values) * 1.15])
    else:
        fig = make_bar_figure(frame, x=x, y=value, color=label, y_title=unit, barmode=barmode, **common)
        _mark_undisclosed_years(fig, frame, lang)
        fig.update_traces(textangle=0, selector={"type": "bar"})
        if barmode == "stack":
            fig.update_traces(textposition="inside", selector={"type": "bar"})
        fig.update_layout(uniformtext={"minsize": 11, "mode": "hide"})
    return fit_legend(fig, width=width)


def kpi_from_row(row: Mapping, *, label: str, lang: str, with_note: bool = False) -> Kpi:
    """A KPI card from one row of ``esg.queries.emissions.kpi_frame``; the help text names the source table (and
    the report's caveat when ``with_note``)."""
    is_rate = row["unit"] == "%"
    source = t("common.source", lang, source=pick(lang, row["source_table"], row["source_table_en"]))
    note = pick(lang, row.get("note"), row.get("note_en")) if with_note else ""
    return Kpi(
        label=label,
        value=row["value"],
        unit=row["unit"],
        unit_en=row["unit_en"],
        change=row["change_pp"] if is_rate else row["change_pct"],
        is_rate=is_rate,
        lower_is_better=row["lower_is_better"],
        history=list(row["history"] or []),
        previous_year=row["year"] - 1 if row["previous_value"] is not None else None,
        help=f"{source}  \n{note}" if note else source,
    )


def highlight_colors(labels: Mapping[str, str], selected: str | None) -> dict[str, str]:
    """Segment colours by label: every segment in its colour, or only ``selected`` with the others greyed out."""
    return {
        label: SEGMENT_COLORS.get(segment, NEUTRAL) if selected in (None, segment) else GRID
        for segment, label in labels.items()
    }


def pathway_kpis(pathway: Mapping, lang: str) -> list[Kpi]:
    """The four cards of the decarbonisation path: the annual reduction needed from the selected year to the target
    year, the compound annual change achieved since the base year, the target level and the gap to the path."""
    unit, unit_en = pathway["unit"], pathway["unit_en"]
    base_year, year, target_year = pathway["base_year"], pathway["year"], pathway["reduction_year"]
    target_source = pick(lang, pathway["target_source_table"], pathway["target_source_table_en"])
    source = pick(lang, pathway["source_table"], pathway["source_table_en"])

    def rounded(value: float | None) -> float | None:
        return None if value is None else round(value, 1)

    def card(label: str, value: float | None, unit_zh: str, unit_in_en: str, help_text: str, better: bool | None):
        return Kpi(label, value, unit_zh, unit_in_en, None, unit_zh == "%", better, [], None, help_text)

    derived = t("emissions.pathway.derived_help", lang, source=source, target_source=target_source)
    cards = [
        card(
            t("emissions.kpi.required", lang, year=year, target_year=target_year),
            rounded(pathway["required_pct"]),
            "%",
            "%",
            derived,
            None,
        )
    ]
    if year > base_year:  # no rate of change within the base year itself
        cards.append(
            card(
                t("emissions.kpi.achieved", lang, base_year=base_year, year=year),
                rounded(pathway["achieved_pct"]),
                "%",
                "%",
                derived,
                None,
            )
        )
    target_label = t(
        "emissions.kpi.target_level", lang, target_year=target_year, pct=format_number(pathway["reduction_pct"], lang)
    )
    cards.append(card(target_label, round(pathway["reduction_target"]), unit, unit_en, derived, None))
    gap = None if pathway["gap"] is None else round(pathway["gap"])
    cards.append(card(t("emissions.kpi.gap", lang, year=year), gap, unit, unit_en, derived, None))
    return cards


def make_decarbonisation_figure(pathway: Mapping, *, lang: str) -> go.Figure:
    """Actual scope 1+2 emissions against the straight-line path (our construction) from the base year to the
    reduction target and on to zero in the neutrality year, with the target points and the peak-year marker."""
    unit, unit_en = pathway["unit"], pathway["unit_en"]
    shown = display_unit(unit, unit_en, lang)[0]

    def conv(values: Sequence[float | None]) -> list[float | None]:
        return [display_number(v, unit, unit_en, lang) for v in values]

    actual, path = pathway["actual"], pathway["path"]
    fig = go.Figure()
    fig.add_trace(
        go.Scatter(
            x=path.get_column("year").to_list(),
            y=conv(path.get_column("value").to_list()),
            mode="lines",
            name=t("emissions.pathway.path", lang),
            line={"color": NEUTRAL, "width": 2, "dash": "dash"},
            hovertemplate="%{x}: %{y:,.0f} " + shown + "<extra>" + t("emissions.pathway.path", lang) + "</extra>",
        )
    )
    actual_values = conv(actual.get_column("value").to_list())
    fig.add_trace(
        go.Scatter(
            x=actual.get_column("year").to_list(),
            y=actual_values,
            mode="lines+markers+text",
            name=t("emissions.pathway.actual", lang),
            line={"color": SERIES_COLORS[0], "width": 3},
            marker={"size": 9},
            text=["" for _ in actual_values[:-1]] + [format_number(v, lang, 0) for v in actual_values[-1:]],
            textposition="middle right",
            hovertemplate="%{x}: %{y:,.0f} " + shown + "<extra>" + t("emissions.pathway.actual", lang) + "</extra>",
        )
    )
    target_name = t(
        "emissions.pathway.target_point",
        lang,
        year=pathway["reduction_year"],
        pct=format_number(pathway["reduction_pct"], lang),
        base_year=pathway["base_year"],
    )
    fig.add_trace(
        go.Scatter(
            x=[pathway["reduction_year"]],
            y=conv([pathway["reduction_target"]]),
            mode="markers+text",
            name=target_name,
            marker={"color": TARGET, "size": 16, "symbol": "star"},
            text=[format_value(round(pathway["reduction_target"]), unit, unit_en, lang, 0)],
            textposition="top right",
            hovertemplate="%{x}: %{y:,.0f} " + shown + "<extra>" + target_name + "</extra>",
        )
    )
    neutral_name = t("emissions.pathway.neutral_point", lang, year=pathway["neutral_year"])
    fig.add_trace(
        go.Scatter(
            x=[pathway["neutral_year"]],
            y=[0],
            mode="markers",
            name=neutral_name,
            marker={"color": GOOD, "size": 16, "symbol": "diamond"},
            hovertemplate="%{x}: 0 " + shown + "<extra>" + neutral_name + "</extra>",
        )
    )
    fig.add_vline(
        x=pathway["peak_year"],
        line={"color": TARGET, "dash": "dot", "width": 2},
        annotation_text=t("emissions.pathway.peak", lang, year=pathway["peak_year"]),
        annotation_position="top right",
        annotation_font={"color": TARGET},
    )
    finish_figure(
        fig,
        title=t("emissions.chart.pathway", lang, unit=shown),
        source=f"{pick(lang, pathway['source_table'], pathway['source_table_en'])}; "
        f"{pick(lang, pathway['target_source_table'], pathway['target_source_table_en'])}",
        lang=lang,
        x_title=t("emissions.col.year", lang),
        y_title=shown,
        height=500,
        categorical_x=False,
    )
    fig.update_xaxes(tickformat="d", dtick=5, range=[pathway["base_year"] - 1, pathway["neutral_year"] + 2])
    return fit_legend(fig, width="full")


def pathway_table(pathway: Mapping, lang: str) -> pl.DataFrame:
    """The figures of the decarbonisation chart: actual emissions and the straight-line path, by year."""
    unit, unit_en = pathway["unit"], pathway["unit_en"]
    shown = display_unit(unit, unit_en, lang)[0]
    actual = dict(pathway["actual"].select("year", "value").iter_rows())
    rows = [
        {
            t("emissions.col.year", lang): year,
            t("emissions.col.actual", lang, unit=shown): display_number(actual.get(year), unit, unit_en, lang),
            t("emissions.col.path", lang, unit=shown): display_number(round(value, 1), unit, unit_en, lang),
        }
        for year, value in pathway["path"].iter_rows()
    ]
    return pl.DataFrame(rows)
