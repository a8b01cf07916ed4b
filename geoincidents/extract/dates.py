"""Date expressions in report text, anchored to the publication date.

Absolute dates ("January 20", "20 January 2024", "April 1", "late in January";
:mod:`.monthdates`) take their year from the publication date (the latest such
day not after it); weekday names
("on Saturday", "Monday's") are the latest such day on or before the
publication date; relative phrases ("yesterday", "late last week", "earlier
this month", "a day earlier") come from ``data/extract_dates.csv``, anchored
to the publication date or to the last date the text gave. Each result
carries its ``date_precision`` (day, week, month, year). Weekday and month
names and the words for yesterday and today in the other languages reports
come in ("mardi", "Salı günü", "ביום שלישי", "3. März", "dün") are CLDR's,
read by :mod:`.datewords`.

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
import functools
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any, Sequence

from geoincidents.extract import datewords, lexicon, monthdates
from geoincidents.extract.clauses import clock_at
from geoincidents.extract.counts import time_of_day
from geoincidents.extract.lexicon import word_phrases, words
from geoincidents.extract.names import QUOTE_MARKS
from geoincidents.extract.particles import APOSTROPHES, is_arabic, is_hebrew
from geoincidents.extract.text import Token
from geoincidents.spans import local_date

__all__ = ["APPOSED_DAY_OPENERS", "DateMention", "quoted", "find_dates", "dates_alone", "publication_day", "clock_day",
           "a_stamp", "counts_from", "a_day_heading", "a_timeline_entry",
           "clock_heading", "newest_first", "tells_its_event"]


def _year_written(tokens: Sequence[Token], first: int, end: int) -> bool:
    """Whether a date expression (tokens *first* to *end*) writes its year (four digits)."""
    return any(t.text.isdecimal() and len(t.text) == 4 for t in tokens[first:end])


def tells_its_event(lowered: Sequence[str], last: int) -> bool:
    """Whether the day ending at token *last* is followed by "when" and the event of that day ("since Feb. 2, when
    bombers hit 85 targets"): the day of an event told, not only where a count starts."""
    return "when" in lowered[last:last + 2]


def counts_from(precision: str) -> bool:
    """Whether a date told to *precision* is a day the next relative date ("hours later", "a day earlier") may count
    from: a day, never a week or month ("a series of attacks in recent days ... Hours later" counts from no day)."""
    return precision == "day"


#: English weekday names, read when capitalised; other languages' come from ``data/extract_date_words.csv``
#: (:mod:`.datewords`), read as written (Monday = 0).
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
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
    aside: bool = False  # "came a day after drones were launched": the day of an earlier event, counted from the one told
    today: bool = False  # counted from the publication day ("today", "yesterday", "this morning")
    back: bool = False  # "Five days after that killing, ...": counted from the event told last, the sentence's day


#: Words that join two days of one month as a list ("9 and 11 November", "9 y 11 de noviembre"), not a span.
_TWO_DAYS_JOINERS = frozenset({"and", "y", "et", "und", "e", "و"})
#: Words before a pair of days that make it a span ("between 18 and 20 October", "entre el 9 y el 11").
_SPAN_OPENERS = frozenset({"between", "entre", "zwischen", "tra", "fra", "بين"})


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


def filed_day(sentences: Sequence, published: date | None) -> date | None:
    """The day a report's dateline gives, when it opens with one ("صنعاء أول أبريل 2025 (شينخوا)", "BAGHDAD, April 1
    (Xinhua) --": the city, the day, a news agency in brackets, ``news_agency`` in extract_words.csv) and that day is
    up to two days before the publication day: the report's "today" and its weekdays count from it (a Xinhua report
    filed in Sanaa on Tuesday evening and stamped Wednesday tells Tuesday's strikes as "today"). None otherwise."""
    if published is None:
        return None
    for sentence in sentences[:3]:
        lowered, tokens = sentence.lowered, sentence.tokens
        for k in range(1, min(len(lowered) - 2, _DATELINE_TOKENS)):
            if not lexicon.agency_bracket_at(lowered, k):
                continue
            first = _line_start(sentence, k)
            told = [d for d in find_dates(tokens[first:k], published=published)
                    if d.precision == "day" and any(ch.isdigit() for ch in d.text)]
            if told and 0 <= (published - told[-1].date).days <= 2:
                return told[-1].date
            return None
    return None


#: How far into a sentence a dateline's agency bracket may stand.
_DATELINE_TOKENS = 16


def _line_start(sentence, k: int) -> int:
    """The first token of the line of the report that token *k* of *sentence* stands on (a dateline opens a line,
    though a headline with no full stop may share its sentence)."""
    tokens = sentence.tokens
    while k > 0 and "\n" not in sentence.text[tokens[k - 1].end - sentence.start:tokens[k].start - sentence.start]:
        k -= 1
    return k


def a_day_heading(tokens: Sequence[Token], lowered: Sequence[str], dates: Sequence[DateMention],
                  index: int = -1) -> bool:
    """Whether a sentence holds nothing but one day, its weekday and punctuation ("Sunday, November 24", "Monday 12
    June"): a heading, as a liveblog opens each day, that dates what follows it. So does the title of an update
    that names the day it covers (``update_title`` words before the day, the report's first sentence, *index* 0:
    "Iran Update, September 23, 2024 - Lebanon and Israel"), and a numbered statement's heading, as a group's page of
    statements opens each (``numbered_heading`` words and the number before the day: "بيان رقم (2) - الثلاثاء
    09-01-2024"), and a liveblog entry's label before its day ("ORIGINAL ENTRY, OCT 27:")."""
    inside = {k for d in dates for k in range(d.first, d.last)}
    if len({d.date for d in dates}) != 1:
        return False
    if index == 0 and dates[0].precision == "day" and any(
            w in words("update_title") for w in lowered[max(0, dates[0].first - 2):dates[0].first]):
        return True
    # (after the number of a statement: "بيان رقم (1) - السبت 06-01-2024" 'Statement No. (1) - Saturday 06-01-2024')
    numbered = words("numbered_heading")
    # (and after the label of a liveblog's entry: "UPDATE, NOV 6:", "ORIGINAL ENTRY, OCT 27:")
    labels = words("entry_label")
    # (and the clock of the entry after a day told with no year, as a liveblog heads its entries: "12 November, 23:50";
    # not a page's stamp, "16 Aralık 2024 Pazartesi 12:57": :func:`a_stamp`)
    clock: set[int] = set()
    if not any(len(w) == 4 and w.isdigit() for w in lowered):
        clock = {j for k in range(dates[0].last, len(lowered))
                 if clock_at(lowered, k) and lowered[k + 1] == ":" for j in (k, k + 1, k + 2)}
        # (and its half of the day: "December 30, 9:20 pm", "December 26, 11:30 a.m.")
        for k in range(len(lowered)):
            if k - 1 in clock and lowered[k] in _MERIDIEM:
                clock.add(k)
    return all(k in inside or k in clock or not any(c.isalnum() for c in w)
               or _weekday_at(tokens, lowered, k) is not None or _heading_weekday(tokens, lowered, k)
               or (k > dates[0].first and _heading_part(w))
               or (k < dates[0].first and (w in numbered or w.isdigit() or w in labels)) for k, w in enumerate(lowered))


#: English weekdays shortened as a liveblog heads its entries ("Tue, Oct 1, 02:05"): a weekday only in such a heading,
#: where nothing but a day, a clock and marks is written ("Sun", "Sat" and "Wed" are words elsewhere).
_WEEKDAY_SHORT = frozenset({"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"})


def _heading_weekday(tokens: Sequence[Token], lowered: Sequence[str], k: int) -> bool:
    """Whether token *k* is a capitalised shortened English weekday (:data:`_WEEKDAY_SHORT`), as headings write one."""
    return lowered[k] in _WEEKDAY_SHORT and tokens[k].text[:1].isupper()


def _heading_part(word: str) -> bool:
    """Whether *word* names a part of the day a heading may add after its day ("[Sun 19 May, dawn]", "[Tue 7 May,
    late]"): the ``day_part`` and ``time_of_day`` words, or a late, early or night one."""
    return word in words("day_part") or word in words("time_of_day") or word in _LATE_OR_EARLY


#: Words of the hour of a day with no group of their own in the word table.
_LATE_OR_EARLY = frozenset({"late", "early", "later", "night", "overnight"})
#: The words of a clock's half of the day, as tokens ("pm", "a.m." is "a", ".", "m", ".").
_MERIDIEM = frozenset({"am", "pm", "a", "p", "m", "."})


def a_timeline_entry(sentence, dates: Sequence[DateMention]) -> bool:
    """Whether *sentence* opens a timeline's entry: a line that begins with a day and a dash or colon ("Jan. 18 — US
    forces said ...", "12 janvier : ..."), whose day the sentences after it go on with until another is told."""
    return bool(dates) and dates[0].precision == "day" and _opens_its_line(sentence, dates[0])


def _opens_its_line(sentence, d: DateMention) -> bool:
    """Whether the day *d* opens its line of the report with a dash or colon after it ("Jan. 18 — ...", "Nov 27, 2025
    - ..."), or after its weekday in brackets ("16 July (Tue) — ...")."""
    lowered = sentence.lowered
    after = d.last
    if after + 3 < len(lowered) and lowered[after] == "(" and lowered[after + 2] == ")" \
            and (_weekday_at(sentence.tokens, lowered, after + 1) is not None
                 or _heading_weekday(sentence.tokens, lowered, after + 1)):
        after += 3
    # (after a list's bullet too: "- Nov. 17 — ...", "• Nov. 17: ...")
    return all(w in _BULLETS for w in lowered[_line_start(sentence, d.first):d.first]) \
        and after < len(lowered) and lowered[after] in _ENTRY_MARKS


#: The marks that may open a line as a list's bullet before the day of a timeline's entry.
_BULLETS = frozenset({"-", "–", "—", "•", "*", "·", "▪", "◦", "○", "●", "■"})
#: The marks after the day that opens a timeline's entry (a tracker's table-like line too: "07 Nov 2023 | IRAQ | ...").
_ENTRY_MARKS = frozenset({"—", "–", "-", ":", "|"})


def dateline_day(sentence, d: DateMention, published: date | None) -> bool:
    """Whether the day *d* is told by the dateline opening a report ("Jerusalem, Oct 5 Two soldiers were killed ...",
    "BAGHDAD, Jan 28 (Reuters) -", "Baghdad, (APP - 3rd Feb, 2024)", "صنعاء أول أبريل 2025 (شينخوا)"): a day written
    with its digits, up to two days before publication, at the opening of a line of the report's first three
    sentences, after the place filed from and its comma, or its country and a second comma (or before a news
    agency's bracket). It is the day the report
    was filed (:func:`filed_day`), no event's: the events told after it take the days they are told with."""
    if published is None or sentence.index > 2 or d.precision != "day" or not any(c.isdigit() for c in d.text) \
            or not 0 <= (published - d.date).days <= 2:
        return False
    if lexicon.turkish_sentence(sentence.lowered) and any(a in d.text for a in APOSTROPHES):
        return False  # "İsrail, 13 Haziran'da İran'a saldırdı": a day in the locative is told in the sentence, no dateline
    tokens, lowered = sentence.tokens, sentence.lowered
    first = _line_start(sentence, d.first)
    if d.first - first > _DATELINE_TOKENS:
        return False
    if any(lexicon.agency_bracket_at(lowered, k) for k in range(d.last, min(d.last + 3, len(lowered)))):
        return True
    if _opens_its_line(sentence, d) and _year_written(tokens, d.first, d.last) and "|" not in lowered[d.last:d.last + 4]:
        # "Nov 27, 2025 - A rocket strike ... late on Wednesday": a dateline with no place, its year written (not a
        # tracker's entry, its parts between pipes: "05 Nov 2023 | IRAQ | Harir Air Base")
        return True
    # (the Arabic comma too, after a name of Arabic script, which has no capitals: "أربيل، 16 كانون الثاني -")
    comma = next((k for k in range(first + 1, min(first + 4, d.first)) if lowered[k] in (",", "،")), None)
    # (two cities joined by a slash: "DAMASCUS/JERUSALEM, April 3 -")
    if comma is None or not all(t.text[:1].isupper() or t.text == "/" or is_arabic(t.text) for t in tokens[first:comma]):
        return False
    if any(_weekday_at(tokens, lowered, k) is not None for k in range(first, comma)):
        return False  # "On Saturday, January 27, 2024, a militia launched a drone": the event's day, no place filed from
    if d.first == comma + 1:
        return True  # "Jerusalem, Oct 5"
    if d.first - 1 > comma + 1 and lowered[d.first - 1] == "," and d.first - comma <= 4 \
            and all(t.text[:1].isupper() for t in tokens[comma + 1:d.first - 1]):
        return True  # "DEIR EZZOR, Syria, Oct 15 -": the city and its country
    # "Baghdad, (APP - UrduPoint / Pakistan Point News - 3rd Feb, 2024)": the day inside the outlet's bracket
    return lowered[comma + 1] == "(" and ")" in lowered[d.last:d.last + 3] and ")" not in lowered[comma + 2:d.first]


def _days_listed_before(tokens: Sequence[Token], lowered: Sequence[str], i: int) -> list[int]:
    """Token indices of the days' numbers listed with commas right before token *i* ("3, 5, 7 and 19 January": 3 and 5
    before 7), first to last."""
    listed: list[int] = []
    k = i
    while k >= 2 and lowered[k - 1] == "," and monthdates.day_number(tokens[k - 2]) is not None \
            and tokens[k - 2].text.isdecimal():
        k -= 2
        listed.insert(0, k)
    return listed


def _relative(anchor: str, days: int, precision: str, published: date | None, previous: date | None) -> date | None:
    if anchor in ("previous", "after"):
        base = previous or published
        return None if base is None else base + timedelta(days=days)
    if anchor == "previous_weekend":
        # "the previous weekend": the Saturday of the weekend over before the date told last (the story's time, not
        # the report's: "Friday's strikes answered the drone attack of the previous weekend")
        base = previous or published
        if base is None:
            return None
        saturday = base - timedelta(days=(base.weekday() - 5) % 7)
        return saturday - timedelta(days=7) if saturday + timedelta(days=1) >= base else saturday
    if anchor == "that_month":  # "earlier that month": the month of the date told last
        base = previous or published
        return None if base is None else base.replace(day=1)
    if published is None:
        return None
    if anchor == "yearly":  # "Christmas Day": days holds the month and day (1225), in the year up to publication
        month, day = divmod(days, 100)
        year = monthdates.year_for(month, day, published)
        return None if year is None else monthdates.safe_date(year, month, day)
    if anchor == "yearly_weekday":
        # "Thanksgiving": days holds the month, which of its weekdays and the weekday (1143: November's fourth
        # Thursday), in the year up to publication
        month, rest = divmod(days, 100)
        nth, weekday = divmod(rest, 10)
        for year in (published.year, published.year - 1):
            first = date(year, month, 1)
            when = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
            if when <= published + timedelta(days=2):
                return when
        return None
    if anchor == "published":
        return published + timedelta(days=days)
    monday = published - timedelta(days=published.weekday())
    if anchor == "this_week":
        return monday
    if anchor == "last_week":
        # In a Sunday report "last week" is the week that has just run its course, Monday to Saturday (the
        # assassinations of Tuesday and Wednesday told "last week" on the Sunday after): the calendar week begun
        # that Sunday is the new one.
        return monday if published.weekday() == 6 else monday - timedelta(days=7)
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
                     "previous_weekend, that_month, yearly, yearly_weekday, this_week, last_week, weekend, "
                     "last_weekend, this_month, last_month or last_year")


