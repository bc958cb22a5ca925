"""The dashboard's vocabulary, once: the group, business segments, ESG pillars and the global filters' names."""

from __future__ import annotations

GROUP = "group"
SEGMENTS = ("mining", "smelting", "other")
PILLARS = ("E", "S", "G")
ALL = "all"

# The global filters; each name is also the URL query parameter and the keyword a query takes for it.
YEAR = "year"
ENTITY = "entity"
SEGMENT = "segment"
PILLAR = "pillar"
FILTERS = (YEAR, ENTITY, SEGMENT, PILLAR)
