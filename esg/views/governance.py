"""R&D, supply chain, governance and community: R&D spending and patents, suppliers, the board, compliance and
risk, investor communication, community investment and donations."""

from esg.views.model import Chart, Heading, Kpis, Row, Section, Table, Text, View, breakdown, categories, params, trend
from esg.vocabulary import YEAR

UP_TO_YEAR = frozenset({YEAR})  # trends end at the selected year
YEARS = (("year", "common.col.year"),)
BY_YEAR = (*YEARS, ("series", "common.col.indicator"))
BY_CATEGORY = (("category", "common.col.category"), ("series", "governance.col.type"))
PATENTS = (*BY_CATEGORY, ("value", "governance.col.patents"))
RISK_TYPES = ("financial", "legal", "strategic", "market", "operational")


def risk_indicators(where: str) -> tuple[tuple[str, str, str], ...]:
    """Risk early-warning indicators of ``where`` (``hq``, ``subsidiaries``) by type, and their printed total."""
    by_type = tuple((f"risk_indicators_{where}_{kind}", where, kind) for kind in RISK_TYPES)
    return (*by_type, (f"risk_indicators_{where}", where, "risk_total"))


VIEW = View(
    "governance",
    applies=UP_TO_YEAR,
    elements=(
        Kpis(
            name="kpis",
            cards=(
                ("rd_spend_total", None),
                ("rd_spend_revenue_share", None),
                ("rd_researchers", None),
                ("patents_granted", None),
                ("suppliers_total", None),
                ("rd_projects", None),
                ("top5_suppliers_share", None),
                ("donations_total", None),
            ),
        ),
        Chart(
            name="rd_spend",
            data=trend("rd_spend_expensed", "rd_spend_capitalised", "rd_spend_total"),
            applies=UP_TO_YEAR,
            columns=(*BY_YEAR, ("value", "governance.col.rmb")),
            total="rd_spend_total",
        ),
        Text(name="rd_spend_notes", kind="notes", ids=("rd_spend_total",)),
        Chart(
            name="rd_shares",
            kind="line",
            data=trend("rd_spend_revenue_share", "rd_researchers_share", "rd_capitalisation_share"),
            applies=UP_TO_YEAR,
            columns=(*BY_YEAR, ("value", "common.col.share")),
        ),
        Text(
            name="rd_shares_quality",
            kind="quality",
            ids=("rd_researchers_share_ratio",),
            unit_of="rd_researchers_share",
            options=params(statuses=("discrepancy", "rounding")),  # 2022 printed 15.00 for 14.98%
        ),
        Chart(
            name="researchers",
            data=trend("rd_researchers"),
            applies=UP_TO_YEAR,
            columns=(*YEARS, ("value", "common.col.people")),
            y_title="common.axis.people",
        ),
        Chart(
            name="projects",
            data=trend("rd_projects", "rd_national_projects", "rd_provincial_projects"),
            applies=UP_TO_YEAR,
            columns=(*BY_YEAR, ("value", "governance.col.projects")),
            y_title="governance.axis.projects",
        ),
        Chart(
            name="patents",
            data=breakdown(
                ("patents_applied_invention", "applied", "invention"),
                ("patents_applied_utility", "applied", "utility"),
                ("patents_applied", "applied", "patents_total"),
                ("patents_granted_invention", "granted", "invention"),
                ("patents_granted_utility", "granted", "utility"),
                ("patents_granted", "granted", "patents_total"),
            ),
            columns=PATENTS,
            total="patents_total",
            y_title="governance.axis.patents",
        ),
        Chart(
            name="patents_cumulative",
            data=breakdown(
                ("patents_applied_cumulative_invention", "applied", "invention"),
                ("patents_applied_cumulative_utility", "applied", "utility"),
                ("patents_applied_cumulative", "applied", "patents_total"),
                ("patents_granted_cumulative_invention", "granted", "invention"),
                ("patents_granted_cumulative_utility", "granted", "utility"),
                ("patents_granted_cumulative", "granted", "patents_total"),
            ),
            columns=PATENTS,
            total="patents_total",
            y_title="governance.axis.patents",
        ),
        Text(name="patents_notes", kind="notes", ids=("patents_applied_invention",)),
        Kpis(
            name="achievements",
            cards=(
                ("tech_achievements", None),
                ("tech_achievements_intl_leading", None),
                ("tech_achievements_intl_advanced", None),
            ),
            per_row=3,
        ),
        Text(name="achievements_notes", kind="notes", ids=("tech_achievements_intl_leading",)),
        Table(
            name="innovation",
            ids=(
                "gov_research_projects_applied",
                "gov_research_projects_approved",
                "gov_research_projects_ongoing",
                "gov_research_projects_completed",
                "high_tech_enterprises",
                "specialised_smes",
                "provincial_platforms_evaluated",
                "kunlun_talents_new",
                "experts_state_council_allowance_new",
                "process_review_meetings",
                "digital_projects",
                "cybersecurity_trainings",
                "mining_capacity_gain",
                "resource_utilisation_gain_low",
                "resource_utilisation_gain_high",
                "driverless_mining_trucks",
                "fiveg_base_stations",
                "copper_recovery_gain",
                "molybdenum_recovery_gain",
                "process_retrofit_added_output",
                "process_retrofit_benefit",
            ),
        ),
        Chart(
            name="suppliers",
            data=trend("suppliers_total"),
            applies=UP_TO_YEAR,
            columns=(*YEARS, ("value", "governance.col.suppliers")),
            y_title="governance.axis.suppliers",
        ),
        Chart(
            name="procurement",
            data=trend("procurement_spend_total"),
            applies=UP_TO_YEAR,
            columns=(*YEARS, ("value", "governance.col.rmb")),
            options=params(decimals=2),
        ),
        Chart(
            name="top5",
            kind="line",
            data=trend("top5_suppliers_share"),
            applies=UP_TO_YEAR,
            columns=(*YEARS, ("value", "common.col.share")),
        ),
        Chart(
            name="evaluation",
            kind="donut",
            data=categories("suppliers_rated_excellent", "suppliers_rated_qualified", "suppliers_rated_unqualified"),
            columns=(("category", "governance.col.rating"), ("value", "governance.col.suppliers")),
        ),
        Text(name="evaluation_notes", kind="notes", ids=("suppliers_removed_negative_impact",)),
        Table(
            name="supply",
            ids=(
                "suppliers_mainland",
                "suppliers_overseas",
                "suppliers_evaluated",
                "suppliers_removed_negative_impact",
                "supplier_integrity_contract_rate",
            ),
        ),
        Kpis(
            name="board_cards",
            cards=(
                ("board_members", None),
                ("board_independent_directors", None),
                ("board_non_independent_directors", None),
                ("board_women_directors", None),
                ("board_meetings", None),
                ("board_average_tenure", None),
            ),
            per_row=3,
        ),
        Text(name="board_notes", kind="notes", ids=("board_women_directors",)),
        Table(name="board", ids=("board_committees", "board_quorum_min", "board_min_attendance_pct")),
        Table(
            name="investors",
            ids=(
                "shareholder_meetings",
                "investor_research_sessions",
                "investor_research_onsite",
                "investor_research_online",
                "investor_visitors",
                "investor_roadshows",
                "investor_einteraction_replies",
                "investor_einteraction_reply_rate",
            ),
        ),
        Chart(
            name="risk_indicators",
            data=breakdown(*risk_indicators("hq"), *risk_indicators("subsidiaries")),
            columns=(*BY_CATEGORY, ("value", "governance.col.indicators")),
            total="risk_total",
            y_title="governance.axis.indicators",
            options=params(height=560),
        ),
        Table(
            name="compliance",
            ids=(
                "compliance_committee_subsidiaries",
                "legal_counsel_units",
                "compliance_areas_strengthened",
                "compliance_checklist_areas",
                "compliance_check_items",
                "compliance_risk_library_segments",
                "whistleblowing_reports_received",
                "whistleblowing_reports_closed",
                "whistleblowing_closure_rate",
                "audit_recommendations",
                "audit_rectification_rate",
                "discipline_lessons",
                "integrity_reading_classes",
                "leader_study_person_times",
                "leaders_completed_discipline_course",
                "risk_training_units",
                "risk_questionnaire_respondents",
            ),
        ),
        Kpis(
            name="community_cards",
            cards=(
                ("rural_revitalisation_investment", None),
                ("rural_revitalisation_beneficiaries", None),
                ("donations_total", None),
                ("volunteers", None),
            ),
        ),
        Chart(
            name="community_funds",
            data=categories(
                "local_produce_purchase_value",
                "donations_total",
                "earthquake_donations_cumulative",
                "rural_revitalisation_investment",
                "oil_project_initial_funding",
            ),
            columns=(("category", "governance.col.item"), ("value", "governance.col.rmb")),
            options=params(horizontal=True, height=380),
        ),
        Text(name="community_funds_caption", key="governance.caption.community_funds"),
        Table(
            name="community",
            ids=(
                "rural_revitalisation_beneficiaries",
                "village_project_funds_secured",
                "village_training_participants",
                "village_training_villages",
                "local_produce_purchased",
                "oil_project_annual_output",
                "quake_house_repair_funds",
                "quake_house_repair_households",
                "quake_relocation_funds",
                "quake_relocation_households",
                "volunteer_teams",
                "volunteer_services",
                "volunteer_hours",
                "local_hiring_rate",
                "community_grievance_resolution_rate",
                "tibetan_employees",
                "tibet_registered_employees_pct",
                "employee_income_per_capita_min",
            ),
        ),
    ),
    sections=(
        Section(
            "rd",
            (
                Heading("governance.kpis"),
                "kpis",
                Row((("rd_spend", "rd_spend_notes"), ("rd_shares", "rd_shares_quality"))),
            ),
        ),
        Section("research", (Row(("researchers", "projects")),)),
        Section(
            "patents",
            (
                Row(("patents", "patents_cumulative")),
                "patents_notes",
                Heading("governance.achievements", level="bold"),
                "achievements",
                "achievements_notes",
                "innovation",
            ),
        ),
        Section("procurement", (Row(("suppliers", "procurement")),)),
        Section("suppliers", (Row(("top5", ("evaluation", "evaluation_notes"))), "supply")),
        Section(
            "board",
            (
                Heading("governance.board", level="bold"),
                "board_cards",
                "board_notes",
                Row((("board", "investors"), "risk_indicators")),
                "compliance",
            ),
        ),
        Section(
            "community",
            (
                Heading("governance.community", level="bold"),
                "community_cards",
                "community_funds",
                "community_funds_caption",
                "community",
            ),
        ),
    ),
)
