"""The investor deck and its workbook, from :class:`components.slides.Slide` objects.

``build_deck`` makes a 16:9 PowerPoint (python-pptx) on a template's layouts found by name (the neutral template, or a
house template keeping its fonts, colours and logo): a cover, one slide per chart with its headline, the chart as a
native PowerPoint chart with its figures embedded (``components.native_charts``; a picture drawn by kaleido in Debian's
chromium only where no native chart fits), the key figures beside it, the source and short notes under it, the
talking points and every note in the speaker notes, then a closing slide with the report's disclaimer and the data's
source; slide numbers on each. ``build_workbook`` writes the figures behind
the slides, one sheet per slide, with the unit and the source. Pure: no streamlit; progress goes to a callback.

Kaleido keeps one browser for a whole deck (``kaleido.start_sync_server``). That server is one per process and
answers through one queue, so decks are drawn one at a time (a lock shared by every session of the app).
"""

from __future__ import annotations

import html
import io
import os
import re
import threading
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from xml.sax.saxutils import escape

import kaleido
import plotly.graph_objects as go
import plotly.io as pio
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR
from pptx.oxml import parse_xml
from pptx.oxml.ns import qn
from pptx.oxml.text import CT_RegularTextRun
from pptx.presentation import Presentation as PptxPresentation
from pptx.slide import Slide as PptxSlide
from pptx.slide import SlideLayout
from pptx.text.text import TextFrame
from pptx.util import Inches, Pt

from components.native_charts import native_chart, style_chart
from components.palette import BAD, GOOD, GRID, MUTED, SERIES_COLORS, TEXT
from components.slides import PICTURE_HEIGHT, PICTURE_WIDTH, Slide, slide_figure, text_ems
from components.text import plain_text
from esg import spreadsheet
from esg.i18n import t
from esg.spreadsheet import write_cell

Progress = Callable[[int, int, str], None]

PICTURE_SCALE = 2  # 2240 x 1360 pixels: sharp on a projector, a few hundred kB a picture
# One typeface a deck on the neutral template (Latin and Chinese alike): Microsoft YaHei has both scripts; other
# systems substitute their CJK sans (e.g. Noto Sans CJK).
FONTS = {"en": "Arial", "zh": "Microsoft YaHei"}
NEUTRAL_TEMPLATE = Path(__file__).with_name("templates") / "neutral.pptx"
TEMPLATE_ENV = "ESG_DECK_TEMPLATE"  # the server's house template for the app's deck export
ACCENT = SERIES_COLORS[0]
NOTE_LINES = 3  # notes under the chart, at most three lines; longer ones go to the speaker notes only
NOTE_LINE_EMS = 175  # characters (a Chinese one counts two) in one line of a note across the slide

# Layout of a chart slide, in inches.
MARGIN = 0.5
PANEL_WIDTH = 3.2
FIT_SLACK = 0.88  # of a key figure's box its text is sized to fill (fitted_size)

_RENDER_LOCK = threading.Lock()
_QUOTE = {'"': "&quot;"}  # escaping an attribute value


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

# The layouts a deck uses, found by name in the template (the neutral one or a house template).
LAYOUTS = {"cover": "Title Slide", "chart": "Title Only", "closing": "Title and Content"}


class TemplateError(ValueError):
    """A template lacks a layout the deck needs (the message names what it has)."""


def deck_font(lang: str, template: Path | None) -> str | None:
    """The one typeface of a deck on the neutral template (``None``: a house template's own theme fonts)."""
    if template is not None and template.resolve() != NEUTRAL_TEMPLATE.resolve():
        return None
    return FONTS[lang]


@dataclass(frozen=True)
class Style:
    """How text is set: the typeface (``None``: the template's) and whether colours are ours (neutral template)."""

    font: str | None
    colours: bool


@dataclass(frozen=True)
class Line:
    """One paragraph of a text box: its text, size (pt), colour, weight, alignment and space before it (pt)."""

    text: str
    size: float
    colour: str = TEXT
    bold: bool = False
    align: str = "l"  # a:pPr algn: l, ctr, r
    space_before: float = 0


_NS_A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'


