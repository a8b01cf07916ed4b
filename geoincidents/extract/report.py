"""``extract_report`` and ``extract_reports``: report text in, draft incidents, places and claims out.

validate → find (sentences, place mentions, events) → settle (roles, senses)
→ assemble (drafts merged into incidents; places, incidents and claims
frames). See :mod:`geoincidents.extract` for the whole picture.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from geoincidents.errors import ExtractError
from geoincidents.extract import lexicon
from geoincidents.extract.drafts import STATUS_ORDER, Draft, merge_drafts, precision_of, slug
from geoincidents.extract.events import EventMention, find_events
from geoincidents.extract.mentions import Mention, find_mentions
from geoincidents.extract.roles import assign_roles, contains, settle_senses, specificity
from geoincidents.extract.text import sentences as split_sentences
from geoincidents.schema import COLUMN_NAMES, EVENT_GROUPS

__all__ = ["Report", "ExtractError", "extract_report", "extract_reports", "report_files",
           "PLACE_COLUMNS", "CLAIM_COLUMNS", "SOURCE_COLUMNS"]

log = logging.getLogger(__name__)

PLACE_COLUMNS = ("source_id", "mention", "start", "end", "place_id", "name", "kind", "lat", "lon", "admin1",
                 "country", "method", "score", "role", "settled_by")
CLAIM_COLUMNS = ("incident_id", "source_id", "status", "assertion")
SOURCE_COLUMNS = ("source_id", "outlet", "published", "title", "file")
#: The incident columns written: every input column the loader knows, minus explicit coordinates.
INCIDENT_COLUMNS = tuple(c for c in COLUMN_NAMES if not c.endswith(("_lat", "_lon")))
_LABELS = {"rocket_attack": "rocket fire", "missile_attack": "missile attack", "drone_attack": "drone attack",
           "artillery": "artillery fire", "air_strike": "air strike", "drone_strike": "drone strike",
           "missile_strike": "missile strike", "explosion": "explosion", "interception": "interception",
           "other": "incident"}


@dataclass
class Report:
    """What one report (or several) says: place mentions, draft incidents and claims.

    Attributes
    ----------
    places : pandas.DataFrame
        One row per place mention (:data:`PLACE_COLUMNS`).
    incidents : pandas.DataFrame
        Draft incidents in the input format of :func:`geoincidents.load_incidents`,
        plus ``evidence`` (list of {source_id, start, end, text}) and ``confidence`` (0–1).
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
        for name, frame in (("incidents.csv", self.incident_rows()), ("sources.csv", self.sources),
                            ("claims.csv", self.claims), ("mentions.csv", self.places),
                            ("evidence.csv", self.evidence_rows())):
            # The one CSV writer (atomic; a sentence that looks like a formula is neutralised, and read back as it was).
            write_csv_frame(frame, folder / name)
            written.append(folder / name)
        return written

    def to_table(self, *, boundaries: Any = None) -> Any:
        """Load the drafts as an :class:`~geoincidents.table.IncidentTable` (the report(s) as sources)."""
        from geoincidents.io.load import load_incidents

        return load_incidents(self.incident_rows(), sources=self.sources.copy(), claims=self.claims.copy(),
                              gazetteer=self.gazetteer, boundaries=boundaries)


def _as_date(value: Any, what: str) -> date | None:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ExtractError(f"{what}: published={value!r} is not a date; expected an ISO date such as 2024-04-22") from None


def _mentions_of(mentions: list[Mention], sentence: int) -> list[Mention]:
    return [m for m in mentions if m.sentence == sentence]


def _assertion(status: str, draft: Draft, event: EventMention | None = None) -> str:
    """What one sentence of a source asserts, in our words: status, event, ends, its own date and counts."""
    where = f" at {draft.target.name}" if draft.target is not None else ""
    source = f" from {draft.launch.name}" if draft.launch is not None else ""
    when = ""
    if draft.date:
        when = f" on {draft.date.isoformat()}" if draft.date_explicit else f" (undated; read as {draft.date.isoformat()})"
    verb = {"reported": "Reports", "claimed": "Reports a claim of", "attributed": "Attributes",
            "confirmed": "Reports confirmation of", "denied": "Reports a denial of",
            "disputed": "Reports doubts about"}[status]
    extra = []
    if event is not None:
        if event.actor:
            extra.append(f"by {event.actor}")
        if event.munitions:
            extra.append(event.munitions)
        if event.fatalities is not None:
            extra.append(f"{event.fatalities} killed")
        if event.injured is not None:
            extra.append(f"{event.injured} injured")
    detail = f" ({'; '.join(extra)})" if extra else ""
    return f"{verb} {_LABELS.get(draft.event_type, 'an incident')}{source}{where}{when}{detail}."


