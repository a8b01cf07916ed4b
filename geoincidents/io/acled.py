"""ACLED exports in and out: :func:`read_acled` and :func:`write_acled_csv`.

ACLED stores one point per event. Read here, that point becomes the
incident's TARGET (explicit coordinates, the ``location`` name as its label)
and the launch is unknown, so ACLED users can map and query their data with
the same tools. The rules that turn ACLED's vocabulary into ours are data:

- ``sub_event_type`` (plus an optional regular expression on ``notes``) →
  ``event_type``: ``geoincidents/data/acled_event_types.csv``, first matching
  row wins (``Shelling/artillery/missile attack`` with "rockets" in the notes
  is a rocket_attack, without a keyword a missile_attack). The rows marked
  ``write_back`` give the ACLED pair written for each of our event types.
- ``geo_precision`` 1 / 2 / 3 → ``town`` / ``near`` / ``province``: ACLED's
  codebook says 1 means the coordinates of the named town, 2 a place near it
  or part of a region, 3 only the province (its capital's point).
- ``time_precision`` 1 / 2 / 3 → ``day`` / ``week`` / ``month``.
- ``source``: ACLED lists several outlets separated by ``;``; each distinct
  outlet becomes one row of the sources table (``source_id`` ``acled-<slug>``).

What ACLED's columns cannot hold (the launch end, our event type and
precisions, munitions, outcome, injuries, ...) is folded into ``notes`` by
:func:`write_acled_csv` as a trailer ``[geoincidents {...JSON...}]`` and
unfolded again by :func:`read_acled`, so a table survives the round trip.
"""
from __future__ import annotations

import csv
import io
import json
import logging
import os
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from geoincidents.errors import ExportError, Problem, SchemaError, ValidationError
from geoincidents.io.atomic import atomic_path
from geoincidents.io.export import table_parts

__all__ = ["read_acled", "write_acled_csv", "ACLED_COLUMNS", "event_type_rules"]

log = logging.getLogger(__name__)

#: The ACLED columns read (and written, in this order); other columns are tolerated and ignored.
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "admin1",
    "location", "latitude", "longitude", "geo_precision", "time_precision", "source", "notes", "fatalities",
)
_TRIMMED = ("event_id_cnty", "event_date", "event_type", "sub_event_type", "latitude", "longitude",
            "geo_precision", "time_precision", "fatalities")
_GEO_PRECISION = {"1": "town", "2": "near", "3": "province"}
_GEO_PRECISION_BACK = {"exact": 1, "town": 1, "near": 2, "district": 2, "province": 3, "country": 3}
_TIME_PRECISION = {"1": "day", "2": "week", "3": "month"}
_TIME_PRECISION_BACK = {"day": 1, "week": 2, "month": 3, "year": 3}
#: Input columns that ACLED's own columns do not carry; they travel in the notes trailer.
_FOLDED = (
    "launch_place", "launch_lat", "launch_lon", "launch_precision", "target_precision", "event_type",
    "date_precision", "munitions", "outcome", "fatalities_high", "injured", "injured_high",
    "status", "responds_to",
)
_TRAILER = re.compile(r"\s*\[geoincidents (\{.*\})\]\s*\Z", re.DOTALL)
#: Where a loader problem's column came from in the ACLED file.
_BACK_TO_ACLED = {
    "incident_id": "event_id_cnty", "date": "event_date", "event_type": "sub_event_type", "actor": "actor1",
    "target_actor": "actor2", "target_place": "location", "target_lat": "latitude", "target_lon": "longitude",
    "target_precision": "geo_precision", "date_precision": "time_precision", "fatalities": "fatalities",
    "sources": "source", "notes": "notes",
}


@lru_cache(maxsize=1)
def event_type_rules() -> pd.DataFrame:
    """The ACLED → event_type rules of ``data/acled_event_types.csv`` (patterns compiled)."""
    text = resources.files("geoincidents").joinpath("data", "acled_event_types.csv").read_text(encoding="utf-8")
    rules = pd.DataFrame(list(csv.DictReader(io.StringIO(text))))
    rules["regex"] = [re.compile(p, re.IGNORECASE) if p else None for p in rules["notes_pattern"]]
    return rules


