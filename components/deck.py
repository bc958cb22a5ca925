"""The investor deck and its workbook, from :class:`components.slides.Slide` objects.

``build_deck`` makes a 16:9 PowerPoint (python-pptx): a title slide, then one slide per chart with its headline, the
chart as a picture (drawn by kaleido in Debian's chromium, title, units and source line inside), the key figures
beside it, short notes under it and everything in the speaker notes. ``build_workbook`` writes the figures behind
the slides, one sheet per slide, with the unit and the source. Pure: no streamlit; progress goes to a callback.

Kaleido keeps one browser for a whole deck (``kaleido.start_sync_server``). That server is one per process and
answers through one queue, so decks are drawn one at a time (a lock shared by every session of the app).
"""

from __future__ import annotations

import html
import io
import re
import threading
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

import kaleido
import plotly.graph_objects as go
import plotly.io as pio
import xlsxwriter
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.slide import Slide as PptxSlide
from pptx.text.text import TextFrame, _Run
from pptx.util import Emu, Inches, Pt

from components.palette import BAD, GOOD, GRID, MUTED, SERIES_COLORS, TEXT
from components.slides import PICTURE_HEIGHT, PICTURE_WIDTH, Slide, slide_figure
from components.text import plain_text
from esg.i18n import t

Progress = Callable[[int, int, str], None]

SLIDE_WIDTH, SLIDE_HEIGHT = Inches(13.333), Inches(7.5)
PICTURE_SCALE = 2  # 2240 x 1360 pixels: sharp on a projector, a few hundred kB a picture
LATIN_FONT = "Arial"
EAST_ASIAN_FONT = "Microsoft YaHei"  # on Windows; other systems substitute their CJK sans (e.g. Noto Sans CJK)
ACCENT = SERIES_COLORS[0]
NOTE_LINES = 3  # notes under the chart, at most three lines; longer ones go to the speaker notes only
NOTE_LINE_EMS = 175  # characters (a Chinese one counts two) in one line of a note across the slide

# Layout of a chart slide, in inches.
MARGIN = 0.5
TITLE_TOP, TITLE_HEIGHT = 0.3, 0.85
PICTURE_LEFT, PICTURE_TOP, PICTURE_SHOWN_WIDTH = 0.35, 1.3, 8.75
PANEL_LEFT, PANEL_WIDTH = 9.55, 3.35
NOTES_TOP = 6.66
FOOTER_TOP = 7.18

_RENDER_LOCK = threading.Lock()


def _rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#").upper())


@contextmanager
def chart_renderer() -> Iterator[None]:
    """One kaleido browser for the duration of the block (started here, stopped at the end), one deck at a time."""
    with _RENDER_LOCK:
        kaleido.start_sync_server(mathjax=False, silence_warnings=True)
        try:
            yield
        finally:
            kaleido.stop_sync_server(silence_warnings=True)


def render_picture(fig: go.Figure) -> bytes:
    """The PNG of a slide's chart (type enlarged for a slide, 16:9-ish area), inside :func:`chart_renderer`."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # "kopts ignored when using a server": expected here
        return pio.to_image(
            slide_figure(fig, height=PICTURE_HEIGHT),
            format="png",
            width=PICTURE_WIDTH,
            height=PICTURE_HEIGHT,
            scale=PICTURE_SCALE,
        )


def render_pictures(slides: Sequence[Slide], lang: str, progress: Progress | None = None) -> list[bytes]:
    """Every slide's chart as a PNG, with one browser for all of them; ``progress(done, total, message)``."""
    report = progress or (lambda done, total, message: None)
    total = len(slides)
    report(0, total, t("deck.starting", lang))
    pictures = []
    with chart_renderer():
        for i, slide in enumerate(slides, 1):
            report(i - 1, total, t("deck.rendering", lang, n=i, total=total, title=slide.title))
            pictures.append(render_picture(slide.figure))
    report(total, total, t("deck.assembling", lang))
    return pictures


