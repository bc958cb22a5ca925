"""The Update data page: absent without an admin secret; with one, a constant-time sign-in that pauses after a
failure, the command line's checks on an upload (nothing written on a bad file), a preview of the changes, and the
import only after confirmation. Plus the hardened server settings."""

from __future__ import annotations

import hmac
import tomllib
from pathlib import Path

import pytest

import components.admin as admin
from components.filters import document_language_script
from esg.importer import import_bytes
from esg.paths import PROJECT_DIR
from esg.snapshot import list_editions, verify_snapshot, withdrawals
from tests.app import snapshots_env
from tests.app.snapshots_env import PAYLOAD, open_page, start
from tests.importdata import BASE, NEW, NEW_FIGURES, REASON, copy_snapshots, csv_bytes, digests, good_rows, xlsx_bytes

pytestmark = pytest.mark.app
use_snapshots = snapshots_env.use_snapshots  # fixture
SECRET = "correct horse battery staple"
SECRETS = {"admin_secret": SECRET}


@pytest.fixture
def snapshots(use_snapshots, tmp_path: Path) -> Path:
    return use_snapshots(copy_snapshots(tmp_path / "snapshots"))


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The pauses after failed sign-ins (recorded, not slept); the server-wide failure count starts at zero."""
    recorded: list[float] = []
    monkeypatch.setattr(admin, "pause", recorded.append)
    admin.failures().reset()
    yield recorded
    admin.failures().reset()


def sign_in(lang: str = "en"):
    at = open_page("update_data", lang, secrets=SECRETS)
    at.text_input(key="update_data_secret").input(SECRET)
    at.button[0].click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    return at


def registered(at, view: str) -> bool:
    """Whether the router registered ``pages/<view>.py`` (AppTest refuses to switch to an unregistered page)."""
    try:
        at.switch_page(f"pages/{view}.py")
    except ValueError as exc:
        assert "Could not find a navigation page" in str(exc)
        return False
    return True


def test_without_a_secret_there_is_no_update_page(snapshots: Path) -> None:
    at = start("en", secrets={"something_else": "x"})
    assert not at.exception
    assert not registered(at, "update_data")
    assert registered(at, "editions")


@pytest.mark.skipif((PROJECT_DIR / ".streamlit" / "secrets.toml").exists(), reason="a local secrets.toml exists")
def test_without_any_secrets_file_the_app_still_runs(snapshots: Path) -> None:
    at = start("en")
    assert not at.exception and not at.error
    assert not registered(at, "update_data")


def test_with_a_secret_the_page_asks_for_it(snapshots: Path) -> None:
    assert registered(start("zh", secrets=SECRETS), "update_data")
    at = open_page("update_data", "zh", secrets=SECRETS)
    assert [t.value for t in at.title] == ["更新数据"]
    assert [(i.label, i.proto.type) for i in at.text_input] == [("管理员口令", 1)]  # a password field
    assert not at.file_uploader  # nothing else before signing in


def test_a_wrong_secret_is_refused_after_a_growing_pause(snapshots: Path, sleeps: list[float], monkeypatch) -> None:
    compared: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(admin, "compare_digest", spy)
    at = open_page("update_data", "en", secrets=SECRETS)
    for attempt in ("guess", SECRET[:-1]):
        at.text_input(key="update_data_secret").input(attempt)
        at.button[0].click().run()
        assert [e.value for e in at.error] == ["Wrong secret. After repeated failures each try takes longer."]
        assert not at.file_uploader
    assert sleeps == [1.0, 2.0]
    assert compared == [(b"guess", SECRET.encode()), (SECRET[:-1].encode(), SECRET.encode())]  # constant-time
    at.text_input(key="update_data_secret").input(SECRET)
    at.button[0].click().run()
    assert not at.error and at.file_uploader
    assert [admin.pause_after(n) for n in (1, 2, 3, 5, 6, 20)] == [1, 2, 4, 16, 30, 30]


def test_a_bad_upload_shows_the_problems_and_writes_nothing(snapshots: Path) -> None:
    before = digests(snapshots)
    at = sign_in()
    rows = good_rows()
    rows[-1]["value"] = "lots"
    at.file_uploader[0].upload("esg_2025.csv", csv_bytes(rows), "text/csv").run()
    assert not at.exception
    assert [e.value for e in at.error] == ["The file did not pass the checks; nothing was written. 1 problem(s):"]
    problems = at.dataframe[0].value.to_dict("records")
    assert problems == [
        {
            "File": "esg_2025.csv",
            "Row": len(rows) + 1,
            "Column": "value",
            "Expected": "a number (e.g. 1234.5 or 1,234.5), or - or / for not disclosed",
            "Found": "lots",
        }
    ]
    assert "update_data_import" not in [b.key for b in at.button]  # no way to import a bad file
    assert digests(snapshots) == before


def test_a_truncated_workbook_is_refused(snapshots: Path) -> None:
    before = digests(snapshots)
    at = sign_in()
    data = xlsx_bytes(good_rows())
    at.file_uploader[0].upload("esg_2025.xlsx", data[: len(data) // 2], "application/octet-stream").run()
    problems = at.dataframe[0].value.to_dict("records")
    assert problems[0]["Expected"] == "a complete .xlsx workbook"
    assert problems[0]["Found"] == "not a zip archive: a truncated or corrupt file"
    assert digests(snapshots) == before


def test_a_good_upload_is_previewed_and_imported_only_after_confirmation(snapshots: Path) -> None:
    before = digests(snapshots / BASE)
    at = sign_in()
    assert at.number_input(key="update_data_edition").value == 2025
    rows = good_rows(name_en=PAYLOAD)  # every 2024 figure of the template, 5 new ones for 2025, 1 restated
    at.file_uploader[0].upload("esg_2025.xlsx", xlsx_bytes(rows), "application/octet-stream")
    at.run()
    assert not at.exception and not at.error
    assert [s.value for s in at.success] == [
        f"The file passed the checks ({len(rows)} rows, compared with edition 2024). What the import would change:"
    ]
    unchanged = len(rows) - len(NEW_FIGURES) - 1
    assert {m.label: m.value for m in at.metric} == {
        "Added": "5",
        "Restated": "1",
        "Unchanged": f"{unchanged:,}",
        "Removed": "0",
    }
    restated = at.dataframe[0].value.to_dict("records")
    assert restated == [
        {
            "Indicator": PAYLOAD,  # uploaded text is shown as text
            "indicator_id": "ghg_scope1",
            "Entity": "group",
            "Business segment": "",
            "Year": 2024,
            "Originally published": "563,111 t CO2e",
            "Restated value": "563,000 t CO2e",
            "Reason": REASON,
        }
    ]
    assert sorted(at.dataframe[1].value["indicator_id"]) == sorted(
        ["ghg_scope1", "ghg_scope2", "ghg_total", "employees_total", "employees_female_pct"]
    )
    assert [h.proto.body for h in at.get("html")] == [document_language_script("en")]
    button = at.button(key="update_data_import")
    assert button.disabled  # nothing happens before the confirmation
    assert list_editions(snapshots) == [BASE]
    at.checkbox(key="update_data_confirm_0").check().run()
    at.button(key="update_data_import").click().run()
    assert not at.exception and not at.error
    assert [s.value for s in at.success] == [
        f"Edition 2025 written: 5 added, 1 restated, {unchanged:,} unchanged, 0 removed."
    ]
    assert list_editions(snapshots) == [BASE, NEW]
    verify_snapshot(snapshots / NEW)
    assert digests(snapshots / BASE) == before
    assert at.sidebar.selectbox(key="edition").value == NEW
    assert not at.file_uploader[0].value  # a fresh uploader for the next file
    # The editions view now shows 2025 with its restatement.
    at.switch_page("pages/editions.py").run()
    assert at.dataframe[1].value.to_dict("records")[0]["Reason"] == REASON


def test_an_existing_edition_is_not_overwritten_from_the_page(snapshots: Path) -> None:
    at = sign_in()
    at.number_input(key="update_data_edition").set_value(2024).run()
    at.file_uploader[0].upload("esg_2024.csv", csv_bytes(good_rows()), "text/csv").run()
    problems = at.dataframe[0].value.to_dict("records")
    assert problems[0]["Found"] == "edition 2024 exists"
    assert list_editions(snapshots) == [BASE]


def test_the_server_is_hardened() -> None:
    config = tomllib.loads((PROJECT_DIR / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["enableXsrfProtection"] is True
    assert config["server"]["enableStaticServing"] is False
    assert config["server"]["maxUploadSize"] <= 5
    assert config["client"]["showErrorDetails"] == "none"
    assert config["client"]["toolbarMode"] == "viewer"
    assert config["browser"]["gatherUsageStats"] is False
    assert ".streamlit/secrets.toml" in (PROJECT_DIR / ".gitignore").read_text(encoding="utf-8").splitlines()


def test_a_short_file_is_refused_unless_carried_forward(snapshots: Path) -> None:
    """Issue 18 item 4: a file of the new year only cannot wipe history; ticked, it keeps what it does not give."""
    at = sign_in()
    new_year = [r for r in good_rows() if r["year"] == NEW]
    at.file_uploader[0].upload("esg_2025.csv", csv_bytes(new_year), "text/csv").run()
    found = at.dataframe[0].value.to_dict("records")
    assert len(found) == 1 and "figures left out" in found[0]["Found"]
    at.checkbox(key="update_data_carry_forward").check().run()
    assert not at.exception and [m.value for m in at.metric][-1] == "0"  # removed: none
    at.checkbox(key="update_data_confirm_0").check().run()
    at.button(key="update_data_import").click().run()
    assert NEW in list_editions(snapshots)


def test_an_edition_is_withdrawn_from_the_page(snapshots: Path) -> None:
    """Issue 18 item 4: withdrawn from the admin page, kept on disk, hidden, recorded."""
    import_bytes(csv_bytes(good_rows()), "esg_2025.csv", snapshots, NEW)
    at = sign_in()
    at.selectbox(key="update_data_withdraw_edition").select(NEW)
    at.text_input(key="update_data_withdraw_reason").input("Wrong file uploaded").run()
    at.button(key="update_data_withdraw").click().run()
    assert not at.exception
    assert any("withdrawn" in s.value for s in at.success)
    assert list_editions(snapshots) == [BASE] and (snapshots / NEW / "manifest.json").is_file()
    assert withdrawals(snapshots)[NEW]["reason"] == "Wrong file uploaded"