def _event_types(sub: pd.Series, notes: pd.Series) -> pd.Series:
    rules = event_type_rules()
    out = pd.Series(None, index=sub.index, dtype=object)
    text = notes.fillna("")
    for rule in rules.itertuples():
        todo = out.isna() & (sub == rule.sub_event_type)
        if rule.regex is not None:
            todo &= text.map(lambda t, r=rule.regex: bool(r.search(t)))
        out[todo] = rule.event_type
    return out


def _slug(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "-", text.lower()).strip("-") or "source"


def _sources(column: pd.Series, file_name: str) -> tuple[pd.Series, pd.DataFrame]:
    """Each row's ``;``-joined source ids, and one source row per distinct outlet."""
    ids: dict[str, str] = {}
    per_row = []
    for cell in column:
        row_ids = []
        for outlet in (cell or "").split(";"):
            outlet = outlet.strip()
            if not outlet:
                continue
            if outlet not in ids:
                base = "acled-" + _slug(outlet)
                sid, k = base, 2
                while sid in ids.values():  # two spellings with one slug keep two ids
                    sid, k = f"{base}-{k}", k + 1
                ids[outlet] = sid
            if ids[outlet] not in row_ids:
                row_ids.append(ids[outlet])
        per_row.append(";".join(row_ids) or None)
    sources = pd.DataFrame({
        "source_id": list(ids.values()), "outlet": list(ids), "published": None, "title": None, "file": file_name,
    })
    return pd.Series(per_row, index=column.index, dtype=object), sources


def _dates(text: pd.Series) -> pd.Series:
    # ACLED's export tool writes "20 April 2024", its API "2024-04-20".
    named = pd.to_datetime(text, format="%d %B %Y", errors="coerce")
    iso = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
    return named.fillna(iso)


def _read_raw(path: Path) -> pd.DataFrame:
    try:
        raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        raise SchemaError(Problem(str(path), None, None, err.object[err.start : err.end + 20], "a UTF-8 ACLED CSV export")) from err
    except pd.errors.EmptyDataError as err:
        raise SchemaError(Problem(str(path), None, None, "", "an ACLED CSV export with a header row; the file is empty")) from err
    raw.columns = [c.strip() for c in raw.columns]
    missing = [c for c in ACLED_COLUMNS if c not in raw.columns]
    if missing:
        raise SchemaError(Problem(
            str(path), None, missing[0], None,
            f"a column named {missing[0]!r} as in ACLED exports (missing: {', '.join(missing)}; "
            f"required: {', '.join(ACLED_COLUMNS)})",
        ))
    ignored = [c for c in raw.columns if c not in ACLED_COLUMNS]
    if ignored:
        log.info("%s: ACLED columns not used: %s", path, ", ".join(ignored))
    # Codes, numbers and dates are trimmed; text (actors, places, notes) is kept as written.
    raw = raw.astype(object)
    for column in raw.columns:
        text = raw[column]
        if column in _TRIMMED:
            text = text.str.strip()
        raw[column] = text.where(text.str.strip() != "", None)
    return raw


def _acled_problems(raw: pd.DataFrame, path: str) -> tuple[dict[str, pd.Series], list[Problem]]:
    problems: list[Problem] = []

    def add(mask: Any, column: str, expected: str) -> None:
        for pos in np.flatnonzero(np.asarray(mask, dtype=bool)):
            problems.append(Problem(path, int(pos) + 1, column, raw[column].iat[pos], expected))

    out: dict[str, pd.Series] = {}
    out["date"] = _dates(raw["event_date"])
    add(out["date"].isna(), "event_date", 'an ACLED date such as "20 April 2024" or 2024-04-20')
    out["event_type"] = _event_types(raw["sub_event_type"], raw["notes"])
    known = sorted(set(event_type_rules()["sub_event_type"]))
    add(out["event_type"].isna(), "sub_event_type",
        f"an ACLED sub_event_type ({'; '.join(known)}); add new ones to geoincidents/data/acled_event_types.csv")
    for column, table in (("geo_precision", _GEO_PRECISION), ("time_precision", _TIME_PRECISION)):
        out[column] = raw[column].map(table)
        add(raw[column].notna() & out[column].isna(), column, f"{column} 1, 2 or 3 as in the ACLED codebook")
    for column, limit in (("latitude", 90), ("longitude", 180)):
        number = pd.to_numeric(raw[column], errors="coerce")
        add(~(number.abs() <= limit), column, f"a decimal {column} between -{limit} and {limit}")
        out[column] = number
    fatalities = pd.to_numeric(raw["fatalities"], errors="coerce")
    bad = raw["fatalities"].notna() & ~((fatalities >= 0) & (fatalities == np.floor(fatalities)))
    add(bad, "fatalities", "a whole number of people killed (0, 1, 2, ...)")
    out["fatalities"] = fatalities.where(~bad)
    return out, problems


