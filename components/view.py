"""The one page idiom: :func:`render_view` draws a view's definition (``esg.views``): the header, the section switch,
the view's controls, then each block of the chosen section, every element built once per process for the filters
it reads (``components.data.element``) and only rendered here."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import parse_qsl

import streamlit as st

from components import state
from components.controls import FREE, UNCHOSEN, choose_unchosen, default_choice, render_control, widget_of
from components.data import clear_caches, disclosed, entity_name
from components.data import element as built_element
from components.elements import LINK, CardsResult, ChartResult, FoldsResult, KpiResult, Line, TableResult
from components.layout import render_page_header
from components.provenance import TABLE, chart_table, render_sources_button, render_view_switch
from components.render import render_chart, render_csv_download, render_kpis, selected_id
from components.subnav import render_section_switch
from components.tables import MIME_TYPES, file_stem
from components.text import md_table
from components.urlstate import accept
from esg.filters import Filters
from esg.i18n import t
from esg.scope import scope_of
from esg.views import view as view_named
from esg.views.model import Block, Chart, Control, Element, Expander, Heading, Row, Table, View
from esg.views.model import block_names as _block_names
from esg.vocabulary import FILTERS

ENTITY_PAGE = "entity"
TEXT_STYLES = {"caption": st.caption, "markdown": st.markdown, "text": st.text, "subheader": st.subheader}
DOWNLOAD_LABELS = {"csv": "common.download_csv", "xlsx": "common.download_xlsx", "parquet": "common.download_parquet",
                   "zip": "common.download_zip"}  # fmt: skip


def _clear(_: object) -> None:
    clear_caches()


@st.cache_resource(max_entries=1, show_spinner=False, on_release=_clear)
def _streamlit_clear_hook() -> bool:
    """A cached value whose release (Streamlit's "Clear caches", ``st.cache_resource.clear()``) empties the element
    and query caches of ``components.data`` too. Looked up once per page run."""
    return True


class _Page:
    """One run of a view: its filters, the controls' values and the captions already shown (shown once a page)."""

    def __init__(self, view: View, filters: Filters) -> None:
        self.view = view
        self.filters = filters
        self.shown: set[str] = set()
        self.choices: tuple[tuple[str, object], ...] = ()
        for control in (e for e in view.elements if isinstance(e, Control)):
            self.choices += ((control.name, self._choose(control)),)

    def built(self, definition: Element) -> object:
        return built_element(self.view.name, definition, self.filters, self.choices)

    def widget_key(self, name: str) -> str:
        return f"{self.view.name}_{name}"

    def file_stem(self, name: str) -> str:
        """The name of element ``name``'s downloads: the view, the element, the filters and controls narrowing it
        and the language."""
        chosen = dict(self.choices)
        reads = self.view[name].reads
        read = [n for n in FILTERS if n in reads] + sorted(reads - set(FILTERS))
        values = [(n, self.filters.value(n) if n in FILTERS else chosen.get(n)) for n in read]
        # a toggle that replaces a filter when on (option ``replaces``: "all years" instead of the year)
        replaced = {c.option("replaces") for c in self.view.elements if isinstance(c, Control) and chosen.get(c.name)}
        values = [(n, v) for n, v in values if n not in replaced]
        return file_stem(self.view.name, name, values, self.filters.lang)

    def _choose(self, control: Control) -> str | None:
        """The control's value: a new click in its chart, else session state, else the URL, else the default option
        (the control kind's ``Options.default``, else the first)."""
        built = self.built(control)
        key = self.widget_key(control.name)
        if widget_of(control) in UNCHOSEN:
            return choose_unchosen(control, key, built)  # type: ignore[arg-type, return-value]
        options = list(built)  # type: ignore[call-overload]
        if not options:
            return None
        first = default_choice(control, built)
        if control.chart:
            clicked_key = f"{key}_clicked"
            clicked = selected_id(st.session_state.get(self.widget_key(control.chart)))
            if clicked != st.session_state.get(clicked_key):
                st.session_state[clicked_key] = clicked
                if clicked in options:
                    st.session_state[key] = clicked
        if key not in st.session_state and st.query_params.get(control.name) in options:
            st.session_state[key] = st.query_params[control.name]
        self._follow(control, key)
        accept(key, options, first)
        chosen = st.session_state[key]
        if chosen == first:
            if control.name in st.query_params:
                del st.query_params[control.name]
        elif st.query_params.get(control.name) != chosen:
            st.query_params[control.name] = chosen
        return chosen

    def _follow(self, control: Control, key: str) -> None:
        """Option ``follows`` (a global filter's name): when that filter changes, the control goes back to its default
        (its kind's ``Options.default``, e.g. the filter's own value)."""
        follows = control.option("follows")
        if follows:
            value, seen = getattr(self.filters, str(follows)), f"{key}_follows"
            if seen in st.session_state and st.session_state[seen] != value:
                st.session_state.pop(key, None)
            st.session_state[seen] = value

    def caption(self, text: str, style: str = "caption") -> None:
        seen = getattr(text, "note", text)  # a caveat quoted under a card and under a chart is shown once
        if style == "caption" and seen in self.shown:
            return
        if style.startswith(LINK):
            link_to(style.removeprefix(LINK), text, self.filters.lang)
            return
        self.shown.add(seen)
        if style in ("info", "warning"):
            getattr(st, style)(text, icon=":material/info:" if style == "info" else ":material/rule:")
        else:
            TEXT_STYLES[style](text)

    def sources(self, definition: Element, key: str, card: str = "", source: str = "") -> None:
        """The *Sources* button of a chart or KPI card (the provenance dialog)."""
        render_sources_button(self.view.name, definition, self.filters, self.choices, key=key, card=card, source=source)

    def card_sources(self, definition: Element, name: str, card: str) -> None:
        """The *Sources* button under a KPI card that shows a report figure (none under a count of the dashboard's)."""
        if card:
            self.sources(definition, f"{self.widget_key(name)}_sources_{card}", card)

    def lines(self, lines: Sequence[Line]) -> None:
        for style, text in lines:
            TEXT_STYLES[style](text)

    def block(self, block: Block) -> None:
        if isinstance(block, str):
            self.element(block)
        elif isinstance(block, Heading):
            text = t(block.key, self.filters.lang, year=self.filters.year)
            st.subheader(text) if block.level == "subheader" else st.markdown(f"**{text}**")
        elif isinstance(block, Row):
            columns = st.columns(list(block.widths) or len(block.columns), vertical_alignment=block.align)  # type: ignore[arg-type]
            for column, names in zip(columns, block.columns, strict=True):
                with column:
                    for name in (names,) if isinstance(names, str) else names:
                        self.element(name)
        elif isinstance(block, Expander):
            with st.expander(t(block.key, self.filters.lang), icon=":material/info:"):
                for name in block.names:
                    self.element(name)

    def element(self, name: str) -> None:
        definition = self.view[name]
        lang = self.filters.lang
        if isinstance(definition, Control):
            self.control(definition)
            return
        segments = definition.option("segments")
        if segments and self.filters.segment_or_none not in (None, *segments):  # type: ignore[misc]
            return  # an element of other segments only
        result = self.built(definition)
        if result is None:
            if not definition.option("hide_empty"):
                self.no_figures(definition)
        elif isinstance(result, ChartResult):
            on_select = (
                "rerun" if any(isinstance(e, Control) and e.chart == name for e in self.view.elements) else "ignore"
            )
            key, switch = self.widget_key(name), f"{self.widget_key(name)}_as"
            table = chart_table(result.frame, lang) if st.session_state.get(switch) == TABLE else None
            render_chart(result.figure, key=key, lang=lang, on_select=on_select, table=table)
            if table is not None and result.source:
                st.caption(t("common.source", lang, source=result.source))
            with st.container(horizontal=True, vertical_alignment="center", key=f"{key}_tools"):
                render_csv_download(key, lang, result.csv, self.file_stem(name))
                render_view_switch(switch, lang)
                self.sources(definition, f"{key}_sources", source=result.source)
            for text in result.captions:
                self.caption(text)
        elif isinstance(result, KpiResult):
            render_kpis(
                result.cards,
                lang,
                definition.per_row,  # type: ignore[attr-defined]
                below=lambda card: self.card_sources(definition, name, card.key),
            )
            for text in result.notes:
                self.caption(text)
        elif isinstance(result, TableResult):
            self.table(name, result, str(definition.option("style", "table")))
        elif isinstance(result, CardsResult):
            for start in range(0, len(result.cards), result.per_row):
                row = result.cards[start : start + result.per_row]
                for column, card in zip(st.columns(result.per_row), row, strict=False):
                    with column, st.container(border=True):
                        if card.heading:
                            st.markdown(card.heading)
                        self.lines(card.lines)
        elif isinstance(result, FoldsResult):
            if result.heading:
                st.markdown(f"**{result.heading}**")
            for item in result.items:
                with st.expander(item.heading):
                    self.lines(item.lines)
        else:
            for text in result:  # lines of text, or (style, text) lines
                style, text = text if isinstance(text, tuple) else (getattr(definition, "style", "caption"), text)
                self.caption(text, style)

    def no_figures(self, definition: Element) -> None:
        """The notice for an element the report gives no figures for under these filters."""
        lang = self.filters.lang
        empty = definition.option("empty")
        if empty:
            text = t(str(empty), lang, year=self.filters.year)
        else:
            kind = "chart" if isinstance(definition, Chart) else "table" if isinstance(definition, Table) else ""
            title = getattr(definition, "title", "") or f"{self.view.name}.{kind}.{definition.name}"
            text = t(
                "common.no_figures", lang, title=t(title, lang, unit="", year=self.filters.year), year=self.filters.year
            )
        st.info(text, icon=":material/info:")

    def table(self, name: str, result: TableResult, style: str) -> None:
        """A table under its heading (option ``heading`` ``subheader``, else bold), shown as ``st.table`` or
        ``st.dataframe`` (options ``height`` and ``widths``, the columns' widths in order), its captions and downloads;
        its ``empty`` notice when it has no rows."""
        definition = self.view[name]
        if result.heading:
            heading = definition.option("heading")
            st.subheader(result.heading) if heading == "subheader" else st.markdown(f"**{result.heading}**")
        if result.empty and not result.table.num_rows:
            st.info(result.empty, icon=":material/info:")
            return
        if style == "table":
            st.table(md_table(result.table), hide_index=True)
        else:
            formats = {c: "localized" for c in result.number_columns} | dict(result.formats)
            sizes = definition.option("widths", ())
            widths = dict(zip(result.table.column_names, sizes, strict=False))  # type: ignore[call-overload]
            config = {c: st.column_config.Column(width=w) for c, w in widths.items()}
            for c, f in formats.items():
                config[c] = st.column_config.NumberColumn(c, format=f, width=widths.get(c))
            for c, text in result.links:
                config[c] = st.column_config.LinkColumn(c, display_text=text, width=widths.get(c))
            st.dataframe(
                result.table,
                hide_index=True,
                width="stretch",
                height=definition.option("height", "auto"),  # type: ignore[arg-type]
                key=self.widget_key(name),
                column_config=config,
            )
        for text in result.captions:
            self.caption(text)
        self.downloads(name, ((("csv", result.csv),) if result.csv is not None else ()) + result.files)

    def downloads(self, name: str, files: tuple[tuple[str, bytes], ...]) -> None:
        """A download button per ``(format, bytes)``, side by side when there are several."""
        lang = self.filters.lang
        places = st.columns(len(files)) if len(files) > 1 else [st.container()] * len(files)
        for place, (fmt, data) in zip(places, files, strict=True):
            label, mime = DOWNLOAD_LABELS[fmt], MIME_TYPES[fmt]
            with place:
                st.download_button(
                    t(label, lang),
                    data=data,
                    file_name=f"{self.file_stem(name)}.{fmt}",
                    mime=mime,
                    key=f"{self.widget_key(name)}_{fmt}",
                    on_click="ignore",
                    icon=":material/download:",
                )

    def control(self, control: Control) -> None:
        options = self.built(control)
        if not options and widget_of(control) not in FREE:
            if not control.option("hide_empty"):
                st.info(t("common.no_data", self.filters.lang))
            return
        label = f"{self.view.name}.control.{control.name}"
        render_control(control, self.widget_key(control.name), options, label, self.filters.lang)  # type: ignore[arg-type]


def link_to(target: str, label: str, lang: str) -> None:
    """A link to view ``target`` (``<view>`` or ``<view>?<parameters>``), keeping the language."""
    view, _, params = target.partition("?")
    query = {"lang": lang, **dict(parse_qsl(params))}
    st.page_link(f"pages/{view}.py", label=label, icon=":material/arrow_forward:", query_params=query)


def render_scope_notice(view: View, blocks: Sequence[Block], filters: Filters) -> None:
    """Under an entity or segment filter, say at the top which figures below are not that entity's (segment's) own
    but the group's (``esg.scope``), and offer the entity's page (the segment's entities in the directory)."""
    entity, segment = filters.entity, filters.segment_or_none
    if (entity == state.GROUP and segment is None) or view.name == ENTITY_PAGE:
        return
    names = [n for block in blocks for n in _block_names(block)]
    found = scope_of(view, disclosed(filters.edition), entity=entity, segment=segment, names=names)
    if not found.group:
        return
    lang = filters.lang
    name = entity_name(filters) if entity != state.GROUP else t(f"common.segment.{segment}", lang)
    key = "common.scope.partly" if found.own else "common.scope.none"
    st.info(t(key, lang, name=name, own=len(found.own), group=len(found.group)), icon=":material/info:")
    if entity != state.GROUP:
        link_to(f"{ENTITY_PAGE}?entity_id={entity}", t("common.scope.open_entity", lang, name=name), lang)
    else:
        link_to(f"subsidiaries?business_segment={segment}", t("common.scope.open_segment", lang, name=name), lang)


def render_view(name: str) -> None:
    """Draw view ``name`` (``esg.views.<name>.VIEW``) under the current filters."""
    _streamlit_clear_hook()
    view = view_named(name)
    filters = state.current_filters()
    render_page_header(f"{name}.title", filters, view.applies, intro_key=f"{name}.intro" if view.intro else None)
    page = _Page(view, filters)
    sections = [s.name for s in view.sections]
    chosen = render_section_switch(name, sections, filters.lang) if len(sections) > 1 else sections[0]
    render_scope_notice(view, (*view.section(chosen).blocks, *view.footer), filters)
    for block in view.section(chosen).blocks:
        page.block(block)
    for block in view.footer:
        page.block(block)
