"""``python -m esg build``: rebuild a snapshot from ``data/source/``."""

from __future__ import annotations

import argparse

from esg.paths import SOURCE_DIR, snapshots_root
from esg.snapshot import check_edition


def run(args: argparse.Namespace) -> int:
    """Build and print what was written."""
    from esg.build import build

    result = build(SOURCE_DIR, snapshots_root(), check_edition(args.edition))
    counts = ", ".join(f"{k} {v}" for k, v in result.row_counts.items())
    print(f"built {result.path}: {counts}")
    print(f"reconciliation: {result.discrepancies} discrepancies in the report recorded in quality.parquet")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``build`` parser."""
    parser = sub.add_parser("build", help="build data/snapshots/<edition>/ from data/source/")
    parser.add_argument("--edition", default="2024")
    parser.set_defaults(func=run)
