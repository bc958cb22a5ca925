"""Every view of the dashboard as a definition (``esg.views.model``): one module per view, each defining ``VIEW``.

The pages render them (``components.view.render_view``), the slides and the deck name their elements by id
(``<view>.<element>``), and the tests iterate over them.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from esg.views.model import Element, View


@cache
def views() -> dict[str, View]:
    """Every view definition, by name."""
    found = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name != "model":
            found[info.name] = importlib.import_module(f"{__name__}.{info.name}").VIEW
    return found


def view(name: str) -> View:
    """The definition of view ``name``."""
    return views()[name]


def element(element_id: str) -> tuple[View, Element]:
    """The view and the element of id ``<view>.<element>``."""
    view_name, _, name = element_id.partition(".")
    found = views()[view_name]
    return found, found[name]
