"""What a command says besides its result, and where: lines on stderr, or keys of the one JSON object of ``--json``.

With ``--json`` every command prints exactly one JSON object on standard output, an error's included (exit 1):
the problems a load kept going past and the fix for a name the gazetteer lacks are its ``problems`` and ``hint``
keys, never lines on stderr. Without it they are ``geoincidents: ...`` lines on stderr. The fix for an unplaced
name (:data:`PLACES_HINT`) is decided here, once, for every command and both modes: a table read with or without
``--strict``, ``resolve NAME`` and ``resolve NAME --explain``. docs/cli.md shows the objects.
"""
from __future__ import annotations

import json
import math
import sys
from typing import Any

__all__ = ["PLACES_HINT", "places_hint", "error_hint", "error_record", "problem_record", "problem_records",
           "load_fields", "print_json", "say"]

#: The fix for a place name the gazetteer lacks, named by every command that meets one.
PLACES_HINT = ("to place a name the gazetteer lacks, give your own places (--places FILE, the places CSV format) or a "
               "GeoNames dump (--geonames FILE); 'geoincidents resolve NAME --explain' shows the nearest names")


def places_hint(problems: Any) -> str | None:
    """:data:`PLACES_HINT` when one of ``problems`` left an end without a place, else None.

    ``problems`` is a table's problems frame (its ``action`` column says), or :class:`~geoincidents.errors.Problem`
    objects from a refused file, judged by the rule a kept-going load applies (:func:`geoincidents.problems.action_for`).
    """
    from geoincidents.problems import UNRESOLVED, action_for

    if hasattr(problems, "columns"):
        actions = set(problems["action"])
    else:
        actions = {action_for(p, stage="places") for p in problems}
    return PLACES_HINT if UNRESOLVED in actions else None


def error_hint(err: BaseException) -> str | None:
    """The fix to name after ``err``: :data:`PLACES_HINT` for an unknown name or a file refused at one."""
    from gazetteer.errors import PlaceNotFound

    if isinstance(err, PlaceNotFound):
        return PLACES_HINT
    return places_hint(_problems_of(err))


def _problems_of(err: BaseException) -> list[Any]:
    return getattr(err, "problems", None) or ([err.problem] if hasattr(err, "problem") else [])


def error_record(err: BaseException, *, message: str | None = None) -> dict[str, Any]:
    """An error as the one JSON object of ``--json``: ``error, message, problems, hint`` (and ``candidates``)."""
    record: dict[str, Any] = {"error": type(err).__name__, "message": str(err) if message is None else message,
                              "problems": problem_records(_problems_of(err)), "hint": error_hint(err)}
    if getattr(err, "candidates", None):
        record["candidates"] = [getattr(c, "name", str(c)) for c in err.candidates]  # type: ignore[attr-defined]
    return record


def problem_record(problem: Any) -> dict[str, Any]:
    """One :class:`~geoincidents.errors.Problem` (or a row of a problems frame) as a JSON-ready object."""
    return {"path": _plain(problem.path), "row": None if _blank(problem.row) else int(problem.row),
            "column": _plain(problem.column), "value": _plain(problem.value), "expected": problem.expected}


def problem_records(problems: Any) -> list[dict[str, Any]]:
    """Problems as JSON-ready objects; the rows of a table's problems frame carry their ``action`` too."""
    if hasattr(problems, "itertuples"):
        return [{**problem_record(p), "action": p.action} for p in problems.itertuples(index=False)]
    return [problem_record(p) for p in problems]


def load_fields(table: Any) -> dict[str, Any]:
    """What a command that read ``table`` adds to its JSON object: every problem the load kept going past, and the
    fix (the same ``problems`` and ``hint`` an error object has)."""
    return {"problems": problem_records(table.problems), "hint": places_hint(table.problems)}


def print_json(record: dict[str, Any], *, stream: Any = None) -> None:
    """Print ``record`` as the command's one JSON object, on standard output by default.

    A NaN or infinite number is written as null: ``NaN`` is not JSON, and a program's parser would refuse it.
    """
    from geoincidents.cli.query import terminal_safe

    out = sys.stdout if stream is None else stream
    text = json.dumps(_finite(record), ensure_ascii=False, indent=1, allow_nan=False)
    isatty = getattr(out, "isatty", None)
    print(terminal_safe(text) if isatty and isatty() else text, file=out)


def _finite(value: Any) -> Any:
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


def say(line: str) -> None:
    """One ``geoincidents: ...`` line on stderr for a person (never with ``--json``: the object holds it)."""
    from geoincidents.cli import _for_stderr

    print(_for_stderr(f"geoincidents: {line}"), file=sys.stderr)


def _blank(value: Any) -> bool:
    if value is None:
        return True
    import pandas as pd

    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # a list-like value is not one missing cell
        return False


def _plain(value: Any) -> Any:
    """A cell as JSON holds it: text, a number, a boolean or null (bytes decoded, NaN and NA as null)."""
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    if _blank(value):
        return None
    if isinstance(value, (str, int, float, bool)):
        return value
    if hasattr(value, "item"):
        return value.item()
    return str(value)
