"""Safety and health: injury rates and incidents, hours lost, safety investment by item, training, certification,
occupational health and safety management; the report's footnotes on who the figures count."""

from esg.views.model import Chart, Heading, Kpis, Row, Section, Slide, Table, Text, View, params, trend
from esg.vocabulary import YEAR

UP_TO_YEAR = frozenset({YEAR})  # trends end at the selected year
INVESTMENT_ITEMS = (
    "safety_investment_hazard_rectification",
    "safety_investment_facilities",
    "safety_investment_ppe",
    "safety_investment_equipment_testing",
    "safety_investment_assessment",
    "safety_investment_emergency",
    "safety_investment_training",
    "safety_investment_other",
)


def by_year(value: str) -> tuple[tuple[str, str], ...]:
    """Column headers of a trend: year, indicator, ``value`` (a header key)."""
    return (("year", "common.col.year"), ("series", "common.col.indicator"), ("value", value))


def trend_chart(name: str, *ids: str, value: str, y_title: str, kind: str = "bar") -> Chart:
    """A trend of the safety tables up to the selected year, one series per indicator."""
    return Chart(name=name, kind=kind, data=trend(*ids), applies=UP_TO_YEAR, columns=by_year(value), y_title=y_title)


# The key figures beside the safety slides.
SLIDE_FIGURES = ("ltir_employees", "trifr_employees", "trifr_contractors", "safety_investment_total")

VIEW = View(
    "safety",
    applies=UP_TO_YEAR,
    elements=(
        Kpis(
            name="kpis",
            cards=(
                ("ltir_employees", None),
                ("trifr_employees", None),
                ("trifr_contractors", None),
                ("lti_count_employees", None),
                ("work_injury_events_employees", None),
                ("lost_time_hours_employees", None),
                ("process_safety_events", None),
                ("safety_investment_total", None),
            ),
        ),
        trend_chart(
            "rates",
            "ltir_employees",
            "trifr_employees",
            "trifr_contractors",
            kind="line",
            value="safety.col.rate",
            y_title="safety.axis.rate",
        ),
        trend_chart(
            "incidents",
            "lti_count_employees",
            "work_injury_events_employees",
            "process_safety_events",
            value="safety.col.events",
            y_title="safety.axis.events",
        ),
        trend_chart("lost_hours", "lost_time_hours_employees", value="safety.col.hours", y_title="common.axis.hours"),
        Text(name="scope", key="safety.caption.scope"),
        Text(name="fatalities", key="safety.caption.fatalities", style="markdown"),
        Table(
            name="footnotes",
            kind="footnotes",
            ids=(
                "lti_count_employees",
                "lost_time_hours_employees",
                "work_injury_events_employees",
                "ltir_employees",
                "trifr_employees",
                "trifr_contractors",
            ),
        ),
        Chart(
            name="investment",
            data=trend(*INVESTMENT_ITEMS, "safety_investment_total"),
            applies=UP_TO_YEAR,
            columns=(("year", "common.col.year"), ("series", "common.col.item"), ("value", "safety.col.investment")),
            total="safety_investment_total",
            options=params(height=520, width=800),
        ),
        Text(
            name="investment_quality",
            kind="quality",
            ids=("safety_investment_items", "safety_ppe_stated_vs_table"),
            unit_of="safety_investment_total",
            options=params(statuses=("ok", "discrepancy")),  # a rounding difference within tolerance too
        ),
        trend_chart(
            "training", "safety_training_sessions", value="safety.col.sessions", y_title="safety.axis.sessions"
        ),
        trend_chart(
            "training_hours",
            "safety_training_hours_per_person",
            value="safety.col.hours_per_person",
            y_title="common.axis.hours",
        ),
        trend_chart(
            "certificates",
            "safety_managers_new_certificates",
            "special_operations_new_certificates",
            "special_equipment_operators_new_certificates",
            value="safety.col.certificates",
            y_title="common.axis.person_times",
        ),
        Table(
            name="certification",
            ids=(
                "safety_managers_certified_pct",
                "special_operations_certified_pct",
                "special_equipment_operators_certified_pct",
                "safety_measure_projects",
            ),
            single_year=False,
            options=params(heading=False, hide_empty=True),  # empty only for a year before any of these figures
        ),
        Kpis(
            name="iso",
            cards=(
                ("iso45001_certified_units", None),
                ("iso45001_production_unit_rate", None),
                ("iso45001_revenue_share", None),
                ("occupational_health_check_rate", None),
            ),
        ),
        Table(
            name="management",
            ids=(
                "safety_rules_new",
                "safety_rules_revised",
                "hazards_identified_safety_env",
                "hazards_rectification_rate",
                "hazards_eliminated_cumulative",
                "fire_safety_hazards_found",
                "fire_safety_rectification_rate",
                "safety_env_training_modules",
                "safety_env_training_topics",
                "safety_env_training_class_hours_per_person",
                "safety_env_training_national_lecturers",
            ),
            options=params(heading=False, empty="safety.notice.management"),
        ),
    ),
    sections=(
        Section(
            "incidents",
            (
                Heading("safety.kpis"),
                "fatalities",
                "kpis",
                Heading("safety.section.incidents"),
                Row(("rates", "incidents")),
                Row(("lost_hours", ("scope", "footnotes"))),
            ),
        ),
        Section("investment", (Heading("safety.section.investment"), "investment", "investment_quality")),
        Section(
            "training",
            (
                Heading("safety.section.training"),
                Row(("training", "training_hours")),
                Row(("certificates", "certification")),
            ),
        ),
        Section("management", (Heading("safety.section.management"), "iso", "management")),
    ),
    slides=(
        Slide("safety", chart="rates", figures="kpis", keys=SLIDE_FIGURES),
        Slide("safety_investment", chart="investment", figures="kpis", keys=SLIDE_FIGURES),
    ),
)
