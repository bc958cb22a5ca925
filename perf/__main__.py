"""``python -m esg bench`` (handed over to ``python -m perf``): run the benchmark, print its tables, write the JSON
when asked. Quick mode needs only ``requirements.txt``; the browser and concurrency phases need Playwright too."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from perf.run import default_json_path, run


def build_parser() -> argparse.ArgumentParser:
    """The ``bench`` arguments (shown as ``python -m esg bench``, the command people type)."""
    parser = argparse.ArgumentParser(
        prog="python -m esg bench", description="measure pages, browser, data layer, concurrency and memory"
    )
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
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; exit 1 when it could not judge its goals."""
    args = build_parser().parse_args(argv)
    json_path = None
    if args.json is not None:
        json_path = Path(args.json) if args.json else default_json_path()
    result = run(quick=args.quick, json_path=json_path)
    return 0 if result.get("goals") is not None else 1


if __name__ == "__main__":
    sys.exit(main())
