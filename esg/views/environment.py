"""Environment: energy and intensity, own generation, water, waste and its utilisation, land reclamation and
greening, environmental investment, green mines and factories, with the report's caveats on these figures."""

from esg.queries.environment import INVESTMENT_PARTS, WASTE_IDS
from esg.views.model import (
    Chart,
    Expander,
    Heading,
    Kpis,
    Row,
    Section,
    Slide,
    Table,
    Text,
    View,
    params,
    query,
    trend,
)
from esg.vocabulary import SEGMENT, YEAR

CAVEATS = params(caveats=True)
NOTES = params(notes=True)

VIEW = View(
    "environment",
    applies=frozenset({YEAR, SEGMENT}),
    elements=(
        Kpis(
            name="energy",
            cards=(
                ("energy_total_tce", None),
                ("energy_total_mwh", None),
                ("energy_intensity", None),
            ),
            segment_cards=("energy_intensity",),
            options=NOTES,
        ),
        Kpis(
            name="generation",
            cards=(("own_renewable_generation", None), ("waste_heat_power_generation", None)),
            options=NOTES,
        ),
        Kpis(name="water", cards=(("fresh_water_withdrawal", None), ("water_intensity", None)), options=NOTES),
        Kpis(name="waste", cards=(("waste_hazardous", None), ("waste_general_solid", None)), options=NOTES),
        Kpis(
            name="land",
            cards=(
                ("land_reclamation_cost", None),
                ("mine_restoration_rate", None),
                ("land_reclaimed_area", None),
            ),
            options=NOTES,
        ),
        Kpis(
            name="green",
            cards=(
                ("green_mines_national", None),
                ("green_mines_provincial", None),
                ("green_factories_national", None),
                ("green_factories_provincial", None),
            ),
            options=NOTES,
        ),
        Kpis(
            name="green_more",
            cards=(
                ("green_design_product_units_national", None),
                ("green_design_product_units_provincial", None),
                ("green_mines_provincial_new", None),
                ("green_factories_national_new", None),
            ),
            options=NOTES,
        ),
        Chart(name="energy_total", data=trend("energy_total_tce"), options=CAVEATS),
        Chart(
            name="intensity",
            kind="segment_highlight",
            data=query("environment.intensity_by_segment"),
            applies=frozenset({SEGMENT}),
        ),
        Text(name="intensity_caption", key="environment.intensity_caption"),
        Chart(name="fresh_water", data=trend("fresh_water_withdrawal"), options=CAVEATS),
        Chart(
            name="water_mining",
            data=trend("water_use_per_ore_processed", segment="mining"),
            options=params(caveats=True, segments=("mining",)),
        ),
        Chart(
            name="water_smelting",
            data=trend("water_use_per_product", segment="smelting"),
            options=params(caveats=True, segments=("smelting",)),
        ),
        Text(
            name="water_no_segment",
            kind="segment_without",
            data=None,
            options=params(segments=("mining", "smelting")),
            style="info",
            applies=frozenset({SEGMENT}),
        ),
        Chart(name="waste_hazardous", data=trend("waste_hazardous"), options=CAVEATS),
        Chart(name="waste_general", data=trend("waste_general_solid"), options=CAVEATS),
        Chart(
            name="tailings_dams",
            data=trend(
                "tailings_dams_in_use", "tailings_dams_closed", "tailings_dams_idle_or_closing", "tailings_dams_total"
            ),
            total="tailings_dams_total",
            options=params(barmode="stack", caveats=True),
        ),
        Table(
            name="utilisation",
            kind="waste_utilisation",
            data=query("environment.waste_utilisation", YEAR),
            options=params(style="dataframe"),
        ),
        Chart(
            name="utilisation_rate",
            kind="utilisation_rate",
            data=query("environment.waste_utilisation", YEAR),
        ),
        Chart(name="greening", data=trend("greening_area_new"), options=CAVEATS),
        Chart(name="trees", data=trend("trees_planted"), options=CAVEATS),
        Chart(
            name="investment",
            kind="investment",
            data=query("environment.investment", YEAR),
            options=params(empty="environment.investment_not_disclosed"),
        ),
        Table(
            name="investment_parts",
            kind="investment_parts",
            data=query("environment.investment", YEAR),
            options=params(style="dataframe", hide_empty=True),
        ),
        Text(
            name="page_notes",
            kind="caveats",
            ids=(*WASTE_IDS, "env_investment_total", *INVESTMENT_PARTS),
            style="markdown",
        ),
    ),
    sections=(
        Section(
            "energy",
            (
                Heading("environment.section.energy"),
                "energy",
                Row(("energy_total", ("intensity", "intensity_caption"))),
                Heading("environment.section.generation", level="bold"),
                "generation",
            ),
        ),
        Section(
            "water",
            (
                Heading("environment.section.water"),
                "water",
                Row(("fresh_water", ("water_no_segment", "water_mining", "water_smelting"))),
            ),
        ),
        Section(
            "waste",
            (
                Heading("environment.section.waste"),
                "waste",
                Row(("waste_hazardous", "waste_general")),
                "utilisation",
                Row(("utilisation_rate", "tailings_dams")),
            ),
        ),
        Section("land", (Heading("environment.section.land"), "land", Row(("greening", "trees")))),
        Section(
            "investment",
            (
                Heading("environment.section.investment"),
                Row(("investment", "investment_parts"), widths=(3, 2)),
                Heading("environment.section.green"),
                "green",
                "green_more",
            ),
        ),
    ),
    footer=(Expander("environment.notes_title", ("page_notes",)),),
    slides=(Slide("tailings", chart="tailings_dams", figures="waste"),),
)
