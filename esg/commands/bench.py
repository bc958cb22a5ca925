"""``python -m esg bench``: the performance benchmark (pages against their floor, browser, data layer at 1x-1000x,
concurrent sessions, server memory); see ``docs/PERFORMANCE.md``. The benchmark lives in the top-level ``perf``
package, which needs streamlit and Playwright: it is imported only when this command runs."""

from __future__ import annotations

import argparse
from pathlib import Path


def run(args: argparse.Namespace) -> int:
    """Run the benchmark, print its tables, write the JSON when asked."""
    from perf.run import default_json_path
    from perf.run import run as run_bench

    json_path = None
    if args.json is not None:
        json_path = Path(args.json) if args.json else default_json_path()
    result = run_bench(quick=args.quick, json_path=json_path)
    return 0 if result.get("goals") is not None else 1


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``bench`` parser."""
    parser = sub.add_parser("bench", help="measure pages, browser, data layer, concurrency and memory")
    parser.add_argument(
        "--quick", action="store_true", help="pages, data and memory only, fewer repeats (under a minute)"
    )
    parser.add_argument(
        "--json",
        nargs="?",
        const="",
        default=None,
        metavar="FILE",
        help="write the result as JSON (default FILE: bench/results-<date>.json)",
    )
    parser.set_defaults(func=run)