def _unfold(notes: pd.Series) -> tuple[pd.Series, pd.DataFrame]:
    """Notes without our trailer, and the trailer's fields (one row per note; empty when absent)."""
    rows: list[dict[str, Any]] = []
    clean = []
    for note in notes:
        found = _TRAILER.search(note) if isinstance(note, str) else None
        fields: dict[str, Any] = {}
        if found:
            try:
                fields = json.loads(found.group(1))
                note = note[: found.start()] or None
            except json.JSONDecodeError:
                fields = {}  # not ours after all: keep the note as it is
        rows.append(fields if isinstance(fields, dict) else {})
        clean.append(note)
    return pd.Series(clean, index=notes.index, dtype=object), pd.DataFrame.from_records(rows, index=notes.index)


def read_acled(
    path: str | os.PathLike[str],
    *,
    gazetteer: Any = None,
    boundaries: Any = None,
    strict: bool = False,
) -> Any:
    """Read an ACLED CSV export as an :class:`~geoincidents.table.IncidentTable`.

    Each ACLED event becomes an incident whose target is the ACLED point and
    whose launch is unknown (unless the notes carry a trailer written by
    :func:`write_acled_csv`).

    Parameters
    ----------
    path
        An ACLED export with at least the columns :data:`ACLED_COLUMNS`
        (others are ignored).
    gazetteer, boundaries
        Passed to :func:`~geoincidents.io.load.load_incidents`.
    strict
        Stop at the first problem (:class:`SchemaError`).

    Raises
    ------
    SchemaError
        A required ACLED column is missing (the message names the file and column).
    ValidationError
        Bad cells, each named by file, row, ACLED column and value.

    Examples
    --------
    >>> t = read_acled("acled_iraq_syria_2024.csv")         # doctest: +SKIP
    >>> t.in_province("Anbar", role="target").frame["incident_id"].tolist()[:1]  # doctest: +SKIP
    ['IRQ31245']
    """
    from geoincidents.io.load import load_incidents

    where = Path(path)
    raw = _read_raw(where)
    notes, folded = _unfold(raw["notes"])
    raw["notes"] = notes  # the trailer's words must not steer the notes rules
    parsed, problems = _acled_problems(raw, str(where))
    if problems:
        raise SchemaError(problems[0]) if strict else ValidationError(problems)
    ids, sources = _sources(raw["source"], where.name)
    df = pd.DataFrame({
        "incident_id": raw["event_id_cnty"],
        "date": parsed["date"].dt.strftime("%Y-%m-%d"),
        "date_precision": parsed["time_precision"],
        "event_type": parsed["event_type"],
        "actor": raw["actor1"],
        "target_actor": raw["actor2"],
        "target_place": raw["location"],
        "target_lat": parsed["latitude"],
        "target_lon": parsed["longitude"],
        "target_precision": parsed["geo_precision"],
        "fatalities": parsed["fatalities"],
        "status": "reported",
        "sources": ids,
        "notes": notes,
    })
    for column in _FOLDED:
        if column in folded:
            have = folded[column].notna()
            df.loc[have, column] = folded.loc[have, column]
    try:
        return load_incidents(df, sources=sources, claims=False, strict=strict,
                              gazetteer=gazetteer, boundaries=boundaries)
    except (ValidationError, SchemaError) as err:
        found = err.problems if isinstance(err, ValidationError) else [err.problem]
        moved = [Problem(str(where), p.row, _BACK_TO_ACLED.get(p.column or "", p.column), p.value, p.expected)
                 for p in found]
        if isinstance(err, SchemaError):
            raise SchemaError(moved[0]) from err
        raise ValidationError(moved) from err


