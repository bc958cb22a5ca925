"""The deck against its floor: ``python -m esg deck`` work (slides built from the snapshot, pictures drawn where no
native chart fits, the PowerPoint written) against python-pptx writing the same slides and shapes (the same native
chart data, text boxes and pictures) from precomputed data. Runs interleaved, medians; the pictures (one kaleido
browser) are timed apart, since the floor is given them."""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable, Sequence

from perf.common import ROOT


def floor_deck(slides: Sequence, pictures: Sequence[bytes | None], charts: Sequence) -> bytes:
    """python-pptx alone: per slide a title, the chart (its precomputed data) or the picture, a text box of key
    figures, a source line, a footer and the speaker notes; a cover and a closing slide."""
    from pptx import Presentation
    from pptx.util import Inches, Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    prs.slides.add_slide(prs.slide_layouts[0]).shapes.title.text = "cover"
    for slide, picture, chart in zip(slides, pictures, charts, strict=True):
        page = prs.slides.add_slide(prs.slide_layouts[5])
        page.shapes.title.text = slide.title
        area = (Inches(0.5), Inches(1.4), Inches(9), Inches(5.2))
        if chart is not None:
            page.shapes.add_chart(chart.kind, *area, chart.chart_data())
        else:
            page.shapes.add_picture(io.BytesIO(picture), *area)
        frame = page.shapes.add_textbox(Inches(9.8), Inches(1.4), Inches(3), Inches(5)).text_frame
        for figure in slide.key_figures:
            frame.add_paragraph().text = str(figure)
            frame.paragraphs[-1].runs[0].font.size = Pt(14)
        page.shapes.add_textbox(Inches(0.5), Inches(6.7), Inches(12), Inches(0.3)).text_frame.text = slide.source
        page.shapes.add_textbox(Inches(0.5), Inches(7.1), Inches(12), Inches(0.3)).text_frame.text = "footer"
        page.notes_slide.notes_text_frame.text = "\n".join(slide.talking_points)
    prs.slides.add_slide(prs.slide_layouts[1]).shapes.title.text = "closing"
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
    deck_ms, pptx_ms, floor_ms = [], [], []
    for _ in range(runs):  # interleaved
        start = time.perf_counter()
        built = build_slides(snapshot, CURATED, lang=lang, year=2024)
        middle = time.perf_counter()
        build_deck(built, lang=lang, subtitle="", pictures=pictures)
        deck_ms.append((time.perf_counter() - start) * 1000)
        pptx_ms.append((time.perf_counter() - middle) * 1000)
        start = time.perf_counter()
        floor_deck(slides, pictures, charts)
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
