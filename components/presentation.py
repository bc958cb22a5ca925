"""Investor-relations mode: presentation mode (the curated slides one at a time on a shared screen) and the deck
export (PowerPoint and Excel) of the curated slides or of the charts a user picks.

Presentation mode is on when the URL says ``present=1`` (or the sidebar toggle was switched on); ``slide=N`` is the
slide shown, so a link opens that slide. The router (``app.py``) then renders no sidebar and hides the navigation;
the slides follow the global language and filters. The slides themselves come from ``components.slides``.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import streamlit as st

from components import state
from components.data import disclosed, element, filter_options, snapshot_dir
from components.deck import build_deck, build_workbook, server_template
from components.filters import LANG_LABELS, render_language_switch
from components.handout import build_handout
from components.render import chart_config
from components.slides import (
    CURATED,
    KeyFigure,
    Slide,
    build_slide,
    build_slides,
    cover_line,
    entity_slides,
    phone_figure,
    slide_figure,
    slide_names,
    slide_title,
    text_ems,
)
from components.tables import MIME_TYPES
from esg.i18n import t

log = logging.getLogger(__name__)

TOGGLE = "present_toggle"
PREVIOUS, NEXT, EXIT, EXPORT = "present_prev", "present_next", "present_exit", "present_export"
PRESENTER = "present_presenter"
# Notes up to about one line (in ems, a Chinese character one em) stay on the slide; longer ones are in the
# presenter's notes (and the deck's speaker notes) only.
NOTE_EMS = 110
CHART_WIDTH = 760  # the chart's width on a 1280x720 slide, less a margin: legends are laid out for it
LABEL_SCALE = 0.85  # labels inside a chart on a 1280x720 slide (a crowded matrix must not overlap)
DECK_SLIDES, DECK_BUILD, DECK_BYTES = "deck_slides", "deck_build", "deck_pptx"
STYLE_FILE = Path(__file__).with_name("presentation.css")


def _start() -> None:
    """Toggle callback: enter presentation mode at the first slide."""
    if st.session_state.get(TOGGLE):
        st.session_state[state.PRESENT] = True
        st.session_state[state.SLIDE] = 1


def _exit() -> None:
    """Button callback: back to the dashboard (the URL loses ``present`` and ``slide``)."""
    st.session_state[state.PRESENT] = False
    st.session_state.pop(state.SLIDE, None)
    st.session_state[TOGGLE] = False


def _step(by: int) -> None:
    """Button callback: move ``by`` slides (kept within the sequence)."""
    current = int(st.session_state.get(state.SLIDE) or 1)
    st.session_state[state.SLIDE] = min(max(current + by, 1), len(CURATED))


def render_ir_controls(filters: state.Filters) -> None:
    """Sidebar: the presentation-mode toggle and the deck export."""
    lang = filters.lang
    st.toggle(t("present.toggle", lang), key=TOGGLE, on_change=_start, help=t("present.toggle_help", lang))
    if st.button(
        t("deck.export", lang), key="deck_export", icon=":material/slideshow:", help=t("deck.export_help", lang)
    ):
        open_export_dialog(filters)


def _entity_names(filters: state.Filters) -> dict[str, str]:
    """The entities' short names in the language."""
    options = filter_options(filters.edition)
    return {e["entity_id"]: e["short_en" if filters.lang == "en" else "short_zh"] for e in options["entities"]}


def _filter_kwargs(filters: state.Filters) -> dict:
    return {
        "lang": filters.lang,
        "year": filters.year,
        "entity": filters.entity,
        "segment": filters.segment_or_none,
        "pillar": filters.pillar_or_none,
        "edition": filters.edition,
        "entity_name": _entity_names(filters).get(filters.entity, ""),
    }


def filters_line(filters: state.Filters) -> str:
    """The filters that differ from the defaults, as one line for the cover and the workbook (may be empty)."""
    latest = filter_options(filters.edition)["years"][-1]
    entity_name = "" if filters.entity == state.GROUP else _entity_names(filters).get(filters.entity, filters.entity)
    return cover_line(
        filters.lang,
        year=filters.year,
        latest=latest,
        entity_name=entity_name,
        segment=filters.segment_or_none,
        pillar=filters.pillar_or_none,
    )