def _latest_told(lowered: Sequence[str], i: int) -> bool:
    """Whether the sentence calls what it dates at token *i* the latest ("The most recent confirmed rocket attack on the
    base took place on Oct. 25", ``latest_told``): the day is the latest up to publication, whatever year the story
    told before."""
    return bool(word_phrases("latest_told").find(lowered[:i]))


def _counted_back_from_the_day_after(found: list[DateMention], tokens: Sequence[Token],
                                     opening: tuple[int, tuple[Any, ...]]) -> list[DateMention]:
    """A sentence that opens with a link counting days ("A week after Iran's assault on Israel, Israel struck Isfahan
    early on Friday", "Three days after the drone attack on Tower 22, US jets hit al-Qaim on Friday"): the event the
    link tells is that many days before the first day the rest of the sentence tells, an aside (without such a day
    the link dates nothing: "A day after the strike, officials said ..." is the strike told before)."""
    end, (anchor, days, precision, span, alt) = opening
    told = next((d for d in found if d.first >= end and d.precision == "day" and not d.aside), None)
    if told is None:
        return found
    text = " ".join(t.text for t in tokens[:end])
    return [DateMention(0, end, told.date + timedelta(days=days), precision, text, span, aside=True), *found]


def _after_that_event(lowered: Sequence[str], k: int) -> bool:
    """Whether a link opening a sentence at token *k* ("Five days after ...") points back with a demonstrative to
    the event told before, its clause closed by a comma ("after that killing,", "after these strikes,")."""
    return k + 2 < len(lowered) and lowered[k] in words("demonstrative") \
        and "," in lowered[k + 2:k + 4] and not {"when", "which", "who"} & set(lowered[k + 1:k + 4])


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
               published_told: bool = False, last_event: date | None = None,
               story: date | None = None, ahead: frozenset[date] = frozenset(),
               covered_week: date | None = None, following: date | None = None) -> list[DateMention]:
    """Every date expression in *tokens*, left to right.

    *story*: the date the text told last, a month with its year included ("since October 2023"): a day told with no
    year after it is of that year when it follows it closely (:func:`monthdates.year_of_the_story`).
    *following*: the next date the text tells with its year, in the sentences just after (:func:`years_told_next`): a
    day told with no year closely before it is of its year (:func:`monthdates.year_before_the_next`).

    *previous* is the last date the text gave before these tokens ("a day
    earlier" counts from it); dates found here update it as they go.
    *last_event*: the day of the event the text told last, which "Five days
    after that killing, ..." counts from (else *previous*).
    *published_told*: the text before has told the publication day itself, so
    "early on Sunday" right after "Saturday night" in a Saturday report is the
    next day.
    *ahead*: the days after the publication day (two at most) the text names by
    their calendar date, as a liveblog begun the evening before does ("Night of
    Saturday 13 to Sunday 14 April"): a weekday that is one of them is that day,
    not the same weekday of the week before.
    *covered_week*: the first day of the week the report covers, as a weekly digest's
    title names it ("Security in Iraq, January 22-28, 2024", :func:`week_covered`):
    its "this week" is that week, not the week it was published in.
    """
    lowered = [t.lower for t in tokens]
    phrases = lexicon.date_phrases()
    found: list[DateMention] = []
    # (a day inside an organisation's name is no date: the Houthis' "موقع 26 سبتمبر" website)
    in_names = {k for start, end, _ in lexicon.entities().find(lowered) for k in range(start, end)}
    opening = None  # "A week after Iran's assault on Israel, Israel struck Isfahan on Friday": the link, counted back
    i = 0
    while i < len(tokens):
        back = False
        if i in in_names:
            i += 1
            continue
        hit = phrases.match_at(lowered, i)
        if hit is not None and hit[1][0] == "after" and i == 0 and _after_that_event(lowered, hit[0]):
            # "Five days after that killing, Iran fired missiles at Ain al-Asad": the sentence's event is that many
            # days after the event told last, which the demonstrative points back to.
            end, (anchor, days, precision, span, alt) = hit
            hit = end, ("previous", -days, precision, span, alt)
            back = True
            if last_event is not None:
                previous = last_event
        if hit is not None and hit[1][0] == "after" and i == 0:  # (not "after that killing": read back above)
            opening = hit
        if hit is not None and not (hit[1][0] == "after" and i == 0):
            # ("A day after the strike, officials said ..." dates nothing: the strike is the day told before.)
            end, (anchor, days, precision, span, alt) = hit
            if lowered[i] == "last" and i > 0 and lowered[i - 1] in ("the", "past"):
                i = end  # "over the last year", "in the past last week": a stretch of time, not a date
                continue
            when = _relative(anchor, days, precision, published, previous)
            if anchor == "this_week" and covered_week is not None:
                when = covered_week  # (a weekly digest's "this week" is the week it covers)
            if when is not None:
                text = " ".join(t.text for t in tokens[i:end])
                note = _alternative(text, when, when + timedelta(days=alt), "near midnight") if alt else ""
                night = (1 if alt > 0 else -1) if alt and (_night_words() & set(lowered[i:end])) else 0
                found.append(DateMention(i, end, when, precision, text, span, note, night, aside=anchor == "after",
                                         today=anchor == "published", back=back))
                if counts_from(precision):
                    previous = when
            i = end
            continue
        alone = _day_of_the_month_alone(tokens, lowered, i, published)
        if alone is not None:
            found.append(DateMention(i, i + 1, alone, "day", tokens[i].text))
            previous = alone
            i += 1
            continue
        written = monthdates.numeric(tokens, i) or monthdates.numeric_no_year(tokens, i, published)
        if written is not None:
            end, when, other = written
            text = "".join(t.text for t in tokens[i:end])
            found.append(DateMention(i, end, when, "day", text, 0,
                                     _alternative(text, when, other, "month first") if other else ""))
            previous = when
            i = end
            continue
        span = monthdates.day_range(tokens, i, published, lowered)
        if span is not None:
            end, when, days = span
            # "on 9 and 11 November", "los días 9 y 11 de noviembre": two days listed apart, each a date of its own
            # (not "between 18 and 20 October", a span; nor two days running, "on 6 and 7 February": one span)
            joined = next((k for k in (i + 1, i + 2) if k < end and lowered[k] in _TWO_DAYS_JOINERS), None)
            if joined is not None and days > 1 and not (i and lowered[i - 1] in _SPAN_OPENERS):
                # (and the days listed before them with commas: "on 3, 7 and 19 January")
                for k in _days_listed_before(tokens, lowered, i):
                    day = monthdates.safe_date(when.year, when.month, monthdates.day_number(tokens[k]))
                    if day is not None and day < when:
                        found.append(DateMention(k, k + 1, day, "day", tokens[k].text))
                found.append(DateMention(i, joined, when, "day", " ".join(t.text for t in tokens[i:joined])))
                found.append(DateMention(joined + 1, end, when + timedelta(days=days), "day",
                                         " ".join(t.text for t in tokens[joined + 1:end])))
            else:
                found.append(DateMention(i, end, when, "day", " ".join(t.text for t in tokens[i:end]), days))
            previous = found[-1].date
            i = end
            continue
        day_first = monthdates.day_first(tokens, i, published, lowered, previous)
        if day_first is not None:
            end, when = day_first
            if _year_written(tokens, i, end):
                story = when  # (the story's year for the days told after it in the sentence)
            elif not _latest_told(lowered, i):
                when = monthdates.year_before_the_next(monthdates.year_of_the_story(when, story, published), following)
            found.append(DateMention(i, end, when, "day", " ".join(t.text for t in tokens[i:end])))
            previous = when
            i = end
            continue
        absolute = monthdates.absolute(tokens, i, published, lowered)
        if absolute is not None:
            end, when, precision = absolute
            if _year_written(tokens, i, end):
                # ("in late September 2022 they shelled ..., and on 28 September missiles struck ...": that year)
                story = when
            elif precision == "day" and not _latest_told(lowered, i):
                when = monthdates.year_before_the_next(monthdates.year_of_the_story(when, story, published), following)
            part = monthdates.part_of_month(lowered, i) if precision == "month" else None
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
        weekday = _weekday_at(tokens, lowered, i) if published is not None else None
        if weekday is not None and lowered[i] not in _WEEKDAYS and _restates(found, lowered, i, weekday[1]):
            i = weekday[0]  # "27 Şubat Salı günü", "le 27 février, mardi": the weekday of the date just told
            continue
        if weekday is not None and not _calendar_date_follows(tokens, lowered, weekday[0], published):
            named, weekday = weekday  # the token after the name, the day (Monday = 0)
            back = (published.weekday() - weekday) % 7
            if back == 0 and ((i > 0 and lowered[i - 1] in words("weekday_last_before"))
                              or (named < len(lowered) and lowered[named] in words("weekday_last_after"))):
                back = 7  # "last Sunday", "dimanche dernier" in a report of a Sunday: the Sunday before
            when = published - timedelta(days=back) + timedelta(days=_local_day_of_a_gmt_weekday(tokens, lowered, i))
            week = next((n for n in (2, 3)
                         if lowered[named:named + n] in (["last", "week"], ["of", "last", "week"])), 0)
            if week:  # "on Thursday last week": that day of the week before the report's, whatever day it was published
                when = published - timedelta(days=published.weekday() + 7 - weekday)
            note = ""
            if back >= 7 - _AHEAD_DAYS and published + timedelta(days=7 - back) in ahead and not week:
                # "Night of Saturday 13 to Sunday 14 April" ... "Sunday morning", in a liveblog dated the 13th: the
                # Sunday the report names, not the one before
                when = published + timedelta(days=7 - back)
                note = _alternative(tokens[i].text, when, published - timedelta(days=back),
                                    f"the {tokens[i].text} before the report's day")
            elif back == 6 and published_told and previous == published and "early" in lowered[max(0, i - 2):i]:
                # "Iran launched drones at Israel on Saturday night ... explosions over Tel Aviv early on Sunday", in a
                # report of that Saturday: the small hours after the night told, not the Sunday six days before.
                when = published + timedelta(days=1)
                note = _alternative(tokens[i].text, when, published - timedelta(days=6),
                                    f"the {tokens[i].text} before the report's day")
            if (named < len(tokens) and lowered[named] in words("night_noun")) \
                    or "late" in lowered[max(0, i - 2):i]:
                note = _alternative(tokens[i].text, when, when + timedelta(days=1), "late at night: after midnight")
            text = " ".join(t.text for t in tokens[i:named + week])
            found.append(DateMention(i, named + week, when, "day", text, 0, note))
            previous = when
            i = named + week
            continue
        i += 1
    if opening is not None:
        found = _counted_back_from_the_day_after(found, tokens, opening)
    # "the fifth launch since Sunday", "47 attacks since October 17": where a count starts, not an event's day
    # (unless it tells the event it starts from: "the third such strike since October 26, when two F-16s bombed").
    def since(d: DateMention) -> bool:  # "since Sunday", "since early February"
        before = lowered[max(0, d.first - 2):d.first]
        return ("since" in before[-1:] or before[:1] == ["since"] and before[-1] in ("early", "late", "mid")
                or _since_a_happening(lowered, d.first) or _since_an_onset(lowered, d.first)) \
            and not tells_its_event(lowered, d.last)

    def told_again(k: int) -> bool:
        # "less than a week after Tehran's attack last weekend": the day the link counts to is told right after it.
        if not found[k].aside or k + 1 >= len(found):
            return False
        gap = lowered[found[k].last:found[k + 1].first]
        return len(gap) <= 12 and not set(gap) & {",", ";", ".", "when"}

    def named_in_brackets(k: int) -> bool:
        # "Overnight (Tuesday) Israeli jets struck", "yesterday (Monday)": the day in brackets names the one counted
        if not found[k].today or k + 1 >= len(found) or found[k + 1].today or found[k + 1].precision != "day":
            return False
        after = found[k + 1]
        return after.first == found[k].last + 1 and lowered[found[k].last] == "(" and lowered[after.last:after.last + 1] == [")"]

    def of_the_next(k: int) -> bool:
        # "בשעות הלילה של מוצאי שבת" 'in the night hours of Saturday night': "הלילה" is the noun 'the night' of the day
        # told right after its "of", not 'tonight'
        return k + 1 < len(found) and found[k].today and lowered[found[k].last:found[k].last + 1] == ["של"] \
            and found[k + 1].first == found[k].last + 1

    def named_after_a_comma(k: int) -> bool:
        # "Hours earlier, on Monday afternoon, drones had gone after the garrison": the day told after the comma
        # names the one counted from the day told before
        if k + 1 >= len(found) or found[k].aside or found[k + 1].precision != "day" or found[k + 1].aside:
            return False
        hit = phrases.match_at(lowered, found[k].first)
        return hit is not None and hit[0] == found[k].last and hit[1][0] == "previous" and hit[1][1] == 0 \
            and lowered[found[k].last:found[k + 1].first] in ([","], [",", "on"])

    found = [d for k, d in enumerate(found) if not told_again(k) and not named_in_brackets(k) and not of_the_next(k)
             and not named_after_a_comma(k)]
    found = _quoted_on_a_day_said(found, lowered, published)
    return [d for d in _spans(_nights(found, lowered, published), lowered) if not since(d) and not _until(lowered, d)]


