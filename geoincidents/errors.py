"""Exceptions raised by geoincidents.

:class:`GeoIncidentsError` is the root; each subclass also derives from the
builtin it resembles. Errors about input name the file, row, column and value
and say what was expected.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

__all__ = [
    "GeoIncidentsError",
    "ExtractError",
    "Problem",
    "SchemaError",
    "ValidationError",
    "ExportError",
    "ArgumentError",
    "UnknownCountry",
]


class GeoIncidentsError(Exception):
    """Root of every error geoincidents raises."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one cell of an input table.

    ``row`` is the 1-based data row as a person counts it in the file (the
    header is not counted; for CSV the line number is ``row + 1``). ``unit``
    names what ``row`` counts: ``"feature"`` for the features of a GeoJSON.
    """

    path: str | None
    row: int | None
    column: str | None
    value: Any
    expected: str
    unit: str = "row"

    def __str__(self) -> str:
        where = []
        if self.path:
            where.append(str(self.path))
        if self.row is not None:
            where.append(f"{self.unit} {self.row}")
        if self.column:
            where.append(f"column {self.column!r}")
        loc = ", ".join(where)
        return f"{loc}: value {self.value!r}: {self.expected}" if loc else f"value {self.value!r}: {self.expected}"


class SchemaError(GeoIncidentsError, ValueError):
    """One bad cell (raised at once in strict mode)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem
        self.path = problem.path
        self.row = problem.row
        self.column = problem.column
        self.value = problem.value
        self.expected = problem.expected


class ValidationError(GeoIncidentsError, ValueError):
    """Every problem found in an input table (the default, non-strict mode)."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        head = f"{len(self.problems)} problem(s) in the input:"
        super().__init__("\n".join([head, *("  " + str(p) for p in self.problems)]))


class ExportError(GeoIncidentsError, OSError):
    """An export that could not be written; any existing file is left untouched."""


class ArgumentError(SchemaError):
    """A bad argument to a public function; a ValueError that names the argument as written.

    Examples
    --------
    >>> str(ArgumentError("role", "lauch", "one of launch, target, any; did you mean 'launch'?"))
    "role='lauch': one of launch, target, any; did you mean 'launch'?"
    """

    def __init__(self, argument: str, value: Any, expected: str) -> None:
        super().__init__(Problem(None, None, argument, value, expected))
        self.argument = argument
        joint = " " if argument.startswith("-") else "="  # a command-line option reads as typed: --to '2024-04-01'
        self.args = (f"{argument}{joint}{value!r}: {expected}",)

    def __str__(self) -> str:
        return str(self.args[0])


class UnknownCountry(ArgumentError, LookupError):
    """A country name that no country of the table's region has; a LookupError, as the gazetteer's PlaceNotFound."""


class ExtractError(GeoIncidentsError, ValueError):
    """A report or an option of the extractor cannot be used (unreadable file, bad date, clashing ids)."""
