"""The string catalogue against the view definitions and the code: every key a definition implies exists in both
languages, no key is unused, no zh/en pair is defined twice under different keys of one kind, and no zh/en pair
stands in two modules (the key's first part) but the few listed."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import polars as pl

from esg.i18n import LANGS, catalogue
from esg.views import views
from esg.views.model import Chart, Control, Element, Expander, Heading, Kpis, Series, Table, Text, View
from esg.vocabulary import SEGMENTS
from tests.conftest import EDITION, SNAPSHOTS_DIR

ROOT = Path(__file__).resolve().parents[1]
OWN_KINDS = ("chart", "table", "caption", "notice")
CODE = [ROOT / "app.py", *(ROOT / d for d in ("components", "pages", "esg", "perf"))]


def code_text() -> str:
    """Every Python source of the product (not the tests), concatenated."""
    files = [p for root in CODE for p in ([root] if root.is_file() else root.rglob("*.py"))]
    strings = [p for p in files if "i18n" in p.parts and p.name != "__init__.py"]  # the catalogue itself
    return "\n".join(p.read_text(encoding="utf-8") for p in files if p not in strings)


@cache
def check_kinds(check_ids: tuple[str, ...]) -> tuple[str, ...]:
    """The kinds (``sum``, ``ratio``, ``prose``) of the data-quality checks ``check_ids``: a ``quality`` text says each
    inconsistency in its kind's sentence ``<view>.quality.<kind>``."""
    checks = pl.read_parquet(SNAPSHOTS_DIR / EDITION / "quality.parquet")
    kinds = checks.filter(pl.col("check_id").is_in(list(check_ids))).get_column("kind").cast(pl.String)
    return tuple(kinds.unique().sort())


def element_keys(view: View, element: Element) -> Iterator[str]:
    """The keys ``element`` implies (see ``esg.views.model``)."""
    name, prefix = element.name, view.name
    for option in ("empty",):
        if element.option(option):
            yield str(element.option(option))
    if isinstance(element, Chart):
        yield element.title or f"{prefix}.chart.{name}"
        yield from (key for _, key in element.columns)
        if element.y_title:
            yield element.y_title
        if isinstance(element.data, Series):
            for _, category, series in element.data.rows:
                yield from (f"{prefix}.series.{category}", f"{prefix}.series.{series}")
    elif isinstance(element, Kpis):
        yield from (f"{prefix}.kpi.{iid}" if seg is None else f"{prefix}.kpi.{iid}@{seg}" for iid, seg in element.cards)
        yield from (f"{prefix}.kpi.{iid}@{seg}" for iid in element.segment_cards for seg in SEGMENTS)
    elif isinstance(element, Table) and element.kind == "facts" and element.option("heading", True):
        yield element.title or f"{prefix}.table.{name}"
    elif isinstance(element, Text) and element.kind == "key":
        yield element.key
    elif isinstance(element, Text) and element.kind == "quality":
        yield from (f"{prefix}.quality.{kind}" for kind in check_kinds(element.ids))
    elif isinstance(element, Control):
        yield from (f"{prefix}.control.{name}", f"{prefix}.control.{name}_help")


def implied_keys() -> dict[str, str]:
    """Every key a view definition implies, with where it comes from."""
    keys: dict[str, str] = {}
    for view in views().values():
        keys.update({f"{view.name}.slide.{slide.name}": view.name for slide in view.slides})
        keys[f"{view.name}.title"] = view.name
        if view.intro:
            keys[f"{view.name}.intro"] = view.name
        if len(view.sections) > 1:
            keys.update({f"{view.name}.tab.{s.name}": view.name for s in view.sections})
        for blocks in (*(s.blocks for s in view.sections), view.footer):
            for block in blocks:
                if isinstance(block, Heading | Expander):
                    keys[block.key] = view.name
        for element in view.elements:
            keys.update(dict.fromkeys(element_keys(view, element), f"{view.name}.{element.name}"))
    return keys


def test_every_key_a_definition_implies_exists_in_both_languages() -> None:
    strings = catalogue()
    missing = {k: where for k, where in implied_keys().items() if k not in strings}
    # series labels of an indicator may come from the data (name_zh/name_en) instead of the catalogue
    missing = {k: w for k, w in missing.items() if ".series." not in k}
    assert not missing, missing
    assert all(set(text) == set(LANGS) and all(text.values()) for text in strings.values())


