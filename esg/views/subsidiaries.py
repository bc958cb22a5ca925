"""Subsidiaries and segments: the entity directory with its own filters (province, business segment, commodity) and
links to each entity's page (``esg.views.entity``), the business segments side by side for the selected year, and
which figures exist for which entity and year."""

from esg.views.model import Chart, Control, Heading, Kpis, Row, Section, Table, Text, View, params, query
from esg.vocabulary import SEGMENT, YEAR

PAGE_FILTERS = ("province", "business_segment", "commodity")
DATAFRAME = params(style="dataframe", hide_empty=True)


VIEW = View(
    "subsidiaries",
    applies=frozenset({YEAR, SEGMENT}),
    elements=(
        Control(name="province", kind="province", data=query("subsidiaries.options")),
        Control(
            name="business_segment",
            kind="business_segment",
            applies=frozenset({SEGMENT}),
            options=params(follows=SEGMENT),
        ),
        Control(name="commodity", kind="commodity", data=query("subsidiaries.options")),
        Text(name="count", kind="directory_count", data=query("subsidiaries.directory", *PAGE_FILTERS)),
        Text(
            name="no_entities",
            kind="directory_count",
            data=query("subsidiaries.directory", *PAGE_FILTERS),
            style="info",
            options=params(notice=True),
        ),
        Table(
            name="directory", kind="directory", data=query("subsidiaries.directory", *PAGE_FILTERS), options=DATAFRAME
        ),
        Text(name="entity_links", kind="entity_links", data=query("subsidiaries.directory", *PAGE_FILTERS)),
        Text(name="segments_caption", key="subsidiaries.segments_caption"),
        Chart(name="ghg_total", kind="segments", data=query("subsidiaries.segment_chart", YEAR, indicator="ghg_total")),
        Chart(
            name="energy_intensity",
            kind="segments",
            data=query("subsidiaries.segment_chart", YEAR, indicator="energy_intensity"),
            options=params(intensity=True),
        ),
        Kpis(
            name="water",
            data=query("subsidiaries.segment_water", YEAR),
            per_row=3,
            options=params(kind="segment_water"),
        ),
        Text(name="water_caption", key="subsidiaries.water_caption"),
        Text(name="coverage_caption", key="subsidiaries.coverage_caption"),
        Table(name="coverage", kind="coverage", data=query("subsidiaries.coverage", *PAGE_FILTERS), options=DATAFRAME),
    ),
    sections=(
        Section(
            "entities",
            (
                Row(PAGE_FILTERS),
                Heading("subsidiaries.directory"),
                "no_entities",
                "count",
                "directory",
                "entity_links",
                Heading("subsidiaries.segments"),
                "segments_caption",
                Row(("ghg_total", "energy_intensity")),
                Heading("subsidiaries.water", level="bold"),
                "water",
                "water_caption",
                Heading("subsidiaries.coverage"),
                "coverage_caption",
                "coverage",
            ),
        ),
    ),
)
