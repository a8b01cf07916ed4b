"""``geoincidents query FILE [filters] [--format table|csv|geojson]``.

:func:`add_query_arguments` and :func:`apply_query` are shared with the
``export`` and ``map`` subcommands so that every command filters alike.
"""
from __future__ import annotations

import argparse
import re
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from gazetteer import Gazetteer

    from geoincidents.table import IncidentTable

__all__ = ["register", "run", "add_input_arguments", "add_place_arguments", "gazetteer_from_args", "existing_file",
           "load_table",
           "report_problems", "add_query_arguments", "apply_query", "format_table", "rows_json", "add_raw_cells_argument"]


def add_input_arguments(parser: argparse.ArgumentParser, *, optional: bool = False) -> argparse.ArgumentParser:
    """Add FILE, --acled, --strict, --encoding, --delimiter, --places and --geonames: how every subcommand reads."""
    parser.add_argument("file", metavar="FILE", nargs="?" if optional else None,
                        help="incidents file (.csv, .tsv, .json, .geojson, .xlsx, .gpkg, .parquet; a directory holding "
                        "incidents.csv, as extract -o writes it; - reads standard input; 'seed' the bundled seed "
                        "table) or, with --acled, an ACLED export (CSV or the API's JSON)")
    parser.add_argument("--acled", action="store_true",
                        help="FILE is an ACLED export (each event's point is the target; the launch is unknown)")
    parser.add_argument("--strict", action="store_true",
                        help="refuse FILE at its first problem (by default the good rows are used and every "
                        "problem is reported on stderr)")
    parser.add_argument("--problems", metavar="OUT", dest="problems_file",
                        help="write every problem found in FILE, with the action taken, to OUT (.csv, or .json)")
    parser.add_argument("--encoding", metavar="NAME",
                        help="text encoding of a CSV FILE (default: detected; UTF-8, UTF-16, cp1256 ...)")
    parser.add_argument("--delimiter", metavar="CHAR",
                        help="field delimiter of a CSV FILE (default: detected among , ; tab |; 'tab' for a tab)")
    add_place_arguments(parser)
    return parser


