"""Starting the servers the benchmark measures: ``streamlit run`` of the app (or of the bare floor app) on loopback,
and the nginx-fronted replicas of ``deploy/`` (through ``deploy/start-local.sh``)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from perf.common import ROOT

LOG_DIR = Path(tempfile.gettempdir()) / "esg-bench-logs"
DEPLOY = ROOT / "deploy"


def free_port() -> int:
    """A loopback TCP port that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Server:
    """A running server: its base URL, process (None for the proxy set-up) and log."""

    url: str
    process: subprocess.Popen | None
    log: Path
    replicas: tuple[str, ...] = ()
    replica_pids: tuple[int, ...] = ()

    @property
    def pid(self) -> int:
        """The server process id."""
        if self.process is None:
            raise RuntimeError("no single server process behind a proxy")
        return self.process.pid


def wait_healthy(url: str, timeout_s: float = 90, process: subprocess.Popen | None = None, log: Path | None = None):
    """Wait until ``url/_stcore/health`` answers ``ok``."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            break
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.read() == b"ok":
                    return
        except OSError:
            time.sleep(0.25)
    raise RuntimeError(f"no healthy server at {url}; see {log}")


def start_warm_up(url: str) -> None:
    """What the launchers do once a replica answers (``deploy/start-local.sh``, the systemd unit): one run of
    ``app.py`` through ``/_stcore/script-health-check``, which starts the background warm-up (``components/warm.py``)."""
    with urllib.request.urlopen(f"{url}/_stcore/script-health-check", timeout=120) as response:
        response.read()


def wait_warm(log: Path, timeout_s: float = 300) -> float:
    """Wait until the server's log says its warm-up is done; seconds waited."""
    from components.warm import DONE_MESSAGE, STARTED_MESSAGE

    start = time.monotonic()
    while time.monotonic() - start < timeout_s:
        if DONE_MESSAGE in log.read_text(errors="replace"):
            return time.monotonic() - start
        time.sleep(0.2)
    started = "started, not done" if STARTED_MESSAGE in log.read_text(errors="replace") else "never started"
    raise RuntimeError(f"no '{DONE_MESSAGE}' in {log} after {timeout_s:.0f} s (the warm-up {started})")


@contextmanager
def streamlit_server(
    script: str = "app.py", *, options: Sequence[str] = (), warm_start: bool = True
) -> Iterator[Server]:
    """``streamlit run <script>`` on a free loopback port (the project's ``.streamlit/config.toml`` applies), started
    as the launchers start a replica (with ``warm_start``: the warm-up asked for, not waited for; without it the
    warm-up is off, ``ESG_WARM=0``); stopped (SIGTERM, then SIGKILL) on exit."""
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    port = free_port()
    log = LOG_DIR / f"{Path(script).stem}-{port}.log"
    command = [
        sys.executable, "-m", "streamlit", "run", script, "--server.address", "127.0.0.1", "--server.port", str(port),
        "--server.headless", "true", "--browser.gatherUsageStats", "false", *options,
    ]  # fmt: skip
    with open(log, "w") as out:
        env = {**os.environ, "ESG_WARM": "1" if warm_start else "0"}
        process = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, process=process, log=log)
        if warm_start and script == "app.py":
            start_warm_up(url)
        yield Server(url, process, log)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@contextmanager
def proxied_replicas(replicas: int = 2, *, warm_start: bool = True) -> Iterator[Server]:
    """``deploy/start-local.sh``: ``replicas`` app servers on loopback behind Debian's nginx with sticky sessions
    (installs nginx when missing), warming up unless ``warm_start`` is false; ``deploy/stop-local.sh`` on exit."""
    port = free_port()
    ports = [str(free_port()) for _ in range(replicas)]
    run_dir = Path(tempfile.mkdtemp(prefix="esg-deploy-"))
    env = {**os.environ, "ESG_RUN_DIR": str(run_dir), "ESG_PROXY_PORT": str(port), "ESG_REPLICA_PORTS": " ".join(ports)}
    env["ESG_WARM"] = "1" if warm_start else "0"

    def stop() -> bool:
        stopped = subprocess.run(
            [str(DEPLOY / "stop-local.sh")], cwd=ROOT, env=env, capture_output=True, timeout=120, check=False
        )
        return stopped.returncode == 0

    done = subprocess.run(
        [str(DEPLOY / "start-local.sh")], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    if done.returncode != 0:
        stop()  # whatever did start (replicas) is stopped; the run directory keeps the logs
        raise RuntimeError(f"deploy/start-local.sh failed (logs in {run_dir}):\n{done.stdout}\n{done.stderr}")
    try:
        pids = tuple(int((run_dir / f"replica-{p}.pid").read_text()) for p in ports)
        yield Server(f"http://127.0.0.1:{port}", None, run_dir, tuple(f"http://127.0.0.1:{p}" for p in ports), pids)
    finally:
        if stop():
            shutil.rmtree(run_dir, ignore_errors=True)
