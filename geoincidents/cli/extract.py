"""``geoincidents extract FILE... -o DIR [--published DATE] [--sources CSV] [--review PAGE.html] [--places FILE] [--geonames FILE]``."""
from __future__ import annotations

import argparse

from geoincidents.cli.query import add_place_arguments, existing_file, gazetteer_from_args

__all__ = ["register", "run"]


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "extract",
        help="read report texts and write draft incidents, sources and claims for review",
        description="Find the place mentions, dates, event types, launch and target places, counts, claims and "
        "denials in report texts (offline) and write draft incidents.csv, sources.csv and claims.csv (which every "
        "other command reads as they are), plus mentions.csv and evidence.csv. The same incident told by several "
        "reports becomes one draft carrying every source.",
    )
    parser.add_argument("files", metavar="FILE", nargs="+", help="report .txt files (UTF-8) or folders of them")
    parser.add_argument("-o", "--output", metavar="DIR", required=True, help="folder to write the CSV files into (created if missing)")
    parser.add_argument("--published", metavar="DATE",
                        help="publication date of the reports that give none of their own (a 'published:' header line or a --sources row wins): ISO, e.g. 2024-04-22, or a timestamp 2024-04-22T21:40Z, read at the report's place; anchors 'on Saturday', 'yesterday'")
    parser.add_argument("--sources", metavar="CSV",
                        help="a sources table (source_id,outlet,published,title,file): each report named in its file "
                        "column, or by a source_id that is its file name without .txt, takes that row's id and "
                        "publication date; a row that names no report read is reported")
    parser.add_argument("--review", metavar="PAGE.html",
                        help="also write a self-contained offline review page: reports with their place mentions "
                        "highlighted by role, each draft beside its evidence, and the drafts on a map")
    add_place_arguments(parser)
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    from geoincidents.cli.output import print_json, say
    from geoincidents.extract.report import _as_published, extract_reports, report_files, unmatched_sources
    from geoincidents.io.dialect import read_delimited

    files = report_files(args.files)
    _as_published(args.published, "--published")  # a bad date is the option's, before any report is read
    # Read as every CSV is read: encoding and delimiter detected, every row as wide as the header.
    sources = None
    if args.sources:
        existing_file(args.sources, "--sources", "a sources table CSV with the columns source_id, outlet, "
                                                 "published, title, file")
        sources = read_delimited(args.sources)
        sources.attrs["path"] = args.sources
    report = extract_reports(files, published=args.published, sources=sources, gazetteer=gazetteer_from_args(args))
    if sources is not None:
        # (a row that names no report read is reported, every one of them; the rest of the table still serves)
        for row, named in unmatched_sources(sources, [str(f) for f in files]):
            say(f"{args.sources}: row {row}: {named} names none of the {len(files)} reports read; that row is not used")
    written = report.write(args.output)
    as_json = getattr(args, "json", False)
    quiet = as_json or getattr(args, "quiet", False)  # -q: errors and warnings only, as every command
    if not quiet:
        print(f"read {len(files)} report{'s' if len(files) != 1 else ''}: {len(report.places)} place mentions, "
              f"{len(report.incidents)} draft incident{'s' if len(report.incidents) != 1 else ''}, "
              f"{len(report.claims)} claims")
        print(f"wrote {', '.join(str(p) for p in written)}")
    undated = int(report.incidents["date"].isna().sum()) if len(report.incidents) else 0
    # Relative dates ("on Sunday") need the day the report was published; without it a draft has no date,
    # and load_incidents sets undated rows aside.
    hint = (f"{undated} draft incident{'s have' if undated != 1 else ' has'} no date: give --published DATE, a "
            "sources table (--sources) or a 'published: YYYY-MM-DD' line at the top of each report") if undated else None
    if hint and not as_json:
        say(hint)
    page = None
    if args.review:
        from geoincidents.extract.review import write_review

        page = write_review(report, args.review)
        if not quiet:
            print(f"wrote review page {page}")
    if as_json:
        print_json({"reports": len(files), "place_mentions": len(report.places), "incidents": len(report.incidents),
                    "claims": len(report.claims), "undated": undated, "written": [str(p) for p in written],
                    "review": None if page is None else str(page), "hint": hint})
    return 0
