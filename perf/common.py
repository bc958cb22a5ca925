"""Shared helpers of the benchmark: the views measured, medians and percentiles, process memory from ``/proc``, the
machine and the versions a result was measured with."""

from __future__ import annotations

import os
import platform
import re
import shutil
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS_DIR = ROOT / "bench"
PACKAGES = ("streamlit", "plotly", "polars", "pandas", "pyarrow", "playwright", "websockets", "dataframely")


# The benchmark browsers' language: a link without ``lang`` opens in it (components/filters.py), so the views'
# sections and titles the menu is clicked by and the ready check reads are in it (perf/run.py).
LANG, LOCALE = "en", "en-US"


@dataclass(frozen=True)
class View:
    """A view as the browser sees it: URL path, charts drawn, and its menu section and title (default language)."""

    name: str
    charts: int
    section: str = ""
    title: str = ""


def median(values: Sequence[float]) -> float:
    """The median, rounded to 0.1."""
    return round(statistics.median(values), 1) if values else float("nan")


def percentile(values: Sequence[float], pct: float) -> float:
    """The ``pct`` percentile (nearest rank on the sorted values), rounded to 0.1."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * pct // 100))
    return round(ordered[int(rank) - 1], 1)


def ratio(numerator: float, denominator: float) -> float:
    """``numerator / denominator`` rounded to 0.01 (NaN when the denominator is not positive)."""
    return round(numerator / denominator, 2) if denominator and denominator > 0 else float("nan")


def time_ms(func: Callable[[], object]) -> float:
    """Wall time of one call in ms."""
    start = time.perf_counter()
    func()
    return (time.perf_counter() - start) * 1000


def proc_status_kb(pid: int | str, field: str) -> int:
    """A ``kB`` field (``VmRSS``, ``VmHWM``...) of ``/proc/<pid>/status``; 0 when the process is gone."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    found = re.search(rf"^{field}:\s+(\d+) kB", text, re.MULTILINE)
    return int(found.group(1)) if found else 0


def rss_mb(pid: int | str = "self") -> float:
    """Resident memory of a process in MB (``VmRSS``)."""
    return proc_status_kb(pid, "VmRSS") / 1024


def peak_rss_mb(pid: int | str = "self") -> float:
    """Peak resident memory of a process in MB since start or the last :func:`reset_peak_rss` (``VmHWM``)."""
    return proc_status_kb(pid, "VmHWM") / 1024


def reset_peak_rss() -> bool:
    """Reset this process's ``VmHWM`` to its current RSS (``/proc/self/clear_refs``); False when not allowed."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def cpu_seconds(pid: int | str) -> float:
    """User plus system CPU time a process has used, in seconds (``/proc/<pid>/stat``); 0 when it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def machine_busy_seconds() -> float:
    """CPU seconds the whole machine has spent not idle (all cores, ``/proc/stat``)."""
    values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = values[3] + (values[4] if len(values) > 4 else 0)
    return (sum(values[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def _meminfo_mb() -> float:
    try:
        text = Path("/proc/meminfo").read_text()
    except OSError:
        return 0.0
    found = re.search(r"^MemTotal:\s+(\d+) kB", text, re.MULTILINE)
    return round(int(found.group(1)) / 1024) if found else 0.0


def _cpu_model() -> str:
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return platform.processor()
    found = re.search(r"^model name\s*:\s*(.+)$", text, re.MULTILINE)
    return found.group(1).strip() if found else platform.processor()


def _command_version(command: Sequence[str]) -> str:
    if not shutil.which(command[0]):
        return ""
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    return (done.stdout or done.stderr).strip().splitlines()[0] if (done.stdout or done.stderr).strip() else ""


def machine() -> dict:
    """Cores, memory, CPU model, load average at the start, OS and Python."""
    return {
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)),
        "memory_mb": _meminfo_mb(),
        "cpu": _cpu_model(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "os": platform.platform(),
        "python": platform.python_version(),
    }


def versions() -> dict:
    """Versions of the libraries, Chromium and nginx the figures were measured with."""
    found = {}
    for name in PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = ""
    found["chromium"] = _command_version(["chromium", "--version"])
    found["nginx"] = _command_version(["nginx", "-v"])
    return found
