"""The admin secret behind the Update data page: configured in ``.streamlit/secrets.toml`` as ``admin_secret``.

Without it the page does not exist. The comparison is constant-time (``hmac.compare_digest``); every failed try is
followed by a pause that doubles with the recent failures of the whole server (so opening new sessions does not help
a guesser), up to half a minute. Being signed in lasts for the browser session.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from hmac import compare_digest

import streamlit as st

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
    return value if isinstance(value, str) and value else None


def admin_enabled() -> bool:
    """Whether the Update data page exists (Streamlit keeps the parsed secrets: about 1 µs a run)."""
    return configured_secret() is not None


class _Failures:
    """Recent failed sign-ins of the whole server (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._times: deque[float] = deque()

    def record(self) -> int:
        """Note a failure; return how many happened in the window."""
        now = time.monotonic()
        with self._lock:
            self._times.append(now)
            while self._times and now - self._times[0] > FAILURE_WINDOW_SECONDS:
                self._times.popleft()
            return len(self._times)

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
    if secret is not None and compare_digest(given.encode("utf-8"), secret.encode("utf-8")):
        st.session_state[SIGNED_IN] = True
        return True
    count = failures().record()
    log.warning("failed admin sign-in (%d in the last %d minutes)", count, FAILURE_WINDOW_SECONDS // 60)
    pause(pause_after(count))
    return False


def signed_in() -> bool:
    """Whether this session signed in (and the secret is still configured)."""
    return bool(st.session_state.get(SIGNED_IN)) and admin_enabled()


def sign_out() -> None:
    """Callback: forget this session's sign-in."""
    st.session_state.pop(SIGNED_IN, None)
