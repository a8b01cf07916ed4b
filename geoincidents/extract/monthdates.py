"""Dates written with a month's name or a day's number: "January 20", "20 January 2024", "Feb. 2", "the 3rd of
January", "18-20 October", and a part of a month ("early October", "late in January": a third of it). The year is
the latest such day not after the publication date (two days' slack for time zones).

>>> from datetime import date
>>> from geoincidents.extract.text import tokenize
>>> absolute(tokenize("January 3rd"), 0, date(2024, 2, 1))
(2, datetime.date(2024, 1, 3), 'day')
"""
from __future__ import annotations

import calendar
import functools
from datetime import date, timedelta
from typing import Sequence

from geoincidents.extract import datewords
from geoincidents.extract.lexicon import lowercase, word_phrases, words
from geoincidents.extract.particles import is_arabic
from geoincidents.extract.text import Token

__all__ = ["MONTHS", "absolute", "arabic_ordinal_word", "day_first", "day_number", "day_range", "numeric",
           "numeric_no_year", "part_of_month",
           "safe_date", "year_for"]

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS.pop("may", None)  # "may" is far more often the verb; "May 3" is still read below
_ABBREVIATED = frozenset({*(name.lower() for name in calendar.month_abbr if name), "sept"})
MONTHS["sept"] = 9
#: The month names that are also their abbreviation ("May").
_FULL_NAMES = frozenset(name.lower() for name in calendar.month_name if name)


#: What a day's number may end in: English "3rd", French "1er", Kurmanji "15ê" ("di 15ê adarê", also "15’ê"), Sorani
#: "15ی" and "15ـی" (its ezafe, with or without the tatweel: "15ی کانوونی دووەمی 2024").
_ORDINAL_ENDINGS = frozenset({"", "st", "nd", "rd", "th", "er", "ê", "ی", "ـی"})


#: Words that write the first day of a month as Arabic wires do ("صنعاء أول أبريل 2025", 'Sanaa, 1 April 2025').
_FIRST_DAY = frozenset({"أول", "اول"})


def day_number(token: Token | None) -> int | None:
    """The day of the month a token gives: "3", "3rd", "21st", "1er", Arabic "أول" (the first: "أول أبريل")."""
    if token is None:
        return None
    text = token.text.lower().replace("’", "").replace("'", "")  # Kurmanji "7’ê Sibatê" as "7ê Sibatê"
    if text in _FIRST_DAY:
        return 1
    digits = text.rstrip("abcdefghijklmnopqrstuvwxyzêـی")
    if text[len(digits):] not in _ORDINAL_ENDINGS:
        return None
    return int(digits) if digits.isdecimal() and len(digits) <= 2 and 1 <= int(digits) <= 31 else None


#: "early October", "in mid-February", "late in January", "the end of January": a third of the month, its first
#: and last day (the last third runs to the month's end).
PART_OF_MONTH = {"early": (1, 10), "beginning": (1, 10), "start": (1, 10), "mid": (11, 20), "middle": (11, 20),
                  "late": (21, 31), "end": (21, 31)}


#: Other languages' words for those thirds (``extract_words.csv``: "début mars", "Ende Januar", "a finales de
#: enero", "в конце января", "أواخر يناير"), by group.
_PART_GROUPS = {"month_part_early": (1, 10), "month_part_mid": (11, 20), "month_part_late": (21, 31)}


@functools.cache
def _parts() -> dict[str, tuple[int, int]]:
    parts = {word: days for group, days in _PART_GROUPS.items() for word in words(group)}
    return {**parts, **PART_OF_MONTH}


def part_of_month(lowered: Sequence[str], i: int) -> tuple[int, int, int] | None:
    """The part of the month a month name at token i is qualified by: (first token, first day, last day)."""
    before = list(lowered[max(0, i - 3):i])
    parts = _parts()
    for told in (before[-1:], before[-2:], before[-3:]):
        if not told:
            continue
        head = told[0]
        rest = told[1:]
        if head in parts and rest in ([], ["-"], ["in"], ["of"], ["de"], ["di"]):
            first, last = parts[head]
            return i - len(told), first, last
    return None


def month_of(token: Token, following: Token | None) -> int | None:
    lower = token.lower
    if lower in MONTHS and (token.text[0].isupper()):
        return MONTHS[lower]
    if lower == "may" and token.text == "May" and day_number(following) is not None:
        return 5
    return None


