"""``extract_report`` and ``extract_reports``: report text in, draft incidents, places and claims out.

validate (inputs, dates, ids) → analyse each report (:mod:`.analyse`) →
merge drafts across reports (:mod:`.drafts`) → assemble the frames
(:mod:`.frames`). See :mod:`geoincidents.extract` for the whole picture.
"""
from __future__ import annotations

import email.utils
import logging
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import pandas as pd

from geoincidents.errors import ExtractError
from geoincidents.extract.analyse import analyse
from geoincidents.extract.drafts import merge_drafts
from geoincidents.extract.frames import (CLAIM_COLUMNS, INCIDENT_COLUMNS, PLACE_COLUMNS, SOURCE_COLUMNS, assemble, frame,
                                         places_frame)

__all__ = ["Report", "ExtractError", "extract_report", "extract_reports", "report_files", "source_lookup",
           "unmatched_sources", "PLACE_COLUMNS", "CLAIM_COLUMNS", "SOURCE_COLUMNS"]

log = logging.getLogger(__name__)


@dataclass
class Report:
    """What one report (or several) says: place mentions, draft incidents and claims.

    Attributes
    ----------
    places : pandas.DataFrame
        One row per toponym mention (:data:`PLACE_COLUMNS`). ``sense`` says how the text uses it: ``"place"``
        for a place ("in Iran", "fired at Israel", "from Iraq", "Iran's Isfahan province"), ``"state"`` for a country
        or capital that stands for its state, government or forces ("Iran fired", "Washington said", "the Guards
        blamed Israel", "Iran's Revolutionary Guards", "the war between Israel and Hamas";
        :mod:`geoincidents.extract.metonyms`). A state mention is always ``context``: it is never a launch or target
        end, and the state stays the actor of the incidents. ``places[places.sense == "place"]`` keeps the places.
    incidents : pandas.DataFrame
        Draft incidents in the input format of :func:`geoincidents.load_incidents`,
        plus ``launch_place_id``, ``target_place_id`` (gazetteer ids), ``evidence``
        (list of {source_id, start, end, text}) and ``confidence`` (0–1).
    claims : pandas.DataFrame
        ``incident_id, source_id, status, assertion``.
    sources : pandas.DataFrame
        ``source_id, outlet, published, title, file``.
    texts : dict
        source_id → the report text (for the review page).
    """

    places: pd.DataFrame
    incidents: pd.DataFrame
    claims: pd.DataFrame
    sources: pd.DataFrame
    texts: dict[str, str]
    gazetteer: Any = None

    def incident_rows(self) -> pd.DataFrame:
        """The incidents as ``load_incidents`` reads them (no evidence or confidence columns)."""
        return self.incidents[list(INCIDENT_COLUMNS)].copy()

    def evidence_rows(self) -> pd.DataFrame:
        """One row per evidence sentence: ``incident_id, source_id, start, end, sentence``."""
        rows = [(row.incident_id, e["source_id"], e["start"], e["end"], e["text"])
                for row in self.incidents.itertuples() for e in row.evidence]
        return pd.DataFrame(rows, columns=["incident_id", "source_id", "start", "end", "sentence"])

    def write(self, directory: str | os.PathLike[str]) -> list[Path]:
        """Write ``incidents.csv``, ``sources.csv``, ``claims.csv`` (read by every command as they are),
        ``mentions.csv`` (the place mentions) and ``evidence.csv`` into *directory* (created if missing).

        Each file is written atomically: a failure leaves no half-written file.
        """
        from geoincidents.io.csvcells import write_csv_frame

        folder = Path(directory)
        if folder.exists() and not folder.is_dir():
            raise ExtractError(f"cannot write into {str(folder)!r}: it is a file, not a directory; pass -o a directory")
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for name, table in (("incidents.csv", self.incident_rows()), ("sources.csv", self.sources),
                            ("claims.csv", self.claims), ("mentions.csv", self.places),
                            ("evidence.csv", self.evidence_rows())):
            # The one CSV writer (atomic; a sentence that looks like a formula is neutralised, and read back as it was).
            write_csv_frame(table, folder / name)
            written.append(folder / name)
        return written

    def to_table(self, *, boundaries: Any = None) -> Any:
        """Load the drafts as an :class:`~geoincidents.table.IncidentTable` (the report(s) as sources)."""
        from geoincidents.io.load import load_incidents

        return load_incidents(self.incident_rows(), sources=self.sources.copy(), claims=self.claims.copy(),
                              gazetteer=self.gazetteer, boundaries=boundaries)


