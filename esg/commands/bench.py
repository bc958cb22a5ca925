"""``python -m esg bench``: the performance benchmark (pages against their floor, browser, data layer at 1x-1000x,
concurrent sessions, server memory; see ``docs/PERFORMANCE.md``), run by the top-level ``perf`` package (handed over
by :mod:`esg.handover`; ``python -m esg bench --help`` lists its options)."""

from __future__ import annotations

import argparse

from esg.handover import register_handover


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``bench`` command."""
    register_handover(sub, "bench", "perf", help_text="measure pages, browser, data layer, concurrency and memory")
