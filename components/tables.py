"""Localised tables: pick the language's column of each ``_zh``/``_en`` pair and give columns localised headers."""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from esg.i18n import t


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