# --- PowerPoint ------------------------------------------------------------------------------------------------------


def _style_run(run: _Run, *, size: float, colour: str = TEXT, bold: bool = False) -> None:
    """Font, size, colour of a text run; the East Asian typeface set too, so Chinese is not left to chance."""
    font = run.font
    font.name = LATIN_FONT
    font.size = Pt(size)
    font.bold = bold
    font.color.rgb = _rgb(colour)
    properties = run._r.get_or_add_rPr()
    for tag, typeface in (("a:ea", EAST_ASIAN_FONT), ("a:cs", LATIN_FONT)):
        element = properties.find(qn(tag))
        if element is None:
            element = properties.makeelement(qn(tag), {})
            properties.append(element)
        element.set("typeface", typeface)


def _paragraph(
    frame: TextFrame,
    text: str,
    *,
    size: float,
    colour: str = TEXT,
    bold: bool = False,
    first: bool = False,
    align: PP_ALIGN = PP_ALIGN.LEFT,
    space_before: float = 0,
) -> None:
    paragraph = frame.paragraphs[0] if first else frame.add_paragraph()
    paragraph.alignment = align
    paragraph.space_before = Pt(space_before)
    run = paragraph.add_run()
    run.text = text
    _style_run(run, size=size, colour=colour, bold=bold)


def _text_box(
    slide: PptxSlide, left: float, top: float, width: float, height: float, *, anchor: MSO_ANCHOR = MSO_ANCHOR.TOP
) -> TextFrame:
    box = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    frame = box.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = anchor
    frame.margin_left = frame.margin_right = Inches(0.05)
    return frame


def _set_title(
    slide: PptxSlide, text: str, *, left: float, top: float, width: float, height: float, size: float
) -> None:
    title = slide.shapes.title
    title.left, title.top, title.width, title.height = Inches(left), Inches(top), Inches(width), Inches(height)
    frame = title.text_frame
    frame.clear()
    frame.word_wrap = True
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    paragraph = frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.LEFT
    run = paragraph.add_run()
    run.text = text
    _style_run(run, size=size, bold=True)


def _accent_bar(slide: PptxSlide, top: float, width: float = 1.2) -> None:
    bar = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(MARGIN), Inches(top), Inches(width), Inches(0.06))
    bar.fill.solid()
    bar.fill.fore_color.rgb = _rgb(ACCENT)
    bar.line.fill.background()


def _footer(slide: PptxSlide, lang: str, number: int, total: int) -> None:
    left = _text_box(slide, MARGIN, FOOTER_TOP, 8, 0.28)
    _paragraph(left, t("deck.footer", lang), size=9, colour=MUTED, first=True)
    right = _text_box(slide, 13.333 - MARGIN - 2, FOOTER_TOP, 2, 0.28)
    _paragraph(right, f"{number} / {total}", size=9, colour=MUTED, first=True, align=PP_ALIGN.RIGHT)


def _title_slide(prs: Presentation, lang: str, subtitle: str, slides: Sequence[Slide]) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[0])
    _set_title(slide, t("common.company", lang), left=MARGIN + 0.3, top=2.0, width=12, height=1.1, size=40)
    _accent_bar(slide, 3.2, 2.0)
    body = slide.placeholders[1]
    body.left, body.top, body.width, body.height = Inches(MARGIN + 0.3), Inches(3.45), Inches(12), Inches(2.6)
    frame = body.text_frame
    frame.clear()
    frame.word_wrap = True
    frame.vertical_anchor = MSO_ANCHOR.TOP
    _paragraph(frame, t("deck.title", lang), size=26, bold=True, first=True)
    _paragraph(frame, t("common.report", lang), size=18, colour=MUTED, space_before=6)
    _paragraph(frame, subtitle, size=16, colour=MUTED, space_before=6)
    _paragraph(frame, t("deck.title_note", lang), size=12, colour=MUTED, space_before=18)
    contents = " · ".join(s.title for s in slides)
    slide.notes_slide.notes_text_frame.text = f"{t('deck.title', lang)}\n{subtitle}\n{contents}"