@functools.lru_cache(maxsize=1024)
def dates_alone(sentence: Any, published: date | None) -> tuple[DateMention, ...]:
    """:func:`find_dates` of one sentence read alone (nothing told before it): what the passes after event finding ask
    of a sentence again and again, read once for each sentence (a :class:`~geoincidents.extract.text.Sentence`, whose
    identity is its key)."""
    return tuple(find_dates(sentence.tokens, published=published))


#: Words that may stand between "until" and the day it runs to ("bis in den Montagmorgen", "hasta el lunes").
_UNTIL_FILLERS = frozenset({"in", "den", "dem", "zum", "zur", "the", "el", "la", "le", "a", "al", "early", "late"})


def _until(lowered: Sequence[str], d: DateMention) -> bool:
    """Whether the day *d* is where something told before ran to ("firefighters fought the blaze until Monday
    morning", "bis in den Montagmorgen", ``until_word``): the end of a stretch, no event's day and no day for the
    story to go on with (a stretch told from its first day, "from Saturday until Monday", is one date already)."""
    k = d.first - 1
    while k >= 0 and d.first - k <= 3 and lowered[k] in _UNTIL_FILLERS:
        k -= 1
    return k >= 0 and lowered[k] in words("until_word")


#: How many words before a day a verb or noun of saying may stand ("said in a statement on Sunday").
_SAID_WORDS = 4


