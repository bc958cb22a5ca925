"""The explorer's state in its URL and its exports (issue 14 item 5): search, filters and order round-trip through the
query string; the CSV and the Excel file of a filtered explorer are named after the view, the filters and the
language, hold the printed figures with their printed units beside the converted ones, no "-" unit, integers as
integers and empty cells empty (never "None"). Expected figures typed from the report text."""

from __future__ import annotations

import csv
import io

import openpyxl
from streamlit.testing.v1 import AppTest

from tests.app import helpers
from tests.app.helpers import APP

record_downloads = helpers.record_downloads  # fixture (autouse): downloads recorded


def open_explorer(**params: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    at.switch_page("pages/explorer.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def figures(at: AppTest):
    return next(df.value for df in at.dataframe if "Indicator ID" in df.value.columns or "指标代码" in df.value.columns)


def download(at: AppTest, fmt: str) -> tuple[str, bytes]:
    """The file name and the bytes the figures table's ``fmt`` download serves."""
    return helpers.served_file(at, f"explorer_figures_{fmt}")


STATE = {"topics": "energy,safety", "search": "rate", "sort": "value_desc", "all_years": "1", "notes": "with"}


def test_the_explorers_state_round_trips_through_its_url() -> None:
    at = open_explorer(lang="en", **STATE)
    assert at.multiselect(key="explorer_topics").value == ["energy", "safety"]
    assert at.text_input(key="explorer_search").value == "rate"
    assert at.selectbox(key="explorer_sort").value == "value_desc"
    assert at.toggle(key="explorer_all_years").value is True
    rows = figures(at)
    assert set(rows["Topic"]) <= {"Energy", "Safety"} and len(rows) > 3
    # a column with empty cells (not disclosed, last) is shown as text, never "None"
    values = [float(v.replace(",", "")) if isinstance(v, str) else v for v in rows["Value"] if v not in ("", None)]
    assert "None" not in list(rows["Value"])
    assert values == sorted(values, reverse=True)
    # changed on the page, the state goes back into the URL, and that URL reopens the same table
    at.text_input(key="explorer_search").set_value("injury").run()
    at.selectbox(key="explorer_sort").set_value("year").run()
    url = {key: at.query_params[key] for key in at.query_params}
    assert url["search"] == "injury" and url["sort"] == "year" and url["topics"] == "energy,safety"
    again = open_explorer(**url)
    assert figures(again).equals(figures(at))


def test_csv_and_excel_of_a_filtered_explorer() -> None:
    # safety figures of every year: the employee count 6,931 (在职员工数量 人 5,762 6,222 6,931), LTIR printed
    # without a unit ('/'), investment in 万元
    at = open_explorer(lang="en", topics="safety,workforce", all_years="1", sort="year")
    name, data = download(at, "csv")
    assert name == "western-mining-esg_explorer_figures_all_years_sort-year_topics-safety+workforce_en.csv"
    text = data.decode("utf-8-sig")
    assert "None" not in text and ".0," not in text
    rows = list(csv.DictReader(io.StringIO(text)))
    by_id = {(r["Indicator ID"], r["Year"]): r for r in rows}
    employees = by_id[("employees_total", "2024")]
    assert employees["Value"] == "6931" and employees["Figure"] == "6,931 persons"
    assert employees["As printed"] == "6,931 persons" and employees["Business segment"] == ""
    ltir = by_id[("ltir_employees", "2024")]  # 百万工时损失工时事件率 0.396, unit column printed '/'
    assert ltir["Value"] == "0.396" and ltir["Unit"] == "" and ltir["As printed"] == "0.396"
    assert all(r["Unit"] != "-" for r in rows)
    money = next(r for r in rows if r["As printed"].endswith("× RMB 10,000"))
    assert money["Unit"].startswith("RMB") and money["Figure"].startswith("RMB")
    xname, xlsx = download(at, "xlsx")
    assert xname == name.removesuffix(".csv") + ".xlsx"
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx), read_only=True)["data"]
    header, *cells = list(sheet.iter_rows(values_only=True))
    assert list(header) == list(rows[0])
    found = {(r[header.index("Indicator ID")], r[header.index("Year")]): r for r in cells}
    row = found[("employees_total", 2024)]
    assert row[header.index("Value")] == 6931 and isinstance(row[header.index("Value")], int)
    assert row[header.index("Business segment")] in (None, "")  # empty, never "None"
    assert all(c != "None" for r in cells for c in r)
    assert found[("ltir_employees", 2024)][header.index("Unit")] in (None, "")


def test_chinese_file_name_and_printed_units() -> None:
    at = open_explorer(lang="zh", search="发电量", entity="xinyuan")
    name, data = download(at, "csv")
    assert name == "western-mining-esg_explorer_figures_2024_xinyuan_search-发电量_zh.csv"
    row = next(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    # 四川鑫源 ... 年发电量达 4,008.87 万 kWh
    assert row["报告原文"] == "4,008.87 万千瓦时" and row["数值"] == "4008.87"
