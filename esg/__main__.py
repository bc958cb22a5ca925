"""Entry point for ``python -m esg``."""

import sys

from esg.cli import main

sys.exit(main())
