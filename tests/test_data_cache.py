"""The caching module's two caches: query results are copies per caller, shared objects are built once."""

from __future__ import annotations

import polars as pl

from components import data


def test_a_query_result_is_cached_and_each_caller_gets_its_own_copy() -> None:
    data.clear_caches()
    first = data.query("common.filter_options", "2024")
    first["years"].append(1999)  # a caller changing its copy
    second = data.query("common.filter_options", "2024")
    assert 1999 not in second["years"]
    assert second == data.query("common.filter_options", "2024")


def test_query_params_may_be_lists() -> None:
    data.clear_caches()
    rows = data.query("explorer.quality", "2024", lang="en", statuses=["ok"])
    assert rows.equals(data.query("explorer.quality", "2024", lang="en", statuses=("ok",)))


def test_shared_builds_once_per_key_and_edition() -> None:
    data.clear_caches()
    built: list[str] = []

    def build(label: str) -> pl.DataFrame:
        built.append(label)
        return pl.DataFrame({"label": [label]})

    a = data.shared(("chart", 2024, "en"), "2024", lambda: build("a"))
    b = data.shared(("chart", 2024, "en"), "2024", lambda: build("b"))
    c = data.shared(("chart", 2023, "en"), "2024", lambda: build("c"))
    assert a is b and built == ["a", "c"]
    assert c.item() == "c"
    data.clear_caches()
    data.shared(("chart", 2024, "en"), "2024", lambda: build("d"))
    assert built == ["a", "c", "d"]


def test_shared_objects_are_bounded_by_their_weight() -> None:
    cache = data._Shared(max_entries=10, max_bytes=1000)
    for key in ("a", "b", "c"):
        cache.get_or_build((key,), lambda key=key: (key.encode() * 400, None))
    rebuilt: list[str] = []
    cache.get_or_build(("a",), lambda: rebuilt.append("a") or b"")  # 1,200 bytes held: the oldest went
    cache.get_or_build(("c",), lambda: rebuilt.append("c") or b"")  # the newest is still there
    assert rebuilt == ["a"]
