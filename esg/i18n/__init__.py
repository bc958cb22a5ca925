"""The string catalogue, in Chinese (default) and English (numbers are formatted by :mod:`esg.display`).

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
