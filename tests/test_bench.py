"""The benchmark's data layer at 1x and 10x: the pandas equivalent computes exactly what the app's Polars transforms
compute (no timing assertion), and the synthetic table keeps the snapshot's schema."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from esg.schema import IndicatorSchema
from perf.data import (
    RESULTS,
    SEARCH,
    SEARCH_COLUMNS,
    bench_data,
    check_same,
    headline_ids,
    pandas_pipeline,
    polars_pipeline,
    real_indicators,
    synthetic_indicators,
    write_synthetic,
)


@pytest.mark.parametrize("scale", [1, 10])
def test_pandas_and_polars_give_the_same_results(tmp_path: Path, scale: int) -> None:
    base = real_indicators()
    path, rows, _ = write_synthetic(scale, tmp_path, base)
    ids = headline_ids(base)
    polars_results = polars_pipeline(path, ids)
    check_same(polars_results, pandas_pipeline(path, ids))
    assert rows == scale * base.height
    assert set(polars_results) == set(RESULTS)
    assert all(frame.height for frame in polars_results.values()), {k: v.height for k, v in polars_results.items()}


def test_the_search_keeps_the_rows_and_their_order(tmp_path: Path) -> None:
    """``check_same`` compares sorted results; the search must also keep the table's order (the explorer shows it)."""
    base = real_indicators()
    path, _, _ = write_synthetic(10, tmp_path, base)
    found = pl.any_horizontal(
        pl.col(c).str.to_lowercase().str.contains(SEARCH, literal=True).fill_null(False) for c in SEARCH_COLUMNS
    )
    expected = pl.read_parquet(path).filter(found)
    assert expected.height
    assert polars_pipeline(path, headline_ids(base))["search"].equals(expected)


def test_a_different_result_is_caught(tmp_path: Path) -> None:
    base = real_indicators()
    path, _, _ = write_synthetic(1, tmp_path, base)
    ids = headline_ids(base)
    pandas_results = pandas_pipeline(path, ids)
    pandas_results["shares"].loc[pandas_results["shares"].index[0], "share"] = 12.5
    with pytest.raises(AssertionError):
        check_same(polars_pipeline(path, ids), pandas_results)


def test_the_synthetic_table_keeps_the_schema_and_the_key() -> None:
    frame = synthetic_indicators(10)
    IndicatorSchema.validate(frame, cast=True)
    assert frame.select(pl.struct("indicator_id", "entity", "segment", "year").is_unique().all()).item()
    assert frame.get_column("entity").n_unique() == 10 * real_indicators().get_column("entity").n_unique()


def test_the_data_benchmark_reports_every_figure() -> None:
    result = bench_data((1, 10), repeats={1: 1, 10: 1}, verify=(1, 10), peaks_at=(), progress=lambda _: None)
    assert list(result) == ["1x", "10x"]
    for figures in result.values():
        assert figures["verified_equal"]
        assert figures["polars_ms"] > 0 and figures["pandas_ms"] > 0
        assert figures["ratio"] > 0
    assert result["10x"]["row_growth"] == 10.0
