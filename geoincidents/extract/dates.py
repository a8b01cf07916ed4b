"""Date expressions in report text, anchored to the publication date.

Absolute dates ("January 20", "20 January 2024", "April 1") take their year
from the publication date (the latest such day not after it); weekday names
("on Saturday", "Monday's") are the latest such day on or before the
publication date; relative phrases ("yesterday", "late last week", "earlier
this month", "a day earlier") come from ``data/extract_dates.csv``, anchored
to the publication date or to the last date the text gave. Each result
carries its ``date_precision`` (day, week, month, year).

dateparser was tried for this and left out: its relative parsing anchors to
"now" per call and it has no notion of week or month precision, which is
what a draft incident needs; the rules here are a few dozen lines of data.

Examples
--------
>>> from datetime import date
>>> from geoincidents.extract.text import tokenize
>>> [(d.date.isoformat(), d.precision) for d in find_dates(tokenize("On Saturday, late last week, on January 20"),
...                                                          published=date(2024, 4, 22))]
[('2024-04-20', 'day'), ('2024-04-15', 'week'), ('2024-01-20', 'day')]
"""
from __future__ import annotations

import calendar
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Sequence

from geoincidents.extract import lexicon
from geoincidents.extract.text import Token
from geoincidents.spans import local_date

__all__ = ["DateMention", "find_dates", "publication_day", "clock_day"]

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS.pop("may", None)  # "may" is far more often the verb; "May 3" is still read below
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
#: Arabic script has no capitals: its weekday names are read as written (Monday = 0).
_WEEKDAYS_ARABIC = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5,
                    "الأحد": 6}
_WEEKDAYS.update(_WEEKDAYS_ARABIC)
_ABBREVIATED = frozenset({*(name.lower() for name in calendar.month_abbr if name), "sept"})
_MONTHS["sept"] = 9
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


@dataclass(frozen=True)
class DateMention:
    """A date expression: token span (in the token list given), the date and its precision."""

    first: int
    last: int
    date: date
    precision: str
    text: str
    span_days: int = 0  # the expression runs over this many more days ("between 18 and 20 October": 2)
    note: str = ""  # the other day a careful reader could pick, and why (the draft's notes carry it)
    night: int = 0  # a night phrase: +1 dated to its evening ("last night"), -1 to its morning ("overnight")


def publication_day(published: date | datetime | None, countries: Sequence[str]) -> date | None:
    """The day a report was published, as its readers' clocks read it.

    A date is that day. A timestamp (aware; see ``report._as_published``) is the day it falls on in the zone of
    the country the report names most (the first named on a tie; ``data/country_timezones.csv``), so a report
    stamped 22:05 UTC on Monday that tells of "the early hours of Tuesday" in Baghdad is Tuesday's: its weekdays
    and "yesterday" count from Tuesday 1 October, not from Monday.

    >>> from datetime import timezone
    >>> publication_day(datetime(2024, 9, 30, 22, 5, tzinfo=timezone.utc), ["IQ", "IQ", "US"])
    datetime.date(2024, 10, 1)
    """
    if not isinstance(published, datetime):
        return published
    named = [c for c in countries if c]
    counted = Counter(named)
    country = max(counted, key=lambda c: (counted[c], -named.index(c))) if counted else None
    return local_date(published, country)


def _day_number(token: Token | None) -> int | None:
    """The day of the month a token gives: "3", "3rd", "21st"."""
    if token is None:
        return None
    text = token.text.lower()
    digits = text[:-2] if text[-2:] in ("st", "nd", "rd", "th") else text
    return int(digits) if digits.isdecimal() and len(digits) <= 2 and 1 <= int(digits) <= 31 else None


#: "early October", "in mid-February", "late in January", "the end of January": a third of the month, its first
#: and last day (the last third runs to the month's end).
_PART_OF_MONTH = {"early": (1, 10), "beginning": (1, 10), "start": (1, 10), "mid": (11, 20), "middle": (11, 20),
                  "late": (21, 31), "end": (21, 31)}