def _as_published(value: Any, what: str) -> date | datetime | None:
    """A publication date (``2024-04-22``) or timestamp (``2024-09-30T22:05:00Z``, or an RSS/e-mail date such as
    ``Mon, 30 Sep 2024 22:05:00 GMT``; without an offset it is UTC).

    A timestamp is kept as an aware datetime: the day it stands for depends on where the report is about
    (:func:`geoincidents.extract.dates.publication_day`)."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or value == "":
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return _as_published(datetime.fromisoformat(text), what)
    except ValueError:
        pass
    try:  # a feed's or a mail header's date: "Sun, 28 Jan 2024 23:30:00 GMT"
        return _as_published(email.utils.parsedate_to_datetime(text), what)
    except (TypeError, ValueError, IndexError):
        raise ExtractError(f"{what}: published={value!r} is not a date; expected an ISO date such as 2024-04-22 "
                           "or an ISO timestamp such as 2024-04-22T21:40:00Z (UTC unless it gives an offset)") from None


def _gazetteer(gazetteer: Any) -> Any:
    if gazetteer is None:
        from gazetteer import Gazetteer

        return Gazetteer.default()
    return gazetteer


#: "published: 2024-04-22" / "Source: Rudaw https://..." lines at the top of a saved report.
_HEADER_LINE = re.compile(r"^(?P<key>[A-Za-z][A-Za-z ]{0,20}):[ \t]*(?P<value>\S.*)$")
#: Header names → the sources-table column they fill.
_HEADER_KEYS = {"published": "published", "date": "published", "source": "outlet", "outlet": "outlet",
                "title": "title", "headline": "title"}


def read_header(text: str) -> tuple[str, dict[str, str]]:
    r"""A saved report's header block: ``name: value`` lines at the top, then a blank line.

    Returns the text with the header lines blanked out (spaces, so character
    offsets still point into the file as written) and the sources-table
    fields the header gives (``published``, ``outlet``, ``title``). Text
    without such a block comes back unchanged.

    Examples
    --------
    >>> text, fields = read_header("published: 2024-04-22\nsource: Rudaw\n\nRockets hit Rumalyn.")
    >>> fields, text.strip()
    ({'published': '2024-04-22', 'outlet': 'Rudaw'}, 'Rockets hit Rumalyn.')
    """
    lines = text.split("\n")
    fields: dict[str, str] = {}
    for count, line in enumerate(lines):
        if not line.strip():
            if count == 0 or not fields:
                return text, {}
            blank = "\n".join(" " * len(x) for x in lines[:count])
            return blank + "\n" + "\n".join(lines[count:]), fields
        found = _HEADER_LINE.match(line.strip())
        column = _HEADER_KEYS.get(found["key"].strip().lower()) if found else None
        if column is None:
            return text, {}
        fields.setdefault(column, found["value"].strip())
    return text, {}


def extract_report(text: str, *, published: Any = None, source_id: str | None = None, gazetteer: Any = None) -> Report:
    """Read one report: its place mentions, draft incidents and claims.

    Parameters
    ----------
    text : str
        The report text (English, with place names in any spelling or Arabic script).
    published : date or ISO date string, optional
        Publication date: relative dates ("on Saturday", "yesterday", "late
        last week") are anchored to it and year-less dates take their year
        from it. Without it only dates that carry a year are read.
    source_id : str, optional
        Id of the report in the sources table (default ``"report"``).
    gazetteer : gazetteer.Gazetteer, optional
        Default: ``Gazetteer.default()``.

    Returns
    -------
    Report

    Examples
    --------
    >>> r = extract_report("On Sunday, rockets were fired from the town of Zummar toward the Rumalyn base.",
    ...                    published="2024-04-21")
    >>> r.incidents[["date", "event_type", "launch_place", "target_place"]].values.tolist()
    [['2024-04-21', 'rocket_attack', 'Zummar', 'Rumalyn Landing Zone']]
    """
    return extract_reports([text], published=published, source_ids=[source_id or "report"], gazetteer=gazetteer)


def report_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The report files named by *paths*: files as given, folders as their ``*.txt`` files (sorted)."""
    files: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix.lower() == ".txt" and p.is_file())
            if not found:
                raise ExtractError(f"folder {str(path)!r} holds no .txt reports; save each report as UTF-8 text NAME.txt")
            files += found
        elif path.is_file():
            files.append(path)
        else:
            raise FileNotFoundError(f"report {str(path)!r} does not exist; pass .txt files or folders of them")
    return files