def _acled_frame(frame: pd.DataFrame, sources: pd.DataFrame | None) -> pd.DataFrame:
    rules = event_type_rules()
    back = rules[rules["write_back"] == "yes"].set_index("event_type")
    outlets: dict[Any, Any] = {}
    if sources is not None and len(sources):
        outlets = dict(zip(sources["source_id"], sources["outlet"].where(sources["outlet"].notna(), sources["source_id"])))

    def source_text(cell: Any) -> Any:
        if not isinstance(cell, str):
            return None
        return "; ".join(str(outlets.get(s.strip(), s.strip())) for s in cell.split(";") if s.strip()) or None

    out = pd.DataFrame({
        "event_id_cnty": frame["incident_id"].to_numpy(),
        "event_date": frame["date"].dt.strftime("%Y-%m-%d").to_numpy(),
        "event_type": frame["event_type"].map(back["acled_event_type"]).to_numpy(),
        "sub_event_type": frame["event_type"].map(back["sub_event_type"]).to_numpy(),
        "actor1": frame["actor"].to_numpy(),
        "actor2": frame["target_actor"].to_numpy(),
        "admin1": frame["target_admin1_name"].to_numpy() if "target_admin1_name" in frame else None,
        "location": frame["target_place"].to_numpy(),
        "latitude": frame["target_lat"].to_numpy(),
        "longitude": frame["target_lon"].to_numpy(),
        "geo_precision": frame["target_precision"].map(_GEO_PRECISION_BACK).astype("Int64").to_numpy(),
        "time_precision": frame["date_precision"].map(_TIME_PRECISION_BACK).astype("Int64").to_numpy(),
        "source": frame["sources"].map(source_text).to_numpy() if "sources" in frame else None,
        "notes": frame["notes"].to_numpy(dtype=object),
        "fatalities": frame["fatalities"].astype("Int64").to_numpy(),
    }, columns=list(ACLED_COLUMNS))
    # Fold in only what reading the row back would not give: the launch end, and any
    # field whose ACLED coding maps back to another value of ours.
    again = {
        "event_type": _event_types(out["sub_event_type"], out["notes"]),
        "target_precision": out["geo_precision"].map(lambda v: None if pd.isna(v) else _GEO_PRECISION[str(v)]),
        "date_precision": out["time_precision"].map(lambda v: None if pd.isna(v) else _TIME_PRECISION[str(v)]),
        "status": pd.Series("reported", index=out.index),
    }
    # Coordinates the gazetteer supplied are found again from the place name.
    gazetteer_launch = frame["launch_match"].fillna("explicit") != "explicit" if "launch_match" in frame else None
    folded = []
    for i in range(len(frame)):
        fields = {}
        for column in _FOLDED:
            if column not in frame:
                continue
            value = _plain(frame[column].iat[i])
            if value is None or (column in again and value == again[column].iat[i]):
                continue
            if column in ("launch_lat", "launch_lon") and gazetteer_launch is not None and gazetteer_launch.iat[i]:
                continue
            fields[column] = value
        folded.append(fields)
    out["notes"] = [_fold(note, fields) for note, fields in zip(out["notes"], folded)]
    return out


def _fold(note: Any, fields: dict[str, Any]) -> Any:
    if not fields:
        return note
    trailer = "[geoincidents " + json.dumps(fields, ensure_ascii=False) + "]"
    return f"{note} {trailer}" if isinstance(note, str) and note else trailer


def _plain(value: Any) -> Any:
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, np.generic):
        return value.item()
    return value


def write_acled_csv(table: Any, path: str | os.PathLike[str]) -> None:
    """Write the table as an ACLED-style CSV (ACLED's column names, one row per incident).

    The target point becomes ``latitude``/``longitude``, its place
    ``location`` and its province ``admin1``; our event type is written as
    ACLED's ``event_type``/``sub_event_type`` pair (the ``write_back`` rows of
    the rules table); the launch end and every field ACLED has no column for
    are folded into ``notes`` as ``[geoincidents {...}]``, which
    :func:`read_acled` reads back. Dates are ISO (``2024-04-20``).

    Examples
    --------
    >>> write_acled_csv(table, "incidents_acled.csv")         # doctest: +SKIP
    """
    frame, _, sources = table_parts(table)
    data = _acled_frame(frame, sources)
    try:
        with atomic_path(path) as tmp:
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                data.to_csv(fh, index=False, lineterminator="\r\n")
    except (OSError, UnicodeError) as err:
        raise ExportError(f"could not write ACLED CSV to {os.fspath(path)!r}: {err}") from err
    log.info("wrote %d ACLED rows to %s", len(data), path)
