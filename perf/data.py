"""The data layer at 1x to 1000x the real snapshot: the transforms the pages use, in Polars (``esg.transforms``) and in
a pandas equivalent written to be fair (vectorised, same results: :func:`check_same` asserts it).

The synthetic table is the real ``indicators`` table in its own schema (``esg.schema.IndicatorSchema``, validated at
1x and 10x), repeated for ``scale`` groups of entities: copy ``i`` renames every entity ``<entity>_c<i>`` and scales
its values by ``1 + i/1000`` (rates divided by it, so they stay percentages), so the rows, series, years, segments and null patterns keep the real proportions. It is
written to Parquet once per scale; both implementations start from that file (``scan_parquet`` against
``read_parquet``), as the app does, and compute the same six results, each the way a page asks for it (filter first,
then transform, small results):

- ``series``: twelve headline indicators for every entity, group level, with year-on-year change (``with_yoy``,
  which returns them sorted by series and year), as the KPI cards and trend charts ask for them;
- ``wide``: the environment pillar wide by year 2022-2024 (``wide_by_year``), the emissions and explorer tables;
- ``shares``: each entity's share of the 2024 total per indicator (``with_share_of_total``), the subsidiaries view;
- ``segments``: the sum of the segment parts per indicator, entity and year, the segment charts;
- ``explorer``: the explorer's filters (pillars E and S, years 2023-2024, group level) and its columns;
- ``search``: the explorer's full-text search in both languages (``filter_indicators(search=...)``).

``peak_mb`` is the process's peak resident memory while the Polars pipeline runs (reading included), measured from the
resident memory before it (``VmHWM`` reset through ``/proc/self/clear_refs``); ``data_mb`` is the table's in-memory
size (``estimated_size``).
"""

from __future__ import annotations

import gc
import itertools
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
import polars as pl
from polars.testing import assert_frame_equal

from esg.paths import SNAPSHOTS_DIR
from esg.transforms import SERIES_KEY, filter_indicators, wide_by_year, with_share_of_total, with_yoy

YEARS = [2022, 2023, 2024]
SEARCH = "emission"
WIDE_KEEP = [*SERIES_KEY, "pillar", "topic", "name_zh", "name_en", "unit", "unit_en", "source_table", "source_table_en"]
SEARCH_COLUMNS = ("indicator_id", "name_zh", "name_en", "source_table", "source_table_en")
EXPLORER = ["indicator_id", "entity", "year", "pillar", "topic", "name_zh", "name_en", "value", "unit", "unit_en"]
KEY = [*SERIES_KEY, "year"]
RESULTS = ("series", "wide", "shares", "segments", "explorer", "search")


def real_indicators(edition: str = "2024") -> pl.DataFrame:
    """The committed indicators table."""
    return pl.read_parquet(SNAPSHOTS_DIR / edition / "indicators.parquet")


def synthetic_indicators(scale: int, base: pl.DataFrame | None = None) -> pl.DataFrame:
    """``scale`` copies of the real table, each with its own entities and slightly different values."""
    base = real_indicators() if base is None else base
    if scale == 1:
        return base
    copies = pl.DataFrame({"copy": np.arange(scale, dtype=np.int64)})
    factor = 1 + pl.col("copy") / 1000
    factor = pl.when(pl.col("unit") == "%").then(1 / factor).otherwise(factor)  # rates stay within 0-100
    return (
        base.join(copies, how="cross")
        .with_columns(
            (pl.col("entity") + "_c" + pl.col("copy").cast(pl.String)).alias("entity"),
            pl.col("value") * factor,
            pl.col("original_value") * factor,
        )
        .drop("copy")
        .select(base.columns)
    )


def write_synthetic(scale: int, folder: Path, base: pl.DataFrame | None = None) -> tuple[Path, int, float]:
    """Write the table at ``scale`` to ``folder``; its path, rows and in-memory size in MB."""
    frame = synthetic_indicators(scale, base)
    path = folder / f"indicators-{scale}x.parquet"
    frame.write_parquet(path, compression="zstd")
    return path, frame.height, frame.estimated_size("mb")


# -- Polars: the app's transforms -------------------------------------------------------------------------------------


def headline_ids(base: pl.DataFrame, count: int = 12) -> list[str]:
    """The ``count`` indicators with the most group-level figures (the KPI cards' kind of series)."""
    return (
        base.filter(pl.col("segment").is_null())
        .group_by("indicator_id")
        .len()
        .sort(["len", "indicator_id"], descending=[True, False])
        .head(count)
        .get_column("indicator_id")
        .to_list()
    )


