"""A replica killed mid-run: viewers spread over two replicas behind nginx (``deploy/start-local.sh``), one replica
killed (SIGKILL) while they are on their pages. A viewer whose connection dropped reconnects as Streamlit's frontend
does: a new session through nginx (which sends it to the surviving replica) asking for the same URL, path and query
string (the filters live in the URL). Counted: page opens, reconnects, page opens that failed even after reconnecting,
and viewers whose view came back with other filters than their URL says (state lost beyond the reconnect).
"""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections.abc import Callable, Sequence

from perf.common import View, percentile
from perf.concurrency import plan
from perf.wsclient import Opened, open_session, switch_page

QUERY = {"lang": "en", "year": "2023"}  # a viewer's filters, in the URL: not the defaults, so a reset would show
RETRIES = 5


async def _viewer(base: str, first: str, views: list[View], delay_s: float, think_s: float) -> dict:
    await asyncio.sleep(delay_s)
    query = "&".join(f"{k}={v}" for k, v in QUERY.items())
    outcome = {"times": [], "reconnects": 0, "failures": 0, "state_lost": 0}
    opened: Opened | None = None
    for view in views:
        page = "" if view.name == first else view.name
        for attempt in range(RETRIES + 1):
            try:
                if opened is None:
                    opened = await open_session(base, page, query, timeout_s=30)
                    outcome["times"].append(opened.ms)
                    if opened.values.get("year") != QUERY["year"]:
                        outcome["state_lost"] += 1
                else:
                    outcome["times"].append(await switch_page(opened, page, timeout_s=30))
                break
            except Exception:  # the replica went away: reconnect as the frontend does, to the same URL
                opened = None
                if attempt == RETRIES:
                    outcome["failures"] += 1
                else:
                    outcome["reconnects"] += 1
                    await asyncio.sleep(0.5)
        await asyncio.sleep(think_s)
    if opened is not None:
        await opened.connection.close()
    return outcome


async def _run(base: str, views: Sequence[View], viewers: int, ramp_s: float, think_s: float, kill) -> dict:
    first = views[0].name
    tasks = [
        asyncio.create_task(_viewer(base, first, p, i * ramp_s, think_s)) for i, p in enumerate(plan(views, viewers))
    ]
    await asyncio.sleep(viewers * ramp_s * 0.6)  # most viewers are on their first or second page
    killed_at = time.perf_counter()
    kill()
    outcomes = await asyncio.gather(*tasks)
    times = [ms for o in outcomes for ms in o["times"]]
    return {
        "viewers": viewers,
        "page_opens": len(times) + sum(o["failures"] for o in outcomes),
        "reconnects": sum(o["reconnects"] for o in outcomes),
        "viewers_reconnected": sum(o["reconnects"] > 0 for o in outcomes),
        "failures": sum(o["failures"] for o in outcomes),
        "state_lost": sum(o["state_lost"] for o in outcomes),
        "p95_ms": percentile(times, 95),
        "run_after_kill_s": round(time.perf_counter() - killed_at, 1),
    }


def bench_failover(
    base: str,
    views: Sequence[View],
    replica_pids: Sequence[int],
    *,
    viewers: int = 20,
    ramp_s: float = 0.1,
    think_s: float = 1.0,
    progress: Callable[[str], None] = print,
) -> dict:
    """``viewers`` websocket viewers (three views each, ``think_s`` on every page) through the proxy at ``base``; the
    first of ``replica_pids`` is killed while they are on their pages."""
    result = asyncio.run(_run(base, views, viewers, ramp_s, think_s, lambda: os.kill(replica_pids[0], signal.SIGKILL)))
    progress(
        f"  {viewers} viewers, one of two replicas killed: {result['viewers_reconnected']} reconnected "
        f"({result['reconnects']} reconnects), {result['failures']} failed page opens, {result['state_lost']} views "
        f"back with other filters, p95 {result['p95_ms']:.0f} ms"
    )
    return result
