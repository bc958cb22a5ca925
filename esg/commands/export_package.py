"""``python -m esg export-package OUT_DIR``: an edition as a Frictionless data package (``esg.package``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from esg.paths import snapshots_root
from esg.snapshot import list_editions


def run(args: argparse.Namespace) -> int:
    """Write the package and say what it holds."""
    from esg.errors import SnapshotError
    from esg.package import write_package

    root = Path(args.snapshots_dir) if args.snapshots_dir else snapshots_root()
    editions = list_editions(root)
    edition = args.edition or (editions[-1] if editions else None)
    if edition is None or edition not in editions:
        raise SnapshotError(f"no edition {edition or ''} in {root} (editions: {', '.join(editions) or 'none'})", [])
    out = Path(args.out_dir)
    files = write_package(root / edition, out)
    print(f"wrote {out}: data package of edition {edition}, {len(files) - 1} resources and datapackage.json")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``export-package`` parser."""
    parser = sub.add_parser("export-package", help="write an edition as a Frictionless data package (CSV + JSON)")
    parser.add_argument("out_dir", help="the directory to write (datapackage.json and data/*.csv)")
    parser.add_argument("--edition", help="the edition to export (default: the newest)")
    parser.add_argument("--snapshots-dir", help="snapshots directory (default: $ESG_SNAPSHOTS_DIR or data/snapshots)")
    parser.set_defaults(func=run)