def _line_xml(line: Line, style: Style) -> str:
    """The ``a:p`` of a line: size and weight; on the neutral template the one typeface (Latin and East Asian alike)
    and colour; on a house template its theme fonts and colours are kept (good and bad changes keep theirs)."""
    fill = ""
    if style.colours or line.colour in (GOOD, BAD):
        fill = f'<a:solidFill><a:srgbClr val="{line.colour.lstrip("#").upper()}"/></a:solidFill>'
    font = escape(style.font, _QUOTE) if style.font else ""
    fonts = "".join(f'<a:{tag} typeface="{font}"/>' for tag in ("latin", "ea", "cs")) if font else ""
    text = escape(CT_RegularTextRun._escape_ctrl_chars(line.text))
    return (
        f'<a:p><a:pPr algn="{line.align}"><a:spcBef><a:spcPts val="{Pt(line.space_before).centipoints}"/></a:spcBef>'
        f'</a:pPr><a:r><a:rPr sz="{Pt(line.size).centipoints}" b="{int(line.bold)}">{fill}'
        f"{fonts}</a:rPr><a:t>{text}</a:t></a:r></a:p>"
    )


def _write_lines(frame: TextFrame, lines: Sequence[Line], style: Style) -> None:
    """Replace a text frame's paragraphs with ``lines``, parsed as one XML fragment (python-pptx's object model sets
    each property through several element lookups, many times slower for a deck's hundreds of paragraphs)."""
    body = frame._txBody
    for paragraph in body.p_lst:
        body.remove(paragraph)
    fragment = parse_xml(f"<a:txBody {_NS_A}>{''.join(_line_xml(line, style) for line in lines)}</a:txBody>")
    body.extend(list(fragment))


def _text_box(slide: PptxSlide, left: int, top: int, width: int, height: int) -> TextFrame:
    box = slide.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = MSO_ANCHOR.TOP
    frame.margin_left = frame.margin_right = Inches(0.05)
    return frame


def _set_text(shape: object, lines: Sequence[Line], style: Style) -> None:
    """Fill a placeholder with ``lines`` (6 pt between them)."""
    frame = shape.text_frame  # type: ignore[attr-defined]
    frame.word_wrap = True
    spaced = [line if i == 0 else replace(line, space_before=6) for i, line in enumerate(lines)]
    _write_lines(frame, spaced, style)


def layout(prs: PptxPresentation, role: str) -> SlideLayout:
    """The template's layout for ``role`` (cover, chart, closing), by name."""
    name = LAYOUTS[role]
    for candidate in prs.slide_layouts:
        if candidate.name == name:
            return candidate
    names = ", ".join(repr(c.name) for c in prs.slide_layouts)
    raise TemplateError(f"the template has no layout named {name!r} (for the {role} slide); it has: {names}")


def _placeholder(slide: PptxSlide, idx: int) -> object | None:
    return next((p for p in slide.placeholders if p.placeholder_format.idx == idx), None)


def _footer(slide: PptxSlide, prs: PptxPresentation, style: Style, lang: str, number: int, total: int) -> None:
    width, height = prs.slide_width, prs.slide_height
    margin = Inches(MARGIN)
    top = height - Inches(0.36)
    left = _text_box(slide, margin, top, int(width * 0.6), Inches(0.28))
    _write_lines(left, [Line(t("deck.footer", lang), 9, MUTED)], style)
    right = _text_box(slide, width - margin - Inches(2), top, Inches(2), Inches(0.28))
    _write_lines(right, [Line(f"{number} / {total}", 9, MUTED, align="r")], style)


def cover_text(lang: str, subtitle: str, slides: Sequence[Slide]) -> tuple[Line, list[Line], str]:
    """The cover's title, body lines and speaker notes."""
    lines = [Line(t("deck.title", lang), 26, bold=True), Line(t("common.report", lang), 18, MUTED)]
    lines += [Line(part, 16, MUTED) for part in subtitle.splitlines() if part]
    lines.append(Line(t("deck.title_note", lang), 12, MUTED))
    contents = " · ".join(s.title for s in slides)
    notes = "\n".join(x for x in (t("deck.title", lang), subtitle, contents) if x)
    return Line(t("common.company", lang), 40, bold=True), lines, notes


