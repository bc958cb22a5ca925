"""Presentation mode fits a shared screen: every curated slide, at 1280x720, 1366x768, 1920x1080 and 2560x1440, in
both languages, opened from a presentation link (``embed=true``: no Streamlit chrome), shows every element inside
the viewport with nothing scrolled, no text box over another (HTML text and the chart's own text: title, legend,
axis titles, labels, annotations) and no text cut off (an ellipsis or a clipped box); on a phone (390x844) the slide
becomes one readable column (the page scrolls, nothing leaves the screen's width, no text overlaps). Screenshots of
every slide are kept in ``tests/artifacts/screenshots/fit_*``."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Browser, Page

from components.slides import CURATED, slide_title
from tests.browser.helpers import CHART, STATUS, app_errors, screenshot, url_of

YEAR = 2024
SCREENS = [(1280, 720), (1366, 768), (1920, 1080), (2560, 1440)]
PHONE = (390, 844)
PHONE_AGENT = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 "
    "Mobile/15E148 Safari/604.1"
)

# Every box of text on the page, HTML text nodes by line and the chart's SVG <text>, then what overlaps, what
# leaves the viewport, what is cut off (an ellipsis, or text wider/taller than a box that hides overflow) and what
# scrolls. ``fit``: the whole slide must be inside the viewport (a phone scrolls down, so only the width counts).
MEASURE = """(fit) => {
  const W = document.documentElement.clientWidth, H = window.innerHeight, tol = 1.5;
  const shown = (el) => {
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.display === 'none' || s.visibility === 'hidden' || Number(s.opacity) === 0) return false;
    }
    return true;
  };
  const root = document.querySelector('[data-testid="stMain"]');
  const skip = (el) => el.closest('.modebar-container, .hoverlayer, [data-testid="stTooltipContent"], '
    + '[data-testid="stToast"], .js-plotly-plot .draglayer');
  const name = (el, text) => {
    const owner = el.closest('[data-testid]');
    return `${owner ? owner.dataset.testid : el.tagName}: "${text.trim().slice(0, 40)}"`;
  };
  const boxes = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent;
    const parent = node.parentElement;
    if (!text.trim() || !parent || skip(parent) || !shown(parent)) continue;
    if (parent.closest('svg')) {
      const el = parent.closest('text');
      if (!el || boxes.some((b) => b.el === el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) boxes.push({el, r, label: name(el, el.textContent), svg: true});
      continue;
    }
    const range = document.createRange();
    range.selectNodeContents(node);
    const size = parseFloat(getComputedStyle(parent).fontSize);
    for (const line of range.getClientRects()) {
      // The em box of the line (a line box also holds the font's ascent and descent beyond it).
      const inset = Math.max(0, (line.height - size) / 2);
      const r = {left: line.left, right: line.right, top: line.top + inset, bottom: line.bottom - inset};
      if (line.width > 0.5 && line.height > 0.5) boxes.push({el: parent, r, label: name(parent, text), svg: false});
    }
  }
  const problems = [];
  const inside = (r) => r.left >= -tol && r.right <= W + tol && (!fit || (r.top >= -tol && r.bottom <= H + tol));
  for (const b of boxes) {
    if (!inside(b.r)) problems.push(`outside the viewport: ${b.label} ${Math.round(b.r.left)},${Math.round(b.r.top)}`
      + `-${Math.round(b.r.right)},${Math.round(b.r.bottom)}`);
  }
  for (const el of root.querySelectorAll('[data-testid="stElementContainer"]')) {
    if (!shown(el) || skip(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0 && !inside(r)) {
      problems.push(`element outside the viewport: ${name(el.firstElementChild || el, el.innerText || '')}`
        + ` ${Math.round(r.left)},${Math.round(r.top)}-${Math.round(r.right)},${Math.round(r.bottom)}`);
    }
  }
  const overlap = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2
    && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el)) continue;
      if (overlap(a.r, b.r)) problems.push(`overlap: ${a.label} / ${b.label}`);
    }
  }
  const clipped = new Set();
  for (const b of boxes) {
    if (b.svg) continue;
    for (let e = b.el; e && e !== root; e = e.parentElement) {
      const s = getComputedStyle(e);
      const hides = s.overflowX !== 'visible' || s.overflowY !== 'visible';
      if (s.textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth + 1) clipped.add(name(e, e.innerText));
      if (hides && (e.scrollWidth > e.clientWidth + 2 || e.scrollHeight > e.clientHeight + 2)
          && !e.matches('[data-testid="stMain"], [data-testid="stMainBlockContainer"]')) {
        const r = e.getBoundingClientRect();
        if (b.r.right > r.right + tol || b.r.bottom > r.bottom + tol || b.r.left < r.left - tol) {
          clipped.add(name(e, e.innerText));
        }
      }
    }
  }
  for (const c of clipped) problems.push(`cut off: ${c}`);
  if (fit) {
    for (const el of [root, document.scrollingElement, ...root.querySelectorAll('[data-testid="stVerticalBlock"]')]) {
      const s = getComputedStyle(el);
      const scrolls = el === root || el === document.scrollingElement || /(auto|scroll|hidden)/.test(s.overflowY);
      if (scrolls && el.scrollHeight > el.clientHeight + 2) {
        problems.push(`scrolls: ${name(el, el.innerText || '')} ${el.scrollHeight} > ${el.clientHeight}`);
      }
    }
  }
  if (document.documentElement.scrollWidth > W + 2) problems.push('scrolls sideways');
  return [...new Set(problems)];
}"""


def wait_slide(page: Page, name: str) -> None:
    """Wait until slide ``name`` has run and its chart is drawn (and the fonts loaded, so boxes are final)."""
    page.wait_for_function(
        f"""() => !document.querySelector('{STATUS}')
            && document.querySelectorAll('{CHART}').length === 1
            && document.querySelector('.st-key-present_chart_{name} .main-svg .infolayer') !== null""",
        polling=200,
        timeout=40_000,
    )
    page.evaluate("document.fonts.ready.then(() => true)")
    page.wait_for_timeout(400)  # Plotly's autosize after the container settled


def problems(page: Page, fit: bool = True) -> list[str]:
    """What does not fit on the page shown (see ``MEASURE``)."""
    found: list[Any] = page.evaluate(MEASURE, fit)
    return [str(p) for p in found]


def open_slide(page: Page, server: str, lang: str, number: int) -> None:
    page.goto(url_of(server, "", present=1, slide=number, lang=lang, embed="true"))
    wait_slide(page, CURATED[number - 1])


@pytest.mark.parametrize(("width", "height"), SCREENS, ids=[f"{w}x{h}" for w, h in SCREENS])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_slide_fits_the_screen(browser: Browser, server: str, lang: str, width: int, height: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.console_errors = errors  # type: ignore[attr-defined]
    found = {}
    try:
        for number, name in enumerate(CURATED, 1):
            open_slide(page, server, lang, number)
            assert page.locator("h1").first.inner_text() == slide_title(name, lang, YEAR)
            assert page.locator('[data-testid="stMainMenu"]:visible').count() == 0  # no chrome (embed=true)
            screenshot(page, f"fit_{width}x{height}_{lang}_{number}_{name}")
            if issues := problems(page):
                found[name] = issues
            assert not app_errors(page), app_errors(page)
    finally:
        context.close()
    assert not found, found


@pytest.mark.parametrize("name", CURATED)
def test_a_phone_shows_a_slide_as_one_column(browser: Browser, server: str, name: str) -> None:
    context = browser.new_context(
        viewport={"width": PHONE[0], "height": PHONE[1]}, is_mobile=True, has_touch=True, user_agent=PHONE_AGENT
    )
    page = context.new_page()
    found = {}
    number = CURATED.index(name) + 1
    try:
        for lang in ("en", "zh"):
            open_slide(page, server, lang, number)
            chart = page.locator(f".st-key-present_chart_{name}").bounding_box()
            figures = page.locator(".st-key-present_figures").bounding_box()
            assert chart and figures and figures["y"] >= chart["y"] + chart["height"] - 1, name  # one column
            page.set_viewport_size({"width": PHONE[0], "height": 2400})  # the whole column, for the screenshot
            page.wait_for_timeout(400)
            screenshot(page, f"fit_phone_{lang}_{number}_{name}")
            if issues := problems(page, fit=False):
                found[lang] = issues
            page.set_viewport_size({"width": PHONE[0], "height": PHONE[1]})
    finally:
        context.close()
    assert not found, found
