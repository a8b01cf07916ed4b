"""Event mentions: one per clause that tells of fire, a strike, an explosion or an interception.

A sentence is cut into clauses at linking words ("after", "in response to",
"hours after": ``extract_words.csv``), since "the strikes answered the
January 20 missile attack on al-Asad" tells two events. In each clause:

* the event type is that of the strongest trigger (``extract_triggers.csv``);
  a generic trigger ("strikes", "struck", "attack") counts only when a state
  force acts (``extract_actors.csv``), and is then an air strike;
* the date is the clause's own date expression, else the sentence's, else
  the last date the text gave (then marked as inherited, not explicit);
* counts: "more than five rockets" → munitions "5+ rockets"; "killed at
  least one and injured eight" → fatalities 1, injured 8; "no personnel were
  injured" → 0;
* actors: a state force or group named before the trigger fired or struck;
  one named after it was hit;
* statuses: claim and denial cues of the sentence (``extract_statuses.csv``).

Clauses about many attacks ("came under repeated attacks", "more than 150
times since October") are background, not incidents, unless the trigger
itself is one event ("a series of strikes culminated in a drone strike").
"""
from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Sequence

from geoincidents.extract import lexicon
from geoincidents.extract.dates import DateMention, find_dates
from geoincidents.extract.text import Sentence

__all__ = ["EventMention", "clauses_of", "find_events", "counts"]

_MUNITION_TYPES = frozenset({"rocket_attack", "missile_attack", "drone_attack", "artillery"})


@dataclass
class EventMention:
    """What one clause tells of one event."""

    sentence: int
    first: int
    last: int
    event_type: str
    priority: int
    trigger: str
    date: date | None = None
    date_precision: str = "day"
    date_explicit: bool = False
    date_text: str = ""
    actor: str = ""
    target_actor: str = ""
    munitions: str = ""
    munition_count: tuple[int, bool] | None = None
    fatalities: int | None = None
    injured: int | None = None
    statuses: list[str] = field(default_factory=list)
    mentions: list[Any] = field(default_factory=list)  # the clause's place mentions (roles set)
    firing: bool = False
    linked: bool = False  # in a clause hung on another by a linking word


def clauses_of(sentence: Sentence) -> list[tuple[int, int]]:
    """Token ranges of the clauses of a sentence."""
    lowered = sentence.lowered
    trigger_table = lexicon.trigger_table()
    cuts = [0]
    for start, _, _ in lexicon.word_phrases("clause_link").find(lowered):
        if start <= cuts[-1] + 1 and start > 3:
            continue
        fronted = not trigger_table.find(lowered[:start])
        if start > cuts[-1] + 1:
            cuts.append(start)
        if fronted and "," in lowered[start:]:
            # "On Monday, hours after the rockets landed near X, US forces shot down ...": the fronted
            # clause ends at its comma.
            comma = lowered.index(",", start)
            if comma + 1 < len(lowered):
                cuts.append(comma + 1)
    for k, word in enumerate(lowered[:-1]):
        # "Rockets struck X on Thursday, and a drone attack targeted Y": two events, two clauses.
        joined = word == ";" or (word == "," and lowered[k + 1] in ("and", "while", "but"))
        if joined and trigger_table.find(lowered[:k]) and trigger_table.find(lowered[k + 1:]):
            cuts.append(k + 1)
    cuts.append(len(lowered))
    cuts = sorted(set(cuts))
    return list(zip(cuts, cuts[1:]))


def _number(token: str) -> int | None:
    if token.isdecimal():
        return int(token)
    return lexicon.numbers().get(token)


_SPECIFIC = 72  # triggers from this priority up are phrases that name the type outright ("missile attack")
_STRIKE_OF = {"missile_attack": "missile_strike", "drone_attack": "drone_strike"}
_MORE = ("more than", "over", "at least", "some", "about", "around", "nearly", "up to")


