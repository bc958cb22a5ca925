"""An edition as an open Frictionless data package (https://datapackage.org): one CSV per snapshot table, the units
catalogue and the framework mapping, each with its table schema (types, bilingual descriptions, keys), and a
``datapackage.json`` naming the licence, the source report and the units. ``python -m esg export-package OUT_DIR``
writes it; the app offers the same files as a zip."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import polars as pl

from esg.package_fields import COMMON, FIELDS, TABLES
from esg.queries.frameworks import framework_indicators
from esg.snapshot import read_manifest, read_snapshot

DESCRIPTOR = "datapackage.json"
PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
REPORT_ZH = "西部矿业股份有限公司 {edition} 年环境、社会及公司治理（ESG）报告"
REPORT_EN = "Western Mining Co., Ltd. {edition} Environmental, Social and Governance (ESG) Report"
# Where the report says it can be downloaded (its first page).
REPORT_SITES = ("http://www.westmining.com", "http://www.sse.com.cn")
PRIMARY_KEYS: dict[str, list[str]] = {
    "entities": ["entity_id"],
    "materiality": ["topic_id"],
    "risks": ["risk_id"],
    "climate_risks": ["item_id"],
    "targets": ["target_id"],
    "frameworks": ["code"],
    "units": ["unit"],
    "directions": ["indicator_id"],
}
FOREIGN_KEYS: dict[str, list[tuple[str, str, str]]] = {
    "indicators": [("entity", "entities", "entity_id"), ("unit", "units", "unit")],
    "framework_indicators": [("code", "frameworks", "code")],
}


def _field_type(dtype: pl.DataType) -> dict[str, Any]:
    """The Table Schema type of a Polars column (an Enum's categories become an ``enum`` constraint)."""
    if isinstance(dtype, pl.Enum):
        return {"type": "string", "constraints": {"enum": list(dtype.categories)}}
    if dtype.is_integer():
        return {"type": "integer"}
    if dtype.is_float():
        return {"type": "number"}
    if dtype == pl.Boolean:
        return {"type": "boolean"}
    return {"type": "string"}


def describe(table: str, column: str) -> tuple[str, str] | None:
    """The English and Chinese description of ``column`` of ``table`` (``None`` if none is written)."""
    return FIELDS.get(table, {}).get(column) or COMMON.get(column)


def _schema(table: str, frame: pl.DataFrame) -> dict[str, Any]:
    fields = []
    for column, dtype in frame.schema.items():
        en, zh = describe(table, column) or (column, column)
        fields.append({"name": column, **_field_type(dtype), "description": en, "description_zh": zh})
    schema: dict[str, Any] = {"fields": fields, "missingValues": [""]}
    if table in PRIMARY_KEYS:
        schema["primaryKey"] = PRIMARY_KEYS[table]
    if table in FOREIGN_KEYS:
        schema["foreignKeys"] = [
            {"fields": field, "reference": {"resource": resource, "fields": target}}
            for field, resource, target in FOREIGN_KEYS[table]
        ]
    return schema


def _units(manifest: dict[str, Any]) -> pl.DataFrame:
    """The units catalogue the manifest carries, one row per unit as printed."""
    rows = [{"unit": unit, **entry} for unit, entry in sorted(manifest.get("units", {}).items())]
    return pl.DataFrame(rows, schema={"unit": pl.String, "unit_en": pl.String, "dimension": pl.String,
                                      "factor": pl.Float64}, orient="row")  # fmt: skip


def package_tables(snapshot: Path) -> dict[str, pl.DataFrame]:
    """Every resource of the package: the snapshot's tables, the units and the code-to-indicator mapping."""
    tables = read_snapshot(snapshot)
    return {**tables, "units": _units(read_manifest(snapshot)), "framework_indicators": framework_indicators(snapshot)}


def _csv(frame: pl.DataFrame) -> bytes:
    """The table as UTF-8 CSV (Enum columns as their text, nulls as empty cells)."""
    enums = [c for c, d in frame.schema.items() if isinstance(d, pl.Enum)]
    return frame.with_columns(pl.col(enums).cast(pl.String)).write_csv().encode("utf-8")


def descriptor(snapshot: Path, tables: dict[str, pl.DataFrame]) -> dict[str, Any]:
    """The ``datapackage.json`` of an edition's package."""
    edition = str(read_manifest(snapshot).get("edition", snapshot.name))
    report_zh, report_en = REPORT_ZH.format(edition=edition), REPORT_EN.format(edition=edition)
    resources = []
    for name, frame in tables.items():
        en, zh = TABLES.get(name, (name, name))
        resources.append(
            {
                "name": name,
                "path": f"data/{name}.csv",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "description": en,
                "description_zh": zh,
                "schema": _schema(name, frame),
            }
        )
    return {
        "$schema": PROFILE,
        "name": f"western-mining-esg-{edition}",
        "title": f"{report_en} - figures as printed",
        "title_zh": f"{report_zh}：所印数据",
        "description": (
            f"Every figure printed in the {report_en}, with the unit and source table as printed, the data-quality "
            "checks (totals, ratios, prose repeats) and the framework mapping (GRI, SSE and the mappings derived by "
            "the dashboard). value is in the unit column's printed unit; a figure the report does not disclose is "
            "empty, never 0; the units resource converts each unit to its dimension's base unit."
        ),
        "description_zh": (
            f"{report_zh}所印的每个数字，含所印单位与来源表格、数据质量核对（合计、比率、正文复述）及框架映射"
            "（GRI、上交所指引及看板推导的映射）。value 以 unit 列所印单位计；报告未披露的数字为空，绝不为 0；"
            "units 资源给出各单位到基本单位的换算。"
        ),
        "version": edition,
        "licenses": [
            {
                "name": "notspecified",
                "title": "The figures are the publisher's, as printed in its report; reuse is subject to its terms",
                "title_zh": "数据为发布者在其报告中所印数字，使用须遵守发布者的条款",
            }
        ],
        "sources": [{"title": f"{report_en} / {report_zh}", "path": site} for site in REPORT_SITES],
        "keywords": ["ESG", "GRI", "IFRS S2", "mining", "Western Mining", "西部矿业"],
        "resources": resources,
    }


def package_files(snapshot: Path) -> dict[str, bytes]:
    """Every file of the package by its path inside the package."""
    tables = package_tables(snapshot)
    files = {f"data/{name}.csv": _csv(frame) for name, frame in tables.items()}
    text = json.dumps(descriptor(snapshot, tables), ensure_ascii=False, indent=2) + "\n"
    return {DESCRIPTOR: text.encode("utf-8"), **files}


def write_package(snapshot: Path, out_dir: Path) -> list[Path]:
    """Write the package into ``out_dir`` (created if needed); returns the files written."""
    written = []
    for relative, content in package_files(snapshot).items():
        path = out_dir / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        written.append(path)
    return written


def package_zip(snapshot: Path) -> bytes:
    """The package as one zip (``datapackage.json`` at its root), for downloading."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for relative, content in package_files(snapshot).items():
            archive.writestr(relative, content)
    return buffer.getvalue()