def _quoted_on_a_day_said(found: list[DateMention], lowered: Sequence[str], published: date | None) -> list[DateMention]:
    """ "'US forces conducted strikes today on facilities in eastern Syria,' Austin said in a statement on Sunday", in a
    report of Monday: a day counted from "today" inside a quotation counts from the day it was said, told outside the
    quotation beside a verb of saying, not from the report's."""
    if published is None or not any(d.today for d in found):
        return found
    if sum(w in QUOTE_MARKS for w in lowered) < 2:
        return found
    saying = lexicon.words("statement_verb") | {"statement"}
    said = [d for d in found if not d.today and d.precision == "day" and not quoted(lowered, d.first)
            and d.date < published
            and saying & set(lowered[max(0, d.first - _SAID_WORDS):d.first])]
    if len(said) != 1:
        return found
    shift = said[0].date - published
    return [replace(d, date=d.date + shift, note=f"'{d.text}' counted from the day it was said, {said[0].text}")
            if d.today and quoted(lowered, d.first) else d for d in found]


def quoted(lowered: Sequence[str], k: int) -> bool:
    """Whether token *k* stands inside a quotation: an odd number of quotation marks before it."""
    return sum(w in QUOTE_MARKS for w in lowered[:k]) % 2 == 1


#: Any digit, of any script ("14", "١٤").
_A_DIGIT = re.compile(r"\d")
#: How many days after the publication day a weekday may fall when the report names that day (``find_dates``'s
#: *ahead*).
_AHEAD_DAYS = 2


