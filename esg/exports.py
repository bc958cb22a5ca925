"""The one way the app turns a table into a downloadable file (CSV, Excel, Parquet): the chart and table CSVs, the
explorer's downloads and their query all use :func:`export_bytes`, so every export writes numbers and empty cells
alike: integers as integers (``21484019``, never ``21484019.0``), other numbers as printed, empty cells empty (never
``None``), and text a spreadsheet would run as a formula neutralised (:mod:`esg.spreadsheet`)."""

from __future__ import annotations

import io

import polars as pl

from esg.spreadsheet import neutralise_frame, xlsx_bytes

FORMATS = ("csv", "xlsx", "parquet")


def plain_numbers(df: pl.DataFrame) -> pl.DataFrame:
    """Float columns as text for a CSV: a whole number without ``.0``, any other as Polars writes it; nulls stay
    null (written as empty cells)."""
    floats = [name for name, dtype in df.schema.items() if dtype.is_float()]
    return df.with_columns(
        pl.when(pl.col(c).round(0) == pl.col(c))
        .then(pl.col(c).cast(pl.Int64, strict=False).cast(pl.String))
        .otherwise(pl.col(c).cast(pl.String))
        .alias(c)
        for c in floats
    )


def export_bytes(df: pl.DataFrame, fmt: str) -> bytes:
    """``df`` as a CSV (UTF-8 with BOM, so Excel opens Chinese text), an Excel workbook (sheet ``data``) or a Parquet
    file."""
    if fmt == "csv":
        return plain_numbers(neutralise_frame(df)).write_csv(null_value="").encode("utf-8-sig")
    if fmt == "xlsx":
        return xlsx_bytes(df, "data")
    buffer = io.BytesIO()
    if fmt == "parquet":
        df.write_parquet(buffer)
    else:
        raise ValueError(f"unknown download format {fmt!r}; expected one of {FORMATS}")
    return buffer.getvalue()
