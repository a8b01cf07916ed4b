"""Draft incidents, place mentions, claims and sources as DataFrames (the output of the extractor)."""
from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from geoincidents.extract.drafts import EVENT_LABELS, STATUS_ORDER, Draft, precision_of, slug
from geoincidents.extract.mentions import Mention
from geoincidents.extract.metonyms import stands_for_a_state
from geoincidents.extract.nesting import specificity
from geoincidents.schema import COLUMN_NAMES

#: pandas' ``create_dataframe_from_blocks`` (pandas 3), else None (pandas before 3).
_from_blocks = getattr(getattr(pd.api, "internals", None), "create_dataframe_from_blocks", None)

__all__ = ["PLACE_COLUMNS", "CLAIM_COLUMNS", "SOURCE_COLUMNS", "INCIDENT_COLUMNS", "frame", "places_frame", "assemble"]

PLACE_COLUMNS = ("source_id", "mention", "start", "end", "place_id", "name", "kind", "lat", "lon", "admin1",
                 "country", "method", "score", "role", "settled_by", "sense")
CLAIM_COLUMNS = ("incident_id", "source_id", "status", "assertion")
SOURCE_COLUMNS = ("source_id", "outlet", "published", "title", "file")
#: The incident columns written: every input column the loader knows, minus explicit coordinates.
INCIDENT_COLUMNS = tuple(c for c in COLUMN_NAMES if not c.endswith(("_lat", "_lon")))
_NUMBERS = {"start": "int64", "end": "int64", "lat": "float64", "lon": "float64", "score": "float64", "confidence": "float64",
            "fatalities": "Int64", "fatalities_high": "Int64", "injured": "Int64", "injured_high": "Int64",
            "launched_high": "Int64", "intercepted_high": "Int64", "impacted_high": "Int64"}


def frame(rows: list[tuple] | list[dict], columns: list[str]) -> pd.DataFrame:
    """A frame from rows: one object block for the text columns, one typed array for each number column.

    The blocks are handed to pandas as they are (``create_dataframe_from_blocks``, pandas 3): no per-column
    sanitising, string inference or block splitting, which keeps a one-report extraction cheap (5x faster than
    typing the columns of an object frame one by one, the way taken where pandas lacks that function).
    """
    n = len(rows)
    if rows and isinstance(rows[0], dict):
        rows = [[r[c] for c in columns] for r in rows]  # type: ignore[index]
    if _from_blocks is None:
        return _frame_by_columns(rows, columns)
    by_column = list(zip(*rows)) if n else [()] * len(columns)
    kinds = [_NUMBERS.get(c) for c in columns]
    texts = [k for k, kind in enumerate(kinds) if kind is None]
    block = np.empty((len(texts), n), dtype=object)
    for b, k in enumerate(texts):
        for i, value in enumerate(by_column[k]):
            block[b, i] = value  # one cell at a time: a list cell (evidence) stays one object
    blocks: list[tuple[Any, np.ndarray]] = [(block, np.array(texts, dtype=np.intp))]
    for k, kind in enumerate(kinds):
        if kind == "Int64":
            values = by_column[k]
            missing = np.fromiter((pd.isna(v) for v in values), dtype=bool, count=n)
            numbers = np.fromiter((0 if m else v for v, m in zip(values, missing)), dtype=np.int64, count=n)
            blocks.append((pd.arrays.IntegerArray(numbers, missing), np.array([k], dtype=np.intp)))
        elif kind is not None:
            blocks.append((np.array(by_column[k], dtype=kind).reshape(1, n), np.array([k], dtype=np.intp)))
    return _from_blocks(blocks, index=pd.RangeIndex(n), columns=pd.Index(columns))


def _frame_by_columns(rows: list, columns: list[str]) -> pd.DataFrame:
    """:func:`frame` where pandas lacks ``create_dataframe_from_blocks``: one object frame, number columns typed."""
    n = len(rows)
    block = np.empty((n, len(columns)), dtype=object)
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            block[i, j] = value
    table = pd.DataFrame(block, columns=columns, copy=False, dtype=object)
    for k, name in enumerate(columns):
        kind = _NUMBERS.get(name)
        if kind == "Int64":
            table.isetitem(k, pd.array(block[:, k].tolist(), dtype="Int64"))
        elif kind is not None:
            table.isetitem(k, np.array(block[:, k].tolist(), dtype=kind) if n else np.zeros(0, dtype=kind))
    return table