def add_place_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add --places and --geonames (the user's own places, merged with the bundled gazetteer) and --world."""
    from gazetteer.world import POPULATIONS

    parser.add_argument("--places", metavar="FILE", action="append", default=[],
                        help="a places CSV in the gazetteer's format, merged over the bundled places (repeatable)")
    parser.add_argument("--geonames", metavar="FILE", action="append", default=[],
                        help="a GeoNames dump (e.g. IQ.txt), merged below the bundled places (repeatable)")
    parser.add_argument("--world", metavar="POPULATION", type=int, choices=POPULATIONS,
                        help="GeoNames cities of at least POPULATION inhabitants (500, 1000, 5000 or 15000) below "
                             "every other place, for names outside the region (needs: pip install "
                             "\"geoincidents[world]\")")
    return parser


def existing_file(path: str, option: str, expected: str) -> str:
    """``path`` when it exists; otherwise a FileNotFoundError naming the option, the path and what was expected."""
    import os

    if not os.path.exists(path):
        raise FileNotFoundError(f"{option} {path!r} does not exist; expected {expected}")
    return path


def gazetteer_from_args(args: argparse.Namespace) -> Gazetteer:
    """The bundled gazetteer extended by --places and --geonames, with the world tier below it for --world."""
    from gazetteer import Gazetteer

    places = [existing_file(p, "--places", "a places CSV in the gazetteer's format (id, name, kind, lat, lon, "
                                           "admin1, country, ...)") for p in getattr(args, "places", ())]
    geonames = [existing_file(p, "--geonames", "a GeoNames dump such as IQ.txt (19 tab-separated columns)")
                for p in getattr(args, "geonames", ())]
    gazetteer = Gazetteer.default()
    if getattr(args, "world", None):
        from gazetteer.world import with_world

        gazetteer = with_world(gazetteer, min_population=args.world)
    # The user's places join the region's, over the world tier, whichever option was written first.
    return gazetteer.extended(places=places, geonames=geonames)


#: What FILE may be, for the message when it does not exist.
INPUT_EXPECTED = ("an incidents file (.csv, .tsv, .json, .geojson, .xlsx, .gpkg, .parquet), a folder holding "
                  "incidents.csv (as extract -o writes it), - for standard input, or 'seed' for the bundled seed table")


def load_table(args: argparse.Namespace) -> IncidentTable:
    """Read the incidents named by :func:`add_input_arguments`."""
    from geoincidents.datasets import input_path

    dialect = {"encoding": getattr(args, "encoding", None), "delimiter": getattr(args, "delimiter", None)}
    args.file = input_path(args.file)
    if args.file != "-":
        existing_file(args.file, "FILE", "an ACLED export (CSV or the API's JSON)" if args.acled else INPUT_EXPECTED)
    gazetteer = gazetteer_from_args(args)
    if args.acled:
        from geoincidents.io.acled import read_acled

        return read_acled(args.file, strict=args.strict, gazetteer=gazetteer, **dialect)
    from geoincidents.io.load import load_incidents

    table = load_incidents(args.file, strict=args.strict, errors="keep", gazetteer=gazetteer, **dialect)
    report_problems(table, args)
    return table


def report_problems(table: IncidentTable, args: argparse.Namespace) -> None:
    """One stderr line per kind of problem the load kept going past, then the fix; all of them to ``--problems``.

    With ``--json`` nothing is printed: the command's JSON object holds the problems and the fix
    (:func:`geoincidents.cli.output.load_fields`).
    """
    from geoincidents.cli.output import places_hint, say
    from geoincidents.problems import summary_lines, write_problems

    from geoincidents.io.read import incidents_file

    problems = table.problems
    as_json = getattr(args, "json", False)
    if not as_json:
        # A folder stands for its incidents.csv: its rows are the main file's, named without the file.
        main = args.file if args.file == "-" else str(incidents_file(args.file))
        for line in summary_lines(problems, main=main):
            say(line)
        hint = places_hint(problems)
        if hint:
            say(hint)
    if getattr(args, "problems_file", None):
        written = write_problems(problems, args.problems_file)
        if not as_json:
            say(f"wrote {len(problems)} problem(s) to {written}")


def add_query_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the filter options (--province, --role, --country, --from, --to, --type, --actor, --cross-border)."""
    group = parser.add_argument_group("filters (combined with AND)")
    group.add_argument("--province", metavar="NAME", help="an end in this province (any spelling, Arabic, or ISO code such as IQ-NI)")
    group.add_argument("--role", choices=("launch", "target", "any"), default="any",
                       help="which end --province/--country apply to (default: any)")
    group.add_argument("--country", metavar="CC", help="an end in this country (ISO alpha-2 such as IQ, or a name)")
    group.add_argument("--from", dest="date_from", metavar="DATE", help="on or after DATE (2024-04-01)")
    group.add_argument("--to", dest="date_to", metavar="DATE", help="on or before DATE (a month such as 2024-04 includes all of it)")
    group.add_argument("--type", dest="types", metavar="T", action="append",
                       help="event type, e.g. rocket_attack (repeat, or separate with commas: rocket_attack,drone_attack)")
    group.add_argument("--actor", metavar="TEXT", help="actor contains TEXT (case-insensitive)")
    group.add_argument("--cross-border", action="store_true", help="only incidents fired across a border")
    return parser


#: The option a user typed for each argument of the table's query methods.
_OPTION_OF = {"name": "--province", "role": "--role", "country": "--country", "start": "--from", "end": "--to",
              "types": "--type", "text": "--actor"}


def apply_query(table: IncidentTable, args: argparse.Namespace) -> IncidentTable:
    """Apply the filters parsed by :func:`add_query_arguments` to ``table``.

    A bad value is reported under the option the user typed (``--from``, not ``start``).
    """
    from geoincidents.errors import ArgumentError

    try:
        if getattr(args, "province", None):
            table = table.in_province(args.province, role=args.role)
        if getattr(args, "country", None):
            table = table.in_country(args.country, role=args.role)
        if getattr(args, "date_from", None) or getattr(args, "date_to", None):
            table = table.between(args.date_from, args.date_to)
        if getattr(args, "types", None):
            table = table.of_type(*[t.strip() for v in args.types for t in v.split(",") if t.strip()])
        if getattr(args, "actor", None) is not None:
            table = table.by_actor(args.actor)
        if getattr(args, "cross_border", False):
            table = table.cross_border()
    except ArgumentError as err:
        option = _OPTION_OF.get(err.argument, err.argument)
        expected = err.expected.replace("start=", "--from ").replace(f"{err.argument} must", f"{option} must")
        raise ArgumentError(option, err.value, expected) from err
    return table


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "query",
        help="list the incidents that match filters",
        description="Load an incident table and list the incidents that match every filter given.",
    )
    add_input_arguments(parser)
    add_query_arguments(parser)
    parser.add_argument("--format", choices=("table", "csv", "geojson", "json"), default="table",
                        help="output format (default: table; json: the rows as a JSON array; --json: one JSON object, the rows with the problems, docs/cli.md)")
    add_raw_cells_argument(parser)
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    from geoincidents.cli.output import load_fields, print_json

    as_json = getattr(args, "json", False)
    if as_json and args.format not in ("table", "json"):
        from geoincidents.errors import ArgumentError

        raise ArgumentError("--format", args.format, "table or json with --json, whose one JSON object holds the rows "
                            "under 'rows'; drop --json for CSV or GeoJSON on standard output")
    table = apply_query(load_table(args), args)
    out = _TerminalSafe(sys.stdout) if _is_terminal(sys.stdout) else sys.stdout
    if as_json:
        import json

        print_json({"incidents": len(table), "rows": json.loads(rows_json(table)), **load_fields(table)})
    elif args.format == "json":
        out.write(rows_json(table))
        out.write("\n")
    elif args.format == "geojson":
        out.write(table.to_geojson(None))
        out.write("\n")
    elif args.format == "csv":
        from geoincidents.io.csvexport import write_csv

        write_csv(table, out, raw_cells=args.raw_cells)  # the same CSV as `export -o x.csv`
    else:
        out.write(format_table(table) + "\n")
        if not getattr(args, "quiet", False):
            print(f"{len(table)} incident{'s' if len(table) != 1 else ''}", file=sys.stderr)
    return 0


def add_raw_cells_argument(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add --raw-cells: write CSV cells that a spreadsheet would run as formulas without the apostrophe."""
    parser.add_argument("--raw-cells", action="store_true",
                        help="CSV: write cells starting with = + - @ as they are (by default they get a leading "
                        "apostrophe so that a spreadsheet shows them as text; our readers remove it)")
    return parser


def _is_terminal(stream: Any) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


# C0 and C1 controls (ESC starts colour, cursor and OSC title/hyperlink sequences; 0x9b is a one-byte CSI),
# DEL, and the bidirectional overrides and isolates that reorder what a reader sees.
_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    r"""``text`` with every control character shown escaped; line feeds kept.

    Examples
    --------
    >>> terminal_safe("al-Qa'im\x1b]0;pwned\x07 \u202eevil\nnext")
    "al-Qa'im\\x1b]0;pwned\\x07 \\u202eevil\nnext"
    """
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class _TerminalSafe:
    """A text stream that escapes control characters from the data before they reach the terminal."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        # CSV rows end in CRLF; the CR of a line end is layout, not data.
        return self.stream.write(terminal_safe(text.replace("\r\n", "\n")))

    def flush(self) -> None:
        self.stream.flush()


def rows_json(table: IncidentTable) -> str:
    """The incidents as a JSON array of objects: every column but geometry, dates as YYYY-MM-DD, blanks as null."""
    import pandas as pd

    frame = pd.DataFrame(table.frame.drop(columns="geometry"))
    for column in frame.columns:
        if pd.api.types.is_datetime64_any_dtype(frame[column].dtype):
            frame[column] = frame[column].dt.strftime("%Y-%m-%d")
    return frame.to_json(orient="records", force_ascii=False, indent=1)


# A date known only to the month or year is shown as such, not as its first day.
_DATE_FORMAT = {"month": "%Y-%m", "year": "%Y"}


def format_table(table: IncidentTable) -> str:
    """Fixed-width text: id, date, type, launch → target (each end as :mod:`geoincidents.endlabels` reads it:
    'Zummar (Nineveh, IQ)', 'Kurdistan Region (IQ: Erbil, Duhok, Sulaymaniyah)'), cross-border, range.

    The range is written as the map writes it (:func:`geoincidents.ranges.range_text`):
    one distance, or the interval of an incident with an area end ("8–1,006 km").
    """
    import numpy as np

    from geoincidents.endlabels import end_labels
    from geoincidents.ranges import range_text
    from geoincidents.schema import ROLES

    header = ("id", "date", "type", "launch → target", "cross-border", "range")
    rows = [header]
    frame = table.frame
    area = np.zeros(len(frame), dtype=bool)
    for column in ("launch_is_area", "target_is_area"):
        if column in frame:
            area |= frame[column].fillna(False).to_numpy(dtype=bool)
    ranges = range_text(frame, area)
    # How an end reads is decided once (geoincidents.endlabels), the map's popups read the same.
    launch, target = (["unknown" if v is None else v for v in end_labels(frame, role)] for role in ROLES)
    for r, text, start, end in zip(table, ranges, launch, target):
        route = f"{start} → {end}"
        cross = "?" if _missing(r.cross_border) else ("yes" if r.cross_border else "no")
        km = text or ""
        date = "" if _missing(r.date) else f"{r.date:{_DATE_FORMAT.get(r.date_precision, '%Y-%m-%d')}}"
        rows.append((r.incident_id, date, r.event_type, route, cross, km))
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(header) - 1)]
    lines = []
    for row in rows:
        cells = [str(c).ljust(w) for c, w in zip(row, widths)] + [str(row[-1]).rjust(len(header[-1]))]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def _missing(value: Any) -> bool:
    import pandas as pd

    return value is None or bool(pd.isna(value))
