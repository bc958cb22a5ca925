"""Registries of named functions filled by decorators (the queries, the views' own element kinds)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


class Decorator(Protocol):
    """Registers a function and returns it unchanged (its signature kept for direct callers)."""

    def __call__(self, func: F, /) -> F: ...


def registrar(registry: dict[str, Any], what: str) -> Callable[[str], Decorator]:
    """A decorator factory: ``@register(name)`` puts the decorated function in ``registry`` under ``name`` and
    returns it unchanged; a name registered twice is an error naming ``what``."""

    def register(name: str) -> Decorator:
        def wrap(func: F, /) -> F:
            if name in registry:
                raise ValueError(f"{what} {name!r} registered twice")
            registry[name] = func
            return func

        return wrap

    return register
