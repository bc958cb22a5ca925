"""The data behind each view: one module per view, each function registered under ``<view>.<name>``.

A query takes the snapshot directory and plain keyword values (language-independent where it can be) and returns a
small, collected Polars frame or a dict of them. Queries never import streamlit; the app caches them through
``components.data.query``.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from functools import cache
from typing import Any

from esg.registry import registrar

Query = Callable[..., Any]
_REGISTRY: dict[str, Query] = {}


register = registrar(_REGISTRY, "query")
"""Decorator: ``@register(name)`` makes a function available as query ``name`` (its signature kept for direct
callers)."""


@cache
def registry() -> dict[str, Query]:
    """Every registered query (imports every module of this package once)."""
    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")
    return dict(_REGISTRY)


def run(name: str, snapshot: Any, **params: Any) -> Any:
    """Run query ``name`` on a snapshot directory."""
    return registry()[name](snapshot, **params)


def frozen(value: Any) -> Any:
    """A hashable stand-in for a plain value (lists, sets and dicts become tuples): a query's parameters as a key."""
    if isinstance(value, list | tuple):
        return tuple(frozen(v) for v in value)
    if isinstance(value, set | frozenset):
        return ("set", tuple(sorted(frozen(v) for v in value)))
    if isinstance(value, dict):
        return ("dict", tuple(sorted((k, frozen(v)) for k, v in value.items())))
    return value
