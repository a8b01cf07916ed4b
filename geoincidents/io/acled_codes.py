"""ACLED's codes and ours, both ways: event types, precisions, and dates as exports carry them.

- Event types: ``geoincidents/data/acled_event_types.csv``. Reading, the first
  row whose ``sub_event_type`` matches (and whose ``notes_pattern``, if any,
  matches the notes) gives our ``event_type``; writing, the ``write_back``
  row of each of our types gives ACLED's ``disorder_type``, ``event_type``
  and ``sub_event_type``. An attack of unknown weapon (``other``) is written
  as a Battles / Armed clash, which is political violence, never as a
  strategic development.
- Countries: ``geoincidents/data/acled_countries.csv`` gives, for each ISO
  3166-1 alpha-2 code of the region, ACLED's ``iso`` (the numeric code),
  ``country`` (the name as ACLED writes it) and ``region``.
- ``geo_precision`` 1 / 2 / 3 ↔ ``town`` / ``near`` / ``province`` (ACLED's
  codebook: the named town, a place near it or part of a region, only the
  province); ``time_precision`` 1 / 2 / 3 ↔ ``day`` / ``week`` / ``month``.
- Dates (:func:`parse_dates`): ISO ``2024-04-21``, ACLED's ``21 April 2024``,
  Excel's ``21-Apr-24`` and numeric ``21/04/2024`` or ``04/21/2024``. Whether
  a numeric column is day-first or month-first is decided once for the whole
  column from its distinct values; a column where nothing decides it is
  refused with the reason.

Examples
--------
>>> parse_dates(pd.Series(["9-May-20", "2024-04-21", "01 November 2024"]))[0].dt.strftime("%Y-%m-%d").tolist()
['2020-05-09', '2024-04-21', '2024-11-01']
>>> parse_dates(pd.Series(["21/04/2024", "03/04/2024"]))[0].dt.strftime("%Y-%m-%d").tolist()
['2024-04-21', '2024-04-03']
>>> parse_dates(pd.Series(["03/04/2024"]))[1]
'dates such as "03/04/2024" could be day/month or month/day and no date in the column decides it; write them as 2024-04-03 (ISO) or as 3 April 2024'
"""
from __future__ import annotations

import io
import re
from datetime import datetime
from functools import lru_cache
from importlib import resources

import pandas as pd

from geoincidents.datatables import read_table

__all__ = [
    "event_type_rules", "event_types", "acled_event_pairs", "acled_countries", "parse_dates",
    "GEO_PRECISION", "GEO_PRECISION_BACK", "TIME_PRECISION", "TIME_PRECISION_BACK",
]

GEO_PRECISION = {"1": "town", "2": "near", "3": "province"}
GEO_PRECISION_BACK = {"exact": 1, "town": 1, "near": 2, "district": 2, "province": 3, "country": 3}
TIME_PRECISION = {"1": "day", "2": "week", "3": "month"}
TIME_PRECISION_BACK = {"day": 1, "week": 2, "month": 3, "year": 3}

# Formats whose reading is never in doubt, tried in order.
_FIXED = ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%d-%b-%y", "%d-%b-%Y", "%d %b %y", "%B %d, %Y", "%b %d, %Y",
          "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y/%m/%d")
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})$")


@lru_cache(maxsize=1)
def event_type_rules() -> pd.DataFrame:
    """The rows of ``data/acled_event_types.csv`` with their notes patterns compiled (``regex``)."""
    rules = pd.DataFrame(read_table("acled_event_types.csv"))
    rules["regex"] = [re.compile(p, re.IGNORECASE) if p else None for p in rules["notes_pattern"]]
    return rules


@lru_cache(maxsize=1)
def acled_countries() -> pd.DataFrame:
    """``data/acled_countries.csv`` indexed by ISO 3166-1 alpha-2 code: ACLED's ``iso``, ``name`` and ``region``."""
    text = resources.files("geoincidents").joinpath("data", "acled_countries.csv").read_text(encoding="utf-8")
    return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False).set_index("country")


def event_types(sub: pd.Series, notes: pd.Series) -> pd.Series:
    """Our event_type for each ACLED ``sub_event_type`` (None when the table has no row for it)."""
    out = pd.Series(None, index=sub.index, dtype=object)
    text = notes.fillna("").astype(str)
    for rule in event_type_rules().itertuples():
        todo = out.isna() & (sub == rule.sub_event_type)
        if rule.regex is not None and todo.any():
            todo &= text.map(lambda t, r=rule.regex: bool(r.search(t)))
        out[todo] = rule.event_type
    return out


def acled_event_pairs() -> pd.DataFrame:
    """ACLED's ``disorder_type``, ``event_type``, ``sub_event_type`` written for each of our event types (the index)."""
    rules = event_type_rules()
    back = rules[rules["write_back"] == "yes"].set_index("event_type")
    return back[["disorder_type", "acled_event_type", "sub_event_type"]]


def _fixed(value: str) -> datetime | None:
    for fmt in _FIXED:
        try:
            return datetime.strptime(value, fmt)
        except ValueError:
            continue
    return None


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # ACLED starts in 1997: 97-99 are the 1990s
        year += 1900 if year >= 90 else 2000
    return year


def parse_dates(text: pd.Series) -> tuple[pd.Series, str | None]:
    """Dates of an ACLED ``event_date`` column, and the reason the column was refused (else None).

    Values no format reads are NaT (the caller reports them by row); a
    numeric column that could be either day/month or month/day is all NaT
    with the reason.
    """
    values = text.dropna().astype(str).str.strip()
    distinct = pd.unique(values)
    parsed: dict[str, datetime | None] = {}
    numeric: dict[str, tuple[int, int, int]] = {}
    for value in distinct:
        found = _fixed(value)
        parsed[value] = found
        if found is None and (m := _NUMERIC.match(value)):
            numeric[value] = (int(m.group(1)), int(m.group(2)), _year(m.group(3)))
    reason = None
    if numeric:
        first_big = any(a > 12 for a, _, _ in numeric.values())
        second_big = any(b > 12 for _, b, _ in numeric.values())
        undecided = any(a != b for a, b, _ in numeric.values())
        if first_big and second_big:
            example = next(v for v, (a, _, _) in numeric.items() if a > 12), next(v for v, (_, b, _) in numeric.items() if b > 12)
            reason = (f"dates such as {example[0]!r} (day first) and {example[1]!r} (month first) mix two orders "
                      "in one column; write them as ISO dates (2024-04-21)")
        elif not first_big and not second_big and undecided:
            example = next(v for v, (a, b, _) in numeric.items() if a != b)
            a, b, y = numeric[example]
            reason = (f'dates such as "{example}" could be day/month or month/day and no date in the column decides it; '
                      f"write them as {y:04d}-{b:02d}-{a:02d} (ISO) or as {a} {datetime(2000, b, 1):%B} {y}")
        else:
            day_first = first_big or not second_big
            for value, (a, b, y) in numeric.items():
                day, month = (a, b) if day_first else (b, a)
                try:
                    parsed[value] = datetime(y, month, day)
                except ValueError:
                    parsed[value] = None
    if reason:
        return pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns]"), reason
    stripped = text.where(text.isna(), text.astype(str).str.strip())
    out = pd.to_datetime(stripped.map(parsed), errors="coerce")
    return out.astype("datetime64[ns]"), None
