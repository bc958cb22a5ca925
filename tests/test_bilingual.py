"""Both languages in the committed snapshot: every English column is English only (no Chinese characters, no
full-width punctuation), every English column has its Chinese twin, and every name has a Chinese and English form."""

from __future__ import annotations

import json
import re
from pathlib import Path

import polars as pl
import pytest

from esg.snapshot import MANIFEST, SNAPSHOT_TABLES

# Chinese characters (the CJK blocks named in data/README.md, plus compatibility ideographs) and full-width or CJK
# punctuation and symbols: ideographic comma and full stop, 「」, full-width parentheses, colon, semicolon, ㎡ ...
CJK = r"[\u3400-\u9fff\uf900-\ufaff]"
FULL_WIDTH = r"[\u3000-\u303f\u3300-\u33ff\ufe30-\ufe4f\uff00-\uffef]"
NOT_ENGLISH = f"{CJK}|{FULL_WIDTH}"

# The columns naming things, per table: each must be non-empty in Chinese and in English.
NAME_COLUMNS: dict[str, list[str]] = {
    "indicators": ["name"],
    "entities": ["name", "short"],
    "materiality": ["topic"],
    "risks": ["risk"],
    "climate_risks": ["category", "name"],
    "targets": ["area"],
    "frameworks": ["group", "disclosure"],
}
# Explanations that exist in both languages or in neither (the explanation of a segment left empty is empty).
PAIRED_OPTIONAL = {"entities": ["segment_basis", "province", "capacity", "note"]}
KEYS = {
    "indicators": ["indicator_id", "entity", "segment", "year"],
    "entities": ["entity_id"],
    "materiality": ["topic_id"],
    "risks": ["risk_id"],
    "climate_risks": ["item_id"],
    "targets": ["target_id"],
    "frameworks": ["code"],
    "quality": ["check_id", "year"],
    "directions": ["indicator_id"],
}
TEXTLESS = {"directions"}  # ids and flags only: no text to translate


@pytest.fixture(scope="module")
def tables(snapshot: Path) -> dict[str, pl.DataFrame]:
    return {name: pl.read_parquet(snapshot / f"{name}.parquet") for name in SNAPSHOT_TABLES}


def english_columns(df: pl.DataFrame) -> list[str]:
    return [c for c in df.columns if c.endswith("_en") and df.schema[c] == pl.String]


def test_every_table_has_english_columns_and_keys(tables: dict[str, pl.DataFrame]) -> None:
    assert set(KEYS) == set(tables)
    for name, df in tables.items():
        assert english_columns(df) or name in TEXTLESS, name
        assert set(KEYS[name]) <= set(df.columns), name


@pytest.mark.parametrize("name", list(SNAPSHOT_TABLES))
def test_english_columns_hold_no_chinese_and_no_full_width_punctuation(
    tables: dict[str, pl.DataFrame], name: str
) -> None:
    df = tables[name]
    found = []
    for column in english_columns(df):
        bad = df.filter(pl.col(column).str.contains(NOT_ENGLISH))
        found += [
            f"{name}.{column} {dict(zip(KEYS[name], key, strict=True))}: {text!r}"
            for *key, text in bad.select(*KEYS[name], column).iter_rows()
        ]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("name", list(SNAPSHOT_TABLES))
def test_every_english_column_has_a_chinese_twin(tables: dict[str, pl.DataFrame], name: str) -> None:
    columns = set(tables[name].columns)
    # ``stem_zh``, or the bare ``stem`` for the columns kept as printed (indicators' unit/source_table/note, figures)
    orphans = [c for c in english_columns(tables[name]) if {c[:-3] + "_zh", c[:-3]}.isdisjoint(columns)]
    assert not orphans, f"{name}: English columns without a Chinese twin: {orphans}"


@pytest.mark.parametrize("name", list(NAME_COLUMNS))
def test_names_are_given_in_chinese_and_english(tables: dict[str, pl.DataFrame], name: str) -> None:
    df = tables[name]
    for stem in NAME_COLUMNS[name]:
        for column in (f"{stem}_zh", f"{stem}_en"):
            empty = df.filter(pl.col(column).is_null() | (pl.col(column).str.strip_chars() == ""))
            assert empty.is_empty(), f"{name}.{column} empty for {empty.select(KEYS[name]).to_dicts()}"


def test_zh_columns_of_names_hold_chinese(tables: dict[str, pl.DataFrame]) -> None:
    # The Chinese twin is the Chinese text, not a copy of the English one (ids like SSE-1 are in ``code``).
    for name in ("indicators", "entities", "risks", "climate_risks", "targets", "materiality"):
        for stem in NAME_COLUMNS[name]:
            column = f"{stem}_zh"
            latin = tables[name].filter(~pl.col(column).str.contains(CJK))
            assert latin.is_empty(), f"{name}.{column} without Chinese: {latin.get_column(column).to_list()}"


def test_explanations_come_in_both_languages_or_neither(tables: dict[str, pl.DataFrame]) -> None:
    for name, stems in PAIRED_OPTIONAL.items():
        df = tables[name]
        for stem in stems:
            zh, en = pl.col(f"{stem}_zh"), pl.col(f"{stem}_en")
            lopsided = df.filter(zh.is_null() != en.is_null())
            assert lopsided.is_empty(), f"{name}.{stem}: {lopsided.select(KEYS[name], f'{stem}_zh', f'{stem}_en')}"
    risks = tables["risks"]
    assert risks.filter(pl.col("category_basis_zh").is_null() | pl.col("category_basis_en").is_null()).is_empty()
    assert risks.filter(pl.col("category_basis_zh").str.contains(CJK)).height == risks.height
    # Each entity with a segment says in both languages how it got it; the group and entities left open say nothing.
    entities = tables["entities"]
    assert entities.filter(pl.col("segment").is_not_null(), pl.col("segment_basis_en").is_null()).is_empty()
    assert (
        entities.filter(pl.col("segment_basis_zh").is_not_null())
        .select(pl.col("segment_basis_zh").str.contains(CJK).all())
        .item()
    )


def test_quality_figures_in_english_carry_english_units(tables: dict[str, pl.DataFrame], snapshot: Path) -> None:
    units = json.loads((snapshot / MANIFEST).read_text(encoding="utf-8"))["units"]
    quality = tables["quality"]
    prose = quality.filter(pl.col("kind") == "prose")
    assert prose.height > 0 and prose.filter(pl.col("figures").str.contains(CJK)).height > 0
    # The same printed numbers, each unit replaced by its English form from the units catalogue.
    for figures, figures_en in prose.select("figures", "figures_en").iter_rows():
        match = re.fullmatch(r"prose (\S+) (.+); table (\S+) (.+)", figures)
        assert match, figures
        prose_printed, prose_unit, table_printed, table_unit = match.groups()
        assert figures_en == (
            f"prose {prose_printed} {units[prose_unit]['unit_en']}; table {table_printed} {units[table_unit]['unit_en']}"
        )
    # Rules list ``id=printed``: the same text in both languages.
    rules = quality.filter(pl.col("kind") != "prose")
    assert rules.height > 0 and rules.filter(pl.col("figures") != pl.col("figures_en")).is_empty()


def test_the_units_catalogue_in_the_manifest_is_english(snapshot: Path) -> None:
    units = json.loads((snapshot / MANIFEST).read_text(encoding="utf-8"))["units"]
    bad = {unit: entry["unit_en"] for unit, entry in units.items() if re.search(NOT_ENGLISH, entry["unit_en"])}
    assert not bad
