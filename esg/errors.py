"""Exceptions with messages a person can act on: which file, which row, which column, what was expected."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one cell (or row) of an input file."""

    file: str
    line: int | None
    column: str | None
    expected: str
    found: str = ""

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f", line {self.line}"
        if self.column:
            where += f", column '{self.column}'"
        found = f" (found {self.found!r})" if self.found != "" else ""
        return f"{where}: expected {self.expected}{found}"


class DataError(Exception):
    """Input data is wrong; carries every problem found so that one run reports them all."""

    def __init__(self, problems: list[Problem], *, limit: int = 50) -> None:
        self.problems = problems
        shown = "\n".join(f"  - {p}" for p in problems[:limit])
        more = f"\n  ... and {len(problems) - limit} more" if len(problems) > limit else ""
        super().__init__(f"{len(problems)} problem(s) in the input data:\n{shown}{more}")


@dataclass(frozen=True)
class SnapshotProblem:
    """One thing wrong with a snapshot on disk.

    ``kind`` is one of ``missing`` (a file or the directory is missing), ``manifest`` (the manifest cannot be read or
    does not describe this edition), ``checksum`` (a file does not match the manifest), ``corrupt`` (a file cannot be
    read) or ``schema`` (a table's columns or types are not the data contract's).
    """

    kind: str
    file: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.file}: {self.detail or self.kind}"


class SnapshotError(Exception):
    """A snapshot on disk is missing, corrupt, or does not match its manifest; or snapshots are locked by a writer."""

    def __init__(self, message: str, problems: Sequence[SnapshotProblem] = ()) -> None:
        super().__init__(message)
        self.problems = list(problems)


def file_system_message(exc: OSError) -> str:
    """A file-system error as a sentence a person can act on: which path, what happened (read-only, disk full, no
    inodes, no permission), and that nothing was changed."""
    import errno

    reasons = {
        errno.EROFS: "the file system is read-only (a deployment's snapshot directory is: import on the data host)",
        errno.ENOSPC: "the disk is full (or has no free inodes)",
        errno.EDQUOT: "the disk quota is used up",
        errno.EACCES: "permission denied",
        errno.EPERM: "operation not permitted",
    }
    reason = reasons.get(exc.errno or 0, exc.strerror or type(exc).__name__)
    where = f" ({exc.filename})" if exc.filename else ""
    return f"cannot write{where}: {reason}; nothing was changed, the previous snapshots are intact"
