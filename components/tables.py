"""Localised tables: pick the language's column of each ``_zh``/``_en`` pair, give columns localised headers, turn
long query frames into the localised frame a chart shows, and lay out formatted indicator tables. Pure, no ``st.*``."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import polars as pl

from components.restatements import restated_rows, restatement_note
from esg.display import display_number, display_unit, format_figure, with_display_values
from esg.exports import export_bytes
from esg.i18n import catalogue, pick, t
from esg.vocabulary import FILTERS

KEY_COLUMNS = ("category", "series")


def localised(df: pl.DataFrame, columns: Mapping[str, str], lang: str) -> pl.DataFrame:
    """Select ``columns`` (source column -> header string key) in order, renamed to the localised headers.

    A source column written ``name*`` takes ``name_en`` in English and ``name_zh`` in Chinese (or ``name`` when the
    Chinese column has no suffix, e.g. ``source_table*`` -> ``source_table`` / ``source_table_en``).
    """
    exprs = []
    for source, header in columns.items():
        if source.endswith("*"):
            stem = source[:-1]
            zh = f"{stem}_zh" if f"{stem}_zh" in df.columns else stem
            source = f"{stem}_en" if lang == "en" else zh
        exprs.append(pl.col(source).alias(t(header, lang)))
    return df.select(exprs)


def chart_frame(
    df: pl.DataFrame,
    lang: str,
    *,
    labels: str,
    columns: Mapping[str, str],
    unit: str = "",
    fixed: Mapping[str, str] | None = None,
) -> pl.DataFrame:
    """Select ``columns`` (``year``, ``category``, ``series`` or ``value`` -> header string key) in order, localised.

    ``category`` and ``series`` keys are labelled as :func:`series_labels` says (``fixed`` labels first); ``year``
    becomes text (a category axis);
    ``value`` is converted into the unit shown in ``lang`` (e.g. 万元 -> RMB million in English, exactly); headers
    may name the ``{unit}``.
    """
    shown = with_display_values(df, lang) if df.height else df.with_columns(pl.lit(None).alias("display_value"))
    exprs = []
    for source, header in columns.items():
        name = t(header, lang, unit=unit)
        if source == "year":
            exprs.append(pl.col("year").cast(pl.String).alias(name))
        elif source in KEY_COLUMNS:
            keys = shown.get_column(source).unique().to_list()
            mapping = series_labels(keys, labels, lang, names=df, fixed=fixed)
            exprs.append(pl.col(source).replace_strict(mapping, return_dtype=pl.String).alias(name))
        elif source == "value":
            exprs.append(pl.col("display_value").alias(name))
        else:
            raise KeyError(f"chart_frame cannot show column {source!r}; use year, category, series or value")
    return shown.select(exprs)


def facts_table(df: pl.DataFrame, lang: str, *, years: Sequence[int], headers: Mapping[str, str]) -> pl.DataFrame:
    """One row per indicator: its name (entity named when not the group), the printed value with unit for each of
    ``years`` ("not disclosed" where the report gives none), and its notes. ``headers`` maps ``indicator``, ``note``
    (and optionally ``value`` for a single year) to header string keys."""
    rows = []
    order = df.select("indicator_id", "entity").unique(maintain_order=True).iter_rows()
    single = len(years) == 1 and "value" in headers
    for indicator_id, entity in order:
        part = df.filter(pl.col("indicator_id") == indicator_id, pl.col("entity") == entity)
        first = part.row(0, named=True)
        name = pick(lang, first["name_zh"], first["name_en"])
        if entity != "group":
            name = f"{pick(lang, first['entity_short_zh'], first['entity_short_en'])} · {name}"
        row = {t(headers["indicator"], lang): name}
        by_year = {r["year"]: r for r in part.iter_rows(named=True)}
        for year in years:
            found = by_year.get(year) or {}
            text = format_figure(found.get("value"), found.get("value_text"), first["unit"], first["unit_en"], lang)
            row[t(headers["value"], lang) if single else str(year)] = text
        notes = (
            part.get_column("note_en" if lang == "en" else "note").drop_nulls().unique(maintain_order=True).to_list()
        )
        notes += [restatement_note(r, lang) for r in restated_rows(part).to_dicts()]
        row[t(headers["note"], lang)] = " ".join(notes)
        rows.append(row)
    if not rows:
        columns = [t(headers["indicator"], lang)]
        columns += [t(headers["value"], lang)] if single else [str(y) for y in years]
        return pl.DataFrame(schema=[(c, pl.String) for c in [*columns, t(headers["note"], lang)]])
    return pl.DataFrame(rows)


def unit_label(df: pl.DataFrame, lang: str) -> str:
    """The one unit of ``df`` as shown in ``lang``; a frame mixing units is an error (never chart them together)."""
    units = df.select("unit", "unit_en").unique()
    if units.height != 1:
        raise ValueError(f"a chart needs exactly one unit, got {units.rows()}")
    unit, unit_en = units.row(0)
    return display_unit(unit, unit_en, lang)[0]


def notes_of(df: pl.DataFrame, lang: str) -> list[str]:
    """The distinct report caveats (``note``/``note_en``) of the rows of ``df``, in order."""
    column = "note_en" if lang == "en" else "note"
    return [n for n in df.get_column(column).unique(maintain_order=True).to_list() if n]


def series_labels(
    keys: Sequence[str],
    prefix: str,
    lang: str,
    names: pl.DataFrame | None = None,
    fixed: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """The legend label of each series: ``fixed[key]`` (a label already in ``lang``) where given, else the
    catalogue's short label ``<prefix>.<key>`` or the one shared by views, ``common.series.<key>``, where there is
    one, else the indicator's own name in the data (``names``: rows with ``indicator_id``, ``name_zh``, ``name_en``)."""
    strings = catalogue()
    from_data: dict[str, str] = {}
    if names is not None and names.height:
        column = "name_en" if lang == "en" else "name_zh"
        from_data = dict(names.select("indicator_id", column).unique("indicator_id", keep="first").iter_rows())

    def label(key: str) -> str:
        if fixed and key in fixed:
            return fixed[key]
        for string in (f"{prefix}.{key}", f"common.series.{key}"):
            if string in strings:
                return t(string, lang)
        return from_data[key]

    return {key: label(key) for key in keys}


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


# The media types of the files the app offers for download, by file extension.
MIME_TYPES = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "parquet": "application/vnd.apache.parquet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "pdf": "application/pdf",
    "zip": "application/zip",
}


FILE_PREFIX = "western-mining-esg"
DEFAULTS = (None, "", "all", "group", "report", False, ())  # filter and control values that narrow nothing


def file_stem(view: str, element: str, values: Sequence[tuple[str, object]], lang: str) -> str:
    """A download's file name (without extension) saying what it holds: the view, the element, every filter and
    control value that narrows it and the language, e.g.
    ``western-mining-esg_explorer_figures_2024_yulong_topics-energy+water_en``."""
    parts = [FILE_PREFIX, view, element]
    for name, value in values:
        if value in DEFAULTS or (isinstance(value, (tuple, list)) and not value):
            continue
        if value is True:
            parts.append(name)
            continue
        text = "+".join(map(str, value)) if isinstance(value, (tuple, list)) else str(value)
        text = re.sub(r"[^\w+]+", "-", text).strip("-")
        parts.append(text if name in FILTERS else f"{name}-{text}")
    return "_".join([*parts, lang])


def csv_bytes(data: pl.DataFrame) -> bytes:
    """A chart's or table's figures as the CSV its download button serves (``esg.exports``)."""
    return export_bytes(data, "csv")
