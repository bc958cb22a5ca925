"""Which elements of a view have figures of their own for an entity or a business segment.

The report gives most figures for the group only; for a few subsidiaries and for the three business segments it
prints some figures of their own. :func:`has_figures` says, for one element definition and an entity or segment
filter, whether the element can show that entity's (segment's) own figures: the page shows them where it can and says
plainly where it cannot (the figures shown are then the group's), and a deck for an entity holds only the slides that
have its figures. Pure: it reads the definitions and the set of disclosed figures (:data:`Disclosed`, from the query
``scope.disclosed``), never the UI.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from esg.queries.scope import Disclosed
from esg.views.model import Chart, Element, Kpis, Query, Series, Table, View, figure_ids
from esg.vocabulary import ENTITY, GROUP, SEGMENT


def shows_figures(element: Element) -> bool:
    """Whether ``element`` shows report figures (a chart, KPI set or table), not only words or a choice."""
    return isinstance(element, (Chart, Kpis, Table))


def _follows(element: Element, name: str) -> bool:
    """Whether the element's own query (or a highlight it draws) follows global filter ``name``."""
    taken = element.data.takes if isinstance(element.data, Query) else frozenset()
    return name in taken or name in element.applies


def entity_of(element: Element, figures: Disclosed, entity: str) -> str:
    """The entity whose indicator figures ``element`` shows under the entity filter ``entity``: that entity where the
    report gives it figures of its own for the element's indicators, else the group."""
    if entity == GROUP:
        return GROUP
    ids = figure_ids(element)
    return entity if any((iid, entity, None) in figures for iid in ids) else GROUP


def segment_of(element: Element, figures: Disclosed, segment: str | None) -> str | None:
    """The business segment whose figures a group-level series ``element`` shows under the segment filter: that
    segment where the report breaks the element's indicators down by it, else ``None`` (the group's)."""
    if segment is None or not isinstance(element.data, Series) or element.data.segment is not None:
        return None
    return segment if any((iid, GROUP, segment) in figures for iid in element.data.ids) else None


def has_figures(element: Element, figures: Disclosed, *, entity: str = GROUP, segment: str | None = None) -> bool:
    """Whether ``element`` shows figures of the entity ``entity`` (``group``: any) and of the business segment
    ``segment`` (``None``: any) rather than the group's: its own query follows that filter, or the report gives
    figures of the element's indicators for that entity (segment). Words and choices (texts, controls) have no
    figures of their own: ``False`` under an entity or segment filter."""
    if entity == GROUP and segment is None:
        return True
    if not shows_figures(element):
        return False
    if entity != GROUP:
        return _follows(element, ENTITY) or entity_of(element, figures, entity) != GROUP
    if _follows(element, SEGMENT):
        return True
    if isinstance(element, Kpis) and any((iid, GROUP, segment) in figures for iid in element.segment_cards):
        return True
    if isinstance(element.data, Series) and element.data.segment == segment:
        return True
    return segment_of(element, figures, segment) is not None


@dataclass(frozen=True)
class Scope:
    """The figure elements of a view (or of some of its elements) under an entity or segment filter: ``own``, those
    showing that entity's (segment's) own figures, and ``group``, those showing the group's."""

    own: tuple[str, ...]
    group: tuple[str, ...]


def scope_of(
    view: View, figures: Disclosed, *, entity: str = GROUP, segment: str | None = None, names: Iterable[str] = ()
) -> Scope:
    """:class:`Scope` of the figure elements ``names`` of ``view`` (default: every element it lays out)."""
    chosen = [view[n] for n in dict.fromkeys(names or view.placed())]
    shown = [e for e in chosen if shows_figures(e)]
    own = tuple(e.name for e in shown if has_figures(e, figures, entity=entity, segment=segment))
    return Scope(own, tuple(e.name for e in shown if e.name not in own))
