"""The incident table's input columns, their vocabularies, and the cell parsers.

The columns, event types, statuses and precisions are data
(``geoincidents/data/columns.csv``, ``vocabularies.csv``, ``precisions.csv``),
read once with :mod:`importlib.resources`; the loader, the docs
(:func:`columns_markdown`) and the CLI (``geoincidents validate --columns``)
all read them from here.

:func:`parse_incident_columns` turns a table of raw text cells (``None`` for a
blank) into typed columns plus a list of :class:`~geoincidents.errors.Problem`,
vectorised over whole columns so that a million rows parse in seconds.

Examples
--------
>>> "rocket_attack" in EVENT_TYPES
True
>>> parse_date_text("2024-04")
(Timestamp('2024-04-01 00:00:00'), 'month')
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np
import pandas as pd
from rapidfuzz import process

from geoincidents.errors import Problem

__all__ = [
    "Column",
    "COLUMNS",
    "COLUMN_NAMES",
    "REQUIRED_COLUMNS",
    "DERIVED_COLUMNS",
    "SOURCE_COLUMNS",
    "CLAIM_COLUMNS",
    "EVENT_TYPES",
    "EVENT_GROUPS",
    "STATUSES",
    "PRECISIONS",
    "DATE_PRECISIONS",
    "ROLES",
    "vocabulary",
    "closest",
    "columns_frame",
    "columns_markdown",
    "parse_date_text",
    "parse_vocab",
    "parse_incident_columns",
]

ROLES = ("launch", "target")

#: Columns computed by the loader (never typed in); accepted and recomputed when
#: a table written by us is read back.
DERIVED_COLUMNS = (
    "launch_place_id", "target_place_id", "launch_match", "target_match",
    "launch_country", "launch_admin1", "launch_admin1_name",
    "target_country", "target_admin1", "target_admin1_name",
    "cross_border", "range_km", "bearing_deg", "category", "geometry",
)
SOURCE_COLUMNS = ("source_id", "outlet", "published", "title", "file")
CLAIM_COLUMNS = ("incident_id", "source_id", "status", "assertion")


@dataclass(frozen=True)
class Column:
    """One input column: ``kind`` selects the parser (id, date, vocab, text, lat, lon, count, ref, idlist)."""

    name: str
    kind: str
    required: bool
    vocabulary: str | None
    description: str


def _read_csv(name: str) -> list[dict[str, str]]:
    text = resources.files("geoincidents").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


COLUMNS: tuple[Column, ...] = tuple(
    Column(r["name"], r["kind"], r["required"] == "yes", r["vocabulary"] or None, r["description"])
    for r in _read_csv("columns.csv")
)
COLUMN_NAMES = tuple(c.name for c in COLUMNS)
REQUIRED_COLUMNS = tuple(c.name for c in COLUMNS if c.required)

_VOCAB_ROWS = _read_csv("vocabularies.csv")


def vocabulary(name: str) -> tuple[str, ...]:
    """The allowed values of one vocabulary (``event_type``, ``status``, ``precision``, ``date_precision``).

    Examples
    --------
    >>> vocabulary("status")[:3]
    ('reported', 'claimed', 'attributed')
    """
    values = tuple(r["value"] for r in _VOCAB_ROWS if r["vocabulary"] == name)
    if not values:
        known = sorted({r["vocabulary"] for r in _VOCAB_ROWS})
        raise KeyError(f"vocabulary {name!r} is unknown; expected one of {known}")
    return values


EVENT_TYPES = vocabulary("event_type")
EVENT_GROUPS = {r["value"]: r["group"] for r in _VOCAB_ROWS if r["vocabulary"] == "event_type"}
STATUSES = vocabulary("status")
PRECISIONS = vocabulary("precision")
DATE_PRECISIONS = vocabulary("date_precision")


def closest(value: Any, choices: tuple[str, ...] | list[str], *, cutoff: float = 60) -> str | None:
    """The choice most like ``value`` (rapidfuzz WRatio ≥ ``cutoff``), or None.

    Examples
    --------
    >>> closest("lanch_place", COLUMN_NAMES)
    'launch_place'
    """
    if value is None or not choices:
        return None
    hit = process.extractOne(str(value), list(choices), score_cutoff=cutoff)
    return hit[0] if hit else None


def columns_frame() -> pd.DataFrame:
    """The input columns as a DataFrame (name, kind, required, allowed, description) for docs and the CLI."""
    return pd.DataFrame(
        {
            "name": [c.name for c in COLUMNS],
            "kind": [c.kind for c in COLUMNS],
            "required": [c.required for c in COLUMNS],
            "allowed": [", ".join(vocabulary(c.vocabulary)) if c.vocabulary else "" for c in COLUMNS],
            "description": [c.description for c in COLUMNS],
        }
    )


def columns_markdown() -> str:
    """The input columns as a Markdown table (for README/docs).

    Examples
    --------
    >>> columns_markdown().splitlines()[2].startswith("| incident_id |")
    True
    """
    lines = ["| column | required | allowed values | meaning |", "| --- | --- | --- | --- |"]
    for row in columns_frame().itertuples():
        lines.append(f"| {row.name} | {'yes' if row.required else ''} | {row.allowed} | {row.description} |")
    return "\n".join(lines)


# --- cell parsers -----------------------------------------------------------

# The reported local day is kept: a time and a UTC offset are accepted and ignored.
_DATE_RE = re.compile(
    r"^\s*(?:(?P<day>\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?"
    r"|(?P<month>\d{4}-\d{2})|(?P<year>\d{4}))\s*$"
)
_DATE_EXPECTED = "an ISO date such as 2024-04-21 (or an ISO datetime 2024-04-21T22:15:00, a month 2024-04, a year 2024)"


def parse_date_text(text: Any) -> tuple[pd.Timestamp, str]:
    """Parse one date cell; return (day, implied precision) or raise ValueError.

    Examples
    --------
    >>> parse_date_text("2024-04-21T23:30:00-05:00")
    (Timestamp('2024-04-21 00:00:00'), 'day')
    """
    day, precision = _parse_dates(pd.Series([text], dtype=object))
    if pd.isna(day.iloc[0]):
        raise ValueError(f"date {text!r} is not {_DATE_EXPECTED}")
    return day.iloc[0], precision.iloc[0]


def _parse_dates(text: pd.Series) -> tuple[pd.Series, pd.Series]:
    parts = text.astype(object).where(text.notna(), "").astype(str).str.extract(_DATE_RE)
    iso = parts["day"].fillna(parts["month"] + "-01").fillna(parts["year"] + "-01-01")
    day = pd.to_datetime(iso, format="%Y-%m-%d", errors="coerce").astype("datetime64[ns]")
    implied = np.select([parts["month"].notna(), parts["year"].notna()], ["month", "year"], "day")
    return day, pd.Series(implied, index=text.index, dtype=object)


def _vocab_key(text: pd.Series) -> pd.Series:
    # "Rocket attack", "rocket-attack" and "ROCKET_ATTACK" all mean rocket_attack.
    return text.str.strip().str.lower().str.replace(r"[\s\-]+", "_", regex=True)


def parse_vocab(text: pd.Series, name: str) -> tuple[pd.Series, pd.Series]:
    """Map cells onto vocabulary ``name``: (canonical values or None, mask of bad non-blank cells)."""
    allowed = vocabulary(name)
    key = _vocab_key(text.astype(object))
    good = key.isin(allowed)
    value = key.where(good, None).astype(object)
    return value, text.notna() & ~good


class _Collector:
    """Problems of one table, with the file path and the row numbering fixed."""

    def __init__(self, path: str | None, raw: pd.DataFrame) -> None:
        self.path = path
        self.raw = raw
        self.problems: list[Problem] = []

    def add(self, mask: pd.Series | np.ndarray, column: str, expected: Any) -> None:
        """Record a problem for each True row of ``mask``; ``expected`` may be a per-value callable."""
        positions = np.flatnonzero(np.asarray(mask, dtype=bool))
        values = self.raw[column].to_numpy(dtype=object) if column in self.raw else None
        for pos in positions:
            value = values[pos] if values is not None else None
            text = expected(value) if callable(expected) else expected
            self.problems.append(Problem(self.path, int(pos) + 1, column, value, text))


def _vocab_expected(name: str, column: str):
    allowed = vocabulary(name)

    def expected(value: Any) -> str:
        hint = closest(value, allowed)
        guess = f"did you mean {hint!r}? " if hint else ""
        return f"{guess}{column} must be one of: {', '.join(allowed)}"

    return expected


def _numbers(text: pd.Series) -> tuple[pd.Series, pd.Series]:
    number = pd.to_numeric(text.astype(object).str.strip(), errors="coerce").astype(float)
    return number, text.notna() & number.isna()


def parse_incident_columns(raw: pd.DataFrame, *, path: str | None = None) -> tuple[pd.DataFrame, list[Problem]]:
    """Parse raw text cells (object columns, None for blank) into typed input columns.

    Returns every input column of :data:`COLUMNS` (absent ones all-missing) and
    the problems found cell by cell; cross-row checks (duplicates, references)
    are the loader's. Rows are never dropped: a bad cell becomes missing.
    """
    n = len(raw)
    col = _Collector(path, raw)
    blank = pd.Series([None] * n, index=raw.index, dtype=object)
    out: dict[str, pd.Series] = {}
    for c in COLUMNS:
        text = raw[c.name] if c.name in raw else blank
        if c.required and c.name in raw:
            col.add(text.isna(), c.name, f"{c.name} is required; fill it in")
        if c.kind in ("text", "idlist"):
            out[c.name] = text.astype(object)
        elif c.kind in ("id", "ref"):
            out[c.name] = text.astype(object).str.strip().replace("", None).astype(object)
        elif c.kind == "vocab":
            value, bad = parse_vocab(text, c.vocabulary)
            col.add(bad, c.name, _vocab_expected(c.vocabulary, c.name))
            out[c.name] = value
        elif c.kind == "date":
            day, implied = _parse_dates(text)
            col.add(text.notna() & day.isna(), c.name, _DATE_EXPECTED)
            out[c.name] = day
            out["_date_implied"] = implied
        elif c.kind in ("lat", "lon"):
            number, bad = _numbers(text)
            limit = 90 if c.kind == "lat" else 180
            col.add(bad, c.name, f"a decimal {'latitude' if c.kind == 'lat' else 'longitude'} such as 33.8")
            outside = number.notna() & ~(number.abs() <= limit)
            word = "latitude" if c.kind == "lat" else "longitude"
            col.add(outside, c.name, f"a {word} between -{limit} and {limit} (are lat and lon swapped?)")
            out[c.name] = number.where(~outside)
        elif c.kind == "count":
            number, bad = _numbers(text)
            col.add(bad, c.name, "a whole number of people (0, 1, 2, ...); leave blank when unknown")
            wrong = number.notna() & ((number < 0) | (number != np.floor(number)) | (number > 2**53))
            col.add(wrong, c.name, "a non-negative whole number of people (0, 1, 2, ...); leave blank when unknown")
            out[c.name] = number.where(~wrong).round().astype("Int64")
        else:  # pragma: no cover - columns.csv and this function change together
            raise AssertionError(f"column kind {c.kind!r} of {c.name!r} has no parser")
    frame = pd.DataFrame(out, index=raw.index)
    _check_dates(frame, raw, col)
    _check_pairs(frame, raw, col)
    implied = frame.pop("_date_implied")
    frame["date_precision"] = frame["date_precision"].where(frame["date_precision"].notna(), implied).astype(object)
    return frame, col.problems


def _check_dates(frame: pd.DataFrame, raw: pd.DataFrame, col: _Collector) -> None:
    # A month-only date cannot claim to be known to the day.
    rank = {p: i for i, p in enumerate(DATE_PRECISIONS)}
    given = frame["date_precision"].map(rank)
    implied = frame["_date_implied"].map(rank)
    col.add(
        given.notna() & (given < implied) & frame["date"].notna(),
        "date_precision",
        lambda v: f"at least the precision the date is written with (the date has no day); use month or year, not {v!r}",
    )


def _check_pairs(frame: pd.DataFrame, raw: pd.DataFrame, col: _Collector) -> None:
    for role in ROLES:
        lat, lon = raw.get(f"{role}_lat"), raw.get(f"{role}_lon")
        has_lat = lat.notna() if lat is not None else pd.Series(False, index=raw.index)
        has_lon = lon.notna() if lon is not None else pd.Series(False, index=raw.index)
        col.add(has_lat & ~has_lon, f"{role}_lat", f"{role}_lat together with {role}_lon; give both or neither")
        col.add(has_lon & ~has_lat, f"{role}_lon", f"{role}_lon together with {role}_lat; give both or neither")
    for low in ("fatalities", "injured"):
        high = f"{low}_high"
        less = (frame[high] < frame[low]).fillna(False).astype(bool)
        col.add(
            less, high,
            lambda v, low=low: f"{low}_high at least {low} (the low value); swap them if they are reversed",
        )
