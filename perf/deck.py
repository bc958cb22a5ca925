"""The deck against its floor: ``python -m esg deck`` work (slides built from the snapshot, pictures drawn where no
native chart fits, the PowerPoint written) against python-pptx writing the same slides and shapes (the same native
chart data, text boxes and pictures) from precomputed data. Runs interleaved, medians; the pictures (one kaleido
browser) are timed apart, since the floor is given them."""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from perf.common import ROOT


@dataclass(frozen=True)
class FloorSlide:
    """A chart slide's text as the deck writes it, precomputed: title, key-figure box lines, source-box lines, speaker
    notes."""

    title: str
    figures: list[str]
    source: list[str]
    notes: str


@dataclass(frozen=True)
class FloorText:
    """The deck's text, precomputed: the cover's lines and speaker notes, each chart slide's, the closing's lines."""

    cover: list[str]
    cover_notes: str
    slides: list[FloorSlide]
    closing: list[str]


def floor_text(slides: Sequence, lang: str) -> FloorText:
    """The deck's text, taken from the deck's own builders (the default filters: no subtitle)."""
    from components.deck import _short_notes, closing_text, cover_text, key_figure_lines, speaker_notes
    from components.text import plain_text

    def texts(lines: Sequence) -> list[str]:
        return [line.text for line in lines]

    cover_title, cover_lines, cover_notes = cover_text(lang, "", slides)
    chart_slides = [
        FloorSlide(
            slide.title,
            texts(key_figure_lines(slide, lang)),
            [slide.source, *_short_notes([plain_text(note) for note in slide.notes])],
            speaker_notes(slide, lang),
        )
        for slide in slides
    ]
    closing_title, closing_lines = closing_text(lang)
    return FloorText(
        [cover_title.text, *texts(cover_lines)], cover_notes, chart_slides, [closing_title.text, *texts(closing_lines)]
    )


def _lines(frame, lines: Sequence[str]) -> None:
    frame.text = lines[0]
    for line in lines[1:]:
        frame.add_paragraph().text = line


def floor_deck(text: FloorText, pictures: Sequence[bytes | None], charts: Sequence) -> bytes:
    """python-pptx alone, writing the deck's shapes and paragraphs from precomputed text and chart data, unstyled: a
    cover (title, lines), per chart slide its title, the chart (its precomputed data) or the picture, the key-figure
    box, the source box, the footer and the page number, the speaker notes; the closing slide (title, paragraphs,
    footer)."""
    from pptx import Presentation
    from pptx.util import Inches

    cover, chart_slides, closing = text.cover, text.slides, text.closing
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    first = prs.slides.add_slide(prs.slide_layouts[0])
    first.shapes.title.text = cover[0]
    _lines(first.placeholders[1].text_frame, cover[1:])
    first.notes_slide.notes_text_frame.text = text.cover_notes
    total = len(chart_slides) + 2

    def footer(page, number: int) -> None:
        page.shapes.add_textbox(Inches(0.5), Inches(7.1), Inches(8), Inches(0.3)).text_frame.text = "footer"
        page.shapes.add_textbox(
            Inches(10.8), Inches(7.1), Inches(2), Inches(0.3)
        ).text_frame.text = f"{number} / {total}"

    for number, (slide, picture, chart) in enumerate(zip(chart_slides, pictures, charts, strict=True), 2):
        page = prs.slides.add_slide(prs.slide_layouts[5])
        page.shapes.title.text = slide.title
        area = (Inches(0.5), Inches(1.4), Inches(9), Inches(5.2))
        if chart is not None:
            page.shapes.add_chart(chart.kind, *area, chart.chart_data())
        else:
            page.shapes.add_picture(io.BytesIO(picture), *area)
        _lines(page.shapes.add_textbox(Inches(9.8), Inches(1.4), Inches(3), Inches(5)).text_frame, slide.figures)
        _lines(page.shapes.add_textbox(Inches(0.5), Inches(6.6), Inches(12), Inches(0.4)).text_frame, slide.source)
        footer(page, number)
        page.notes_slide.notes_text_frame.text = slide.notes
    last = prs.slides.add_slide(prs.slide_layouts[1])
    last.shapes.title.text = closing[0]
    _lines(last.placeholders[1].text_frame, closing[1:])
    footer(last, total)
    last.notes_slide.notes_text_frame.text = "\n".join(closing[1:])
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def bench_deck(runs: int = 5, lang: str = "en", progress: Callable[[str], None] = print) -> dict:
    """Median ms of the deck's own work (slides built from the snapshot + PowerPoint, pictures given), of its
    PowerPoint part alone, of the floor, the ratios, and the pictures' drawing time (one kaleido browser) apart."""
    from components.deck import build_deck, needs_picture, render_pictures
    from components.native_charts import native_chart
    from components.slides import CURATED, build_slides

    snapshot = ROOT / "data" / "snapshots" / "2024"
    slides = build_slides(snapshot, CURATED, lang=lang, year=2024)
    wanted = [s for s in slides if needs_picture(s)]
    start = time.perf_counter()
    drawn = iter(render_pictures(wanted, lang))
    pictures_ms = (time.perf_counter() - start) * 1000
    pictures = [next(drawn) if needs_picture(s) else None for s in slides]
    charts = [native_chart(s.figure) for s in slides]
    text = floor_text(slides, lang)
    for _ in range(2):  # warm-up: the first deck and floor of a process, while the pictures' browser shuts down
        build_deck(build_slides(snapshot, CURATED, lang=lang, year=2024), lang=lang, subtitle="", pictures=pictures)
        floor_deck(text, pictures, charts)
    deck_ms, pptx_ms, floor_ms = [], [], []
    for _ in range(runs):  # interleaved
        start = time.perf_counter()
        built = build_slides(snapshot, CURATED, lang=lang, year=2024)
        middle = time.perf_counter()
        build_deck(built, lang=lang, subtitle="", pictures=pictures)
        deck_ms.append((time.perf_counter() - start) * 1000)
        pptx_ms.append((time.perf_counter() - middle) * 1000)
        start = time.perf_counter()
        floor_deck(text, pictures, charts)
        floor_ms.append((time.perf_counter() - start) * 1000)
    deck, floor = statistics.median(deck_ms), statistics.median(floor_ms)
    result = {
        "slides": len(slides) + 2,
        "native_charts": sum(c is not None for c in charts),
        "pictures": len(wanted),
        "deck_ms": round(deck, 1),
        "pptx_ms": round(statistics.median(pptx_ms), 1),
        "pptx_ratio": round(statistics.median(pptx_ms) / floor, 2),
        "floor_ms": round(floor, 1),
        "ratio": round(deck / floor, 2),
        "pictures_ms": round(pictures_ms),
        "with_pictures_ratio": round((deck + pictures_ms) / floor, 2),
        "runs": runs,
    }
    progress(f"  deck {result['deck_ms']} ms, floor {result['floor_ms']} ms, ratio {result['ratio']}; "
             f"{result['pictures']} pictures drawn in {result['pictures_ms']} ms")  # fmt: skip
    return result
