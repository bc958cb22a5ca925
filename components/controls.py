"""A view's controls on the page (``esg.views.model.Control``), by option ``widget``: ``select`` (the default) and
``segmented`` choose one option; ``multiselect`` several (a tuple), ``text`` a string, ``toggle`` a bool. Each value
is kept in session state under the page's widget key and in the URL by the control's name (``?topics=energy,water``,
``?search=Scope+1``, ``?all_years=1``), left out of the URL when it is the default."""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from esg.i18n import t
from esg.views.model import Control

FREE = ("text", "toggle")  # widgets with no options
UNCHOSEN = ("multiselect", *FREE)  # widgets whose value is not one option


def widget_of(control: Control) -> str:
    """The control's widget (``select`` unless its option ``widget`` says otherwise)."""
    return str(control.option("widget", "select"))


def _from_url(widget: str, text: str) -> object:
    if widget == "multiselect":
        return [v for v in text.split(",") if v]
    if widget == "toggle":
        return text.lower() in ("1", "true")
    return text


def _to_url(name: str, shown: str, default: str) -> None:
    if shown == default:
        if name in st.query_params:
            del st.query_params[name]
    elif st.query_params.get(name) != shown:
        st.query_params[name] = shown


def default_choice(control: Control, options: object) -> object:
    """A control's value before anyone touches it (no session state, no URL): option ``default`` of a multiselect
    (those of its options), off, empty text; else the options' own ``default`` when it is one of them, else the first
    option (``None`` without options). ``options`` is what the control's element built."""
    widget = widget_of(control)
    if widget == "multiselect":
        return tuple(v for v in control.option("default", ()) if v in options)  # type: ignore[attr-defined, operator]
    if widget == "toggle":
        return False
    if widget in FREE:
        return ""
    listed = list(options)  # type: ignore[call-overload]
    default = getattr(options, "default", None)
    return default if default in listed else (listed[0] if listed else None)


def choose_unchosen(control: Control, key: str, options: Mapping[str, str]) -> object:
    """The value of a ``multiselect``, ``text`` or ``toggle`` control: session state, else the URL, else its
    default (option ``default``, or none chosen, empty, off)."""
    widget = widget_of(control)
    if key not in st.session_state and control.name in st.query_params:
        st.session_state[key] = _from_url(widget, st.query_params[control.name])
    if widget == "multiselect":
        default = tuple(control.option("default", ()))  # type: ignore[arg-type]
        picked = [v for v in st.session_state.get(key, default) if v in options]
        st.session_state[key] = picked
        _to_url(control.name, ",".join(picked), ",".join(default))
        return tuple(picked)
    if widget == "toggle":
        on = bool(st.session_state.get(key, False))
        _to_url(control.name, "1" if on else "", "")
        return on
    typed = str(st.session_state.get(key, ""))
    _to_url(control.name, typed, "")
    return typed.strip()


def render_control(control: Control, key: str, options: Mapping[str, str], label: str, lang: str) -> None:
    """Draw ``control`` (label ``label``, help ``<label>_help``, placeholder from option ``placeholder``)."""
    widget = widget_of(control)
    text, help_text = t(label, lang), t(f"{label}_help", lang)
    placeholder = t(str(control.option("placeholder")), lang) if control.option("placeholder") else None
    if widget == "multiselect":
        st.multiselect(text, list(options), format_func=options.get, key=key, help=help_text, placeholder=placeholder)
    elif widget == "text":
        st.text_input(text, key=key, help=help_text, placeholder=placeholder)
    elif widget == "toggle":
        st.toggle(text, key=key, help=help_text)
    elif widget == "segmented":
        st.segmented_control(text, list(options), format_func=options.get, key=key, help=help_text, required=True)
    else:
        st.selectbox(text, list(options), format_func=options.get, key=key, help=help_text)
