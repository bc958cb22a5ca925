"""Exceptions with messages a person can act on: which file, which row, which column, what was expected."""

from __future__ import annotations

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


class SnapshotError(Exception):
    """A snapshot on disk is missing, corrupt, or does not match its manifest."""
