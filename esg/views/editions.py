"""Editions and restatements: every edition (usable or not, and where it came from), the selected edition's figures
by year, its restatements (value first published, restated value, reason) and the marked trend of a restated figure."""

from esg.views.model import Chart, Control, Heading, Section, Table, Text, View, params

FIGURE = frozenset({"figure"})

VIEW = View(
    "editions",
    elements=(
        Table(name="editions", kind="editions_list", options=params(style="dataframe")),
        Chart(name="coverage", kind="editions_coverage"),
        Table(
            name="restatements", kind="editions_restatements", options=params(style="dataframe", heading="subheader")
        ),
        Control(name="figure", kind="editions_figures", options=params(hide_empty=True)),
        Chart(name="series", kind="editions_series", applies=FIGURE, options=params(hide_empty=True)),
        Text(name="series_notes", kind="editions_restatement_notes", applies=FIGURE, style="text"),
        Table(name="package", kind="editions_package", options=params(style="dataframe", heading="subheader")),
    ),
    sections=(
        Section(
            "editions",
            (
                Heading("editions.heading.list"),
                "editions",
                "coverage",
                "restatements",
                "figure",
                "series",
                "series_notes",
                "package",
            ),
        ),
    ),
)
