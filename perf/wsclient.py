"""A minimal Streamlit client over the websocket (``/_stcore/stream``), for the memory and server-load benchmarks.

It does what a browser tab does to the server, without a browser: open the session, ask for a page (a ``rerun_script``
BackMsg naming the page, as the frontend sends on load), and read ForwardMsgs until the script run finished. The server
cannot tell it from a browser tab, so hundreds of sessions can be opened and closed in seconds on a small machine.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

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


async def open_session(base_url: str, page: str = "", query: str = "", timeout_s: float = 60) -> Opened:
    """Connect, request ``page`` (its URL path; ``""`` is the default page) and wait for the run to finish."""
    url = base_url.replace("http://", "ws://").replace("https://", "wss://") + "/_stcore/stream"
    start = time.perf_counter()
    connection = await connect(url, subprotocols=["streamlit"], max_size=None, open_timeout=timeout_s)
    request = BackMsg()
    request.rerun_script.query_string = query
    request.rerun_script.page_name = page
    received, count = await _run(connection, request, page, timeout_s)
    return Opened(connection, (time.perf_counter() - start) * 1000, received, count)


async def switch_page(opened: Opened, page: str, timeout_s: float = 60) -> float:
    """In an open session, go to ``page`` as the top navigation does; ms until the run finished."""
    request = BackMsg()
    request.rerun_script.page_name = page
    start = time.perf_counter()
    await _run(opened.connection, request, page, timeout_s)
    return (time.perf_counter() - start) * 1000


async def _run(connection: ClientConnection, request: BackMsg, page: str, timeout_s: float) -> tuple[int, int]:
    """Send a rerun request and read until its run finished; bytes and messages received."""
    await connection.send(request.SerializeToString())
    received = count = 0
    async with asyncio.timeout(timeout_s):
        while True:
            data = await connection.recv()
            received += len(data)
            count += 1
            msg = ForwardMsg()
            msg.ParseFromString(data)
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