def year_for(month: int, day: int, published: date | None) -> int | None:
    if published is None:
        return None
    year = published.year
    try:
        if date(year, month, day) > published + timedelta(days=2):
            year -= 1
    except ValueError:
        return None
    return year


def year_of_the_story(when: date, story: date | None, published: date | None) -> date:
    """*when*, a day told with no year (read by :func:`year_for` as the latest up to the publication day), in the year
    of the story the text tells instead, when the text last told an earlier year (*story*: "the pattern since
    October 2023 is clear. In the war's first weeks, strikes on 12 October and again on 22 October ..." in a report of
    November 2024 are of October 2023) and the day follows that date within :data:`STORY_DAYS` (a month: "in April
    2024 ... on 13 June" in a report of June 2025 is this June, not the June after that April)."""
    if story is None or published is None or story.year >= published.year:
        return when
    for year in (story.year, story.year + 1):
        told = safe_date(year, when.month, when.day)
        if told is not None and told != when and story <= told <= published + timedelta(days=2) \
                and (told - story).days <= STORY_DAYS:
            return told
    return when


#: How many days after the date the text told last a day with no year may fall and still be of that date's year.
STORY_DAYS = 31


def year_before_the_next(when: date, following: date | None) -> date:
    """*when*, a day told with no year (read as the latest up to the publication day), in the earlier year of the next
    date the text tells with its year (*following*), when it falls within :data:`STORY_DAYS` before that date: a
    timeline goes on in order ("On December 27, rockets hit the K1 base ... On December 31, 2019, crowds stormed the
    embassy" in a report of April 2021: December 27, 2019)."""
    if following is None or following.year >= when.year:
        return when
    told = safe_date(following.year, when.month, when.day)
    return told if told is not None and 0 <= (following - told).days <= STORY_DAYS else when


def year_told(tokens: Sequence[Token], lowered: Sequence[str]) -> date | None:
    """The last month told with its year in *tokens* ("October 2023", "octobre 2023", "Ekim 2023"), as its first day,
    else None."""
    found = None
    for k in range(1, len(tokens)):
        text = tokens[k].text
        if not (text.isdecimal() and len(text) == 4 and 1990 <= int(text) <= 2100):
            continue
        month = month_of(tokens[k - 1], tokens[k])
        named = datewords.word_at("month", lowered, k - 1) if month is None else None
        month = month or (named[1] if named is not None and named[0] == k else None)
        if month is not None:
            found = safe_date(int(text), month, 1)
    return found


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


#: Words before a capitalised "May" that make it the month: the verb never follows them ("attacked in May").
_BEFORE_THE_MONTH = frozenset({"in", "since", "early", "late", "mid", "until", "till", "through", "during", "last",
                               "before", "between"})


#: The words after a month's name that tell it as the last one gone ("تموز الماضي", "juillet dernier", "julio pasado").
_LAST_MONTH = frozenset({"الماضي", "المنصرم", "dernier", "pasado", "scorso", "passato"})
#: The Arabic words before a month's name that tell it as a time ("في تموز" 'in July', "شهر آب" 'the month of August').
_IN_THE_MONTH = frozenset({"في", "وفي", "شهر", "خلال", "منذ", "مطلع", "أواخر", "أوائل"})


#: The words before another language's month name that tell it as a time, not a word of its own: "in" ("en mayo",
#: "en mai", "im Mai", "a maggio") and "the month of" ("בחודש מאי", "ماه مه", "im Monat Mai"); two words ("el mes de
#: mayo", "au mois de mai", "nel mese di maggio"); and the Turkish word after ("Mayıs ayında" 'in the month of May').
_IN_A_MONTH = frozenset({"en", "im", "a", "בחודש", "ובחודש", "חודש", "ماه", "monat"})
_THE_MONTH_OF = frozenset({("mes", "de"), ("mois", "de"), ("mese", "di")})
_MONTH_AFTER = frozenset({"ayında", "ayı"})


#: The Romance words for "in" before a month.
_ROMANCE_IN = frozenset({"en", "a"})


def _told_as_a_month(lowered: Sequence[str], i: int, end: int, month_word: str) -> bool:
    """Whether the month name at token *i* (ending at *end*) is told as a time by the words around it
    (:data:`_IN_A_MONTH`, :data:`_THE_MONTH_OF`, :data:`_MONTH_AFTER`)."""
    if i > 0 and lowered[i - 1] in _ROMANCE_IN and not month_word.islower():
        return False  # "un rover en Mars": French, Spanish and Italian write a month lower-case, the planet not
    return (i > 0 and lowered[i - 1] in _IN_A_MONTH) or (i > 1 and (lowered[i - 2], lowered[i - 1]) in _THE_MONTH_OF) \
        or (end < len(lowered) and lowered[end] in _MONTH_AFTER)


