"""The display policy for numbers: how every figure is shown on cards, charts, tables, slides, the deck and exports.

- English readers get the report's 万-based units converted exactly (by powers of ten) into familiar ones
  (:func:`display_unit`, :func:`display_number`); Chinese readers see the printed units.
- Precision (:func:`policy_decimals`): whole numbers in full with thousands separators; a number with decimals keeps
  at most :data:`SIGNIFICANT` significant digits and never more decimals than the figure carries (a conversion adds
  none): ``650.4912`` -> ``650.5``, ``3.6274`` -> ``3.627``, ``1,944,777.1`` -> ``1,944,777``, ``0.0123`` stays.
- One precision across a chart or table (:func:`shared_decimals`): the largest figure's, capped by the most
  precise figure (``4.367 / 6.137 / 7.11`` -> ``4.367 / 6.137 / 7.110``).
- Thousands and decimal separators by language (:data:`SEPARATORS`).
- Changes, rates and gaps carry their sign (:func:`format_change`, :func:`format_signed`); whether a change is good
  is the indicator's ``higher_is_better`` in the data.
- A figure "as printed" keeps the printed text with its printed unit (:func:`printed_with_unit`); downloads keep the
  full values (they never go through this module's rounding).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

import polars as pl

from esg.i18n import LANGS, t

SIGNIFICANT = 4  # significant digits of a number with decimals
MAX_DECIMALS = 6  # the most decimals any stored figure carries (converted values are rounded to this)
# (thousands separator, decimal mark) by language: both the report and English use 1,857,309.5
SEPARATORS = {"zh": (",", "."), "en": (",", ".")}
MINUS = "-"  # ASCII, so st.metric reads the direction of a delta from its text

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
# How a printed unit reads in English beside its printed figure ("237,612 × 10,000 kWh"), where ``unit_en`` of the
# units catalogue ("10 MWh") would read as part of the number.
EN_PRINTED_UNITS: dict[str, str] = {
    "万元": "× RMB 10,000",
    "亿元": "× RMB 100 million",
    "万吨": "× 10,000 t",
    "万吨标煤": "× 10,000 t standard coal",
    "万千瓦时": "× 10,000 kWh",
    "万立方米": "× 10,000 m³",
    "万平方米": "× 10,000 m²",
    "万株": "× 10,000 trees",
    "万吨二氧化碳当量": "× 10,000 t CO2e",
    "万人": "× 10,000 persons",
    "万张": "× 10,000 certificates",
    "万项": "× 10,000 items",
    "万条": "× 10,000 items",
    "万斤": "× 10,000 jin",
    "万吨 / 年": "× 10,000 t/year",
    "万元 / 年": "× RMB 10,000 per year",
}
BARE_UNITS = frozenset({"-", "", "count"})  # shown without a unit after the number


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
    return round(value * display_unit(unit, unit_en, lang, magnitude)[1], MAX_DECIMALS)


def carried_decimals(value: float) -> int:
    """The decimals ``value`` carries (``650.4912`` -> 4, ``1,857,309.0`` -> 0), at most :data:`MAX_DECIMALS`."""
    text = f"{round(abs(float(value)), MAX_DECIMALS):.{MAX_DECIMALS}f}".rstrip("0")
    return len(text.split(".")[1])


def _significant_decimals(value: float) -> int:
    """The decimals that leave :data:`SIGNIFICANT` significant digits in ``value`` (0 from 1,000 up)."""
    if value == 0:
        return 0
    return max(0, SIGNIFICANT - 1 - math.floor(math.log10(abs(value))))


def policy_decimals(value: float) -> int:
    """The decimals one figure is shown with: at most four significant digits, no more than it carries."""
    if not math.isfinite(value):
        return 0
    return min(carried_decimals(value), _significant_decimals(value))


def shared_decimals(values: Iterable[float | None]) -> int:
    """One number of decimals for figures shown together (a chart, a table column): the largest figure's
    :func:`policy_decimals` precision, never more decimals than the most precise figure carries."""
    shown = [float(v) for v in values if v is not None and math.isfinite(v)]
    if not shown:
        return 0
    largest = max(shown, key=abs)
    return min(_significant_decimals(largest), max(carried_decimals(v) for v in shown))


def rounded(value: float, decimals: int) -> Decimal:
    """``value`` rounded half up as written (447.65 -> 447.7, where binary rounding gives 447.6)."""
    return Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)


def _separated(value: float, decimals: int, lang: str) -> str:
    thousands, mark = SEPARATORS[lang if lang in LANGS else "en"]
    text = f"{rounded(value, decimals):,.{decimals}f}"
    if text.lstrip("-").strip("0.,") == "":
        text = text.lstrip("-")  # no "-0.0"
    return text.replace(",", "\0").replace(".", mark).replace("\0", thousands)


def format_number(value: float | None, lang: str, decimals: int | None = None) -> str:
    """A number with the language's separators, ``decimals`` places (default :func:`policy_decimals`);
    ``None`` is "not disclosed", never 0."""
    if value is None:
        return t("common.not_disclosed", lang)
    return _separated(float(value), policy_decimals(value) if decimals is None else decimals, lang)


def format_exact(value: float | None, lang: str) -> str:
    """A number with every decimal it carries (a figure quoted as printed, a reconciliation's difference)."""
    if value is None:
        return t("common.not_disclosed", lang)
    return _separated(float(value), carried_decimals(value), lang)


def format_signed(value: float | None, lang: str, decimals: int | None = None) -> str:
    """A change or gap with its sign: ``+165,984``, ``-2.4``, ``0``."""
    if value is None:
        return t("common.not_disclosed", lang)
    text = format_number(value, lang, decimals)
    return text if text.startswith(MINUS) or text.strip("0.,") == "" else f"+{text}"


def with_unit(number: str, shown: str, *, singular: bool = False) -> str:
    """A formatted number followed by the unit shown (``RMB 650.5 million``, ``19.7%``, ``38,789 persons``)."""
    if shown in BARE_UNITS:
        return number
    if shown == "%":
        return f"{number}%"
    if shown == "persons" and singular:
        shown = "person"
    if shown.startswith("RMB"):
        return f"RMB {number} {shown[3:].strip()}".rstrip()
    return f"{number} {shown}"


def format_value(
    value: float | None, unit: str, unit_en: str, lang: str, decimals: int | None = None, *, exact: bool = False
) -> str:
    """A printed value with its unit in the language, at the policy's precision (``exact``: every decimal):
    ``1,857,309 t CO2e``; in English 万-based units are converted exactly (``65,049.12 万元`` -> ``RMB 650.5 million``).
    """
    if value is None:
        return t("common.not_disclosed", lang)
    magnitude = abs(value)
    shown, _ = display_unit(unit, unit_en, lang, magnitude)
    converted = display_number(value, unit, unit_en, lang, magnitude)
    number = format_exact(converted, lang) if exact else format_number(converted, lang, decimals)
    return with_unit(number, shown, singular=value == 1)


def format_signed_value(value: float | None, unit: str, unit_en: str, lang: str, decimals: int | None = None) -> str:
    """A change or gap in a unit, with its sign: ``+165,984 t CO2e``, ``-2.4%``."""
    if value is None:
        return t("common.not_disclosed", lang)
    magnitude = abs(value)
    shown, _ = display_unit(unit, unit_en, lang, magnitude)
    number = format_signed(display_number(value, unit, unit_en, lang, magnitude), lang, decimals)
    return with_unit(number, shown)


def change_tone(change: float | None, higher_is_better: bool | None) -> str:
    """``good`` for a change in the indicator's good direction, ``bad`` for the other, ``""`` when it has no
    direction or there is no change."""
    if change is None or change == 0 or higher_is_better is None:
        return ""
    return "good" if (change > 0) == higher_is_better else "bad"


def format_change(change: float | None, is_rate: bool, lang: str) -> str | None:
    """A year-on-year change with its sign, one decimal: ``+3.2%`` for quantities, ``+1.5 pp`` (百分点) for rates."""
    if change is None:
        return None
    unit = t("common.pp", lang) if is_rate else "%"
    return f"{format_signed(change, lang, 1)}{' ' if is_rate and lang == 'en' else ''}{unit}"


def printed_with_unit(printed: str | None, unit: str, unit_en: str, lang: str) -> str:
    """A figure as printed with its printed unit: what a reader finds in the report, beside the converted figure
    (``237,612 万千瓦时``; in English ``237,612 × 10,000 kWh``, where the catalogue's ``10 MWh`` would read as part
    of the number); a figure printed as not disclosed (``-``, ``/``) stays as printed, no figure is ``""``."""
    if not printed:
        return ""
    if printed in ("-", "/"):
        return printed
    if lang != "en":
        return f"{printed}%" if unit == "%" else printed if unit in BARE_UNITS else f"{printed} {unit}"
    return f"{printed} {EN_PRINTED_UNITS[unit]}" if unit in EN_PRINTED_UNITS else with_unit(printed, unit_en)


def format_figure(value: float | None, value_text: str | None, unit: str, unit_en: str, lang: str) -> str:
    """A figure as shown to a reader: the published grade (``BB``), or the value with its unit, or "not disclosed"."""
    return value_text or format_value(value, unit, unit_en, lang)


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
        .with_columns((pl.col(value) * pl.col("_factor")).round(MAX_DECIMALS).alias("display_value"))
        .drop("_factor")
    )


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


def rounded_for_display(df: pl.DataFrame) -> pl.DataFrame:
    """``df`` with every float rounded by :func:`policy_decimals` (what a table shows: a column may mix figures of
    several units, so each keeps its own precision); its download keeps the full values."""
    floats = [name for name, dtype in df.schema.items() if dtype.is_float()]
    return df.with_columns(
        pl.Series(
            c,
            [
                None if v is None or not math.isfinite(v) else float(rounded(v, policy_decimals(v)))
                for v in df.get_column(c).to_list()
            ],
        )
        for c in floats
    )
