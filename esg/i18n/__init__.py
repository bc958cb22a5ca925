"""The string catalogue and number formatting, in Chinese (default) and English.

Every user-visible string goes through :func:`t`. Strings live in one module per view (``esg/i18n/<view>.py``, each
defining ``STRINGS = {key: {"zh": ..., "en": ...}}``) plus ``common.py``; keys are prefixed by the view's name.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

import polars as pl

LANGS = ("zh", "en")
DEFAULT_LANG = "zh"


@cache
def catalogue() -> dict[str, dict[str, str]]:
    """Every string of every module in this package, merged; a key defined twice is an error."""
    merged: dict[str, dict[str, str]] = {}
    for info in pkgutil.iter_modules(__path__):
        strings = importlib.import_module(f"{__name__}.{info.name}").STRINGS
        for key, text in strings.items():
            if key in merged:
                raise ValueError(f"string key {key!r} is defined twice ({info.name})")
            if set(text) != set(LANGS):
                raise ValueError(f"string key {key!r} needs exactly {LANGS} ({info.name})")
            merged[key] = text
    return merged


def t(key: str, lang: str, **values: object) -> str:
    """The string ``key`` in ``lang``, with ``{placeholders}`` filled from ``values``."""
    text = catalogue()[key][lang]
    return text.format(**values) if values else text


def pick(lang: str, zh: str | None, en: str | None) -> str:
    """Choose the column value for the language (data columns come in ``_zh``/``_en`` pairs)."""
    return (en if lang == "en" else zh) or ""


# English readers get the report's 万-based units converted exactly (by powers of ten) to familiar ones.
EN_DISPLAY_UNITS: dict[str, tuple[str, float]] = {
    "万元": ("RMB million", 0.01),
    "亿元": ("RMB billion", 0.1),
    "万吨": ("kt", 10),
    "万吨标煤": ("kt standard coal", 10),
    "万千瓦时": ("MWh", 10),
    "万立方米": ("thousand m³", 10),
    "万平方米": ("thousand m²", 10),
    "万株": ("thousand trees", 10),
    "万吨二氧化碳当量": ("kt CO2e", 10),
    "万张": ("thousand certificates", 10),
    "万项": ("thousand items", 10),
    "万条": ("thousand items", 10),
    "万吨 / 年": ("kt/year", 10),
    "万元 / 年": ("RMB thousand per year", 10),
}


# Amounts under RMB 1 million (e.g. average pay, 11.46 万元) read better in thousands than as 0.1146 RMB million.
EN_SMALL_DISPLAY_UNITS: dict[str, tuple[str, float, float]] = {"万元": ("RMB thousand", 10, 100)}


def display_unit(unit: str, unit_en: str, lang: str, magnitude: float | None = None) -> tuple[str, float]:
    """The unit label to show in ``lang`` and the exact factor that converts a printed value into it.

    ``magnitude`` (the largest absolute value to be shown together, in the printed unit) picks a smaller English
    unit for small amounts; pass the same magnitude to :func:`display_number`.
    """
    if lang != "en":
        return unit, 1.0
    small = EN_SMALL_DISPLAY_UNITS.get(unit)
    if small is not None and magnitude is not None and magnitude < small[2]:
        return small[0], small[1]
    return EN_DISPLAY_UNITS.get(unit, (unit_en, 1.0))


def display_number(
    value: float | None, unit: str, unit_en: str, lang: str, magnitude: float | None = None
) -> float | None:
    """A printed value converted into the unit shown in ``lang`` (exact: the factors are powers of ten)."""
    if value is None:
        return None
    return round(value * display_unit(unit, unit_en, lang, magnitude)[1], 6)


def format_number(value: float | None, lang: str, decimals: int | None = None) -> str:
    """A number with thousands separators; ``None`` is "not disclosed", never 0.

    Without ``decimals``, every significant decimal is kept (up to six) so that a printed figure is shown as printed.
    """
    if value is None:
        return t("common.not_disclosed", lang)
    if decimals is None:
        text = f"{round(float(value), 6):,.6f}".rstrip("0").rstrip(".")
        return text
    return f"{value:,.{decimals}f}"


def format_value(value: float | None, unit: str, unit_en: str, lang: str, decimals: int | None = None) -> str:
    """A printed value with its unit in the language (``1,857,309 t CO2e`` / ``1,857,309 吨二氧化碳当量``);
    in English 万-based units are converted exactly (``62,117 万元`` -> ``621.17 RMB million``)."""
    if value is None:
        return t("common.not_disclosed", lang)
    magnitude = abs(value)
    shown, _ = display_unit(unit, unit_en, lang, magnitude)
    number = format_number(display_number(value, unit, unit_en, lang, magnitude), lang, decimals)
    if shown in ("-", "", "count"):
        return number
    if shown == "%":
        return f"{number}%"
    if shown == "persons" and value == 1:
        shown = "person"
    if shown.startswith("RMB"):
        return f"RMB {number} {shown[3:].strip()}".rstrip()
    return f"{number} {shown}"


def with_display_values(df: pl.DataFrame, lang: str, value: str = "value") -> pl.DataFrame:
    """Add ``display_value`` and ``display_unit``: ``value`` converted to the unit shown in ``lang`` (per row)."""
    pairs = df.group_by("unit", "unit_en").agg(pl.col(value).abs().max().alias("_magnitude"))
    mapping = {(u, ue): display_unit(u, ue, lang, m) for u, ue, m in pairs.iter_rows()}
    labels = pl.DataFrame(
        [
            {"unit": u, "unit_en": ue, "display_unit": label, "_factor": factor}
            for (u, ue), (label, factor) in mapping.items()
        ],
        schema={"unit": pl.String, "unit_en": pl.String, "display_unit": pl.String, "_factor": pl.Float64},
    )
    return (
        df.join(labels, on=["unit", "unit_en"], how="left", maintain_order="left")
        .with_columns((pl.col(value) * pl.col("_factor")).round(6).alias("display_value"))
        .drop("_factor")
    )


def format_change(change: float | None, is_rate: bool, lang: str) -> str | None:
    """A year-on-year change: ``+3.2%`` for quantities, ``+1.5 pp`` (百分点) for rates."""
    if change is None:
        return None
    unit = t("common.pp", lang) if is_rate else "%"
    return f"{change:+,.1f}{' ' if is_rate and lang == 'en' else ''}{unit}"


def format_figure(value: float | None, value_text: str | None, unit: str, unit_en: str, lang: str) -> str:
    """A figure as shown to a reader: the published grade (``BB``), or the value with its unit, or "not disclosed"."""
    return value_text or format_value(value, unit, unit_en, lang)


def with_shown(df: pl.DataFrame) -> pl.DataFrame:
    """Add ``shown_zh`` and ``shown_en``: each figure of ``df`` formatted by :func:`format_figure` in each language."""
    rows = df.select("value", "value_text", "unit", "unit_en").rows()
    return df.with_columns(
        pl.Series(
            f"shown_{lang}",
            [format_figure(value, text, unit, unit_en, lang) for value, text, unit, unit_en in rows],
            dtype=pl.String,
        )
        for lang in LANGS
    )
