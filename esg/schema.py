"""The snapshot's data contract as dataframely schemas (see ``data/README.md``).

dataframely was chosen over pandera because it is Polars-native (no pandas round trip), validates LazyFrames,
supports primary keys and cross-column rules, and its ``filter`` reports every failing row per rule, which the build
turns into file/line/column messages.
"""

from __future__ import annotations

import dataframely as dy
import polars as pl

from esg.vocabulary import FRAMEWORKS, MATERIALITY_TIERS, PILLARS, RISK_CATEGORIES, SEGMENTS

SEGMENT_PATTERN = f"^({'|'.join(SEGMENTS)})$"

# 2: segment_basis_zh/_en, category_basis_zh/_en, quality figures_en; 3: frameworks GRI14 and IFRS_S2, basis,
# gri_refs, indicator_refs, rule_zh/_en; 4: quality status rounding, kinds at_least and quotient, location_zh/_en;
# risks without derived likelihood/impact positions; 5: directions
SCHEMA_VERSION = 5

TOPICS = [
    "profile", "ratings", "reserves", "energy", "water", "emissions", "waste", "land", "environment_investment",
    "safety", "rd", "supply_chain", "workforce", "training", "compensation", "benefits", "community", "governance",
    "targets",
]  # fmt: skip
MIN_YEAR, MAX_YEAR = 2000, 2100
ID_PATTERN = r"^[a-z][a-z0-9_]*$"
INDICATOR_KEY = ["indicator_id", "entity", "segment", "year"]


class IndicatorSchema(dy.Schema):
    """``indicators.parquet``: one row per figure printed in the report."""

    indicator_id = dy.String(regex=ID_PATTERN)
    entity = dy.String(regex=ID_PATTERN)
    segment = dy.String(nullable=True, regex=SEGMENT_PATTERN)
    year = dy.Int64(min=MIN_YEAR, max=MAX_YEAR)
    pillar = dy.Enum(list(PILLARS))
    topic = dy.Enum(TOPICS)
    name_zh = dy.String(min_length=1)
    name_en = dy.String(min_length=1)
    unit = dy.String(min_length=1)
    unit_en = dy.String(min_length=1)
    value = dy.Float64(nullable=True)
    value_text = dy.String(nullable=True)
    printed = dy.String(min_length=1)
    source_table = dy.String(min_length=1)
    source_table_en = dy.String(min_length=1)
    section_zh = dy.String(nullable=True)
    section_en = dy.String(nullable=True)
    gri = dy.String(nullable=True, regex=r"^\d{1,3}-\d{1,2}(;\d{1,3}-\d{1,2})*$")
    note = dy.String(nullable=True)
    note_en = dy.String(nullable=True)
    restated = dy.Bool()
    original_value = dy.Float64(nullable=True)
    restatement_reason = dy.String(nullable=True)
    source_file = dy.String()
    source_line = dy.Int64()

    @dy.rule()
    def unique_figure(cls) -> pl.Expr:
        """One figure per indicator, entity, segment and year."""
        return pl.len().over(INDICATOR_KEY) == 1

    @dy.rule()
    def percent_within_0_100(cls) -> pl.Expr:
        """A percentage lies between 0 and 100."""
        return (pl.col("unit") != "%") | pl.col("value").is_null() | pl.col("value").is_between(0, 100)

    @dy.rule()
    def disclosed_or_marked(cls) -> pl.Expr:
        """A figure without a value is either a text grade or printed as not disclosed (never an empty number)."""
        return pl.col("value").is_not_null() | pl.col("value_text").is_not_null() | pl.col("printed").is_in(["-", "/"])

    @dy.rule()
    def restatement_has_reason(cls) -> pl.Expr:
        """A restated figure carries its original value and a reason."""
        return ~pl.col("restated") | (
            pl.col("restatement_reason").is_not_null() & pl.col("original_value").is_not_null()
        )


class EntitySchema(dy.Schema):
    """``entities.parquet``: the group, its subsidiaries and branches, and the assets on the business map."""

    entity_id = dy.String(primary_key=True, regex=ID_PATTERN)
    name_zh = dy.String(min_length=1)
    name_en = dy.String(min_length=1)
    short_zh = dy.String(min_length=1)
    short_en = dy.String(min_length=1)
    kind = dy.Enum(["group", "subsidiary", "branch", "mine", "smelter", "saltlake"])
    parent = dy.String(nullable=True)
    province_zh = dy.String(nullable=True)
    province_en = dy.String(nullable=True)
    segment = dy.String(nullable=True, regex=SEGMENT_PATTERN)
    segment_basis_zh = dy.String(nullable=True)
    segment_basis_en = dy.String(nullable=True)
    commodities = dy.String(nullable=True)
    capacity_zh = dy.String(nullable=True)
    capacity_en = dy.String(nullable=True)
    iso45001_year = dy.Int64(nullable=True, min=MIN_YEAR, max=MAX_YEAR)
    note_zh = dy.String(nullable=True)
    note_en = dy.String(nullable=True)

    @dy.rule()
    def segment_basis_in_both_languages(cls) -> pl.Expr:
        """How the segment was assigned is given in Chinese and in English, or in neither."""
        return pl.col("segment_basis_zh").is_null() == pl.col("segment_basis_en").is_null()


