"""The dashboard's vocabulary, once: the group, business segments, ESG pillars, risk categories, materiality tiers
and the global filters' names."""

from __future__ import annotations

GROUP = "group"
SEGMENTS = ("mining", "smelting", "other")
PILLARS = ("E", "S", "G")
# The standards of the framework index, one ``framework`` value each: the report's own SSE and GRI indices, then the
# GRI 14 Mining Sector Standard (2024) and IFRS S2 mapped by the dashboard.
FRAMEWORKS = ("SSE", "GRI", "GRI14", "IFRS_S2")
RISK_CATEGORIES = ("environmental", "social", "governance")
MATERIALITY_TIERS = ("both", "impact_only", "neither")
ALL = "all"

# The global filters; each name is also the URL query parameter and the keyword a query takes for it.
YEAR = "year"
ENTITY = "entity"
SEGMENT = "segment"
PILLAR = "pillar"
FILTERS = (YEAR, ENTITY, SEGMENT, PILLAR)
