"""Localised tables: pick the language's column of each ``_zh``/``_en`` pair, give columns localised headers, turn
long query frames into the localised frame a chart shows, and lay out formatted indicator tables. Pure, no ``st.*``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import polars as pl

from esg.i18n import format_figure, pick, t, with_display_values

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


def label_of(key: str, prefix: str, lang: str) -> str:
    """The catalogue string ``<prefix>.<key>`` in ``lang``."""
    return t(f"{prefix}.{key}", lang)


def chart_frame(df: pl.DataFrame, lang: str, *, labels: str, columns: Mapping[str, str]) -> pl.DataFrame:
    """Select ``columns`` (``year``, ``category``, ``series`` or ``value`` -> header string key) in order, localised.

    ``category`` and ``series`` keys are translated as ``<labels>.<key>``; ``year`` becomes text (a category axis);
    ``value`` is converted into the unit shown in ``lang`` (e.g. 万元 -> RMB million in English, exactly).
    """
    shown = with_display_values(df, lang) if df.height else df.with_columns(pl.lit(None).alias("display_value"))
    exprs = []
    for source, header in columns.items():
        name = t(header, lang)
        if source == "year":
            exprs.append(pl.col("year").cast(pl.String).alias(name))
        elif source in KEY_COLUMNS:
            keys = shown.get_column(source).unique().to_list()
            mapping = {key: label_of(key, labels, lang) for key in keys}
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
        notes = part.get_column("note_en" if lang == "en" else "note").drop_nulls().unique(maintain_order=True)
        row[t(headers["note"], lang)] = " ".join(notes.to_list())
        rows.append(row)
    if not rows:
        columns = [t(headers["indicator"], lang)]
        columns += [t(headers["value"], lang)] if single else [str(y) for y in years]
        return pl.DataFrame(schema=[(c, pl.String) for c in [*columns, t(headers["note"], lang)]])
    return pl.DataFrame(rows)
