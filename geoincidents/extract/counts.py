"""Numbers a clause gives: munitions, casualties, projectiles launched / intercepted / impacted, time of day.

* "more than five rockets" → munitions ``5+ rockets`` (count 5, at least);
* "killing at least one person and injuring eight" → fatalities 1, injured 8;
  "no personnel were injured" → 0;
* projectiles (the incident table's ``launched``, ``intercepted``,
  ``impacted``): "three drones were launched; two were shot down and one hit
  the base" → 3, 2, 1. A count is taken only where the text ties a number to
  the verb: "most of which were intercepted" gives no number, and a drone
  "shot down" is not counted as launched (the text does not say how many
  were sent);
* time of day: "at 9:07 p.m.", "at 21:30 local time", "10 p.m. (1900 GMT)"
  → ``21:07``; the zone from ``data/extract_timezones.csv`` (blank for
  local time, which the table reads as local at the target).

Nothing is guessed: a number the text does not give stays None.
"""
from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Sequence
from typing import Any

from geoincidents.extract import lexicon

__all__ = ["counts", "projectiles", "time_of_day", "MUNITION_TYPES"]

MUNITION_TYPES = frozenset({"rocket_attack", "missile_attack", "drone_attack", "artillery"})
_MUNITION_TYPES = MUNITION_TYPES
_BOTH = {"both": 2, "all two": 2, "all three": 3, "all four": 4, "all five": 5}


def _number(token: str) -> int | None:
    if token.isdecimal():
        return int(token)
    return lexicon.numbers().get(token)


#: Words after a munition noun that trigger phrases carry to tell the noun from a verb ("launches were", "launches
#: from"): no part of the count's noun.
_PHRASE_TAILS = frozenset({"were", "had", "crossing", "from", "toward", "towards"})

_MORE = ("more than", "over", "at least", "some", "about", "around", "nearly", "up to")


@functools.cache
def _count_patterns() -> dict[str, Any]:
    """The count patterns, compiled once from the trigger, number and casualty word tables."""
    munition_words = sorted((p for p, t in lexicon.triggers().items() if t.event_type in _MUNITION_TYPES), key=len, reverse=True)
    more = "|".join(re.escape(m) for m in _MORE)
    number_words = "|".join(sorted((re.escape(w) for w in lexicon.numbers() if w not in ("no", "a", "an")), key=len, reverse=True))
    patterns: dict[str, Any] = {
        "months": {m.lower() for m in calendar.month_name if m},
        "munition": re.compile(rf"\b(?:(?P<more>{more}) )?(?P<n>\d+|{number_words}) (?!- )(?:[a-z-]+ ){{0,2}}?"
                               rf"(?P<what>{'|'.join(map(re.escape, munition_words))})\b"),
    }
    for key, group in (("fatalities", "killed"), ("injured", "injured")):
        verbs = "|".join(sorted(lexicon.words(group)))
        patterns[key] = (
            re.compile(rf"\b(?:{verbs}) (?:(?:{more}) )?(?P<n>\d+|{number_words}|a)\b"),
            # (an adverb of degree after the auxiliary: "three soldiers were lightly hurt")
            re.compile(rf"\b(?P<n>\d+|{number_words}) (?:[a-z.'’-]+ ){{0,3}}(?:were |was |had been )?(?:[a-z]+ly )?"
                       rf"(?:{verbs})\b"),
            re.compile(rf"\bno (?:[a-z.'’-]+ ){{0,3}}(?:were |was |had been )?(?:{verbs})\b"),
        )
    # Injuries told as a noun: "causing minor injuries to two service members", "two troops sustained minor
    # injuries", "leaving 34 personnel with traumatic brain injuries".
    patterns["injuries"] = (
        re.compile(rf"\binjuries to (?:(?:{more}) )?(?P<n>\d+|{number_words})\b"),
        re.compile(rf"\b(?P<n>\d+|{number_words}) (?:[a-z.'’-]+ ){{0,3}}(?:suffered|sustained|received|with) "
                   rf"(?:[a-z-]+ ){{0,3}}injur(?:y|ies)\b"),
    )
    # "with no injuries reported"; "causing no casualties" (neither killed nor hurt)
    patterns["none_told"] = {
        "fatalities": re.compile(r"\bno (?:[a-z-]+ ){0,2}casualt(?:y|ies)\b"),
        "injured": re.compile(r"\bno (?:[a-z-]+ ){0,2}(?:injur(?:y|ies)|casualt(?:y|ies))\b"),
    }
    return patterns


def _model_number(munition: re.Match) -> bool:
    """Whether a number before a weapon's singular, whose plural is a trigger too, names its model, not a count ("a
    Hermes 450 drone", "a Fateh 110 missile"; "450 drones" is a count)."""
    n, what = _number(munition.group("n")), munition.group("what")
    return n is not None and n > 1 and not what.endswith("s") and f"{what}s" in lexicon.triggers()


