"""When an incident happened: its time of day, time zone, UTC timestamp, and how its date span ends.

This module owns the time rules; the parser (:mod:`geoincidents.cells`), the
loader, the queries and the maps call it.

- ``date`` is the **local day at the target**. ``time`` (HH:MM) is given in
  ``timezone`` (an IANA name or a UTC offset) or, when that is blank, in the
  target's own zone (``data/country_timezones.csv``). The UTC ``timestamp`` is
  the instant whose clock reads ``time`` in that zone and whose day at the
  target is ``date``: a strike reported at 16:00 EST that fell after midnight
  in Iraq keeps Iraq's day.
- A date span ends at ``date_end`` when given, else at the end of what the
  date's precision covers (the whole week, month or year): :func:`span_end`.
  Filters keep an incident whose span overlaps the asked range.

Examples
--------
>>> parse_times(pd.Series(["16:00", "7:5", "24:10", "21:30:00"]))[0]
['16:00', None, None, '21:30']
>>> parse_timezones(pd.Series(["EST", "UTC+3", "+03:00", "Mars/Olympus"]))[0]
['EST', '+03:00', '+03:00', None]
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
import zoneinfo
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from geoincidents.datatables import read_table

__all__ = ["parse_times", "parse_timezones", "timestamps", "last_day", "span_end", "bound", "local_date", "day_at",
           "COUNTRY_ZONES"]

_TIME_RE = re.compile(r"^\s*([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?\s*$")
_OFFSET_RE = re.compile(r"^\s*(?:UTC|GMT)?\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?\s*$", re.IGNORECASE)
_TIME_EXPECTED = "a 24-hour time HH:MM such as 16:00 (local at the target unless timezone says otherwise)"
_ZONE_EXPECTED = ("a time zone: an IANA name such as Asia/Baghdad or America/New_York, or a UTC offset "
                  "such as +03:00 or UTC-5")


def _country_zones() -> dict[str, str]:
    return {r["country"]: r["timezone"] for r in read_table("country_timezones.csv")}


#: The local time zone of each country in the region (ISO alpha-2 -> IANA name).
COUNTRY_ZONES = _country_zones()


def parse_times(unique: pd.Series) -> tuple[list[Any], np.ndarray, str]:
    """Distinct time cells to ``"HH:MM"`` text (None when bad), the good mask, and what was expected."""
    parts = unique.astype(str).str.extract(_TIME_RE)
    good = parts[0].notna().to_numpy()
    values = [f"{h}:{m}" if ok else None for h, m, ok in zip(parts[0], parts[1], good)]
    return values, good, _TIME_EXPECTED


def _zone_name(text: str) -> str | None:
    text = text.strip()
    if text.upper() in ("UTC", "GMT", "Z"):
        return "UTC"
    m = _OFFSET_RE.match(text)
    if m:
        hours, minutes = int(m.group(2)), int(m.group(3) or 0)
        if hours > 14 or minutes > 59:
            return None
        sign = "-" if m.group(1) in "-−" else "+"
        return f"{sign}{hours:02d}:{minutes:02d}"
    try:
        zoneinfo.ZoneInfo(text)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None
    return text


def parse_timezones(unique: pd.Series) -> tuple[list[Any], np.ndarray, str]:
    """Distinct time-zone cells to a canonical name (IANA name, ``UTC`` or ``+03:00``), None when unknown."""
    values = [_zone_name(str(v)) for v in unique]
    good = np.array([v is not None for v in values], dtype=bool)
    return values, good, _ZONE_EXPECTED


@lru_cache(maxsize=512)
def _tz(name: str) -> dt.tzinfo:
    if name[0] in "+-":
        sign = -1 if name[0] == "-" else 1
        return dt.timezone(sign * dt.timedelta(hours=int(name[1:3]), minutes=int(name[4:6])))
    return zoneinfo.ZoneInfo(name)


def local_date(instant: dt.datetime, country: str | None) -> dt.date:
    """The day an aware *instant* falls on in *country*'s zone (``data/country_timezones.csv``); its own day when
    the country has no zone there.

    >>> local_date(dt.datetime(2024, 9, 30, 22, 5, tzinfo=dt.timezone.utc), "IQ")
    datetime.date(2024, 10, 1)
    """
    zone = COUNTRY_ZONES.get(country or "")
    return instant.astimezone(_tz(zone)).date() if zone else instant.date()


def day_at(day: dt.date, time: str, zone: str, country: str | None) -> dt.date:
    """The day in *country*'s zone of the instant whose clock reads *time* ("HH:MM") on *day* in *zone*: US strikes
    told at 8:45 p.m. Eastern Time on Monday 25 December 2023 fell on Tuesday 26 December in Iraq.

    >>> day_at(dt.date(2023, 12, 25), "20:45", "America/New_York", "IQ")
    datetime.date(2023, 12, 26)
    """
    at = dt.datetime(day.year, day.month, day.day, int(time[:2]), int(time[3:5]), tzinfo=_tz(zone))
    return local_date(at, country)


def _instant(day: pd.Timestamp, time: str, zone: str, target_zone: str | None) -> pd.Timestamp:
    """The UTC instant reading ``time`` in ``zone`` whose day at the target is ``day``."""
    hour, minute = int(time[:2]), int(time[3:5])
    tz = _tz(zone)
    local_day = _tz(target_zone) if target_zone else tz
    for shift in (0, -1, 1):
        d = (day + pd.Timedelta(days=shift)).date()
        at = dt.datetime(d.year, d.month, d.day, hour, minute, tzinfo=tz)
        if at.astimezone(local_day).date() == day.date():
            return pd.Timestamp(at).tz_convert("UTC")
    return pd.Timestamp(dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)).tz_convert("UTC")


def timestamps(frame: pd.DataFrame, target_country: Any) -> pd.Series:
    """The UTC ``timestamp`` of each row (NaT without a time, or without a zone to read it in).

    Computed once per distinct (date, time, timezone, target country).
    """
    n = len(frame)
    out = np.full(n, np.datetime64("NaT", "ns"), dtype="datetime64[ns]")
    times = frame["time"].to_numpy(object)
    has = np.flatnonzero(pd.notna(times) & frame["date"].notna().to_numpy())
    if len(has):
        country = np.asarray(target_country, dtype=object)
        keys = pd.DataFrame({"d": frame["date"].to_numpy()[has], "t": times[has],
                             "z": frame["timezone"].to_numpy(object)[has], "c": country[has]})
        codes, uniques = pd.factorize(pd.MultiIndex.from_frame(keys.astype(object).where(keys.notna(), "")))
        got = []
        for day, time, zone, cc in uniques:
            target_zone = COUNTRY_ZONES.get(cc) if cc else None
            zone = zone or target_zone
            got.append(np.datetime64("NaT", "ns") if not zone else
                       _instant(pd.Timestamp(day), time, zone, target_zone).tz_localize(None).to_datetime64())
        out[has] = np.array(got, dtype="datetime64[ns]")[codes]
    return pd.Series(pd.DatetimeIndex(out).tz_localize("UTC"), index=frame.index, name="timestamp")


def last_day(day: dt.date, precision: str, date_end: dt.date | None = None) -> dt.date:
    """The last day of one incident's date span (the rule :func:`span_end` applies to a table): the end of the week,
    month or year its date covers, or ``date_end`` if later.

    >>> last_day(dt.date(2024, 7, 1), "month"), last_day(dt.date(2024, 1, 21), "week", dt.date(2024, 1, 31))
    (datetime.date(2024, 7, 31), datetime.date(2024, 1, 31))
    """
    end = {"week": day + dt.timedelta(days=6), "month": day.replace(day=calendar.monthrange(day.year, day.month)[1]),
           "year": dt.date(day.year, 12, 31)}.get(precision, day)
    return max(end, date_end) if date_end is not None else end


def span_end(frame: pd.DataFrame) -> pd.Series:
    """The last day of each incident: the end of the week, month or year its date covers, or ``date_end`` if later."""
    date = frame["date"]
    precision = frame["date_precision"] if "date_precision" in frame else pd.Series("day", index=frame.index)
    precision = precision.astype(object).where(precision.notna(), "day")
    end = date.copy()
    week, month, year = (precision == p for p in ("week", "month", "year"))
    end = end.where(~week.fillna(False), date + pd.Timedelta(days=6))
    end = end.where(~month.fillna(False), date + pd.offsets.MonthEnd(0))
    end = end.where(~year.fillna(False), date + pd.offsets.YearEnd(0))
    if "date_end" in frame:
        last = pd.to_datetime(frame["date_end"], errors="coerce")
        # A reported last day extends the span; it never shortens what the date's precision covers.
        end = end.where(~(last > end).fillna(False), last)
    return end


def bound(value: Any, name: str, *, end: bool) -> pd.Timestamp:
    """A query date bound; an ``end`` given as a month or year covers all of it.

    Raises ValueError naming ``name`` for text that is no date.

    Examples
    --------
    >>> bound("2024-02", "end", end=True)
    Timestamp('2024-02-29 00:00:00')
    """
    from geoincidents.cells import parse_date_text

    if isinstance(value, pd.Timestamp) or hasattr(value, "isoformat"):
        return pd.Timestamp(value).normalize()
    day, precision = parse_date_text(value)
    if end and precision == "month":
        return day + pd.offsets.MonthEnd(0)
    if end and precision == "year":
        return day + pd.offsets.YearEnd(0)
    return day
