"""The handout: a PDF of the slides, one 16:9 page each (headline, chart, key figures, talking points, source) after
a cover and before the report's disclaimer, printed by Debian's chromium (``--print-to-pdf``) from one HTML page
with the charts drawn by plotly.js. Pure: no streamlit; every text is HTML-escaped (the figures are already)."""

from __future__ import annotations

import html
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

import plotly.io as pio

from components.slides import Slide, slide_figure
from esg.i18n import t

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"  # Debian's, as kaleido and the browser tests use

PAGE_CSS = """
@page { size: 13.333in 7.5in; margin: 0.35in 0.45in; }
body { font-family: Arial, "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #111; margin: 0; }
section { page-break-after: always; height: 6.75in; display: flex; flex-direction: column; overflow: hidden; }
h1 { font-size: 24pt; margin: 0 0 0.1in; } h2 { font-size: 14pt; margin: 0.1in 0 0.04in; color: #0F4C81; }
.row { display: flex; gap: 0.25in; flex: 1 1 auto; min-height: 0; }
.chart { flex: 3 1 0; } .figures { flex: 1 1 0; font-size: 10.5pt; }
.figures p { margin: 0 0 0.08in; } .figures b { font-size: 13pt; display: block; }
.points { font-size: 10pt; margin: 0.05in 0 0; padding-left: 1.2em; } .muted { color: #4B5563; font-size: 8.5pt; }
.cover h1 { font-size: 34pt; margin-top: 2in; }
"""
CHART_WIDTH, CHART_HEIGHT = 900, 470


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def handout_html(slides: Sequence[Slide], *, lang: str, subtitle: str) -> str:
    """The handout as one HTML page (plotly.js inline, so it prints with no network)."""
    pages = [
        f'<section class="cover"><h1>{_e(t("common.company", lang))}</h1>'
        f"<h2>{_e(t('deck.title', lang))}</h2><p>{_e(t('common.report', lang))}</p>"
        f'<p class="muted">{_e(subtitle)}</p><p class="muted">{_e(t("deck.title_note", lang))}</p></section>'
    ]
    for i, slide in enumerate(slides):
        figure = slide_figure(slide.figure, height=CHART_HEIGHT, width=CHART_WIDTH, scale=1, labels=0.85)
        chart = pio.to_html(
            figure,
            full_html=False,
            include_plotlyjs="inline" if i == 0 else False,
            config={"staticPlot": True},
            default_width=f"{CHART_WIDTH}px",
            default_height=f"{CHART_HEIGHT}px",
        )
        figures = "".join(
            f"<p>{_e(f.label)}<b>{_e(f.value)}</b>{_e(f'{f.change} {f.change_note}'.strip()) if f.change else ''}</p>"
            for f in slide.key_figures
        )
        points = "".join(f"<li>{_e(point)}</li>" for point in slide.talking_points)
        pages.append(
            f"<section><h1>{_e(slide.title)}</h1><div class='row'><div class='chart'>{chart}</div>"
            f"<div class='figures'><h2>{_e(t('present.key_figures', lang))}</h2>{figures}</div></div>"
            f"<ul class='points'>{points}</ul><p class='muted'>{_e(slide.source)}</p></section>"
        )
    pages.append(
        f"<section><h1>{_e(t('deck.closing_title', lang))}</h1><h2>{_e(t('deck.disclaimer_heading', lang))}</h2>"
        f"<p>{_e(t('deck.disclaimer', lang))}</p><h2>{_e(t('deck.data_source_heading', lang))}</h2>"
        f"<p>{_e(t('deck.data_source', lang))}</p></section>"
    )
    lang_attr = "zh-CN" if lang == "zh" else "en"
    return (
        f'<!doctype html><html lang="{lang_attr}"><head><meta charset="utf-8"><style>{PAGE_CSS}</style></head>'
        f"<body>{''.join(pages)}</body></html>"
    )


def build_handout(slides: Sequence[Slide], *, lang: str, subtitle: str, chromium: str = "") -> bytes:
    """The handout as PDF bytes, printed by headless chromium (charts drawn before printing)."""
    with tempfile.TemporaryDirectory(prefix="esg-handout-") as folder:
        page, pdf = Path(folder) / "handout.html", Path(folder) / "handout.pdf"
        page.write_text(handout_html(slides, lang=lang, subtitle=subtitle), encoding="utf-8")
        command = [
            chromium or CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            f"--user-data-dir={folder}/profile",
            "--no-pdf-header-footer",
            "--virtual-time-budget=15000",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ]
        subprocess.run(command, check=True, capture_output=True, timeout=120)
        return pdf.read_bytes()
