"""What a load does with each problem when it keeps going (``errors="keep"``), and how problems are reported.

This module owns the rule; :func:`geoincidents.load_incidents` applies it and
the CLI prints and writes its outcome. Nothing is dropped silently: each
:class:`~geoincidents.errors.Problem` gets an ``action``:

- a required field (incident_id, date, event_type) that is missing or unusable:
  the row is **set aside** (``table.rejected`` holds it as read); a missing
  required column sets every row aside;
- an unknown place name: the **end is left without a place**, its name kept;
- explicit coordinates that contradict their named place: the **coordinates
  are left blank** and the end is placed from its name;
- any other bad optional cell: the field is **left blank** (the value as
  written stays in the problem);
- a source id the sources table lacks, a column we do not know, and problems
  in the sources and claims tables: **kept as written**.

Examples
--------
>>> from geoincidents.errors import Problem
>>> action_for(Problem("t.csv", 30, "date", "2024-13-01", "an ISO date"), stage="incidents")
'row set aside'
>>> action_for(Problem("t.csv", 12, "launch_place", "Qaryat X", "a place"), stage="incidents")
'end left without a place (name kept)'
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Sequence

import numpy as np
import pandas as pd

from geoincidents.errors import Problem, SchemaError, ValidationError
from geoincidents.schema import COLUMN_NAMES, DERIVED_COLUMNS, REQUIRED_COLUMNS, ROLES

__all__ = [
    "SET_ASIDE", "ALL_SET_ASIDE", "UNRESOLVED", "COORDINATES_BLANK", "BLANK", "KEPT",
    "action_for", "problems_frame", "summary_lines", "write_problems", "PROBLEM_COLUMNS", "Stages",
]

SET_ASIDE = "row set aside"
ALL_SET_ASIDE = "every row set aside"
UNRESOLVED = "end left without a place (name kept)"
COORDINATES_BLANK = "coordinates left blank (placed from the name)"
BLANK = "left blank"
KEPT = "kept as written"

#: The columns of ``table.problems``.
PROBLEM_COLUMNS = ("path", "row", "column", "value", "expected", "action")

_PLACES = {f"{r}_place" for r in ROLES}
_COORDINATES = {f"{r}_{c}" for r in ROLES for c in ("lat", "lon")}


def action_for(problem: Problem, *, stage: str) -> str:
    """What a load with ``errors="keep"`` does about ``problem``.

    ``stage`` is ``"incidents"`` for the incidents table, ``"places"`` for
    place checks, ``"side"`` for the sources and claims tables.
    """
    if stage == "side":
        return BLANK if problem.column == "status" else KEPT
    if problem.column in REQUIRED_COLUMNS:
        return ALL_SET_ASIDE if problem.row is None else SET_ASIDE
    if problem.row is None or problem.column == "sources":
        return KEPT
    if problem.column in _PLACES:
        return UNRESOLVED
    if stage == "places" and problem.column in _COORDINATES:
        return COORDINATES_BLANK
    return BLANK


def problems_frame(problems: Sequence[Problem], actions: Sequence[str]) -> pd.DataFrame:
    """``table.problems``: one row per problem, ``path, row, column, value, expected, action``."""
    rows = [(p.path, p.row, p.column, p.value, p.expected, a) for p, a in zip(problems, actions)]
    frame = pd.DataFrame(rows, columns=list(PROBLEM_COLUMNS), dtype=object)
    frame["row"] = pd.array([r for r, *_ in ((p.row,) for p in problems)], dtype="Int64")
    return frame


# One summary line per action, worded for a person reading stderr.
_NOUNS = {
    SET_ASIDE: ("row set aside", "rows set aside"),
    ALL_SET_ASIDE: ("required column missing: every row set aside", "required columns missing: every row set aside"),
    UNRESOLVED: ("end unresolved", "ends unresolved"),
    COORDINATES_BLANK: ("pair of coordinates left blank (placed from the name)",
                        "pairs of coordinates left blank (placed from the name)"),
    BLANK: ("cell left blank", "cells left blank"),
    KEPT: ("value kept as written", "values kept as written"),
}


def summary_lines(problems: pd.DataFrame, *, limit: int = 5, main: str | None = None) -> list[str]:
    """One line per kind of problem, naming its values (the first ``limit`` of them).

    Problems in a file other than ``main`` (the sources or claims table) name that file.

    Examples
    --------
    >>> from geoincidents.errors import Problem
    >>> ps = [Problem("t.csv", 12, "launch_place", "Qaryat X", "a place"),
    ...       Problem("t.csv", 30, "date", "2024-13-01", "an ISO date")]
    >>> summary_lines(problems_frame(ps, [UNRESOLVED, SET_ASIDE]))
    ["1 row set aside (row 30: date '2024-13-01')", "1 end unresolved: 'Qaryat X' (row 12)"]
    """
    lines = []
    for action in _NOUNS:
        part = problems[problems["action"] == action]
        if part.empty:
            continue
        if action == SET_ASIDE:
            count = part["row"].nunique()
        elif action == COORDINATES_BLANK:
            count = len(part.drop_duplicates(["path", "row"]))
        else:
            count = len(part)
        noun = _NOUNS[action][0 if count == 1 else 1]
        if action == SET_ASIDE:
            items = [_item(action, r, main) for r in part.head(limit).itertuples(index=False)]
            more = f", and {len(part) - limit} more" if len(part) > limit else ""
            lines.append(f"{count} {noun} ({'; '.join(items)}{more})")
            continue
        # The same value in many rows is named once, with its first rows.
        keys = part["column"].map(str) + "\x00" + part["value"].map(repr) + "\x00" + part["path"].map(str)
        groups = list(part.groupby(keys.to_numpy(), sort=False))
        items = [_item(action, g.iloc[0], main, rows=g["row"]) for _, g in groups[:limit]]
        more = f", and {len(groups) - limit} more" if len(groups) > limit else ""
        lines.append(f"{count} {noun}: {', '.join(items)}{more}")
    return lines


def _item(action: str, r: Any, main: str | None, rows: pd.Series | None = None) -> str:
    where = "" if pd.isna(r.row) else f"row {r.row}"
    if rows is not None and len(rows) > 1:
        shown = ", ".join(str(v) for v in rows.head(3))
        where = f"rows {shown}" + (f" and {len(rows) - 3} more" if len(rows) > 3 else "")
    if r.path and main and str(r.path) != str(main):
        where = f"{Path(str(r.path)).name} {where}".strip()
    if action == SET_ASIDE:
        return f"{where}: {r.column} {_shown(r.value)}"
    if action == UNRESOLVED:
        return f"{_shown(r.value)} ({where})"
    if action == ALL_SET_ASIDE:
        return f"no column {r.column!r}"
    label = f"{r.column} {_shown(r.value)}"
    return f"{label} ({where})" if where else label


def _shown(value: Any) -> str:
    """A problem's value as the summary names it: quoted, or ``blank`` for an empty cell (never ``None``)."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return "blank"
    return repr(value)


