"""Between the Update data page and :mod:`esg.importer`: check an upload (remembered per file and edition for the
session), run the confirmed import from a button callback, and the tables that show problems and changes.

The checks are exactly the command line's (``python -m esg import --dry-run``); nothing is written before the
confirmation, and the import checks the file again under the snapshots lock before writing.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field

import polars as pl
import streamlit as st

from components import state
from components.data import clear_caches
from esg.display import format_value
from esg.errors import DataError, Problem, SnapshotError, file_system_message
from esg.i18n import pick, t
from esg.importer import ImportPlan, import_bytes, plan_import
from esg.paths import snapshots_root
from esg.snapshot import withdraw_edition

CHECKED = "update_data_checked"
RESULT = "update_data_result"
UPLOAD_ROUND = "update_data_round"
WITHDRAWN = "update_data_withdrawn"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Check:
    """The outcome of checking an upload: a plan, or the problems found, or why no import can run now."""

    plan: ImportPlan | None = None
    problems: list[Problem] = field(default_factory=list)
    blocked: str = ""


def _check(data: bytes, name: str, edition: str, carry_forward: bool) -> Check:
    try:
        return Check(plan=plan_import(data, name, snapshots_root(), edition, carry_forward=carry_forward))
    except DataError as exc:
        return Check(problems=exc.problems)
    except SnapshotError as exc:
        log.error("import check of %s blocked: %s", name, exc)
        return Check(blocked=str(exc).replace(str(snapshots_root()), "data/snapshots"))


def check_upload(data: bytes, name: str, edition: str, carry_forward: bool = False) -> Check:
    """Check an uploaded file as the new ``edition`` (once per file content, name, edition and choice in a session);
    with ``carry_forward`` the previous edition's figures the file does not give are kept."""
    key = (hashlib.sha256(data).hexdigest(), name, edition, carry_forward)
    remembered = st.session_state.get(CHECKED)
    if remembered and remembered[0] == key:
        return remembered[1]
    check = _check(data, name, edition, carry_forward)
    st.session_state[CHECKED] = (key, check)
    return check


def import_confirmed(data: bytes, name: str, edition: str, carry_forward: bool = False) -> None:
    """Button callback: check again under the lock and write the edition; remember the outcome for the next run."""
    try:
        plan = import_bytes(  # the preview showed plan.confirm: the person confirmed it
            data, name, snapshots_root(), edition, confirmed=True, carry_forward=carry_forward
        )
        st.session_state[RESULT] = ("done", edition, plan.counts())
        st.session_state[state.EDITION] = edition
        log.info("imported %s as edition %s: %s", name, edition, plan.counts())
    except DataError as exc:
        st.session_state[RESULT] = ("invalid", edition, exc.problems)
    except SnapshotError as exc:
        log.error("import of %s failed: %s", name, exc)
        st.session_state[RESULT] = ("blocked", edition, str(exc).replace(str(snapshots_root()), "data/snapshots"))
    except OSError as exc:  # a read-only snapshot directory (ProtectSystem=strict), a full disk: nothing was written
        log.error("import of %s failed: %s", name, exc)
        message = file_system_message(exc).replace(str(snapshots_root()), "data/snapshots")
        st.session_state[RESULT] = ("blocked", edition, message)
    clear_caches()
    st.session_state.pop(CHECKED, None)
    st.session_state[UPLOAD_ROUND] = st.session_state.get(UPLOAD_ROUND, 0) + 1


def problems_frame(problems: list[Problem], lang: str) -> pl.DataFrame:
    """Every problem as a row: file, row, column, what was expected, what was found (plain text)."""
    return pl.DataFrame(
        {
            t("update_data.col.file", lang): [p.file for p in problems],
            t("update_data.col.line", lang): [p.line for p in problems],
            t("update_data.col.column", lang): [p.column or "" for p in problems],
            t("update_data.col.expected", lang): [p.expected for p in problems],
            t("update_data.col.found", lang): [p.found for p in problems],
        },
        schema_overrides={t("update_data.col.line", lang): pl.Int64},
    )


def changes_frame(df: pl.DataFrame, lang: str, *, restated: bool = False) -> pl.DataFrame:
    """Added, removed or restated figures for the preview, with localised headers and formatted values."""
    rows = []
    for r in df.to_dicts():
        row = {
            t("common.col.indicator", lang): pick(lang, r["name_zh"], r["name_en"]),
            "indicator_id": r["indicator_id"],
            t("common.col.entity", lang): r["entity"],
            t("common.col.segment", lang): r["segment"] or "",
            t("common.col.year", lang): r["year"],
        }
        if restated:
            row[t("editions.col.original", lang)] = format_value(r["original_value"], r["unit"], r["unit_en"], lang)
            row[t("editions.col.value", lang)] = format_value(r["value"], r["unit"], r["unit_en"], lang)
            row[t("editions.col.reason", lang)] = r["restatement_reason"]
        else:
            value = format_value(r["value"], r["unit"], r["unit_en"], lang) if r["value"] is not None else r["printed"]
            row[t("common.value", lang)] = value
        rows.append(row)
    return pl.DataFrame(rows, schema_overrides={t("common.col.year", lang): pl.Int64})


def withdraw_confirmed(edition: str, reason: str) -> None:
    """Button callback: withdraw ``edition`` (kept on disk, hidden, recorded) and show the newest edition left."""
    try:
        withdraw_edition(snapshots_root(), edition, reason)
        st.session_state[WITHDRAWN] = ("done", edition)
        st.session_state.pop(state.EDITION, None)
        log.info("withdrew edition %s: %s", edition, reason)
    except DataError as exc:
        st.session_state[WITHDRAWN] = ("invalid", "; ".join(str(p) for p in exc.problems))
    except (SnapshotError, OSError) as exc:
        message = file_system_message(exc) if isinstance(exc, OSError) else str(exc)
        st.session_state[WITHDRAWN] = ("invalid", message.replace(str(snapshots_root()), "data/snapshots"))
    clear_caches()