def week_heading(lowered: Sequence[str], dates: Sequence[DateMention]) -> int | None:
    """How many days past its first a week's heading runs (:data:`_WEEK_SPAN`), when a sentence is only "(The) week
    of" a day ("Week of October 23", as a timeline heads each week's entries), else None."""
    if len(dates) != 1 or dates[0].precision != "day" or dates[0].span_days:
        return None
    opening = [w for w in lowered[:dates[0].first] if w not in (":", "-", "—", "–")]
    rest = [w for w in lowered[dates[0].last:] if w not in (".", ":", ",", "-", "—", "–")]
    return _WEEK_SPAN if opening in (["week", "of"], ["the", "week", "of"]) and not rest else None



def week_covered(sentences: Sequence[Any], published: date | None) -> date | None:
    """The first day of the week a weekly digest covers, when its title (the first sentence) names a span of seven
    days that ends before the publication day or on it ("Security in Iraq, January 22-28, 2024", published on the
    29th); None otherwise."""
    if published is None or not sentences:
        return None
    spans = [d for d in dates_alone(sentences[0], published) if d.span_days == _WEEK_SPAN]
    return spans[0].date if len(spans) == 1 and spans[0].date + timedelta(days=_WEEK_SPAN) <= published else None


#: How many days a week's span runs past its first ("January 22-28").
_WEEK_SPAN = 6


