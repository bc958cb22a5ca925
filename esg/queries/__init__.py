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
from typing import Any, TypeVar

Query = Callable[..., Any]
Q = TypeVar("Q", bound=Query)
_REGISTRY: dict[str, Query] = {}


def register(name: str) -> Callable[[Q], Q]:
    """Decorator: make a function available as query ``name`` (its signature kept for direct callers)."""

    def wrap(func: Q) -> Q:
        if name in _REGISTRY:
            raise ValueError(f"query {name!r} registered twice")
        _REGISTRY[name] = func
        return func

    return wrap


@cache
def registry() -> dict[str, Query]:
    """Every registered query (imports every module of this package once)."""
    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")
    return dict(_REGISTRY)


def run(name: str, snapshot: Any, **params: Any) -> Any:
    """Run query ``name`` on a snapshot directory."""
    return registry()[name](snapshot, **params)
