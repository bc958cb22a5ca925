"""Warm from the start (components/warm.py): after the warm-up, a first visit of every view builds nothing, and a new
edition (a rewritten snapshot) is warmed again."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import components.data as data
import components.warm as warm
from components.navigation import all_views
from esg.i18n import LANGS

ROOT = Path(__file__).resolve().parents[1]


def test_after_the_warm_up_no_view_builds_anything(monkeypatch: pytest.MonkeyPatch) -> None:
    data.clear_caches()  # what other tests of this process built does not count
    assert warm.warm("2024") > 300
    built: list[str] = []
    real_build = data.build
    monkeypatch.setattr(
        data, "build", lambda definition, ctx: built.append(definition.name) or real_build(definition, ctx)
    )
    for lang in LANGS:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.query_params["lang"] = lang
        at.run()
        for view in all_views():
            at.switch_page(view.file).run()
            assert not at.exception, view.name
    assert built == []


def test_a_new_edition_is_warmed_again(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[str] = []
    version = iter(range(100))
    monkeypatch.setenv("ESG_WARM", "1")
    monkeypatch.setattr(warm, "edition_key", lambda edition: ("root", edition, next(version) // 2))
    monkeypatch.setattr(warm, "_warm_logged", started.append)
    monkeypatch.setattr(
        warm.threading, "Thread", lambda target, args, **_: type("T", (), {"start": lambda s: target(*args)})()
    )
    monkeypatch.setattr(warm, "_started", set())
    for _ in range(4):  # the snapshot's version changes after every second call
        warm.warm_in_background()
    assert started == ["2024", "2024"]
    monkeypatch.setenv("ESG_WARM", "0")
    warm.warm_in_background()
    assert started == ["2024", "2024"]
