"""``geoincidents validate FILE [--strict]``: check an incident table and list every problem."""
from __future__ import annotations

import argparse
import sys
from typing import Any

from geoincidents.cli.query import add_input_arguments, load_table

__all__ = ["register", "run"]


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "validate",
        help="check an incident table (CSV, JSON, GeoJSON) and list every problem",
        description="Validate an incident table: columns, dates, coordinates, counts, vocabularies, "
        "references, sources, claims and places. Prints 'N incidents OK' or every problem (exit 1).",
    )
    add_input_arguments(parser, optional=True)
    parser.add_argument("--columns", action="store_true", help="print the input columns and their allowed values, then exit")
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    import pandas as pd

    from geoincidents.cli.output import places_hint, say
    from geoincidents.errors import Problem, SchemaError, ValidationError
    from geoincidents.schema import columns_frame, columns_markdown

    as_json = getattr(args, "json", False)
    if args.columns:
        if as_json:
            from geoincidents.cli.output import print_json

            frame = columns_frame()
            print_json({"columns": [{**row, "required": bool(row["required"])} for row in frame.to_dict("records")]})
        else:
            print(columns_markdown())
        return 0
    if not args.file:
        message = "FILE is required (or --columns)"
        if as_json:
            from geoincidents.cli.output import print_json

            print_json({"error": "UsageError", "message": message, "problems": [], "hint": None})
        else:
            print(f"geoincidents validate: error: {message}", file=sys.stderr)
        return 2
    try:
        table = load_table(args)
    except (ValidationError, SchemaError) as err:
        problems = err.problems if isinstance(err, ValidationError) else [err.problem]
        if as_json:
            _print_json(args.file, None, problems, stopped=isinstance(err, SchemaError))
            return 1
        for problem in problems:
            print(problem)
        if isinstance(err, SchemaError):
            print(f"stopped at the first problem in {args.file}{' (--strict)' if args.strict else ''}", file=sys.stderr)
        else:
            print(f"{len(problems)} problem(s) in {args.file}", file=sys.stderr)
        hint = places_hint(problems)
        if hint:  # the fix a load that keeps going names too
            say(hint)
        return 1
    n = len(table)
    if as_json:
        _print_json(args.file, n, table.problems, stopped=False)
        return 1 if len(table.problems) else 0
    if len(table.problems):
        for problem in table.problems.itertuples(index=False):
            print(Problem(problem.path, None if pd.isna(problem.row) else int(problem.row), problem.column,
                          problem.value, problem.expected))
        print(f"{len(table.problems)} problem(s) in {args.file}; {n} of {n + len(table.rejected)} rows usable",
              file=sys.stderr)
        return 1
    print(f"{n} incident{'s' if n != 1 else ''} OK")
    return 0


def _print_json(file: str, incidents: int | None, problems: Any, *, stopped: bool) -> None:
    """The one JSON object: the problems of a refused file (Problem objects), or of a table (each with its action)."""
    from geoincidents.cli.output import places_hint, print_json, problem_records

    print_json({"file": file, "ok": not len(problems), "incidents": incidents, "problems": problem_records(problems),
                "stopped_at_first": stopped, "hint": places_hint(problems)})
