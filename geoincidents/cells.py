"""Parsing input cells into typed incident columns, vectorised: :func:`parse_incident_columns`.

Every parser works on a column's distinct values (:func:`factorize_cells`):
a million rows usually hold a few hundred dates, places and types, so a
million rows parse in seconds. Each bad cell becomes a
:class:`~geoincidents.errors.Problem` naming its row, column and value, and a
missing value in the parsed column; no row is ever dropped.

Examples
--------
>>> parse_date_text("2024-04")
(Timestamp('2024-04-01 00:00:00'), 'month')
"""
from __future__ import annotations

import datetime as _dt
import json
import math
import re
from typing import Any

import numpy as np
import pandas as pd

from geoincidents.errors import Problem
from geoincidents.schema import COLUMNS, DATE_PRECISIONS, ROLES, Column, closest, vocabulary

__all__ = ["parse_date_text", "parse_vocab", "cell_text", "factorize_cells", "parse_incident_columns"]

# The reported local day is kept: a time and a UTC offset are accepted and ignored.
_DATE_RE = re.compile(
    r"^\s*(?:(?P<day>\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?"
    r"|(?P<month>\d{4}-\d{2})|(?P<year>\d{4}))\s*$"
)
_DATE_EXPECTED = ("an ISO date such as 2024-04-21 (or an ISO datetime 2024-04-21T22:15:00, a month 2024-04, "
                  "a year 2024), between 1678 and 2261")


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
    day = pd.to_datetime(iso, format="%Y-%m-%d", errors="coerce")
    # The table keeps datetime64[ns] (docs/architecture.md), which spans 1678-2262 only.
    day = day.where((day >= pd.Timestamp("1678-01-01")) & (day < pd.Timestamp("2262-01-01"))).astype("datetime64[ns]")
    implied = np.select([parts["month"].notna(), parts["year"].notna()], ["month", "year"], "day")
    return day, pd.Series(implied, index=text.index, dtype=object)


def _vocab_key(text: pd.Series) -> pd.Series:
    # "Rocket attack", "rocket-attack" and "ROCKET_ATTACK" all mean rocket_attack.
    return text.astype(object).str.strip().str.lower().str.replace(r"[\s\-]+", "_", regex=True)


def parse_vocab(text: pd.Series, name: str) -> tuple[pd.Series, pd.Series]:
    """Map cells onto vocabulary ``name``: (canonical values or None, mask of bad non-blank cells).

    Examples
    --------
    >>> value, bad = parse_vocab(pd.Series(["Air strike", "bomb", None]), "event_type")
    >>> value.tolist(), bad.tolist()
    (['air_strike', None, None], [False, True, False])
    """
    codes, unique = factorize_cells(text)
    key = _vocab_key(unique)
    good = key.isin(vocabulary(name)).to_numpy(dtype=bool)
    value = _take(key.where(good, None).to_numpy(dtype=object), codes, None)
    bad = _take(~good, codes, False)
    return pd.Series(value, index=text.index, dtype=object), pd.Series(bad, index=text.index)


def cell_text(value: Any) -> str | None:
    """One input cell as text, or None when blank (None, NaN, NA, NaT, only whitespace).

    Examples
    --------
    >>> [cell_text(v) for v in (" ", 3, 2.5, ["s1", "s2"], float("nan"))]
    [None, '3', '2.5', 's1;s2', None]
    """
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, (list, tuple)):
        # JSON writers naturally give `sources` as a list of ids.
        return ";".join(str(v) for v in value) or None
    if isinstance(value, pd.Timestamp):
        return value.isoformat()
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)


def factorize_cells(column: pd.Series) -> tuple[np.ndarray, pd.Series]:
    """Codes per row (-1 for blank) and the distinct cells as text.

    Every parser works on the distinct values only: a million rows usually
    hold a few hundred dates, places and types, so parsing stays cheap.
    """
    codes, unique = pd.factorize(column, use_na_sentinel=True)
    if pd.api.types.is_string_dtype(getattr(unique, "dtype", object)) and pd.api.types.infer_dtype(unique) == "string":
        return codes, pd.Series(np.asarray(unique, dtype=object), dtype=object)
    text = [cell_text(v) for v in unique]
    blank = np.array([t is None for t in text], dtype=bool)
    if blank.any():
        # A cell that only looks filled (whitespace, NaN inside an object column) is blank.
        codes = np.where((codes >= 0) & blank[np.maximum(codes, 0)], -1, codes)
    return codes, pd.Series(text, dtype=object)


