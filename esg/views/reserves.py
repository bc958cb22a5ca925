"""Resources and reserves: the ten minerals by group (each chart in its own unit) and their change, exploration and
mining rights, and the mines, smelters and salt lake on a schematic province tile map (the entity filter highlights
the assets it operates)."""

from esg.queries.reserves import MINERAL_GROUPS
from esg.views.model import Chart, Expander, Heading, Kpis, Row, Section, Slide, Table, Text, View, params, query
from esg.vocabulary import ENTITY, YEAR

DATAFRAME = params(style="dataframe")
NOTES = Expander("reserves.notes_title", ("notes",))

VIEW = View(
    "reserves",
    applies=frozenset({YEAR, ENTITY}),
    elements=(
        Kpis(
            name="headline",
            cards=(
                ("reserves_copper", None),
                ("reserves_iron_ore", None),
                ("reserves_nonferrous", None),
                ("reserves_precious", None),
            ),
        ),
        Text(name="headline_caption", key="reserves.headline_caption"),
        Chart(name="change", kind="mineral_change", data=query("reserves.change", YEAR)),
        Text(name="change_caption", key="reserves.change_caption"),
        Table(name="minerals", kind="minerals_table", data=query("reserves.change", YEAR), options=DATAFRAME),
        Text(name="notes", kind="mineral_notes", data=query("reserves.notes"), style="markdown"),
        *(
            Chart(name=f"{group}_{basis}", kind="minerals", data=query("reserves.group", group=group, basis=basis))
            for group, basis, _ in MINERAL_GROUPS
        ),
        Kpis(
            name="rights",
            cards=(
                ("exploration_rights", None),
                ("exploration_rights_area", None),
                ("mining_rights", None),
                ("mining_rights_area", None),
            ),
        ),
        Chart(name="map", kind="tile_map", data=query("reserves.assets", ENTITY)),
        Text(name="map_caption", key="reserves.map_caption"),
        Text(
            name="map_links",
            kind="entity_links",
            data=query("reserves.assets", ENTITY, only_selected=True),
            options=params(column="parent"),
        ),
        Text(
            name="no_assets",
            kind="no_assets",
            data=query("reserves.assets", ENTITY, only_selected=True),
            style="info",
        ),
        Table(
            name="assets", kind="assets", data=query("reserves.assets", ENTITY, only_selected=True), options=DATAFRAME
        ),
    ),
    sections=(
        Section(
            "overview",
            (
                Heading("reserves.section.headline"),
                "headline",
                "headline_caption",
                Row(("change", "change_caption"), widths=(3, 2)),
                "minerals",
                NOTES,
            ),
        ),
        Section(
            "metals",  # the non-ferrous metals and iron ore, two charts a row
            (
                Heading("reserves.section.minerals"),
                Row(("base_metals_metal", "ferrous_alloy_metal")),
                Row(("ferrous_alloy_ore", ())),
                NOTES,
            ),
        ),
        Section(
            "precious",
            (Heading("reserves.section.minerals"), Row(("precious_metal", "salt_lake_salt")), NOTES),
        ),
        Section(
            "assets",
            (
                Heading("reserves.section.rights"),
                "rights",
                Heading("reserves.section.assets"),
                Row(("map", ("map_caption", "map_links")), widths=(3, 2)),
                "no_assets",
                "assets",
            ),
        ),
    ),
    slides=(
        Slide("reserves", chart="base_metals_metal", figures="headline", notes=("headline_caption",)),
        Slide("reserves_change", chart="change", figures="headline", notes=("change_caption",)),
    ),
)
