"""The dashboard's vocabulary, once: the group, business segments, ESG pillars, risk categories, materiality tiers
and the global filters' names."""

from __future__ import annotations

GROUP = "group"
SEGMENTS = ("mining", "smelting", "other")
PILLARS = ("E", "S", "G")
RISK_CATEGORIES = ("environmental", "social", "governance")
MATERIALITY_TIERS = ("both", "impact_only", "neither")
ALL = "all"

# The global filters; each name is also the URL query parameter and the keyword a query takes for it.
YEAR = "year"
ENTITY = "entity"
SEGMENT = "segment"
PILLAR = "pillar"
FILTERS = (YEAR, ENTITY, SEGMENT, PILLAR)
