"""``python -m esg deck OUT.pptx --lang en``: the investor deck (and with ``--excel`` its figures) from the command
line, the same slides as the app's presentation mode and deck export.

It lives beside the slides it draws, in the UI layer: ``esg`` imports nothing from ``components``, so ``python -m esg
deck`` hands its arguments over to ``python -m components.deck_command`` (see :mod:`esg.handover`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from esg.cli import exit_code
from esg.paths import snapshots_root
from esg.vocabulary import PILLARS, SEGMENTS


def _fail(message: str) -> int:
    """A usage problem: say what to change and exit 2 (as the data errors of ``esg.cli``)."""
    print(f"error: {message}", file=sys.stderr)
    return 2


def _progress(done: int, total: int, message: str) -> None:
    print(f"[{done}/{total}] {message}", file=sys.stderr, flush=True)


def subtitle(
    options: dict[str, Any], lang: str, year: int, entity: str, segment: str | None, pillar: str | None
) -> str:
    """The filters the cover names: only those that differ from the defaults (see ``components.slides.cover_line``)."""
    from components.slides import cover_line

    names = {e["entity_id"]: e["short_en" if lang == "en" else "short_zh"] for e in options["entities"]}
    entity_name = "" if entity == "group" else names.get(entity, entity)
    latest = options["years"][-1]
    return cover_line(lang, year=year, latest=latest, entity_name=entity_name, segment=segment, pillar=pillar)


def run(args: argparse.Namespace) -> int:
    """Build the slides for the filters, draw their charts with one browser, write the deck (and the workbook)."""
    from components.deck import TemplateError, build_deck, build_workbook
    from components.slides import CURATED, build_slides, entity_slides, slide_names, slide_title
    from esg import queries
    from esg.i18n import t
    from esg.snapshot import list_editions

    if args.list:
        for name in slide_names():
            print(name)
        return 0
    if not args.out:
        return _fail("give the PowerPoint file to write, e.g. python -m esg deck deck.pptx --lang en")
    root = Path(args.snapshots_dir) if args.snapshots_dir else snapshots_root()
    editions = list_editions(root)
    if not editions:
        return _fail(f"no snapshot under {root}: run python -m esg build first")
    edition = args.edition or editions[-1]
    if edition not in editions:
        return _fail(f"edition {edition!r} not found under {root} (have: {', '.join(editions)})")
    snapshot = root / edition
    options = queries.run("common.filter_options", snapshot)
    year = args.year or options["years"][-1]
    if year not in options["years"]:
        return _fail(f"--year {year}: the {edition} edition has figures for {options['years']}")
    entities = [e["entity_id"] for e in options["entities"]]
    if args.entity not in entities:
        return _fail(f"--entity {args.entity!r} is not one of: {', '.join(entities)}")
    names = [n.strip() for n in args.slides.split(",") if n.strip()] if args.slides else list(CURATED)
    unknown = [n for n in names if n not in slide_names()]
    if unknown:
        return _fail(f"--slides: unknown slide(s) {', '.join(unknown)}; choose from {', '.join(slide_names())}")
    filters = {"year": year, "entity": args.entity, "segment": args.segment, "pillar": args.pillar}
    line = subtitle(options, args.lang, **filters)
    if args.entity != "group":  # an entity's deck: the slides with its own figures; the cover names the others
        own, group = entity_slides(names, queries.run("scope.disclosed", snapshot), entity=args.entity)
        if own:
            names = own
        key = "deck.group_level" if own else "deck.all_group_level"
        if group:
            titles = ", ".join(slide_title(name, args.lang, year) for name in group)
            line = f"{line}\n{t(key, args.lang, slides=titles)}"
    slides = build_slides(snapshot, names, lang=args.lang, **filters)
    out = Path(args.out)
    template = Path(args.template) if args.template else None
    if template is not None and not template.is_file():
        return _fail(f"--template {template}: no such file")
    try:
        deck = build_deck(slides, lang=args.lang, subtitle=line, progress=_progress, template=template)
    except TemplateError as error:
        return _fail(f"--template {template}: {error}")
    out.write_bytes(deck)
    print(f"wrote {out}: {len(slides) + 2} slides ({args.lang}{', ' + line if line else ''})")
    if args.excel:
        Path(args.excel).write_bytes(build_workbook(slides, lang=args.lang, subtitle=line))
        print(f"wrote {args.excel}: {len(slides)} sheets")
    if args.pdf:
        from components.handout import build_handout

        Path(args.pdf).write_bytes(build_handout(slides, lang=args.lang, subtitle=line))
        print(f"wrote {args.pdf}: the handout, {len(slides) + 2} pages")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The ``deck`` arguments (shown as ``python -m esg deck``, the command people type)."""
    parser = argparse.ArgumentParser(
        prog="python -m esg deck",
        description="A cover, one slide per chart with its headline, the chart (a native, editable PowerPoint chart; "
        "a picture drawn by kaleido with Debian's chromium where none fits), the key figures, the source and the "
        "talking points in the speaker notes, and a closing slide with the report's disclaimer and the data source.",
    )
    parser.add_argument("out", nargs="?", help="the PowerPoint file to write (.pptx)")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the deck (default: zh)")
    parser.add_argument("--year", type=int, help="the year of the key figures (default: the latest)")
    parser.add_argument("--entity", default="group", help="entity id (default: group)")
    parser.add_argument("--segment", choices=SEGMENTS, help="business segment (default: all)")
    parser.add_argument("--pillar", choices=PILLARS, help="ESG pillar for materiality and risks (default: all)")
    parser.add_argument("--slides", help="comma-separated slide names in order (default: the curated sequence)")
    parser.add_argument("--list", action="store_true", help="list the slide names and exit")
    parser.add_argument("--excel", help="also write the figures behind the slides to this .xlsx file")
    parser.add_argument("--pdf", help="also write the handout (the slides as PDF, printed by chromium) to this file")
    parser.add_argument(
        "--template",
        help="a house template (.pptx) whose layouts 'Title Slide', 'Title Only' and 'Title and Content' the slides "
        "are laid on, keeping its fonts, colours and logo (default: components/templates/neutral.pptx)",
    )
    parser.add_argument("--edition", help="the edition (default: the newest)")
    parser.add_argument("--snapshots-dir", help="snapshots directory (default: $ESG_SNAPSHOTS_DIR or data/snapshots)")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments and write the deck; data problems exit 2 with a message, as every ``esg`` command."""
    args = build_parser().parse_args(argv)
    return exit_code(lambda: run(args))


if __name__ == "__main__":
    sys.exit(main())
