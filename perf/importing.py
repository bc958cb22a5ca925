"""Importing a large workbook: the time (and peak memory) of checking a 20,000-row Excel import against the latest
edition, the way ``python -m esg import`` and the Update data page do before writing anything (``esg.importer``: the
importer itself is the hostile-input issue's; this only times it).

The workbook is the latest edition's own import template (``esg.importer.template_bytes``), its figures repeated with
their years moved back three years per copy (so no figure repeats) up to ``rows`` data rows. ``read_ms`` is reading
the workbook into rows (openpyxl), ``plan_ms`` the whole check (read, every row checked, compared with the edition);
``outcome`` says whether the importer accepted the file or how many problems it reported (years long before the
report are implausible figures, not a slow path).
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable

from perf.common import median, peak_rss_mb, reset_peak_rss, rss_mb


def workbook(rows: int) -> bytes:
    """An import workbook of ``rows`` data rows made from the latest edition's template."""
    import openpyxl
    import xlsxwriter

    from esg.importer import TEMPLATE_COLUMNS, template_bytes
    from esg.paths import snapshots_root
    from esg.snapshot import list_editions

    root = snapshots_root()
    template = openpyxl.load_workbook(
        io.BytesIO(template_bytes(root / list_editions(root)[-1], "xlsx")), read_only=True
    )
    sheet = template.worksheets[0]
    header, *figures = [list(row) for row in sheet.iter_rows(values_only=True)]
    year = header.index("year")
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False})
    out = book.add_worksheet(sheet.title)
    out.write_row(0, 0, TEMPLATE_COLUMNS)
    for r in range(rows):
        row = list(figures[r % len(figures)])
        row[year] = int(row[year]) - 3 * (r // len(figures))
        out.write_row(r + 1, 0, ["" if cell is None else cell for cell in row])
    book.close()
    return buffer.getvalue()


def bench_import(rows: int = 20_000, repeats: int = 3, progress: Callable[[str], None] = print) -> dict:
    """Median read and check times of a ``rows``-row workbook, its size, the outcome and the peak memory added."""
    from esg.errors import DataError
    from esg.importer import plan_import
    from esg.importer.read import read_rows
    from esg.paths import snapshots_root
    from esg.snapshot import list_editions

    root = snapshots_root()
    edition = str(int(list_editions(root)[-1]) + 1)
    data = workbook(rows)
    reads, plans, outcome = [], [], ""
    reset = reset_peak_rss()
    before = rss_mb()
    for _ in range(repeats):
        start = time.perf_counter()
        read_rows(data, "bench.xlsx")
        reads.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        try:
            plan = plan_import(data, "bench.xlsx", root, edition)
            outcome = f"accepted: {plan.rows:,} rows"
        except DataError as exc:
            outcome = f"rejected: {len(exc.problems):,} problems"
        plans.append((time.perf_counter() - start) * 1000)
    result = {
        "rows": rows,
        "file_kb": round(len(data) / 1024, 1),
        "read_ms": median(reads),
        "plan_ms": median(plans),
        "outcome": outcome,
        "peak_added_mb": round(peak_rss_mb() - before, 1) if reset else None,
        "repeats": repeats,
    }
    progress(
        f"  {rows:,}-row workbook ({result['file_kb']:.0f} kB): read {result['read_ms']:.0f} ms, checked "
        f"{result['plan_ms']:.0f} ms ({outcome}), peak +{result['peak_added_mb']} MB"
    )
    return result