@functools.cache
def _count_patterns() -> dict[str, Any]:
    """The count patterns, compiled once from the trigger, number and casualty word tables."""
    munition_words = sorted((p for p, t in lexicon.triggers().items() if t.event_type in _MUNITION_TYPES), key=len, reverse=True)
    more = "|".join(re.escape(m) for m in _MORE)
    number_words = "|".join(sorted((re.escape(w) for w in lexicon.numbers() if w not in ("no", "a", "an")), key=len, reverse=True))
    patterns: dict[str, Any] = {
        "months": {m.lower() for m in calendar.month_name if m},
        "munition": re.compile(rf"\b(?:(?P<more>{more}) )?(?P<n>\d+|{number_words}) (?:[a-z-]+ ){{0,2}}?"
                               rf"(?P<what>{'|'.join(map(re.escape, munition_words))})\b"),
    }
    for key, group in (("fatalities", "killed"), ("injured", "injured")):
        verbs = "|".join(sorted(lexicon.words(group)))
        patterns[key] = (
            re.compile(rf"\b(?:{verbs}) (?:(?:{more}) )?(?P<n>\d+|{number_words}|a)\b"),
            re.compile(rf"\b(?P<n>\d+|{number_words}) (?:[a-z.'’-]+ ){{0,3}}(?:were |was |had been )?(?:{verbs})\b"),
            re.compile(rf"\bno (?:[a-z.'’-]+ ){{0,3}}(?:were |was |had been )?(?:{verbs})\b"),
        )
    return patterns


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
    """
    found: dict[str, Any] = {"munitions": "", "munition_count": None, "fatalities": None, "injured": None}
    text = " ".join(lowered)
    patterns = _count_patterns()
    months = patterns["months"]
    munition = next((m for m in patterns["munition"].finditer(text)
                     if text[:m.start()].split()[-1:] not in ([mo] for mo in months)), None)  # not "January 20 missile attack"
    if munition:
        n = _number(munition.group("n"))
        plus = bool(munition.group("more")) and munition.group("more") not in ("about", "around", "nearly", "up to")
        if n is not None:
            found["munition_count"] = (n, plus)
            found["munitions"] = f"{n}{'+' if plus else ''} {munition.group('what')}"
    for key in ("fatalities", "injured"):
        after, before, none = (p.search(text) for p in patterns[key])
        hit = after or before
        if hit:
            found[key] = _number(hit.group("n")) if hit.group("n") != "a" else 1
        elif none:
            found[key] = 0
    return found


def _specific(clause: Sequence[str], at: int) -> bool:
    """Whether the trigger at *at* tells of one event ("a US drone strike"), not of many."""
    return any(w in ("a", "an") for w in clause[max(0, at - 3):at])


def _actors(sentence: Sentence, first: int, last: int) -> list[tuple[int, str, bool]]:
    lowered = sentence.lowered
    result = []
    for start, end, (actor, state) in lexicon.actors().find(lowered[first:last]):
        token = sentence.tokens[first + start]
        # "US" the state, not "us" the pronoun: case must agree with the table's phrase.
        if token.text.islower() and actor[0].isupper() and token.text not in ("coalition", "militants", "militia", "militias"):
            continue
        if any(w in lexicon.words("speaker") for w in lowered[first + end:first + end + 2]):
            continue
        result.append((first + start, actor, state))
    return result


def find_events(sentences: list[Sentence], *, published: date | None) -> tuple[list[EventMention], list[list[tuple[int, int]]]]:
    """Event mentions of a report (roles not yet set) and the clauses of every sentence."""
    table = lexicon.trigger_table()
    firing_verbs = lexicon.words("firing_verb")
    background = lexicon.word_phrases("background")
    statuses = lexicon.statuses()
    attack_words = lexicon.word_phrases("attack_word")
    previous: date | None = published
    events: list[EventMention] = []
    all_clauses = []
    for sentence in sentences:
        lowered = sentence.lowered
        clauses = clauses_of(sentence)
        all_clauses.append(clauses)
        dates = find_dates(sentence.tokens, published=published, previous=previous)
        sentence_statuses = [str(v) for _, _, v in statuses.find(lowered)]
        for c_first, c_last in clauses:
            clause = lowered[c_first:c_last]
            found = table.find(clause)
            attacking = bool(attack_words.find(clause)) or any(w in firing_verbs for w in clause)
            c = counts(clause)
            # A munition word tells of an event only beside an attack word or a count ("training sites for rockets").
            found = [f for f in found if f[2].event_type not in _MUNITION_TYPES or attacking or c["munition_count"]]
            if not found:
                continue
            actors = _actors(sentence, c_first, c_last)
            best = max(found, key=lambda f: f[2].priority)
            if best[2].event_type in _MUNITION_TYPES and best[2].priority < _SPECIFIC:
                # "ballistic missiles and rockets", "missiles and drones": the first weapon named.
                best = next(f for f in found if f[2].event_type in _MUNITION_TYPES)
            trigger_at = c_first + best[0]
            event_type = best[2].event_type
            if background.find(clause) and not _specific(clause, best[0]):
                continue
            if event_type == "strike":
                # A generic "strikes"/"attack" is a state force's strike only when the force is its subject.
                acting = [a for a in actors if trigger_at - 6 <= a[0] < trigger_at + 2 and a[2]]
                # "the strikes", "Tuesday's strikes", "targets were struck", "a strike near Hillah": a strike the
                # report already told of, when it has told one.
                told = any(e.event_type in ("air_strike", "drone_strike", "missile_strike") for e in events)
                anaphora = told and trigger_at > 0 and (lowered[trigger_at - 1] in lexicon.words("anaphora") or (
                    best[2].phrase in ("strike", "strikes", "struck") ))
                last = events[-1] if events else None
                if not acting and not anaphora and last is not None and last.event_type in _MUNITION_TYPES \
                        and sentence.index - last.sentence <= 1 and best[2].phrase in ("struck", "strike", "strikes"):
                    event_type = last.event_type  # "Iran fired missiles at Israel. Several struck Nevatim": the same fire
                elif not acting and not anaphora:
                    continue
                else:
                    event_type = "air_strike"
            own = [d for d in dates if c_first <= d.first < c_last]
            if len(own) > 1:
                # "the army said on Tuesday that a drone was intercepted overnight": the day it was said is not the event's.
                told_on = [d for d in own if set(lowered[max(0, d.first - 3):d.first]) & lexicon.words("speaker")]
                own = [d for d in own if d not in told_on] or own
            # Else a date of the sentence outside every other clause that tells an event of its own.
            free = [d for d in dates if not any(f <= d.first < l and (f, l) != (c_first, c_last) and table.find(lowered[f:l])
                                                for f, l in clauses)]
            chosen: DateMention | None = own[0] if own else (free[0] if free else None)
            event = EventMention(sentence.index, c_first, c_last, event_type, best[2].priority, best[2].phrase)
            event.linked = c_first > 0 and bool(lexicon.word_phrases("clause_link").match_at(lowered, c_first))
            if chosen is not None:
                event.date, event.date_precision, event.date_explicit, event.date_text = (
                    chosen.date, chosen.precision, True, chosen.text)
            elif previous is not None:
                event.date, event.date_precision = previous, "day"
            before = [a for a in actors if a[0] <= trigger_at]
            if event_type in _STRIKE_OF and any(a[2] and trigger_at - a[0] <= 3 for a in before) and any(
                    w in ("struck", "strike", "strikes") for w in clause):
                event_type = _STRIKE_OF[event_type]  # "the US missile struck two bases": a state force's strike
            after = [a for a in actors if a[0] > trigger_at]
            if event_type in ("air_strike", "drone_strike", "missile_strike"):
                state_before = [a for a in before if a[2]]
                event.actor = state_before[-1][1] if state_before else (before[-1][1] if before else "")
            else:
                # Who fired: a group, or a state force right before the weapon ("Iranian missiles"), never the speaker.
                firing_actor = [a for a in before if not a[2] or trigger_at - a[0] <= 3]
                event.actor = firing_actor[-1][1] if firing_actor else ""
            rest = [a for a in after if a[1] != event.actor] + [a for a in before if a[1] != event.actor and not a[2]]
            event.target_actor = rest[0][1] if rest and event_type != "explosion" else ""
            event.firing = event_type in _MUNITION_TYPES or any(w in firing_verbs for w in lowered[c_first:c_last])
            event.munitions, event.munition_count = c["munitions"], c["munition_count"]
            event.fatalities, event.injured = c["fatalities"], c["injured"]
            event.statuses = sentence_statuses
            events.append(event)
        if dates:
            previous = dates[-1].date
    return events, all_clauses
