"""``geoincidents validate FILE [--strict]``: check an incident table and list every problem."""
from __future__ import annotations

import argparse
import json
import sys

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

    from geoincidents.errors import Problem, SchemaError, ValidationError
    from geoincidents.schema import columns_markdown

    if args.columns:
        print(columns_markdown())
        return 0
    if not args.file:
        print("geoincidents validate: error: FILE is required (or --columns)", file=sys.stderr)
        return 2
    as_json = getattr(args, "json", False)
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
        return 1
    n = len(table)
    if len(table.problems):
        kept = [Problem(problem.path, None if pd.isna(problem.row) else int(problem.row), problem.column,
                        problem.value, problem.expected) for problem in table.problems.itertuples(index=False)]
        if as_json:
            _print_json(args.file, n, kept, stopped=False)
            return 1
        for problem in kept:
            print(problem)
        print(f"{len(table.problems)} problem(s) in {args.file}; {n} of {n + len(table.rejected)} rows usable",
              file=sys.stderr)
        return 1
    if as_json:
        _print_json(args.file, n, [], stopped=False)
    else:
        print(f"{n} incident{'s' if n != 1 else ''} OK")
    return 0


def _print_json(file: str, incidents: int | None, problems: list, *, stopped: bool) -> None:
    from geoincidents.cli import problem_record

    record = {"file": file, "ok": not problems, "incidents": incidents,
              "problems": [problem_record(p) for p in problems], "stopped_at_first": stopped}
    print(json.dumps(record, ensure_ascii=False, indent=1))
