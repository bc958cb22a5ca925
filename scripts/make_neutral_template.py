"""Write ``components/templates/neutral.pptx``: the neutral house template of the investor deck (python-pptx's
default template widened to 16:9, every placeholder of its master and layouts scaled to the new width, no slides).
A house template replaces it with ``python -m esg deck OUT.pptx --template HOUSE.pptx``; it needs layouts named
"Title Slide", "Title Only" and "Title and Content" (components/deck.py, ``LAYOUTS``).

Run: ``.venv/bin/python scripts/make_neutral_template.py`` (the file is committed; rerun only to change it).
"""

from pathlib import Path

from pptx import Presentation
from pptx.util import Inches

OUT = Path(__file__).resolve().parents[1] / "components" / "templates" / "neutral.pptx"


def main() -> None:
    prs = Presentation()
    old_width = prs.slide_width
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    ratio = prs.slide_width / old_width
    for owner in [prs.slide_master, *prs.slide_layouts]:
        for shape in owner.placeholders:
            if shape.left is not None and shape.width is not None:
                shape.left, shape.width = int(shape.left * ratio), int(shape.width * ratio)
    prs.core_properties.title = "Neutral deck template"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    prs.save(str(OUT))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
