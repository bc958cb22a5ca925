"""Data behind the safety view that the view definition (``esg.views.safety``) does not name itself: only what
the investor slides (``components.slides``) still ask for by name until they name the view's elements by id."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from esg.queries import register
from esg.queries.common import chart_rows, kpi_frame
from esg.views.model import Kpis
from esg.views.safety import VIEW


@register("safety.kpis")
def kpis(snapshot: Path, year: int) -> pl.DataFrame:
    """TRANSITIONAL (``components.slides``): the view's headline KPIs in ``year``."""
    cards = VIEW["kpis"]
    assert isinstance(cards, Kpis)
    return kpi_frame(snapshot, cards.cards, year)


@register("safety.chart")
def chart(snapshot: Path, which: str, year: int) -> pl.DataFrame:
    """TRANSITIONAL (``components.slides``): the figures of the view's chart ``which`` up to ``year``."""
    return chart_rows(snapshot, VIEW[which], year)
