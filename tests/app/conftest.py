"""AppTest set-up shared by every app test: every run goes through ``app.py`` (the router).

AppTest resets ``PagesManager.uses_pages_directory`` before each run; with a ``pages/`` directory next to ``app.py``
Streamlit then takes its legacy multipage path on every run after a page switch and runs the page file alone. A real
server leaves that mode for good at the first ``st.navigation`` call (and ``components.state.ensure_routed`` covers
the very first request); here the flag is forced off as soon as the manager is built, so that reruns after a widget
change behave as in a browser session.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from streamlit.runtime.pages_manager import PagesManager


@pytest.fixture(scope="session", autouse=True)
def routed() -> Iterator[None]:
    """Every AppTest run executes ``app.py``, as on a running server."""
    original = PagesManager.__init__

    def init(self: PagesManager, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False

    PagesManager.__init__ = init
    yield
    PagesManager.__init__ = original
