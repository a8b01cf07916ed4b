"""The ``geoincidents`` command line.

The CLI holds no logic: each subcommand module parses its arguments, calls
the public API and prints. Exit codes: 0 ok, 1 a reported error (one line on
stderr, the traceback with ``--debug``; the fix on a second line when a place
name is unknown; with ``--json`` one JSON object on stdout, as every result:
:mod:`geoincidents.cli.output`), 2 usage. ``-v``, ``-q``, ``--debug`` and ``--json`` are accepted before or
after the subcommand. A closed pipe (``| head``) ends the command quietly.

Each subcommand lives in its own module with ``register(subparsers)``; the
module adds its parser and sets ``func`` to a callable taking the parsed
arguments and returning the exit code.
"""
from __future__ import annotations

import argparse
import difflib
import functools
import importlib
import logging
import os
import re
import sys
from typing import Any, NoReturn, Sequence

__all__ = ["main", "build_parser"]

# Order here is the order of ``geoincidents --help``.
_COMMANDS = ("map", "export", "query", "validate", "resolve", "extract", "completion")

#: Options every subcommand accepts, wherever they stand on the line.
_COMMON = (
    (("--debug",), {"action": "store_true", "help": "show the full traceback on errors"}),
    (("-v", "--verbose"), {"action": "store_true", "help": "log progress to stderr"}),
    (("-q", "--quiet"), {"action": "store_true", "help": "print only errors (no progress, no summaries)"}),
    (("--json",), {"action": "store_true", "help": "machine-readable output, errors included (one JSON object)"}),
)


class _Parser(argparse.ArgumentParser):
    """argparse, plus "did you mean" for mistyped subcommands, choices and options.

    Abbreviated options are off: ``--form`` must not silently become ``--format``.
    """

    def __init__(self, *args: Any, json_errors: bool = False, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)
        self.json_errors = json_errors

    def error(self, message: str) -> NoReturn:
        hint = self._suggest(message)
        if self.json_errors:  # --json on the line: a usage error is the one JSON object too (exit 2)
            from geoincidents.cli.output import print_json

            print_json({"error": "UsageError", "message": f"{message}{hint}", "usage": self.format_usage().strip(),
                        "problems": [], "hint": None})
            self.exit(2)
        super().error(f"{message}{hint}")

    def _suggest(self, message: str) -> str:
        choice = re.search(r"invalid choice: '([^']*)' \(choose from (.*)\)", message)
        if choice:
            options = re.findall(r"'([^']*)'", choice.group(2))
            close = difflib.get_close_matches(choice.group(1), options, n=1, cutoff=0.5)
            return f"; did you mean {close[0]!r}?" if close else ""
        unknown = re.search(r"unrecognized arguments: (.*)", message)
        if unknown:
            parsers = [self] + [p for a in self._actions if isinstance(a, argparse._SubParsersAction)
                                for p in a.choices.values()]
            known = sorted({s for p in parsers for a in p._actions for s in a.option_strings})
            for word in unknown.group(1).split():
                if word.startswith("-"):
                    close = difflib.get_close_matches(word.split("=")[0], known, n=1, cutoff=0.6)
                    if close:
                        return f"; did you mean {close[0]!r}?"
        return ""


def _version() -> str:
    from geoincidents import __version__

    return __version__


def build_parser(*, json_errors: bool = False) -> argparse.ArgumentParser:
    """The parser of every command; ``json_errors``: a usage error prints the JSON object of ``--json``."""
    parser = _Parser(
        prog="geoincidents",
        description="Resolve place names, validate, query, export and map cross-border incidents.",
        json_errors=json_errors,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    for flags, options in _COMMON:
        parser.add_argument(*flags, **options)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND",
                                parser_class=functools.partial(_Parser, json_errors=json_errors))
    sub.required = True
    for name in _COMMANDS:
        module = importlib.import_module(f"geoincidents.cli.{name}")
        module.register(sub)
        command = sub.choices[name]
        for flags, options in _COMMON:
            if not any(f in command._option_string_actions for f in flags):
                command.add_argument(*flags, **{**options, "default": argparse.SUPPRESS})
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(json_errors="--json" in argv)
    args = parser.parse_args(argv)
    level = logging.INFO if args.verbose else logging.ERROR if args.quiet else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    from gazetteer.errors import GazetteerError
    from geoincidents.errors import GeoIncidentsError

    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, and keep Python from
        # complaining again when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except (GeoIncidentsError, GazetteerError, OSError) as err:
        if args.debug:
            raise
        from geoincidents.errors import ValidationError

        # One problem is one line; several are listed under a count.
        one = isinstance(err, ValidationError) and len(err.problems) == 1
        return _report(args, err, f"{err.problems[0] if one else err}")
    except ImportError as err:
        # An optional dependency the input needs (openpyxl for .xlsx, pyarrow for GeoParquet): its message names
        # the install command; that is the user's fix, not a bug of ours.
        if args.debug or "pip install" not in str(err):
            raise
        return _report(args, err, str(err))
    except KeyboardInterrupt:  # pragma: no cover - interactive
        return 130
    except (Exception, RecursionError) as err:  # a bug of ours: one line, the traceback with --debug
        if args.debug:
            raise
        message = (f"unexpected error ({type(err).__name__}: {err}); run again with --debug for the traceback and "
                   "report it")
        if args.json:
            from geoincidents.cli.output import error_record, print_json

            print_json(error_record(err, message=message))
        else:
            print(_for_stderr(f"geoincidents: {message}"), file=sys.stderr)
        return 1


def _report(args: argparse.Namespace, err: BaseException, message: str) -> int:
    """A reported error: one JSON object on stdout with --json; else one line on stderr, then the fix when there is
    one (the same hint line a load that kept going prints)."""
    from geoincidents.cli.output import error_hint, error_record, print_json, say

    if args.json:
        print_json(error_record(err))
        return 1
    print(_for_stderr(f"geoincidents: error: {message}"), file=sys.stderr)
    hint = error_hint(err)
    if hint:
        say(hint)
    return 1


def _for_stderr(message: str) -> str:
    """A file name or value with control characters must not drive the terminal it is shown on."""
    from geoincidents.cli.query import terminal_safe

    return terminal_safe(message) if sys.stderr.isatty() else message
