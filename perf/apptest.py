"""Running views with AppTest and timing the script itself.

``script_timer`` wraps Streamlit's ``exec_func_with_error_handling`` (the call that executes the script body inside
the script runner): a run's time is the script's own, from its first line to its last enqueued element, without
AppTest's thread start, polling and element-tree parsing. ``message_log`` records every ForwardMsg the run enqueued
with the hash and the ``cacheable`` flag Streamlit computed for it, which is what decides whether a browser that
already holds an element receives it again or only a reference. ``media_log`` keeps the bytes behind download buttons
so the floor can store the same amount.

AppTest makes a new ``ScriptCache`` for every run, so it compiles ``app.py`` and the page again each time; a server
keeps one per runtime and compiles a script once. While measuring, every run shares one, as on a server (the floor's
runs too).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest

from perf.common import ROOT

APP = ROOT / "app.py"


@dataclass
class Recorder:
    """What the patched runtime saw: script times (ms), enqueued messages and media bytes."""

    script_ms: list[float] = field(default_factory=list)
    messages: list[dict] = field(default_factory=list)
    media: dict[str, bytes] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def take_messages(self) -> list[dict]:
        """The messages recorded since the last call."""
        with self.lock:
            taken, self.messages = self.messages, []
        return taken


@contextmanager
def instrumented() -> Iterator[Recorder]:
    """Patch the runtime for measuring (and restore it): every AppTest run goes through ``app.py`` as on a server
    (the same fix as ``tests/app/conftest.py``), script bodies are timed, messages and media are recorded."""
    import streamlit.runtime.scriptrunner.script_runner as script_runner
    import streamlit.testing.v1.app_test as app_test
    import streamlit.testing.v1.local_script_runner as local_script_runner
    from streamlit.runtime.media_file_manager import MediaFileManager
    from streamlit.runtime.scriptrunner.script_cache import ScriptCache
    from streamlit.runtime.scriptrunner_utils.script_run_context import ScriptRunContext

    recorder = Recorder()
    original_init = PagesManager.__init__
    original_exec = script_runner.exec_func_with_error_handling
    original_enqueue = ScriptRunContext.enqueue
    original_add = MediaFileManager.add
    one_cache = ScriptCache()

    def init(self: PagesManager, *args: object, **kwargs: object) -> None:
        original_init(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False

    def timed_exec(func: object, ctx: object) -> object:
        start = time.perf_counter()
        try:
            return original_exec(func, ctx)
        finally:
            recorder.script_ms.append((time.perf_counter() - start) * 1000)

    def enqueue(self: ScriptRunContext, msg: object) -> None:
        original_enqueue(self, msg)
        if msg.WhichOneof("type") == "delta":  # type: ignore[attr-defined]
            delta = msg.delta  # type: ignore[attr-defined]
            kind = delta.WhichOneof("type")
            element = delta.new_element.WhichOneof("type") if kind == "new_element" else kind
            with recorder.lock:
                recorder.messages.append(
                    {
                        "hash": msg.hash,  # type: ignore[attr-defined]
                        "cacheable": msg.metadata.cacheable,  # type: ignore[attr-defined]
                        "bytes": msg.ByteSize(),  # type: ignore[attr-defined]
                        "element": element,
                        "path": tuple(msg.metadata.delta_path),  # type: ignore[attr-defined]
                    }
                )

    def add(self: MediaFileManager, path_or_data: object, *args: object, **kwargs: object) -> str:
        url = original_add(self, path_or_data, *args, **kwargs)
        if isinstance(path_or_data, bytes):
            recorder.media[url] = path_or_data
        return url

    PagesManager.__init__ = init
    app_test.ScriptCache = local_script_runner.ScriptCache = lambda: one_cache  # type: ignore[misc, assignment]
    script_runner.exec_func_with_error_handling = timed_exec
    ScriptRunContext.enqueue = enqueue
    MediaFileManager.add = add
    try:
        yield recorder
    finally:
        PagesManager.__init__ = original_init
        script_runner.exec_func_with_error_handling = original_exec
        ScriptRunContext.enqueue = original_enqueue
        MediaFileManager.add = original_add
        app_test.ScriptCache = local_script_runner.ScriptCache = ScriptCache  # type: ignore[misc]


def open_view(view_file: str, *, lang: str = "zh", timeout: float = 120) -> AppTest:
    """A fresh session that opened ``view_file`` (``pages/<view>.py``) through the router; raises on an exception."""
    at = AppTest.from_file(str(APP), default_timeout=timeout)
    at.query_params["lang"] = lang
    at.run()
    at.switch_page(view_file).run()
    check(at, view_file)
    return at


def check(at: AppTest, what: str) -> None:
    """Raise when the last run showed an exception or an error box."""
    problems = [e.value for e in at.exception] + [e.value for e in at.error]
    if problems:
        raise RuntimeError(f"{what}: the run failed: {problems}")


def timed_rerun(at: AppTest, recorder: Recorder) -> float:
    """Rerun and return the script time in ms (the last script body the run executed)."""
    before = len(recorder.script_ms)
    at.run()
    times = recorder.script_ms[before:]
    if not times:
        raise RuntimeError("the script runner executed no script")
    return sum(times)
