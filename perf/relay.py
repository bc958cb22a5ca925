"""A loopback TCP relay that counts the bytes it passes: what a browser really receives, websocket frames as sent
(compressed when the server compresses them: the DevTools protocol reports websocket payloads decompressed)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass
class Counter:
    """Bytes the relay passed to the browser: in all, and on websocket connections (HTTP headers included)."""

    received: int = 0
    websocket: int = 0

    def reset(self) -> None:
        self.received = self.websocket = 0


async def _pump(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, add: Callable[[int], None]) -> None:
    with suppress(ConnectionError):
        while data := await reader.read(65536):
            add(len(data))
            writer.write(data)
            await writer.drain()
    writer.close()


@asynccontextmanager
async def counting_relay(target: str) -> AsyncIterator[tuple[str, Counter]]:
    """A relay on a free loopback port to ``target`` (a ``http://host:port`` base URL): yields the relay's base URL
    and the counter its connections add to (:meth:`Counter.reset` between loads)."""
    parts = urlsplit(target)
    counter = Counter()

    async def connect(client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        server_reader, server_writer = await asyncio.open_connection(parts.hostname, parts.port or 80)
        request = await client_reader.read(65536)  # the request line and headers: is it a websocket's upgrade?
        upgrade = b"upgrade: websocket" in request.lower()
        server_writer.write(request)

        def down(n: int) -> None:
            counter.received += n
            if upgrade:
                counter.websocket += n

        await asyncio.gather(
            _pump(server_reader, client_writer, down), _pump(client_reader, server_writer, lambda n: None)
        )

    server = await asyncio.start_server(connect, "127.0.0.1", 0)
    try:
        yield f"{parts.scheme}://127.0.0.1:{server.sockets[0].getsockname()[1]}", counter
    finally:
        server.close()