def _drafts(events: list[EventMention], mentions: list[Mention], text: str, source_id: str,
            sentences: list[Any]) -> list[Draft]:
    drafts = []
    for event in events:
        inside = [m for m in _mentions_of(mentions, event.sentence) if event.first <= m.first < event.last]
        targets = [m for m in inside if m.role == "target" and m.place is not None]
        if "denied" in event.statuses and all(specificity(m.place) >= 4 for m in targets):
            continue  # "reports of US strikes in Iraq that day are not true": a denial, told as a claim (_status_only)
        launches = [m for m in inside if m.role == "launch" and m.place is not None]
        launch = min(launches, key=lambda m: specificity(m.place)) if launches else None
        if targets:
            best = min(specificity(m.place) for m in targets)
            chosen = list({m.place.id: m for m in targets if specificity(m.place) == best}.values())
        else:
            chosen = [None]
        sentence = sentences[event.sentence]
        for target in chosen:
            draft = Draft(event.event_type, event.priority, event.date, event.date_precision, event.date_explicit,
                          target=None if target is None else target.place,
                          target_near=target is not None and target.cue == "near",
                          launch=None if launch is None else launch.place,
                          actor=event.actor, target_actor=event.target_actor, linked=event.linked)
            if event.munition_count is not None:
                n, plus = event.munition_count
                draft.munitions.append((n, plus, event.munitions))
            if event.fatalities is not None:
                draft.fatalities.append(event.fatalities)
            if event.injured is not None:
                draft.injured.append(event.injured)
            statuses = [s for s in event.statuses if s in STATUS_ORDER + ("denied", "disputed")] or ["reported"]
            draft.evidence.append({"source_id": source_id, "start": sentence.start, "end": sentence.end,
                                   "text": sentence.text})
            draft.claims += [(source_id, s, _assertion(s, draft, event)) for s in dict.fromkeys(statuses)]
            draft.types.append((event.event_type, event.priority))
            draft.order = event.sentence
            draft.extra_launcher = bool(lexicon.word_phrases("launcher").find(
                sentence.lowered[event.first:event.last]))
            drafts.append(draft)
    _inherit(drafts)
    for d in drafts:
        if d.date is not None:
            d.dates.append((d.date, d.date_precision, source_id, 2 if d.date_explicit else 1))
    return drafts


def _inherit(drafts: list[Draft]) -> None:
    """Undated drafts take the date of the last dated draft of their family (else of any); a strike on "the launcher" hits its launch site."""
    last: dict[str, Draft] = {}
    for d in drafts:
        family = EVENT_GROUPS.get(d.event_type, "attack")
        family = "attack" if family == "interception" else family
        if d.date_explicit:
            last[family] = last["any"] = d
        elif family in last or "any" in last:
            told = last.get(family, last.get("any"))
            d.date, d.date_precision = told.date, told.date_precision
    for d in drafts:
        if (d.target is None or d.target.kind == "country") and d.extra_launcher and EVENT_GROUPS.get(d.event_type) == "strike":
            fired = [a for a in drafts if a.launch is not None and EVENT_GROUPS.get(a.event_type) == "attack"
                     and a.date is not None and d.date is not None and abs((a.date - d.date).days) <= 1]
            fired = [a for a in fired if d.target is None or d.target.id == a.launch.id or contains(d.target, a.launch)]
            if fired:
                d.target = min(fired, key=lambda a: (specificity(a.launch), abs(a.order - d.order))).launch


