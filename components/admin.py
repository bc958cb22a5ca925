"""The admin secret behind the Update data page: configured in ``.streamlit/secrets.toml`` as ``admin_secret``.

Without it the page does not exist. The comparison is constant-time (``hmac.compare_digest``); every failed try is
followed by a pause that doubles with the recent failures of the whole server, up to half a minute, served while
holding the server's one sign-in turn: parallel sessions queue (about two guesses a minute once the pause is at its
longest, however many sessions guess). A placeholder or short secret switches the page off (``esg.credentials``). Being signed in lasts for the browser session.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from hmac import compare_digest

import streamlit as st

from esg.credentials import secret_problem

SECRET_KEY = "admin_secret"
SIGNED_IN = "update_data_signed_in"
PAUSE_SECONDS = 1.0
MAX_PAUSE_SECONDS = 30.0
FAILURE_WINDOW_SECONDS = 15 * 60

log = logging.getLogger(__name__)


def configured_secret() -> str | None:
    """The admin secret, or ``None`` when none is configured (a missing secrets.toml raises inside Streamlit)."""
    try:
        value = st.secrets.get(SECRET_KEY)
    except Exception:  # StreamlitSecretNotFoundError, a malformed secrets.toml, ...: no admin page
        return None
    if value is None:
        return None
    problem = secret_problem(value, SECRET_KEY)
    if problem:  # a placeholder or a short secret: no admin page, and the operator is told why
        log.error("the Update data page is off: %s", problem)
        return None
    return str(value)


def admin_enabled() -> bool:
    """Whether the Update data page exists (Streamlit keeps the parsed secrets: about 1 µs a run)."""
    return configured_secret() is not None


class _Failures:
    """Recent failed sign-ins of the whole server (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._turn = threading.Lock()
        self._times: deque[float] = deque()

    def record(self) -> int:
        """Note a failure; return how many happened in the window."""
        now = time.monotonic()
        with self._lock:
            self._times.append(now)
            while self._times and now - self._times[0] > FAILURE_WINDOW_SECONDS:
                self._times.popleft()
            return len(self._times)

    @contextmanager
    def turn(self) -> Iterator[None]:
        """One sign-in attempt at a time on the whole server: a failure's pause is served holding the turn, so
        parallel sessions queue behind it instead of guessing in parallel."""
        with self._turn:
            yield

    def reset(self) -> None:
        """Forget every failure (tests)."""
        with self._lock:
            self._times.clear()


@st.cache_resource
def failures() -> _Failures:
    """The server-wide failure record (one object shared by every session, as intended)."""
    return _Failures()


def pause_after(count: int) -> float:
    """Seconds to wait after the ``count``-th recent failure: 1, 2, 4, ... up to 30."""
    return min(PAUSE_SECONDS * 2 ** min(count - 1, 16), MAX_PAUSE_SECONDS)


def pause(seconds: float) -> None:
    """Wait after a failed sign-in (this session's script thread only)."""
    time.sleep(seconds)


def check_secret(given: str) -> bool:
    """Compare ``given`` with the secret in constant time; sign the session in, or pause after a failure."""
    secret = configured_secret()
    record = failures()
    with record.turn():
        if secret is not None and compare_digest(given.encode("utf-8"), secret.encode("utf-8")):
            st.session_state[SIGNED_IN] = True
            return True
        count = record.record()
        log.warning("failed admin sign-in (%d in the last %d minutes)", count, FAILURE_WINDOW_SECONDS // 60)
        pause(pause_after(count))
    return False


def signed_in() -> bool:
    """Whether this session signed in (and the secret is still configured)."""
    return bool(st.session_state.get(SIGNED_IN)) and admin_enabled()


def sign_out() -> None:
    """Callback: forget this session's sign-in."""
    st.session_state.pop(SIGNED_IN, None)
