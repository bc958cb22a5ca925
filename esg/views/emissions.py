"""Emissions and climate: GHG by scope, source and business segment, the decarbonisation path against the report's
targets, air pollutants and heavy metals, wastewater, the energy mix and the renewable-electricity share (with the
report's own inconsistency in it), in six sections."""

from esg.views.model import (
    Chart,
    Heading,
    Kpis,
    Row,
    Section,
    Slide,
    Table,
    Text,
    View,
    categories,
    params,
    query,
    trend,
)
from esg.vocabulary import SEGMENT, YEAR


def columns(series: str) -> tuple[tuple[str, str], ...]:
    """The download's headers of a trend whose series are ``series`` (a header key)."""
    return (("year", "common.col.year"), ("series", series), ("value", "common.col.value"))


PATHWAY = query("emissions.pathway", YEAR)

VIEW = View(
    "emissions",
    applies=frozenset({YEAR, SEGMENT}),
    elements=(
        Text(name="essentials", kind="essentials", applies=frozenset({YEAR}), style="markdown"),
        Kpis(
            name="ghg_cards",
            cards=(("ghg_total", None), ("ghg_scope1", None), ("ghg_scope2", None)),
            segment_cards=("ghg_total",),
        ),
        Chart(
            name="totals",
            kind="line",
            data=trend("ghg_total", "ghg_scope1", "ghg_scope2"),
            columns=columns("emissions.col.scope"),
        ),
        Chart(name="segments", kind="ghg_segments", data=query("emissions.segments"), applies=frozenset({SEGMENT})),
        Chart(
            name="scope1",
            data=trend(
                "ghg_scope1_coal",
                "ghg_scope1_coke",
                "ghg_scope1_gasoline",
                "ghg_scope1_diesel",
                "ghg_scope1_natural_gas",
                "ghg_scope1_carbonate",
            ),
            columns=columns("emissions.col.source"),
            options=params(barmode="stack", width="full"),
        ),
        Chart(
            name="scope2",
            data=trend("ghg_scope2_electricity", "ghg_scope2_heat"),
            columns=columns("emissions.col.source"),
            options=params(barmode="stack"),
        ),
        Text(name="sources_caption", key="emissions.sources_caption"),
        Kpis(name="pathway_cards", data=PATHWAY, per_row=2, options=params(kind="decarbonisation")),
        Chart(name="pathway", kind="decarbonisation", data=PATHWAY),
        Chart(
            name="air", data=trend("air_so2", "air_nox", "air_particulates"), columns=columns("emissions.col.pollutant")
        ),
        Chart(
            name="heavy_metals",
            kind="hbar",
            data=categories("air_mercury", "air_lead", "air_arsenic", "air_cadmium"),
            columns=(("category", "emissions.col.metal"), ("value", "common.col.value")),
        ),
        Text(name="air_caption", key="emissions.air_caption"),
        Kpis(
            name="wastewater_cards",
            cards=(
                ("wastewater_industrial_discharge", None),
                ("wastewater_cod", None),
                ("wastewater_ammonia_nitrogen", None),
            ),
            options=params(notes=True),
        ),
        Chart(
            name="wastewater",
            data=trend("wastewater_cod", "wastewater_ammonia_nitrogen"),
            columns=columns("emissions.col.pollutant"),
        ),
        Table(
            name="energy_mix",
            kind="energy_mix",
            data=query(
                "emissions.energy_mix",
                ids=(
                    "energy_coal",
                    "energy_coke",
                    "energy_gasoline",
                    "energy_diesel",
                    "energy_natural_gas",
                    "energy_electricity",
                    "energy_heat",
                ),
            ),
            options=params(style="dataframe"),
        ),
        Kpis(
            name="renewable_cards",
            cards=(
                ("renewable_power_share", None),
                ("renewable_power_traded", None),
                ("energy_electricity", None),
            ),
        ),
        Text(name="renewable_check", kind="renewable_check", data=query("emissions.renewable"), style="warning"),
    ),
    sections=(
        Section("ghg", (Heading("emissions.section.ghg"), "ghg_cards", "essentials", Row(("totals", "segments")))),
        Section("sources", (Heading("emissions.section.sources"), "scope1", Row(("scope2", "sources_caption")))),
        Section("pathway", (Heading("emissions.section.pathway"), "pathway_cards", "pathway")),
        Section("air", (Heading("emissions.section.air"), Row(("air", "heavy_metals")), "air_caption")),
        Section("wastewater", (Heading("emissions.section.wastewater"), "wastewater_cards", Row(("wastewater", ())))),
        Section("energy", (Heading("emissions.section.energy"), "energy_mix", "renewable_cards", "renewable_check")),
    ),
    slides=(
        Slide("emissions", chart="segments", figures="ghg_cards", captions=True),
        Slide("emissions_scopes", chart="totals", figures="ghg_cards"),
        Slide("pathway", chart="pathway", figures="pathway_cards", captions=True),
    ),
)
