"""The investor deck from the command line (``python -m esg deck``), in both languages: slide count, 16:9, each
slide's title, each picture a PNG of slide resolution; the Excel export read back and its figures compared with the
snapshot and with values typed from the report. Each deck is built once per language (one kaleido browser each)."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

import openpyxl
import polars as pl
import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from components.deck import PICTURE_SCALE
from components.render import chart_config
from components.slides import CURATED, PICTURE_HEIGHT, PICTURE_WIDTH, build_slides, slide_names, slide_title
from esg.i18n import t
from esg.paths import PROJECT_DIR

YEAR = 2024
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Typed from the report (2024): scope 1+2 GHG emissions and employees.
GHG_TOTAL_2024 = 1_857_309
EMPLOYEES_2024 = 6_931


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "esg", *args], cwd=PROJECT_DIR, capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module", params=["en", "zh"])
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path, Path]:
    """(lang, deck, workbook) built once per language by the command line."""
    lang = request.param
    folder = tmp_path_factory.mktemp(f"deck_{lang}")
    deck, workbook = folder / f"deck_{lang}.pptx", folder / f"figures_{lang}.xlsx"
    result = run_cli("deck", str(deck), "--lang", lang, "--excel", str(workbook))
    assert result.returncode == 0, result.stderr
    assert f"[{len(CURATED)}/{len(CURATED)}]" in result.stderr  # progress was reported
    return lang, deck, workbook


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    return struct.unpack(">II", data[16:24])


def test_deck_has_a_title_slide_then_one_16_9_slide_per_chart(built: tuple[str, Path, Path]) -> None:
    lang, deck, _ = built
    prs = Presentation(str(deck))
    assert len(prs.slides) == len(CURATED) + 1
    assert abs(prs.slide_width / prs.slide_height - 16 / 9) < 0.01
    first = prs.slides[0]
    assert first.shapes.title.text == t("common.company", lang)
    texts = " ".join(shape.text_frame.text for shape in first.shapes if shape.has_text_frame)
    assert t("deck.title", lang) in texts and str(YEAR) in texts
    for name, slide in zip(CURATED, list(prs.slides)[1:], strict=True):
        assert slide.shapes.title.text == slide_title(name, lang, YEAR)
        pictures = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
        assert len(pictures) == 1, name
        blob = pictures[0].image.blob
        assert blob.startswith(PNG_SIGNATURE), name
        assert len(blob) > 20_000, (name, len(blob))
        assert png_size(blob) == (PICTURE_WIDTH * PICTURE_SCALE, PICTURE_HEIGHT * PICTURE_SCALE), name
        right = pictures[0].left + pictures[0].width
        assert right <= prs.slide_width and pictures[0].top + pictures[0].height <= prs.slide_height, name
        assert slide.has_notes_slide and slide.notes_slide.notes_text_frame.text.startswith(slide.shapes.title.text)
        if lang == "en":
            text = " ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
            assert not any("\u4e00" <= ch <= "\u9fff" for ch in text), (name, text)


def sheet_table(sheet) -> tuple[dict[str, str], list[dict]]:
    """(labelled rows above the table, the table's rows as dicts)."""
    rows = list(sheet.iter_rows(values_only=True))
    meta = {row[0]: row[1] for row in rows[1:] if row and row[0] is not None and len(row) > 1}
    blank = next(i for i, row in enumerate(rows) if i > 0 and all(v is None for v in row))
    header = rows[blank + 1]
    table = [dict(zip(header, row, strict=False)) for row in rows[blank + 2 :]]
    return meta, table


def snapshot_value(indicators: pl.DataFrame, iid: str, year: int, segment: str | None = None) -> float:
    same = pl.col("segment").is_null() if segment is None else pl.col("segment") == segment
    return indicators.filter(pl.col("indicator_id") == iid, pl.col("entity") == "group", same, pl.col("year") == year)[
        "value"
    ].item()


def test_workbook_has_one_sheet_per_slide_with_unit_source_and_the_snapshot_figures(
    built: tuple[str, Path, Path], indicators: pl.DataFrame
) -> None:
    lang, _, workbook = built
    book = openpyxl.load_workbook(workbook, read_only=True)
    assert len(book.sheetnames) == len(CURATED)
    tables = {}
    for name, sheet_name in zip(CURATED, book.sheetnames, strict=True):
        sheet = book[sheet_name]
        assert sheet["A1"].value == slide_title(name, lang, YEAR)
        meta, table = sheet_table(sheet)
        assert meta[t("common.unit", lang)], name
        assert meta[t("deck.sheet.source", lang)].startswith(t("common.source_prefix", lang)), name
        assert table, name
        tables[name] = table

    ghg = snapshot_value(indicators, "ghg_total", YEAR)
    employees = snapshot_value(indicators, "employees_total", YEAR)
    assert (ghg, employees) == (GHG_TOTAL_2024, EMPLOYEES_2024)

    indicator, value = t("common.col.indicator", lang), t("common.col.value_plain", lang)
    kpis = {row[indicator]: row[value] for row in tables["kpis"]}
    assert kpis[t("overview.kpi.ghg_total", lang)] == GHG_TOTAL_2024
    assert kpis[t("overview.kpi.employees_total", lang)] == EMPLOYEES_2024

    total = t("common.series.total_printed", lang)
    people = [row for row in tables["workforce"] if total in row.values()]
    by_year = {row[t("common.col.year", lang)]: row[t("common.col.people", lang)] for row in people}
    assert by_year[str(YEAR)] == EMPLOYEES_2024
    assert by_year == {str(y): snapshot_value(indicators, "employees_total", y) for y in (2022, 2023, 2024)}

    segments = tables["emissions"]
    year_col, segment_col = t("common.col.year", lang), t("common.col.segment", lang)
    value_col = next(c for c in segments[0] if c not in (year_col, segment_col))
    for row in segments:
        segment = next(s for s in ("mining", "smelting", "other") if t(f"common.segment.{s}", lang) == row[segment_col])
        assert row[value_col] == snapshot_value(indicators, "ghg_total", int(row[year_col]), segment)
    assert sum(r[value_col] for r in segments if str(r[year_col]) == str(YEAR)) == GHG_TOTAL_2024


def test_every_slide_chart_carries_its_title_and_source_line_and_downloads_at_slide_resolution(
    snapshot: Path,
) -> None:
    config = chart_config("x")["toImageButtonOptions"]
    assert config["format"] == "png" and config["scale"] >= 2
    assert config["width"] / config["height"] == pytest.approx(16 / 9)
    for lang in ("zh", "en"):
        for slide in build_slides(snapshot, slide_names(), lang=lang, year=YEAR):
            layout = slide.figure.layout
            assert layout.title.text, slide.name
            sources = [a.text for a in layout.annotations if (a.text or "").startswith(t("common.source_prefix", lang))]
            assert sources, slide.name
            assert slide.source.startswith(t("common.source_prefix", lang))


def test_cli_lists_slides_and_rejects_unknown_ones() -> None:
    listed = run_cli("deck", "--list")
    assert listed.returncode == 0 and listed.stdout.split() == slide_names()
    bad = run_cli("deck", "out.pptx", "--slides", "kpis,nonsense")
    assert bad.returncode == 2 and "nonsense" in bad.stderr
    assert not (PROJECT_DIR / "out.pptx").exists()
    entity = run_cli("deck", "out.pptx", "--entity", "nowhere")
    assert entity.returncode == 2 and "nowhere" in entity.stderr
