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

import copy
import re
from datetime import date, timedelta
from typing import Any, Sequence

from geoincidents.extract import lexicon
from geoincidents.extract.counts import MUNITION_TYPES as _MUNITION_TYPES, counts, projectiles, time_of_day
from geoincidents.extract.clauses import (clause_text, clauses_of, dashed_appositions, date_told_back, event_date,
                                         german_passive_participle, hung_clauses,
                                          trailing_relative,
                                          onset_of_a_war)
from geoincidents.extract.cues import (ATTACK_INTERCEPTED as _ATTACK_INTERCEPTED, DEBRIS, TABLE_PIPES, actors_in,
                                       adjective_after, agent_of, agent_strike, barrage, blamed_on, by_before, campaign_summary, carried_out_by,
                                       comment_on_told, debris_of_fire, downed_in_flight, drone_kind, fire_told_before, hurt_in_a_barrage,
                                       intercepted_attack, many_times, negated, not_the_side_hit, passive_subject, placed,
                                       readied, said_on, some_got_through, speaks_of_itself, specific, stock_struck, tally_since,
                                       weapon_sender, weapons_found, without_adverbs)
from geoincidents.extract.dates import (APPOSED_DAY_OPENERS, a_day_heading, a_stamp, a_timeline_entry, clock_day,
                                        clock_heading, counts_from, dateline_day, days_ahead, find_dates, newest_first,
                                        quoted, tells_its_event, week_covered, week_heading, years_told_next)
from geoincidents.extract.eventmention import EventMention
from geoincidents.extract.monthdates import year_told
from geoincidents.extract.mentions import GOVERNING_A_NAME, in_title_case
from geoincidents.extract.particles import is_arabic, is_hebrew
from geoincidents.extract.strikes import (STRIKES as _STRIKES, generic_strike, owner_of_its_forces, subject_after_verb,
                                          whose_member)
from geoincidents.extract.text import Sentence
from geoincidents.extract.untriggered import attacks_apportioned, untriggered, weapon_as_agent

#: The last word of a downing verb before "by" ("shot down by", "downed by", "intercepted by").
_DOWNING_WORDS = frozenset({"down", "downed", "intercepted", "destroyed"})

__all__ = ["find_events"]

_SPECIFIC = 72  # triggers from this priority up are phrases that name the type outright ("missile attack")
_STRIKE_OF = {"missile_attack": "missile_strike", "drone_attack": "drone_strike"}
_MIXED = 50  # a clause that names several weapons (below "drone", 60)
_DRONE_INSTRUMENT = 90  # a strike the sentence says a drone carried out names its type like "drone strike"
#: The nouns after a weapon's name that make the pair an event told outright ("missile strikes were reported").
_STRIKE_NOUNS = frozenset({"strike", "strikes"})
_DOWNED = 85  # weapons "destroyed" over a place were downed, as "shot down" says (its priority in the table)
#: From this local hour on, an event told with a clock time and no day in a report dated with no hour is taken as
#: the evening before the report's day (a report dated that day would have to come out within the hours left).
_LATE_EVENING = "21:00"


#: "with" and "of" between a bombardment and its weapon, in the report languages.
_WITH_OR_OF = lexicon.OF_WORDS | {"with", "con", "des", "mit", "von", "dei", "by"}


def _a_count_with_by(between: Sequence[str]) -> bool:
    """Whether *between* is one Arabic count with "ب" 'with, by' joined ("بثلاثة" 'with three'): what follows it is
    the weapon a bombardment was made with."""
    return len(between) == 1 and between[0].startswith("ب") and between[0][1:] in lexicon.numbers()


def flying_over(clause: Sequence[str], end: int) -> bool:
    """Whether the drones or aircraft named by the words ending at *end* fly over or above a place ("drones continued to
    fly over the city", "drones were seen hovering above the base", "US aircraft and helicopters then flew over the
    towns"): surveillance told, not fire (``flight_verb``)."""
    after = clause[end:end + 5]
    return any(w in lexicon.words("flight_verb") and after[k + 1:k + 2] in (["over"], ["above"], ["overhead"])
               and set(after[:k]) <= _TO_FLY  # the drones' own flight, not "fired their missiles while flying over"
               for k, w in enumerate(after))


#: Words that may stand between drones and their flight ("drones kept flying over", "drones continued to fly over").
_TO_FLY = frozenset({"were", "was", "are", "is", "kept", "keep", "continued", "continue", "to", "still", "seen", "been",
                     "had", "have", "then", "also", "again", "and", "helicopters", "jets", "drones"})


def _rubble_of(clause: Sequence[str], end: int) -> bool:
    """Whether the debris word ending at token *end* is of a built thing ("the debris of an apartment building", "the
    rubble of their homes"): what was hit, not fire downed."""
    after = [w for w in clause[end:end + 4] if w not in ("the", "a", "an", "its", "their", "his", "her")]
    return after[:1] in (["of"], ["from"]) and any(w in lexicon.words("rubble_of") for w in after[1:3])


def _aimed_after(clause: Sequence[str], end: int, words: int | None = None) -> bool:
    """Whether the weapon words ending at token *end* are told on their way to a place: a word of aim a few words on
    ("a drone that had been aimed at", "drones heading toward", ``aim`` in extract_words.csv)."""
    return bool(lexicon.word_phrases("aim").find(clause[end:end + (words or _AIMED_WORDS)]))


#: How many words after a weapon told with no verb of attack its word of aim may stand: "plusieurs drones chargés
#: d'explosifs se sont dirigés tôt lundi matin vers la base" (the weapon's load, the verb and the day between).
_HEADED_WORDS = 11

#: Arabic nouns of an attack's dead and wounded before it in the construct ("شهداء العدوان" 'the martyrs of the
#: aggression', "ضحايا الغارة" 'the victims of the raid').
_VICTIMS = frozenset({"شهداء", "ضحايا", "قتلى", "جرحى", "وشهداء", "وضحايا", "لشهداء", "لضحايا"})
#: How many words before the trigger its victims' noun may stand ("شهداء العدوان الأمريكي الذي استهدف").
_VICTIMS_BEFORE = 5

#: Words that place an event among those told ("before the latest strikes", "since the last attack").
_TOLD_ORDER = frozenset({"latest", "last", "recent", "previous", "first", "new", "earlier"})

#: How many words after a weapon its aim may be told ("a drone that had been aimed at").
_AIMED_WORDS = 6


def _craft(phrase: str) -> bool:
    """Whether a trigger names aircraft: the ``aircraft`` words ("fighter jets", "warplanes") or a model ("f-16",
    "su-24")."""
    return phrase in lexicon.words("aircraft") or bool(_MODEL.fullmatch(phrase))


#: An aircraft's model as the triggers write it ("f-16", "f-15es", "su-24").
_MODEL = re.compile(r"[a-z]{1,3}-\d{1,3}[a-z]{0,2}s?")


def _counted_since(lowered: Sequence[str], first: int) -> bool:
    """Whether the day at token *first* is told after a "since" of its clause (``since_word``: "since", "depuis",
    "desde", "seit", "منذ", "מאז", "از زمان"), the day a run is counted from."""
    k = first - 1
    while k >= 0 and lowered[k] not in (",", ";", ".", "،", ":"):
        k -= 1
    if k > 0 and lowered[k] == "," and set(lowered[k + 1:first]) <= APPOSED_DAY_OPENERS:
        # (past the comma of a day told in apposition: "depuis l'entrée en vigueur du cessez-le-feu, le 27 novembre")
        k -= 1
        while k >= 0 and lowered[k] not in (",", ";", ".", "،", ":"):
            k -= 1
    return bool(lexicon.word_phrases("since_word").find(lowered[k + 1:first]))


#: Nouns of an onset between "since" and the event word ("since the start of", "منذ بدء").
_ONSET = frozenset({"start", "beginning", "outbreak", "onset", "début", "inicio", "beginn", "بدء", "بداية", "اندلاع"})


def _onset_after_since(clause: Sequence[str], at: int) -> bool:
    """Whether the event word at *at* is told after "since" and a noun of onset, perhaps with "the" and "of" between
    ("since the start of the Israeli offensive", "منذ بدء عدوانه"): the onset of a run, not an event of the report."""
    words = [w for w in clause[max(0, at - 5):at] if w not in ("the", "of", "its", "la", "de", "du")]
    return len(words) >= 2 and words[-1] in _ONSET and words[-2] in lexicon.words("since_word")


#: Verbs that close a Persian relative clause of being ("که مقر نظامیان آمریکایی است" 'which is the seat of ...').
_PERSIAN_IS = frozenset({"است", "هستند", "بود", "بودند"})
#: How many words a Persian relative clause of being may hold.
_PERSIAN_RELATIVE_WORDS = 10


def _in_a_persian_relative(lowered: Sequence[str], at: int) -> bool:
    """Whether token *at* stands in a Persian relative clause of being right after the object marker "را" ("را که مقر
    نظامیان آمریکایی است"): what the object is, no one who acts."""
    k = next((j for j in range(at - 1, max(-1, at - _PERSIAN_RELATIVE_WORDS), -1) if lowered[j] == "که"), None)
    if k is None or k == 0 or lowered[k - 1] != "را":
        return False
    return any(w in _PERSIAN_IS for w in lowered[at:k + _PERSIAN_RELATIVE_WORDS])


def german_passive(clause: Sequence[str], found: list[tuple[int, int, Any]], fire_told: bool) -> list[tuple[int, int, Any]]:
    """*found* with a German passive read as its English trigger (:func:`.clauses.german_passive_participle`):
    "Dabei wurden Stellungen in Hama sowie im Umland von Damaskus getroffen", "Bereits am Samstag war die Basis mit
    Drohnen angegriffen worden", as "were hit", "were attacked": the subject is the side hit, the fire told just
    before or the weapon named types it. A participle of hitting only after fire or a strike (*fire_told*) or beside
    a weapon: "Eine Entscheidung wurde in Bagdad getroffen" is a decision made; one of attacking or targeting anywhere
    ("Am Freitag wurde der Stützpunkt Nevatim angegriffen", as "the base was attacked")."""
    participle = german_passive_participle(clause)
    if participle is None:
        return found
    start, stop, english = participle
    if english == "were hit" and not fire_told and not any(f[2].event_type in _MUNITION_TYPES for f in found):
        return found
    trigger = lexicon.triggers()[english]
    return [f for f in found if f[1] <= start or f[0] >= stop] \
        + [(start, stop, lexicon.Trigger(english, trigger.event_type, trigger.priority))]


