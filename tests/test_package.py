"""The open data package (``python -m esg export-package OUT_DIR``): valid for the ``frictionless`` library, read back
with Polars from its own table schemas, with the report's figures as printed (checked by hand against the text layer),
every column described in both languages, and the same files in the app's zip."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import polars as pl
import pytest
from frictionless import Package, validate

from esg.cli import main
from esg.package import DESCRIPTOR, describe, package_files, package_zip
from tests.conftest import EDITION

POLARS_TYPES = {"string": pl.String, "integer": pl.Int64, "number": pl.Float64, "boolean": pl.Boolean}


@pytest.fixture(scope="module")
def package_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("package")
    assert main(["export-package", str(out), "--edition", EDITION]) == 0
    return out


def read_resource(package_dir: Path, name: str) -> pl.DataFrame:
    """A resource read with Polars, typed by the package's own table schema."""
    descriptor = json.loads((package_dir / DESCRIPTOR).read_text(encoding="utf-8"))
    resource = next(r for r in descriptor["resources"] if r["name"] == name)
    schema = {f["name"]: POLARS_TYPES[f["type"]] for f in resource["schema"]["fields"]}
    return pl.read_csv(package_dir / resource["path"], schema=schema)


def test_the_package_is_valid_for_frictionless(package_dir: Path) -> None:
    report = validate(package_dir / DESCRIPTOR)
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "type", "note"])[:10]
    names = {r.name for r in Package(package_dir / DESCRIPTOR).resources}
    assert {"indicators", "quality", "frameworks", "framework_indicators", "units", "entities"} <= names


def test_a_broken_reference_is_caught(package_dir: Path, tmp_path: Path) -> None:
    """The validation can fail: an indicator row naming an unknown entity breaks the foreign key."""
    broken = tmp_path / "broken"
    for path in package_dir.rglob("*"):
        if path.is_file():
            target = broken / path.relative_to(package_dir)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
    csv = broken / "data" / "indicators.csv"
    text = csv.read_text(encoding="utf-8")
    csv.write_text(text.replace(",group,", ",no_such_entity,", 1), encoding="utf-8")
    report = validate(broken / DESCRIPTOR)
    assert not report.valid
    assert "foreign-key" in {row[0] for row in report.flatten(["type"])}


def test_figures_read_back_as_printed(package_dir: Path) -> None:
    """Scope 1 2022-2024 (西部矿业温室气体排放: 575,044 626,016 563,111) and fresh water 2024 (西部矿业 2024 年水资源
    消耗: 新鲜水取用量 立方米 - 17,872,900 21,484,019; 2022 printed "-", so empty, never 0)."""
    indicators = read_resource(package_dir, "indicators").filter(
        pl.col("entity") == "group", pl.col("segment").is_null()
    )
    scope1 = indicators.filter(pl.col("indicator_id") == "ghg_scope1").sort("year")
    assert scope1.select("year", "value", "printed", "unit").rows() == [
        (2022, 575044.0, "575,044", "吨二氧化碳当量"),
        (2023, 626016.0, "626,016", "吨二氧化碳当量"),
        (2024, 563111.0, "563,111", "吨二氧化碳当量"),
    ]
    water = indicators.filter(pl.col("indicator_id") == "fresh_water_withdrawal").sort("year")
    assert water.select("year", "value", "printed").rows() == [
        (2022, None, "-"),
        (2023, 17872900.0, "17,872,900"),
        (2024, 21484019.0, "21,484,019"),
    ]
    assert water.get_column("source_table").unique().to_list() == ["西部矿业 2024 年水资源消耗"]


def test_quality_units_and_mapping_read_back(package_dir: Path) -> None:
    quality = read_resource(package_dir, "quality")
    assert set(quality.get_column("status").unique()) <= {"ok", "rounding", "discrepancy", "not_checkable"}
    assert quality.height == pl.read_parquet(Path("data/snapshots") / EDITION / "quality.parquet").height
    units = read_resource(package_dir, "units")
    assert units.filter(pl.col("unit") == "万吨").select("unit_en", "factor").row(0) == ("10 kt", 10000.0)
    mapping = read_resource(package_dir, "framework_indicators")
    scope1_codes = mapping.filter(pl.col("indicator_id") == "ghg_scope1")
    assert ("GRI", "305-1", "own") in scope1_codes.select("framework", "code", "basis").rows()


def test_every_column_is_described_in_both_languages(package_dir: Path) -> None:
    descriptor = json.loads((package_dir / DESCRIPTOR).read_text(encoding="utf-8"))
    assert descriptor["licenses"] and descriptor["sources"]
    missing = []
    for resource in descriptor["resources"]:
        assert resource["description"] and resource["description_zh"], resource["name"]
        for field in resource["schema"]["fields"]:
            if describe(resource["name"], field["name"]) is None:
                missing.append(f"{resource['name']}.{field['name']}")
    assert not missing, f"describe these columns in esg/package_fields.py: {missing}"


def test_the_zip_holds_the_same_files(package_dir: Path) -> None:
    archive = zipfile.ZipFile(io.BytesIO(package_zip(Path("data/snapshots") / EDITION)))
    assert sorted(archive.namelist()) == sorted(package_files(Path("data/snapshots") / EDITION))
    assert archive.read("data/indicators.csv") == (package_dir / "data" / "indicators.csv").read_bytes()
