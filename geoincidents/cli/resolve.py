"""``geoincidents resolve NAME``: look a place name up in the bundled gazetteer."""
from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from typing import Any

from geoincidents.cli.query import add_place_arguments, gazetteer_from_args

__all__ = ["register"]

_FIELDS = ("name", "kind", "lat", "lon", "precision_km", "admin1", "admin1_name", "country", "method", "score", "id",
           "source", "point")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``resolve`` subcommand to *subparsers*."""
    parser = subparsers.add_parser(
        "resolve",
        help="resolve a place name to coordinates and province",
        description=(
            "Resolve a place name in any common spelling (al-Qa'im, Qaim, القائم) to a place of "
            "the bundled gazetteer. A name several places share resolves to the most prominent "
            "one and lists the others (--strict refuses instead). Exit code 1 when the name is "
            "unknown (or, with --strict, ambiguous); the error lists the candidates."
        ),
    )
    parser.add_argument("name", metavar="NAME", help="the place name as written in a report")
    parser.add_argument("--country", help="ISO 3166-1 alpha-2 code, e.g. IQ")
    parser.add_argument("--kind", action="append", help="place kind, e.g. air_base (repeat for several)")
    parser.add_argument("--admin1", help="province as ISO 3166-2 code or name, e.g. IQ-AN or Anbar")
    parser.add_argument("--no-fuzzy", action="store_true", help="accept only exact and alias matches")
    parser.add_argument("--strict", action="store_true",
                        help="refuse a name several places match equally well instead of taking the most prominent")
    parser.add_argument("--explain", action="store_true",
                        help="print every candidate with its score and why the winner won")
    parser.add_argument("--json", action="store_true", help="print the match as one JSON object")
    add_place_arguments(parser)
    parser.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from gazetteer import AmbiguousPlace, PlaceNotFound
    from gazetteer.places import describe_alternatives, located_in

    from geoincidents.cli.output import error_hint, error_record, print_json, say

    kind = tuple(args.kind) if args.kind else None
    gazetteer = gazetteer_from_args(args)
    hints = {"country": args.country, "kind": kind, "admin1": args.admin1, "fuzzy": not args.no_fuzzy,
             "strict": args.strict}
    if args.explain:
        lines = gazetteer.explain(args.name, **hints)
        hint = None
        try:  # the fix for a name nobody knows, as `resolve NAME` names it
            gazetteer.resolve(args.name, **hints)
        except (PlaceNotFound, AmbiguousPlace) as err:
            hint = error_hint(err)
        if args.json:
            print_json({"query": args.name, "explanation": lines, "hint": hint})
            return 0
        for line in lines:
            print(line)
        if hint:
            say(hint)
        return 0
    try:
        match = gazetteer.resolve(args.name, **hints)
    except AmbiguousPlace as err:
        # The library's message speaks in keyword arguments; say it in options here.
        kinds = sorted({c.kind for c in err.candidates})
        hint = " or ".join(f"--kind {k}" for k in kinds) if len(kinds) > 1 else "--country, --admin1"
        if args.json:
            print_json({**error_record(err, message=f"{args.name!r} is ambiguous; choose with {hint}"),
                        "candidates": [_candidate(c) for c in err.candidates]})
            return 1
        print(f"geoincidents: error: {args.name!r} is ambiguous; it may be:", file=sys.stderr)
        for c in err.candidates:
            print(f"  {c.name} ({c.kind}, {located_in(c)})  id={c.id}", file=sys.stderr)
        print(f"choose with {hint}", file=sys.stderr)
        return 1
    record = {"query": match.query, **{field: getattr(match, field) for field in _FIELDS},
              "ambiguous": match.ambiguous}
    if args.json:
        record["alternatives"] = [asdict(a) for a in match.alternatives]
        record["qualifiers"] = list(match.qualifiers)
        if match.container:
            record["container"] = match.container
        print_json(record)
        return 0
    record["alternatives"] = describe_alternatives(match.alternatives)
    # Shown only when there is something to show: the words set aside, the part a container stood in for.
    if match.qualifiers:
        record["qualifiers"] = " | ".join(match.qualifiers)
    if match.container:
        record["container"] = f"{match.container!r} is not known; {match.name} stands in for it"
    width = max(len(key) for key in record)
    for key, value in record.items():
        shown = f"{value:.5f}" if key in ("lat", "lon") else value
        print(f"{key:<{width}}  {shown}", file=sys.stdout)
    return 0


def _candidate(place: Any) -> dict[str, Any]:
    """One candidate of an ambiguous name, as JSON."""
    return {"id": place.id, "name": place.name, "kind": place.kind, "admin1": place.admin1, "country": place.country}