class MaterialitySchema(dy.Schema):
    """``materiality.parquet``: the 20 double-materiality topics; tier and pillar as published, positions derived."""

    topic_id = dy.String(primary_key=True, regex=ID_PATTERN)
    topic_zh = dy.String(min_length=1)
    topic_en = dy.String(min_length=1)
    pillar = dy.Enum(list(PILLARS))
    tier = dy.Enum(list(MATERIALITY_TIERS))
    tier_rank = dy.Int64(min=1)
    x_derived = dy.Float64(min=0, max=10)
    y_derived = dy.Float64(min=0, max=10)
    position_method_zh = dy.String(min_length=1)
    position_method_en = dy.String(min_length=1)
    indicator_topics = dy.String(nullable=True)


class RiskSchema(dy.Schema):
    """``risks.parquet``: the 12 emerging risks with their category, description, impacts and responses (the report's
    matrix positions are lost in the text layer: none is stored)."""

    risk_id = dy.String(primary_key=True, regex=ID_PATTERN)
    risk_zh = dy.String(min_length=1)
    risk_en = dy.String(min_length=1)
    category = dy.Enum(list(RISK_CATEGORIES))
    category_basis_zh = dy.String(min_length=1)
    category_basis_en = dy.String(min_length=1)
    description_zh = dy.String(min_length=1)
    description_en = dy.String(min_length=1)
    impacts_zh = dy.String(min_length=1)
    impacts_en = dy.String(min_length=1)
    responses_zh = dy.String(min_length=1)
    responses_en = dy.String(min_length=1)


class ClimateRiskSchema(dy.Schema):
    """``climate_risks.parquet``: physical and transition risks and opportunities with their time horizons."""

    item_id = dy.String(primary_key=True, regex=ID_PATTERN)
    kind = dy.Enum(["physical_acute", "physical_chronic", "transition", "opportunity"])
    category_zh = dy.String(min_length=1)
    category_en = dy.String(min_length=1)
    name_zh = dy.String(min_length=1)
    name_en = dy.String(min_length=1)
    description_zh = dy.String(min_length=1)
    description_en = dy.String(min_length=1)
    horizons = dy.String(regex=r"^(short|medium|long)(;(short|medium|long))*$")
    responses_zh = dy.String(min_length=1)
    responses_en = dy.String(min_length=1)


class TargetSchema(dy.Schema):
    """``targets.parquet``: the 2025 targets beside the 2024 progress."""

    target_id = dy.String(primary_key=True, regex=ID_PATTERN)
    pillar = dy.Enum(list(PILLARS))
    area_zh = dy.String(min_length=1)
    area_en = dy.String(min_length=1)
    target_2025_zh = dy.String(min_length=1)
    target_2025_en = dy.String(min_length=1)
    progress_2024_zh = dy.String(min_length=1)
    progress_2024_en = dy.String(min_length=1)
    indicator_id = dy.String(nullable=True)
    target_value = dy.Float64(nullable=True)
    target_unit = dy.String(nullable=True)
    progress_value = dy.Float64(nullable=True)


class DirectionSchema(dy.Schema):
    """``directions.parquet``: whether a rise of an indicator is good (``higher_is_better``); an indicator not listed
    has no direction (a rise is neither good nor bad, e.g. headcount by age band)."""

    indicator_id = dy.String(primary_key=True, regex=ID_PATTERN)
    higher_is_better = dy.Bool()


class FrameworkSchema(dy.Schema):
    """``frameworks.parquet``: the report's SSE and GRI content indices (``basis`` ``own``) and the GRI 14 Mining
    Sector Standard topics and IFRS S2 climate metrics mapped by the dashboard (``derived``, by ``rule_zh``/``_en``:
    through the GRI disclosures in ``gri_refs`` and the indicators named in ``indicator_refs``)."""

    framework = dy.Enum(list(FRAMEWORKS))
    code = dy.String(primary_key=True, min_length=1)
    group_zh = dy.String(min_length=1)
    group_en = dy.String(min_length=1)
    disclosure_zh = dy.String(min_length=1)
    disclosure_en = dy.String(min_length=1)
    location_zh = dy.String(min_length=1)
    location_en = dy.String(min_length=1)
    basis = dy.Enum(["own", "derived"])
    gri_refs = dy.String(nullable=True, regex=r"^\d{1,3}-\d{1,2}(;\d{1,3}-\d{1,2})*$")
    indicator_refs = dy.String(nullable=True, regex=r"^[a-z0-9_]+(;[a-z0-9_]+)*$")
    rule_zh = dy.String(nullable=True)
    rule_en = dy.String(nullable=True)

    @dy.rule()
    def derived_has_rule(cls) -> pl.Expr:
        """A derived mapping says by what rule (in both languages)."""
        return (pl.col("basis") == "own") | (pl.col("rule_zh").is_not_null() & pl.col("rule_en").is_not_null())


class QualitySchema(dy.Schema):
    """``quality.parquet``: every reconciliation check and its outcome; the report's own discrepancies included."""

    check_id = dy.String()
    kind = dy.Enum(["sum", "ratio", "equal", "quotient", "at_least", "prose"])
    year = dy.Int64(nullable=True)
    description_zh = dy.String()
    description_en = dy.String()
    figures = dy.String()
    figures_en = dy.String()
    expected = dy.Float64(nullable=True)
    printed = dy.Float64(nullable=True)
    difference = dy.Float64(nullable=True)
    tolerance = dy.Float64(nullable=True)
    status = dy.Enum(["ok", "rounding", "discrepancy", "not_checkable"])
    location_zh = dy.String()
    location_en = dy.String()
