"""The ``geoincidents`` command line.

The CLI holds no logic: each subcommand module parses its arguments, calls
the public API and prints. Exit codes: 0 ok, 1 a reported error (one line on
stderr, the traceback with ``--debug``), 2 usage.

Each subcommand lives in its own module with ``register(subparsers)``; the
module adds its parser and sets ``func`` to a callable taking the parsed
arguments and returning the exit code.
"""
from __future__ import annotations

import argparse
import importlib
import logging
import sys
from typing import Sequence

__all__ = ["main", "build_parser"]

# Order here is the order of ``geoincidents --help``.
_COMMANDS = ("map", "export", "query", "validate", "resolve", "extract")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="geoincidents",
        description="Resolve place names, validate, query, export and map cross-border incidents.",
    )
    parser.add_argument("--debug", action="store_true", help="show the full traceback on errors")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in _COMMANDS:
        module = importlib.import_module(f"geoincidents.cli.{name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    from gazetteer.errors import GazetteerError
    from geoincidents.errors import GeoIncidentsError

    try:
        return int(args.func(args) or 0)
    except (GeoIncidentsError, GazetteerError, OSError) as err:
        if args.debug:
            raise
        message = str(err)
        print(f"geoincidents: error: {message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # pragma: no cover - interactive
        return 130