def text_ems(text: str) -> float:
    """Rough width of ``text`` in ems of its font (a Chinese character is one em, a Latin one about half)."""
    return sum(1.0 if ord(ch) > 0x2E80 else 0.56 for ch in text)


def fitted_size(text: str, *, width_pt: float, largest: float, smallest: float) -> float:
    """The largest font size (pt, between ``smallest`` and ``largest``) at which ``text`` fits on one line."""
    ems = text_ems(text) or 1
    return max(smallest, min(largest, round(width_pt / ems, 1)))


def _key_figures(slide: PptxSlide, chart: Slide, lang: str) -> None:
    frame = _text_box(slide, PANEL_LEFT, PICTURE_TOP + 0.05, PANEL_WIDTH, 5.3)
    _paragraph(frame, t("present.key_figures", lang), size=14, colour=ACCENT, bold=True, first=True)
    largest = 20 if len(chart.key_figures) <= 4 else 17
    for figure in chart.key_figures:
        _paragraph(frame, figure.label, size=11, colour=MUTED, space_before=12)
        size = fitted_size(figure.value, width_pt=PANEL_WIDTH * 72 - 12, largest=largest, smallest=12)
        _paragraph(frame, figure.value, size=size, bold=True)
        if figure.change:
            colour = {"good": GOOD, "bad": BAD}.get(figure.tone, MUTED)
            _paragraph(frame, f"{figure.change} {figure.change_note}".strip(), size=11, colour=colour)


