"""The global filters as plain values: what every element, query and slide is built for."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from esg.vocabulary import ALL, ENTITY, GROUP, PILLAR, SEGMENT, YEAR


@dataclass(frozen=True)
class Filters:
    """Language, reporting year, entity, business segment, ESG pillar and data edition."""

    lang: str
    year: int
    entity: str = GROUP
    segment: str = ALL
    pillar: str = ALL
    edition: str = ""

    @property
    def segment_or_none(self) -> str | None:
        """The segment filter, ``None`` for all segments."""
        return None if self.segment == ALL else self.segment

    @property
    def pillar_or_none(self) -> str | None:
        """The pillar filter, ``None`` for all pillars."""
        return None if self.pillar == ALL else self.pillar

    def value(self, name: str) -> object:
        """The value of filter ``name`` as a query takes it (``None`` for all segments or pillars)."""
        values: dict[str, object] = {
            YEAR: self.year,
            ENTITY: self.entity,
            SEGMENT: self.segment_or_none,
            PILLAR: self.pillar_or_none,
        }
        return values[name]


def agreeing_segment(entity: str, segment: str, segments: Mapping[str, str | None]) -> str:
    """The segment filter that agrees with the entity filter: ``segment`` where the entity belongs to it (or for the
    group), else the entity's own segment (``all`` for an entity the report places in none); ``segments`` maps each
    entity to its segment."""
    if entity == GROUP or segment == ALL:
        return segment
    own = segments.get(entity)
    return segment if own == segment else (own or ALL)


def entities_of_segment(segment: str, segments: Mapping[str, str | None]) -> list[str]:
    """The entities the entity filter offers under the segment filter ``segment``: every one for all segments, else
    the group and the entities of that segment."""
    return [e for e, own in segments.items() if segment == ALL or e == GROUP or own == segment]