def years_told_next(sentences: Sequence[Any], published: date | None) -> list[date | None]:
    """For each sentence, the first date told with its year (a day or a month, "On December 31, 2019", "in March 2020")
    in the :data:`_NEXT_SENTENCES` sentences after it, else None."""
    told: list[date | None] = []
    for s in sentences:
        if published is None or not _A_DIGIT.search(s.text):
            told.append(None)
            continue
        found = [d for d in dates_alone(s, published)
                 if d.precision in ("day", "month") and _year_written(s.tokens, d.first, d.last)]
        told.append(found[0].date if found else None)
    return [next((d for d in told[k + 1:k + 1 + _NEXT_SENTENCES] if d is not None), None) for k in range(len(told))]


#: How many sentences ahead a date told with its year gives its year to a day told without one.
_NEXT_SENTENCES = 3


def days_ahead(sentences: Sequence[Any], published: date | None) -> frozenset[date]:
    """The days after *published* (up to :data:`_AHEAD_DAYS`) that *sentences* name by their calendar date, with its
    number ("Sunday 14 April" in a liveblog dated Saturday the 13th): what :func:`find_dates` reads their weekdays
    as."""
    if published is None:
        return frozenset()
    # (only sentences with a number are read: most have none)
    return frozenset(d.date for s in sentences if _A_DIGIT.search(s.text) for d in dates_alone(s, published)
                     if d.precision == "day" and _A_DIGIT.search(d.text)
                     and 0 < (d.date - published).days <= _AHEAD_DAYS)


def _weekday_at(tokens: Sequence[Token], lowered: Sequence[str], i: int) -> tuple[int, int] | None:
    """(end index, weekday: Monday = 0) of a weekday's name at token *i*: an English one when capitalised
    ("on Saturday"; "saturday" is too often another word's fragment), another language's as written."""
    if lowered[i] in _WEEKDAYS:
        return (i + 1, _WEEKDAYS[lowered[i]]) if tokens[i].text[0].isupper() else None
    if lowered[i] in _HEBREW_BRACKETED and 0 < i < len(lowered) - 1 and lowered[i - 1] == "(" \
            and lowered[i + 1] == ")":
        return i + 1, _HEBREW_BRACKETED[lowered[i]]
    return datewords.word_at("weekday", lowered, i)


#: Hebrew news names the day in brackets by its bare ordinal, without "יום" ("היום (חמישי)" 'today (Thursday)',
#: "אחר הצהריים (שלישי)" 'this afternoon (Tuesday)'); only there is the bare word a weekday ("חמישי" is 'fifth').
_HEBREW_BRACKETED = {"שני": 0, "שלישי": 1, "רביעי": 2, "חמישי": 3, "שישי": 4, "שבת": 5, "ראשון": 6}


#: Zones a bracketed clock and weekday give after a local time ("2am local time (2230 GMT Friday)")
_UNIVERSAL = frozenset({"gmt", "utc", "zulu"})


def _local_day_of_a_gmt_weekday(tokens: Sequence[Token], lowered: Sequence[str], i: int) -> int:
    """Days from the weekday named at token *i* to the local day, when the weekday is a universal clock's in brackets
    after a local time: "shortly after 2am local time (2230 GMT Friday)" is Saturday where it happened (+1), "at 10 p.m.
    (0300 GMT Tuesday)" in Washington is Monday (-1). 0 otherwise."""
    zone = i - 2 if i >= 2 and lowered[i - 1] == "on" else i - 1  # "(22:30 GMT on Friday)"
    if zone < 1 or lowered[zone] not in _UNIVERSAL:
        return 0
    opening = next((k for k in range(zone - 1, max(-1, zone - 5), -1) if lowered[k] == "("), None)
    if opening is None:
        return 0
    local = time_of_day(_as_written(tokens[max(0, opening - 8):opening]))
    told = _as_written(tokens[opening + 1:zone])
    four_digits = len(told) == 4 and told.isdigit()  # "(2230 GMT Friday)"
    universal = time_of_day(told) or ((f"{told[:2]}:{told[2:]}", "") if four_digits else None)
    if local is None or universal is None or local[1]:
        return 0
    difference = int(local[0][:2]) - int(universal[0][:2])
    return 1 if difference < -12 else -1 if difference > 12 else 0


def a_stamp(tokens: Sequence[Token], found: Sequence[DateMention]) -> bool:
    """Whether a sentence is a page's time stamp: a date written with its digits and a clock, and at most three words
    besides ("08:32 UTC+8, 2025-03-23", "Güncelleme: 24 Aralık 2023 07:00", "16 Aralık 2024 Pazartesi
    12:57"). A stamp tells when the page was written, not the day of the events told after it."""
    if not found or not all(d.precision == "day" and any(c.isdigit() for c in d.text) for d in found):
        return False
    inside = {k for d in found for k in range(d.first, d.last)}
    words = [t for k, t in enumerate(tokens) if k not in inside and t.text[:1].isalpha()]
    return len(words) <= 3 and time_of_day(_as_written(tokens)) is not None


def _as_written(tokens: Sequence[Token]) -> str:
    """The text of *tokens* with a space where the report had one ("10 p.m.", not "10 p . m .")."""
    return "".join(t.text + (" " if k + 1 < len(tokens) and tokens[k + 1].start > t.end else "")
                   for k, t in enumerate(tokens))


def _restates(found: list[DateMention], lowered: Sequence[str], i: int, weekday: int) -> bool:
    """Whether the weekday named at token *i* is that of the calendar date told right before it (Turkish names the
    day after its date: "27 Şubat Salı günü"): a date written with its day's number, then at most a comma. (English
    weekdays are left as they were read: "January 20, Saturday" still counts Saturday back.)"""
    last = found[-1] if found else None
    return last is not None and (last.last == i or last.last == i - 1 and lowered[i - 1] == ",") \
        and last.precision == "day" and last.date.weekday() == weekday and any(c.isdigit() for c in last.text)


def _night_words() -> frozenset[str]:
    return words("night_noun") | words("night_adverb")


