"""Commands of ``python -m esg`` that live in another layer: ``deck`` beside the slides in ``components`` and
``bench`` in the ``perf`` package. ``esg`` imports neither (``lint-imports`` checks it), so such a command hands its
arguments over to ``python -m <module>`` in a child interpreter and returns its exit code.

A child process rather than the alternatives: ``runpy.run_module`` by a name string would import the UI layer into
this process all the same, hiding the dependency from the linter instead of removing it; ``os.execv`` would replace
the process of whoever called :func:`esg.cli.main` (the tests call it in process). The child inherits the working
directory (relative output paths mean the same), the environment (``ESG_SNAPSHOTS_DIR``) and the standard streams;
the project directory goes first on its ``PYTHONPATH`` so that the module is found wherever ``esg`` was.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

from esg.paths import PROJECT_DIR


def run_module(module: str, args: list[str]) -> int:
    """Run ``python -m module args`` with this interpreter; return its exit code."""
    path = [str(PROJECT_DIR), *filter(None, [os.environ.get("PYTHONPATH")])]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(path)}
    return subprocess.run([sys.executable, "-m", module, *args], env=env, check=False).returncode


def register_handover(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str, module: str, help_text: str
) -> None:
    """Add the command ``name``, which passes every argument after it, ``--help`` included, to ``module``."""
    # No option prefix: every argument, whatever it looks like, is collected for the module, which parses it.
    parser = sub.add_parser(name, help=help_text, add_help=False, prefix_chars="\0")
    parser.add_argument("args", nargs=argparse.REMAINDER)
    parser.set_defaults(func=lambda parsed: run_module(module, parsed.args))
