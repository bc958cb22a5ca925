"""Emerging risks: the 12 risks by category (no likelihood x impact placement: the report's positions are lost in its
text layer) with the details of a risk chosen by clicking it or picking it in a list, and the climate-related risks and opportunities by time horizon."""

from esg.views.model import Chart, Control, Heading, Kpis, Section, Slide, Text, View, params, query
from esg.vocabulary import PILLAR

RISK = "risk"
RISKS = query("risks.emerging", PILLAR)
CLIMATE = query("risks.climate")
# Climate-related items belong to the environmental pillar: shown without a pillar filter or under "E".
CLIMATE_PILLARS = ("E",)

VIEW = View(
    "risks",
    applies=frozenset({PILLAR}),
    elements=(
        Text(name="filtered", kind="risks_filtered", data=RISKS),
        Control(name=RISK, kind="risks_risk", data=RISKS, chart="categories"),
        Chart(name="categories", kind="risks_categories", data=RISKS, applies=frozenset({RISK})),
        Text(name="caption", key="risks.caption"),
        Kpis(name="risk_counts", data=RISKS, options=params(kind="risk_counts")),
        Kpis(name="climate_counts", data=CLIMATE, options=params(kind="climate_counts")),
        Text(name="detail", kind="risks_detail", data=RISKS, applies=frozenset({RISK})),
        Chart(
            name="climate",
            kind="risks_climate",
            data=CLIMATE,
            applies=frozenset({PILLAR}),
            options=params(empty="risks.notice.climate", pillars=CLIMATE_PILLARS),
        ),
        Text(
            name="climate_items",
            kind="risks_climate_items",
            data=CLIMATE,
            applies=frozenset({PILLAR}),
            options=params(pillars=CLIMATE_PILLARS),
        ),
    ),
    sections=(
        Section(
            "matrix",
            (
                "filtered",
                Heading("risks.matrix_heading"),
                "categories",
                "caption",
                RISK,
                "detail",
                Heading("risks.climate_heading"),
                "climate",
                "climate_items",
            ),
        ),
    ),
    slides=(
        Slide("risks", chart="categories", figures="risk_counts", notes=("caption",)),
        Slide("climate", chart="climate", figures="climate_counts", captions=True),
    ),
)
