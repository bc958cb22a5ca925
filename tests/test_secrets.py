"""Admin and deployment secrets (issue 18 item 8): placeholders and short secrets are refused (the Update data page
stays off, ``check-secrets`` stops a replica's start), the systemd unit keeps the cookie secret off the command line,
and sign-in attempts are served one at a time for the whole server, so parallel sessions cannot guess in parallel."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from components import admin
from esg.cli import main
from esg.credentials import secret_problem
from esg.paths import PROJECT_DIR

GOOD = "k3Jd9-q2Lx8vN0p4R7tZ1wY5"


@pytest.mark.parametrize("value", ["replace-me-with-a-long-random-secret", "change-me", "x", "short", "", None])
def test_placeholder_and_short_secrets_are_refused(value: object) -> None:
    assert secret_problem(value, "admin_secret")
    assert secret_problem(GOOD, "admin_secret") == ""


def test_check_secrets_stops_a_start_with_the_example_cookie_secret(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    example = (PROJECT_DIR / "deploy" / "esg-dashboard.env.example").read_text(encoding="utf-8")
    placeholder = next(line for line in example.splitlines() if line.startswith("STREAMLIT_SERVER_COOKIE_SECRET="))
    monkeypatch.setenv("STREAMLIT_SERVER_COOKIE_SECRET", placeholder.split("=", 1)[1])
    assert main(["check-secrets"]) == 2
    assert "placeholder" in capsys.readouterr().err
    monkeypatch.setenv("STREAMLIT_SERVER_COOKIE_SECRET", GOOD)
    assert main(["check-secrets"]) in (0, 2)  # 2 only when a local secrets.toml holds a bad admin_secret


def test_the_unit_keeps_the_cookie_secret_off_the_command_line() -> None:
    unit = (PROJECT_DIR / "deploy" / "systemd" / "esg-dashboard@.service").read_text(encoding="utf-8")
    start = unit[unit.index("ExecStart=") :].split("\n\n")[0]
    assert "cookieSecret" not in start and "SECRET" not in start
    assert "EnvironmentFile=/etc/esg-dashboard.env" in unit and "check-secrets" in unit


def test_parallel_sign_in_attempts_are_served_one_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    record = admin._Failures()
    inside, most = [0], [0]
    lock = threading.Lock()

    def attempt() -> None:
        with record.turn():
            with lock:
                inside[0] += 1
                most[0] = max(most[0], inside[0])
            time.sleep(0.02)  # the pause after a failure, served holding the turn
            with lock:
                inside[0] -= 1

    threads = [threading.Thread(target=attempt) for _ in range(40)]
    start = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert most[0] == 1  # never two guesses at once, however many sessions
    assert time.monotonic() - start >= 40 * 0.02


def test_check_secret_pauses_inside_the_servers_turn(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    record = admin._Failures()
    held: list[bool] = []
    monkeypatch.setattr(admin, "failures", lambda: record)
    monkeypatch.setattr(admin, "configured_secret", lambda: GOOD)
    monkeypatch.setattr(admin, "pause", lambda seconds: held.append(record._turn.locked()))
    assert admin.check_secret("wrong guess") is False
    assert held == [True]
