"""``geoincidents map FILE [-o maps/NAME.html] [--offline] [--png] [--title T] [filters]``."""
from __future__ import annotations

import argparse
from pathlib import Path

from geoincidents.cli.query import add_input_arguments, add_query_arguments, apply_query, load_table

__all__ = ["register", "run", "default_output"]

_DEFAULT_DIR = Path("maps")


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "map",
        help="write an interactive HTML map (and optionally a PNG) of incidents",
        description="Load an incident table, keep the incidents that match the filters and write a layered "
        "HTML map: one layer per category, provinces, known bases, popups, legend and a time filter. "
        "With --offline the page is self-contained and makes no network requests.",
    )
    add_input_arguments(parser)
    parser.add_argument("-o", "--output", metavar="OUT.html",
                        help="file to write (default: maps/<FILE stem>.html, maps/incidents.html for standard input; maps/ is "
                        "created if missing)")
    parser.add_argument("--offline", action="store_true",
                        help="one self-contained file: Leaflet inlined, boundaries as the basemap, no tiles")
    parser.add_argument("--png", action="store_true", help="also write a static PNG beside the HTML (same name, .png)")
    parser.add_argument("--title", metavar="T", help="title shown on the map")
    parser.add_argument("--shade-provinces", choices=("target", "launch", "any"), metavar="ROLE",
                        help="shade provinces by the number of incidents whose ROLE end (target, launch, any) lies in them")
    add_query_arguments(parser)
    parser.set_defaults(func=run)
    return parser


def default_output(file: str | Path) -> Path:
    """``maps/<stem>.html`` for an input file; ``maps/incidents.html`` for standard input (``-``).

    Examples
    --------
    >>> default_output("seeds/incidents.csv").as_posix()
    'maps/incidents.html'
    >>> default_output("drafts/").as_posix(), default_output("-").as_posix()
    ('maps/drafts.html', 'maps/incidents.html')
    """
    stem = "incidents" if str(file) == "-" else Path(file).stem
    return _DEFAULT_DIR / f"{stem}.html"


def run(args: argparse.Namespace) -> int:
    from geoincidents.maps import build_scene, save_map, to_map

    output = Path(args.output) if args.output else default_output(args.file)
    table = apply_query(load_table(args), args)
    # One scene for the HTML, the PNG and the count printed here (they never disagree).
    scene = build_scene(table, shade=args.shade_provinces, title=args.title)
    m = to_map(scene, offline=args.offline)
    output.parent.mkdir(parents=True, exist_ok=True)  # like `mkdir -p`: a new user's -o out/x.html just works
    written = save_map(m, output, offline=args.offline)
    as_json = getattr(args, "json", False)
    quiet = as_json or getattr(args, "quiet", False)  # -q: errors only, as every command; --json: the object says it
    if not quiet:
        noun = "incident" if len(table) == 1 else "incidents"
        kind = "offline map" if args.offline else "map"
        unplaced = f" ({scene.drawn_text})" if not scene.drawn.all() else ""
        print(f"wrote {kind} of {len(table)} {noun} to {written}{unplaced}")
        if not args.offline:
            print("  it loads Leaflet and the map tiles from the web; --offline writes a page that needs no network")
    png = None
    if args.png:
        from geoincidents.maps.static import write_png

        png = write_png(scene, output.with_suffix(".png"), title=args.title)
        if not quiet:
            print(f"wrote {png}")
    if as_json:
        from geoincidents.cli.output import load_fields, print_json

        print_json({"output": str(written), "png": None if png is None else str(png), "offline": bool(args.offline),
                    "incidents": len(table), "drawn": int(scene.drawn.sum()), **load_fields(table)})
    return 0