def polars_pipeline(path: Path, ids: list[str]) -> dict[str, pl.DataFrame]:
    """The six results with ``esg.transforms`` on one lazy scan, collected together once (the search first reads
    the few values it matches, see ``esg.transforms._found``)."""
    lf = pl.scan_parquet(path)
    frames = {
        "series": with_yoy(filter_indicators(lf, indicator_ids=ids, segments=[None])),  # sorted by KEY
        "wide": wide_by_year(filter_indicators(lf, pillars=["E"]), YEARS),
        "shares": with_share_of_total(
            filter_indicators(lf, years=[2024], segments=[None]).select(*KEY, "unit", "value"),
            by=("indicator_id", "year"),
        ),
        "segments": lf.filter(pl.col("segment").is_not_null())
        .group_by("indicator_id", "entity", "year")
        .agg(pl.col("value").sum()),
        "explorer": filter_indicators(lf, pillars=["E", "S"], years=[2023, 2024], segments=[None]).select(EXPLORER),
        "search": filter_indicators(lf, search=SEARCH),
    }
    return dict(zip(frames, pl.collect_all(list(frames.values())), strict=True))


# -- pandas: the same, vectorised -------------------------------------------------------------------------------------


def pandas_pipeline(path: Path, ids: list[str]) -> dict[str, pd.DataFrame]:
    """The six results in pandas: boolean masks (``df.loc[mask, columns]`` where a result needs only some columns,
    as Polars reads only those), one merge for YoY, ``unstack`` for the wide table, grouped sums, pyarrow-backed
    case-insensitive substring search."""
    df = pd.read_parquet(path)
    group_level = df["segment"].isna()
    results: dict[str, pd.DataFrame] = {}

    series = df[df["indicator_id"].isin(ids) & group_level]
    previous = series[[*KEY, "value"]].rename(columns={"value": "previous_value"})
    previous["year"] = previous["year"] + 1
    yoy = series.merge(previous, on=KEY, how="left")
    delta = yoy["value"] - yoy["previous_value"]
    is_rate = yoy["unit"] == "%"
    has_previous = yoy["previous_value"].notna() & (yoy["previous_value"] != 0)
    yoy["change_pct"] = (100 * delta / yoy["previous_value"].abs()).where(~is_rate & has_previous)
    yoy["change_pp"] = delta.where(is_rate)
    results["series"] = yoy.sort_values(KEY)

    env = df.loc[df["pillar"] == "E", [*WIDE_KEEP, "year", "value"]]
    in_years = env[env["year"].isin(YEARS)]
    wide = (
        in_years.assign(segment=in_years["segment"].fillna(""))
        .set_index(KEY)["value"]
        .unstack("year")
        .reindex(columns=YEARS)
    )
    wide.columns = [str(y) for y in wide.columns]
    wide = wide.reset_index().assign(segment=lambda w: w["segment"].replace("", None))
    results["wide"] = env[WIDE_KEEP].drop_duplicates(subset=SERIES_KEY).merge(wide, on=SERIES_KEY, how="left")

    latest = df.loc[(df["year"] == 2024) & group_level, [*KEY, "unit", "value"]]
    total = latest.groupby(["indicator_id", "year"])["value"].transform("sum")
    results["shares"] = latest.assign(share=(100 * latest["value"] / total).where(total > 0))

    parts = df.loc[~group_level, ["indicator_id", "entity", "year", "value"]]
    results["segments"] = parts.groupby(["indicator_id", "entity", "year"], as_index=False)["value"].sum()

    wanted = df["pillar"].isin(["E", "S"]) & df["year"].isin([2023, 2024]) & group_level
    results["explorer"] = df.loc[wanted, EXPLORER]

    found = np.zeros(len(df), dtype=bool)
    for column in SEARCH_COLUMNS:
        found |= df[column].str.contains(SEARCH, case=False, regex=False).fillna(False).to_numpy(dtype=bool)
    results["search"] = df[found]
    return results


# -- equality ---------------------------------------------------------------------------------------------------------

SORT_KEYS = {
    "series": KEY,
    "wide": SERIES_KEY,
    "shares": KEY,
    "segments": ["indicator_id", "entity", "year"],
    "explorer": ["indicator_id", "entity", "year"],
    "search": KEY,
}


def _normalised(frame: pl.DataFrame, keys: list[str]) -> pl.DataFrame:
    casts = {
        name: pl.String
        for name, dtype in frame.schema.items()
        if dtype in (pl.Categorical, pl.Utf8) or isinstance(dtype, pl.Enum | pl.Categorical)
    }
    frame = frame.cast(casts) if casts else frame
    floats = [n for n, d in frame.schema.items() if d.is_numeric() and n not in ("year", "source_line")]
    frame = frame.with_columns(pl.col(floats).cast(pl.Float64)) if floats else frame
    return frame.sort(keys, nulls_last=True).select(sorted(frame.columns))