def _part_of_month(lowered: Sequence[str], i: int) -> tuple[int, int, int] | None:
    """The part of the month a month name at token i is qualified by: (first token, first day, last day)."""
    before = list(lowered[max(0, i - 3):i])
    for words in (before[-1:], before[-2:], before[-3:]):
        if not words:
            continue
        head = words[0]
        rest = words[1:]
        if head in _PART_OF_MONTH and rest in ([], ["-"], ["in"], ["of"]):
            first, last = _PART_OF_MONTH[head]
            return i - len(words), first, last
    return None


def _month_of(token: Token, following: Token | None) -> int | None:
    lower = token.lower
    if lower in _MONTHS and (token.text[0].isupper()):
        return _MONTHS[lower]
    if lower == "may" and token.text == "May" and _day_number(following) is not None:
        return 5
    return None


def _year_for(month: int, day: int, published: date | None) -> int | None:
    if published is None:
        return None
    year = published.year
    try:
        if date(year, month, day) > published + timedelta(days=2):
            year -= 1
    except ValueError:
        return None
    return year


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _absolute(tokens: Sequence[Token], i: int, published: date | None) -> tuple[int, date, str] | None:
    """A month-based date starting at token i: (end index, date, precision)."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    month = _month_of(tokens[i], nxt)
    day_before = i > 0 and (_day_number(tokens[i - 1]) is not None or (
        i > 1 and tokens[i - 1].lower == "of" and not tokens[i - 2].text.isdecimal() and _day_number(tokens[i - 2]) is not None))
    if month is None:
        return None
    end = i + 1
    day = None
    if nxt is not None and nxt.text == "." and i + 2 < len(tokens) and tokens[i].lower in _ABBREVIATED:
        nxt, end = tokens[i + 2], i + 2  # "Feb. 2": the abbreviation's full stop
    if _day_number(nxt) is not None:
        day, end = _day_number(nxt), end + 1
    year = None
    j = end + (1 if end < len(tokens) and tokens[end].text == "," else 0)
    if j < len(tokens) and tokens[j].text.isdecimal() and len(tokens[j].text) == 4:
        year, end = int(tokens[j].text), j + 1
    if day is None and day_before:
        return None  # "20 January" is read from its day token
    if year is None:
        year = _year_for(month, day or 1, published)
        if year is None:
            return None
    if day is None:
        found = _safe(year, month, 1)
        return (end, found, "month") if found else None
    found = _safe(year, month, day)
    return (end, found, "day") if found else None


def _day_first(tokens: Sequence[Token], i: int, published: date | None) -> tuple[int, date] | None:
    """ "20 January", "20 January 2024", "the 3rd of January" starting at token i: (end index, date)."""
    day = _day_number(tokens[i])
    if day is None or i + 1 >= len(tokens):
        return None
    at = i + 2 if tokens[i + 1].lower == "of" and i + 2 < len(tokens) and not tokens[i].text.isdecimal() else i + 1
    month = _month_of(tokens[at], None) or (5 if tokens[at].text == "May" else None)
    if month is None:
        return None
    end = at + 1
    if end < len(tokens) and tokens[end].text.isdecimal() and len(tokens[end].text) == 4:
        year, end = int(tokens[end].text), end + 1
    else:
        year = _year_for(month, day, published)
    found = _safe(year, month, day) if year else None
    return None if found is None else (end, found)


_RANGE_JOINS = frozenset({"and", "to", "-", "–", "through"})


def _day_range(tokens: Sequence[Token], i: int, published: date | None) -> tuple[int, date, int] | None:
    """ "18 and 20 October", "18-20 October", "October 18 to 20" at token i: (end index, first day, days after it)."""
    def day(k: int) -> int | None:
        return int(tokens[k].text) if k < len(tokens) and tokens[k].text.isdecimal() and 1 <= int(tokens[k].text) <= 31 \
            else None

    if day(i) is not None and i + 3 < len(tokens) and tokens[i + 1].lower in _RANGE_JOINS and day(i + 2) is not None:
        month, first, last, end = _month_of(tokens[i + 3], None), day(i), day(i + 2), i + 4
    elif i + 3 < len(tokens) and day(i + 1) is not None and tokens[i + 2].lower in _RANGE_JOINS and day(i + 3) is not None:
        month, first, last, end = _month_of(tokens[i], tokens[i + 1]), day(i + 1), day(i + 3), i + 4
    else:
        return None
    if month is None or first is None or last is None or last <= first:
        return None
    if end < len(tokens) and tokens[end].text.isdecimal() and len(tokens[end].text) == 4:
        year, end = int(tokens[end].text), end + 1
    else:
        year = _year_for(month, first, published)
    start = _safe(year, month, first) if year else None
    return None if start is None or _safe(start.year, month, last) is None else (end, start, last - first)


def _relative(anchor: str, days: int, precision: str, published: date | None, previous: date | None) -> date | None:
    if anchor in ("previous", "after"):
        base = previous or published
        return None if base is None else base + timedelta(days=days)
    if published is None:
        return None
    if anchor == "yearly":  # "Christmas Day": days holds the month and day (1225), in the year up to publication
        month, day = divmod(days, 100)
        year = _year_for(month, day, published)
        return None if year is None else _safe(year, month, day)
    if anchor == "published":
        return published + timedelta(days=days)
    monday = published - timedelta(days=published.weekday())
    if anchor == "this_week":
        return monday
    if anchor == "last_week":
        return monday - timedelta(days=7)
    if anchor == "this_month":
        return published.replace(day=1)
    if anchor == "last_month":
        return (published.replace(day=1) - timedelta(days=1)).replace(day=1)
    if anchor in ("weekend", "last_weekend"):
        # The Saturday of the latest weekend up to the publication day ("over the weekend"), or of the latest one
        # over before it ("last weekend": in a Sunday report, the weekend before).
        saturday = published - timedelta(days=(published.weekday() - 5) % 7)
        return saturday - timedelta(days=7) if anchor == "last_weekend" and saturday + timedelta(days=1) >= published \
            else saturday
    if anchor == "last_year":
        return date(published.year - 1, 1, 1)
    raise ValueError(f"unknown date anchor {anchor!r} in extract_dates.csv; expected published, previous, after, "
                     "yearly, this_week, last_week, weekend, last_weekend, this_month, last_month or last_year")


def clock_day(mention: DateMention, clock: str) -> date:
    """The day of a clock time (HH:MM) told with a night phrase: the small hours of "last night" are the day after
    its evening, the evening hours of "overnight" (read as the day after midnight) the day before; else the day read.

    >>> night = DateMention(0, 1, date(2024, 4, 20), "day", "overnight", night=-1)
    >>> clock_day(night, "02:30"), clock_day(night, "23:00")
    (datetime.date(2024, 4, 20), datetime.date(2024, 4, 19))
    """
    if mention.night > 0 and clock < "06:00":
        return mention.date + timedelta(days=1)
    if mention.night < 0 and clock >= "18:00":
        return mention.date - timedelta(days=1)
    return mention.date


def _alternative(text: str, when: date, other: date, why: str) -> str:
    """The note a draft carries when a careful reader could pick another day (the draft keeps the one read)."""
    return f"Date: '{text}' read as {when.isoformat()}; {other.isoformat()} is possible ({why})"


def find_dates(tokens: Sequence[Token], *, published: date | None, previous: date | None = None,
               published_told: bool = False) -> list[DateMention]:
    """Every date expression in *tokens*, left to right.

    *previous* is the last date the text gave before these tokens ("a day
    earlier" counts from it); dates found here update it as they go.
    *published_told*: the text before has told the publication day itself, so
    "early on Sunday" right after "Saturday night" in a Saturday report is the
    next day.
    """
    lowered = [t.lower for t in tokens]
    phrases = lexicon.date_phrases()
    found: list[DateMention] = []
    links: set[int] = set()  # the "a week after" links found
    i = 0
    while i < len(tokens):
        hit = phrases.match_at(lowered, i)
        if hit is not None and not (hit[1][0] == "after" and i == 0):
            # ("A day after the strike, officials said ..." dates nothing: the strike is the day told before.)
            end, (anchor, days, precision, span, alt) = hit
            if lowered[i] == "last" and i > 0 and lowered[i - 1] in ("the", "past"):
                i = end  # "over the last year", "in the past last week": a stretch of time, not a date
                continue
            when = _relative(anchor, days, precision, published, previous)
            if when is not None:
                text = " ".join(t.text for t in tokens[i:end])
                note = _alternative(text, when, when + timedelta(days=alt), "near midnight") if alt else ""
                night = (1 if alt > 0 else -1) if alt and ({"night", "overnight", "tonight", "nuit"} & set(lowered[i:end])) \
                    else 0
                found.append(DateMention(i, end, when, precision, text, span, note, night))
                if anchor == "after":
                    links.add(len(found) - 1)
                previous = when
            i = end
            continue
        span = _day_range(tokens, i, published)
        if span is not None:
            end, when, days = span
            found.append(DateMention(i, end, when, "day", " ".join(t.text for t in tokens[i:end]), days))
            previous = when
            i = end
            continue
        day_first = _day_first(tokens, i, published)
        if day_first is not None:
            end, when = day_first
            found.append(DateMention(i, end, when, "day", " ".join(t.text for t in tokens[i:end])))
            previous = when
            i = end
            continue
        absolute = _absolute(tokens, i, published)
        if absolute is not None:
            end, when, precision = absolute
            part = _part_of_month(lowered, i) if precision == "month" else None
            if part is not None:
                # "late in January": the last third of the month, known to about a week (date_end its last day).
                first, day, last = part
                month_end = calendar.monthrange(when.year, when.month)[1]
                found.append(DateMention(first, end, when.replace(day=day), "week",
                                         " ".join(t.text for t in tokens[first:end]), min(last, month_end) - day))
            else:
                found.append(DateMention(i, end, when, precision, " ".join(t.text for t in tokens[i:end])))
            previous = when
            i = end
            continue
        if lowered[i] in _WEEKDAYS and (tokens[i].text[0].isupper() or lowered[i] in _WEEKDAYS_ARABIC) \
                and published is not None:
            back = (published.weekday() - _WEEKDAYS[lowered[i]]) % 7
            if back == 0 and i > 0 and lowered[i - 1] == "last":
                back = 7  # "last Sunday" in a report of a Sunday: the Sunday before
            when = published - timedelta(days=back)
            note = ""
            if back == 6 and published_told and previous == published and "early" in lowered[max(0, i - 2):i]:
                # "Iran launched drones at Israel on Saturday night ... explosions over Tel Aviv early on Sunday", in a
                # report of that Saturday: the small hours after the night told, not the Sunday six days before.
                when = published + timedelta(days=1)
                note = _alternative(tokens[i].text, when, published - timedelta(days=6),
                                    f"the {tokens[i].text} before the report's day")
            if (i + 1 < len(tokens) and lowered[i + 1] == "night") or "late" in lowered[max(0, i - 2):i]:
                note = _alternative(tokens[i].text, when, when + timedelta(days=1), "late at night: after midnight")
            found.append(DateMention(i, i + 1, when, "day", tokens[i].text, 0, note))
            previous = when
        i += 1
    # "the fifth launch since Sunday", "47 attacks since October 17": where a count starts, not an event's day
    # (unless it tells the event it starts from: "the third such strike since October 26, when two F-16s bombed").
    def since(d: DateMention) -> bool:  # "since Sunday", "since early February"
        before = lowered[max(0, d.first - 2):d.first]
        return ("since" in before[-1:] or before[:1] == ["since"] and before[-1] in ("early", "late", "mid")) \
            and "when" not in lowered[d.last:d.last + 2]

    def told_again(k: int) -> bool:
        # "less than a week after Tehran's attack last weekend": the day the link counts to is told right after it.
        if k not in links or k + 1 >= len(found):
            return False
        gap = lowered[found[k].last:found[k + 1].first]
        return len(gap) <= 12 and not set(gap) & {",", ";", ".", "when"}

    return [d for k, d in enumerate(found) if not since(d) and not told_again(k)]
