"""Update data (admin only, when ``admin_secret`` is set in ``.streamlit/secrets.toml``): sign in, download the
template, upload a file, see the command line's checks and a preview of the changes, import after confirming."""

import polars as pl
import streamlit as st

from components import state
from components.admin import admin_enabled, check_secret, sign_out, signed_in
from components.data import edition_statuses, snapshot_dir
from components.importing import (
    RESULT,
    UPLOAD_ROUND,
    WITHDRAWN,
    changes_frame,
    check_upload,
    import_confirmed,
    problems_frame,
    withdraw_confirmed,
)
from components.tables import MIME_TYPES
from components.text import md_escape
from esg.i18n import t
from esg.importer import MAX_IMPORT_BYTES, template_bytes
from esg.schema import MIN_YEAR
from esg.snapshot import last_edition_year

filters = state.current_filters()
lang = filters.lang
st.title(t("update_data.title", lang))
if not admin_enabled():
    st.error(t("update_data.not_configured", lang), icon=":material/lock:")
    st.stop()

if not signed_in():
    with st.form("update_data_sign_in", clear_on_submit=True):
        secret = st.text_input(t("update_data.secret", lang), type="password", key="update_data_secret")
        submitted = st.form_submit_button(t("update_data.sign_in", lang), icon=":material/login:")
    if submitted and check_secret(secret or ""):
        st.rerun()
    if submitted:
        st.error(t("update_data.wrong_secret", lang), icon=":material/lock:")
    st.stop()

st.caption(t("update_data.intro", lang))
st.button(t("update_data.sign_out", lang), on_click=sign_out, key="update_data_sign_out", icon=":material/logout:")

outcome = st.session_state.pop(RESULT, None)
if outcome and outcome[0] == "done":
    st.success(t("update_data.done", lang, edition=outcome[1], **outcome[2]), icon=":material/check_circle:")
elif outcome and outcome[0] == "invalid":
    st.error(t("update_data.invalid", lang, count=len(outcome[2])), icon=":material/error:")
    st.dataframe(problems_frame(outcome[2], lang), hide_index=True, key="update_data_import_problems")
elif outcome:
    st.error(md_escape(t("update_data.blocked", lang, reason=outcome[2])), icon=":material/error:")

latest = next(s.edition for s in edition_statuses() if s.ok)
st.subheader(t("update_data.step.template", lang))
st.caption(t("update_data.template_help", lang, edition=latest))
with st.container(horizontal=True):
    for fmt in ("xlsx", "csv"):
        st.download_button(
            t(f"update_data.template_{fmt}", lang),
            data=lambda fmt=fmt: template_bytes(snapshot_dir(latest), fmt),
            file_name=f"esg_template_{latest}.{fmt}",
            mime=MIME_TYPES[fmt],
            on_click="ignore",
            key=f"update_data_template_{fmt}",
            icon=":material/download:",
        )

with st.expander(t("update_data.withdraw", lang), icon=":material/visibility_off:"):
    withdrawn = st.session_state.pop(WITHDRAWN, None)
    if withdrawn and withdrawn[0] == "done":
        st.success(t("update_data.withdrawn", lang, edition=withdrawn[1]), icon=":material/task_alt:")
    elif withdrawn:
        st.error(md_escape(withdrawn[1]), icon=":material/error:")
    shown = [s.edition for s in edition_statuses() if s.ok]
    chosen = st.selectbox(t("common.edition", lang), shown, key="update_data_withdraw_edition")
    reason = st.text_input(t("editions.col.reason", lang), key="update_data_withdraw_reason")
    st.button(
        t("update_data.withdraw_button", lang),
        on_click=withdraw_confirmed,
        args=(chosen, reason),
        disabled=not (reason or "").strip() or len(shown) < 2,
        key="update_data_withdraw",
        icon=":material/visibility_off:",
    )

st.subheader(t("update_data.step.upload", lang))
edition = st.number_input(
    t("update_data.edition", lang),
    min_value=MIN_YEAR,
    max_value=last_edition_year(),
    value=min(int(latest) + 1, last_edition_year()),
    step=1,
    key="update_data_edition",
)
upload = st.file_uploader(
    t("update_data.upload", lang),
    type=["xlsx", "csv"],
    key=f"update_data_file_{st.session_state.get(UPLOAD_ROUND, 0)}",
    max_upload_size=MAX_IMPORT_BYTES // (1024 * 1024),
)
if upload is None:
    st.stop()

carry_forward = st.checkbox(
    t("update_data.carry_forward", lang),
    key="update_data_carry_forward",
    help=t("update_data.carry_forward_help", lang),
)
data = upload.getvalue()
check = check_upload(data, upload.name, str(int(edition)), carry_forward)
if check.blocked:
    st.error(md_escape(t("update_data.blocked", lang, reason=check.blocked)), icon=":material/error:")
    st.stop()
if check.problems:
    st.error(t("update_data.invalid", lang, count=len(check.problems)), icon=":material/error:")
    st.dataframe(problems_frame(check.problems, lang), hide_index=True, width="stretch", key="update_data_problems")
    st.stop()

plan = check.plan
st.success(t("update_data.valid", lang, rows=plan.rows, base=plan.base), icon=":material/task_alt:")
for column, (kind, count) in zip(st.columns(4), plan.counts().items(), strict=True):
    column.metric(t(f"update_data.metric.{kind}", lang), f"{count:,}", border=True)
for kind, frame in (("restated", plan.restated), ("added", plan.added), ("removed", plan.removed)):
    if not frame.is_empty():
        st.subheader(t(f"update_data.preview.{kind}", lang))
        st.dataframe(
            changes_frame(frame, lang, restated=kind == "restated"),
            hide_index=True,
            width="stretch",
            key=f"update_data_preview_{kind}",
        )

if plan.confirm:  # new figures breaking a reconciliation rule or jumping from the year before: checked by a person
    st.warning(t("update_data.to_confirm", lang, count=len(plan.confirm)), icon=":material/rule:")
    st.dataframe(pl.DataFrame({t("update_data.col.found", lang): list(plan.confirm)}), hide_index=True, width="stretch")

st.subheader(t("update_data.step.confirm", lang))
confirmed = st.checkbox(
    t("update_data.confirm", lang, edition=plan.edition),
    key=f"update_data_confirm_{st.session_state.get(UPLOAD_ROUND, 0)}",
)
st.button(
    t("update_data.import", lang),
    type="primary",
    disabled=not confirmed,
    on_click=import_confirmed,
    args=(data, upload.name, plan.edition, carry_forward),
    key="update_data_import",
    icon=":material/upload:",
)