def _read_input(item: Any) -> tuple[str, str | None]:
    if isinstance(item, os.PathLike) or (isinstance(item, str) and "\n" not in item and len(item) < 4096
                                         and Path(item).suffix.lower() in (".txt", ".md", ".text")):
        path = Path(item)
        try:
            return path.read_text(encoding="utf-8"), path.name
        except UnicodeDecodeError as err:
            raise ExtractError(f"{str(path)!r} is not UTF-8 text (byte {err.start}); save the report as UTF-8") from None
    if not isinstance(item, str):
        raise ExtractError(f"a report must be text or a path to a .txt file, got {type(item).__name__} {item!r:.60}")
    return item, None


def _named_reports(sources: pd.DataFrame) -> list[tuple[int, dict, str, str]]:
    """Each row of a sources table (1-based, after the header) with how it names its report: ``("file", name)`` by
    its ``file`` cell, with or without the folder ("reports/01_erbil.txt" is 01_erbil.txt), else ``("source_id",
    id)``, an id that is the report's file name without its extension ("01_erbil"). A table with neither column
    names no report: :class:`ExtractError`."""
    if "file" not in sources.columns and "source_id" not in sources.columns:
        where = sources.attrs.get("path", "the sources table")  # (the file it was read from, when its reader says)
        raise ExtractError(f"{where} has the columns {', '.join(map(str, sources.columns))}, none of which names a "
                           "report: give 'file' (the report's file name) or 'source_id' (its name without .txt), with "
                           "source_id, outlet, published, title")
    named = []
    for k, r in enumerate(sources.to_dict("records"), start=1):
        file = r.get("file") if isinstance(r.get("file"), str) and r.get("file") else None
        named.append((k, r, "file", Path(file).name) if file is not None else (k, r, "source_id", r.get("source_id")))
    return named


def source_lookup(sources: pd.DataFrame | None) -> Callable[[str | None], dict | None]:
    """A function from a report's file name to the row of a sources table (source_id, outlet, published, title, file)
    that names it (:func:`_named_reports`: by file, else by an id that is the file's stem; the first such row), None
    when none does; the table is read once."""
    if sources is None:
        return lambda filename: None
    by_file: dict[str, dict] = {}
    by_stem: dict[str, dict] = {}
    for _, row, kind, key in _named_reports(sources):
        (by_file if kind == "file" else by_stem).setdefault(key, row)
    return lambda filename: None if not filename else (
        by_file.get(Path(filename).name) or by_stem.get(Path(filename).stem))


def unmatched_sources(sources: pd.DataFrame, filenames: Sequence[str]) -> list[tuple[int, str]]:
    """The rows of a sources table (1-based, after the header) that name none of the reports read from
    *filenames*, with what they named: a file name misspelt, or a report left out of the command."""
    read = {"file": {Path(f).name for f in filenames}, "source_id": {Path(f).stem for f in filenames}}
    return [(k, f"{kind} {key!r}") for k, _, kind, key in _named_reports(sources) if key not in read[kind]]


