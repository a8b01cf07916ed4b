"""ACLED exports in and out, lossless: :func:`read_acled` and :func:`write_acled_csv` (written by :mod:`geoincidents.io.acled_write`).

ACLED stores one point per event. Read here, that point becomes the
incident's TARGET (explicit coordinates, the ``location`` name as its label)
and the launch is unknown, so ACLED users can map and query their data with
the same tools. The codes are translated by :mod:`geoincidents.io.acled_codes`
(event types through a data table, precisions, the date shapes exports
circulate in).

Every column of the export is kept as written, as ``acled_<column>`` columns
of :attr:`IncidentTable.frame`; the writer gives back each of them unchanged
unless the incident's own field was changed since (then it writes ours). So
read → write returns ACLED's columns as they were, and a table that never was
ACLED gets ACLED's 31 columns from its own fields.

What ACLED's columns cannot hold (the launch end, our event type and
precisions when ACLED's codes cannot say them, munitions, outcome, injuries,
status, …) travels in a signed tag of the ``tags`` column and, in words, at
the end of ``notes``; only the tag is read back, never the notes
(:mod:`geoincidents.io.acled_carrier`).
"""
from __future__ import annotations

import json
import logging
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import numpy as np
import pandas as pd

from geoincidents.cells import cell_text
from geoincidents.errors import Problem, SchemaError, ValidationError
from geoincidents.io import acled_carrier as carrier
from geoincidents.io.acled_codes import GEO_PRECISION, TIME_PRECISION, event_type_rules, event_types, parse_dates
from geoincidents.io.dialect import STDIN, read_delimited, read_text

if TYPE_CHECKING:  # pragma: no cover
    from gazetteer import Boundaries, Gazetteer
    from geoincidents.table import IncidentTable

__all__ = ["read_acled", "write_acled_csv", "ACLED_COLUMNS", "REQUIRED_ACLED_COLUMNS", "CARRIED_PREFIX",
           "event_type_rules"]

log = logging.getLogger(__name__)

#: The 31 columns of ACLED's export, in its order; the writer writes these.
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
    "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
#: The columns an export must have to be read (older exports lack disorder_type, tags, ...).
REQUIRED_ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "admin1",
    "location", "latitude", "longitude", "geo_precision", "time_precision", "source", "notes", "fatalities",
)
#: Each column of the export is kept in the table as this prefix + its name.
CARRIED_PREFIX = "acled_"
_TRIMMED = ("event_id_cnty", "event_date", "event_type", "sub_event_type", "latitude", "longitude",
            "geo_precision", "time_precision", "fatalities")
#: Our fields that ACLED's columns do not carry; they travel in the tag when set.
_FOLDED = (
    "launch_place", "launch_lat", "launch_lon", "launch_precision", "target_precision", "event_type",
    "date_precision", "munitions", "outcome", "fatalities_high", "injured", "injured_high",
    "status", "responds_to",
)
#: Where a loader problem's column came from in the ACLED file.
_BACK_TO_ACLED = {
    "incident_id": "event_id_cnty", "date": "event_date", "event_type": "sub_event_type", "actor": "actor1",
    "target_actor": "actor2", "target_place": "location", "target_lat": "latitude", "target_lon": "longitude",
    "target_precision": "geo_precision", "date_precision": "time_precision", "fatalities": "fatalities",
    "sources": "source", "notes": "notes",
}


# --- reading ------------------------------------------------------------------------


def _read_raw(source: str | os.PathLike[str] | BinaryIO, encoding: str | None, delimiter: str | None) -> tuple[pd.DataFrame, str]:
    """The export's cells as written (str, None when blank), and its name for messages."""
    name = "<stdin>" if os.fspath(source) == STDIN else str(source) if not hasattr(source, "read") else "<stream>"
    suffix = Path(os.fspath(source)).suffix.lower() if isinstance(source, (str, os.PathLike)) else ""
    if isinstance(source, (str, os.PathLike)) and Path(source).is_dir():
        raise SchemaError(Problem(name, None, None, "a directory",
                                  "one ACLED export file (CSV, .xlsx or the API's .json); a directory that "
                                  "`geoincidents extract -o DIR` wrote is our own format: read it without --acled"))
    if suffix == ".json":
        raw = _read_api_json(source, name, encoding)
    elif suffix == ".xlsx":
        from geoincidents.io.formats import read_xlsx

        raw = read_xlsx(source)  # type: ignore[arg-type]
    else:
        try:
            raw = read_delimited(source, encoding=encoding, delimiter=delimiter, header_marker="event_id_cnty")
        except pd.errors.EmptyDataError as err:
            raise SchemaError(Problem(name, None, None, "", "an ACLED CSV export with a header row; the file is empty")) from err
        except pd.errors.ParserError as err:
            raise SchemaError(Problem(name, None, None, str(err), "a well-formed ACLED CSV export")) from err
    raw.columns = [str(c).strip() for c in raw.columns]
    if len(raw) and all(str(v).startswith("#") for v in raw.iloc[0] if str(v).strip()):
        raw = raw.iloc[1:].reset_index(drop=True)  # HDX's HXL hashtag row under the header
    missing = [c for c in REQUIRED_ACLED_COLUMNS if c not in raw.columns]
    if missing:
        raise SchemaError(Problem(
            name, None, missing[0], None,
            f"a column named {missing[0]!r} as in ACLED exports (missing: {', '.join(missing)}; "
            f"required: {', '.join(REQUIRED_ACLED_COLUMNS)})",
        ))
    cells = {c: [v if isinstance(v, str) and v.strip() else None if isinstance(v, str) else cell_text(v)
                 for v in raw[c]] for c in raw.columns}
    return pd.DataFrame(cells, index=pd.RangeIndex(len(raw)), columns=list(raw.columns), dtype=object), name