#: The parts of a day told of a day of the month alone: "on the night of the 14th", "in the early hours of the 3rd".
_PART_OF_A_DAY = frozenset({"night", "evening", "morning", "afternoon", "hours", "dawn"})


def _day_of_the_month_alone(tokens: Sequence[Token], lowered: Sequence[str], i: int, published: date | None) -> date | None:
    """ "on the 22nd": a day of the month told with no month, the latest such day up to the publication day (the
    month before when the day is still to come); not "the 22nd Brigade", nor a day a month follows ("the 22nd of
    January" is read as a date of its own)."""
    if published is None or i < 2 or not tokens[i].text[:1].isdigit() or tokens[i].text.isdigit() \
            or not (lowered[i - 2:i] == ["on", "the"]
                    or (lowered[i - 2:i] == ["of", "the"] and i > 2 and lowered[i - 3] in _PART_OF_A_DAY)):
        return None
    day = monthdates.day_number(tokens[i])
    after = tokens[i + 1].text if i + 1 < len(tokens) else "."
    if day is None or after[:1].isupper() or after.lower() == "of":
        return None
    month = published.replace(day=1)
    if day > published.day:
        month = (month - timedelta(days=1)).replace(day=1)
    when = monthdates.safe_date(month.year, month.month, day)
    if when is None:  # "on the 31st" in early March: January's
        month = (month - timedelta(days=1)).replace(day=1)
        when = monthdates.safe_date(month.year, month.month, day)
    return when


#: The words between a comma and a day told in apposition to what came before it ("..., on November 27", "..., le 27",
#: "am Freitag, dem 13. Juni", "vendredi, le 13 juin").
APPOSED_DAY_OPENERS = frozenset({"on", "le", "el", "am", "il", "the", "dem", "den"})


def _calendar_date_follows(tokens: Sequence[Token], lowered: Sequence[str], j: int, published: date) -> bool:
    """Whether a calendar date follows a weekday name ("Friday, June 13", "Monday 22 January", "Friday (13/06)",
    "mardi 5 mars"): the date, read next, says which day; the weekday names it again and is not counted back from
    the report's day."""
    while j < len(tokens) and tokens[j].text in (",", "("):
        j += 1
    if 0 < j < len(tokens) and tokens[j - 1].text == "," and lowered[j] in APPOSED_DAY_OPENERS:
        j += 1  # "am Freitag, dem 13. Juni", "vendredi, le 13 juin": the word that opens the day in apposition
    return j < len(tokens) and (
        monthdates.numeric(tokens, j) is not None or monthdates.day_first(tokens, j, published, lowered) is not None
        or (monthdates.absolute(tokens, j, published, lowered) or (0, 0, ""))[2] == "day")


#: Words that open the noun phrase of a happening after "since" ("since the assassination of ...").
_SINCE_OPENS = frozenset({"the", "a", "an", "its", "their", "his", "her", "last"})
#: Words a noun phrase after "since" never holds: a clause or a statement begins. ("and" may join two of its nouns:
#: "since the ousting and flight of the president last Sunday"; a clause it joins names its own event word.)
_SINCE_BREAK = frozenset({",", ";", ":", ".", "when", "which", "that", "who", "where", "while", "but", "said",
                          "says", "was", "were", "is", "are", "has", "have", "had"})
#: How many words the noun phrase after "since" may hold before its day.
_SINCE_WORDS = 14


def _since_an_onset(lowered: Sequence[str], first: int) -> bool:
    """Whether the day at token *first* ends a clause "since" opens on a start ("the first attack on Yemen since the
    Houthis began targeting Israel last year", ``onset_verb`` in extract_words.csv): when a run began, not an event."""
    words = lowered[max(0, first - _SINCE_WORDS):first]
    if "since" not in words:
        return False
    after = words[len(words) - 1 - words[::-1].index("since"):]
    return not set(after) & {",", ";", ":", "."} and bool(set(after) & lexicon.words("onset_verb"))


def _since_a_happening(lowered: Sequence[str], first: int) -> bool:
    """Whether the day at token *first* ends a noun phrase "since" opens that names no event word of its own ("the
    first attack since the killing of its commander on Tuesday evening"): the day of the happening a run is
    counted from, not of the attack the clause tells. One that names an event ("the first strike since a rocket
    attack on Metula on Monday") is an event of its own, with its day."""
    for k in range(first - 1, max(-1, first - _SINCE_WORDS - 2), -1):
        if lowered[k] in _SINCE_BREAK:
            return False
        if lowered[k] == "since":
            phrase = lowered[k + 1:first]
            return bool(phrase) and phrase[0] in _SINCE_OPENS and not lexicon.trigger_table().find(phrase)
    return False


#: "between Sunday and Monday", "from Sunday to Tuesday": the opening word and the words that may join the two days.
_SPAN_JOINS = {"between": ("and",), "from": ("to", "until", "till", "through")}
#: "on Monday and Tuesday", "over Sunday and Monday": two days running, told together, over which things happened.
_TWO_DAYS = frozenset({"on", "over", "during"})


def _spans(found: list[DateMention], lowered: Sequence[str]) -> list[DateMention]:
    """Two days told as the bounds of one stretch ("four attacks between Sunday and Monday", "from 3 March to 5 March")
    are one date: the first day, running to the second (``span_days``), not two events' days."""
    out: list[DateMention] = []
    k = 0
    while k < len(found):
        d = found[k]
        nxt = found[k + 1] if k + 1 < len(found) else None
        joins = _SPAN_JOINS.get(lowered[d.first - 1], ()) if d.first else ()
        running = d.first > 0 and lowered[d.first - 1] in _TWO_DAYS and nxt is not None \
            and (nxt.date - d.date).days == 1 and lowered[d.last:nxt.first] == ["and"]
        joins = ("and",) if running else joins
        if nxt is not None and nxt.date < d.date and _a_weekday(d, lowered) and _a_weekday(nxt, lowered) \
                and tuple(lowered[d.last:nxt.first]) in [(j,) for j in joins]:
            d = replace(d, date=d.date - timedelta(days=7))  # "from Sunday to Tuesday" in a Monday report: a week back
        if nxt is not None and d.precision == nxt.precision == "day" and not (d.night or nxt.night or d.span_days) \
                and tuple(lowered[d.last:nxt.first]) in [(j,) for j in joins] and 0 < (nxt.date - d.date).days <= 6:
            text = " ".join([lowered[d.first - 1], d.text, lowered[d.last], nxt.text])
            out.append(replace(d, first=d.first - 1, last=nxt.last, text=text, span_days=(nxt.date - d.date).days))
            k += 2
            continue
        out.append(d)
        k += 1
    return out


