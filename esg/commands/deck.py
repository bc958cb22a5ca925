"""``python -m esg deck OUT.pptx --lang en``: the investor deck, written by ``components.deck_command`` beside the
slides it draws (handed over by :mod:`esg.handover`; ``python -m esg deck --help`` lists its options)."""

from __future__ import annotations

import argparse

from esg.handover import register_handover


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``deck`` command."""
    register_handover(
        sub,
        "deck",
        "components.deck_command",
        help_text="write the investor deck (.pptx, 16:9) of the curated charts or of --slides, optionally its figures",
    )
