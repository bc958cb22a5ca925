"""Double materiality: the three tiers as published, the matrix (positions derived), the indicators behind a topic
chosen by clicking it in the matrix or picking it in a list, and every topic as a table."""

from esg.views.model import Chart, Control, Heading, Kpis, Section, Slide, Table, Text, View, params, query
from esg.vocabulary import PILLAR, YEAR

TOPIC = "topic"
TOPICS = query("materiality.topics", PILLAR)

VIEW = View(
    "materiality",
    applies=frozenset({YEAR, PILLAR}),
    elements=(
        Text(name="filtered", kind="materiality_filtered", data=TOPICS),
        Text(name="tiers", kind="materiality_tiers", data=TOPICS),
        Control(name=TOPIC, kind="materiality_topic", data=TOPICS, chart="matrix"),
        Chart(name="matrix", kind="materiality_matrix", data=TOPICS, applies=frozenset({TOPIC})),
        Text(name="method", kind="materiality_method", data=TOPICS, key="materiality.caption"),
        Text(name="detail", kind="materiality_detail", data=TOPICS, applies=frozenset({TOPIC})),
        Table(
            name="indicators",
            kind="materiality_indicators",
            data=query("materiality.indicators", YEAR, TOPIC),
            applies=frozenset({PILLAR}),  # the topic shown by default is the pillar's first
            options=params(style="dataframe", hide_empty=True, widths=("large", "medium", "small", "medium")),
        ),
        Table(name="table", kind="materiality_table", data=TOPICS, options=params(style="dataframe")),
        Kpis(name="tier_counts", data=TOPICS, options=params(kind="tier_counts")),
    ),
    sections=(
        Section(
            "matrix",
            (
                "filtered",
                Heading("materiality.tiers_heading"),
                "tiers",
                "matrix",
                "method",
                TOPIC,
                "detail",
                "indicators",
                Heading("materiality.table_heading"),
                "table",
            ),
        ),
    ),
    slides=(Slide("materiality", chart="matrix", figures="tier_counts", notes=("method",)),),
)
