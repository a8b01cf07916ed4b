"""``geoincidents export FILE -o OUT.{geojson,gpkg,csv,parquet} [--what W] [--acled] [filters]``."""
from __future__ import annotations

import argparse
from pathlib import Path

from geoincidents.cli.query import add_input_arguments, add_query_arguments, apply_query, load_table

__all__ = ["register", "run"]

# Kept literal so that --help does not import geopandas; test_export checks it against WHATS and SUFFIXES.
_WHATS = ("incidents", "launches", "targets", "trajectories")
_FORMATS = ".geojson, .json, .gpkg, .csv, .parquet, .geoparquet"


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "export",
        help="write incidents as GeoJSON, GeoPackage, CSV (kepler.gl) or GeoParquet",
        description="Load an incident table (or an ACLED export with --acled), keep the incidents that "
        f"match the filters, and write them in the format OUT's suffix names ({_FORMATS}). "
        "The file is replaced atomically.",
    )
    add_input_arguments(parser)
    parser.add_argument("-o", "--output", metavar="OUT", required=True, help=f"file to write ({_FORMATS})")
    parser.add_argument("--what", choices=_WHATS, default="incidents",
                        help="incidents (default; a GeoPackage gets all three layers), or only launches, "
                        "targets or trajectories")
    add_query_arguments(parser)
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    from geoincidents.io.export import export, select

    table = apply_query(load_table(args), args)
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)  # like `mkdir -p`
    written = export(table, args.output, what=args.what)
    count = len(select(table.frame, args.what)[0])
    noun = "incident" if count == 1 else "incidents"
    detail = "" if args.what == "incidents" else f" ({args.what})"
    print(f"wrote {count} {noun}{detail} to {written}")
    return 0