def _a_weekday(d: DateMention, lowered: Sequence[str]) -> bool:
    """Whether *d* is a weekday's name and nothing more ("Sunday", "mardi"; not "Thursday last week")."""
    if d.last == d.first + 1 and lowered[d.first] in _WEEKDAYS:
        return True
    hit = datewords.word_at("weekday", lowered, d.first)
    return hit is not None and hit[0] == d.last


#: Words between a late evening and the day after it that tell one night ("late Saturday and into early Sunday").
_LATE_INTO = frozenset({"and", "into", "early"})


def _late_into_the_next_day(lowered: Sequence[str], d: DateMention, nxt: DateMention, gap: Sequence[str]) -> bool:
    """Whether *d* and *nxt* tell one night from a late evening into the next day: "late on Saturday and into Sunday",
    "late Saturday into early Sunday" (English wire copy of a night's barrage)."""
    return d.precision == nxt.precision == "day" and nxt.date - d.date == timedelta(days=1) \
        and "into" in gap and set(gap) <= _LATE_INTO \
        and "late" in lowered[max(0, d.first - 2):d.first]


def _nights(found: list[DateMention], lowered: Sequence[str], published: date | None) -> list[DateMention]:
    """A night told by its two days is dated to the day after its midnight, as "overnight" is: "overnight Saturday"
    and "overnight on Saturday" are Sunday (the Saturday evening named in the notes), "overnight into Sunday",
    "overnight Saturday into Sunday", "the night of Saturday to Sunday" and "the night of 13 to 14 April" Sunday
    and the 14th."""
    out: list[DateMention] = []
    k = 0
    while k < len(found):
        d = found[k]
        nxt = found[k + 1] if k + 1 < len(found) else None
        gap = list(lowered[d.last:nxt.first]) if nxt is not None else []
        # (Hebrew may put the night's "between" in brackets after "tonight": "הלילה (בין שבת לראשון)")
        noun_at = d.first - 3 if d.first >= 3 and lowered[d.first - 2] == "(" else d.first - 2
        opened = noun_at >= 0 and lowered[noun_at] in words("night_noun") \
            and lowered[d.first - 1] in words("night_opener")
        # Hebrew joins the night's "to" to its second day: "בלילה שבין חמישי לשישי" 'in the night between Thursday
        # and Friday'
        joined = nxt is not None and not gap and is_hebrew(lowered[nxt.first]) and lowered[nxt.first][:1] == "ל"
        # Arabic names the night by its days with no "of": "ليل الأحد - الاثنين", "ليلة الأحد على الاثنين", "ليل
        # الثلاثاء/الأربعاء", "ليل الأحد الاثنين" (the first day's night, then the second's day)
        bare = d.first >= 1 and lowered[d.first - 1] in words("night_noun") and is_arabic(lowered[d.first - 1])
        if nxt is not None and nxt.precision == "day" and (
                (d.night < 0 and len(gap) <= 1 and set(gap) <= words("overnight_link"))
                or ((opened or bare) and len(gap) == 1 and gap[0] in words("night_join"))
                or (opened and joined)
                or (bare and not gap)):
            # "overnight into Sunday", "the night of Saturday to Sunday": the later day names the night.
            if gap and gap[0] in words("night_join") or not d.night:
                if gap and gap[0] in words("night_join"):
                    # (the later day, read as "overnight" is: an evening hour told with it is of the day before, "at
                    # 11:30 pm on the night of Monday to Tuesday")
                    found[k + 1] = replace(nxt, night=-1)
                k += 1
                continue
            # "overnight Saturday [into Sunday]": the day after the evening named, unless the next day is told too.
            after = found[k + 2] if k + 2 < len(found) else None
            if after is not None and after.first == nxt.last + 1 and lowered[nxt.last] in words("overnight_into"):
                k += 2
                continue
            text = " ".join([d.text, *gap, nxt.text])
            morning = nxt.date + timedelta(days=1)
            if published is not None and morning > published:
                # "overnight Saturday" in a report of that Saturday: the night that ended on it.
                morning = nxt.date
            night = replace(nxt, first=d.first, date=morning, text=text, night=-1,
                            note=_alternative(text, morning, morning - timedelta(days=1), "the evening the night began"))
            out.append(night)
            k += 2
            continue
        if nxt is not None and _late_into_the_next_day(lowered, d, nxt, gap):
            # "late on Saturday and into Sunday", "late Saturday into early Sunday": fire over the night, of the day
            # after its midnight as "overnight" is
            text = " ".join([d.text, *gap, nxt.text])
            out.append(replace(nxt, first=d.first, text=text,
                               note=_alternative(text, nxt.date, d.date, "the evening the fire began")))
            k += 2
            continue
        if opened and d.span_days == 1:
            # "the night of 13-14 April": the 14th (an evening hour told with it, the 13th: "at 11:30 pm on the night
            # of 15 to 16 January")
            d = replace(d, date=d.date + timedelta(days=1), span_days=0, night=-1)
        out.append(d)
        k += 1
    return out


def clock_heading(lowered: Sequence[str]) -> tuple[int, int] | None:
    """The hour and minute of a sentence that is only a clock time, as a liveblog heads each entry ("23:55", "02:40
    (Saturday)", "14:15 GMT"): perhaps with a bracketed day or zone after it, nothing else; or a clock time with the
    entry's title after a dash ("13:40 - About 50 rockets fired at Kiryat Shmona"); else None."""
    dashes = (".", "-", "–", "—")
    words = [w for w in lowered if w not in dashes]
    if len(words) < 3 or not (words[0].isdigit() and len(words[0]) <= 2 and words[1] == ":" and words[2].isdigit()
                              and len(words[2]) == 2):
        return None
    rest = words[3:]
    titled = len(lowered) > 4 and lowered[:3] == words[:3] and lowered[3] in dashes[1:]
    if rest and not titled and not (rest[0] == "(" and rest[-1] == ")" and len(rest) <= 4
                                    or len(rest) == 1 and rest[0].isalpha()):
        return None
    hour, minute = int(words[0]), int(words[2])
    return (hour, minute) if hour < 24 and minute < 60 else None


def newest_first(headings: Sequence[tuple[int, int]]) -> bool:
    """Whether a report's clock headings, in the order told, run newest first, as liveblogs do ("02:40", "23:55",
    "22:10", ...): at least three, and more of them earlier than the one before than later."""
    back = sum(b < a for a, b in zip(headings, headings[1:]))
    return len(headings) >= 3 and back > len(headings) - 1 - back
