"""Talking points: two to four sentences a presenter can say about a slide, made from its figures by fixed templates
in both languages (``present.tp.*``): first the figures that changed on the previous year ("Scope 1 fell to 563,111 t
CO2e (-10.0% vs 2023)."), then the others in one sentence, then the note on filters the slide cannot apply. Values,
units and signed changes are formatted by the display policy (``esg.display``), as on the cards; the same figures
always give the same sentences."""

from __future__ import annotations

from collections.abc import Sequence

from components.kpi import Kpi
from components.overview_charts import kpi_value_text
from esg.display import format_change
from esg.i18n import t

MOST = 4  # sentences a slide gets at most
CHANGES = 3  # of which about figures that changed


def change_sentence(kpi: Kpi, lang: str) -> str:
    """One figure and its change on the previous year: rose, fell or unchanged, with the signed change."""
    value = kpi_value_text(kpi, lang)
    change = kpi.change or 0.0
    if change == 0:
        return t("present.tp.flat", lang, label=kpi.label, value=value, year=kpi.previous_year)
    key = "present.tp.rose" if change > 0 else "present.tp.fell"
    signed = format_change(kpi.change, kpi.is_rate, lang)
    return t(key, lang, label=kpi.label, value=value, change=signed, year=kpi.previous_year)


def levels_sentence(kpis: Sequence[Kpi], lang: str) -> str:
    """Figures without a change as one sentence: ``MSCI ESG rating: BB; Wind ESG rating: AA.``"""
    items = [t("present.tp.level", lang, label=kpi.label, value=kpi_value_text(kpi, lang)) for kpi in kpis]
    return t("present.tp.levels", lang, items=t("present.tp.separator", lang).join(items))


def talking_points(kpis: Sequence[Kpi], lang: str, *, scope_note: str = "", source: str = "") -> list[str]:
    """The talking points of a slide whose figures are ``kpis`` (see the module docstring); ``source`` closes a slide
    that would otherwise have one sentence."""
    changed = [k for k in kpis if k.change is not None and k.previous_year and k.value is not None]
    points = [change_sentence(kpi, lang) for kpi in changed[:CHANGES]]
    rest = [k for k in kpis if k not in changed and (k.value is not None or k.text)]
    room = MOST - len(points) - bool(scope_note)
    if rest and room > 0:
        points.append(levels_sentence(rest[:4], lang))
    if scope_note:
        points.append(scope_note if scope_note.endswith(("。", ".")) else f"{scope_note}{t('present.tp.stop', lang)}")
    if len(points) < 2 and source:
        points.append(t("present.tp.source", lang, source=source))
    return points[:MOST]
