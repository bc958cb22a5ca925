"""``python -m esg withdraw EDITION --reason TEXT``: hide an edition from the app and from imports (its snapshot stays
on disk untouched; the withdrawal and its reason are recorded in ``withdrawn.json``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from esg.paths import snapshots_root
from esg.snapshot import check_edition, list_editions, withdraw_edition


def run(args: argparse.Namespace) -> int:
    """Withdraw the edition and say which edition the app shows now."""
    root = Path(args.snapshots_dir) if args.snapshots_dir else snapshots_root()
    withdraw_edition(root, check_edition(args.edition), args.reason)
    shown = list_editions(root)
    print(f"withdrew edition {args.edition} (kept on disk); the app shows {shown[-1] if shown else 'no edition'}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``withdraw`` parser."""
    parser = sub.add_parser("withdraw", help="withdraw an edition: hidden from the app and imports, kept on disk")
    parser.add_argument("edition", help="the edition to withdraw, e.g. 2025")
    parser.add_argument("--reason", required=True, help="why it is withdrawn (recorded)")
    parser.add_argument("--snapshots-dir", help="snapshots directory (default: $ESG_SNAPSHOTS_DIR or data/snapshots)")
    parser.set_defaults(func=run)
