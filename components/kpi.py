"""KPI cards as data (no ``st.*``): the value of the selected year, the change on the year before (good or bad),
the history for a sparkline; shared by the pages (``components.render.render_kpis``) and the investor slides."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from components.restatements import restatement_note
from components.text import md_escape, md_line
from esg.display import display_number, display_unit, format_number, format_signed
from esg.i18n import pick, t


@dataclass(frozen=True)
class Kpi:
    """One headline figure, already chosen and localised by the caller's query."""

    label: str
    value: float | None
    unit: str
    unit_en: str
    change: float | None
    is_rate: bool
    higher_is_better: bool | None
    history: list[float | None]
    previous_year: int | None
    help: str = ""
    key: str = ""  # the indicator id (``id@segment`` for a segment's figure)
    source: str = ""  # the report table it comes from
    text: str = ""  # a value that is not a number: a rating grade, a count of topics
    signed: bool = False  # the value is a change, a rate or a gap: shown with its sign
    status: str = ""  # a line in place of the change on the year before (e.g. "Off track"), coloured by ``tone``
    tone: str = ""  # good / bad / "" (neither)


# The fields a card takes from its ``kpi_frame`` row as they are.
ROW_FIELDS = ("value", "unit", "unit_en", "change", "is_rate", "higher_is_better")


def text_kpi(label: str, text: str, key: str = "") -> Kpi:
    """A card whose value is text (a rating grade such as ``BB``, or ``3 topics``), with no change or history."""
    return Kpi(label, None, "", "", None, False, None, [], None, key=key, text=text)


def count_kpi(label: str, noun: str, n: int, lang: str) -> Kpi:
    """A card counting ``n`` things (``present.kf.<noun>`` for one, ``present.kf.<noun>s`` for more)."""
    return text_kpi(label, t(f"present.kf.{noun}" if n == 1 else f"present.kf.{noun}s", lang, n=n))


def kpi_from_row(row: Mapping, *, label: str, lang: str, with_note: bool = False) -> Kpi:
    """A KPI card from one row of ``esg.queries.common.kpi_frame``; the help text names the source table (and
    the report's caveat when ``with_note``)."""
    table = pick(lang, row["source_table"], row["source_table_en"])
    source = md_line("common.source", lang, source=table)
    note = pick(lang, row.get("note"), row.get("note_en")) if with_note else ""
    if row.get("restated"):
        note = "\n".join(filter(None, [restatement_note(dict(row), lang), note]))
    note = md_escape(note) if note else ""
    return Kpi(
        label=label,
        **{name: row[name] for name in ROW_FIELDS},
        history=list(row["history"] or []),
        previous_year=row["year"] - 1 if row["previous_value"] is not None else None,
        help=f"{source}  \n{note}" if note else source,
        key=row.get("key") or row["indicator_id"],
        source=table,
    )


def kpis_from_rows(rows: Sequence[Mapping], *, prefix: str, lang: str, key: str = "indicator_id") -> list[Kpi]:
    """KPI cards from ``kpi_frame`` rows, each labelled by the catalogue string ``<prefix>.<row[key]>``."""
    return [kpi_from_row(row, label=t(f"{prefix}.{row[key]}", lang), lang=lang) for row in rows]


def shown_label_and_value(kpi: Kpi, lang: str) -> tuple[str, str]:
    """The card's label with the unit shown in ``lang`` (units are in the label so values stay short), and its
    value as text ("not disclosed" when null)."""
    if kpi.text:
        return kpi.label, kpi.text
    magnitude = None if kpi.value is None else abs(kpi.value)
    unit, _ = display_unit(kpi.unit, kpi.unit_en, lang, magnitude)
    shown = display_number(kpi.value, kpi.unit, kpi.unit_en, lang, magnitude)
    value = format_signed(shown, lang) if kpi.signed else format_number(shown, lang)
    if kpi.value is not None and unit == "%":
        value += "%"
    wrapped = f"（{unit}）" if lang == "zh" else f" ({unit})"
    label = kpi.label if unit in ("%", "-", "", "count") else kpi.label + wrapped
    return label, value
