"""Overview: the headline KPIs with their trends, the ESG ratings beside the company profile, GHG by scope, and the
2025 targets beside the 2024 progress."""

from esg.views.model import Chart, Heading, Kpis, Row, Section, Slide, Table, Text, View, params, query, trend
from esg.vocabulary import YEAR

VIEW = View(
    "overview",
    applies=frozenset({YEAR}),
    elements=(
        Kpis(
            name="headline",
            cards=(
                ("ghg_total", None),
                ("energy_total_tce", None),
                ("fresh_water_withdrawal", None),
                ("ltir_employees", None),
                ("employees_total", None),
                ("employees_female_pct", None),
                ("rd_spend_total", None),
                ("env_investment_total", None),
                ("reserves_copper", None),
            ),
            per_row=3,
        ),
        Text(name="ratings_title", key="overview.ratings", style="subheader"),
        Text(name="ratings", kind="esg_ratings", data=query("overview.figures", kind="ratings"), style="markdown"),
        Text(name="profile_title", key="overview.profile", style="subheader"),
        Text(name="profile", kind="company_profile", data=query("overview.figures", kind="profile"), style="markdown"),
        Chart(
            name="ghg",
            data=trend("ghg_scope1", "ghg_scope2"),
            columns=(("year", "common.col.year"), ("series", "overview.col.scope"), ("value", "common.col.value")),
            options=params(barmode="stack", width="full"),
        ),
        Text(name="moved_title", key="overview.moved", style="subheader"),
        Text(name="moved_caption", key="overview.moved_caption"),
        Text(name="movers", kind="movers", data=query("overview.movers", YEAR)),
        Text(name="scorecard_caption", key="overview.scorecard_caption"),
        Table(
            name="scorecard",
            kind="scorecard",
            data=query("overview.targets"),
            applies=frozenset({YEAR}),
            options=params(style="dataframe", widths=(300, 170, 110, 220)),  # target, status and link in view
        ),
        Text(name="targets_caption", key="overview.targets_caption"),
        Text(name="targets", kind="targets_2025", data=query("overview.targets")),
        Chart(
            name="tiles",
            kind="kpi_tiles",
            title="overview.kpis",
            applies=frozenset({YEAR}),
            options=params(cards="headline"),
        ),
        Kpis(name="rating_cards", data=query("overview.figures", kind="ratings"), options=params(kind="esg_ratings")),
    ),
    sections=(
        Section(
            "overview",
            (
                Heading("overview.kpis"),
                "headline",
                "moved_title",
                "moved_caption",
                "movers",
                Row((("ratings_title", "ratings"), ("profile_title", "profile"))),
                "ghg",
                Heading("overview.scorecard"),
                "scorecard_caption",
                "scorecard",
                Heading("overview.targets"),
                "targets_caption",
                "targets",
            ),
        ),
    ),
    slides=(Slide("kpis", chart="tiles", figures="rating_cards", points="headline"),),
)
