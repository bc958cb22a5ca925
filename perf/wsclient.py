"""A minimal Streamlit client over the websocket (``/_stcore/stream``), for the memory and server-load benchmarks.

It does what a browser tab does to the server, without a browser: open the session, ask for a page (a ``rerun_script``
BackMsg naming the page, as the frontend sends on load), and read ForwardMsgs until the script run finished. The server
cannot tell it from a browser tab, so hundreds of sessions can be opened and closed in seconds on a small machine.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.asyncio.client import ClientConnection, connect


@dataclass
class Opened:
    """An open session: its connection, how long the first page took, and how much it received."""

    connection: ClientConnection
    ms: float
    received_bytes: int
    messages: int
    values: dict[str, str] = field(default_factory=dict)  # select boxes shown: widget key -> the value shown


async def open_session(base_url: str, page: str = "", query: str = "", timeout_s: float = 60) -> Opened:
    """Connect, request ``page`` (its URL path; ``""`` is the default page) and wait for the run to finish."""
    url = base_url.replace("http://", "ws://").replace("https://", "wss://") + "/_stcore/stream"
    start = time.perf_counter()
    connection = await connect(url, subprotocols=["streamlit"], max_size=None, open_timeout=timeout_s)
    request = BackMsg()
    request.rerun_script.query_string = query
    request.rerun_script.page_name = page
    values: dict[str, str] = {}
    received, count = await _run(connection, request, page, timeout_s, values)
    return Opened(connection, (time.perf_counter() - start) * 1000, received, count, values)


async def switch_page(opened: Opened, page: str, timeout_s: float = 60) -> float:
    """In an open session, go to ``page`` as the top navigation does; ms until the run finished."""
    request = BackMsg()
    request.rerun_script.page_name = page
    start = time.perf_counter()
    await _run(opened.connection, request, page, timeout_s)
    return (time.perf_counter() - start) * 1000


async def _run(
    connection: ClientConnection, request: BackMsg, page: str, timeout_s: float, values: dict[str, str] | None = None
) -> tuple[int, int]:
    """Send a rerun request and read until its run finished; bytes and messages received. With ``values``, the
    value each select box shows is noted there by its key (the end of the widget id)."""
    await connection.send(request.SerializeToString())
    received = count = 0
    async with asyncio.timeout(timeout_s):
        while True:
            data = await connection.recv()
            received += len(data)
            count += 1
            msg = ForwardMsg()
            msg.ParseFromString(data)
            if values is not None and msg.WhichOneof("type") == "delta":
                element = msg.delta.new_element
                if element.WhichOneof("type") == "selectbox" and element.selectbox.HasField("raw_value"):
                    values[element.selectbox.id.rsplit("-", 1)[-1]] = element.selectbox.raw_value
            if msg.WhichOneof("type") == "script_finished":
                status = msg.script_finished
                if status == ForwardMsg.FINISHED_SUCCESSFULLY:
                    return received, count
                if status != ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                    raise RuntimeError(f"{page or '/'}: the script run ended with status {status}")


async def open_and_close(base_url: str, page: str = "", query: str = "") -> float:
    """Open a session on ``page``, wait for it to render, close it; the time it took in ms."""
    opened = await open_session(base_url, page, query)
    await opened.connection.close()
    return opened.ms