def _status_only(sentences: list[Any], events: list[EventMention], groups: list[Draft], source_id: str) -> None:
    """Denials and disputes told outside any event sentence go to the report's main incident."""
    from geoincidents.extract import lexicon

    if not groups:
        return
    with_events = {e["start"] for g in groups for e in g.evidence if e["source_id"] == source_id}
    main = max(groups, key=lambda g: (len(g.evidence), -groups.index(g)))
    for sentence in sentences:
        if sentence.start in with_events:
            continue
        found = {str(v) for _, _, v in lexicon.statuses().find(sentence.lowered)}
        for status in ("denied", "disputed"):
            if status in found:
                main.claims.append((source_id, status, f"{_assertion(status, main)[:-1]}, in a sentence of its own."))
                main.evidence.append({"source_id": source_id, "start": sentence.start, "end": sentence.end,
                                      "text": sentence.text})


def _analyse(text: str, *, published: date | None, source_id: str, gazetteer: Any) -> tuple[list[Mention], list[Draft]]:
    sentences = split_sentences(text)
    mentions = find_mentions(sentences, gazetteer)
    events, clauses = find_events(sentences, published=published)
    by_clause = {(e.sentence, e.first): e for e in events}
    attack_of: dict[int, bool] = {}
    for sentence, sentence_clauses in zip(sentences, clauses):
        inside = _mentions_of(mentions, sentence.index)
        found = [by_clause.get((sentence.index, first)) for first, _ in sentence_clauses]
        assign_roles(sentence, inside, sentence_clauses, [bool(e and e.firing) for e in found], [e is not None for e in found])
        for (first, last), event in zip(sentence_clauses, found):
            for m in inside:
                if first <= m.first < last:
                    attack_of[id(m)] = bool(event) and EVENT_GROUPS.get(event.event_type) in ("attack", "interception")
    settle_senses(sentences, mentions, attack_of, gazetteer)
    drafts = _drafts(events, mentions, text, source_id, sentences)
    groups = merge_drafts(drafts, slack_days=0)
    groups = [g for g in groups if g.places() or g.date_explicit]
    _status_only(sentences, events, groups, source_id)
    return mentions, groups


_NUMBERS = {"start": "int64", "end": "int64", "lat": "float64", "lon": "float64", "score": "float64", "confidence": "float64",
            "fatalities": "Int64", "fatalities_high": "Int64", "injured": "Int64", "injured_high": "Int64"}


def _frame(rows: list[tuple] | list[dict], columns: list[str]) -> pd.DataFrame:
    """A frame from rows, column by column: numbers typed, text kept as Python objects.

    Building each column once (instead of letting pandas infer a type per
    cell) keeps a one-report extraction cheap.
    """
    data: dict[str, Any] = {}
    for k, name in enumerate(columns):
        values = [r[name] for r in rows] if rows and isinstance(rows[0], dict) else [r[k] for r in rows]
        kind = _NUMBERS.get(name)
        if kind == "Int64":
            data[name] = pd.array(values, dtype="Int64")
        elif kind is not None:
            data[name] = np.array(values, dtype=kind) if rows else np.zeros(0, dtype=kind)
        else:
            column = np.empty(len(values), dtype=object)
            column[:] = values
            data[name] = column
    return pd.DataFrame(data, columns=columns, copy=False)


def _places_frame(mentions: list[Mention], source_id: str) -> pd.DataFrame:
    rows = []
    for m in mentions:
        p = m.place
        role = m.role if m.role in ("launch", "target") else "context"
        rows.append((source_id, m.text, m.start, m.end, p.id, p.name, p.kind, p.lat, p.lon, p.admin1 or None,
                     p.country, m.method, m.score, role, m.settled_by))
    return _frame(rows, list(PLACE_COLUMNS))


def _span(values: list[int]) -> tuple[Any, Any]:
    if not values:
        return None, None
    low, high = min(values), max(values)
    return low, (high if high != low else None)


def _status(claims: list[tuple[str, str, str]]) -> str:
    statuses = {s for _, s, _ in claims}
    if "disputed" in statuses or ("denied" in statuses and len(statuses) > 1):
        return "disputed"
    if statuses == {"denied"}:
        return "denied"
    return next((s for s in STATUS_ORDER if s in statuses), "reported")


def _confidence(g: Draft) -> float:
    score = 0.4 + (0.2 if g.date_explicit else 0.0) + (0.2 if g.target is not None and specificity(g.target) <= 1 else 0.0)
    score += 0.05 * min(4, len(g.evidence) - 1) + (0.05 if g.launch is not None else 0.0)
    return round(min(1.0, score), 2)