def absolute(tokens: Sequence[Token], i: int, published: date | None,
             lowered: Sequence[str] | None = None) -> tuple[int, date, str] | None:
    """A month-based date starting at token i: (end index, date, precision). Given the tokens' lower-cased texts,
    also another language's month with its year or a part of it ("mars 2024", "März 2024", "Ocak 2024", "fin
    janvier": month precision; without either another language's month is not read: French "mars" is also the
    planet)."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    month = month_of(tokens[i], nxt)
    if month is None and tokens[i].text == "May" and i > 0 and (
            tokens[i - 1].lower in _BEFORE_THE_MONTH or (tokens[i - 1].text == "-" and i > 1 and tokens[i - 2].lower == "mid")):
        month = 5  # "It was also attacked in May": the verb never follows "in", "since" or "early"
    if month is None and lowered is not None:
        named = datewords.word_at("month", lowered, i)
        if named is None:
            return None
        named = _the_other_calendars_name_after(lowered, *named), named[1]  # "يناير/كانون الثاني 2024"
        told = _year_at(tokens, lowered, named[0])
        last_year = _last_year_after(lowered, named[0])
        if told is None and last_year is not None and published is not None:
            told = last_year, published.year - 1  # "في أواخر أبريل من العام الماضي" 'in late April of last year'
        if told is None and part_of_month(lowered, i) is not None:  # "fin janvier", "Anfang März"
            told = named[0], year_for(named[1], 1, published)
        elif told is None and (named[0] < len(lowered) and lowered[named[0]] in _LAST_MONTH
                               or i > 0 and lowered[i - 1] in _IN_THE_MONTH and is_arabic(tokens[i].text)
                               or _told_as_a_month(lowered, i, named[0], tokens[i].text)):
            # "وفي تموز الماضي" 'and last July', "en juillet dernier", "في شهر آب": the month told as a time, the
            # latest up to the publication day
            last = named[0] + (named[0] < len(lowered) and lowered[named[0]] in _LAST_MONTH)
            told = last, year_for(named[1], 1, published)
        found = safe_date(told[1], named[1], 1) if told is not None and told[1] else None
        return (told[0], found, "month") if found else None
    day_before = i > 0 and (day_number(tokens[i - 1]) is not None or (
        i > 1 and tokens[i - 1].lower == "of" and not tokens[i - 2].text.isdecimal() and day_number(tokens[i - 2]) is not None))
    if month is None:
        return None
    end = i + 1
    day = None
    if nxt is not None and nxt.text == "." and i + 2 < len(tokens) and tokens[i].lower in _ABBREVIATED:
        nxt, end = tokens[i + 2], i + 2  # "Feb. 2": the abbreviation's full stop
    if day_number(nxt) is not None:
        day, end = day_number(nxt), end + 1
    year = None
    j = end + (1 if end < len(tokens) and tokens[end].text == "," else 0)
    if j < len(tokens) and tokens[j].text.isdecimal() and len(tokens[j].text) == 4:
        year, end = int(tokens[j].text), j + 1
    if day is None and day_before:
        return None  # "20 January" is read from its day token
    last_year = _last_year_after(lowered or [t.lower for t in tokens], end)
    if year is None and published is not None and last_year is not None:
        year, end = published.year - 1, last_year  # "in July last year"
    if day is None and year is None and tokens[i].lower in _ABBREVIATED - _FULL_NAMES:
        return None  # an abbreviation alone is no month: Italian and Spanish "Mar Morto", "Mar Rojo" (the sea)
    if year is None:
        year = year_for(month, day or 1, published)
        if year is None:
            return None
    if day is None:
        found = safe_date(year, month, 1)
        return (end, found, "month") if found else None
    found = safe_date(year, month, day)
    return (end, found, "day") if found else None


def day_first(tokens: Sequence[Token], i: int, published: date | None,
              lowered: Sequence[str] | None = None, previous: date | None = None) -> tuple[int, date] | None:
    """ "20 January", "20 January 2024", "the 3rd of January" starting at token i: (end index, date). Given the
    tokens' lower-cased texts, also with another language's month: "3 mars 2024", "3. März", "15 de enero de
    2024", "15 Ocak", "15 كانون الثاني/يناير 2024", "۱۵ ژانویه", "15 בינואר" (:mod:`.datewords`), and the month of
    the report told as such ("the 2nd of this month", "3 of this February", and with an Arabic ordinal after "في" or
    "يوم": "في الثاني من الشهر الجاري")."""
    day = day_number(tokens[i])
    persian = _persian_ordinal_day(lowered, i) if day is None and lowered is not None else None
    if persian is not None:  # "چهارم دی‌ماه" 'the fourth of Dey': a Solar Hijri day told by its ordinal
        return _solar_day(tokens, lowered, persian[1] - 1, persian[0], published, previous)
    # (or after the weekday it restates: "مساء الثلاثاء العشرين من شباط" 'on the evening of Tuesday the twentieth of
    # February')
    if day is None and lowered is not None and (i == 0 or lowered[i - 1] in _BEFORE_AN_ARABIC_ORDINAL
                                                or (datewords.word_at("weekday", lowered, i - 1) or (0,))[0] == i):
        # (not "الأسبوع الثاني من أكتوبر", the second week: the ordinal after "في" or "يوم" only)
        ordinal = _arabic_ordinal_day(lowered, i)
        if ordinal is not None and published is not None:
            day, after = ordinal
            this = _this_month_after(lowered, after)
            if this is not None:  # "في الثاني من الشهر الجاري": of the report's month, a day gone
                found = safe_date(published.year, published.month, day) if day <= published.day else None
                return None if found is None else (this, found)
            same = _same_month_after(lowered, after)
            if same is not None:  # "في الثامن عشر من الشهر ذاته": of the month told last
                found = safe_date(previous.year, previous.month, day) if previous is not None else None
                return None if found is None else (same, found)
            after += lowered[after:after + 1] == ["من"]  # "الثامن من حزيران": 'the eighth of June'
            named = _month_after_day(tokens, lowered, after) if after < len(tokens) else None
            if named is None:
                return None
            end, month_number = named
            year_at = _year_at(tokens, lowered, end)
            year, end = (year_at[1], year_at[0]) if year_at else (year_for(month_number, day, published), end)
            found = safe_date(year, month_number, day) if year else None
            return None if found is None else (end, found)
        return None
    if day is None or i + 1 >= len(tokens):
        return None
    if lowered is not None and published is not None:
        this = _this_month_after(lowered, i + 1)
        if this is not None:
            month = published.replace(day=1)
            if day > published.day:  # "the 28th of this month" early in a month: the day is to come, so unread
                return None
            found = safe_date(month.year, month.month, day)
            return None if found is None else (this, found)
    at = i + 2 if tokens[i + 1].lower == "of" and i + 2 < len(tokens) and not tokens[i].text.isdecimal() else i + 1
    if lowered is not None and lowered[i + 1:i + 3] == ["of", "this"] and i + 3 < len(tokens):
        at = i + 3  # "the 3rd of this February"
    month = month_of(tokens[at], None) or (5 if tokens[at].text == "May" else None)
    end = at + 1
    if month is None:
        named = _month_after_day(tokens, lowered, i + 1) if lowered is not None else None
        if named is None:
            return _solar_day(tokens, lowered, i, day, published, previous) if lowered is not None else None
        end, month = named
        year_at = _year_at(tokens, lowered, end)
        year, end = (year_at[1], year_at[0]) if year_at else (year_for(month, day, published), end)
    elif end < len(tokens) and tokens[end].text.isdecimal() and len(tokens[end].text) == 4:
        year, end = int(tokens[end].text), end + 1
    else:
        year = year_for(month, day, published)
    found = safe_date(year, month, day) if year else None
    return None if found is None else (end, found)


#: The Arabic ordinals of the days of a month's first third, as reports write them before "من" and a month ("في
#: الثاني من الشهر الجاري", "في الثامن من حزيران/يونيو"); with "عشر" after them the days 11 to 19 ("الثامن عشر"),
#: with "والعشرين" or "والثلاثين" 21 to 29 and 31 ("الحادي والعشرين"; 'first' is "الحادي" there).
_ARABIC_ORDINAL_DAYS = {"الاول": 1, "الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6,
                        "السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10, "الحادي": 1}
#: The Arabic ordinals of the tens that stand alone ("في العشرين من", "في الثلاثين من").
_ARABIC_TENS = {"العشرين": 20, "الثلاثين": 30}
#: The tens an Arabic ordinal is joined to by "و" ("الحادي والعشرين"), and "عشر" (11 to 19).
_ARABIC_TENS_AFTER = {"عشر": 10, "والعشرين": 20, "والثلاثين": 30}


def arabic_ordinal_word(word: str) -> bool:
    """Whether *word* is an Arabic ordinal of a month's day or its tens ("الثاني", "العشرين", "والعشرين"), as before
    "من" and a month ("الثاني من كانون الثاني": 'of', no 'from')."""
    return word in _ARABIC_ORDINAL_DAYS or word in _ARABIC_TENS or word in _ARABIC_TENS_AFTER


def _arabic_ordinal_day(lowered: Sequence[str], i: int) -> tuple[int, int] | None:
    """(day, index after it) of an Arabic ordinal day at token *i*: "الثامن" (8), "الثامن عشر" (18), "العشرين" (20),
    "الحادي والعشرين" (21); "الحادي" ('first' of a compound) only with its tens."""
    if lowered[i] in _ARABIC_TENS:
        return _ARABIC_TENS[lowered[i]], i + 1
    unit = _ARABIC_ORDINAL_DAYS.get(lowered[i])
    if unit is None:
        return None
    tens = _ARABIC_TENS_AFTER.get(lowered[i + 1]) if i + 1 < len(lowered) else None
    if tens is not None and unit < 10 and unit + tens <= 31:
        return unit + tens, i + 2
    return None if lowered[i] == "الحادي" else (unit, i + 1)


#: The Persian ordinals of a month's days, as reports write a Solar Hijri day before its month ("چهارم دی‌ماه", "هفدهم
#: آذر"); "بیست" and "سی" with "و" and a unit make 21 to 29 and 31 ("بیست و یکم"); "سی‌ام" is the 30th.
_PERSIAN_ORDINAL_DAYS = {"یکم": 1, "اول": 1, "دوم": 2, "سوم": 3, "چهارم": 4, "پنجم": 5, "ششم": 6, "هفتم": 7,
                         "هشتم": 8, "نهم": 9, "دهم": 10, "یازدهم": 11, "دوازدهم": 12, "سیزدهم": 13, "چهاردهم": 14,
                         "پانزدهم": 15, "شانزدهم": 16, "هفدهم": 17, "هجدهم": 18, "هیجدهم": 18, "نوزدهم": 19,
                         "بیستم": 20, "سیام": 30}
_PERSIAN_TENS = {"بیست": 20, "سی": 30}


def _persian_ordinal_day(lowered: Sequence[str], i: int) -> tuple[int, int] | None:
    """(day, index after it) of a Persian ordinal day at token *i* ("چهارم" 4, "بیست و یکم" 21, "سی‌ام" 30, the
    non-joiner a token of its own); a Solar Hijri month must follow for it to be a day (:func:`_solar_day`)."""
    word = lowered[i]
    if word in _PERSIAN_ORDINAL_DAYS:
        return _PERSIAN_ORDINAL_DAYS[word], i + 1
    if word == "سی" and lowered[i + 1:i + 3] == ["\u200c", "ام"]:
        return 30, i + 3
    unit = _PERSIAN_ORDINAL_DAYS.get(lowered[i + 2]) if word in _PERSIAN_TENS and i + 2 < len(lowered) \
        and lowered[i + 1] == "و" else None
    if unit is None and word in _PERSIAN_TENS and lowered[i + 1:i + 2] == ["\u200c"] and i + 2 < len(lowered) \
            and lowered[i + 2].startswith("و"):
        unit = _PERSIAN_ORDINAL_DAYS.get(lowered[i + 2][1:])  # "بیست‌وسوم": "و" joined to its unit
    if unit is not None and unit < 10 and _PERSIAN_TENS[word] + unit <= 31:
        return _PERSIAN_TENS[word] + unit, i + 3
    return None


def _same_month_after(lowered: Sequence[str], k: int) -> int | None:
    """The end index of "من الشهر ذاته" / "من الشهر نفسه" ('of the same month', ``same_month``) from token *k*."""
    if k < len(lowered) and lowered[k] == "من":
        found = word_phrases("same_month").match_at(lowered, k + 1)
        return None if found is None else found[0]
    return None

#: The words an Arabic ordinal must follow to be a day ("في", 'on'; "يوم", 'the day of').
_BEFORE_AN_ARABIC_ORDINAL = frozenset({"في", "يوم", "فجر", "مساء", "صباح", "ليلة", "وفي", "ففي"})


def _this_month_after(lowered: Sequence[str], k: int) -> int | None:
    """The end index of "of this month", "of the current month", "من الشهر الجاري" (``current_month``, after a link
    word: ``day_month_link``, "of", "من") from token *k*, else None."""
    if k < len(lowered) and (lowered[k] in words("day_month_link") or lowered[k] in ("of", "من")):
        k += 1
    found = word_phrases("current_month").match_at(lowered, k)
    return None if found is None else found[0]


def _month_after_day(tokens: Sequence[Token], lowered: Sequence[str], k: int) -> tuple[int, int] | None:
    """(end index, month) of another language's month name told after a day's number, from token *k*: "mars",
    ". März" (German writes the day as an ordinal, "3."), "de enero", "كانون الثاني/يناير" (the other calendar's
    name of the same month after a slash is part of it)."""
    ordinal = k < len(lowered) and lowered[k] == "." and tokens[k].start == tokens[k - 1].end
    if ordinal or (k < len(lowered) and lowered[k] in words("day_month_link")):
        k += 1
    elif lowered[k:k + 2] == ["of", "this"] and k + 2 < len(tokens):
        month = month_of(tokens[k + 2], None)  # "the night of 2-3 of this February"
        return None if month is None else (k + 3, month)
    named = datewords.word_at("month", lowered, k)
    if named is None:
        return None
    return _the_other_calendars_name_after(lowered, *named), named[1]


def _the_other_calendars_name_after(lowered: Sequence[str], end: int, month: int) -> int:
    """The end index of a month's name that ends at *end*: past the other calendar's name of the same month after a
    slash or dash ("كانون الثاني/يناير", "يناير/كانون الثاني"), which is part of it."""
    if end + 1 < len(lowered) and lowered[end] in ("/", "-"):
        other = datewords.word_at("month", lowered, end + 1)
        if other is not None and other[1] == month:
            return other[0]
    return end


def _last_year_after(lowered: Sequence[str], k: int) -> int | None:
    """The end index of "last year", "of last year", "من العام الماضي" (``month_of_last_year``) from token *k*: the
    month before it is of the year before the report's."""
    found = word_phrases("month_of_last_year").match_at(lowered, k)
    return None if found is None else found[0]


