"""``geoincidents export FILE -o OUT.{geojson,gpkg,csv,parquet,acled.csv} [--format F] [--what W] [--acled] [filters]``."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from geoincidents.cli.query import (
    add_input_arguments, add_query_arguments, add_raw_cells_argument, apply_query, load_table,
)

__all__ = ["register", "run"]

# Kept literal so that --help does not import geopandas; test_export checks it against WHATS and SUFFIXES.
_WHATS = ("incidents", "launches", "targets", "trajectories")
_FORMATS = ".acled.csv, .geojson, .json, .gpkg, .csv, .parquet, .geoparquet"
_FORMAT_NAMES = ("geojson", "gpkg", "csv", "parquet", "acled")


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "export",
        help="write incidents as GeoJSON, GeoPackage, CSV (kepler.gl), GeoParquet or ACLED CSV",
        description="Load an incident table (or an ACLED export with --acled), keep the incidents that "
        f"match the filters, and write them in the format OUT's suffix names ({_FORMATS}). "
        "The file is replaced atomically.",
    )
    add_input_arguments(parser)
    parser.add_argument("-o", "--output", metavar="OUT", required=True,
                        help=f"file to write ({_FORMATS}); - writes to standard output (with --format)")
    parser.add_argument("--format", choices=_FORMAT_NAMES,
                        help="the format to write, instead of the one OUT's suffix names (acled: ACLED's 31 columns)")
    parser.add_argument("--what", choices=_WHATS, default="incidents",
                        help="incidents (default; a GeoPackage gets all three layers), or only launches, "
                        "targets or trajectories")
    add_raw_cells_argument(parser)
    add_query_arguments(parser)
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    from geoincidents.io.export import export, select

    from geoincidents.errors import ArgumentError, ExportError

    as_json = getattr(args, "json", False)
    to_stdout = args.output == "-"
    if as_json and to_stdout:
        raise ArgumentError("-o", "-", "a file to write with --json, whose one JSON object takes standard output; "
                            "drop --json to write the data there")
    _refuse_overwriting_input(args)
    table = apply_query(load_table(args), args)
    if not to_stdout:
        folder = Path(args.output).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)  # like `mkdir -p`
        except OSError as err:
            raise ExportError(f"cannot write -o {args.output!r}: its folder {str(folder)!r} cannot be created "
                              f"({err.strerror}); expected a path in a folder you can write to") from err
    written = export(table, args.output, what=args.what, format=args.format, raw_cells=args.raw_cells)
    count = len(select(table.frame, args.what)[0])
    if as_json:
        from geoincidents.cli.output import load_fields, print_json

        print_json({"output": str(written), "what": args.what, "written": count, "incidents": len(table),
                    **load_fields(table)})
        return 0
    noun = "incident" if count == 1 else "incidents"
    detail = "" if args.what == "incidents" else f" ({args.what})"
    if not getattr(args, "quiet", False):
        print(f"wrote {count} {noun}{detail} to {'standard output' if to_stdout else written}",
              file=sys.stderr if to_stdout else sys.stdout)
    return 0


def _refuse_overwriting_input(args: argparse.Namespace) -> None:
    """Refuse an OUT that is the table being read: its incidents file (a folder stands for its incidents.csv),
    or the sources.csv or claims.csv read beside it."""
    from geoincidents.datasets import input_path
    from geoincidents.errors import ExportError
    from geoincidents.io.read import incidents_file

    if args.output == "-" or args.file in (None, "-"):
        return
    given = input_path(args.file)
    read = Path(given if args.acled else incidents_file(given))  # --acled reads one file (a folder is refused there)
    inputs = [read]
    if not args.acled and read.suffix.lower() == ".csv":
        inputs += [read.with_name("sources.csv"), read.with_name("claims.csv")]
    out = Path(args.output).resolve()
    for path in inputs:
        if path.resolve() == out:
            what = "the input file" if path == read else f"the {path.stem} table read with {str(read)!r}"
            raise ExportError(f"-o {args.output!r} is {what}: the export would replace it with a different layout; "
                              "write to another path")