def places_frame(mentions: list[Mention], source_id: str) -> pd.DataFrame:
    rows = []
    for m in mentions:
        # "Iran's Revolutionary Guards", "Washington said": the toponym names the state acting, not a place of the
        # report; it keeps its row (nothing the text names is dropped), as context, with sense "state". A place
        # that owns a group or an office and could stand for no state ("the mayor of Penjwen", "Erbil province's
        # security council") is still a place the report names, as context.
        p = m.place
        owner = bool(m.extra.get("owner"))
        state = bool(m.extra.get("metonym")) or (owner and stands_for_a_state(p))
        role = m.role if m.role in ("launch", "target") and not (state or owner) else "context"
        rows.append((source_id, m.text, m.start, m.end, p.id, p.name, p.kind, p.lat, p.lon, p.admin1 or None,
                     p.country, m.method, m.score, role, m.settled_by, "state" if state else "place"))
    return frame(rows, list(PLACE_COLUMNS))


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


def _projectiles(told: list[tuple[int, bool]]) -> tuple[Any, Any]:
    """The launched/intercepted/impacted cells: ("5+", None) for at least five, (low, high) where sources differ."""
    if not told:
        return None, None
    low, high = min(n for n, _ in told), max(n for n, _ in told)
    if any(plus for n, plus in told if n == high):
        return f"{low}+" if low == high else str(low), None
    return str(low), (str(high) if high != low else None)


def _wave_ids(groups: list[Draft], ids: list[str]) -> list[Any]:
    """group_id of each draft: the id of the first draft of its wave (one clause that struck several targets)."""
    first: dict[str, str] = {}
    for g, incident_id in zip(groups, ids):
        for wave in sorted(g.waves):
            first.setdefault(wave, incident_id)
    members: dict[str, int] = {}
    for g in groups:
        for wave in g.waves:
            members[wave] = members.get(wave, 0) + 1
    return [next((first[w] for w in sorted(g.waves) if members[w] > 1), None) for g in groups]


def assemble(groups: list[Draft]) -> tuple[pd.DataFrame, pd.DataFrame]:
    rows, claims, used = [], [], set()
    ids = []
    for g in groups:
        when = g.date.isoformat() if g.date else None
        base = f"{when or 'undated'}-{slug(g.event_type)}-{slug(g.target.name if g.target is not None else 'unknown')}"
        incident_id, k = base, 2
        while incident_id in used:
            incident_id, k = f"{base}-{k}", k + 1
        used.add(incident_id)
        ids.append(incident_id)
        munitions = max(g.munitions, default=None)
        fat, fat_high = _span(g.fatalities)
        inj, inj_high = _span(g.injured)
        label = EVENT_LABELS.get(g.event_type, "incident")
        notes = (f"Draft from {len(g.sources)} report(s): {label}"
                 f"{' from ' + g.launch.name if g.launch is not None else ''}"
                 f"{' at ' + g.target.name if g.target is not None else ''}; check against the evidence."
                 + "".join(f" {n}." for n in g.date_notes) + (f" {g.launch_note}." if g.launch_note else "")
                 + (f" {g.target_note}." if g.target_note else ""))
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
        row.update(outcome=g.outcome or None, time=g.time or None, timezone=(g.timezone or None) if g.time else None,
                   date_end=g.date_end.isoformat() if g.date_end is not None and g.date is not None and g.date_end > g.date
                   else None)
        for key in ("launched", "intercepted", "impacted"):
            low, high = _projectiles(g.projectiles.get(key, []))
            row[key] = low
            if f"{key}_high" in row:
                row[f"{key}_high"] = high
        if row["outcome"] == "intercepted" and row["impacted"] not in (None, "0"):
            row["outcome"] = "partly intercepted"  # "two were shot down and one hit the base"
        row["launch_place_id"] = g.launch.id if g.launch is not None else None
        row["target_place_id"] = g.target.id if g.target is not None else None
        row["evidence"] = list(g.evidence)
        row["confidence"] = _confidence(g)
        rows.append(row)
        for source_id, status, assertion in dict.fromkeys(g.claims):
            claims.append((incident_id, source_id, status, assertion))
    for row, group_id in zip(rows, _wave_ids(groups, ids)):
        row["group_id"] = group_id
    id_of = {id(g): incident_id for g, incident_id in zip(groups, ids)}
    for row, g in zip(rows, groups):
        pair = id_of.get(id(g.pair_of)) if g.pair_of is not None else None
        if pair is not None:  # an attack and its interception, two drafts (interceptions.py)
            told = "the attack it stopped" if g.event_type == "interception" else "its interception"
            row["notes"] += f" Told with {told}: {pair}."
    incidents = frame(rows, list(INCIDENT_COLUMNS) + ["launch_place_id", "target_place_id", "evidence", "confidence"])
    return incidents, frame(list(dict.fromkeys(claims)), list(CLAIM_COLUMNS))