def _take(values: np.ndarray, codes: np.ndarray, fill: Any) -> np.ndarray:
    """Per-row values from per-unique ones; code -1 (blank) gives ``fill``."""
    extended = np.empty(len(values) + 1, dtype=values.dtype if fill is not None or values.dtype != bool else object)
    extended[:-1] = values
    extended[-1] = fill
    return extended[codes]


class _Collector:
    """Problems of one table, with the file path and the row numbering fixed."""

    def __init__(self, path: str | None, raw: pd.DataFrame) -> None:
        self.path = path
        self.raw = raw
        self.problems: list[Problem] = []

    def add(self, mask: pd.Series | np.ndarray, column: str, expected: Any) -> None:
        """Record a problem for each True row of ``mask``; ``expected`` may be a per-value callable."""
        positions = np.flatnonzero(np.asarray(mask, dtype=bool))
        values = self.raw[column] if column in self.raw else None
        for pos in positions:
            value = values.iat[pos] if values is not None else None
            if value is not None and not isinstance(value, str) and pd.isna(value):
                value = None
            text = expected(value) if callable(expected) else expected
            self.problems.append(Problem(self.path, int(pos) + 1, column, value, text))

    def add_one(self, pos: int, column: str, expected: str) -> None:
        mask = np.zeros(len(self.raw), dtype=bool)
        mask[pos] = True
        self.add(mask, column, expected)


def _vocab_expected(name: str, column: str):
    allowed = vocabulary(name)

    def expected(value: Any) -> str:
        hint = closest(value, allowed)
        guess = f"did you mean {hint!r}? " if hint else ""
        return f"{guess}{column} must be one of: {', '.join(allowed)}"

    return expected


