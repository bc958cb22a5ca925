"""Command line: ``python -m esg <command>``; the commands live in ``esg/commands/``."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Callable

from esg import commands
from esg.errors import DataError, SnapshotError, file_system_message


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command of ``esg/commands/``."""
    parser = argparse.ArgumentParser(prog="python -m esg", description="ESG dashboard data tools")
    sub = parser.add_subparsers(dest="command", required=True)
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        importlib.import_module(f"{commands.__name__}.{info.name}").register(sub)
    return parser


def exit_code(command: Callable[[], int]) -> int:
    """Run a command and return its exit code; data problems print a clear message and exit 2, never a traceback."""
    try:
        return command()
    except (DataError, SnapshotError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # read-only file system, disk full, no inodes, no permission: a message, no traceback
        print(f"error: {file_system_message(exc)}", file=sys.stderr)
        return 2


def main(argv: list[str] | None = None) -> int:
    """Run one command of ``esg/commands/``."""
    args = build_parser().parse_args(argv)
    return exit_code(lambda: args.func(args))
