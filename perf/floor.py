"""The floor of a view: the fastest Streamlit can render what the view rendered.

:func:`record` walks the element tree of a real rerun (AppTest) and keeps, for every block and element, the
Streamlit command that makes it and its arguments *precomputed*: Plotly figures rebuilt once as ``go.Figure`` from the
figure JSON the view sent, tables as Arrow tables, download buttons with the bytes the view stored, metrics with their
sparkline values. :func:`replay` (run as a script by AppTest, see :func:`floor_script`) issues the same commands into
the same layout (columns, tabs, containers, expanders, sidebar), so the floor renders the same number and kind of
elements with no data access, no transforms and no figure building: ``rerun / floor`` is what the view's own work
costs on top of rendering.

Deliberate differences, all of which make the floor cheaper (the ratio stricter): ``st.navigation`` is not called,
and a page link is replaced by a markdown link (a floor script has no pages to link to). Elements the replay does not
know are counted in ``Floor.substituted`` and reported.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import plotly.graph_objects as go
import pyarrow as pa

_FLOORS: dict[str, Floor] = {}
_HEADINGS = {"h1": "title", "h2": "header", "h3": "subheader"}
_ALERTS = {"Error": "error", "Warning": "warning", "Info": "info", "Success": "success"}
_METRIC_COLOURS = {"RED": "red", "GREEN": "green", "GRAY": "gray", "ORANGE": "orange", "BLUE": "blue"}


@dataclass
class Node:
    """One command of the floor: a block (``children``) or an element, with precomputed arguments."""

    command: str
    args: tuple = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    children: list[list[Node]] = field(default_factory=list)


@dataclass
class Floor:
    """The main area and the sidebar of a view as commands, and what it holds."""

    main: list[Node]
    sidebar: list[Node]
    counts: dict[str, int] = field(default_factory=dict)
    substituted: list[str] = field(default_factory=list)


def _arrow(data: bytes) -> pa.Table:
    return pa.ipc.open_stream(pa.BufferReader(data)).read_all()


class _Recorder:
    def __init__(self, media: dict[str, bytes]) -> None:
        self.media = media
        self.counts: dict[str, int] = {}
        self.substituted: list[str] = []
        self.widgets = 0

    def key(self) -> str:
        self.widgets += 1
        return f"floor_{self.widgets}"

    def nodes(self, block: Any) -> list[Node]:
        return [self.node(child) for _, child in sorted(block.children.items())]

    def node(self, item: Any) -> Node:
        kind = type(item).__name__
        self.counts[item.type] = self.counts.get(item.type, 0) + 1
        if hasattr(item, "children") and isinstance(item.children, dict) and item.type not in ("button_group",):
            return self.block(item)
        return self.element(item, kind)

    def block(self, item: Any) -> Node:
        children = [item.children[i] for i in sorted(item.children)]
        if item.type == "flex_container" and children and all(c.type == "column" for c in children):
            weights = [c.proto.weight or 1 for c in children]
            return Node("columns", (weights,), {}, [self.nodes(c) for c in children])
        if item.type == "tab_container":
            return Node("tabs", ([c.proto.label for c in children],), {}, [self.nodes(c) for c in children])
        if item.type == "expander":
            return Node("expander", (item.proto.label,), {"expanded": item.proto.expanded}, [self.nodes(item)])
        if item.type == "flex_container":
            flex = item.proto.flex_container
            horizontal = flex.direction == flex.Direction.Value("HORIZONTAL")
            return Node("container", (), {"border": flex.border, "horizontal": horizontal}, [self.nodes(item)])
        self.substituted.append(f"block:{item.type}")
        return Node("container", (), {}, [self.nodes(item)])

    def element(self, item: Any, kind: str) -> Node:
        proto = item.proto
        if item.type == "plotly_chart":
            figure = go.Figure(json.loads(proto.spec))
            return Node("plotly_chart", (figure,), {
                "width": "stretch", "theme": proto.theme or None, "config": json.loads(proto.config or "{}"),
                "key": self.key(), "on_select": "rerun" if len(proto.selection_mode) else "ignore",
            })  # fmt: skip
        if kind in ("Title", "Header", "Subheader"):
            return Node(_HEADINGS.get(proto.tag, "subheader"), (proto.body,), {"help": proto.help or None})
        if kind == "Caption":
            return Node("caption", (proto.body,), {"help": proto.help or None})
        if kind == "Divider":
            return Node("divider")
        if kind in ("Markdown", "Latex"):
            return Node("markdown", (proto.body,), {"unsafe_allow_html": proto.allow_html, "help": proto.help or None})
        if kind == "Text":
            return Node("text", (proto.body,), {"help": proto.help or None})
        if kind == "Metric":
            colour = proto.MetricColor.Name(proto.color)
            return Node("metric", (proto.label, proto.body), {
                "delta": proto.delta or None, "border": proto.show_border, "help": proto.help or None,
                "delta_color": _METRIC_COLOURS.get(colour, "normal"),
                "chart_data": list(proto.chart_data) or None, "chart_type": "line",
                "delta_description": proto.delta_description or None,
            })  # fmt: skip
        if kind == "Dataframe":
            return Node("dataframe", (_arrow(proto.arrow_data.data),), {"hide_index": True})
        if kind == "Table":
            return Node("table", (_arrow(proto.arrow_data.data),), {"hide_index": proto.hide_index})
        if kind == "DownloadButton":
            return Node("download_button", (proto.label,), {
                "data": self.media.get(proto.url, b""), "file_name": "floor.csv", "mime": "text/csv",
                "on_click": "ignore", "key": self.key(), "icon": proto.icon or None,
            })  # fmt: skip
        if kind == "Button":
            return Node("button", (proto.label,), {"key": self.key(), "help": proto.help or None})
        if kind == "Selectbox":
            options = list(proto.options)
            index = proto.default if proto.HasField("default") and proto.default < len(options) else 0
            return Node("selectbox", (proto.label, options), {"index": index if options else None, "key": self.key()})
        if kind == "ButtonGroup":
            options = [o.content for o in proto.options]
            command = "pills" if proto.style == proto.Style.Value("PILLS") else "segmented_control"
            multi = proto.click_mode == proto.ClickMode.Value("MULTI_SELECT")
            return Node(command, (proto.label, options), {
                "selection_mode": "multi" if multi else "single", "key": self.key(),
                "default": [options[i] for i in proto.default] if multi else
                (options[proto.default[0]] if len(proto.default) else None),
            })  # fmt: skip
        if kind == "Multiselect":
            return Node("multiselect", (proto.label, list(proto.options)), {"key": self.key()})
        if kind == "TextInput":
            return Node("text_input", (proto.label,), {"key": self.key(), "placeholder": proto.placeholder or None})
        if kind in ("Checkbox", "Toggle"):
            command = "toggle" if proto.type == proto.StyleType.Value("TOGGLE") else "checkbox"
            return Node(command, (proto.label,), {"value": proto.default, "key": self.key()})
        if kind in _ALERTS:
            return Node(_ALERTS[kind], (proto.body,), {"icon": proto.icon or None})
        if kind == "PageLink":
            self.substituted.append("page_link->markdown")
            return Node("markdown", (f"[{proto.label}](#)",))
        self.substituted.append(f"element:{item.type}")
        return Node("markdown", (f"{item.type}",))


def record(at: Any, media: dict[str, bytes], name: str) -> Floor:
    """Record the floor of the last run of ``at`` under ``name`` (precomputing figures and tables once)."""
    recorder = _Recorder(media)
    main = sidebar = None
    for child in at._tree.children.values():
        if child.type == "main":
            main = child
        elif child.type == "sidebar":
            sidebar = child
        elif child.children:
            recorder.substituted.append(f"special:{child.type}")
    floor = Floor(
        main=recorder.nodes(main) if main is not None else [],
        sidebar=recorder.nodes(sidebar) if sidebar is not None else [],
    )
    floor.counts = dict(sorted(recorder.counts.items()))
    floor.substituted = recorder.substituted
    _FLOORS[name] = floor
    return floor


def _emit(container: Any, nodes: list[Node]) -> None:
    for node in nodes:
        if node.command == "columns":
            for column, children in zip(container.columns(*node.args), node.children, strict=True):
                _emit(column, children)
        elif node.command == "tabs":
            for tab, children in zip(container.tabs(*node.args), node.children, strict=True):
                _emit(tab, children)
        elif node.children:
            _emit(getattr(container, node.command)(*node.args, **node.kwargs), node.children[0])
        else:
            getattr(container, node.command)(*node.args, **node.kwargs)


def replay(name: str) -> None:
    """Render the recorded floor ``name`` (called by the floor script inside a script run)."""
    import streamlit as st

    floor = _FLOORS[name]
    st.set_page_config(page_title="floor", layout="wide")
    _emit(st.sidebar, floor.sidebar)
    _emit(st, floor.main)


def floor_script(name: str) -> None:
    """The script AppTest runs for a floor (its source becomes the script; it must import what it uses)."""
    from perf.floor import replay

    replay(name)
