"""Wrong numbers do not pass (issue 18 item 7): implausible values (1e308, negative tonnes) are refused; a new year
is reconciled by the build's rules (ghg_total = scope 1 + scope 2) and a figure breaking a rule or jumping from the
year before is flagged and written only when confirmed."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from esg.cli import main
from esg.errors import DataError
from esg.importer import import_bytes, plan_import
from tests.importdata import BASE, NEW, copy_snapshots, csv_bytes, find, good_rows, xlsx_bytes


@pytest.fixture
def snapshots(tmp_path: Path) -> Path:
    return copy_snapshots(tmp_path / "snapshots")


def with_2025(**values: str) -> list[dict[str, str]]:
    rows = good_rows()
    for indicator_id, value in values.items():
        rows[find(rows, indicator_id=indicator_id, entity="group", year=NEW)]["value"] = value
    return rows


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1e308", "a number"), ("1,000,000,000,000", "implausible"), ("-5", "not negative")],
)
def test_implausible_values_are_refused(snapshots: Path, value: str, expected: str) -> None:
    with pytest.raises(DataError) as caught:
        plan_import(csv_bytes(with_2025(ghg_scope1=value)), "esg.csv", snapshots, NEW)
    assert [(p.column, expected in p.expected) for p in caught.value.problems] == [("value", True)]


def test_a_new_year_is_reconciled_and_a_broken_rule_needs_confirming(snapshots: Path, tmp_path: Path) -> None:
    rows = with_2025(ghg_total="1,900,000")  # scope 1 + scope 2 = 1,800,000
    plan = plan_import(csv_bytes(rows), "esg.csv", snapshots, NEW)
    checks = plan.quality.filter(pl.col("check_id") == "env2_ghg_total_scopes", pl.col("year") == 2025)
    assert checks.select("expected", "printed", "status").row(0) == (1_800_000.0, 1_900_000.0, "discrepancy")
    assert [line.split(":")[0] for line in plan.confirm] == ["env2_ghg_total_scopes 2025"]
    with pytest.raises(DataError) as caught:
        import_bytes(csv_bytes(rows), "esg.csv", snapshots, NEW)
    assert "--confirm" in str(caught.value) and not (snapshots / NEW).exists()
    upload = tmp_path / "esg.csv"
    upload.write_bytes(csv_bytes(rows))
    assert main(["import", str(upload), "--edition", NEW, "--snapshots-dir", str(snapshots), "--confirm"]) == 0
    stored = pl.read_parquet(snapshots / NEW / "quality.parquet")
    assert stored.filter(pl.col("check_id") == "env2_ghg_total_scopes", pl.col("year") == 2025).height == 1


def test_a_good_new_year_passes_its_checks(snapshots: Path) -> None:
    plan = plan_import(csv_bytes(good_rows()), "esg.csv", snapshots, NEW)
    assert plan.confirm == ()
    ok = plan.quality.filter(pl.col("check_id") == "env2_ghg_total_scopes", pl.col("year") == 2025)
    assert ok.get_column("status").to_list() == ["ok"]


def test_an_implausible_jump_needs_confirming(snapshots: Path) -> None:
    rows = with_2025(employees_total="70,100")  # 6,931 in 2024
    plan = plan_import(csv_bytes(rows), "esg.csv", snapshots, NEW)
    assert any(line.startswith("employees_total group 2025: 70,100") for line in plan.confirm), plan.confirm
    assert import_bytes(csv_bytes(rows), "esg.csv", snapshots, NEW, confirmed=True).written is not None
    assert BASE in plan.base


def test_a_numeric_cell_of_1e308_is_refused(snapshots: Path) -> None:
    rows = good_rows()
    index = find(rows, indicator_id="ghg_scope1", entity="group", year=NEW)
    with pytest.raises(DataError) as caught:
        plan_import(xlsx_bytes(rows, number_at=(index, 1e308)), "esg.xlsx", snapshots, NEW)
    assert [(p.line, p.column, "implausible" in p.expected) for p in caught.value.problems] == [
        (index + 2, "value", True)
    ]
