"""Command line: ``python -m esg <command>``."""

from __future__ import annotations

import argparse
import sys

from esg.errors import DataError, SnapshotError
from esg.paths import SNAPSHOTS_DIR, SOURCE_DIR


def _cmd_build(args: argparse.Namespace) -> int:
    from esg.build import build

    result = build(SOURCE_DIR, SNAPSHOTS_DIR, args.edition)
    counts = ", ".join(f"{k} {v}" for k, v in result.row_counts.items())
    print(f"built {result.path}: {counts}")
    print(f"reconciliation: {result.discrepancies} discrepancies in the report recorded in quality.parquet")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command."""
    parser = argparse.ArgumentParser(prog="python -m esg", description="ESG dashboard data tools")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("build", help="build data/snapshots/<edition>/ from data/source/")
    p.add_argument("--edition", default="2024")
    p.set_defaults(func=_cmd_build)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; data problems print a clear message and exit 2, never a traceback."""
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (DataError, SnapshotError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