def delta_colour(figure: KeyFigure) -> str:
    """``st.metric``'s colouring for a key figure: green when the change is good, red when bad, grey otherwise."""
    if not figure.change or not figure.tone:
        return "off"
    rising = not figure.change.lstrip().startswith(("-", "−"))
    return "normal" if rising == (figure.tone == "good") else "inverse"


def render_key_figures(slide: Slide, lang: str) -> None:
    """The key figures of a slide as metric cards (compact, labels and values wrapped, see ``presentation.css``)."""
    with st.container(key="present_figures"), st.container(key=f"present_figures_{min(len(slide.key_figures), 5)}"):
        st.subheader(t("present.key_figures", lang))
        for figure in slide.key_figures:
            st.metric(
                figure.label,
                figure.value,
                delta=figure.change,
                delta_color=delta_colour(figure),
                delta_description=figure.change_note or None,
            )


def render_presenter_notes(slide: Slide, lang: str) -> None:
    """The presenter's view of a slide: its talking points, then every note in full (long ones are not on the
    slide itself)."""
    st.markdown(f"**{t('present.talking_points', lang)}**")
    st.markdown("\n".join(f"- {point}" for point in slide.talking_points))
    if slide.notes:
        st.markdown(f"**{t('deck.sheet.notes', lang)}**")
        for note in slide.notes:
            st.caption(note)


def on_a_phone() -> bool:
    """Whether the browser says it is a phone (its user agent names a mobile device): slides become one column."""
    agent = st.context.headers.get("User-Agent") or ""
    return any(word in agent for word in ("Mobi", "Android", "iPhone"))


def render_style() -> None:
    """The presentation stylesheet: one slide fills the screen (laid out for 1280x720, zoomed on larger screens)."""
    st.html(f"<style>{STYLE_FILE.read_text(encoding='utf-8')}</style>")


def render_presentation(filters: state.Filters) -> None:
    """One slide of the curated sequence with its controls: previous / next (also the arrow keys), the slide counter,
    the language, the deck export and the way back to the dashboard (also Esc)."""
    lang = filters.lang
    total = len(CURATED)
    number = int(st.session_state.get(state.SLIDE) or 1)
    render_style()
    slide = build_slide(CURATED[number - 1], element, **_filter_kwargs(filters))
    with st.container(horizontal=True, vertical_alignment="center", key="present_toolbar"):
        st.button(
            t("present.previous", lang),
            key=PREVIOUS,
            on_click=_step,
            args=(-1,),
            disabled=number <= 1,
            icon=":material/arrow_back:",
            shortcut="Left",
        )
        st.markdown(f"**{t('present.counter', lang, n=number, total=total)}**", help=t("present.keys", lang))
        st.button(
            t("present.next", lang),
            key=NEXT,
            on_click=_step,
            args=(1,),
            disabled=number >= total,
            icon=":material/arrow_forward:",
            icon_position="right",
            type="primary",
            shortcut="Right",
        )
        st.space("stretch")
        render_language_switch(label_visibility="collapsed")
        with st.popover(t("present.presenter", lang), icon=":material/speaker_notes:", key=PRESENTER):
            render_presenter_notes(slide, lang)
        if st.button(t("deck.export", lang), key=EXPORT, icon=":material/slideshow:"):
            open_export_dialog(filters)
        st.button(t("present.exit", lang), key=EXIT, on_click=_exit, icon=":material/close:", shortcut="Esc")
    with st.container(key="present_slide"):
        with st.container(key="present_title"):
            st.title(slide.title)
        chart, figures = st.columns([3, 1], gap="medium")
        phone = on_a_phone()
        figure = slide_figure(slide.figure, height=None, width=CHART_WIDTH, scale=1, labels=LABEL_SCALE)
        with chart, st.container(key="present_chart"):
            st.plotly_chart(
                phone_figure(slide.figure, lang) if phone else figure,
                width="stretch",
                height="content" if phone else "stretch",
                key=f"present_chart_{slide.name}",
                theme=None,
                config={**chart_config(f"{slide.name}_{lang}"), "responsive": True},
            )
        with figures:
            render_key_figures(slide, lang)
        shown = [note for note in slide.notes if text_ems(note) <= NOTE_EMS]
        if shown:
            with st.container(key="present_notes"):
                for note in shown:
                    st.caption(note)


