"""Every CSV and Excel export neutralises formula-like text (issue 18 item 2, OWASP CSV injection): the explorer's
CSV and workbook, a chart's CSV, the import template (CSV and workbook) and the deck's workbook are opened and no
cell is a formula, no text cell starts with a formula character, no URL is a live hyperlink, numbers stay numbers;
the template imports back unchanged."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import plotly.graph_objects as go
import polars as pl
import pytest

from components.deck import build_workbook
from components.elements import chart_result
from components.slides import Slide
from esg import queries
from esg.importer import import_bytes, plan_import, template_bytes
from esg.spreadsheet import FORMULA_START, is_formula, neutralise, restore
from tests.importdata import NEW, copy_snapshots, csv_bytes, good_rows

URL = "https://evil.example/u"
ATTACKS = [
    '=HYPERLINK("https://evil.example/x","click")',
    "+SUM(1,2)",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(A1:A2)",
    URL,
]


@pytest.fixture(scope="module")
def snapshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 2025 edition whose scope 1 figures carry the attacks as name, source table and notes."""
    target = copy_snapshots(tmp_path_factory.mktemp("formulas") / "snapshots")
    rows = good_rows()
    for row in rows:
        if row["indicator_id"] == "ghg_scope1":
            row.update(name_en=ATTACKS[0], source_table_en=ATTACKS[1], note=ATTACKS[2], note_en=ATTACKS[3])
            row["source_table"] = URL
    import_bytes(csv_bytes(rows), "formulas.csv", target, NEW)
    return target


def csv_cells(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def assert_csv_safe(data: bytes) -> list[list[str]]:
    cells = csv_cells(data)
    risky = [c for row in cells for c in row if is_formula(c)]
    assert risky == []
    return cells


def assert_workbook_safe(data: bytes) -> openpyxl.Workbook:
    book = openpyxl.load_workbook(io.BytesIO(data))
    for sheet in book.worksheets:
        assert sheet._hyperlinks == []  # no URL became a live link
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert not is_formula(cell.value), (sheet.title, cell.coordinate, cell.value)
    return book


def test_neutralise_covers_owasp_leading_characters_and_keeps_numbers() -> None:
    for start in FORMULA_START:
        assert neutralise(f"{start}cmd") == f"'{start}cmd"
        assert restore(neutralise(f"{start}cmd")) == f"{start}cmd"
    for kept in ("-", "-12.5", "+3.2%", "1,234", "BB", "'quoted", "a=b", URL):
        assert neutralise(kept) == kept and restore(kept) == kept


def test_explorer_csv_and_workbook(snapshots: Path) -> None:
    snapshot = snapshots / NEW
    data = queries.run("explorer.download", snapshot, fmt="csv", lang="en", year=2025)
    cells = assert_csv_safe(data)
    flat = [c for row in cells for c in row]
    assert "'" + ATTACKS[0] in flat and "'" + ATTACKS[1] in flat  # shown, as text
    book = assert_workbook_safe(queries.run("explorer.download", snapshot, fmt="xlsx", lang="en", year=2025))
    values = [c.value for row in book.active.iter_rows() for c in row]
    assert "'" + ATTACKS[0] in values
    assert 550000 in values  # the 2025 scope 1 figure, a number


def test_a_charts_csv(snapshots: Path) -> None:
    frame = pl.DataFrame({"Series": ATTACKS, "Value": [1.0, -2.5, 3.0, 4.0, 5.0]})
    result = chart_result(go.Figure(), frame)
    cells = assert_csv_safe(result.csv)
    assert [row[1] for row in cells[1:]] == ["1", "-2.5", "3", "4", "5"]  # numbers as numbers


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_import_template_and_its_round_trip(snapshots: Path, fmt: str) -> None:
    data = template_bytes(snapshots / NEW, fmt)
    if fmt == "csv":
        cells = assert_csv_safe(data)
        assert any(c == "'" + ATTACKS[0] for row in cells for c in row)
    else:
        book = assert_workbook_safe(data)
        sheet = book["indicators"]
        header = [c.value for c in sheet[1]]
        values = [r[header.index("value")] for r in sheet.iter_rows(min_row=2, values_only=True)]
        assert all(isinstance(v, float | int) or v in ("-", "/") or str(v).isalpha() for v in values)
    plan = plan_import(data, f"template.{fmt}", snapshots, NEW, replace=True)
    assert plan.counts()["restated"] == 1 and plan.counts()["removed"] == 0  # the 2025 edition's one restatement
    scope1 = plan.indicators.filter(pl.col("indicator_id") == "ghg_scope1", pl.col("year") == 2025).row(0, named=True)
    assert scope1["name_en"] == ATTACKS[0] and scope1["note"] == ATTACKS[2]  # as typed, the apostrophe undone


def test_the_deck_workbook() -> None:
    slide = Slide(
        "attack",
        ATTACKS[0],
        go.Figure(layout={"title": {"text": ATTACKS[1]}}),
        [],
        ATTACKS[2],
        pl.DataFrame({"Series": ATTACKS, "Value": [1.0, 2.0, 3.0, 4.0, -5.0]}),
        ATTACKS[3],
        [ATTACKS[4]],
    )
    book = assert_workbook_safe(build_workbook([slide], lang="en", subtitle=ATTACKS[0]))
    values = [c.value for row in book.worksheets[0].iter_rows() for c in row]
    assert -5.0 in values and "'" + ATTACKS[0] in values and URL in values


def test_the_template_workbook_validates_its_columns(snapshots: Path) -> None:
    """Issue 16 item 7: drop-downs for indicator ids, units, entities and segments; number rules for year and value."""
    book = openpyxl.load_workbook(io.BytesIO(template_bytes(snapshots / NEW, "xlsx")))
    sheet = book["indicators"]
    header = [c.value for c in sheet[1]]
    rules = {}
    for validation in sheet.data_validations.dataValidation:
        column = header[openpyxl.utils.column_index_from_string(str(validation.sqref).split(":")[0][:1]) - 1]
        rules[column] = (validation.type, validation.formula1)
    assert {c: r[0] for c, r in rules.items()} == {
        "indicator_id": "list", "unit": "list", "entity": "list", "segment": "list", "year": "whole", "value": "custom",
    }  # fmt: skip
    assert book["lists"].sheet_state == "hidden"
    ids = [c.value for c in book["lists"]["A"][1:]]
    assert "ghg_scope1" in ids and rules["indicator_id"][1] == f"lists!$A$2:$A${len(ids) + 1}"
    assert str(sheet.data_validations.dataValidation[0].sqref).endswith("50001")