def check_same(polars_results: dict[str, pl.DataFrame], pandas_results: dict[str, pd.DataFrame]) -> None:
    """Assert that both implementations computed the same results (rows, columns, values; order aside)."""
    for name in RESULTS:
        expected = _normalised(polars_results[name], SORT_KEYS[name])
        found = _normalised(pl.from_pandas(pandas_results[name].reset_index(drop=True)), SORT_KEYS[name])
        assert_frame_equal(found, expected, check_dtypes=False, rel_tol=1e-9, abs_tol=1e-9)


# -- timing -----------------------------------------------------------------------------------------------------------


def _timed(run: Callable[[], object], repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return times


def peak_child(path: str, ids: list[str], implementation: str) -> None:
    """In a fresh interpreter: print the peak resident memory (MB) one run of a pipeline adds to the process."""
    import json

    from perf.common import peak_rss_mb, reset_peak_rss, rss_mb

    run = polars_pipeline if implementation == "polars" else pandas_pipeline
    gc.collect()
    before = rss_mb()
    if not reset_peak_rss():
        print(json.dumps({"peak_mb": None}))
        return
    run(Path(path), ids)
    print(json.dumps({"peak_mb": round(peak_rss_mb() - before, 1)}))


def _peak_mb(path: Path, ids: list[str], implementation: str) -> float:
    """Peak memory of one pipeline run measured in a fresh interpreter (no allocator reuse from earlier runs)."""
    import json
    import subprocess
    import sys

    from perf.common import ROOT

    code = f"from perf.data import peak_child; peak_child({str(path)!r}, {ids!r}, {implementation!r})"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300, check=True
    )
    peak = json.loads(done.stdout.strip().splitlines()[-1])["peak_mb"]
    return float("nan") if peak is None else peak


def bench_scale(
    path: Path,
    ids: list[str],
    rows: int,
    data_mb: float,
    *,
    repeats: int,
    warmup: int = 1,
    peaks: tuple[str, ...] = ("polars", "pandas"),
) -> dict:
    """Median times of both implementations at one scale, their ratio, and the Polars run's peak memory."""
    from perf.common import median, ratio

    for _ in range(warmup):
        polars_pipeline(path, ids)
        pandas_pipeline(path, ids)
    polars_ms, pandas_ms = [], []
    for _ in range(repeats):  # alternate, so background load hits both alike
        polars_ms += _timed(lambda: polars_pipeline(path, ids), 1)
        pandas_ms += _timed(lambda: pandas_pipeline(path, ids), 1)
    result = {
        "rows": rows,
        "data_mb": round(data_mb, 1),
        "polars_ms": median(polars_ms),
        "pandas_ms": median(pandas_ms),
        "ratio": ratio(median(pandas_ms), median(polars_ms)),
        "repeats": repeats,
    }
    if "polars" in peaks:
        result["peak_mb"] = _peak_mb(path, ids, "polars")
        result["peak_x_data"] = ratio(result["peak_mb"], result["data_mb"])
    if "pandas" in peaks:
        result["pandas_peak_mb"] = _peak_mb(path, ids, "pandas")
    return result


def bench_data(
    scales: tuple[int, ...] = (1, 10, 100, 1000),
    *,
    repeats: dict[int, int] | None = None,
    progress: Callable[[str], None] = print,
    verify: tuple[int, ...] = (1,),
    peaks_at: tuple[int, ...] | None = None,
    pandas_peaks: bool = True,
) -> dict[str, dict]:
    """The data-layer figures per scale (``"1x"``...), with the equality check at the ``verify`` scales and the
    growth of the Polars time from one scale to the next against the growth of the rows."""
    base = real_indicators()
    ids = headline_ids(base)
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="esg-bench-data-") as folder:
        for scale in scales:
            path, rows, data_mb = write_synthetic(scale, Path(folder), base)
            if scale in verify:
                check_same(polars_pipeline(path, ids), pandas_pipeline(path, ids))
            start = time.perf_counter()
            reps = (repeats or {}).get(scale, 5 if scale < 1000 else 3)
            peaks = (
                ()
                if peaks_at is not None and scale not in peaks_at
                else ("polars", "pandas")
                if pandas_peaks
                else ("polars",)
            )
            result = bench_scale(path, ids, rows, data_mb, repeats=reps, peaks=peaks)
            result["verified_equal"] = scale in verify
            results[f"{scale}x"] = result
            progress(
                f"  {scale:>5}x  {rows:>8,} rows  polars {result['polars_ms']:8.1f} ms  pandas "
                f"{result['pandas_ms']:8.1f} ms  ratio {result['ratio']:5.1f}  peak {result.get('peak_mb', '-')} MB "
                f"({result.get('peak_x_data', '-')}x data)  ({time.perf_counter() - start:.0f} s)"
            )
            path.unlink()
    from perf.common import ratio

    names = list(results)
    for previous, current in itertools.pairwise(names):
        a, b = results[previous], results[current]
        b["time_growth"] = ratio(b["polars_ms"], a["polars_ms"])
        b["row_growth"] = ratio(b["rows"], a["rows"])
    return results