def extract_reports(
    reports: Iterable[Any], *, published: Any = None, source_ids: Iterable[str] | None = None,
    sources: pd.DataFrame | None = None, gazetteer: Any = None,
) -> Report:
    """Read many reports; the same incident told by several becomes one draft with every source.

    Parameters
    ----------
    reports : iterable of str or path
        Report texts, or paths to UTF-8 ``.txt`` files.
    published : date, ISO string, or mapping, optional
        One publication date for the reports that give none of their own (a header's ``published:`` line or a
        ``sources`` row), or a mapping from file name or source id to date (which wins over both).
    source_ids : iterable of str, optional
        One id per report (default: the file stem, or ``report-1``, ``report-2``, ...).
    sources : pandas.DataFrame, optional
        A sources table (``source_id, outlet, published, title, file``): a
        report whose file name is in its ``file`` column, or whose name
        without ``.txt`` is the ``source_id`` of a row with no file, takes
        that row's id and publication date (:func:`source_lookup`).
    gazetteer : gazetteer.Gazetteer, optional

    Returns
    -------
    Report
        ``places`` of every report (with ``source_id``), merged ``incidents``,
        ``claims`` (one row per source and status) and ``sources``.

    Examples
    --------
    >>> r = extract_reports(["On Sunday rockets were fired from Zummar at the Rumalyn base.",
    ...                      "Rockets launched from the town of Zummar hit near the Rumalyn base on Sunday."],
    ...                     published="2024-04-21")
    >>> len(r.incidents), r.incidents.loc[0, "sources"]
    (1, 'report-1;report-2')
    """
    g = _gazetteer(gazetteer)
    items = list(reports)
    ids = list(source_ids) if source_ids is not None else [None] * len(items)
    if len(ids) != len(items):
        raise ExtractError(f"source_ids has {len(ids)} ids for {len(items)} reports; give one id per report")
    row_of = source_lookup(sources)
    all_places, all_drafts, source_rows, texts = [], [], [], {}
    for k, (item, given_id) in enumerate(zip(items, ids)):
        text, filename = _read_input(item)
        text, header = read_header(text)
        row = {**header, **(row_of(filename) or {})}
        source_id = given_id or row.get("source_id") or (Path(filename).stem if filename else f"report-{k + 1}")
        if source_id in texts:
            raise ExtractError(f"two reports have the source id {source_id!r}; give each report its own id")
        # A date given for this report (the mapping's, else its sources row or header) wins over one date for all.
        when = published.get(filename, published.get(source_id)) if isinstance(published, Mapping) else None
        if when is None:
            when = row.get("published") or (None if isinstance(published, Mapping) else published)
        when = _as_published(when, f"report {filename or source_id}")
        mentions, groups = analyse(text, published=when, source_id=source_id, gazetteer=g)
        all_places.append(places_frame(mentions, source_id))
        all_drafts += groups
        texts[source_id] = text
        source_rows.append({"source_id": source_id, "outlet": row.get("outlet") or "unknown (extracted report)",
                            "published": when.isoformat() if when else None,
                            "title": row.get("title") or text.strip().splitlines()[0][:120] if text.strip() else "",
                            "file": filename})
    merged = merge_drafts(all_drafts, slack_days=1, across=True) if len(items) > 1 else all_drafts
    incidents, claims = assemble(merged)
    places = (all_places[0] if len(all_places) == 1 else pd.concat(all_places, ignore_index=True)) if all_places \
        else frame([], list(PLACE_COLUMNS))
    log.info("extracted %d place mentions and %d draft incidents from %d reports", len(places), len(incidents), len(items))
    return Report(places, incidents, claims, frame(source_rows, list(SOURCE_COLUMNS)), texts, g)