#: Persian verbs that close a clause of air defences at work: "activated", "went into action", "fired".
_PERSIAN_DEFENCE_ACTS = (("فعال", "شد"), ("فعال", "شدند"), ("به", "کار", "افتاد"), ("وارد", "عمل", "شد"),
                         ("شلیک", "کرد"), ("شلیک", "کردند"))


def persian_air_defence(clause: Sequence[str], found: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """*found* with Persian air defences at work read as "air defences were activated", an interception, when the
    verb closes the clause past the place and day: "پدافند هوایی بامداد امروز در آسمان تهران فعال شد" 'air defences
    were activated at dawn today in the sky of Tehran' (the table reads the phrase only when its words stand together,
    ``پدافند هوایی فعال شد``)."""
    at = next((k for k, w in enumerate(clause) if w == "پدافند"), None)
    if at is None or any(f[0] <= at < f[1] for f in found):
        return found
    end = len(clause)
    while end and not clause[end - 1].isalpha():
        end -= 1
    if not any(tuple(clause[end - len(act):end]) == act for act in _PERSIAN_DEFENCE_ACTS):
        return found
    trigger = lexicon.triggers()["air defences were activated"]
    return found + [(at, at + 1, lexicon.Trigger("پدافند هوایی فعال شد", trigger.event_type, trigger.priority))]


#: "The enemy" alone, as Arabic state media name the state they told with it before ("العدو الإسرائيلي"), with its
#: joined "and".
_THE_ENEMY = frozenset({"العدو", "والعدو", "فالعدو"})


def _the_enemy(sentences: list[Sentence]) -> str:
    """The state force a report first names "the enemy" with its adjective ("العدو الإسرائيلي", "العدو الأمريكي"), which
    "the enemy" alone stands for later in it ("فيما استهدف العدو مطار حلب الدولي"); "" when it names none."""
    for sentence in sentences:
        if _THE_ENEMY.isdisjoint(sentence.lowered):
            continue  # (most reports never write it: no phrase search for them)
        for start, _, (actor, state) in lexicon.actors().find(sentence.lowered):
            if state and sentence.lowered[start] in _THE_ENEMY:
                return actor
    return ""


def _harm_by_degree(lowered: Sequence[str], found: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """The triggers *found* but a participle joined by a hyphen to a word of degree ("the hardest-hit building", "the
    worst-hit streets", ``degree_of_harm``): an adjective of what an event told elsewhere did, no event (nor a word of
    attack that would let the sentence's day open the account told after it)."""
    return [f for f in found if not (f[1] - f[0] == 1 and f[0] >= 2 and lowered[f[0] - 1] == "-"
                                     and lowered[f[0] - 2] in lexicon.words("degree_of_harm"))]


def _a_states_attack_downed(lowered: Sequence[str], c_first: int, c_last: int,
                            actors: Sequence[tuple[int, str, bool]]) -> int | None:
    """Where the clause downs an attack noun (``downed_attack_noun`` in extract_words.csv) of a state that fires no
    missiles of its own campaign (not Iran's, :func:`lexicon.missile_forces`), its adjective or name within
    :data:`_DOWNED_ATTACK_REACH` words of the noun ("intercepted the Israeli attack on", "هجوم رژیم صهیونیستی"): the
    noun's index, else None."""
    nouns = lexicon.words("downed_attack_noun")
    return next((k for k in range(c_first, c_last) if lowered[k] in nouns and any(
        a[2] and a[1] not in lexicon.missile_forces() and abs(a[0] - k) <= _DOWNED_ATTACK_REACH for a in actors)), None)


#: How far from a downed attack noun its state stands ("an Israeli aerial attack": two words).
_DOWNED_ATTACK_REACH = 2


def _one_downed(clause: Sequence[str], found: list[tuple[int, int, Any]], best: tuple, outcome: str,
                c: dict[str, Any]) -> bool:
    """Whether the clause tells one missile or rocket, uncounted, downed in the singular ("A ballistic missile launched
    from Yemen toward Eilat was intercepted"): the attack told by its downing, as "a drone launched toward Eilat was
    intercepted" is (the missile's trigger outranks the downing's, the drone's does not)."""
    return outcome == "intercepted" and best[2].event_type in _MUNITION_TYPES and c["munition_count"] is None \
        and any(f[2].event_type == "interception" and f[2].priority > DEBRIS
                and (f[2].phrase.startswith("was ") or f[0] and clause[f[0] - 1] == "was") for f in found)


def weapon_cell(lowered: Sequence[str], first: int, last: int) -> bool:
    """Whether the weapon at tokens *first*..*last* fills a cell of a table's row written with pipes, with a few words
    of count or kind before it ("Oct. 18 | Tanf Garrison | multiple one-way drones | 20 hurt"): the row's fire."""
    if lowered.count("|") < TABLE_PIPES:
        return False
    opens = max((k for k in range(first) if lowered[k] == "|"), default=None)
    closes = next((k for k in range(last, len(lowered)) if lowered[k] in ("|", ",", ";")), len(lowered))
    return opens is not None and first - opens - 1 <= _CELL_WORDS and closes - last <= 1


#: How many words of count or kind may stand before a weapon in its cell ("multiple one - way drones").
_CELL_WORDS = 4


def find_events(sentences: list[Sentence], *, published: date | None,
                stamped: bool = False) -> tuple[list[EventMention], list[list[tuple[int, int]]]]:
    """Event mentions of a report (roles not yet set) and the clauses of every sentence; *stamped*: the publication
    came with its time of day (so an evening hour told with no day may still be the publication day's)."""
    table = lexicon.trigger_table()
    firing_verbs = lexicon.words("firing_verb")
    background = lexicon.word_phrases("background")
    statuses = lexicon.statuses()
    attack_words = lexicon.word_phrases("attack_word")
    attack_nouns = lexicon.word_phrases("attack_noun")  # German "Drohnenangriff": capitalised, yet no name
    killing = lexicon.words("killed")  # "an armed US drone killed five militants": the drone tells of an event
    pluperfect = lexicon.words("pluperfect_auxiliary")
    previous: date | None = published
    enemy = _the_enemy(sentences)
    published_told = False  # the text has told the publication day itself ("on Saturday night" in a Saturday report)
    previous_told: int | None = None  # the sentence that told it, when it tells no event and quotes no one
    entry_day: tuple[int, date] | None = None  # the line and day of the timeline's entry told last
    # (dates.a_timeline_entry), until a sentence tells another date
    heading: tuple[int, date] | None = None  # the last heading that was only its day (sentence, day)
    events: list[EventMention] = []
    all_clauses = []
    # A liveblog that heads its entries with clock times, newest first: an entry whose time is later than that of the
    # entry above it was told the day before ("02:40 (Saturday)" ... "23:55": Friday's).
    clocks = {s.index: clock_heading(s.lowered) for s in sentences}
    backwards = newest_first([c for c in clocks.values() if c is not None])
    last_clock: tuple[int, int] | None = None
    anchor = published  # the day the entries told are of
    ahead = days_ahead(sentences, published)  # the days after the publication day the report names by their date
    following = years_told_next(sentences, published)  # the next date each sentence's next ones tell with its year
    week = week_covered(sentences, published)  # the week a weekly digest's title names
    story: date | None = None  # the date told last, a month with its year included ("since October 2023")
    entry_from = 0  # where the events of the liveblog entry told now begin: fire told in an entry above is another's
    for sentence in sentences:
        lowered = sentence.lowered
        clock = clocks[sentence.index]
        if clock is not None:
            entry_from = len(events)
            if heading is not None and anchor is not None and previous != anchor and not backwards:
                # "THURSDAY 19 OCTOBER ... 18:20 - The Pentagon gave its version of Wednesday ... 20:05 - Drones struck
                # the Conoco field": an entry under a day's heading starts from that day, not from a day the entry
                # above told
                previous, previous_told = anchor, heading[0]
        if clock is not None and backwards and last_clock is not None and clock > last_clock and anchor is not None:
            # (and its "tonight", "this afternoon" are of that day)
            anchor = anchor - timedelta(days=1)
            previous, heading = anchor, (sentence.index, anchor)
        last_clock = clock if clock is not None else last_clock
        clauses = clauses_of(sentence)
        all_clauses.append(clauses)
        hung = hung_clauses(lowered, clauses)
        dates = find_dates(sentence.tokens, published=anchor, previous=previous, published_told=published_told,
                           last_event=next((e.date for e in reversed(events) if e.date is not None), None),
                           story=story, ahead=ahead if anchor == published else frozenset(),
                           covered_week=week if anchor == published else None, following=following[sentence.index])
        dates = [d for d in dates if not onset_of_a_war(lowered, d)]  # "the confrontation that began on Friday"
        # "Jerusalem, Oct 5 Two soldiers were killed ..., the military said on Friday": the dateline's day is the
        # day filed, no event's
        # (not a heading that is only its day: "Sunday, November 24" opens a liveblog's day)
        day_heading = a_day_heading(sentence.tokens, lowered, dates, sentence.index)
        if day_heading and anchor != published:
            # (a heading's day is read from the report's own day, not the heading above: "20 January", "24
            # January", "28 January" in a report of February 5 are all of that January)
            dates = find_dates(sentence.tokens, published=published, previous=previous, published_told=published_told,
                               ahead=ahead, covered_week=week)
            day_heading = a_day_heading(sentence.tokens, lowered, dates, sentence.index)
        week_days = week_heading(lowered, dates)
        if day_heading or week_days is not None:
            heading = sentence.index, dates[0].date
            # the entries under it are of that day: their "overnight", "this morning" are its own, and the first
            # clock heading after it opens that day, not the one before
            # (a clock heading that names its day, "02:40 (Saturday)", stays the clock the next entry is read after)
            # (a heading of a span of days or of a week, "October 23-29", "Week of October 23": the weekdays told under
            # it are its own, counted back from its last day)
            last_day = dates[0].date + timedelta(days=dates[0].span_days or week_days or 0)
            anchor, last_clock, entry_from = last_day, clock, len(events)
        else:
            dates = [d for d in dates if not dateline_day(sentence, d, published)]
        if published is not None and not day_heading and a_stamp(sentence.tokens, dates):
            dates = []  # "08:32 UTC+8, 2025-03-23": the page's stamp dates none of the events told after it
        published_told = published_told or any(d.date == published for d in dates)
        # (a day or a month, not "late last year": a year is no date a day told after it belongs near)
        story = year_told(sentence.tokens, lowered) \
            or next((d.date for d in reversed(dates) if d.precision in ("day", "week", "month")), story)
        sentence_statuses = [str(v) for _, _, v in statuses.find(lowered)]
        title = in_title_case(sentence.tokens)
        for c_first, c_last in clauses:
            clause = lowered[c_first:c_last]
            told = events[entry_from:]  # the fire told before, in this entry (the whole report when it has none)
            found = persian_air_defence(clause, german_passive(
                clause, table.find(clause), fire_told_before(told, sentence.index, _MUNITION_TYPES | _STRIKES, 2) is not None))
            named = found  # every trigger word, before the filters below (a bombardment's weapon: below)
            # An attack word capitalised inside a sentence is a name, not a verb ("training sites near Hit"), but for
            # a headline in title case, where no preposition governs it ("Drones Hit Erbil Airport").
            verbs = [w if k == 0 or not sentence.tokens[c_first + k].text[:1].isupper()
                     or (title and lowered[c_first + k - 1] not in GOVERNING_A_NAME) else ""
                     for k, w in enumerate(clause)]
            # (nor is such a word after a word that governs a name a trigger of its own: "found the launcher in a
            # truck in the Hit district", "near Hit")
            found = [f for f in found if f[1] - f[0] > 1 or verbs[f[0]] or not f[0]
                     or clause[f[0] - 1] not in GOVERNING_A_NAME | {"the"}]
            found = _harm_by_degree(clause, found)  # ("the hardest-hit building")
            attacking = bool(attack_words.find(verbs)) or bool(attack_nouns.find(clause)) \
                or any(w in firing_verbs or w in killing for w in verbs) \
                or weapon_as_agent(clause, found)  # "put out of service by Turkish drones"
            c = counts(clause)
            # Weapons a verb of striking takes as its object were hit on the ground (below), unless downed over a place:
            # "destroyed two Houthi drones over the Red Sea", "destroyed an anti-ship missile over the Gulf of Aden"
            # are interceptions, as "shot down" tells.
            # So are weapons destroyed on their way to a place ("destroyed a Houthi drone that had been aimed at the
            # Abha airport").
            over = bool(lexicon.word_phrases("over_place").find(clause))
            # So are weapons "engaged and destroyed", and weapons that "were destroyed" ("A drone approaching the al-Tanf
            # garrison was destroyed"): :func:`~geoincidents.extract.cues.downed_in_flight`.
            found = [(f[0], f[1], lexicon.Trigger(f[2].phrase, "interception", _DOWNED))
                     if f[2].event_type in _MUNITION_TYPES and (stock_struck(clause, f[0], f[1])
                                                                and (over or _aimed_after(clause, f[1]))
                                                                or downed_in_flight(clause, f[0], f[1])) else f
                     for f in found]
            # A munition word tells of an event only beside an attack word or a count ("training sites for rockets")
            # (not a weapon's strike told outright: "missile strikes were reported in Petah Tikva"; a weapon alone that
            # exploded near a place is a blast, "انفجرت طائرة مسيرة قرب إيلات")
            # (nor on its way to a place, told anew: "drones headed toward the Ain al-Asad air base", "des drones se
            # sont dirigés vers la base"; not "the drones made their way towards Israel", the fire told before)
            found = [f for f in found if f[2].event_type not in _MUNITION_TYPES or attacking or c["munition_count"]
                     or f[2].priority >= _SPECIFIC and f[2].phrase.split()[-1] in _STRIKE_NOUNS
                     or weapon_cell(clause, f[0], f[1])
                     or _aimed_after(clause, f[1], _HEADED_WORDS)
                     and clause[f[0] - 1:f[0]] not in (["the"], ["les"], ["los"], ["die"])]
            # "Hezbollah missile depots", "drone and rocket stores": the weapon names what was hit, not what was fired.
            found = [f for f in found
                     if f[2].event_type not in _MUNITION_TYPES or not lexicon.names_a_site(clause, f[1], f[0])]
            # "وليست هذه المرة الأولى التي تتعرض فيها أربيل لقصف إيراني" 'this is not the first time Erbil has come
            # under Iranian bombardment': the clause tells that it happened before, no event of its own (up to a colon
            # that opens the time it tells: "No es la primera vez ... este mes: el 17 de marzo, bombardeos ...")
            for _, end, _ in lexicon.word_phrases("not_the_first_time").find(clause):
                colon = next((k for k in range(end, len(clause)) if clause[k] in (":", ";", "؛")), len(clause))
                found = [f for f in found if not end <= f[0] < colon]
            # "It was the third such attack on the airport this month": the event told, counted among others of its
            # kind (the trigger within a few words after the count), no event of its own; the clause may go on to tell
            # one ("the third such US action since October 26, when two F-16s bombed stores near Abu Kamal")
            for _, end, _ in lexicon.word_phrases("such_count").find(clause):
                found = [f for f in found if not end <= f[0] < end + _SUCH_COUNT_REACH]
            # "زارت موقع القصف أمس" 'visited the site of the bombardment yesterday', "at the scene of the strike": where
            # an event was, visited or described later, is no event told
            scenes = [end for _, end, _ in lexicon.word_phrases("scene_of").find(clause)]
            found = [f for f in found if not any(end == f[0] or end == f[0] - 1 and clause[end] in ("the", "a", "an")
                                                 for end in scenes)]
            # "Hezbollah has fired some 8,000 rockets at northern Israel this year", "nearly 1,000 attacks in the first
            # six months": a count of many over a span of time, a tally, no event (not fire of a day told: "about 180
            # missiles at Israel late on Tuesday in its second attack this year")
            if lexicon.word_phrases("tally_span").find(clause) \
                    and not any(d.precision == "day" and c_first <= d.first < c_last for d in dates):
                found = [f for f in found if _count_before(clause, f[0]) < _TALLY_COUNT]
            # "منذ بدء عدوانه على قطاع غزة" 'since the start of its aggression on Gaza', "since the outbreak of the
            # war": the onset a run is counted from, no event of the report
            found = [f for f in found if not _onset_after_since(clause, f[0])]
            # "struck four missiles that were ready to launch": weapons a strike hit, not fire.
            found = [f for f in found if f[2].event_type not in _MUNITION_TYPES or not readied(clause, f[1])]
            # "police found a launch pad with three rockets in Radwaniya": weapons found, not fire.
            if weapons_found(clause):
                found = [f for f in found if f[2].event_type not in _MUNITION_TYPES]
            # "claiming to have hit two boats and three cruise missiles": weapons a strike hit, not fire.
            found = [f for f in found if f[2].event_type not in _MUNITION_TYPES or not stock_struck(clause, f[0], f[1])]
            # "while drones continued to fly over the city": craft in the air over a place, not the fire told.
            # (so are aircraft: "US aircraft and helicopters then flew over the towns near Conoco")
            found = [f for f in found
                     if not (f[2].event_type == "drone_attack" or f[2].phrase in lexicon.words("aircraft"))
                     or not flying_over(clause, f[1])]
            # "digging a resident out from under the debris of an apartment building": rubble of what was hit, no
            # downed fire (``rubble_of``: the built things whose debris it is)
            found = [f for f in found if not (f[2].event_type == "interception" and f[2].priority <= DEBRIS
                                              and _rubble_of(clause, f[1]))]
            # "Air raid sirens sounded in Beersheba", "missile alerts": a trigger that names the warning after it, not
            # an event (where the sirens sounded is read with the fire the sentence tells: analyse._where_sirens_sounded)
            sirens = lexicon.words("siren")
            found = [f for f in found if f[1] >= len(clause) or clause[f[1]] not in sirens]
            struck_at = [a[0] for a in attack_words.find(verbs)]
            if struck_at and any(f[2].event_type in _MUNITION_TYPES and f[1] <= struck_at[0] for f in found):
                # "rockets hit the Balad air base, where Iraqi forces keep F-16 fighter jets": the weapon before the
                # verb struck; aircraft told after it are at the place hit, not its means.
                found = [f for f in found if not _craft(f[2].phrase) or f[0] < struck_at[0]]
            if set(clause) & lexicon.words("deploy_verb") and not attack_words.find(verbs) \
                    and not any(f[2].phrase in lexicon.words("aircraft") and "against" in clause[f[1]:f[1] + 2]
                                for f in found):
                # "The Pentagon sent more warships and jets to the region": aircraft moved, not a strike (not aircraft
                # sent against a place: "sending stealth bombers against three sites of Iran's nuclear programme").
                found = [f for f in found if f[2].phrase not in lexicon.words("aircraft")
                         or any(g[2].event_type != "air_strike" for g in found)]
            if not found:
                after = sentences[sentence.index + 1].lowered if sentence.index + 1 < len(sentences) else []
                found = barrage(clause, table.find(lowered) + table.find(after)) \
                    or hurt_in_a_barrage(clause, sentence.index, told,
                                         [t.text[:1].isupper() for t in sentence.tokens[c_first:c_last]],
                                         any(c_first <= d.first < c_last for d in dates)) \
                    or untriggered(clause, sentences, sentence.index, told, c_first, dates)
            if not found:
                continue
            # (a passive trigger is denied by what stands before its verb: "no US facilities had been hit")
            found = [f for f in found if not negated(clause, f[1] - 1 if f[2].phrase in lexicon.words("passive_attack")
                                                      else f[0])]
            # "not established whether the blast resulted from an airstrike": the cause is a question, not an event
            # (the blast is one).
            found = [f for f in found if f[2].event_type == "explosion"
                     or not set(_outside_relative_asides(clause[:f[0]])) & lexicon.words("hypothetical")]
            relative = trailing_relative(clause, 0)
            if relative < len(clause) and clause[relative + 1] in ("who", "whose") \
                    and any(f[0] < relative for f in found):
                # "A second strike on a vehicle in Kafr Dunin killed Shahouri, who Israel said headed rocket fire":
                # the fire a relative clause tells of the one named is no part of the event told before it. (Not one of
                # "which": "under attack from the United States, which on Saturday began a campaign of air strikes".)
                found = [f for f in found if f[0] < relative]
            if not found:
                continue
            everyone = actors_in(sentence, c_first, c_last)
            # (not a side named in an apposition between dashes that holds no event word: "the Islamic Resistance in
            # Iraq – a coalition formed to oppose US support for Israel – announced an attack")
            aside = [(a, b) for a, b in dashed_appositions(lowered, c_first, c_last)
                     if not any(a <= c_first + f[0] < b for f in found)]
            everyone = [a for a in everyone if not any(x <= a[0] < y for x, y in aside)]
            if enemy and not any(a[2] for a in everyone):
                everyone += [(k, enemy, True) for k in range(c_first, c_last) if lowered[k] in _THE_ENEMY
                             and not (k and lowered[k - 1] in lexicon.words("preposition"))]  # ("حظر جوي على العدو")
            # "a residential building in northern Israel took a direct hit": a state's name after "in" is the side hit.
            at_place = [a for a in everyone if placed(lowered, a[0])]
            # (nor one a Persian relative clause names as the site's guest: "پایگاه «عین الاسد» را که مقر نظامیان
            # آمریکایی در غرب عراق است، هدف قرار داده بودند" 'had targeted the Ain al-Asad base, which is the seat of the
            # American troops')
            actors = [a for a in everyone if a not in at_place and not _in_a_persian_relative(lowered, a[0])]
            best = max(found, key=lambda f: f[2].priority)
            if best[2].event_type in _MUNITION_TYPES and best[2].priority < _SPECIFIC:
                # "ballistic missiles and rockets", "missiles and drones": the first weapon named.
                best = next(f for f in found if f[2].event_type in _MUNITION_TYPES)
                # (not a verb of shelling before the weapon it was done with: "shelled the Shaddadi base with
                # rockets" is rocket fire)
                best = next((f for f in found if f[2].event_type in _MUNITION_TYPES and f[0] > best[1]
                             and "with" in clause[max(best[1], f[0] - 3):f[0]]), best) \
                    if best[2].phrase in lexicon.words("shelling_verb") else best
            elif best[2].event_type in _MUNITION_TYPES:
                # "rocket and drone attacks on two bases": the first weapon of the pair ("missile and drone attack").
                best = next((f for f in found if f[2].event_type in _MUNITION_TYPES and f[1] + 1 == best[0]
                             and clause[f[1]] in ("and", "or")), best)
            if best[2].phrase in lexicon.words("bombardment_by"):
                # "قصفًا جديدًا بطائرة مسيرة" 'a new bombardment by drone': the weapon the bombardment is made with
                # (an Arabic weapon word with its "ب" 'by, with', a few words after) types it.
                # (so does a weapon after "with" or "of", past an adjective: "a massive bombardment with missiles",
                # "un bombardeo masivo con misiles", "un bombardement massif de missiles")
                # (or the count of the weapons with "ب" joined: "لقصف بثلاثة صواريخ" 'bombardment with three rockets')
                best = next((f for f in named if f[2].event_type in _MUNITION_TYPES and 0 <= f[0] - best[1] <= 2
                             and (f[2].phrase.startswith("ب") or set(clause[best[1]:f[0]]) & _WITH_OR_OF
                                  or _a_count_with_by(clause[best[1]:f[0]]))
                             and not lexicon.names_a_site(clause, f[1], f[0])), best)
            if best[2].event_type == "air_strike":
                # "Israeli fighter jets and air defences intercepted two drones": the aircraft are the defence.
                best = next((f for f in found if f[2].event_type == "interception"), best)
            if best[2].event_type == "explosion":
                # "Explosions were heard in Isfahan as Israel struck an air base": the blasts are the strike.
                best = next((f for f in found if f[2].event_type in ("strike", "air_strike", "drone_strike")
                             and any(a[2] and f[0] - 6 <= a[0] - c_first < f[0] for a in actors)), best)
            if all(clause[max(0, f[0] - 2):f[0]] in ([w, "the"] for w in lexicon.words("time_reference"))
                   or clause[max(0, f[0] - 3):f[0] - 1] in ([w, "the"] for w in lexicon.words("time_reference"))
                   and (clause[f[0] - 1] in _TOLD_ORDER or any(a[0] - c_first == f[0] - 1 for a in actors))
                   for f in found):
                # "The night before the strike, the leader issued a statement", "Two days before the latest strikes,
                # a source said", "Two hours before the US raids, surveillance aircraft were flying over Syria": the
                # strike told, a time named by it
                continue
            trigger_at = c_first + best[0]
            event_type = best[2].event_type
            if best[2].phrase in lexicon.words("projectile"):
                # "Iran fired missiles at Israel. Projectiles came down in Tel Aviv": the fire told just before, by
                # its weapon; told alone, projectiles are rockets
                fire = fire_told_before(told, sentence.index, _MUNITION_TYPES, 2)
                event_type = fire.event_type if fire is not None else event_type
            force = ""  # a missile force that speaks of its own strike ("the Guards said they struck"): who fired
            if event_type == "explosion" and not any(a[2] for a in actors) \
                    and not set(clause) & (lexicon.words("heard") | lexicon.words("sighting")) \
                    and not any(c_first <= d.first < c_last and d.text.lower() not in lexicon.words("same_moment")
                                for d in dates):
                # "About 100 homes were damaged by the blast" after "Iran fired missiles at Israel": the fire's blast
                # (a blast with a day of its own, "earlier on Saturday, an explosion hit a base", is its own event);
                # so are the blasts reported after a strike told just before ("Israel launched strikes on Iran. State
                # TV reported explosions in Tehran and Natanz": the strike, there).
                # (a bomb set off on the ground, told outright, is no strike's: "a roadside bomb also hit a convoy")
                # ("At the same time, explosions were reported in Holon": the very moment told before is no day of the
                # clause's own)
                fire = fire_told_before(told, sentence.index,
                                        _MUNITION_TYPES | (_STRIKES if best[2].priority < _SPECIFIC else set()), 2)
                event_type = fire.event_type if fire is not None else event_type
            # "The Rumalyn base came under attack", "US forces were targeted": the subject is under fire. The weapon
            # the sentence names types it ("... after rockets were fired"); only "by X" is who fired.
            passive = best[2].phrase in lexicon.words("passive_attack")
            agent = None
            if passive:
                weapons = [f for f in table.find(lowered) if f[2].event_type in _MUNITION_TYPES]
                # Else the fire told just before ("Iran fired missiles at Israel. In Ramat Aviv a building was hit").
                # A base "attacked" or "under fire" is not the strike told before ("US officials confirmed that a US
                # base in Syria was attacked on Friday, after the US airstrikes"); a building "hit" may be.
                # ("Israeli jets struck Tartus. The Masyaf district was also attacked": more of that strike.)
                struck = best[2].phrase.split()[-1] in lexicon.words("passive_struck") or "also" in clause[best[0]:best[1]]
                # ("seven facilities were hit, four in Syria and three in Iraq, in a strike package": the strike the
                # clause names, not the drone attack told before it)
                strike_named = struck and any(f[2].event_type == "strike" and f[0] > best[0] for f in found)
                fire = fire_told_before(told, sentence.index, _STRIKES, 8) if strike_named else \
                    fire_told_before(told, sentence.index, _MUNITION_TYPES | (_STRIKES if struck else set()), 2)
                event_type = weapons[0][2].event_type if weapons else (fire.event_type if fire else event_type)
                agent = agent_strike(clause, best, found, actors, c_first)
                if agent is not None:
                    # "Nabatiyeh had been hit by deadly Israeli strikes": the strike is the verb's agent.
                    event_type, fire, weapons = "air_strike", None, []
            # (what a relative clause after the trigger tells of a place is no part of the event: "rockets were aimed
            # at Kiryat Shmona, which has been targeted repeatedly since October 8")
            main = _outside_relative_asides(clause[:trailing_relative(clause, best[1])])
            if (_a_background(background, without_adverbs(main)) and not _casualties_told(main, c)
                    or many_times(main, any(d.precision == "day" for d in dates))
                    or tally_since(main) or campaign_summary(main)) \
                    and not specific(clause, best[0], any(d.precision == "day" for d in dates)) \
                    and not _a_dated_wave(background, clause, any(d.precision == "day" for d in dates)):
                continue
            if event_type == "strike" and comment_on_told(sentence, c_first, c_last, trigger_at):
                # "Officials in Beirut condemned the attack", "Israel did not acknowledge the attack", "the UN chief
                # voiced concern over the Israeli strikes in the country": a comment on an attack told before (not
                # "Baghdad condemned the attack on Jurf al-Nasr": the attack told here, at its place)
                continue
            if event_type == "strike":
                previous_sentence = sentences[sentence.index - 1] if sentence.index else None
                typed = generic_strike(sentence, c_first, c_last, trigger_at, best, found, actors, dates, told,
                                       previous_sentence)
                for later in (f for f in found if typed is None and f[0] > best[0] and f[2].event_type == "strike"):
                    # "attacks on US personnel, including an attack on Erbil Air Base on Monday": the generic word
                    # told first is a series; a later one of the clause may be an event of its own.
                    typed = generic_strike(sentence, c_first, c_last, c_first + later[0], later, found, actors,
                                           dates, told, previous_sentence)
                    if typed is not None:
                        best, trigger_at = later, c_first + later[0]
                apportioned = attacks_apportioned(clause, sentences, sentence.index) if typed is None else []
                if typed is None and not apportioned:
                    continue
                # ("Besides the Rumalyn strike, the other three were aimed at ...": the strike told is not the event)
                event_type, force = typed or (apportioned[0][2].event_type, "")
                if event_type == "other" and set(clause[max(0, best[0] - 1):best[1] + 2]) \
                        & lexicon.words("like_the_one_before"):
                    # "a similar attack hit another field of the same company at Tawke" (Arabic "هجوماً مماثلاً طال"):
                    # an attack of the type of the fire told before
                    fire = fire_told_before(told, sentence.index, _MUNITION_TYPES | _STRIKES, 3)
                    event_type = fire.event_type if fire is not None else event_type
            if event_type == "air_strike" == best[2].event_type and lexicon.word_phrases("drone_instrument").find(clause):
                event_type = "drone_strike"  # "an Israeli drone carried out a raid on a car": the raid is the drone's
            elif event_type == "air_strike" == best[2].event_type and best[2].phrase in lexicon.words("bombardment_word"):
                # "Turkish drones bombarded Amuda", "Turkish artillery bombarded it": the weapon named before the
                # bombardment is its subject
                # (read from the clause: a weapon word beside no attack word was left out of what it found)
                subject = [f for f in table.find(clause) if f[1] <= best[0]
                           and f[2].event_type in ("drone_attack", "artillery")]
                if subject:
                    event_type = "drone_strike" if subject[-1][2].event_type == "drone_attack" else "artillery"
            elif event_type == "air_strike" == best[2].event_type and not lexicon.word_phrases("aircraft").find(clause):
                # "Turkish drones pounded the north-east ... as the death toll from the raids climbed": a state's
                # drones, the subject, are what the raids were made with
                drones = [f for f in table.find(clause) if f[1] <= best[0] and f[2].event_type == "drone_attack"]
                if drones and any(a[2] and 0 < c_first + drones[0][0] - a[0] <= 2 for a in actors):
                    event_type = "drone_strike"
            if event_type == "rocket_attack" and best[2].phrase in lexicon.words("rocket_or_missile") and (
                    any(a[1] in lexicon.missile_forces() | {"Houthis"} for a in actors)
                    # ("صاروخا أطلق من اليمن" 'a missile launched from Yemen': from where only missiles come)
                    or lexicon.word_phrases("missile_origin").find(clause)
                    or not any(not a[2] for a in actors)  # (no group of its own fires them)
                    and getattr(fire_told_before(told, sentence.index, _MUNITION_TYPES, 8), "event_type", "")
                    == "missile_attack"):
                # "هجوم صاروخي إيراني" 'an Iranian missile attack': Iran fires missiles; "سقوط صواريخ في حيفا" after it
                # is more of that fire
                event_type = "missile_attack"
            if event_type == "missile_attack" and lexicon.word_phrases("aircraft").find(lowered[c_first:trigger_at]) \
                    and firing_verbs & set(lowered[c_first:trigger_at]):
                event_type = "air_strike"  # "the Israeli aircraft had fired their missiles": a strike from the air
            downed_over, downed_attack = False, None
            over = bool(lexicon.word_phrases("over_place").find(clause))  # "intercepted over Dimona", "au-dessus de"
            if best[2].event_type in _MUNITION_TYPES and over and any(
                    f[2].event_type == "interception" for f in found) and not lexicon.word_phrases("aim").find(clause):
                # "Missiles were intercepted over Dimona and Beersheba": where they were downed, not what they hit.
                event_type, downed_over = "interception", True
            if best[2].event_type in _MUNITION_TYPES and debris_of_fire(clause, found):
                event_type, outcome, downed_over = "interception", "", True  # fragments of a missile fell on a place
            elif event_type == "interception" and best[2].priority <= DEBRIS:
                outcome, downed_over = "", True  # "debris fell near Arad": what fell from an interception, not fire that got through
            elif event_type == "interception":
                # the fire told just before ("Two Katyusha rockets landed inside the base. One fell in a car park.
                # A third rocket had been shot down": those rockets)
                last = fire_told_before(told, sentence.index, _MUNITION_TYPES, 1)
                # (the clause right after may tell what got through: "Most were intercepted, while others hit the base")
                after = next((lowered[f:l] for f, l in clauses if f == c_last), [])
                event_type, outcome = intercepted_attack(clause, found, last.event_type if last else "", after)
                if event_type == "interception" and not outcome:
                    downed_attack = _a_states_attack_downed(lowered, c_first, c_last, actors)
                if downed_attack is not None:
                    # "Iran's air defence intercepted the Israeli attack on military sites in Ilam province", "پدافند
                    # هوایی هجوم رژیم صهیونیستی ... را رهگیری کرد": a state's attack, downed on its way, is its strike
                    event_type, outcome = "air_strike", "intercepted"
                if event_type == "missile_attack" and lexicon.word_phrases("aircraft").find(lowered[c_first:trigger_at]):
                    # "Israeli jets struck targets near Damascus ..., adding that air defences intercepted some of the
                    # missiles": the missiles the jets fired, partly downed; a strike from the air
                    event_type = "air_strike"
            else:
                # (not "struck by shrapnel", "interceptors failed to stop it": debris and interceptors tell no downing;
                # "intercepted most of the missiles, while others landed in the base": some got through)
                outcome = "" if not any(f[2].event_type == "interception" and f[2].priority > DEBRIS for f in found) else (
                    "partly intercepted" if some_got_through(clause) else "intercepted")
            own, chosen, same_day = event_date(lowered, dates, clauses, (c_first, c_last), (trigger_at, c_first + best[1]),
                                               [(c_first + f[0], c_first + f[1]) for f in found if f is not best], hung)
            # "انطلقت صباح اليوم الأحد مراسم تشييع شهداء العدوان الأمريكي الذي استهدف القائم" 'the funeral of the martyrs
            # of the US aggression that targeted al-Qaim began this Sunday morning': an attack its victims name in the
            # construct is an earlier event; a day told before them is the funeral's, not the attack's
            # (past the attack noun and its relative: "شهداء العدوان الأمريكي الذي استهدف")
            victims = next((k for k in range(trigger_at - 1, max(c_first, trigger_at - _VICTIMS_BEFORE) - 1, -1)
                            if lowered[k] in _VICTIMS), None)
            of_its_victims = victims is not None
            if of_its_victims and chosen is not None and chosen.first < victims:
                own, chosen = [d for d in own if d.first > trigger_at], None
            priority = _ATTACK_INTERCEPTED if outcome and (best[2].event_type == "interception" or _one_downed(
                clause, found, best, outcome, c)) else best[2].priority
            if event_type == "drone_strike" and best[2].event_type in ("strike", "air_strike"):
                priority = _DRONE_INSTRUMENT
            if event_type == best[2].event_type in _MUNITION_TYPES and best[2].priority < _SPECIFIC and len(
                    {f[2].event_type for f in found if f[2].event_type in _MUNITION_TYPES}) > 1:
                # "Rockets and drones targeted two bases": the first weapon named types it, below any weapon a
                # clause of one names ("a drone hit the Euphrates base" told after it is a drone attack).
                priority = _MIXED
            event = EventMention(sentence.index, c_first, c_last, event_type, priority, best[2].phrase)
            # "October 30: the US military counted four attacks that day": a count of the day's attacks, told one by
            # one after it
            event.tally = best[2].event_type == "strike" and trigger_at > 0 and _counts_more_than_one(lowered[trigger_at - 1])
            event.own_dates = [d for d in dates if c_first <= d.first < c_last]
            # A clause hung on another tells an earlier event it can only join, unless it is of the same day.
            event.linked = c_first > 0 and not same_day and bool(lexicon.word_phrases("clause_link").match_at(lowered, c_first)) \
                or of_its_victims
            if c_first == 0 and c_last < len(lowered) and lexicon.word_phrases("motive_link").match_at(lowered, 0):
                # "In response to the bombing of 3 January in Kerman, the Guards fired missiles at Idlib": the motive
                # told first is an earlier event, as a clause hung after one is
                event.linked = True
            if trigger_at > 1 and lowered[trigger_at - 2] in ("in", "of") and lowered[trigger_at - 1] in ("the", "that") \
                    and not own:
                # "advisers killed in the attack", "the victims of the strike": the event told before, with no
                # place of its own ("The Revolutionary Guards in Tehran named four advisers killed in the attack").
                event.linked = True
            # ("The attack comes days after the group targeted the Ain al-Asad base": the report's attack, told back,
            # dated by the earlier one, as by a plain "after"; not "struck Abu Kamal on Friday, days after rockets hit
            # Harir base", which may be weeks old)
            event.hung_after = event.linked and (lowered[c_first] in lexicon.words("plain_link") or (
                lowered[c_first:c_first + 2] == ["days", "after"] and lowered[c_first - 1] in ("comes", "came")))
            # "in response to the drone attack on US forces in Jordan, US officials told CBS News on Thursday": the day
            # the officials spoke, not that of the attack answered (a loose day: the attack joins the draft the report
            # dates it by, else keeps that day with a note).
            spoke_on = chosen is not None and event.linked and chosen in own and chosen.first > trigger_at \
                and bool(set(lowered[trigger_at:chosen.first]) & lexicon.words("speaker"))
            # "Those February 3 strikes ...": the day of an undated event told just before.
            date_told_back(lowered, event.own_dates, [(c_first + f[0], c_first + f[1], f[2].event_type) for f in found],
                           sentence.index, events)
            event.told_past = bool(lexicon.words("pluperfect_auxiliary") & set(clause))
            if chosen is not None:
                event.date, event.date_precision, event.date_explicit, event.date_text, event.date_note = (
                    chosen.date, chosen.precision, True, chosen.text, chosen.note)
                if chosen.aside and previous is not None:
                    event.date_counted = (chosen.date - previous).days
                # (a run counted from the publication day, "depuis ce matin" 'since this morning', is of that day)
                # (not "since Feb. 2, when bombers hit 85 targets": the event of that day, which later sentences go on)
                event.date_since = _counted_since(lowered, chosen.first) and chosen.date != published \
                    and not tells_its_event(lowered, chosen.last)
                # ("The city had seen deadly Israeli strikes on Wednesday": the background's day, not the story's)
                event.date_background = bool(lexicon.words("pluperfect_auxiliary") & set(lowered[c_first:trigger_at])) \
                    and not (lexicon.words("speaker") | lexicon.words("statement_verb")) & set(lowered[:trigger_at])
                # ("said on Sunday that its fighters had attacked ... early that morning": that day is the event's too)
                said = said_on(lowered, chosen, trigger_at)
                event.date_loose = (said and not lexicon.word_phrases("said_day_again").find(clause)) \
                    or (not own and event.linked and not (chosen.aside and chosen.last <= trigger_at)) \
                    or spoke_on  # "He died at 1 a.m. on Tuesday after a missile struck his house"; not "came a week
                # after sirens sounded in Eilat following the infiltration of a drone": the link counts the drone's day
                if spoke_on:
                    event.date_note = (f"Date: '{chosen.text}' is the day a statement was made about an earlier attack; "
                                       "the attack's own day is not told beside it")
                elif event.date_loose and previous is not None and previous < chosen.date \
                        and chosen.last <= trigger_at and said \
                        and lexicon.words("pluperfect_auxiliary") & set(lowered[chosen.last:trigger_at]):
                    # "the spokesman said on Tuesday that the alliance had conducted 18 air strikes": the pluperfect
                    # after the day of saying tells an earlier event, the day the story told before
                    event.date, event.date_from = previous, previous_told
                    event.date_note = (f"Date: '{chosen.text}' is the day a statement was made about attacks it tells "
                                       f"in the pluperfect; dated to the day told before, {previous.isoformat()}")
                elif event.date_loose and said and previous is not None and chosen.date == previous - timedelta(days=1) \
                        and chosen.first > trigger_at and any(e.event_type == event_type and e.date == previous
                                                              and any(d.date == previous for d in e.own_dates)
                                                              for e in events):
                    # "U.S. forces on Wednesday carried out airstrikes ... 'At 12:15 a.m. (Iraq time), forces conducted
                    # airstrikes,' the command said in an announcement posted on Tuesday evening": a statement posted
                    # the evening before the day its own clause told of the same fire (in another time zone) dates no
                    # earlier fire
                    event.date, event.date_from = previous, previous_told
                    event.date_note = (f"Date: '{chosen.text}' is the day a statement was made, the evening before "
                                       f"the day told of the same fire; dated to that day, {previous.isoformat()}")
                elif event.date_loose and previous is not None and previous < chosen.date and said \
                        and chosen.last <= trigger_at and _told_before(lowered, trigger_at, event_type, events):
                    # "Speaking on Sunday to reporters, Biden said the strikes were meant to deter": the strikes the
                    # report told before, by the article, of the day told before, not of the day he spoke
                    event.date, event.date_from = previous, previous_told
                    event.date_note = (f"Date: '{chosen.text}' is the day a statement was made about '{best[2].phrase}'"
                                       f" told before; dated to the day told before, {previous.isoformat()}")
            elif previous is not None:
                event.date, event.date_precision = previous, "day"
                # (or the day heading the entries of a liveblog's day: "Sunday, November 24" ... "12:10 - A rocket hit")
                event.date_from = previous_told if previous_told is not None or heading is None or heading[1] != previous \
                    else heading[0]
                # ("NOV. 17 — Three attacks in one day. A drone strike in Syria wounds a service member": the day
                # of the timeline's entry it is told in is its own)
                # (in its paragraph: "Insgesamt zählt das Pentagon damit 16 Angriffe" after the list sums it up)
                event.date_entry = entry_day == (sentence.line, previous)
                if any(lexicon.word_phrases("same_day_link").match_at(lowered, f) is not None
                       for f, _ in clauses if f <= c_first):
                    # "Hours after the strikes, the army said it had intercepted a missile", "The militias responded
                    # hours after the Maysalun raid by firing rockets": the strikes told again, of their day, and what
                    # came hours after them; not the day a sentence of no event, or an older event, told between
                    event.date_from, event.after_told = None, True
            if outcome and best[2].event_type == "interception":
                # "a drone from Iraq heading toward southern Israel was intercepted": the attack's actor stands before
                # its weapon, not before the downing (Israel is where it was heading).
                weapons = [f for f in found if f[2].event_type in _MUNITION_TYPES]
                # (so does a state's downed attack: "intercepted the Israeli attack on", its noun)
                trigger_at = c_first + weapons[0][0] if weapons else (
                    downed_attack if event_type == "air_strike" and downed_attack is not None else trigger_at)
            # "five Nujaba members were killed in a drone strike": the subject of a passive verb was hit, not firing.
            hit = [a for a in actors if a[0] <= trigger_at and passive_subject(lowered, a[0], trigger_at)]
            # "des drones turcs", "misiles iraníes": a state's adjective written after the weapon, as French, Spanish
            # and Italian write it, is the state before it ("Turkish drones")
            # (not the side of one killed: "killed a senior commander of Iran's Quds Force in a strike")
            # (nor a side of a war the clause names: "The United States entered Israel's war with Iran overnight,
            # striking three nuclear sites" is the United States' strike)
            before = [a for a in actors if a[0] <= trigger_at and a not in hit and not whose_member(lowered, a[0])
                      and not _side_of_a_war(lowered, a[0])] \
                + adjective_after(sentence, c_first + best[1], actors)
            blamed = blamed_on(lowered, everyone, c_first, c_last)  # ("blamed on Turkey": its "on" reads as a place)
            if blamed is not None and not any(a[2] for a in before):
                # "a drone believed to be Turkish struck the camp": the state blamed stands as its adjective would,
                # right before the weapon ("a Turkish drone struck the camp")
                before.append((trigger_at, blamed[1], blamed[2]))
            if event_type in _STRIKE_OF and best[2].priority < _SPECIFIC and not lexicon.word_phrases("attack_weapon").find(
                    clause) and any(a[2] and abs(trigger_at - a[0]) <= 3 and a[1] not in lexicon.missile_forces()
                                    # (not the side whose bases were hit: "attacked three US bases with drones")
                                    and not set(lowered[a[0] + 1:trigger_at]) & _WEAPON_PREPOSITIONS
                                    for a in before) and any(
                    w in lexicon.words("strike_verb") or w in lexicon.words("killed") for w in clause):
                event_type = event.event_type = _STRIKE_OF[event_type]  # "the US missile struck two bases": a state's strike
            elif event_type in _STRIKE_OF and outcome and best[2].event_type == "interception" and any(
                    a[2] and 0 < trigger_at - a[0] <= 2 and a[1] not in lexicon.missile_forces()
                    and not set(lowered[a[0] + 1:trigger_at]) & (_DOWNING_WORDS | {"shot"}) for a in before):
                # "Syrian air defences shot down Israeli missiles fired at the Damascus countryside": a state's missiles
                # (its adjective right before them), downed, are its strike
                event_type = event.event_type = _STRIKE_OF[event_type]
            elif best[2].phrase in ("missile strike", "missile strikes") and any(
                    a[2] and trigger_at - a[0] <= 3 and a[1] not in lexicon.missile_forces() for a in before):
                event_type = event.event_type = "air_strike"  # "an Israeli missile strike on Damascus": from the air
            elif best[2].phrase in lexicon.words("arabic_missile_bombardment") and any(
                    a[2] and c_first + best[1] <= a[0] <= c_first + best[1] + 1 and a[1] not in lexicon.missile_forces()
                    for a in actors):
                # "قصف صاروخي إسرائيلي" 'an Israeli missile bombardment': a state's missiles, its adjective after them
                # as Arabic writes it, are its strike from the air, as "an Israeli missile strike" is
                event_type = event.event_type = "air_strike"
            after = [a for a in actors if a[0] > trigger_at]
            carried_by = carried_out_by(lowered, c_first + best[1], after)  # "drone strikes carried out by US aircraft"
            if event_type in _STRIKES and not passive:
                state_before = [a for a in before if a[2]]
                # (Arabic: the state's adjective right after the noun, "غارات جوية إسرائيلية")
                # (German and Hebrew: the subject after the verb, "Am Dienstag griff die türkische Luftwaffe ... an")
                # (and after the drone that carried the raid out: "غارة شنتها طائرة مسيّرة إسرائيلية")
                drones = {c_first + f[1] for f in lexicon.word_phrases("drone_instrument").find(clause)}
                state_after = [a for a in after if a[2] and (a[0] <= trigger_at + 3 or a[0] in drones) and (
                    is_arabic(lowered[trigger_at]) or subject_after_verb(lowered, trigger_at, a[0]))]
                # (or the force that speaks of its own forces: "CENTCOM said ... that its forces carried out strikes")
                owner = owner_of_its_forces(sentence, trigger_at)
                event.actor = state_before[-1][1] if state_before else (
                    state_after[0][1] if state_after else (carried_by or (before[-1][1] if before else "")
                                                           or (owner[0][1] if owner else "")))
                if best[2].phrase in lexicon.words("bombardment") and event.actor in lexicon.missile_forces() \
                        and any(f[2].event_type == "missile_attack" for f in found):
                    # "سوپای پاسداران بە مووشەکی بالیستی هەولێری بۆردومان کرد" 'the Guards bombarded Erbil with
                    # ballistic missiles': a missile force's bombardment is its missile fire
                    event_type = event.event_type = "missile_attack"
            elif passive:
                by = [a for a in after if by_before(lowered, a[0])]
                event.actor = agent if agent is not None else by[0][1] if by else (
                    fire.actor if fire is not None and not weapons else "")
            else:
                # Who fired: a group, a state force right before the weapon ("Iranian missiles") or the subject of a
                # firing verb before it ("Iran responded overnight by firing 100 missiles"), never the speaker.
                # (not the object of a verb of attack: "Iran attacked Israel with missiles" is Iran's fire)
                firing_actor = [a for a in before if not _qualifies_an_attack(lowered, a[0], trigger_at)
                                and not (a[0] > c_first and lowered[a[0] - 1] in lexicon.words("attack_word")
                                         and any(b[0] < a[0] for b in before))
                                and (not a[2] or (trigger_at - a[0] <= 3
                                                  and not set(lowered[a[0] + 1:trigger_at]) & _WEAPON_PREPOSITIONS)
                                or (trigger_at - a[0] <= 12 and firing_verbs & set(lowered[a[0] + 1:trigger_at]))
                                # "سوپای پاسداران ... مووشەکی بالیستی ... هاویشت": Kurdish puts its verb last
                                or (trigger_at - a[0] <= 12
                                    and lexicon.words("verb_last_firing") & set(lowered[trigger_at:c_last]))
                                # "Iran attacked Erbil with ballistic missiles": the subject of a verb of attack
                                or (trigger_at - a[0] <= 12 and lexicon.words("attack_verb") & set(lowered[a[0] + 1:trigger_at]))
                                # "أطلق الحرس الثوري يوم الثلاثاء صواريخ": Arabic writes the subject after its verb,
                                # and so may Hebrew ("שיגרה איראן הבוקר מטח של 20 טילים" 'Iran fired a salvo of 20')
                                or (trigger_at - a[0] <= 12 and a[0] > 0
                                    and (is_arabic(lowered[a[0]]) or is_hebrew(lowered[a[0]]))
                                    and lowered[a[0] - 1] in firing_verbs | lexicon.words("attack_word"))
                                # "the Guards said they struck Erbil with missiles": a force speaking of its fire
                                or (trigger_at - a[0] <= 12 and speaks_of_itself(lowered, a[0] + 1)))]
                # "a drone launched by the Houthis", "rockets fired by militants": the agent of the firing verb.
                fired_by = [a for a in after if agent_of(lowered, a[0]) in firing_verbs]
                arms = [(c_first + f[0], c_first + f[1]) for f in found if f[2].event_type in _MUNITION_TYPES]
                # "the 19 missiles Iran fired at Al Udeid", "the missile attack Iran carried out against Israel": a
                # state right after the weapon, the subject of the relative clause that leaves out "that", fired it (a
                # firing verb, or a verb of carrying out: ``agent_verb``)
                ends = {c_first + f[1] for f in found if f is best or f[2].event_type in _MUNITION_TYPES}
                told_by = [a for a in actors if a[2] and a[0] in ends and a[0] + 1 < len(lowered)
                           and lowered[a[0] + 1] in firing_verbs | lexicon.words("agent_verb")]
                event.actor = told_by[0][1] if told_by else firing_actor[-1][1] if firing_actor else (
                    fired_by[0][1] if fired_by else carried_by or force or weapon_sender(lowered, after, arms))
            after = sorted(after + [a for a in at_place if a[0] > trigger_at])
            rest = hit + [a for a in at_place if a[0] <= trigger_at and a[1] != event.actor] + [
                a for a in after if a[1] != event.actor and not not_the_side_hit(lowered, a[0])] + [
                a for a in before if a[1] != event.actor and not a[2]]
            if passive:
                rest = [a for a in before if a[1] != event.actor] + rest
            event.target_actor = rest[0][1] if rest and event_type != "explosion" else ""
            # (the subject stands before the downing: not "US forces shot down Iranian missiles", whose Iran fired)
            subject = [a for a in before if a[1] == event.actor and not by_before(lowered, a[0])
                       and not (best[2].event_type == "interception" and a[0] > c_first + best[0])]
            # (and so of an attack told by its downing: "US forces shot down a drone targeting the Harir base")
            if (event_type == "interception" or (outcome and best[2].event_type == "interception")) and subject \
                    and not passive \
                    and lowered[trigger_at - 1] not in ("was", "were", "been", "be", "being"):
                # "US forces shot down an Iranian drone": who shoots down defends (the target actor); the actor of an
                # interception is who fired, as in the seeds' table ("a drone launched by the group was shot down by
                # US forces" names both already).
                event.actor, event.target_actor = event.target_actor, event.actor
            if (event_type == "interception" and not outcome) or (outcome and best[2].event_type == "interception"):
                # "a drone was downed by Israel": the agent of the downing defends; the actor of an interception is
                # who fired (here untold); so of fire told by its downing ("Two drones were launched at Erbil airport.
                # They were shot down by the coalition")
                downer = next((a[1] for a in after if agent_of(lowered, a[0]) in _DOWNING_WORDS), "")
                if downer:
                    event.target_actor = downer
                    event.actor = "" if event.actor == downer else event.actor
            if event.target_actor == event.actor:
                event.target_actor = ""  # (who fires is never the side hit)
            if event_type in ("drone_strike", "drone_attack"):
                # A group's "drone strike" on a base is drone fire; Turkish "drone attacks" are a state's strike.
                # (the drones told last whose sender the report named, four sentences back at most)
                sent = next((e for e in reversed(told) if e.event_type in ("drone_strike", "drone_attack") and e.actor
                             and sentence.index - e.sentence <= 4), None)
                event_type, event.actor = drone_kind(event_type, event.actor, event.target_actor, sent, clause)
                event.event_type = event_type
            # ("explosions in the sky above Beit She'an": blasts in the air, as an interception's are)
            event.downed_over = downed_over or (event_type == "interception" and over
                                                and not lexicon.word_phrases("aim").find(clause)) \
                or (event_type == "explosion" and bool(set(clause) & lexicon.words("in_the_air")))
            event.sites_told = bool(lexicon.word_phrases("site_count").find(clause))
            # (also "Strikes were also carried out against the group in Syria": the word after the event's auxiliary)
            # (not another statement or speaker: "In a second statement the Guards said they had launched missiles")
            event.told_earlier = bool(set(clause[:best[0]]) & lexicon.words("earlier_incident"))
            event.told_apart = event.told_earlier or any(
                w in lexicon.words("another_incident") and not set(clause[k + 1:k + 2]) & lexicon.words("origin_noun")
                for k, w in enumerate(clause[:best[0]])) or (
                clause[best[1]:best[1] + 1] in (["were"], ["was"], ["have"], ["has"], ["had"])
                and clause[best[1] + 1:best[1] + 2] == ["also"])
            event.time_apart = bool(lexicon.word_phrases("time_apart").find(clause[:best[0]]))
            # (and an interception of a weapon it names: "confronted an aggression with missiles from the direction
            # of Riyaq" tells where the missiles came from)
            # (not a blast typed by the fire told before: "Aus der Stadt Tabriz meldete die Zeitung zwei Explosionen"
            # tells where the blasts were heard, not where fire came from)
            event.firing = event_type in _MUNITION_TYPES and best[2].event_type != "explosion" \
                or any(w in firing_verbs for w in lowered[c_first:c_last]) \
                or (event_type == "interception" and any(f[2].event_type in _MUNITION_TYPES for f in found)) \
                or bool(lexicon.word_phrases("launch_direction").find(clause))  # "attacked from the direction of al-Tanf"
            event.munitions, event.munition_count = c["munitions"], c["munition_count"]
            event.fatalities, event.injured = c["fatalities"], c["injured"]
            event.statuses, event.outcome = sentence_statuses, outcome
            told = projectiles(clause) if event_type in _MUNITION_TYPES or event_type == "interception" else {
                "launched": None, "intercepted": None, "impacted": None}
            event.launched, event.intercepted, event.impacted = told["launched"], told["intercepted"], told["impacted"]
            if event_type == "interception" and event.intercepted is None and c["munition_count"] is not None:
                event.intercepted = c["munition_count"]  # "US forces shot down two drones"
            clock = time_of_day(clause_text(sentence, c_first, c_last))
            if clock is None and len(clauses) == 1:
                clock = time_of_day(sentence.text)
            if clock is not None:
                event.time, event.timezone = clock
            if chosen is not None and clock is not None and chosen.night:
                # "at 1 a.m. last night": the small hours are the next day; "overnight, at 11 p.m.": the evening before.
                event.date = clock_day(chosen, clock[0])
                event.date_note = "" if event.date_note == chosen.note else event.date_note  # the clock settles the day
            elif chosen is not None and chosen.span_days:
                event.date_end = chosen.date + timedelta(days=chosen.span_days)
            elif chosen is None and clock is not None and not clock[1] and clock[0] >= _LATE_EVENING \
                    and published is not None and event.date == published and not stamped and not published_told:
                # "Kormor gaz sahasına saat 23.30'da İHA ile saldırı düzenlendi" in a report dated 27 November with no
                # hour: a late evening hour told with no day of its own was before the report was written, the
                # evening before (the day of publication stays possible: the note says so).
                event.date, event.date_explicit, event.date_text = published - timedelta(days=1), True, clock[0]
                event.date_note = (f"Date: {clock[0]} with no day of its own, in a report dated {published.isoformat()}"
                                   f" with no hour: read as the evening before; {published.isoformat()} is possible")
            if not event.actor and c_first > 0 and lowered[c_first] in ("and", "et", "y", "und", "e") \
                    and events and events[-1].sentence == sentence.index and events[-1].actor \
                    and not actors_in(sentence, c_first, c_last):
                # "Hezbollah launched drones at the base and at the same time fired rockets at Nahariya": the second
                # verb's subject is the first's
                event.actor = events[-1].actor
            events.append(event)
            for other in _days_listed_with(chosen, event.own_dates, lowered):
                # "struck the area on December 8 and December 10": one account, an event on each day
                again = copy.copy(event)
                again.date, again.date_text, again.date_note, again.date_end = other.date, other.text, other.note, None
                events.append(again)
        if dates:
            event_here = any(e.sentence == sentence.index for e in events)  # (whether the sentence told an event)
            # "The drone came a day after the interception of another": the account goes on at the day it counted
            # from, not at the earlier event's ("Shortly after the sirens, ..." is the drone's day).
            # Nor does it go on at the day of an earlier event a clause hung on the told one gives ("The bombing of
            # al-Tanf comes after the group claimed on Tuesday an attack on al-Shaddadi": the account stays at
            # al-Tanf's day).
            # Nor at the day of what a run is counted from ("از زمان حمله بامداد شنبه واشنگتن ...، پایگاه‌ها چندین بار مورد
            # حمله قرار گرفته‌اند" 'since Washington's strike at dawn on Saturday, the bases have been attacked several
            # times': the next sentence's drones are not Saturday's).
            # (nor at a week or month: dates.counts_from)
            previous = next((d.date for d in reversed(dates)
                             if not d.aside and counts_from(d.precision) and not any(f <= d.first < l for f, l in hung)
                             and not (_counted_since(lowered, d.first) and d.date != published)
                             # ("A drone struck the base on Friday, a spokesman said on Tuesday. Four days earlier,
                             # ...": counted from Friday, not from the day of saying)
                             and not (_day_of_saying(lowered, d) and any(
                                 e.sentence == sentence.index and e.date_explicit and e.date not in (None, d.date)
                                 for e in events))
                             # ("No casualties were reported, as coalition forces had already pulled out of the
                             # airbase on Oct. 20": a background told in the pluperfect by a sentence of no event)
                             # (in its own clause: not "Believing it had no other option, Israel launched
                             # Operation Rising Lion last Thursday")
                             and not (d.date != published and set(lowered[_clause_opening(lowered, d.first):d.first])
                                      & pluperfect and not event_here)
                             # (nor a day inside a quotation in a sentence of no event: "'As I promised yesterday,
                             # whoever harms us will be harmed,' Katz said" does not move the story's day)
                             and not (quoted(lowered, d.first) and not event_here)),
                            previous)
            # "On Sunday the army dealt with three attacks from Iraq. Before dawn, two missiles ...": a day told in a
            # sentence that names attacks but tells no event of its own and quotes no one opens the account that
            # follows (analyse._inherit); "He was buried on Wednesday" opens none.
            # (so does a heading that is only its day, as a liveblog opens each day: "Sunday, November 24")
            # (so does one that tells deaths of its day, "Am selben Tag starben in der Küstenstadt Tyros sieben
            # Menschen", or what an armed force did that day: "In the early hours of Thursday, Israeli troops advanced
            # towards the town of Nawa")
            forces = any(a[2] for a in actors_in(sentence, 0, len(lowered)))
            # (so does a timeline's entry opened by its day and a dash, whoever speaks in it: "Jan. 18 — US forces said
            # they destroyed 14 missiles. Al-Masirah reported raids in Dhamar")
            entry = a_timeline_entry(sentence, dates)
            attack_named = bool(_harm_by_degree(lowered, table.find(lowered)))
            # (not a day told after a link to an earlier event: "The exchange followed Israel's largest air offensive
            # against Iran, launched on Friday. Iran answered with waves of missiles": Friday is the offensive's)
            linked_day = any(end <= dates[-1].first and " ".join(lowered[start:end]) not in lexicon.words("list_link")
                             for start, end, _ in lexicon.word_phrases("clause_link").find(lowered)) and not entry
            previous_told = None if any(e.sentence == sentence.index and not e.tally for e in events) or (
                set(lowered) & lexicon.words("speaker") and not entry) or not (attack_named or day_heading or entry
                                                                             or set(lowered) & killing or forces) \
                or dates[-1].precision != "day" or linked_day else sentence.index
            entry_day = (sentence.line, dates[0].date) if entry else None
    return events, all_clauses


def _clause_opening(lowered: Sequence[str], k: int) -> int:
    """The first token after the last comma or semicolon before token *k* (0 if none)."""
    return next((j + 1 for j in range(k - 1, -1, -1) if lowered[j] in (",", "،", ";", "؛")), 0)


def _days_listed_with(chosen: Any, own: Sequence[Any], lowered: Sequence[str]) -> list[Any]:
    """The other days told in a list with the day *chosen* among an event's own dates ("on December 8 and December
    10", Persian "در هفدهم آذر (۸ دسامبر) و نوزدهم آذر (۱۰ دسامبر)" with the solar days told beside): only "and", commas,
    brackets, "on", "again", "once more" and words of another script between them (a calendar's restatement), a day
    each; not a day told twice ("Six days earlier, on Tuesday": no "and" between)."""
    if chosen is None or chosen.precision != "day" or chosen not in own:
        return []
    days = [d for d in own if d.precision == "day" and not d.span_days]
    k = days.index(chosen) if chosen in days else -1
    listed: list[Any] = []
    # (days after a comma alone are listed once a joiner closes the list: "Oct. 26, Nov. 8 and Nov. 12")
    commas: list[Any] = []
    before = chosen
    for after in days[k + 1:] if k >= 0 else ():
        between = lowered[before.last:after.first]
        if after.date == before.date and set(between) <= _RESTATED:
            before = after  # the same day restated in another calendar ("هفدهم آذر (۸ دسامبر)")
            continue
        words = [w for w in between if any(c.isalnum() for c in w)]
        if len(between) > _LISTED_DAYS_GAP or after.date == chosen.date \
                or not all(w in lexicon.LIST_JOINERS or w in _ONCE_MORE or not w.isascii() and not w.isdigit()
                           for w in words):  # ("on January 15 and again on January 28", "and once more on July 27")
            break
        if not set(between) & (lexicon.LIST_JOINERS - {",", "،"}):
            if not set(between) & {",", "،"}:
                break
            commas.append(after)
        else:
            listed += commas + [after]
            commas = []
        before = after
    return listed


#: The words that may stand between two listed days besides the list's joiners ("and again on", "and once more on").
_ONCE_MORE = frozenset({"on", "again", "once", "more", "then"})


#: The marks between a day and its restatement in another calendar ("هفدهم آذر (۸ دسامبر)", "30 Dey / 20 January").
_RESTATED = frozenset({"(", ")", ",", "،", "/", "-", "–"})


#: How many tokens may stand between two days of a list ("(۸ دسامبر) و نوزدهم آذر (۱۰ دسامبر)": five).
_LISTED_DAYS_GAP = 5


#: A count of attacks this large, told over a span of time, is a tally ("some 8,000 rockets this year").
_TALLY_COUNT = 50
#: Words that may stand between a count and its weapon ("8,000 ballistic missiles", "250 attack drones").
_BEFORE_THE_WEAPON = frozenset({"of", "ballistic", "cruise", "attack", "suicide", "armed"})


def _count_before(clause: Sequence[str], at: int) -> int:
    """The number written right before token *at*, past a word or two of the weapon ("1 , 000" is 1000; "170"),
    else 0."""
    k = at - 1
    while k >= max(0, at - 2) and clause[k] in _BEFORE_THE_WEAPON:
        k -= 1
    if k < 0 or not clause[k].isdecimal():
        return 0
    if k >= 2 and clause[k - 1] == "," and clause[k - 2].isdecimal() and len(clause[k]) == 3:
        return int(clause[k - 2]) * 1000 + int(clause[k])
    return int(clause[k])


def _counts_more_than_one(word: str) -> bool:
    """Whether *word* is a number above one ("four", "27")."""
    return (word.isdecimal() and int(word) > 1) or lexicon.numbers().get(word, 0) > 1


def _outside_relative_asides(words: Sequence[str]) -> list[str]:
    """*words* without the relative asides between commas ("The official, who was not authorized to speak publicly,
    said the drone struck ...": the aside tells of the speaker, not of the event)."""
    kept, k = [], 0
    while k < len(words):
        if words[k] == "," and k + 1 < len(words) and words[k + 1] in ("who", "which", "whom"):
            close = next((j for j in range(k + 2, len(words)) if words[j] == ","), None)
            if close is not None:
                k = close + 1
                continue
        kept.append(words[k])
        k += 1
    return kept


def _told_before(lowered: Sequence[str], trigger_at: int, event_type: str, events: Sequence[EventMention]) -> bool:
    """Whether the event word at *trigger_at* refers back, by its article, to an event of its type the report told
    before (``anaphora``: "the strikes", "the US strikes", "these attacks" after "US forces struck 85 targets")."""
    article = next((k for k in range(trigger_at - 1, max(-1, trigger_at - 3), -1)
                    if lowered[k] in lexicon.words("anaphora")), None)
    return article is not None and all(w.isalpha() for w in lowered[article + 1:trigger_at]) \
        and any(e.event_type == event_type and e.date_explicit for e in events)


def _day_of_saying(lowered: Sequence[str], d: Any) -> bool:
    """Whether date *d* is the day something was said ("a spokesman said on Tuesday", "a statement issued today")."""
    words = set(lowered[max(0, d.first - 3):d.first])
    return bool(words & (lexicon.words("speaker") | lexicon.words("statement_verb") | lexicon.words("statement_noun")))


#: How many words after "the third such" the trigger it counts may stand ("the third such US action").
_SUCH_COUNT_REACH = 3


def _a_background(background: lexicon.PhraseTable, clause: Sequence[str]) -> bool:
    """Whether the clause tells of many attacks ("in response to a series of attacks on US personnel", "a string of
    rocket attacks"): a background phrase, not one that counts the munitions of one volley, a single word of fire
    that names no attack after it ("warplanes fired a series of missiles at Nabi Chit": one strike; "a series of
    explosions in Hodeidah city": the blasts heard of one event)."""
    table = lexicon.trigger_table()
    for _, end, _ in background.find(clause):
        hit = table.match_at(clause, end) if clause[end - 1] == "of" else None  # (not "blamed for rocket fire")
        if hit is None or hit[0] != end + 1 or hit[1].event_type not in _MUNITION_TYPES | {"explosion"} \
                or (end + 1 < len(clause) and table.match_at(clause, end + 1) is not None):
            return True
    return False


def _a_dated_wave(background: lexicon.PhraseTable, clause: Sequence[str], dated: bool) -> bool:
    """ "Israeli aircraft carried out a string of raids on Tuesday, hitting Kafr Kila": in a clause dated to a day, a
    background phrase with its article ("a string of", "a series of") counts that day's wave, whatever word of fire
    the clause leads with (here the aircraft); as :func:`specific` reads it before its trigger."""
    return dated and any(specific(clause, end, dated) and not set(clause[max(0, start - 2):start]) & _TOLD_OF
                         for start, end, _ in background.find(clause) if clause[end - 1] == "of")


#: Words before "a string of", "a series of" that refer to a run of attacks told as a cause or a time ("a reply to a
#: string of rocket attacks", "after a series of strikes"), not a wave carried out that day.
_TOLD_OF = frozenset({"to", "for", "after", "following", "amid", "since", "by", "over", "against"})


def _casualties_told(clause: Sequence[str], told: dict) -> bool:
    """ "At least 8 people were killed in Tel Aviv and Haifa during a series of attacks by Iran": dead or wounded
    counted in the simple past ("were killed", not "have been killed") are one event's, whatever series it was
    part of."""
    return (told.get("fatalities") is not None or told.get("injured") is not None) \
        and bool({"was", "were"} & set(clause)) and not {"has", "have", "had"} & set(clause)


def _side_of_a_war(lowered: Sequence[str], at: int) -> bool:
    """Whether the actor at *at* is named as a side of a war, not as who acts ("Israel's war", "the war with Iran",
    "its war on Hamas")."""
    return lowered[max(0, at - 2):at] in (["war", w] for w in _WAR_SIDE) \
        or any(lowered[k:k + 3] in (["'", "s", "war"], ["’", "s", "war"])
               for k in range(at + 1, min(len(lowered), at + 3)))


#: Words that put a weapon apart from the state named before it ("attacked three US bases with drones").
_WEAPON_PREPOSITIONS = frozenset({"with", "by", "at", "on", "against"})
#: The words between "war" and the side it is waged with.
_WAR_SIDE = ("with", "on", "against")


def _qualifies_an_attack(lowered: Sequence[str], at: int, trigger_at: int) -> bool:
    """Whether the actor at *at* qualifies an attack noun other than the trigger ("Hezbollah responded to the Israeli
    attack by firing rockets": Israel's is the attack answered, not the rockets), before it or, in the Romance languages,
    after it ("respondió al ataque israelí disparando cohetes")."""
    return at + 1 < trigger_at and (lowered[at + 1] in lexicon.words("qualified_attack")
                                    or (at > 0 and lowered[at - 1] in lexicon.words("noun_before_adjective")))
