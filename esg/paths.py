"""Where the project keeps its data."""

from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_DIR / "data"
SOURCE_DIR = DATA_DIR / "source"
SNAPSHOTS_DIR = DATA_DIR / "snapshots"
REPORT_TEXT = PROJECT_DIR.parent / "shared" / "source" / "000_439a76c3aa2910a4.txt"
