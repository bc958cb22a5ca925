"""Subsidiaries and segments: the entity directory with its own filters (province, business segment, commodity),
the profile and every figure of the entity chosen in it (starting at the sidebar's entity), the business segments
side by side for the selected year, and which figures exist for which entity and year."""

from esg.views.model import Chart, Control, Heading, Kpis, Row, Section, Table, Text, View, params, query
from esg.vocabulary import ENTITY, SEGMENT, YEAR

PAGE_FILTERS = ("province", "business_segment", "commodity")
CHOSEN = frozenset({"entity_id"})
DATAFRAME = params(style="dataframe", hide_empty=True)


def _entity_text(name: str, key: str, bold: bool = False) -> Text:
    """A line about the entity chosen (none when the page filters keep no entity)."""
    return Text(
        name=name,
        kind="entity_key",
        key=key,
        applies=CHOSEN,
        style="markdown" if bold else "caption",
        options=params(bold=bold),
    )


VIEW = View(
    "subsidiaries",
    applies=frozenset({YEAR, ENTITY, SEGMENT}),
    elements=(
        Control(name="province", kind="province", data=query("subsidiaries.options")),
        Control(
            name="business_segment",
            kind="business_segment",
            applies=frozenset({SEGMENT}),
            options=params(follows=SEGMENT),
        ),
        Control(name="commodity", kind="commodity", data=query("subsidiaries.options")),
        Control(
            name="entity_id",
            kind="entity",
            data=query("subsidiaries.directory", *PAGE_FILTERS),
            applies=frozenset({ENTITY}),
            options=params(follows=ENTITY),
        ),
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
        Table(name="profile", kind="profile", applies=CHOSEN, options=params(hide_empty=True)),
        _entity_text("basis_caption", "subsidiaries.basis_caption"),
        _entity_text("iso_caption", "subsidiaries.iso_caption"),
        _entity_text("figures_heading", "subsidiaries.figures", bold=True),
        Text(name="no_figures", kind="no_figures", applies=CHOSEN, style="info"),
        Table(name="figures", kind="entity_figures", applies=CHOSEN, options=DATAFRAME),
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
        _entity_text("matrix_heading", "subsidiaries.matrix", bold=True),
        Table(name="matrix", kind="entity_matrix", applies=CHOSEN, options=DATAFRAME),
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
                Heading("subsidiaries.entity"),
                "entity_id",
                "profile",
                "basis_caption",
                "iso_caption",
                "figures_heading",
                "no_figures",
                "figures",
                Heading("subsidiaries.segments"),
                "segments_caption",
                Row(("ghg_total", "energy_intensity")),
                Heading("subsidiaries.water", level="bold"),
                "water",
                "water_caption",
                Heading("subsidiaries.coverage"),
                "coverage_caption",
                "coverage",
                "matrix_heading",
                "no_figures",
                "matrix",
            ),
        ),
    ),
)
