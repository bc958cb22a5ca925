"""The investor deck from the command line (``python -m esg deck``), in both languages: slide count, 16:9, each
slide's title, each picture a PNG of slide resolution; the Excel export read back and its figures compared with the
snapshot and with values typed from the report. Each deck is built once per language (one kaleido browser each)."""

from __future__ import annotations

import html
import io
import re
import struct
import subprocess
import sys
from pathlib import Path

import openpyxl
import polars as pl
import pytest
from pptx import Presentation
from pptx.enum.chart import XL_LABEL_POSITION
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Inches

from components.deck import FONTS, LAYOUTS, NEUTRAL_TEMPLATE, PICTURE_SCALE, needs_picture
from components.handout import handout_html
from components.render import chart_config
from components.slides import (
    CURATED,
    PICTURE_HEIGHT,
    PICTURE_WIDTH,
    build_slides,
    entity_slides,
    slide_names,
    slide_title,
)
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
    assert "[0/" in result.stderr  # progress was reported
    return lang, deck, workbook


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    return struct.unpack(">II", data[16:24])


def has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" for ch in text)


def slide_texts(slide) -> str:
    """Every text of a slide: its text boxes, its charts (series names, categories) and its speaker notes."""
    texts = [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
    for shape in slide.shapes:
        if shape.has_chart:
            plot = shape.chart.plots[0]
            texts += [str(c) for c in plot.categories] + [series.name for series in plot.series]
    if slide.has_notes_slide:
        texts.append(slide.notes_slide.notes_text_frame.text)
    return " ".join(texts)


def native_charts(prs) -> dict[str, object]:
    """The native charts of a deck by the headline of their slide."""
    return {slide.shapes.title.text: shape.chart for slide in prs.slides for shape in slide.shapes if shape.has_chart}


def series_values(chart) -> dict[str, dict[str, float]]:
    """A category chart's embedded figures: {series: {category: value}}."""
    plot = chart.plots[0]
    categories = [str(c) for c in plot.categories]
    return {s.name: dict(zip(categories, s.values, strict=True)) for s in plot.series}


def embedded_rows(chart) -> list[tuple]:
    """The rows of the workbook embedded in a chart (what PowerPoint's Edit Data opens)."""
    book = openpyxl.load_workbook(io.BytesIO(chart.part.chart_workbook.xlsx_part.blob), read_only=True)
    return list(book.worksheets[0].iter_rows(values_only=True))


def test_deck_has_a_cover_one_slide_per_chart_and_a_closing_slide_with_numbers(built: tuple[str, Path, Path]) -> None:
    lang, deck, _ = built
    prs = Presentation(str(deck))
    slides = list(prs.slides)
    assert len(slides) == len(CURATED) + 2 >= 7
    assert abs(prs.slide_width / prs.slide_height - 16 / 9) < 0.01
    assert [s.slide_layout.name for s in (slides[0], slides[1], slides[-1])] == list(LAYOUTS.values())
    cover = slide_texts(slides[0])
    assert slides[0].shapes.title.text == t("common.company", lang)
    assert t("deck.title", lang) in cover
    assert t("common.segment", lang) not in cover and t("common.pillar", lang) not in cover  # defaults not named
    built_slides = build_slides(PROJECT_DIR / "data" / "snapshots" / "2024", CURATED, lang=lang, year=YEAR)
    for number, (name, slide, made) in enumerate(zip(CURATED, slides[1:-1], built_slides, strict=True), 2):
        assert slide.shapes.title.text == slide_title(name, lang, YEAR)
        texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
        assert f"{number} / {len(slides)}" in texts, name  # slide number
        notes = slide.notes_slide.notes_text_frame.text
        assert 2 <= len(made.talking_points) <= 4, (name, made.talking_points)
        assert all(point in notes for point in made.talking_points), name
        charts = [s for s in slide.shapes if s.has_chart]
        pictures = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
        assert len(charts) + len(pictures) == 1, name
        for picture in pictures:  # only where no native chart fits
            assert needs_picture(made), name
            assert picture.image.blob.startswith(PNG_SIGNATURE), name
            assert png_size(picture.image.blob) == (PICTURE_WIDTH * PICTURE_SCALE, PICTURE_HEIGHT * PICTURE_SCALE)
        for shape in slide.shapes:
            assert shape.left + shape.width <= prs.slide_width and shape.top + shape.height <= prs.slide_height, name
        if lang == "en":
            assert not has_chinese(slide_texts(slide)), name
    closing = slide_texts(slides[-1])
    assert t("deck.disclaimer", lang) in closing and t("deck.data_source", lang) in closing
    assert f"{len(slides)} / {len(slides)}" in closing
    if lang == "zh":  # the report's own wording (its disclaimer, page 2 of the text layer)
        assert "受诸多可变因素影响，未来的实际结果或发展趋势可能会与这些前瞻性陈述出现重大差异" in closing
    else:
        assert not any(has_chinese(slide_texts(slide)) for slide in slides)


def test_native_charts_embed_the_report_figures(built: tuple[str, Path, Path]) -> None:
    lang, deck, _ = built
    charts = native_charts(Presentation(str(deck)))
    assert len(charts) >= 5
    title = {name: slide_title(name, lang, YEAR) for name in CURATED}
    segments = series_values(charts[title["emissions"]])
    assert segments[t("common.segment.mining", lang)] == {"2022": 811_228, "2023": 773_068, "2024": 869_577}
    assert {s: v["2024"] for s, v in segments.items()} == {
        t("common.segment.mining", lang): 869_577,
        t("common.segment.smelting", lang): 779_446,
        t("common.segment.other", lang): 208_286,
    }
    assert sum(v["2024"] for v in segments.values()) == GHG_TOTAL_2024
    people = series_values(charts[title["workforce"]])
    assert sorted(v["2024"] for v in people.values()) == [1_363, 5_568]
    assert sum(v["2024"] for v in people.values()) == EMPLOYEES_2024
    assert [1_248, 1_312, 1_363] in [list(v.values()) for v in people.values()]
    safety = series_values(charts[title["safety"]])
    assert [0.502, 0.736, 0.396] in [list(v.values()) for v in safety.values()]
    reserves = series_values(charts[title["reserves"]])  # minerals by year; the zh deck keeps the report's 万吨
    copper = [reserves[str(year)][t("reserves.mineral.reserves_copper", lang)] for year in (2022, 2023, 2024)]
    assert copper == ([6_247.7, 6_050.0, 5_810.0] if lang == "en" else [624.77, 605.0, 581.0])
    pathway = charts[title["pathway"]].plots[0].series
    assert [1_769_991, 1_938_916, 1_857_309] in [list(series.values) for series in pathway]
    rows = embedded_rows(charts[title["emissions"]])  # what Edit Data opens
    assert rows[0][1:] == tuple(segments) and [r[0] for r in rows[1:]] == ["2022", "2023", "2024"]
    assert rows[3][1] == 869_577
    assert charts[title["emissions"]].plots[0].data_labels.number_format == "#,##0"  # as precise as the figures
    assert charts[title["safety"]].plots[0].data_labels.number_format == "#,##0.000"
    # LTIR and TRIFR of employees are both 0.396 in 2024: one label above its point, the other below, as on screen
    places = {s.name: s.points[2].data_label.position for s in charts[title["safety"]].plots[0].series}
    rates = {name: values["2024"] for name, values in safety.items()}
    equal = [name for name, value in rates.items() if value == 0.396]
    assert len(equal) == 2 and {places[name] for name in equal} == {XL_LABEL_POSITION.ABOVE, XL_LABEL_POSITION.BELOW}


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


def house_template(path: Path, *, drop: str | None = None) -> Path:
    """A house template made from the neutral one: a logo (a named shape) on the chart layout; without layout ``drop``
    if given. (python-pptx adds shapes to slides only: the logo is made on a scratch slide and moved.)"""
    prs = Presentation(str(NEUTRAL_TEMPLATE))
    scratch = prs.slides.add_slide(prs.slide_layouts[6])
    logo = scratch.shapes.add_textbox(Inches(11.5), Inches(0.2), Inches(1.5), Inches(0.5))
    logo.name, logo.text_frame.text = "House logo", "HOUSE"
    for layout in prs.slide_layouts:
        if layout.name == "Title Only":
            layout.shapes._spTree.append(logo._element)
        if layout.name == drop:
            layout._element.cSld.set("name", "Something else")
    entry = prs.slides._sldIdLst[0]
    prs.part.drop_rel(entry.rId)
    prs.slides._sldIdLst.remove(entry)
    prs.save(str(path))
    return path


def test_a_house_template_gives_its_layouts_logo_and_fonts(tmp_path: Path) -> None:
    template = house_template(tmp_path / "house.pptx")
    out = tmp_path / "house_deck.pptx"
    result = run_cli("deck", str(out), "--lang", "en", "--slides", "emissions,safety", "--template", str(template))
    assert result.returncode == 0, result.stderr
    prs = Presentation(str(out))
    slides = list(prs.slides)
    assert [s.slide_layout.name for s in slides] == ["Title Slide", "Title Only", "Title Only", "Title and Content"]
    assert [s.name for s in slides[1].slide_layout.shapes].count("House logo") == 1  # the logo, from the layout
    title_runs = [r for p in slides[1].shapes.title.text_frame.paragraphs for r in p.runs]
    assert title_runs and all(r.font.name is None for r in title_runs)  # the template's own typeface
    assert len(native_charts(prs)) == 2
    neutral = tmp_path / "neutral_deck.pptx"
    assert run_cli("deck", str(neutral), "--lang", "en", "--slides", "emissions").returncode == 0
    runs = [r for p in Presentation(str(neutral)).slides[1].shapes.title.text_frame.paragraphs for r in p.runs]
    assert {r.font.name for r in runs} == {FONTS["en"]}  # the neutral template: one typeface


def test_a_template_without_the_layouts_is_refused_with_the_names_it_has(tmp_path: Path) -> None:
    template = house_template(tmp_path / "broken.pptx", drop="Title Only")
    result = run_cli("deck", str(tmp_path / "x.pptx"), "--slides", "emissions", "--template", str(template))
    assert result.returncode == 2
    assert "no layout named 'Title Only'" in result.stderr and "'Something else'" in result.stderr
    assert not (tmp_path / "x.pptx").exists()


def test_the_handout_is_a_pdf_page_per_slide_between_cover_and_disclaimer(tmp_path: Path) -> None:
    deck, pdf = tmp_path / "d.pptx", tmp_path / "handout.pdf"
    result = run_cli("deck", str(deck), "--lang", "en", "--slides", "emissions,safety", "--pdf", str(pdf))
    assert result.returncode == 0, result.stderr
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page(?!s)", data)) == 4  # cover, two slides, disclaimer


def test_the_handout_page_escapes_text_and_carries_the_talking_points(snapshot: Path) -> None:
    slides = build_slides(snapshot, ["emissions"], lang="en", year=YEAR)
    page = handout_html(slides, lang="en", subtitle="<b>x</b>")
    assert "&lt;b&gt;x&lt;/b&gt;" in page and "<b>x</b>" not in page
    assert all(html.escape(point) in page for point in slides[0].talking_points)
    assert html.escape(t("deck.disclaimer", "en")) in page


def test_a_deck_for_an_entity_or_segment_holds_the_slides_with_its_figures(snapshot: Path) -> None:
    from esg import queries

    disclosed = queries.run("scope.disclosed", snapshot)
    kept, group = entity_slides(["emissions", "safety", "workforce"], disclosed, entity="group", segment="mining")
    assert (kept, group) == (["emissions"], ["safety", "workforce"])  # GHG by segment is printed; safety is not
    kept, group = entity_slides(["emissions", "safety"], disclosed, entity="yulong")
    assert kept == [] and group == ["emissions", "safety"]


def test_an_entity_deck_cover_says_which_slides_are_group_level(tmp_path: Path) -> None:
    out = tmp_path / "yulong.pptx"
    result = run_cli("deck", str(out), "--lang", "en", "--entity", "yulong", "--slides", "emissions,safety")
    assert result.returncode == 0, result.stderr
    cover = slide_texts(Presentation(str(out)).slides[0])
    titles = ", ".join(slide_title(n, "en", YEAR) for n in ("emissions", "safety"))
    assert t("deck.all_group_level", "en", slides=titles) in cover
