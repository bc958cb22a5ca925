"""Where the project keeps its data."""

import os
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_DIR / "data"
SOURCE_DIR = DATA_DIR / "source"
SNAPSHOTS_DIR = DATA_DIR / "snapshots"
# Set to serve (or import into) another snapshots directory, e.g. a deployment's data volume or a test's copy.
SNAPSHOTS_ENV = "ESG_SNAPSHOTS_DIR"


def snapshots_root() -> Path:
    """The snapshots directory in use: ``$ESG_SNAPSHOTS_DIR`` when set, else ``data/snapshots``; read on each call."""
    configured = os.environ.get(SNAPSHOTS_ENV, "").strip()
    return Path(configured) if configured else SNAPSHOTS_DIR
