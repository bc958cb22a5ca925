"""The entity page: one subsidiary or branch chosen (starting at the sidebar's entity; linked from the reserves map,
the directory, the coverage matrix and every view's notice), its profile, every figure the report gives for it grouped
by topic with their source tables and what the report does not give for it; entities compared on the figures they
share, with the group's own figure where printed; and the coverage matrix (entity x topic) linking back here."""

from esg.views.model import Control, Heading, Section, Table, Text, View, params
from esg.vocabulary import ENTITY

CHOSEN = frozenset({"entity_id"})
DATAFRAME = params(style="dataframe", hide_empty=True)

VIEW = View(
    "entity",
    applies=frozenset({ENTITY}),
    elements=(
        Control(name="entity_id", kind="entity_page", applies=frozenset({ENTITY}), options=params(follows=ENTITY)),
        Table(name="profile", kind="profile", applies=CHOSEN, options=params(hide_empty=True)),
        Text(name="basis_caption", kind="entity_key", key="subsidiaries.basis_caption", applies=CHOSEN),
        Text(name="iso_caption", kind="entity_key", key="subsidiaries.iso_caption", applies=CHOSEN),
        Text(name="not_given", kind="entity_not_given", applies=CHOSEN, style="info"),
        Control(name="topic", kind="entity_topic", applies=CHOSEN, options=params(widget="segmented")),
        Table(name="figures", kind="entity_figures", applies=CHOSEN | {"topic"}, options=DATAFRAME),
        Control(
            name="compared",
            kind="entity_compared",
            options=params(widget="multiselect", placeholder="entity.control.compared_placeholder"),
        ),
        Table(name="compare", kind="entity_compare", applies=frozenset({"compared"}), options=DATAFRAME),
        Text(name="coverage_caption", key="entity.caption.coverage"),
        Text(name="coverage", kind="entity_coverage", style="markdown"),
    ),
    sections=(
        Section(
            "entity",
            (
                "entity_id",
                "not_given",
                "profile",
                "basis_caption",
                "iso_caption",
                Heading("entity.figures"),
                "topic",
                "figures",
            ),
        ),
        Section("compare", (Heading("entity.compare"), "compared", "compare")),
        Section("coverage", (Heading("entity.coverage"), "coverage_caption", "coverage")),
    ),
)