def _numbers(column: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(numbers per row, NaN if blank or bad; bad-text mask; given mask)."""
    if pd.api.types.is_numeric_dtype(column.dtype) and not pd.api.types.is_bool_dtype(column.dtype):
        number = column.astype("float64").to_numpy(dtype=float, na_value=np.nan)
        given = ~np.isnan(number)
        return number, np.zeros(len(column), dtype=bool), given
    codes, unique = factorize_cells(column)
    parsed = pd.to_numeric(unique.str.strip(), errors="coerce").astype(float).to_numpy()
    number = _take(parsed, codes, np.nan)
    given = codes >= 0
    return number, given & np.isnan(number), given


def parse_incident_columns(raw: pd.DataFrame, *, path: str | None = None) -> tuple[pd.DataFrame, list[Problem]]:
    """Parse raw cells (text, or numbers/dates from typed inputs; NA for blank) into typed input columns.

    Returns every input column of :data:`COLUMNS` (absent ones all-missing) and
    the problems found cell by cell; cross-row checks (duplicates, references)
    are the loader's. Rows are never dropped: a bad cell becomes missing.
    """
    n = len(raw)
    col = _Collector(path, raw)
    out: dict[str, Any] = {}
    given: dict[str, np.ndarray] = {}
    for c in COLUMNS:
        if c.name not in raw:
            given[c.name] = np.zeros(n, dtype=bool)
            out.update(_absent(c, n))
            continue
        column = raw[c.name]
        text_dtype = isinstance(column.dtype, pd.StringDtype)
        if c.kind in ("lat", "lon", "count"):
            number, bad, has = _numbers(column)
        elif c.kind == "text" and text_dtype and _mostly_distinct(column):
            # Free text that rarely repeats (notes) is converted once rather than hashed.
            out[c.name] = column.to_numpy(dtype=object, na_value=None)
            given[c.name] = out[c.name] != None  # noqa: E711 - elementwise
            continue
        else:
            if c.kind in ("id", "ref") and text_dtype:
                column = column.str.strip()
                column = column.where(column != "")
            codes, unique = factorize_cells(column)
            has = codes >= 0
        given[c.name] = has
        if c.required:
            col.add(~has, c.name, f"{c.name} is required; fill it in")
        if c.kind in ("text", "idlist"):
            out[c.name] = _take(unique.to_numpy(dtype=object), codes, None)
        elif c.kind in ("id", "ref"):
            # Text columns were stripped above, by Arrow; other inputs are stripped here, per distinct value.
            stripped = unique if text_dtype else unique.str.strip()
            out[c.name] = _take(stripped.where(stripped != "", None).to_numpy(dtype=object), codes, None)
            if c.kind == "id":
                _check_unique(codes, len(unique), c.name, col)
        elif c.kind == "vocab":
            key = _vocab_key(unique)
            good = key.isin(vocabulary(c.vocabulary)).to_numpy(dtype=bool)
            out[c.name] = _take(key.where(good, None).to_numpy(dtype=object), codes, None)
            col.add(has & ~_take(good, codes, True).astype(bool), c.name, _vocab_expected(c.vocabulary, c.name))
        elif c.kind == "date":
            day, implied = _parse_dates(unique)
            out[c.name] = _take(day.to_numpy(dtype="datetime64[ns]"), codes, np.datetime64("NaT", "ns"))
            col.add(has & pd.isna(out[c.name]), c.name, _DATE_EXPECTED)
            if c.name == "date":
                out["_date_implied"] = _take(implied.to_numpy(dtype=object), codes, "day")
        elif c.kind in ("lat", "lon"):
            limit = 90 if c.kind == "lat" else 180
            word = "latitude" if c.kind == "lat" else "longitude"
            col.add(bad, c.name, f"a decimal {word} such as 33.8")
            outside = ~np.isnan(number) & ~(np.abs(number) <= limit)
            col.add(outside, c.name, f"a {word} between -{limit} and {limit} (are lat and lon swapped?)")
            out[c.name] = np.where(outside, np.nan, number)
        elif c.kind == "count":
            col.add(bad, c.name, "a whole number of people (0, 1, 2, ...); leave blank when unknown")
            with np.errstate(invalid="ignore"):
                wrong = ~np.isnan(number) & ((number < 0) | (number != np.floor(number)) | (number > 2**53))
            col.add(wrong, c.name, "a non-negative whole number of people (0, 1, 2, ...); leave blank when unknown")
            out[c.name] = pd.array(np.where(wrong | np.isnan(number), np.nan, number), dtype="Float64").round().astype("Int64")
        elif c.kind in ("time", "timezone", "projectiles"):
            from geoincidents import spans

            parse = {"time": spans.parse_times, "timezone": spans.parse_timezones,
                     "projectiles": _parse_projectiles}[c.kind]
            parsed, good, expected_text = parse(unique)
            if c.kind == "projectiles":
                low, high, ranged = parsed
                if f"{c.name}_high" in raw:
                    # The table has a high column (our exports do): a single number is only the low value.
                    high = np.where(ranged, high, np.nan)
                out[c.name] = pd.array(_take(low, codes, np.nan), dtype="Float64").astype("Int64")
                out["_" + c.name + "_high"] = _take(high, codes, np.nan)
            else:
                out[c.name] = _take(np.asarray(parsed, dtype=object), codes, None)
            col.add(has & ~_take(np.asarray(good, dtype=bool), codes, True).astype(bool), c.name, expected_text)
        else:  # pragma: no cover - columns.csv and this function change together
            raise AssertionError(f"column kind {c.kind!r} of {c.name!r} has no parser")
    frame = pd.DataFrame({k: (v if isinstance(v, pd.api.extensions.ExtensionArray) or v.dtype != object
                              else pd.Series(v, dtype=object, index=raw.index, copy=False)) for k, v in out.items()},
                         index=raw.index, copy=False)
    _fill_projectile_highs(frame)
    _check_dates(frame, col)
    _check_span(frame, col)
    _check_pairs(frame, given, col)
    implied = frame.pop("_date_implied")
    frame["date_precision"] = frame["date_precision"].where(frame["date_precision"].notna(), implied).astype(object)
    return frame, col.problems


def _mostly_distinct(column: pd.Series, *, sample: int = 10_000) -> bool:
    head = column.iloc[:sample]
    return head.nunique() > len(head) // 2


def _absent(c: Column, n: int) -> dict[str, Any]:
    """The all-missing values of a column the input does not have."""
    if c.kind == "date":
        implied = {"_date_implied": np.full(n, "day", dtype=object)} if c.name == "date" else {}
        return {c.name: np.full(n, np.datetime64("NaT", "ns")), **implied}
    if c.kind in ("lat", "lon"):
        return {c.name: np.full(n, np.nan)}
    if c.kind in ("count", "projectiles"):
        return {c.name: pd.array(np.full(n, np.nan), dtype="Float64").astype("Int64")}
    return {c.name: np.full(n, None, dtype=object)}


def _check_unique(codes: np.ndarray, size: int, column: str, col: _Collector) -> None:
    # One extra zero so that code -1 (blank) reads a count of 0.
    counts = np.append(np.bincount(codes[codes >= 0], minlength=size), 0)
    first_row: dict[int, int] = {}
    for pos in np.flatnonzero(counts[codes] > 1):
        code = int(codes[pos])
        if code in first_row:
            col.add_one(int(pos), column, f"a unique {column}; row {first_row[code]} has the same id")
        else:
            first_row[code] = int(pos) + 1


def _check_dates(frame: pd.DataFrame, col: _Collector) -> None:
    # A month-only date cannot claim to be known to the day.
    rank = {p: i for i, p in enumerate(DATE_PRECISIONS)}
    given = frame["date_precision"].map(rank)
    implied = frame["_date_implied"].map(rank)
    col.add(
        (given.notna() & (given < implied) & frame["date"].notna()).to_numpy(dtype=bool),
        "date_precision",
        lambda v: f"at least the precision the date is written with (the date has no day); use month or year, not {v!r}",
    )


_PROJECTILES_RE = re.compile(r"^\s*(\d{1,9})\s*(?:(\+)|[-–—]\s*(\d{1,9}))?\s*$")
_PROJECTILES_EXPECTED = "a number of projectiles such as 5, a range 5-8, or 5+ for at least five; blank when unknown"


def _parse_projectiles(unique: pd.Series) -> tuple[tuple[np.ndarray, np.ndarray, np.ndarray], np.ndarray, str]:
    """Distinct projectile-count cells to (low, high, is a range); high NaN after "5+".

    Examples
    --------
    >>> (low, high, _), good, _ = _parse_projectiles(pd.Series(["5", "5+", "5-8", "8-5", "many"]))
    >>> low.tolist()[:3], high.tolist()[:3], good.tolist()
    ([5.0, 5.0, 5.0], [5.0, nan, 8.0], [True, True, True, False, False])
    """
    parts = unique.astype(str).str.extract(_PROJECTILES_RE)
    low = pd.to_numeric(parts[0], errors="coerce").to_numpy(dtype=float)
    high = np.where(parts[1].notna(), np.nan, pd.to_numeric(parts[2], errors="coerce").fillna(parts[0].astype(float)))
    high = np.asarray(high, dtype=float)
    good = ~np.isnan(low) & ~(high < low)
    ranged = parts[2].notna().to_numpy()
    return (np.where(good, low, np.nan), np.where(good, high, np.nan), ranged), good, _PROJECTILES_EXPECTED


def _fill_projectile_highs(frame: pd.DataFrame) -> None:
    # A range (5-8) or a single number (5) in a projectile count gives its high value unless the
    # _high column says otherwise; "5+" leaves it blank (no upper bound reported).
    for name in [c for c in frame.columns if c.startswith("_") and c.endswith("_high")]:
        high = frame.pop(name)
        target = name[1:]
        if target in frame:
            filled = frame[target].astype("Float64").where(frame[target].notna(), high.astype("Float64"))
            frame[target] = filled.round().astype("Int64")


def _check_span(frame: pd.DataFrame, col: _Collector) -> None:
    before = (frame["date_end"] < frame["date"]).fillna(False).to_numpy(dtype=bool)
    col.add(before, "date_end", "a last day on or after date (swap them if they are reversed)")


def _check_pairs(frame: pd.DataFrame, given: dict[str, np.ndarray], col: _Collector) -> None:
    for role in ROLES:
        has_lat, has_lon = given[f"{role}_lat"], given[f"{role}_lon"]
        col.add(has_lat & ~has_lon, f"{role}_lat", f"{role}_lat together with {role}_lon; give both or neither")
        col.add(has_lon & ~has_lat, f"{role}_lon", f"{role}_lon together with {role}_lat; give both or neither")
    for low in ("fatalities", "injured", "launched", "intercepted", "impacted"):
        high = f"{low}_high"
        less = (frame[high] < frame[low]).fillna(False).to_numpy(dtype=bool)
        col.add(
            less, high,
            lambda v, low=low: f"{low}_high at least {low} (the low value); swap them if they are reversed",
        )
