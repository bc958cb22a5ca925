"""The string catalogue and number formatting, in Chinese (default) and English.

Every user-visible string goes through :func:`t`. Strings live in one module per view (``esg/i18n/<view>.py``, each
defining ``STRINGS = {key: {"zh": ..., "en": ...}}``) plus ``common.py``; keys are prefixed by the view's name.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

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


def format_number(value: float | None, lang: str, decimals: int | None = None) -> str:
    """A number with thousands separators; ``None`` is "not disclosed", never 0."""
    if value is None:
        return t("common.not_disclosed", lang)
    if decimals is None:
        decimals = 0 if float(value).is_integer() else min(len(repr(float(value)).split(".")[1]), 2)
    return f"{value:,.{decimals}f}"


def format_value(value: float | None, unit: str, unit_en: str, lang: str, decimals: int | None = None) -> str:
    """A number with its unit in the language (``1,857,309 t CO2e`` / ``1,857,309 吨二氧化碳当量``)."""
    if value is None:
        return t("common.not_disclosed", lang)
    shown = unit_en if lang == "en" else unit
    number = format_number(value, lang, decimals)
    if shown in ("-", ""):
        return number
    if shown == "%":
        return f"{number}%"
    return f"{number} {shown}"


def format_change(change: float | None, is_rate: bool, lang: str) -> str | None:
    """A year-on-year change: ``+3.2%`` for quantities, ``+1.5 pp`` (百分点) for rates."""
    if change is None:
        return None
    unit = t("common.pp", lang) if is_rate else "%"
    return f"{change:+,.1f}{' ' if is_rate and lang == 'en' else ''}{unit}"
