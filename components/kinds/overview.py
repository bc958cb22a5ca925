"""The overview's own kinds: the ESG ratings and the company profile as lines, the 2025 targets as cards."""

from __future__ import annotations

from components.elements import Card, CardsResult, Context, text_kind
from esg.i18n import format_value, pick, t
from esg.views.model import Text


@text_kind("esg_ratings")
def ratings(element: Text, ctx: Context) -> list[str]:
    """One markdown line per ESG rating: agency in bold, then the rating as published."""
    lines = []
    for rating in ctx.query(element).to_dicts():
        shown = rating["value_text"] or format_value(rating["value"], rating["unit"], rating["unit_en"], ctx.lang)
        lines.append(f"**{pick(ctx.lang, rating['name_zh'], rating['name_en'])}**: {shown}")
    return lines


@text_kind("company_profile")
def profile(element: Text, ctx: Context) -> list[str]:
    """One markdown line per company fact: name in bold, then the value (a year as a plain number)."""
    lines = []
    for fact in ctx.query(element).to_dicts():
        value = format_value(fact["value"], fact["unit"], fact["unit_en"], ctx.lang, decimals=None)
        if fact["unit"] == "年":
            value = str(int(fact["value"]))
        lines.append(f"**{pick(ctx.lang, fact['name_zh'], fact['name_en'])}**: {value}")
    return lines


@text_kind("targets_2025")
def targets(element: Text, ctx: Context) -> CardsResult:
    """Each 2025 target as a card: the area in bold, the target and the 2024 progress as published."""
    lang = ctx.lang
    target_label, progress_label = t("overview.col.target", lang), t("overview.col.progress", lang)
    cards = [
        Card(
            f"**{pick(lang, row['area_zh'], row['area_en'])}**",
            (
                ("caption", target_label),
                ("text", pick(lang, row["target_2025_zh"], row["target_2025_en"])),
                ("caption", progress_label),
                ("text", pick(lang, row["progress_2024_zh"], row["progress_2024_en"])),
            ),
        )
        for row in ctx.query(element).to_dicts()
    ]
    return CardsResult(tuple(cards), per_row=2)
