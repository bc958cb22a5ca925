"""Reading an import file in a child process under a time and a memory budget: a small file that claims millions of
cells or inflates to gigabytes ends the child, never the server (the Streamlit process or the command).

:func:`read_rows_limited` runs :func:`esg.importer.read.read_rows` in ``python -m esg.importer.sandbox``, which caps
its own address space (``RLIMIT_AS``: what it needs after its imports plus :data:`PARSE_MEMORY_BYTES`) and its CPU
time before it reads a byte; the parent kills it after :data:`PARSE_SECONDS`. Problems in the file come back as
they are; running out of time or memory is reported as a problem of the file.
"""

from __future__ import annotations

import pickle
import resource
import subprocess
import sys

from esg.errors import DataError, Problem
from esg.importer.layout import MAX_IMPORT_BYTES
from esg.importer.read import RawRow, read_rows
from esg.paths import PROJECT_DIR

PARSE_SECONDS = 20.0
PARSE_MEMORY_BYTES = 512 * 1024 * 1024
_MEMORY_EXIT = 3


def read_rows_limited(
    data: bytes,
    name: str,
    *,
    max_bytes: int = MAX_IMPORT_BYTES,
    seconds: float = PARSE_SECONDS,
    memory: int = PARSE_MEMORY_BYTES,
) -> tuple[str, list[RawRow]]:
    """:func:`~esg.importer.read.read_rows` in a child process limited to ``seconds`` and ``memory`` bytes."""
    command = [sys.executable, "-m", "esg.importer.sandbox", name, str(max_bytes), str(memory), str(int(seconds) + 1)]
    try:
        done = subprocess.run(command, input=data, capture_output=True, timeout=seconds, cwd=PROJECT_DIR, check=False)
    except subprocess.TimeoutExpired:
        found = f"more than {seconds:g} s to read (a sheet claiming millions of cells?)"
        raise DataError([Problem(name, None, None, "a file that can be read in seconds", found)]) from None
    if done.returncode == _MEMORY_EXIT or (done.returncode < 0 and not done.stdout):
        mb = memory // (1024 * 1024)
        found = f"more than {mb:,} MB of memory to read (a file that inflates beyond reason?)"
        raise DataError([Problem(name, None, None, "a file that can be read in reasonable memory", found)])
    if done.returncode != 0:
        last = (done.stderr.decode("utf-8", "replace").strip().splitlines() or ["no message"])[-1]
        raise DataError([Problem(name, None, None, "a readable .csv or .xlsx file", f"the reader failed: {last}")])
    outcome = pickle.loads(done.stdout)  # our own child's answer
    if outcome[0] == "problems":
        raise DataError(outcome[1])
    return outcome[1], outcome[2]


def _vm_size() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


def _child(argv: list[str]) -> int:
    name, max_bytes, memory, seconds = argv[0], int(argv[1]), int(argv[2]), int(argv[3])
    if name.lower().endswith(".xlsx"):
        import openpyxl  # noqa: F401  (imported before the cap: the budget is for reading the file)

    data = sys.stdin.buffer.read()
    resource.setrlimit(resource.RLIMIT_AS, (_vm_size() + memory, resource.RLIM_INFINITY))
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))
    try:
        label, rows = read_rows(data, name, max_bytes=max_bytes)
        outcome: tuple[object, ...] = ("rows", label, rows)
    except DataError as exc:
        outcome = ("problems", exc.problems)
    except MemoryError:
        return _MEMORY_EXIT
    sys.stdout.buffer.write(pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL))
    return 0


if __name__ == "__main__":
    sys.exit(_child(sys.argv[1:]))
