"""Data explorer: every indicator with filters (global pillar, entity, segment and year; topics, text, units, source
tables and notes on the page), downloads of exactly what is filtered, and the data-quality table."""

from esg.views.model import Control, Heading, Row, Section, Table, Text, View, params, query
from esg.vocabulary import ENTITY, PILLAR, SEGMENT, YEAR

GLOBAL = frozenset({YEAR, ENTITY, SEGMENT, PILLAR})
SCOPE = frozenset({"all_years", "all_entities"})
CHOSEN = frozenset({"topics", "search", "units", "sources", "notes", "sort"})


def _multiselect(placeholder: str, **more: object) -> tuple[tuple[str, object], ...]:
    return params(widget="multiselect", placeholder=placeholder, **more)


VIEW = View(
    "explorer",
    applies=GLOBAL,
    elements=(
        Control(name="topics", kind="explorer_topics", options=_multiselect("explorer.control.topics_placeholder")),
        Control(
            name="search",
            kind="free",
            options=params(widget="text", placeholder="explorer.control.search_placeholder"),
        ),
        Control(name="units", kind="explorer_units", options=_multiselect("explorer.control.units_placeholder")),
        Control(name="sources", kind="explorer_sources", options=_multiselect("explorer.control.sources_placeholder")),
        Control(name="all_years", kind="free", options=params(widget="toggle", replaces=YEAR)),
        Control(name="all_entities", kind="free", options=params(widget="toggle", replaces=ENTITY)),
        Control(name="notes", kind="explorer_notes", options=params(widget="segmented")),
        Control(name="sort", kind="explorer_sort"),
        Text(name="scope", kind="explorer_scope", applies=GLOBAL | SCOPE),
        Table(
            name="figures",
            kind="explorer_figures",
            applies=GLOBAL | SCOPE | CHOSEN,
            options=params(style="dataframe", heading="subheader", height=480),
        ),
        Text(name="quality_caption", key="explorer.caption.quality"),
        Text(name="quality_counts", kind="explorer_quality_counts", data=query("explorer.quality_counts")),
        Control(
            name="status",
            kind="explorer_statuses",
            options=_multiselect("explorer.control.status_placeholder", default=("discrepancy", "rounding")),
        ),
        Table(
            name="quality",
            kind="explorer_quality",
            applies=frozenset({"status"}),
            options=params(style="dataframe", height=420),
        ),
    ),
    sections=(
        Section(
            "figures",
            (
                Row(("topics", "search")),
                Row(("units", "sources")),
                Row(("notes", "sort"), align="bottom"),
                Row(("all_years", "all_entities")),
                "scope",
                "figures",
                Heading("explorer.heading.quality"),
                "quality_caption",
                "quality_counts",
                "status",
                "quality",
            ),
        ),
    ),
)
