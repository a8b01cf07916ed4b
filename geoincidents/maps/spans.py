"""The days an incident's date stands for, and how a span of days is written.

A date reported to the week or the month stands for all of it; a ``date_end``
(an incident reported over several days) extends the span. The scene holds
the spans (days since 1970-01-01); the time filter, the timeline and the PNG's
title all read them from there.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["date_spans", "date_texts", "span_text"]

_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")
_EPOCH = np.datetime64("1970-01-01", "D")


def _days(values: pd.Series) -> np.ndarray:
    d = pd.to_datetime(values, errors="coerce").to_numpy(dtype="datetime64[D]")
    return np.where(np.isnat(d), np.nan, (d - _EPOCH).astype("int64").astype("float64"))


def date_spans(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """First and last day (days since 1970-01-01, NaN if undated) of each incident's date.

    Examples
    --------
    >>> f = pd.DataFrame({"date": pd.to_datetime(["2024-01-01", "2024-04-15"]), "date_precision": ["month", "week"]})
    >>> [a.tolist() for a in date_spans(f)]
    [[19723.0, 19828.0], [19753.0, 19834.0]]
    """
    from geoincidents.spans import span_end  # the one rule for how a span ends

    start = pd.to_datetime(frame["date"], errors="coerce").dt.normalize()
    dated = pd.DataFrame({"date": start}, index=frame.index)
    for column in ("date_precision", "date_end"):
        if column in frame:
            dated[column] = frame[column]
    day0, day1 = _days(start), _days(span_end(dated))
    return day0, day1


def _iso(day: float) -> str:
    return str(_EPOCH + np.timedelta64(int(day), "D"))


def date_texts(frame: pd.DataFrame, day0: np.ndarray) -> np.ndarray:
    """How each incident's date reads in popups and lists: '2024-04-21', 'week of 2024-04-15', '2024-01 (month)'."""
    prec = frame["date_precision"] if "date_precision" in frame else pd.Series("day", index=frame.index)
    prec = pd.Series(prec.astype(object).where(prec.notna(), "day").to_numpy())
    known = np.isfinite(day0)
    iso = pd.Series(np.where(known, (_EPOCH + np.nan_to_num(day0).astype("int64")).astype(str), ""))
    out = iso.where(prec.ne("week"), "week of " + iso)
    out = out.where(prec.ne("month"), iso.str[:7] + " (month)")
    out = out.where(prec.ne("year"), iso.str[:4] + " (year)")
    if "date_end" in frame:
        last = _days(frame["date_end"])
        later = np.isfinite(last) & known & (last > np.nan_to_num(day0))
        if later.any():
            out[later] = out[later] + " to " + (_EPOCH + last[later].astype("int64")).astype(str)
    out[~known] = "date unknown"
    return out.to_numpy(dtype=object)


def span_text(first: float, last: float) -> str:
    """'1 January – 22 April 2024' for a span of days since 1970.

    Examples
    --------
    >>> span_text(19723, 19835)
    '1 January – 22 April 2024'
    >>> span_text(19814, 19843)
    '1–30 April 2024'
    >>> span_text(19719, 19724)
    '28 December 2023 – 2 January 2024'
    """
    if not (np.isfinite(first) and np.isfinite(last)):
        return "dates unknown"
    a, b = pd.Timestamp(_iso(first)), pd.Timestamp(_iso(last))
    if a == b:
        return f"{a.day} {_MONTHS[a.month - 1]} {a.year}"
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {_MONTHS[a.month - 1]} {a.year}"
    start = f"{a.day} {_MONTHS[a.month - 1]}" + ("" if a.year == b.year else f" {a.year}")
    return f"{start} – {b.day} {_MONTHS[b.month - 1]} {b.year}"