def _read_api_json(source: str | os.PathLike[str], name: str, encoding: str | None) -> pd.DataFrame:
    text, _ = read_text(source, encoding=encoding)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as err:
        raise SchemaError(Problem(name, None, None, f"line {err.lineno} column {err.colno}", f"valid JSON ({err.msg})")) from err
    rows = document.get("data") if isinstance(document, dict) else document
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise SchemaError(Problem(name, None, "data", type(rows).__name__,
                                  'the ACLED API\'s JSON: {"data": [{"event_id_cnty": ..., ...}, ...]} or a list of events'))
    return pd.DataFrame.from_records(rows) if rows else pd.DataFrame(columns=list(REQUIRED_ACLED_COLUMNS))


def _trimmed(raw: pd.DataFrame) -> pd.DataFrame:
    out = raw.copy()
    for column in _TRIMMED:
        if column in out:
            out[column] = out[column].map(lambda v: v.strip() if isinstance(v, str) else v)
    return out


def _our_fields(raw: pd.DataFrame, path: str | None) -> tuple[pd.DataFrame, list[Problem]]:
    """Our columns as the ACLED columns of ``raw`` give them, and every cell they cannot be read from."""
    raw = _trimmed(raw)
    problems: list[Problem] = []

    def add(mask: Any, column: str, expected: str) -> None:
        for pos in np.flatnonzero(np.asarray(mask, dtype=bool)):
            problems.append(Problem(path, int(pos) + 1, column, raw[column].iat[pos], expected))

    date, refused = parse_dates(raw["event_date"])
    if refused:
        example = raw["event_date"].dropna()
        problems.append(Problem(path, None, "event_date", example.iat[0] if len(example) else None, refused))
    else:
        add(raw["event_date"].notna() & date.isna(), "event_date",
            'an ACLED date such as "20 April 2024", 2024-04-20, 20-Apr-24 or 20/04/2024')
    add(raw["event_date"].isna(), "event_date", "the date of the event (the column is required)")
    event_type = event_types(raw["sub_event_type"], raw["notes"])
    known = sorted(set(event_type_rules()["sub_event_type"]))
    add(event_type.isna(), "sub_event_type",
        f"an ACLED sub_event_type ({'; '.join(known)}); add new ones to geoincidents/data/acled_event_types.csv")
    codes = {}
    for column, table in (("geo_precision", GEO_PRECISION), ("time_precision", TIME_PRECISION)):
        codes[column] = raw[column].map(table)
        add(raw[column].notna() & codes[column].isna(), column, f"{column} 1, 2 or 3 as in the ACLED codebook")
    coords = {}
    for column, limit in (("latitude", 90), ("longitude", 180)):
        number = pd.to_numeric(raw[column], errors="coerce")
        add(raw[column].notna() & ~(number.abs() <= limit), column, f"a decimal {column} between -{limit} and {limit}")
        coords[column] = number.where(number.abs() <= limit)
    fatalities = pd.to_numeric(raw["fatalities"], errors="coerce")
    bad = raw["fatalities"].notna() & ~((fatalities >= 0) & (fatalities == np.floor(fatalities)))
    add(bad, "fatalities", "a whole number of people killed (0, 1, 2, ...)")
    fields = pd.DataFrame({
        "incident_id": raw["event_id_cnty"],
        "date": date,
        "date_precision": codes["time_precision"],
        "event_type": event_type,
        "actor": raw["actor1"],
        "target_actor": raw["actor2"],
        "target_place": raw["location"],
        "target_lat": coords["latitude"],
        "target_lon": coords["longitude"],
        "target_precision": codes["geo_precision"],
        "fatalities": fatalities.where(~bad).astype("Int64"),
        "status": "reported",
        "notes": raw["notes"],
    })
    return fields, problems


def _outlets(cell: Any) -> list[str]:
    seen: list[str] = []
    for outlet in (cell if isinstance(cell, str) else "").split(";"):
        outlet = outlet.strip()
        if outlet and outlet not in seen:
            seen.append(outlet)
    return seen


def _source_id(outlet: str) -> str:
    return "acled-" + (re.sub(r"[^0-9a-z]+", "-", outlet.lower()).strip("-") or "source")