def test_no_key_is_unused() -> None:
    """A key is used when a definition implies it, the code names it, or the code builds it from a literal prefix
    (``f"common.segment.{segment}"``)."""
    code = code_text()
    implied = implied_keys()
    # f"common.segment.{segment}", f"update_data.template_{fmt}", and prefixes passed whole ("environment.stream")
    prefixes = tuple(set(re.findall(r"""f["']([a-z0-9_]+(?:\.[a-z0-9_@]+)*[._])\{""", code)))
    literals = set(re.findall(r"""["']([a-z0-9_]+(?:\.[a-z0-9_@]+)+)["']""", code))
    # a view's own kinds name their strings by the element: ctx.key("notice", element.name)
    own = {f"{v.name}.{kind}.{e.name}" for v in views().values() for e in v.elements for kind in OWN_KINDS}
    unused = [
        key
        for key in catalogue()
        if key not in implied
        and key not in literals
        and key not in own
        and not key.startswith(prefixes)
        and key.rsplit(".", 1)[0] not in literals
    ]
    assert not unused, unused


def test_no_text_is_defined_twice_for_the_same_kind_of_thing() -> None:
    """Column headers and lines shared by views are defined once (``common.*``), not per view."""
    by_kind: dict[tuple[str, str, str], list[str]] = {}
    for key, text in catalogue().items():
        parts = key.split(".")
        if len(parts) >= 3 and parts[1] in ("col",):
            by_kind.setdefault((parts[1], text["zh"], text["en"]), []).append(key)
    repeated = {texts: keys for texts, keys in by_kind.items() if len(keys) > 1}
    assert not repeated, repeated
    counts = Counter((text["zh"], text["en"]) for text in catalogue().values())
    assert counts[("年份", "Year")] <= 2, [k for k, v in catalogue().items() if v == {"zh": "年份", "en": "Year"}]


# zh/en pairs that stand in more than one module on purpose: the keys, and why.
CROSS_MODULE_ALLOWED = {
    # a control's label comes with its help (<view>.control.<name>, <name>_help), named by the definition
    ("common.col.segment", "common.segment", "subsidiaries.control.business_segment"),
    ("common.col.province", "subsidiaries.control.province"),
    # a KPI card's label is <view>.kpi.<indicator>, named by the definition
    ("overview.kpi.employees_total", "workforce.kpi.employees_total"),
    # a tab and a page title are named by the definition; the explorer's topics and the navigation's sections are
    # sets of their own, built from a prefix
    ("environment.tab.energy", "explorer.topic.energy"),
    ("environment.tab.water", "explorer.topic.water"),
    ("explorer.topic.profile", "overview.profile"),
    ("explorer.topic.ratings", "overview.ratings"),
    ("nav.section.overview", "overview.title"),
    # the segments' water intensities: the environment chart's legend and the subsidiaries page's cards (its set
    # subsidiaries.kpi.<segment>, built from a prefix)
    ("common.segment.mining", "environment.series.water_use_per_ore_processed", "subsidiaries.kpi.mining"),
    ("environment.series.water_use_per_product", "subsidiaries.kpi.smelting"),
    # different things: the total of the GHG scopes vs the subsidiaries' total count of figures
    ("emissions.series.ghg_total", "subsidiaries.col.total"),
    # different things: the column of restatement marks on every table vs the count of restated rows of an import
    ("editions.mark.column", "update_data.metric.restated"),
}


def test_no_text_is_defined_in_two_modules() -> None:
    """A zh/en pair shared by modules is defined once (``common.*``, or the owning module's key), not per module."""
    by_text: dict[tuple[str, str], list[str]] = {}
    for key, text in catalogue().items():
        by_text.setdefault((text["zh"], text["en"]), []).append(key)
    repeated = {tuple(sorted(keys)) for keys in by_text.values() if len({k.split(".")[0] for k in keys}) > 1}
    assert repeated <= CROSS_MODULE_ALLOWED, sorted(repeated - CROSS_MODULE_ALLOWED)
    assert not CROSS_MODULE_ALLOWED - repeated, sorted(CROSS_MODULE_ALLOWED - repeated)  # the list stays current
