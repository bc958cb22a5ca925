"""The build: reproducible, atomic, and precise about bad input (file, line, column, what was expected)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from esg.build import build
from esg.errors import DataError
from esg.snapshot import verify_snapshot

EDITION = "2024"


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, fragment: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if fragment in line)


def test_build_reproduces_the_committed_snapshot_byte_for_byte(tmp_path: Path, snapshot: Path) -> None:
    from esg.paths import SOURCE_DIR

    result = build(SOURCE_DIR, tmp_path, EDITION)
    assert digests(result.path) == digests(snapshot)
    verify_snapshot(result.path)


def test_building_twice_gives_identical_files(tmp_path: Path, source_copy: Path) -> None:
    first = digests(build(source_copy, tmp_path / "a", EDITION).path)
    second = digests(build(source_copy, tmp_path / "b", EDITION).path)
    assert first == second


def test_a_broken_source_file_leaves_the_old_snapshot_byte_identical(tmp_path: Path, source_copy: Path) -> None:
    snapshots = tmp_path / "snapshots"
    good = build(source_copy, snapshots, EDITION).path
    before = digests(good)
    table = source_copy / "indicators" / "env2__ghg_emissions.csv"
    replace_in(table, '"563,111"', '"563,1114"')  # a footnote marker glued to a number
    with pytest.raises(DataError) as info:
        build(source_copy, snapshots, EDITION)
    assert digests(good) == before
    assert sorted(p.name for p in snapshots.iterdir() if p.name != ".lock") == [EDITION]  # .lock: the write lock
    message = str(info.value)
    assert f"indicators/env2__ghg_emissions.csv, line {line_of(table, '563,1114')}, column 'printed'" in message
    assert "'563,1114'" in message


@pytest.mark.parametrize(
    ("old", "new", "column", "expected"),
    [
        (',2024,"563,111",', ',2O24,"563,111",', "year", "a four-digit year"),
        ('吨二氧化碳当量,t CO2e,2024,"563,111"', '吨CO2,t CO2e,2024,"563,111"', "unit", "a unit listed in units.csv"),
        ('"563,111",group,', '"563,111",nowhere,', "entity", "an entity_id listed in entities.csv"),
        ('"563,111",group,,E,emissions,', '"563,111",group,,X,emissions,', "pillar", "one of E, S, G"),
        ('"563,111",group,,E,emissions,', '"563,111",group,,E,carbon,', "topic", "one of profile"),
    ],
)
def test_a_malformed_row_is_reported_with_file_line_and_column(
    source_copy: Path, tmp_path: Path, old: str, new: str, column: str, expected: str
) -> None:
    table = source_copy / "indicators" / "env2__ghg_emissions.csv"
    line = line_of(table, old)
    replace_in(table, old, new)
    with pytest.raises(DataError) as info:
        build(source_copy, tmp_path / "snapshots", EDITION)
    message = str(info.value)
    assert f"indicators/env2__ghg_emissions.csv, line {line}, column '{column}': expected {expected}" in message


def test_a_duplicate_figure_is_rejected(source_copy: Path, tmp_path: Path) -> None:
    table = source_copy / "indicators" / "env2__ghg_emissions.csv"
    rows = table.read_text(encoding="utf-8").splitlines()
    table.write_text("\n".join([*rows, rows[1]]) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"one figure per indicator, entity, segment and year"):
        build(source_copy, tmp_path / "snapshots", EDITION)


def test_a_footnote_marker_glued_to_a_name_is_rejected(source_copy: Path, tmp_path: Path) -> None:
    table = source_copy / "indicators" / "safety__safety_management_performance.csv"
    replace_in(table, "损失工时事件数 (LTI)", "损失工时事件数 (LTI)4")
    with pytest.raises(DataError, match=r"column 'name_zh': expected a name without a footnote marker"):
        build(source_copy, tmp_path / "snapshots", EDITION)


def test_a_rule_pointing_at_an_unknown_indicator_is_an_extraction_error(source_copy: Path, tmp_path: Path) -> None:
    rules = source_copy / "rules" / "env2.csv"
    replace_in(rules, "ghg_scope1_coal", "ghg_scope1_kerosene")
    with pytest.raises(DataError, match=r"rules/env2.csv, line \d+, column 'parts'.*ghg_scope1_kerosene"):
        build(source_copy, tmp_path / "snapshots", EDITION)