def _chart_slide(prs: Presentation, chart: Slide, picture: bytes, lang: str, number: int, total: int) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[5])  # "Title Only": the headline is the slide's title
    _set_title(slide, chart.title, left=MARGIN, top=TITLE_TOP, width=12.3, height=TITLE_HEIGHT, size=28)
    _accent_bar(slide, TITLE_TOP + TITLE_HEIGHT + 0.02)
    shown_height = PICTURE_SHOWN_WIDTH * PICTURE_HEIGHT / PICTURE_WIDTH
    pic = slide.shapes.add_picture(
        io.BytesIO(picture),
        Inches(PICTURE_LEFT),
        Inches(PICTURE_TOP),
        Inches(PICTURE_SHOWN_WIDTH),
        Inches(shown_height),
    )
    pic.line.color.rgb = _rgb(GRID)
    pic._element.nvPicPr.cNvPr.set("descr", t("deck.picture_alt", lang, title=chart.title) + f". {chart.source}")
    if chart.key_figures:
        _key_figures(slide, chart, lang)
    notes = [plain_text(note) for note in chart.notes]  # Markdown lines of the page, as plain text
    short, lines = [], 0
    for note in sorted(notes, key=text_ems):  # the short ones (the filters a slide ignores) first
        needed = -(-int(text_ems(note) * 2) // NOTE_LINE_EMS)
        if lines + needed <= NOTE_LINES:
            short.append(note)
            lines += needed
    short.sort(key=notes.index)
    if short:
        frame = _text_box(slide, MARGIN, NOTES_TOP, 12.3, FOOTER_TOP - NOTES_TOP)
        frame.margin_top = frame.margin_bottom = 0
        for i, note in enumerate(short):
            _paragraph(frame, note, size=9, colour=MUTED, first=i == 0)
    _footer(slide, lang, number, total)
    speaker = [chart.title, *(str(f) for f in chart.key_figures), chart.source, *notes]
    slide.notes_slide.notes_text_frame.text = "\n".join(speaker)


def build_deck(
    slides: Sequence[Slide],
    *,
    lang: str,
    subtitle: str,
    progress: Progress | None = None,
    pictures: Sequence[bytes] | None = None,
) -> bytes:
    """The deck as ``.pptx`` bytes: a title slide (``subtitle``: the filters), then one slide per chart."""
    pictures = list(pictures) if pictures is not None else render_pictures(slides, lang, progress)
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(SLIDE_WIDTH), Emu(SLIDE_HEIGHT)
    _title_slide(prs, lang, subtitle, slides)
    total = len(slides) + 1
    for i, (chart, picture) in enumerate(zip(slides, pictures, strict=True), 2):
        _chart_slide(prs, chart, picture, lang, i, total)
    prs.core_properties.title = f"{t('common.company', lang)} · {t('deck.title', lang)}"
    prs.core_properties.subject = subtitle
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


# --- Excel -----------------------------------------------------------------------------------------------------------

_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def sheet_name(number: int, title: str, used: set[str]) -> str:
    """An Excel sheet name for slide ``number``: ``"2 Greenhouse gas emissions"``, at most 31 characters, unique."""
    name = f"{number} {_SHEET_FORBIDDEN.sub(' ', title)}"[:31].strip().strip("'")
    while name.lower() in used:
        name = f"{name[:28]}~{number}"
    used.add(name.lower())
    return name


def plain(text: str | None) -> str:
    """A figure title without Plotly's markup (line breaks, bold, escaped characters)."""
    return html.unescape(re.sub(r"<[^>]+>", "", (text or "").replace("<br>", " "))).strip()


def build_workbook(slides: Sequence[Slide], *, lang: str, subtitle: str) -> bytes:
    """The figures behind the slides as ``.xlsx`` bytes: one sheet per slide (in order) with the headline, chart
    title, unit, source, filters, key figures and notes above the table of figures."""
    out = io.BytesIO()
    workbook = xlsxwriter.Workbook(out, {"in_memory": True})
    heading = workbook.add_format({"bold": True, "font_size": 14})
    label = workbook.add_format({"bold": True, "font_color": MUTED})
    header = workbook.add_format({"bold": True, "bg_color": "#F3F4F6", "bottom": 1, "text_wrap": True})
    number = workbook.add_format({"num_format": "#,##0.######"})
    used: set[str] = set()
    for i, slide in enumerate(slides, 1):
        sheet = workbook.add_worksheet(sheet_name(i, slide.title, used))
        sheet.write(0, 0, slide.title, heading)
        meta = [
            ("deck.sheet.chart", plain(slide.figure.layout.title.text)),
            ("common.unit", slide.unit),
            ("deck.sheet.source", slide.source),
            ("deck.sheet.filters", subtitle),
            ("present.key_figures", "; ".join(str(f) for f in slide.key_figures)),
            ("deck.sheet.notes", " ".join(plain_text(note) for note in slide.notes)),
        ]
        for row, (key, value) in enumerate(meta, 1):
            sheet.write(row, 0, t(key, lang), label)
            sheet.write(row, 1, value)
        top = len(meta) + 2
        for column, name in enumerate(slide.data.columns):
            sheet.write(top, column, name, header)
        for row, values in enumerate(slide.data.iter_rows(), top + 1):
            for column, value in enumerate(values):
                if isinstance(value, bool) or value is None:
                    sheet.write(row, column, "" if value is None else str(value))
                elif isinstance(value, int | float):
                    sheet.write_number(row, column, value, number)
                else:
                    sheet.write(row, column, str(value))
        widths = [
            max([len(str(c)), *(len(str(v)) for v in slide.data.get_column(c).to_list())]) for c in slide.data.columns
        ]
        for column, width in enumerate(widths):
            sheet.set_column(column, column, min(max(width + 2, 12), 60))
        sheet.set_column(0, 0, max(min(max(widths or [0]) + 2, 60), 22))
        sheet.freeze_panes(top + 1, 0)
    workbook.close()
    return out.getvalue()