def _sources(column: pd.Series, file_name: str) -> tuple[pd.Series, pd.DataFrame]:
    """Each row's ``;``-joined source ids, and one source row per distinct outlet."""
    ids: dict[str, str] = {}
    per_row = []
    for cell in column:
        row_ids = []
        for outlet in _outlets(cell):
            if outlet not in ids:
                base = _source_id(outlet)
                sid, k = base, 2
                while sid in ids.values():  # two spellings with one slug keep two ids
                    sid, k = f"{base}-{k}", k + 1
                ids[outlet] = sid
            row_ids.append(ids[outlet])
        per_row.append(";".join(row_ids) or None)
    sources = pd.DataFrame({
        "source_id": list(ids.values()), "outlet": list(ids), "published": None, "title": None, "file": file_name,
    })
    return pd.Series(per_row, index=column.index, dtype=object), sources


def _unfold(raw: pd.DataFrame, path: str) -> pd.DataFrame:
    """The fields our signed tags carry (one row per event); ``raw``'s tags and notes lose what we added."""
    tags = raw["tags"] if "tags" in raw else [None] * len(raw)
    rows: list[dict[str, Any]] = []
    own_tags, notes = [], []
    for pos, (tag_cell, event_id, note) in enumerate(zip(tags, raw["event_id_cnty"], raw["notes"])):
        own, fields, why = carrier.read_tag(tag_cell, event_id)
        if why:
            log.warning("%s, row %d, column 'tags': a geoincidents tag was not applied: %s", path, pos + 1, why)
        rows.append(fields or {})
        own_tags.append(own)
        notes.append(carrier.strip_trailer(note, fields))
    if "tags" in raw:
        raw["tags"] = own_tags
    raw["notes"] = notes
    return pd.DataFrame.from_records(rows, index=raw.index)


def read_acled(
    path: str | os.PathLike[str] | BinaryIO,
    *,
    gazetteer: Gazetteer | None = None,
    boundaries: Boundaries | None = None,
    strict: bool = False,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> IncidentTable:
    """Read an ACLED export (CSV in any common dialect, or the API's JSON) as an IncidentTable.

    Each event becomes an incident whose target is the ACLED point and whose
    launch is unknown (unless a tag written by :func:`write_acled_csv` carries
    it). Every column of the export is kept as ``acled_<column>``.

    Parameters
    ----------
    path
        An ACLED export: CSV (comma, semicolon or tab; UTF-8, UTF-16 or
        Windows-1256; a title line before the header is skipped), an Excel
        ``.xlsx`` (needs ``geoincidents[xlsx]``), or a ``.json`` file as the
        ACLED API returns it (``{"data": [...]}``);
        ``"-"`` reads standard input. Dates may be ISO, "20 April 2024",
        Excel's "20-Apr-24" or "20/04/2024" (the order decided per column).
    gazetteer, boundaries
        Passed to :func:`~geoincidents.io.load.load_incidents`.
    strict
        Stop at the first problem (:class:`SchemaError`).
    encoding, delimiter
        Override the detected encoding and delimiter.

    Raises
    ------
    SchemaError
        A required ACLED column is missing (the message names the file and column).
    ValidationError
        Bad cells, each named by file, row, ACLED column and value.

    Examples
    --------
    >>> t = read_acled("acled_export.csv")  # a CSV exported from ACLED's data export tool
    >>> t.in_province("Anbar", role="target").frame["incident_id"].tolist()[:1]
    ['IRQ31001']
    """
    from geoincidents.io.load import load_incidents

    raw, name = _read_raw(path, encoding, delimiter)
    folded = _unfold(raw, name)  # the tag's fields; the note without our words
    df, problems = _our_fields(raw, name)
    if problems:
        raise SchemaError(problems[0]) if strict else ValidationError(problems)
    df["date"] = df["date"].dt.strftime("%Y-%m-%d")
    df["sources"], sources = _sources(raw["source"], Path(name).name)
    for column in _FOLDED:
        if column in folded:
            have = folded[column].notna()
            if column not in df:
                df[column] = None
            df[column] = df[column].astype(object)
            df.loc[have, column] = folded.loc[have, column]
    try:
        table = load_incidents(df, sources=sources, claims=False, strict=strict,
                               gazetteer=gazetteer, boundaries=boundaries)
    except (ValidationError, SchemaError) as err:
        found = err.problems if isinstance(err, ValidationError) else [err.problem]
        moved = [Problem(name, p.row, _BACK_TO_ACLED.get(p.column or "", p.column), p.value, p.expected)
                 for p in found]
        if isinstance(err, SchemaError):
            raise SchemaError(moved[0]) from err
        raise ValidationError(moved) from err
    for column in raw.columns:
        table.frame[CARRIED_PREFIX + column] = raw[column].to_numpy(dtype=object)
    return table


# --- writing ------------------------------------------------------------------------


# The writer lives in its own module; it is part of this module's API.
from geoincidents.io.acled_write import write_acled_csv  # noqa: E402  (after the reader it builds on)