def counts(lowered: Sequence[str]) -> dict[str, Any]:
    """Munition count, fatalities and injured in a clause's lower-cased tokens.

    Examples
    --------
    >>> from geoincidents.extract.text import tokenize
    >>> counts([t.lower for t in tokenize("more than five rockets were fired")])["munitions"]
    '5+ rockets'
    >>> c = counts([t.lower for t in tokenize("killing at least one person and injuring eight others")])
    >>> c["fatalities"], c["injured"]
    (1, 8)
    >>> counts([t.lower for t in tokenize("and no one was hurt")])["injured"]
    0
    >>> counts([t.lower for t in tokenize("causing minor injuries to two service members")])["injured"]
    2
    """
    found: dict[str, Any] = {"munitions": "", "munition_count": None, "fatalities": None, "injured": None}
    text = " ".join(lowered)
    patterns = _count_patterns()
    months = patterns["months"]
    munition = next((m for m in patterns["munition"].finditer(text)
                     if text[:m.start()].split()[-1:] not in ([mo] for mo in months)  # not "January 20 missile attack"
                     and not text[:m.start()].endswith("- ")  # not "an MQ-9 Reaper drone"
                     and not _model_number(m)), None)
    if munition:
        n = _number(munition.group("n"))
        plus = bool(munition.group("more")) and munition.group("more") not in ("about", "around", "nearly", "up to")
        if n is not None:
            found["munition_count"] = (n, plus)
            what = munition.group("what").split()
            # (a trigger told with the word after the noun, "launches were": the noun alone)
            what = what[:next((k for k, w in enumerate(what) if k and w in _PHRASE_TAILS), len(what))]
            found["munitions"] = f"{n}{'+' if plus else ''} {' '.join(what)}"
    for key in ("fatalities", "injured"):
        after, before, none = (p.search(text) for p in patterns[key])
        hit = after or before
        if key == "injured" and hit is None:
            hit = next((m for m in (p.search(text) for p in patterns["injuries"]) if m), None)
        none = none or patterns["none_told"][key].search(text)
        if none and (hit is None or none.start() <= hit.start() < none.end()):
            found[key] = 0  # "no one was hurt": not one hurt
        elif hit:
            found[key] = _number(hit.group("n")) if hit.group("n") != "a" else 1
    return found


_DOWN = r"(?:shot down|downed|intercepted|brought down|destroyed)"
_HIT = r"(?:hit|hits|struck|landed|crashed|fell|impacted|exploded)"


@functools.cache
def _projectile_patterns() -> dict[str, Any]:
    munition_words = sorted((p for p, t in lexicon.triggers().items() if t.event_type in _MUNITION_TYPES), key=len, reverse=True)
    what = "|".join(map(re.escape, munition_words))
    number_words = "|".join(sorted((re.escape(w) for w in [*lexicon.numbers(), *_BOTH]
                                    if w not in ("no", "a", "an")), key=len, reverse=True))
    more = "|".join(re.escape(m) for m in _MORE)
    n = rf"(?:(?P<more>{more}) )?(?P<n>\d+|{number_words})"
    told = r"(?:were|was|had been|have been|has been|are|got)"
    return {
        "intercepted": (
            re.compile(rf"\b{_DOWN} (?:all |both )?{n} (?:[a-z-]+ ){{0,2}}?(?:{what})\b"),
            # ("three rockets, two of which were "shot down": a quote mark may open the verb)
            re.compile(rf"\b{n} (?:of them |of which |of the (?:{what}) |(?:[a-z-]+ ){{0,2}}?(?:{what}) )?{told} "
                       rf"(?:[a-z]+ |[\"“”] )?{_DOWN}\b"),
        ),
        "impacted": (
            re.compile(rf"\b{n} (?:of them |of the (?:{what}) |(?:[a-z-]+ ){{0,2}}?(?:{what}) )?(?:{told} )?{_HIT}\b"),
        ),
        "launched_after_down": re.compile(rf"\b{_DOWN} (?:all |both )?$"),
    }


def _value(match: Any) -> tuple[int, bool] | None:
    word = match.group("n")
    n = _BOTH.get(word) if word in _BOTH else _number(word)
    if n is None:
        return None
    more = match.group("more")
    return n, bool(more) and more not in ("about", "around", "nearly", "up to")