def write_problems(problems: pd.DataFrame, path: str | os.PathLike[str]) -> Path:
    """Write every problem to ``path``: JSON (a list of objects) for ``.json``, else CSV; atomically."""
    from geoincidents.errors import ExportError
    from geoincidents.io.atomic import atomic_path

    from geoincidents.io.csvcells import write_csv_frame

    path = Path(path)
    data = problems.astype(object).where(problems.notna(), None)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix.lower() != ".json":
            # The one CSV writer: a value from the data that looks like a formula is neutralised.
            write_csv_frame(data, path, kind="the problems")
            return path
        with atomic_path(path) as tmp:
            records = [{k: _plain(v) for k, v in row.items()} for row in data.to_dict(orient="records")]
            tmp.write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    except ExportError:
        raise
    except OSError as err:
        raise ExportError(f"could not write the problems to {os.fspath(path)!r}: {err}") from err
    return path


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if hasattr(value, "item"):
        return value.item()
    return str(value)


# --- applying the rule during a load -------------------------------------------


class Stages:
    """Collects problems stage by stage; strict mode stops at the first one, "keep" applies
    :func:`geoincidents.problems.action_for` to each instead of raising."""

    def __init__(self, strict: bool, *, keep: bool = False) -> None:
        self.strict = strict
        self.keep = keep and not strict
        self.problems: list[Problem] = []
        self.actions: list[str] = []
        self.stages: list[str] = []

    def check(self, problems: list[Problem], stage: str) -> None:
        if self.strict and problems:
            raise SchemaError(problems[0])
        self.problems.extend(problems)
        self.stages.extend([stage] * len(problems))
        self.actions.extend(action_for(p, stage=stage) for p in problems)

    def finish(self) -> None:
        if self.problems and not self.keep:
            raise ValidationError(self.problems)

    def set_aside(self, frame: pd.DataFrame, raw: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, np.ndarray, pd.DataFrame]:
        """Blank the bad optional cells and take out the rows a required field makes unusable.

        Returns the kept parsed rows and raw cells (index 0..k-1), the file row of
        each kept row, and the rows set aside as read (with their file ``row``).
        """
        n = len(frame)
        out = np.zeros(n, dtype=bool)
        if self.keep:
            for p, a in zip(self.problems, self.actions):
                if a == ALL_SET_ASIDE:
                    out[:] = True
                elif a == SET_ASIDE and p.row is not None:
                    out[p.row - 1] = True
            self.blank(frame, np.arange(1, n + 1), "incidents")
            # Every other problem of a row set aside went with it.
            self.actions = [SET_ASIDE if s == "incidents" and p.row is not None and p.row <= n and out[p.row - 1]
                            else a for p, a, s in zip(self.problems, self.actions, self.stages)]
        rows = np.flatnonzero(~out) + 1
        rejected = raw[out].astype(object)
        rejected.insert(0, "row", np.flatnonzero(out) + 1)
        if out.any():
            frame = frame[~out].reset_index(drop=True)
            raw = raw[~out].reset_index(drop=True)
        return frame, raw, rows, rejected.reset_index(drop=True)

    def blank(self, frame: pd.DataFrame, rows: np.ndarray, stage: str) -> None:
        """Leave blank each kept row's field that the stage's problems found unusable."""
        if not self.keep:
            return
        position = {int(r): k for k, r in enumerate(rows)}
        # One assignment per column (a table with many bad cells is not blanked cell by cell).
        where: dict[str, list[int]] = {}
        for p, a, s in zip(self.problems, self.actions, self.stages):
            k = position.get(p.row) if p.row is not None else None
            if s != stage or k is None:
                continue
            if a == BLANK and p.column in frame:
                where.setdefault(p.column, []).append(k)
            elif a == COORDINATES_BLANK:
                role = p.column.split("_")[0]
                for column in (f"{role}_lat", f"{role}_lon"):
                    where.setdefault(column, []).append(k)
        for column, positions in where.items():
            frame.loc[np.unique(positions), column] = np.nan if column in _COORDINATES else None

    def unknown_columns(self, raw: pd.DataFrame, carried: set[str]) -> list[str]:
        """Columns we do not know, carried as read when keeping going."""
        known = set(COLUMN_NAMES) | set(DERIVED_COLUMNS)
        return [c for c in raw.columns if self.keep and c not in known and c not in carried and c != "claims"]

    def frame(self) -> pd.DataFrame:
        """The problems in file order (column problems first, then by row; stable within a row)."""
        frame = problems_frame(self.problems, self.actions)
        order = np.argsort(frame["row"].fillna(0).to_numpy(dtype=np.int64), kind="stable")
        return frame.iloc[order].reset_index(drop=True)