def closing_text(lang: str) -> tuple[Line, list[Line]]:
    """The closing slide's title and body lines (its speaker notes are the body's text)."""
    return Line(t("deck.closing_title", lang), 28, bold=True), [
        Line(t("deck.disclaimer_heading", lang), 14, bold=True),
        Line(t("deck.disclaimer", lang), 12),
        Line(t("deck.data_source_heading", lang), 14, bold=True),
        Line(t("deck.data_source", lang), 12),
    ]


def _cover(prs: PptxPresentation, style: Style, lang: str, subtitle: str, slides: Sequence[Slide]) -> None:
    slide = prs.slides.add_slide(layout(prs, "cover"))
    title, lines, notes = cover_text(lang, subtitle, slides)
    _place(slide.shapes.title, MARGIN + 0.3, 2.0, 12, 1.1, style)
    _set_text(slide.shapes.title, [title], style)
    body = _placeholder(slide, 1)
    if body is None:
        body = slide.shapes.add_textbox(Inches(MARGIN), int(prs.slide_height * 0.5), Inches(12), Inches(2.5))
    _place(body, MARGIN + 0.3, 3.4, 12, 2.8, style)
    _set_text(body, lines, style)
    slide.notes_slide.notes_text_frame.text = notes


def _closing(prs: PptxPresentation, style: Style, lang: str, number: int) -> None:
    slide = prs.slides.add_slide(layout(prs, "closing"))
    title, lines = closing_text(lang)
    _place(slide.shapes.title, MARGIN, 0.3, 12.3, 0.85, style)
    _set_text(slide.shapes.title, [title], style)
    body = _placeholder(slide, 1)
    if body is None:
        body = slide.shapes.add_textbox(Inches(MARGIN), Inches(1.6), prs.slide_width - Inches(2 * MARGIN), Inches(5))
    _place(body, MARGIN, 1.5, 12.3, 5.4, style)
    _set_text(body, lines, style)
    for paragraph in body.text_frame.paragraphs:  # type: ignore[attr-defined]
        paragraph.level = 0
        properties = paragraph._p.get_or_add_pPr()
        properties.set("marL", "0")
        properties.set("indent", "0")
        if properties.find(qn("a:buNone")) is None:
            properties.insert(0, properties.makeelement(qn("a:buNone"), {}))
    _footer(slide, prs, style, lang, number, number)
    slide.notes_slide.notes_text_frame.text = "\n".join(line.text for line in lines)


def fitted_size(text: str, *, width_pt: float, largest: float, smallest: float) -> float:
    """The largest font size (pt, between ``smallest`` and ``largest``) at which ``text`` fits on one line, with
    room for a wider substitute typeface and the space renderers put between Chinese and Latin text (LibreOffice
    wrapped "1,857,309 吨二氧化碳当量" sized to the estimate alone)."""
    ems = (text_ems(text) or 1) / FIT_SLACK
    return max(smallest, min(largest, round(width_pt / ems, 1)))


def key_figure_lines(chart: Slide, lang: str, width: int = Inches(PANEL_WIDTH)) -> list[Line]:
    """The key-figure box's lines (``width`` in EMU): a heading, then each figure's label, value and change."""
    lines = [Line(t("present.key_figures", lang), 14, ACCENT, bold=True)]
    largest = 20 if len(chart.key_figures) <= 4 else 17
    for figure in chart.key_figures:
        lines.append(Line(figure.label, 11, MUTED, space_before=12))
        size = fitted_size(figure.value, width_pt=width / 12700 - 12, largest=largest, smallest=12)
        lines.append(Line(figure.value, size, bold=True))
        if figure.change:
            colour = {"good": GOOD, "bad": BAD}.get(figure.tone, MUTED)
            lines.append(Line(f"{figure.change} {figure.change_note}".strip(), 11, colour))
    return lines


def _key_figures(slide: PptxSlide, chart: Slide, style: Style, lang: str, box: tuple[int, int, int, int]) -> None:
    left, top, width, height = box
    _write_lines(_text_box(slide, left, top, width, height), key_figure_lines(chart, lang, width), style)


