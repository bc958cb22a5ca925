"""Building Plotly figures fast. Every Plotly call validates what it is given: ``Figure.update_layout`` merges every
nested value leaf by leaf, in a batch replayed through Plotly's relayout machinery (about 2.5 ms for a title, the
margins and two axes), and ``add_trace``, ``add_annotation`` and property assignments validate again what the figure
holds. A figure is therefore built (or, for a copy, changed) as plain data, a :data:`Spec`, and made a ``go.Figure``
once, which validates it in one go. Pure (no ``st.*``)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

# A figure as plain data: ``{"data": [trace dicts, each with its "type"], "layout": {...}}`` (``go.Figure(spec)``).
Spec = dict[str, Any]


def merged(held: dict[str, Any], value: dict[str, Any]) -> dict[str, Any]:
    """``held`` with ``value`` merged into it: nested dicts merged, anything else replaced."""
    out = dict(held)
    for key, item in value.items():
        out[key] = merged(out[key], item) if isinstance(item, dict) and isinstance(out.get(key), dict) else item
    return out


def value_at(held: dict[str, Any], *path: str) -> Any:
    """The value at ``path`` in nested dicts (``value_at(layout, "title", "text")``), ``None`` where there is none."""
    value: Any = held
    for key in path:
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value


def spec_layout(spec: Spec, **props: Any) -> Spec:
    """``spec`` (changed in place) with ``props`` set on its layout as ``fig.update_layout(**props)`` would set them:
    a dict (written with nested dicts, not Plotly's underscores) merged into what the layout holds at its key; any
    other value, a list of annotations or shapes too, replaces what is there."""
    spec["layout"] = merged(spec.get("layout", {}), props)
    return spec


def spec_traces(spec: Spec, types: Collection[str], **props: Any) -> Spec:
    """``spec`` (changed in place) with ``props`` merged into each of its traces of one of ``types`` (as
    ``update_traces`` with a type selector)."""
    spec["data"] = [merged(trace, props) if trace["type"] in types else trace for trace in spec["data"]]
    return spec