def _deck_id(filters: state.Filters, names: list[str]) -> str:
    """What a built deck depends on: the edition, the filters and the charts picked."""
    text = repr((filters, tuple(names)))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def open_export_dialog(filters: state.Filters) -> None:
    """Open the deck export (a dialog titled in the language)."""
    st.dialog(t("deck.dialog_title", filters.lang), width="large")(export_dialog)(filters)


def export_dialog(filters: state.Filters) -> None:
    """Pick the charts, make the deck with a progress bar, download it and its figures."""
    lang = filters.lang
    year = filters.year
    line = filters_line(filters)
    st.caption(" · ".join(x for x in (t("deck.language", lang, language=LANG_LABELS[lang]), line) if x))
    names = st.multiselect(
        t("deck.pick", lang),
        slide_names(),
        default=list(CURATED),
        format_func=lambda name: slide_title(name, lang, year),
        key=DECK_SLIDES,
        help=t("deck.pick_help", lang),
    )
    if not names:
        st.info(t("deck.none_picked", lang), icon=":material/info:")
        return
    kwargs = _filter_kwargs(filters)
    edition = filters.edition
    stem = f"western_mining_esg_{year}_{lang}"
    if filters.entity != state.GROUP:  # an entity's deck: the slides with its own figures; the cover names the rest
        own, group = entity_slides(names, disclosed(edition), entity=filters.entity)
        names = own or names
        if group:
            titles = ", ".join(slide_title(name, lang, year) for name in group)
            note = t("deck.group_level" if own else "deck.all_group_level", lang, slides=titles)
            st.caption(note)
            line = f"{line}\n{note}" if line else note

    def workbook() -> bytes:  # built when the button is pressed (outside the script run: no cache, no st.*)
        return build_workbook(build_slides(snapshot_dir(edition), names, **kwargs), lang=lang, subtitle=line)

    def handout() -> bytes:  # printed when the button is pressed (chromium, a few seconds)
        return build_handout(build_slides(snapshot_dir(edition), names, **kwargs), lang=lang, subtitle=line)

    deck_id = _deck_id(filters, names)
    if st.button(t("deck.build", lang), key=DECK_BUILD, type="primary", icon=":material/slideshow:"):
        with st.status(t("deck.building", lang), expanded=True) as status:
            bar = st.progress(0.0)

            def progress(done: int, total: int, message: str) -> None:
                bar.progress(done / max(total, 1), text=message)

            try:
                slides = build_slides(element, names, **kwargs)
                deck = build_deck(slides, lang=lang, subtitle=line, progress=progress, template=server_template())
            except Exception:
                log.exception("deck export failed")
                status.update(label=t("deck.failed", lang), state="error")
            else:
                st.session_state[DECK_BYTES] = (deck_id, deck)
                status.update(label=t("deck.done", lang, n=len(slides) + 1), state="complete", expanded=False)
    with st.container(horizontal=True):
        built = st.session_state.get(DECK_BYTES)
        if built and built[0] == deck_id:
            st.download_button(
                t("deck.download_pptx", lang),
                data=built[1],
                file_name=f"{stem}.pptx",
                mime=MIME_TYPES["pptx"],
                key="deck_pptx_download",
                on_click="ignore",
                icon=":material/download:",
                type="primary",
            )
        st.download_button(
            t("deck.download_pdf", lang),
            data=handout,
            file_name=f"{stem}.pdf",
            mime=MIME_TYPES["pdf"],
            key="deck_pdf_download",
            on_click="ignore",
            icon=":material/picture_as_pdf:",
        )
        st.download_button(
            t("deck.download_xlsx", lang),
            data=workbook,
            file_name=f"{stem}.xlsx",
            mime=MIME_TYPES["xlsx"],
            key="deck_xlsx_download",
            on_click="ignore",
            icon=":material/table_view:",
        )