def _assemble(groups: list[Draft]) -> tuple[pd.DataFrame, pd.DataFrame]:
    rows, claims, used = [], [], set()
    for g in groups:
        when = g.date.isoformat() if g.date else None
        base = f"{when or 'undated'}-{slug(g.event_type)}-{slug(g.target.name if g.target is not None else 'unknown')}"
        incident_id, k = base, 2
        while incident_id in used:
            incident_id, k = f"{base}-{k}", k + 1
        used.add(incident_id)
        munitions = max(g.munitions, default=None)
        fat, fat_high = _span(g.fatalities)
        inj, inj_high = _span(g.injured)
        label = _LABELS.get(g.event_type, "incident")
        notes = (f"Draft from {len(g.sources)} report(s): {label}"
                 f"{' from ' + g.launch.name if g.launch is not None else ''}"
                 f"{' at ' + g.target.name if g.target is not None else ''}; check against the evidence.")
        row = {c: None for c in INCIDENT_COLUMNS}
        row.update(
            incident_id=incident_id, date=when, date_precision=g.date_precision, event_type=g.event_type,
            actor=g.actor or None, target_actor=g.target_actor or None,
            launch_place=g.launch.name if g.launch is not None else None,
            launch_precision=precision_of(g.launch) or None,
            target_place=g.target.name if g.target is not None else None,
            target_precision=precision_of(g.target, g.target_near) or None,
            munitions=munitions[2] if munitions else None, fatalities=fat, fatalities_high=fat_high,
            injured=inj, injured_high=inj_high, status=_status(g.claims), sources=";".join(g.sources), notes=notes,
        )
        row["evidence"] = list(g.evidence)
        row["confidence"] = _confidence(g)
        rows.append(row)
        for source_id, status, assertion in dict.fromkeys(g.claims):
            claims.append((incident_id, source_id, status, assertion))
    incidents = _frame(rows, list(INCIDENT_COLUMNS) + ["evidence", "confidence"])
    return incidents, _frame(list(dict.fromkeys(claims)), list(CLAIM_COLUMNS))


def _gazetteer(gazetteer: Any) -> Any:
    if gazetteer is None:
        from gazetteer import Gazetteer

        return Gazetteer.default()
    return gazetteer


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
        One publication date for all, or a mapping from file name or source id to date.
    source_ids : iterable of str, optional
        One id per report (default: the file stem, or ``report-1``, ``report-2``, ...).
    sources : pandas.DataFrame, optional
        A sources table (``source_id, outlet, published, title, file``): a
        report whose file name is in its ``file`` column takes that row's id
        and publication date.
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
    by_file = {}
    if sources is not None:
        by_file = {str(r["file"]): r for r in sources.to_dict("records") if isinstance(r.get("file"), str)}
    all_places, all_drafts, source_rows, texts = [], [], [], {}
    for k, (item, given_id) in enumerate(zip(items, ids)):
        text, filename = _read_input(item)
        row = by_file.get(filename or "", {})
        source_id = given_id or row.get("source_id") or (Path(filename).stem if filename else f"report-{k + 1}")
        if source_id in texts:
            raise ExtractError(f"two reports have the source id {source_id!r}; give each report its own id")
        when = published.get(filename, published.get(source_id)) if isinstance(published, Mapping) else published
        when = _as_date(row.get("published") if when is None else when, f"report {filename or source_id}")
        mentions, groups = _analyse(text, published=when, source_id=source_id, gazetteer=g)
        all_places.append(_places_frame(mentions, source_id))
        all_drafts += groups
        texts[source_id] = text
        source_rows.append({"source_id": source_id, "outlet": row.get("outlet") or "unknown (extracted report)",
                            "published": when.isoformat() if when else None,
                            "title": row.get("title") or text.strip().splitlines()[0][:120] if text.strip() else "",
                            "file": filename})
    merged = merge_drafts(all_drafts, slack_days=1, across=True) if len(items) > 1 else all_drafts
    incidents, claims = _assemble(merged)
    places = (all_places[0] if len(all_places) == 1 else pd.concat(all_places, ignore_index=True)) if all_places \
        else _frame([], list(PLACE_COLUMNS))
    log.info("extracted %d place mentions and %d draft incidents from %d reports", len(places), len(incidents), len(items))
    return Report(places, incidents, claims, _frame(source_rows, list(SOURCE_COLUMNS)), texts, g)