#: The months of the Solar Hijri calendar that Persian reports date by ("دوشنبه ۲۳ آبان" 'Monday 23 Aban'), with
#: "ماه" 'month' joined or not ("مهرماه").
_SOLAR_MONTHS = {name: k for k, name in enumerate(
    ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"), start=1)}


def _solar_month(word: str) -> int | None:
    word = word.replace("\u200c", "")
    return _SOLAR_MONTHS.get(word[:-3] if word.endswith("ماه") and word[:-3] in _SOLAR_MONTHS else word)


#: "همان سال" 'the same year' after a Solar Hijri day: the year of the day told before it.
_SAME_YEAR = ["همان", "سال"]


def _solar_day(tokens: Sequence[Token], lowered: Sequence[str], i: int, day: int,
               published: date | None, previous: date | None = None) -> tuple[int, date] | None:
    """(end index, date) of a day of the Solar Hijri calendar told at token *i*: "۲۳ آبان", "۲۳ آبان ۱۴۰۱",
    "۲۳ آبان‌ماه"; the year the latest up to the publication day when none is told (converted by ``jdatetime``), or
    that of the day told before (*previous*) when "همان سال" 'the same year' follows ("ششم مهر ۱۴۰۱ ... بیست‌وسوم آبان
    همان سال")."""
    import jdatetime

    month = _solar_month(lowered[i + 1]) if i + 1 < len(lowered) else None
    if month is None:
        return None
    end = i + 2
    if end < len(lowered) and lowered[end] == "ماه":
        end += 1
    year = int(tokens[end].text) if end < len(tokens) and tokens[end].text.isdecimal() \
        and len(tokens[end].text) == 4 and 1300 <= int(tokens[end].text) <= 1500 else None
    if year is None and previous is not None and lowered[end:end + 2] == _SAME_YEAR:
        year = jdatetime.date.fromgregorian(date=previous).year
        end += 1  # (the year's token, as a told year's)
    try:
        if year is not None:
            return end + 1, jdatetime.date(year, month, day).togregorian()
        if published is None:
            return None
        solar = jdatetime.date.fromgregorian(date=published + timedelta(days=2)).year
        found = jdatetime.date(solar, month, day).togregorian()
        if found > published + timedelta(days=2):
            found = jdatetime.date(solar - 1, month, day).togregorian()
    except ValueError:
        return None
    return end, found


def _year_at(tokens: Sequence[Token], lowered: Sequence[str], k: int) -> tuple[int, int] | None:
    """(end index, year) of a four-digit year at token *k*, after "de" or a comma if need be ("de 2024")."""
    if k < len(lowered) and (lowered[k] in words("day_month_link") or lowered[k] == ","
                             or lowered[k] == "." and tokens[k].start == tokens[k - 1].end):  # "janv. 2024"
        k += 1
    if k < len(tokens) and tokens[k].text.isdecimal() and len(tokens[k].text) == 4:
        return k + 1, int(tokens[k].text)
    year = tokens[k].text[:4] if k < len(tokens) else ""
    if year.isdecimal() and lowercase(tokens[k].text[4:]) in _YEAR_ENDINGS:
        return k + 1, int(year)  # Kurmanji "2023an" ('of 2023'), Turkish "2024'te"
    return None


#: Endings joined to a year: Kurmanji "-an" ("26ê Mijdara 2025an"), Turkish cases after an apostrophe ("2024'te").
_YEAR_ENDINGS = frozenset({"an", "'te", "'de", "'da", "'ta", "'ten", "'den", "'in", "'ın"})


_RANGE_JOINS = frozenset({"and", "to", "-", "–", "through"})


def day_range(tokens: Sequence[Token], i: int, published: date | None,
              lowered: Sequence[str] | None = None) -> tuple[int, date, int] | None:
    """ "18 and 20 October", "18-20 October", "October 18 to 20" at token i: (end index, first day, days after it).
    Given the tokens' lower-cased texts, also with another language's month and joining word: "du 13 au 14
    avril", "13-14 Nisan", "13 и 14 апреля" (German "vom 13. bis 14. April", with ordinal days, is not read yet)."""
    def day(k: int) -> int | None:
        return int(tokens[k].text) if k < len(tokens) and tokens[k].text.isdecimal() and 1 <= int(tokens[k].text) <= 31 \
            else None

    def last_day(k: int) -> int | None:  # the second day may carry the ordinal ending: Kurmanji "6 û 7’ê Sibatê"
        return day_number(tokens[k]) if k < len(tokens) else None

    if day(i) is not None and i + 3 < len(tokens) and tokens[i + 1].lower in _RANGE_JOINS and day(i + 2) is not None:
        month, first, last, end = month_of(tokens[i + 3], None), day(i), day(i + 2), i + 4
        if month is None and lowered is not None:
            named = _month_after_day(tokens, lowered, i + 3)
            month, end = (named[1], named[0]) if named else (None, end)
    elif day(i) is not None and i + 3 < len(tokens) and lowered is not None \
            and lowered[i + 1] in words("day_range_join") and last_day(i + 2) is not None \
            and (named := _month_after_day(tokens, lowered, i + 3)) is not None:
        month, first, last, end = named[1], day(i), last_day(i + 2), named[0]
    elif i + 3 < len(tokens) and day(i + 1) is not None and tokens[i + 2].lower in _RANGE_JOINS and day(i + 3) is not None:
        month, first, last, end = month_of(tokens[i], tokens[i + 1]), day(i + 1), day(i + 3), i + 4
    else:
        return None
    if month is None or first is None or last is None or last <= first:
        return None
    if end < len(tokens) and tokens[end].text.isdecimal() and len(tokens[end].text) == 4:
        year, end = int(tokens[end].text), end + 1
    else:
        year = year_for(month, first, published)
    start = safe_date(year, month, first) if year else None
    return None if start is None or safe_date(start.year, month, last) is None else (end, start, last - first)


_NUMERIC_SEPARATORS = frozenset({"/", ".", "-"})
#: Words after which a day and month written in numbers with a slash and no year open an entry or a date ("On 17/10,").
_BEFORE_A_SHORT_DATE = frozenset({"on", "(", "-", "–", "—", "•", "*", "|"})


def numeric_no_year(tokens: Sequence[Token], i: int, published: date | None) -> tuple[int, date, date | None] | None:
    """A day and month written in numbers with a slash and no year at token i, as a tracker opens its entries ("20/11
    – Drone attack on the Harir base") or a report dates one ("On 17/10, drones hit al-Tanf"): (end index, date, the
    other reading or None), in the latest year up to the publication day (:func:`year_for`). Only at the start of a
    line or sentence, or after "on" or an entry's mark (not "24/7", "2/3 of them" inside a sentence); day first, as
    reports from the region write it, month first when the second number is past 12; in any digits ("٢٠/١١").

    >>> from geoincidents.extract.text import tokenize
    >>> numeric_no_year(tokenize("20/11 - Drones hit the base"), 0, date(2023, 12, 20))
    (3, datetime.date(2023, 11, 20), None)
    >>> numeric_no_year(tokenize("On 3/11, drones hit the base"), 1, date(2023, 12, 20))[1:]
    (datetime.date(2023, 11, 3), datetime.date(2023, 3, 11))
    >>> numeric_no_year(tokenize("open 24/7 for them"), 1, date(2023, 12, 20)) is None
    True
    """
    if published is None or i + 2 >= len(tokens) or (i and tokens[i - 1].text.lower() not in _BEFORE_A_SHORT_DATE):
        return None
    left, slash, right = tokens[i:i + 3]
    if slash.text != "/" or left.end != slash.start or slash.end != right.start \
            or not (left.text.isdecimal() and right.text.isdecimal()) \
            or len(left.text) > 2 or len(right.text) > 2:
        return None
    if i + 3 < len(tokens) and tokens[i + 3].start == right.end and (tokens[i + 3].text in _NUMERIC_SEPARATORS
                                                                   or tokens[i + 3].text.isdecimal()):
        return None  # ("20/11/2023" is :func:`numeric`'s)
    first, second = int(left.text), int(right.text)
    day, month = (first, second) if second <= 12 else (second, first)
    year = year_for(month, day, published) if 1 <= month <= 12 else None
    found = safe_date(year, month, day) if year else None
    if found is None:
        return None
    other = None
    if first != second and first <= 12 and second <= 12:
        other_year = year_for(first, second, published)
        other = safe_date(other_year, first, second) if other_year else None
    return i + 3, found, other


def numeric(tokens: Sequence[Token], i: int) -> tuple[int, date, date | None] | None:
    """A date written in numbers at token i, with a four-digit year: (end index, date, the other reading or None).

    Day first, as reports from the region write it ("28/01/2024", "28.01.2024", "28-01-2024"), or year first
    ("2024/01/28", "2024-01-28"); one separator throughout and no space inside. A month past 12 in the day-first
    place is read month first ("01/28/2024"); when both readings are days the day-first one is kept and the other
    is returned beside it.

    >>> from geoincidents.extract.text import tokenize
    >>> numeric(tokenize("on 28/01/2024"), 1), numeric(tokenize("2024-01-28"), 0)[1]
    ((6, datetime.date(2024, 1, 28), None), datetime.date(2024, 1, 28))
    >>> numeric(tokenize("3.2.2024"), 0)[1:]
    (datetime.date(2024, 2, 3), datetime.date(2024, 3, 2))
    >>> numeric(tokenize("at 10.30 on"), 1) is None, numeric(tokenize("5/2/24"), 0) is None
    (True, True)
    """
    if i + 4 >= len(tokens):
        return None
    parts = tokens[i:i + 5]
    separator = parts[1].text
    if separator not in _NUMERIC_SEPARATORS or parts[3].text != separator \
            or any(a.end != b.start for a, b in zip(parts, parts[1:])) \
            or not all(t.text.isdecimal() and t.text.isascii() for t in parts[::2]):
        return None
    if i + 5 < len(tokens) and tokens[i + 5].start == parts[4].end and tokens[i + 5].text in _NUMERIC_SEPARATORS \
            and i + 6 < len(tokens) and tokens[i + 6].text.isdecimal():
        return None  # "1.2.2024.5": a number of another kind
    first, second, third = (t.text for t in parts[::2])
    if len(first) == 4 and len(second) <= 2 and len(third) <= 2:
        found = safe_date(int(first), int(second), int(third))
        return None if found is None else (i + 5, found, None)
    if len(third) != 4 or len(first) > 2 or len(second) > 2:
        return None
    year, a, b = int(third), int(first), int(second)
    found = safe_date(year, b, a) or safe_date(year, a, b)  # day first; "01/28/2024" can only be month first
    if found is None:
        return None
    other = safe_date(year, a, b) if a != b and found.day == a else None
    return i + 5, found, other
