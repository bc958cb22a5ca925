"""Warm from the start: every view's elements built for the default filters (both languages, the latest year of the
latest usable edition, the controls at their defaults) in a background thread, so that the first visitor after a
server start or after a new edition landed does not pay for building them.

:func:`warm_in_background` is called by every run of ``app.py`` and costs a few microseconds once the edition is warm;
it starts the thread on the process's first run (``deploy/start-local.sh`` and the systemd unit ask
``/_stcore/script-health-check`` right after start-up, which is such a run) and whenever the latest edition's snapshot
changes (a new or re-imported edition: the cache key of every element changes with it). ``ESG_WARM=0`` switches it off
(the benchmark's cold baseline).
"""

from __future__ import annotations

import os
import threading
import time

import pyarrow as pa
from streamlit import dataframe_util
from streamlit.logger import get_logger

from components.controls import default_choice
from components.data import edition_key, edition_statuses, element, filter_options
from esg.filters import Filters
from esg.i18n import LANGS
from esg.views import views
from esg.views.model import Control, View

log = get_logger(__name__)  # Streamlit's handler: the line shows in the server's log
DONE_MESSAGE = "warm-up done"
STARTED_MESSAGE = "warm-up started"

_lock = threading.Lock()
_started: set[tuple[str, str, int]] = set()  # edition keys warmed or being warmed in this process


def warm_in_background() -> None:
    """Start building the latest usable edition's default elements in a daemon thread, unless done or under way."""
    if os.environ.get("ESG_WARM", "1") == "0":
        return
    edition = next((s.edition for s in edition_statuses() if s.ok), None)
    if edition is None:
        log.warning("warm-up skipped: no usable edition")
        return
    key = edition_key(edition)
    with _lock:
        if key in _started:
            return
        _started.add(key)
    threading.Thread(target=_warm_logged, args=(edition,), name="esg-warm", daemon=True).start()


def _warm_logged(edition: str) -> None:
    log.info("%s: edition %s", STARTED_MESSAGE, edition)
    start = time.perf_counter()
    try:
        built = warm(edition)
    except Exception:  # a view that cannot be built shows its own message when visited; the server goes on
        log.exception("warm-up of edition %s failed", edition)
        return
    log.info("%s: edition %s, %d elements in %.1f s", DONE_MESSAGE, edition, built, time.perf_counter() - start)


def warm_imports() -> None:
    """What Streamlit imports on the first table it sends (pandas, numpy, pyarrow's pandas layer: about 340 modules,
    0.8-4 s): a first visit of a view with a table paid that even with every element built."""
    dataframe_util.convert_anything_to_arrow_bytes(pa.table({"warm": [1]}))


def warm(edition: str) -> int:
    """Build every placed element of every view (all sections) for the default filters, in both languages, after the
    imports of :func:`warm_imports`; the number of elements built or found in the cache."""
    warm_imports()
    years = filter_options(edition)["years"]
    count = 0
    for lang in LANGS:
        filters = Filters(lang=lang, year=years[-1], edition=edition)
        for view in views().values():
            count += _warm_view(view, filters)
    return count


def _warm_view(view: View, filters: Filters) -> int:
    """A view's elements as its page builds them before anyone touches a control (``components.view``)."""
    choices: tuple[tuple[str, object], ...] = ()
    for control in (e for e in view.elements if isinstance(e, Control)):
        built = element(view.name, control, filters, choices)
        choices += ((control.name, default_choice(control, built)),)
    count = 0
    for name in view.placed():
        definition = view[name]
        if not isinstance(definition, Control):  # all segments by default: every element is shown
            element(view.name, definition, filters, choices)
            count += 1
    return count
