"""``python -m esg import`` / ``export-template``: a good import adds 2025 and records a restatement; every bad input
exits non-zero with a message naming file, row, column and what was expected, and leaves every byte as it was."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from esg.cli import main
from esg.errors import DataError, SnapshotError
from esg.importer import MAX_IMPORT_BYTES, import_bytes, plan_import, template_frame
from esg.paths import PROJECT_DIR
from esg.snapshot import list_editions, snapshot_lock, verify_snapshot
from tests.importdata import (
    BASE,
    NEW,
    NEW_FIGURES,
    REASON,
    RESTATED_FROM,
    RESTATED_TO,
    copy_snapshots,
    csv_bytes,
    digests,
    find,
    good_rows,
    line_of,
    template_rows,
    xlsx_bytes,
)


@pytest.fixture
def snapshots(tmp_path: Path) -> Path:
    return copy_snapshots(tmp_path / "snapshots")


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_import(capsys, snapshots: Path, path: Path, *extra: str) -> tuple[int, str, str]:
    return cli(capsys, "import", str(path), "--edition", NEW, "--snapshots-dir", str(snapshots), *extra)


# ------------------------------------------------------------------------------------------------------ good imports


def test_export_template_round_trips_the_current_edition(tmp_path: Path, snapshots: Path, capsys) -> None:
    for suffix in ("csv", "xlsx"):
        target = tmp_path / f"template.{suffix}"
        code, out, _ = cli(capsys, "export-template", str(target), "--snapshots-dir", str(snapshots))
        assert code == 0 and f"837 figures of edition {BASE}" in out
        plan = plan_import(target.read_bytes(), target.name, snapshots, NEW)
        assert plan.counts() == {"added": 0, "restated": 0, "unchanged": 837, "removed": 0}
        # Nothing changed: the new edition's figures are the old ones, provenance and printed form included.
        old = pl.read_parquet(snapshots / BASE / "indicators.parquet")
        assert plan.indicators.equals(old)
    header = (tmp_path / "template.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.split(",")[:8] == ["indicator_id", "name_zh", "name_en", "unit", "unit_en", "year", "value", "entity"]


def test_a_good_import_adds_2025_and_records_the_restatement(tmp_path: Path, snapshots: Path, capsys) -> None:
    before = digests(snapshots / BASE)
    path = tmp_path / "esg_2025.csv"
    path.write_bytes(csv_bytes(good_rows()))
    code, out, err = run_import(capsys, snapshots, path)
    assert code == 0, err
    assert "edition 2025: added 5, restated 1, unchanged 836, removed 0" in out
    assert f"restated ghg_scope1 group 2024: 563,111 -> 563,000 吨二氧化碳当量 (reason: {REASON})" in out
    assert list_editions(snapshots) == [BASE, NEW]
    assert digests(snapshots / BASE) == before  # earlier editions are never modified
    manifest = verify_snapshot(snapshots / NEW)
    assert manifest["based_on"] == BASE
    assert manifest["import"]["restated"] == 1 and manifest["import"]["file"] == "esg_2025.csv"
    assert manifest["units"]["吨二氧化碳当量"]["unit_en"] == "t CO2e"
    figures = pl.read_parquet(snapshots / NEW / "indicators.parquet")
    restated = figures.filter(pl.col("restated")).to_dicts()
    assert len(restated) == 1
    assert restated[0]["indicator_id"] == "ghg_scope1" and restated[0]["year"] == 2024
    assert (restated[0]["original_value"], restated[0]["value"]) == (RESTATED_FROM, RESTATED_TO)
    assert restated[0]["restatement_reason"] == REASON
    new = figures.filter(pl.col("year") == 2025, pl.col("entity") == "group", pl.col("segment").is_null())
    assert dict(zip(new["indicator_id"], new["value"], strict=True)) == {
        k: float(v.replace(",", "")) for k, v in NEW_FIGURES.items()
    }
    # The other tables carry over from the previous edition unchanged.
    for table in ("entities", "targets", "frameworks"):
        assert pl.read_parquet(snapshots / NEW / f"{table}.parquet").equals(
            pl.read_parquet(snapshots / BASE / f"{table}.parquet")
        )
    # The next template carries the restatement's reason, and re-importing it changes nothing.
    again = template_frame(snapshots / NEW)
    assert again.filter(pl.col("reason") == REASON).height == 1


def test_dry_run_writes_nothing(tmp_path: Path, snapshots: Path, capsys) -> None:
    before = digests(snapshots)
    path = tmp_path / "esg_2025.csv"
    path.write_bytes(csv_bytes(good_rows()))
    code, out, _ = run_import(capsys, snapshots, path, "--dry-run")
    assert code == 0 and "added 5, restated 1" in out and "nothing was written" in out
    assert digests(snapshots) == before


@pytest.mark.parametrize(
    ("suffix", "make"),
    [
        ("csv", lambda rows: csv_bytes(rows, encoding="gb18030")),  # what Chinese spreadsheet software writes
        ("csv", lambda rows: b"\xef\xbb\xbf" + csv_bytes(rows)),  # UTF-8 with a byte-order mark
        ("xlsx", xlsx_bytes),
    ],
    ids=["gb18030", "utf8-bom", "xlsx"],
)
def test_gb18030_utf8_and_excel_files_are_accepted(tmp_path: Path, snapshots: Path, suffix: str, make) -> None:
    plan = plan_import(make(good_rows()), f"esg_2025.{suffix}", snapshots, NEW)
    assert plan.counts() == {"added": 5, "restated": 1, "unchanged": 836, "removed": 0}
    names = plan.indicators.filter(pl.col("indicator_id") == "ghg_scope1").get_column("name_zh").unique().to_list()
    assert names == ["范围一排放量"] or all("范围一" in n for n in names)


def test_a_removed_figure_is_reported(snapshots: Path) -> None:
    rows = good_rows()
    gone = rows.pop(find(rows, indicator_id="employees_total", entity="group", year="2022"))
    plan = plan_import(csv_bytes(rows), "esg_2025.csv", snapshots, NEW)
    assert plan.counts()["removed"] == 1
    assert plan.removed.row(0, named=True)["indicator_id"] == gone["indicator_id"]
    assert "removed employees_total group 2022" in plan.summary()


# -------------------------------------------------------------------------------------------------------- bad input


def broken(change) -> list[dict[str, str]]:
    rows = good_rows()
    change(rows)
    return rows


def set_cell(indicator_id: str, year: str, column: str, value: str):
    def change(rows: list[dict[str, str]]) -> int:
        i = find(rows, indicator_id=indicator_id, entity="group", year=year)
        rows[i][column] = value
        return i

    return change


def row_line(indicator_id: str, year: str) -> int:
    return line_of(find(good_rows(), indicator_id=indicator_id, entity="group", year=year))


SCOPE1_2025 = row_line("ghg_scope1", "2025")
FEMALE_2025 = row_line("employees_female_pct", "2025")

BAD_CELLS = {  # case: (indicator_id, year (group level), column, what is typed in it), what the message expects
    "text in a number": (
        ("ghg_scope1", "2025", "value", "about 550k"),
        "expected a number (e.g. 1234.5 or 1,234.5), or - or / for not disclosed (found 'about 550k')",
    ),
    "text in the year": (
        ("ghg_scope1", "2025", "year", "2O25"),
        "expected a four-digit year (found '2O25')",
    ),
    "unknown indicator": (
        ("ghg_scope1", "2025", "indicator_id", "ghg_scope9"),
        "expected an indicator_id of edition 2024",
    ),
    "unknown unit": (
        ("ghg_scope1", "2025", "unit", "吨CO2"),
        "expected a unit of the units catalogue (data/source/units.csv) (found '吨CO2')",
    ),
    "another indicator's unit": (
        ("ghg_scope1", "2025", "unit", "万吨"),
        "expected the unit of ghg_scope1 in edition 2024: 吨二氧化碳当量",
    ),
    "wrong English unit": (
        ("ghg_scope1", "2025", "unit_en", "kt CO2e"),
        "expected 't CO2e' (the English form of 吨二氧化碳当量)",
    ),
    "unknown entity": (
        ("ghg_scope1", "2025", "entity", "atlantis"),
        "expected an entity_id of edition 2024",
    ),
    "year after the edition": (
        ("ghg_scope1", "2025", "year", "2031"),
        "expected a year from 2000 to 2025 (the edition's year) (found '2031')",
    ),
    "year before 2000": (
        ("ghg_scope1", "2025", "year", "1899"),
        "expected a year from 2000 to 2025",
    ),
    "percentage over 100": (
        ("employees_female_pct", "2025", "value", "120.5"),
        "expected a percentage from 0 to 100 (found '120.5')",
    ),
    "negative count": (
        ("employees_total", "2025", "value", "-7,010"),
        "expected a count that is not negative (人) (found '-7,010')",
    ),
    "restatement without a reason": (
        ("ghg_scope1", "2024", "reason", ""),
        "expected a reason for the restatement of this figure (563,111 in edition 2024, 563,000 now)",
    ),
    "empty value": (
        ("ghg_scope1", "2025", "value", ""),
        "expected a number",
    ),
    "bad segment": (
        ("ghg_scope1", "2025", "segment", "refining"),
        "expected empty or one of mining, smelting, other (found 'refining')",
    ),
}


def duplicate(rows: list[dict[str, str]]) -> None:
    rows.append(dict(rows[find(rows, indicator_id="ghg_scope1", entity="group", year="2025")]))


@pytest.mark.parametrize("case", list(BAD_CELLS))
def test_a_bad_cell_is_named_and_nothing_changes(tmp_path: Path, snapshots: Path, capsys, case: str) -> None:
    (indicator_id, year, column, value), expected = BAD_CELLS[case]
    path = tmp_path / "esg_2025.csv"
    path.write_bytes(csv_bytes(broken(set_cell(indicator_id, year, column, value))))
    before = digests(snapshots)
    code, out, err = run_import(capsys, snapshots, path)
    assert code == 2, out
    assert f"esg_2025.csv, line {row_line(indicator_id, year)}, column '{column}': {expected}" in err
    assert "Traceback" not in err
    assert digests(snapshots) == before


def test_a_duplicate_key_names_both_lines(tmp_path: Path, snapshots: Path, capsys) -> None:
    rows = broken(duplicate)
    path = tmp_path / "esg_2025.csv"
    path.write_bytes(csv_bytes(rows))
    before = digests(snapshots)
    code, _, err = run_import(capsys, snapshots, path)
    assert code == 2
    assert (
        f"esg_2025.csv, line {line_of(len(rows) - 1)}: expected one row per indicator_id, entity, segment and year "
        f"(the same figure is on line {SCOPE1_2025}) (found 'ghg_scope1 group 2025')"
    ) in err
    assert digests(snapshots) == before


def test_every_problem_of_a_file_is_reported_at_once(snapshots: Path) -> None:
    rows = broken(set_cell("ghg_scope1", "2025", "value", "n/a"))
    set_cell("employees_female_pct", "2025", "value", "101")(rows)
    with pytest.raises(DataError) as info:
        plan_import(csv_bytes(rows), "esg_2025.csv", snapshots, NEW)
    assert [(p.line, p.column) for p in info.value.problems] == [(SCOPE1_2025, "value"), (FEMALE_2025, "value")]


def without_column(column: str) -> bytes:
    from esg.importer import TEMPLATE_COLUMNS

    return csv_bytes(good_rows(), columns=[c for c in TEMPLATE_COLUMNS if c != column])


def renamed_column(old: str, new: str) -> bytes:
    text = csv_bytes(good_rows()).decode("utf-8")
    header, rest = text.split("\r\n", 1)
    return (",".join(new if c == old else c for c in header.split(",")) + "\r\n" + rest).encode("utf-8")


def truncated_csv() -> bytes:
    lines = csv_bytes(good_rows()).split(b"\r\n")
    line = lines[100]
    return b"\r\n".join(lines[:100]) + b"\r\n" + line[: line.index(b",", line.index(b",") + 1)]  # two cells


def truncated_in_a_quote() -> bytes:
    data = csv_bytes([{**good_rows()[0], "note": "a note, with a comma"}])
    return data[: data.index(b"with")]


def truncated_xlsx() -> bytes:
    data = xlsx_bytes(good_rows())
    return data[: len(data) * 2 // 3]


def corrupt_xlsx() -> bytes:
    data = bytearray(xlsx_bytes(good_rows()))
    middle = len(data) // 2
    data[middle : middle + 64] = b"\x00" * 64
    return bytes(data)


def truncated_mid_character() -> bytes:
    data = csv_bytes(good_rows())
    cut = data.rindex("范围一".encode()) + 1  # inside the three bytes of 范
    return data[:cut]


BAD_FILES = {
    "missing column": (
        "esg_2025.csv",
        lambda: without_column("value"),
        "esg_2025.csv, line 1, column 'value': expected this column in the header",
    ),
    "misspelt column": (
        "esg_2025.csv",
        lambda: renamed_column("note", "notes"),
        "esg_2025.csv, line 1, column 'notes': expected only the import columns (indicator_id, name_zh",
    ),
    "empty file": (
        "esg_2025.csv",
        lambda: b"",
        "esg_2025.csv: expected a header row and data rows (found 'an empty file')",
    ),
    "blank file": (
        "esg_2025.csv",
        lambda: b"\r\n  \r\n",
        "esg_2025.csv: expected a header row and data rows (found 'an empty file')",
    ),
    "header only": (
        "esg_2025.csv",
        lambda: csv_bytes([]),
        "esg_2025.csv: expected at least one data row under the header (found 'none')",
    ),
    "truncated csv": (
        "esg_2025.csv",
        truncated_csv,
        "esg_2025.csv, line 101: expected 14 cells like the header (found '2 cells (a truncated file?)')",
    ),
    "truncated inside a quoted cell": (
        "esg_2025.csv",
        truncated_in_a_quote,
        "esg_2025.csv, line 2: expected well-formed CSV (a truncated or corrupt file?) (found 'unexpected end of data')",
    ),
    "truncated inside a character": (
        "esg_2025.csv",
        truncated_mid_character,
        "expected complete UTF-8 text (found 'the file ends inside a character (truncated?)')",
    ),
    "binary garbage": (
        "esg_2025.csv",
        lambda: bytes(range(256)) * 8,
        "esg_2025.csv, line 1: expected text (a CSV file) (found 'binary data: a corrupt or non-CSV file')",
    ),
    "truncated xlsx": (
        "esg_2025.xlsx",
        truncated_xlsx,
        "esg_2025.xlsx: expected a complete .xlsx workbook (found 'not a zip archive: a truncated or corrupt file')",
    ),
    "corrupt xlsx": ("esg_2025.xlsx", corrupt_xlsx, "esg_2025.xlsx: expected a complete .xlsx workbook (found '"),
    "csv named xlsx": (
        "esg_2025.xlsx",
        lambda: csv_bytes(good_rows()),
        "esg_2025.xlsx: expected a complete .xlsx workbook (found 'not a zip archive",
    ),
    "formula in excel": (
        "esg_2025.xlsx",
        lambda: xlsx_bytes(good_rows(), formula_at=SCOPE1_2025 - 2),
        f"esg_2025.xlsx, sheet 'indicators', line {SCOPE1_2025}, column 'value': expected a value, not a formula "
        f"(cell G{SCOPE1_2025}: paste values only) (found '=SUM(1,2)')",
    ),
    "old excel format": ("esg_2025.xls", lambda: b"\xd0\xcf\x11\xe0" + b"\x00" * 100, "expected a .csv or .xlsx file"),
    "not a spreadsheet": (
        "esg_2025.txt",
        lambda: b"hello",
        "esg_2025.txt: expected a .csv or .xlsx file (found '.txt')",
    ),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_a_bad_file_is_rejected_and_nothing_changes(tmp_path: Path, snapshots: Path, capsys, case: str) -> None:
    name, make, expected = BAD_FILES[case]
    path = tmp_path / name
    path.write_bytes(make())
    before = digests(snapshots)
    code, out, err = run_import(capsys, snapshots, path)
    assert code == 2, out
    assert expected in err, err
    assert "Traceback" not in err
    assert digests(snapshots) == before


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path, snapshots: Path, capsys) -> None:
    path = tmp_path / "esg_2025.csv"
    data = csv_bytes(good_rows())
    path.write_bytes(data + b"\n" * (MAX_IMPORT_BYTES - len(data) + 1))
    before = digests(snapshots)
    code, _, err = run_import(capsys, snapshots, path)
    assert code == 2
    assert (
        f"esg_2025.csv: expected a file of at most {MAX_IMPORT_BYTES:,} bytes (found '{MAX_IMPORT_BYTES + 1:,} bytes"
        in err
    )
    assert digests(snapshots) == before
    with pytest.raises(DataError, match="at most 1,000 bytes"):
        import_bytes(data, "esg_2025.csv", snapshots, NEW, max_bytes=1000)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--edition", BASE], "--edition: expected a new edition: earlier editions are never modified"),
        (["--edition", "25"], "--edition: expected four ASCII digits such as 2025 (found '25')"),
        (["--edition", "2023"], "--edition: expected an edition not older than 2024 (found '2023')"),
    ],
)
def test_earlier_editions_cannot_be_overwritten(tmp_path: Path, snapshots: Path, capsys, args, expected) -> None:
    path = tmp_path / "esg.csv"
    path.write_bytes(csv_bytes(good_rows()))
    before = digests(snapshots)
    code, _, err = cli(capsys, "import", str(path), "--snapshots-dir", str(snapshots), *args)
    assert code == 2 and expected in err, err
    assert digests(snapshots) == before


def test_replace_re_imports_only_the_newest_edition(tmp_path: Path, snapshots: Path) -> None:
    import_bytes(csv_bytes(good_rows()), "esg_2025.csv", snapshots, NEW)
    rows = good_rows()
    rows[find(rows, indicator_id="ghg_scope2", entity="group", year=NEW)]["value"] = "1,240,000"
    rows[find(rows, indicator_id="ghg_total", entity="group", year=NEW)]["value"] = "1,790,000"  # still scope 1 + 2
    plan = import_bytes(csv_bytes(rows), "esg_2025_v2.csv", snapshots, NEW, replace=True)
    assert plan.base == BASE and plan.written == snapshots / NEW
    assert verify_snapshot(snapshots / NEW)["import"]["file"] == "esg_2025_v2.csv"
    with pytest.raises(DataError, match="an edition not older than 2025"):
        import_bytes(csv_bytes(rows), "x.csv", snapshots, BASE, replace=True)


def test_a_second_import_waits_for_the_lock_then_gives_up(tmp_path: Path, snapshots: Path) -> None:
    before = digests(snapshots / BASE)
    with snapshot_lock(snapshots), pytest.raises(SnapshotError, match="another import or build is writing"):
        import_bytes(csv_bytes(good_rows()), "esg_2025.csv", snapshots, NEW, lock_timeout=0.2)
    assert list_editions(snapshots) == [BASE]
    assert digests(snapshots / BASE) == before
    # Released: the same import now goes through.
    assert import_bytes(csv_bytes(good_rows()), "esg_2025.csv", snapshots, NEW).written == snapshots / NEW


def test_a_broken_previous_edition_is_not_built_upon(snapshots: Path) -> None:
    target = snapshots / BASE / "indicators.parquet"
    target.write_bytes(target.read_bytes()[:-100])
    with pytest.raises(SnapshotError, match=r"the previous edition 2024 cannot be used.*checksum"):
        plan_import(csv_bytes(good_rows()), "esg_2025.csv", snapshots, NEW)


def test_the_command_exits_non_zero_without_a_traceback(tmp_path: Path, snapshots: Path) -> None:
    path = tmp_path / "esg_2025.csv"
    path.write_bytes(csv_bytes(broken(set_cell("ghg_scope1", "2025", "value", "abc"))))
    result = subprocess.run(
        [sys.executable, "-m", "esg", "import", str(path), "--edition", NEW, "--snapshots-dir", str(snapshots)],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert f"esg_2025.csv, line {SCOPE1_2025}, column 'value': expected a number" in result.stderr
    assert "Traceback" not in result.stderr
    assert list_editions(snapshots) == [BASE]


def test_untrusted_text_is_kept_as_text(snapshots: Path) -> None:
    payload = "<img src=x onerror=alert(1)>"
    rows = good_rows(name_en=payload)
    rows[0]["note_en"] = '=HYPERLINK("http://example.com")'
    plan = plan_import(xlsx_bytes(rows), "esg_2025.xlsx", snapshots, NEW)
    assert plan.restated.row(0, named=True)["name_en"] == payload
    assert plan.indicators.row(0, named=True)["note_en"] == rows[0]["note_en"]


def test_the_template_never_turns_text_into_formulas(tmp_path: Path, snapshots: Path) -> None:
    import openpyxl

    rows = template_rows()
    rows[0]["note_en"] = "=1+1"
    import_bytes(csv_bytes(rows), "esg_2025.csv", snapshots, NEW)
    target = tmp_path / "template.xlsx"
    main(["export-template", str(target), "--snapshots-dir", str(snapshots)])
    sheet = openpyxl.load_workbook(target)["indicators"]
    cell = sheet.cell(row=2, column=13)
    assert (cell.value, cell.data_type) == ("'=1+1", "s")  # neutralised text (esg.spreadsheet), never a formula
    assert json.loads((snapshots / NEW / "manifest.json").read_text(encoding="utf-8"))["import"]["unchanged"] == 837
