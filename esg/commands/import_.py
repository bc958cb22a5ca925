"""``python -m esg import FILE --edition 2025 [--dry-run]``: validate a spreadsheet of figures, then write the new
edition's snapshot atomically (previous figures, new ones, restatements with their reasons)."""

from __future__ import annotations

import argparse
from pathlib import Path

from esg.paths import snapshots_root
from esg.snapshot import check_edition


def run(args: argparse.Namespace) -> int:
    """Check the file completely; print what changes; write unless ``--dry-run``."""
    from esg.importer import import_file

    root = Path(args.snapshots_dir) if args.snapshots_dir else snapshots_root()
    plan = import_file(
        Path(args.file),
        root,
        check_edition(args.edition),
        dry_run=args.dry_run,
        replace=args.replace,
        confirmed=args.confirm,
        carry_forward=args.carry_forward,
        removal_reason=args.remove_missing or "",
    )
    print(plan.summary())
    if plan.written is None:
        print("dry run: the file is valid; nothing was written")
    else:
        print(f"wrote {plan.written}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``import`` parser."""
    parser = sub.add_parser(
        "import",
        help="validate FILE (.xlsx, or .csv in UTF-8 or GB18030) and write data/snapshots/<edition>/",
        description="Every problem is reported with file, row and column; nothing is written unless the whole file "
        "is valid. A changed figure of an earlier year is a restatement and needs a reason (column 'reason').",
    )
    parser.add_argument("file", help="the figures in the import layout (see python -m esg export-template)")
    parser.add_argument("--edition", required=True, help="the new edition, e.g. 2025")
    parser.add_argument("--dry-run", action="store_true", help="check and show the changes, write nothing")
    parser.add_argument(
        "--carry-forward",
        action="store_true",
        help="keep the previous edition's figures the file does not give (a file of the new year only)",
    )
    parser.add_argument(
        "--remove-missing",
        metavar="REASON",
        help="remove the previous edition's figures the file leaves out (more than 20 need this), for REASON",
    )
    parser.add_argument(
        "--confirm",
        action="store_true",
        help="write although a new figure breaks a reconciliation rule or jumps from the year before (checked)",
    )
    parser.add_argument("--replace", action="store_true", help="re-import the newest edition (never an earlier one)")
    parser.add_argument("--snapshots-dir", help="snapshots directory (default: $ESG_SNAPSHOTS_DIR or data/snapshots)")
    parser.set_defaults(func=run)