def _short_notes(notes: Sequence[str]) -> list[str]:
    """The notes that fit under the chart (at most ``NOTE_LINES`` lines), shortest first, in their order."""
    short, lines = [], 0
    for note in sorted(notes, key=text_ems):  # the short ones (the filters a slide ignores) first
        needed = -(-int(text_ems(note) * 2) // NOTE_LINE_EMS)
        if lines + needed <= NOTE_LINES:
            short.append(note)
            lines += needed
    return sorted(short, key=list(notes).index)


def speaker_notes(chart: Slide, lang: str) -> str:
    """The speaker notes of a chart slide: the talking points, then the key figures, source and every note."""
    points = [f"• {point}" for point in chart.talking_points]
    figures = [str(f) for f in chart.key_figures]
    notes = [plain_text(note) for note in chart.notes]
    return "\n".join([t("present.talking_points", lang), *points, "", *figures, chart.source, *notes])


def _place(shape: object, left: float, top: float, width: float, height: float, style: Style) -> None:
    """On the neutral template, put a placeholder where this deck lays it out (a house template keeps its own)."""
    if style.colours:
        shape.left, shape.top, shape.width, shape.height = (  # type: ignore[attr-defined]
            Inches(left),
            Inches(top),
            Inches(width),
            Inches(height),
        )
        shape.text_frame.vertical_anchor = MSO_ANCHOR.MIDDLE if height < 1.5 else MSO_ANCHOR.TOP  # type: ignore[attr-defined]


def _chart_slide(
    prs: PptxPresentation, chart: Slide, picture: bytes | None, style: Style, lang: str, number: int, total: int
) -> None:
    slide = prs.slides.add_slide(layout(prs, "chart"))
    plain_notes = [plain_text(note) for note in chart.notes]  # Markdown lines of the page, as plain text
    _place(slide.shapes.title, MARGIN, 0.3, 12.3, 0.85, style)
    _set_text(slide.shapes.title, [Line(chart.title, 28, bold=True)], style)
    width, height = prs.slide_width, prs.slide_height
    title = slide.shapes.title
    top = max(title.top + title.height, Inches(1.0)) + Inches(0.15)
    notes = _short_notes(plain_notes)
    margin = Inches(MARGIN)
    line_ems = (width - 2 * margin) / 12700 / 9  # ems of 9 pt type in one line across the slide
    lines = sum(-(-int(text_ems(text)) // int(line_ems)) for text in [chart.source, *notes])
    bottom = height - Inches(0.42) - Inches(0.16) * lines
    panel = Inches(PANEL_WIDTH) if chart.key_figures else 0
    area = (margin, top, width - 2 * margin - panel - (Inches(0.2) if panel else 0), bottom - top)
    spec = native_chart(chart.figure)
    if spec is not None:
        frame = slide.shapes.add_chart(spec.kind, *area, spec.chart_data())
        style_chart(frame.chart, spec, font=style.font)
        frame.name = chart.title
    else:
        if picture is None:
            raise ValueError(f"slide {chart.name!r} needs a picture of its chart")
        shown_width = min(area[2], int(area[3] * PICTURE_WIDTH / PICTURE_HEIGHT))
        pic = slide.shapes.add_picture(
            io.BytesIO(picture), area[0], area[1], shown_width, int(shown_width * PICTURE_HEIGHT / PICTURE_WIDTH)
        )
        pic.line.color.rgb = _rgb(GRID)
        pic._element.nvPicPr.cNvPr.set("descr", t("deck.picture_alt", lang, title=chart.title) + f". {chart.source}")
    if chart.key_figures:
        _key_figures(slide, chart, style, lang, (width - margin - panel, top, panel, bottom - top))
    source = _text_box(slide, margin, bottom, width - 2 * margin, Inches(0.16) * lines)
    source.margin_top = source.margin_bottom = 0
    _write_lines(source, [Line(text, 9, MUTED) for text in [chart.source, *notes]], style)
    _footer(slide, prs, style, lang, number, total)
    slide.notes_slide.notes_text_frame.text = speaker_notes(chart, lang)


def needs_picture(slide: Slide) -> bool:
    """Whether a slide's chart has no native PowerPoint chart (it is drawn as a picture)."""
    return native_chart(slide.figure) is None


def server_template() -> Path | None:
    """The house template the app's deck export uses: ``ESG_DECK_TEMPLATE`` (a ``.pptx`` path) when set."""
    configured = os.environ.get(TEMPLATE_ENV, "").strip()
    return Path(configured) if configured else None


def open_template(template: Path | None) -> PptxPresentation:
    """The template (default: the neutral one shipped here) with its own slides removed."""
    path = template or NEUTRAL_TEMPLATE
    if not path.is_file():
        raise TemplateError(f"template {path} not found")
    prs = Presentation(str(path))
    slide_ids = prs.slides._sldIdLst
    for entry in list(slide_ids):
        prs.part.drop_rel(entry.rId)
        slide_ids.remove(entry)
    return prs


def build_deck(
    slides: Sequence[Slide],
    *,
    lang: str,
    subtitle: str,
    progress: Progress | None = None,
    pictures: Sequence[bytes | None] | None = None,
    template: Path | None = None,
) -> bytes:
    """The deck as ``.pptx`` bytes on ``template``'s layouts (default: the neutral template): a cover (``subtitle``:
    the filters that differ from the defaults, may be empty), one slide per chart (native charts; a picture where
    none fits), a closing slide with the report's disclaimer and the data's source; slide numbers on each."""
    if pictures is None:
        wanted = [s for s in slides if needs_picture(s)]
        drawn = iter(render_pictures(wanted, lang, progress) if wanted else [])
        if not wanted and progress:
            progress(len(slides), len(slides), t("deck.assembling", lang))
        pictures = [next(drawn) if needs_picture(s) else None for s in slides]
    prs = open_template(template)
    style = Style(deck_font(lang, template), template is None or deck_font(lang, template) is not None)
    _cover(prs, style, lang, subtitle, slides)
    total = len(slides) + 2
    for i, (chart, picture) in enumerate(zip(slides, pictures, strict=True), 2):
        _chart_slide(prs, chart, picture, style, lang, i, total)
    _closing(prs, style, lang, total)
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
    workbook = spreadsheet.workbook(out)
    heading = workbook.add_format({"bold": True, "font_size": 14})
    label = workbook.add_format({"bold": True, "font_color": MUTED})
    header = workbook.add_format({"bold": True, "bg_color": "#F3F4F6", "bottom": 1, "text_wrap": True})
    number = workbook.add_format({"num_format": "#,##0.######"})
    used: set[str] = set()
    for i, slide in enumerate(slides, 1):
        sheet = workbook.add_worksheet(sheet_name(i, slide.title, used))
        write_cell(sheet, 0, 0, slide.title, heading)
        meta = [
            ("deck.sheet.chart", plain(slide.figure.layout.title.text)),
            ("common.unit", slide.unit),
            ("deck.sheet.source", slide.source),
            ("deck.sheet.filters", subtitle),
            ("present.key_figures", "; ".join(str(f) for f in slide.key_figures)),
            ("deck.sheet.notes", " ".join(plain_text(note) for note in slide.notes)),
        ]
        for row, (key, value) in enumerate(meta, 1):
            write_cell(sheet, row, 0, t(key, lang), label)
            write_cell(sheet, row, 1, value)
        top = len(meta) + 2
        for column, name in enumerate(slide.data.columns):
            write_cell(sheet, top, column, name, header)
        for row, values in enumerate(slide.data.iter_rows(), top + 1):
            for column, value in enumerate(values):
                numeric = isinstance(value, int | float) and not isinstance(value, bool)
                write_cell(sheet, row, column, "" if value is None else value, number if numeric else None)
        widths = [
            max([len(str(c)), *(len(str(v)) for v in slide.data.get_column(c).to_list())]) for c in slide.data.columns
        ]
        for column, width in enumerate(widths):
            sheet.set_column(column, column, min(max(width + 2, 12), 60))
        sheet.set_column(0, 0, max(min(max(widths or [0]) + 2, 60), 22))
        sheet.freeze_panes(top + 1, 0)
    workbook.close()
    return out.getvalue()