def projectiles(lowered: Sequence[str], munition: Any = None) -> dict[str, tuple[int, bool] | None]:
    """``launched``, ``intercepted`` and ``impacted`` counts of a clause, each (n, at least) or None.

    Examples
    --------
    >>> from geoincidents.extract.text import tokenize
    >>> p = projectiles([t.lower for t in tokenize("Three drones were launched; two were shot down and one hit the base")])
    >>> p["launched"], p["intercepted"], p["impacted"]
    ((3, False), (2, False), (1, False))
    >>> projectiles([t.lower for t in tokenize("US forces shot down two drones")])
    {'launched': None, 'intercepted': (2, False), 'impacted': None}
    """
    text = " ".join(lowered)
    patterns = _projectile_patterns()
    found: dict[str, tuple[int, bool] | None] = {"launched": None, "intercepted": None, "impacted": None}
    for key in ("intercepted", "impacted"):
        for pattern in patterns[key]:
            hit = pattern.search(text)
            if hit is not None:
                found[key] = _value(hit)
                break
    months = _count_patterns()["months"]
    for hit in _count_patterns()["munition"].finditer(text):
        if text[:hit.start()].split()[-1:] in ([m] for m in months) or text[:hit.start()].endswith("- "):
            continue
        if patterns["launched_after_down"].search(text[:hit.start()]):
            continue  # "shot down two drones": how many were sent is not said
        after = text[hit.end():hit.end() + 40]
        if re.match(rf" (?:{'|'.join(('were', 'was', 'had been'))}) (?:[a-z]+ )?{_DOWN}\b", after) or re.match(rf" {_HIT}\b", after):
            continue  # "two drones were shot down", "two rockets hit": counted above, not as launched
        found["launched"] = _value(hit)
        break
    return found


_CLOCK = re.compile(r"\b(?P<h>[012]?\d)(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>[ap])\.?\s?m\b\.?"
                    r"|\b(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)\b"
                    # a 24-hour clock with a dot, where a clock word or ending says it is one ("saat 23.30'da",
                    # "um 23.30 Uhr", "à 23h30"), never a bare decimal number
                    r"|\b(?:saat|um|à|vers)\s+(?P<hd>[01]?\d|2[0-3])[.h](?P<md>[0-5]\d)\b"
                    r"|\b(?P<hu>[01]?\d|2[0-3])\.(?P<mu>[0-5]\d)\s*(?:uhr\b|['’](?:d|t)[ae]\b)",
                    re.IGNORECASE)


@functools.cache
def _zones() -> dict[str, str]:
    return {r["phrase"]: r["timezone"] for r in lexicon.read_table("timezones")}


def time_of_day(text: str) -> tuple[str, str] | None:
    """The first clock time of *text* as ("HH:MM", timezone), the zone blank when local or not given.

    Examples
    --------
    >>> time_of_day("shot down at 9:07 p.m. local time")
    ('21:07', '')
    >>> time_of_day("the strikes began at 16:00 EST")
    ('16:00', 'EST')
    >>> time_of_day("a 2 percent rise") is None
    True
    >>> time_of_day("saat 23.30'da İHA ile saldırı"), time_of_day("um 23.30 Uhr"), time_of_day("3.50 dollars")
    (('23:30', ''), ('23:30', ''), None)
    >>> time_of_day("des frappes vers minuit"), time_of_day("shortly before midnight") is None
    (('00:00', ''), True)
    """
    clock = _clock_time(text)
    if clock is None and _midnight().search(text):
        return "00:00", ""  # "vers minuit", "shortly after midnight": the clock's midnight, told in words
    return clock


@functools.cache
def _midnight() -> re.Pattern[str]:
    """The phrases that tell the moment of midnight in words (``midnight`` in extract_words.csv)."""
    phrases = sorted(lexicon.words("midnight"), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(p) for p in phrases)})(?!\w)", re.IGNORECASE)


def _clock_time(text: str) -> tuple[str, str] | None:
    """The first clock time written with digits in *text* (:func:`time_of_day`)."""
    for m in _CLOCK.finditer(text):
        dotted = m.group("hd") or m.group("hu")
        if dotted is not None:
            hour, minute = int(dotted), int(m.group("md") or m.group("mu"))
        elif m.group("h24") is not None:
            hour, minute = int(m.group("h24")), int(m.group("m24"))
            pm = re.match(r"\s*p\.?\s?m\b", text[m.end():], re.IGNORECASE)
            if pm and hour < 12:
                hour += 12
        else:
            hour, minute = int(m.group("h")), int(m.group("m") or 0)
            if 12 < hour <= 23 and m.group("m"):
                pass  # "20:58 pm": a 24-hour clock with a stray suffix
            elif not 1 <= hour <= 12:
                continue
            else:
                hour = hour % 12 + (12 if m.group("ampm").lower() == "p" else 0)
        after = text[m.end():m.end() + 24].lower()
        after = re.sub(r"^[\s(]*(?:p\.?\s?m\.?|a\.?\s?m\.?)?\s*\(?", "", after)
        zone = ""
        for phrase, name in sorted(_zones().items(), key=lambda kv: -len(kv[0])):
            if re.match(rf"{re.escape(phrase)}\b", after):
                zone = name
                break
        return f"{hour:02d}:{minute:02d}", zone
    return None
