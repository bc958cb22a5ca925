"""Editions in the app: the newest edition by default, 2025 shown after an import, the restatement marked on the
editions view (table, chart marker, note), a broken snapshot named in an error with a fallback to the last good
edition, and untrusted text rendered as text."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import polars as pl
import pytest

from components.filters import document_language_script
from components.restatements import ORIGINAL_SYMBOL, RESTATED_SYMBOL
from esg.snapshot import MANIFEST
from tests.app import snapshots_env
from tests.app.helpers import figure_texts, figures
from tests.app.snapshots_env import (
    PAYLOAD,
    REASON_PAYLOAD,
    copy_tree,
    imported_snapshots,
    open_page,
    sidebar_value,
    start,
)
from tests.importdata import BASE, NEW, REASON, copy_snapshots

pytestmark = pytest.mark.app
use_snapshots = snapshots_env.use_snapshots  # fixture


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return imported_snapshots(tmp_path_factory.mktemp("imported") / "snapshots")


def test_the_newest_edition_is_the_default_and_2025_is_shown(use_snapshots, imported: Path) -> None:
    use_snapshots(imported)
    at = start("en")
    assert not at.exception and not at.error
    assert sidebar_value(at, "edition") == (NEW, [NEW, BASE])
    year, years = sidebar_value(at, "year")
    assert year == 2025 and years[-1] == "2025"


def test_the_editions_view_lists_editions_and_marks_the_restatement(use_snapshots, imported: Path) -> None:
    use_snapshots(imported)
    at = open_page("editions", "en")
    assert not at.error
    editions = at.dataframe[0].value
    assert editions["Edition"].tolist() == [NEW, BASE]
    assert editions["Origin"].tolist() == [
        "Imported from esg_2025.csv on top of edition 2024",
        "Built from the curated sources",
    ]
    assert editions[["Figures", "Added", "Restated", "Removed"]].values.tolist() == [
        ["842", "5", "1", "0"],
        ["837", "", "", ""],
    ]
    restated = at.dataframe[1].value.to_dict("records")
    assert restated == [
        {
            "Indicator": "Scope 1 GHG emissions (direct)",
            "Entity": "Western Mining",
            "Business segment": "",
            "Year": 2024,
            "Originally published": "563,111 t CO2e",
            "Restated value": "563,000 t CO2e",
            "Reason": REASON,
        }
    ]
    series = next(f for f in figures(at) if any(t.get("meta") == "restatement" for t in f["data"]))
    marks = {t["meta"]: t for t in series["data"] if t.get("meta")}
    assert marks["restatement"]["x"] == ["2024"] and marks["restatement"]["y"] == [563000]
    assert marks["restatement"]["marker"]["symbol"] == RESTATED_SYMBOL
    assert marks["restatement_original"]["y"] == [563111]
    assert marks["restatement_original"]["marker"]["symbol"] == ORIGINAL_SYMBOL
    assert REASON in marks["restatement"]["customdata"][0]
    line = next(t for t in series["data"] if not t.get("meta"))
    assert line["x"] == ["2022", "2023", "2024", "2025"] and line["y"][-2:] == [563000, 550000]
    notes = [t.value for t in at.text]
    assert notes == [
        f"↺ Scope 1 GHG emissions (direct), 2024: originally 563,111 t CO2e, restated to 563,000 t CO2e. "
        f"Reason: {REASON}"
    ]
    coverage = next(f for f in figures(at) if "Figures by year in edition 2025" in f["layout"]["title"]["text"])
    assert coverage["data"][0]["x"][-1] == "2025"


def test_the_editions_view_in_chinese(use_snapshots, imported: Path) -> None:
    use_snapshots(imported)
    at = open_page("editions", "zh")
    restated = at.dataframe[1].value.to_dict("records")[0]
    assert restated["原披露值"] == "563,111 吨二氧化碳当量"
    assert restated["重述值"] == "563,000 吨二氧化碳当量"
    assert restated["重述原因"] == REASON
    assert [s.value for s in at.subheader][:2] == ["数据版本", "2025 版本中的重述"]


def test_the_earlier_edition_has_no_restatement(use_snapshots, imported: Path) -> None:
    use_snapshots(imported)
    at = open_page("editions", "en", edition=BASE)
    assert sidebar_value(at, "edition")[0] == BASE
    assert [i.value for i in at.info] == ["Edition 2024 restates no figure of an earlier year."]


def test_the_committed_snapshot_shows_one_edition(use_snapshots, tmp_path: Path) -> None:
    use_snapshots(copy_snapshots(tmp_path / "snapshots"))
    at = open_page("editions", "en")
    assert at.dataframe[0].value["Status"].tolist() == ["Usable"]
    assert len(figures(at)) == 1


# ------------------------------------------------------------------------------------------------- broken snapshots


def rewrite_manifest(snapshot: Path, table: str) -> None:
    import hashlib

    manifest = json.loads((snapshot / MANIFEST).read_text(encoding="utf-8"))
    manifest["files"][table]["sha256"] = hashlib.sha256((snapshot / f"{table}.parquet").read_bytes()).hexdigest()
    (snapshot / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def break_checksum(snapshot: Path) -> None:
    path = snapshot / "indicators.parquet"
    path.write_bytes(path.read_bytes() + b"tampered")


def break_missing(snapshot: Path) -> None:
    (snapshot / "targets.parquet").unlink()


def break_corrupt(snapshot: Path) -> None:
    path = snapshot / "quality.parquet"
    data = bytearray(path.read_bytes())
    data[8 : len(data) - 8] = b"\x00" * (len(data) - 16)
    path.write_bytes(bytes(data))
    rewrite_manifest(snapshot, "quality")


def break_schema(snapshot: Path) -> None:
    path = snapshot / "risks.parquet"
    pl.read_parquet(path).drop("impacts_en").write_parquet(path)
    rewrite_manifest(snapshot, "risks")


def break_manifest(snapshot: Path) -> None:
    (snapshot / MANIFEST).write_text("{not json", encoding="utf-8")


BROKEN = {
    "checksum": (break_checksum, "indicators.parquet does not match the checksum in the manifest (changed or damaged)"),
    "missing": (break_missing, "targets.parquet is missing"),
    "corrupt": (break_corrupt, "quality.parquet is corrupt and cannot be read"),
    "schema": (break_schema, "risks.parquet does not have the columns and types of the data contract"),
    "manifest": (break_manifest, "its manifest manifest.json cannot be read or belongs to another edition"),
}


@pytest.mark.parametrize("kind", list(BROKEN))
def test_a_broken_newest_edition_is_named_and_the_app_falls_back(
    use_snapshots, imported: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture, kind: str
) -> None:
    root = use_snapshots(copy_tree(imported, tmp_path / "snapshots"))
    damage, clause = BROKEN[kind]
    damage(root / NEW)
    with caplog.at_level(logging.ERROR, logger="components.data"):
        at = open_page("overview", "en")
    errors = [e.value for e in at.error]
    assert len(errors) == 1, errors
    plain = errors[0].replace("\\", "")
    assert plain == (
        f"The data of edition 2025 cannot be used: {clause}. It is left out of the edition list; showing edition "
        "2024. Details are in the server log."
    )
    assert sidebar_value(at, "edition") == (BASE, [BASE])
    assert [t.value for t in at.title] == ["Overview"]  # the page itself runs on 2024
    assert any("snapshot 2025 is unusable" in r.getMessage() for r in caplog.records)


def test_the_broken_edition_message_in_chinese(use_snapshots, imported: Path, tmp_path: Path) -> None:
    root = use_snapshots(copy_tree(imported, tmp_path / "snapshots"))
    break_checksum(root / NEW)
    at = open_page("editions", "zh")
    assert [e.value.replace("\\", "") for e in at.error] == [
        "报告版本 2025 的数据无法使用：indicators.parquet 与清单中的校验和不一致（文件被改动或损坏）。该版本已从版本列表中移除，"
        "当前显示 2024 版本。详细信息已写入服务器日志。"
    ]
    status = at.dataframe[0].value["状态"].tolist()
    assert status == ["无法使用：indicators.parquet 与清单中的校验和不一致（文件被改动或损坏）", "可用"]


def test_without_any_usable_edition_the_app_says_so_without_a_traceback(use_snapshots, tmp_path: Path) -> None:
    root = use_snapshots(copy_snapshots(tmp_path / "snapshots"))
    break_missing(root / BASE)
    at = start("en")
    assert not at.exception
    assert [e.value.replace("\\", "") for e in at.error] == [
        "No edition of the data can be used (2024: targets.parquet is missing). Please contact the ESG team. "
        "Details are in the server log."
    ]
    assert not at.title and not at.metric


def test_an_empty_snapshots_directory(use_snapshots, tmp_path: Path) -> None:
    use_snapshots(tmp_path / "nothing")
    at = start("en")
    assert not at.exception
    assert [e.value.replace("\\", "") for e in at.error] == [
        "No edition of the data can be used (there is no edition at all). Please contact the ESG team. "
        "Details are in the server log."
    ]


# ------------------------------------------------------------------------------------------------- untrusted text


def test_html_in_names_and_reasons_is_shown_as_text(use_snapshots, tmp_path: Path) -> None:
    use_snapshots(imported_snapshots(tmp_path / "snapshots", name_en=PAYLOAD, reason=REASON_PAYLOAD))
    at = open_page("editions", "en")
    assert not at.error
    # nothing is rendered through st.html but the page's <html lang> script
    assert [h.proto.body for h in at.get("html")] == [document_language_script("en")]
    restated = at.dataframe[1].value.to_dict("records")[0]
    assert restated["Indicator"] == PAYLOAD and restated["Reason"] == REASON_PAYLOAD  # literal, in a data grid
    assert at.selectbox(key="editions_figure").options[0].startswith(PAYLOAD)
    assert all(not m.proto.allow_html for m in [*at.markdown, *at.caption])
    rendered = [m.value for m in [*at.markdown, *at.caption, *at.error, *at.info]]
    assert not [text for text in rendered if "<img" in text or "<script" in text]
    assert [t.value for t in at.text] == [
        f"↺ {PAYLOAD}, 2024: originally 563,111 t CO2e, restated to 563,000 t CO2e. Reason: {REASON_PAYLOAD}"
    ]  # st.text: never Markdown, never HTML
    texts = [text for fig in figures(at) for text in figure_texts(fig)]
    assert not [text for text in texts if "<img" in text or "<script" in text]
    assert any("&lt;img src=x onerror=alert(1)&gt;" in text for text in texts)
    assert any("&lt;script&gt;alert('reason')&lt;/script&gt;" in text for text in texts)


def test_a_restated_figure_is_marked_on_the_ordinary_views(use_snapshots, imported: Path) -> None:
    """After the import restates 2024 scope 1 (563,111 printed -> 563,000), the emissions and overview charts mark
    it with a star at the restated value and a hollow circle at the original, the reason in the hover."""
    use_snapshots(imported)
    for view, title in (("emissions", "GHG emissions trend"), ("overview", "GHG emissions")):
        at = open_page(view, "en", year=BASE)
        assert not at.error
        charts = [f for f in figures(at) if title in (f["layout"].get("title") or {}).get("text", "")]
        assert charts, [f["layout"].get("title", {}).get("text") for f in figures(at)]
        marks = {trace.get("meta"): trace for trace in charts[0]["data"] if trace.get("meta")}
        assert marks["restatement"]["marker"]["symbol"] == RESTATED_SYMBOL
        assert marks["restatement"]["x"] == [str(BASE)]
        assert marks["restatement"]["y"] == [563000]
        assert marks["restatement_original"]["y"] == [563111]
        assert REASON in marks["restatement"]["customdata"][0]
