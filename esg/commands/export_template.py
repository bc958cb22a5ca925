"""``python -m esg export-template FILE``: the newest edition's figures in the import layout, ready for next year."""

from __future__ import annotations

import argparse
from pathlib import Path

from esg.paths import snapshots_root


def run(args: argparse.Namespace) -> int:
    """Write the template and say what it holds."""
    from esg.importer import export_template

    root = Path(args.snapshots_dir) if args.snapshots_dir else snapshots_root()
    edition, rows = export_template(root, Path(args.file), args.edition)
    print(f"wrote {args.file}: {rows} figures of edition {edition} in the import layout")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``export-template`` parser."""
    parser = sub.add_parser("export-template", help="write an edition's figures as an import template (.xlsx/.csv)")
    parser.add_argument("file", help="the file to write, ending in .xlsx or .csv")
    parser.add_argument("--edition", help="the edition to export (default: the newest)")
    parser.add_argument("--snapshots-dir", help="snapshots directory (default: $ESG_SNAPSHOTS_DIR or data/snapshots)")
    parser.set_defaults(func=run)
