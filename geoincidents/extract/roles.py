"""Roles of place mentions (launch / target / context); the sense of ambiguous ones is :mod:`.senses`.

Roles come from cue words around a mention, read from
``data/extract_roles.csv``: a cue before it ("fired from", "toward", "at",
"on", "near", "in") or after it ("came under", "was targeted"), looked for
within six tokens back without crossing another mention or a clause
boundary. Then:

* a Turkish case ending after a name's apostrophe is its cue ("Erbil'e" 'to
  Erbil' a target, "Şam'dan" 'from Damascus' a launch: ``ending`` rows), and
  so is a Hebrew preposition joined to it ("בחיפה" 'in Haifa': ``prefix`` rows);
* "from X" is a launch only in a clause that fires something (a firing verb
  or a munition word): "withdrawal of coalition personnel from Iraq" is not;
* a landmark cue ("south of", "border with") makes X context;
* a weak cue ("in X") names the target only when no stronger cue does;
* a container takes no role when a place inside it is named in the same
  clause: in "Zummar, in Iraq's province of Nineveh", Nineveh and Iraq are
  context; in "Al-Asad Airbase in Anbar Province had been targeted" the role
  passes from the province to the base;
* a country that opens a sentence whose clause fires something is the
  launch end at country precision ("Iran responded by firing missiles into
  Israel"); no other launch is ever inferred.
"""
from __future__ import annotations

import calendar
import functools
import re
from typing import Any, Sequence

from gazetteer.hints import distance_km
from gazetteer.places import outside_country_kinds
from gazetteer.normalize import article_words, normalize_parts
from gazetteer.phrasewords import compass_of, countryside_words, qualifier_words
from gazetteer.spans import lies_in

from geoincidents.extract import datewords, lexicon, monthdates
from geoincidents.extract.clauses import clock_at, german_passive_participle
from geoincidents.extract.counts import MUNITION_TYPES
from geoincidents.extract.cues import TABLE_PIPES, from_readied_fire, tracker_line_cue
from geoincidents.extract.mentions import Mention, in_title_case
from geoincidents.extract.metonyms import headline_participle
from geoincidents.extract.monthdates import arabic_ordinal_word
from geoincidents.extract.names import QUOTE_MARKS, common_word, demonym_words, is_descriptor, is_descriptor_before
from geoincidents.extract.namekeys import plural_kinds
from geoincidents.extract.nesting import (WHERE_DOWNED_CUES, city_named_as_a_whole, containers, contains, flown_over,
                                          in_district, on_days_apart, specificity, town_of_a_site)
from geoincidents.extract.particles import ARABIC_AND, is_arabic, is_cyrillic, is_hebrew
from geoincidents.extract.text import Sentence
from geoincidents.extract.untriggered import list_line

__all__ = ["assign_roles", "and_a_descriptor", "fronted_place", "sites_after_and"]

_WINDOW = 6
_ENGLISH_WEEKDAYS = datewords.ENGLISH_WEEKDAYS
_AND = lexicon.LIST_JOINERS
#: Words between the places of one list ("X, Y and Z", "X, the Y base and Z", "X, then Y and, a few hours
#: before, Z"): a place with no cue of its own takes the role of the place listed before it.
#: Words that name a part of the place after them ("struck Haifa and eastern Tel Aviv", "and north-eastern Syria")
_PART_OF = lexicon.DIRECTIONS | {"-"}
_COORDINATION = _AND | _PART_OF | frozenset({"as", "well", "the", "then", "also", "a", "few", "hours", "minutes",
                                             "before", "earlier", "later", "that",
                                             # "strikes on Al-Qusayr, along with Shanshara"
                                             "along", "with",
                                             # "struck the Hodeidah port and the nearby Ras Kathib power station"
                                             "nearby",
                                             # the articles of German, French, Spanish and Italian, as "the":
                                             # "Ziele in Teheran und die Atomanlage Natans", "Tyr et la ville de
                                             # Nabatieh", "l'aeroporto di Sanaa e il porto di Hodeidah"
                                             "der", "die", "das", "den", "dem", "le", "la", "les", "el", "los", "las",
                                             "il", "lo", "gli",
                                             # "as well as" in French, Spanish, German, Italian: "ont visé Lattaquié,
                                             # ainsi que Shathah", "así como", "sowie", "nonché"
                                             "ainsi", "que", "así", "como", "sowie", "nonché",
                                             # (French "ainsi qu'à Rehovot": "que" elided before "à", "au", "en")
                                             "qu'à", "qu'au", "qu'aux", "qu'en",
                                             # Hebrew "and" joined to the article of an Arabic name ("חודיידה, ראס
                                             # עיסא וא-סאליף" 'Hodeidah, Ras Isa and al-Salif')
                                             "וא", "ואל", "וה"})


#: A clock time written as one word, as French writes it ("06h00", "21h30"; a colon splits "06:15" into three tokens).
_CLOCK_WORD = re.compile(r"^\d{1,2}h\d{2}$")
#: The words a run of clock times between a verb and its object may hold besides the times ("à 06H00 et 06H15
#: (03H00 et 03H15 GMT)", "at 06:00 and 06:15 (0300 GMT)").
_CLOCK_RUN_WORDS = frozenset({"et", "and", "y", "und", ",", "(", ")", "gmt", "utc", "local", "time", "heure", "heures",
                              "à", "at", "a", "um", "alle", "vers", "around", "about"})
#: How many words a run of clock times may take.
_CLOCK_RUN_MAX = 14


def _clock_run(lowered: Sequence[str], first: int, floor: int, window: int) -> int:
    """How many words the run of clock times before *first* (within the cue's *window* of it) takes: "deux drones
    ont attaqué à 06H00 et 06H15 (03H00 et 03H15 GMT) le champ de Pechkabir" (the times between a verb and its object,
    which the verb's cue reaches past), else 0."""
    times = [k for k in range(max(floor, first - window - _CLOCK_RUN_MAX), first) if _CLOCK_WORD.match(lowered[k])]
    if not times:
        return 0
    start, end = times[0], times[-1] + 1
    while start > floor and lowered[start - 1] in _CLOCK_RUN_WORDS and start - 1 not in times:
        start -= 1
    while end < first and (lowered[end] in _CLOCK_RUN_WORDS or _CLOCK_WORD.match(lowered[end])):
        end += 1
    run = lowered[start:end]
    if len(run) > _CLOCK_RUN_MAX or not all(w in _CLOCK_RUN_WORDS or _CLOCK_WORD.match(w) for w in run):
        return 0
    return end - start if first - end <= window else 0


def _means_before_the_object(lowered: Sequence[str], at: int) -> bool:
    """Whether a weapon word with no article opens at *at*, right after the French agent's "par" ('by'), and a French
    determiner follows it: the means of a verb whose object comes after ("frappé par drone la base"), not an agent."""
    weapon = lexicon.trigger_table().match_at(lowered, at)
    if weapon is None or weapon[1].event_type not in MUNITION_TYPES or not lowered[weapon[0]:weapon[0] + 1]:
        return False
    determiners = lexicon.words("french_determiner")
    return lowered[weapon[0]] in determiners or lowered[weapon[0]][:2] in determiners


def _cue_before(lowered: Sequence[str], first: int, floor: int, window: int = _WINDOW) -> tuple[str, str] | None:
    before, _ = lexicon.role_cues()
    agent_read = False
    clocks = _clock_run(lowered, first, floor, window)
    window += clocks
    # (and past the means told between the verb and its object: "frappé par drone la base militaire d'al-Harir")
    window += 2 * any(_means_before_the_object(lowered, k + 1) for k in range(max(floor, first - window - 2), first)
                      if lowered[k] == "par")
    for end in range(first, max(floor, first - window) - 1, -1):
        hits = before.ends_before(lowered, end)
        hits = [h for h in hits if h[0] >= floor]
        if hits:
            start, role = min(hits, key=lambda h: h[0])  # the longest phrase ending here ("south of" over "of")
            if clocks and end < first and _CLOCK_WORD.match(lowered[end]):
                continue  # "à 06H00": the clock's "at", not a place's
            bearing = start
            while bearing > floor and (lowered[bearing - 1] == "-" or compass_of(lowered[bearing - 1]) is not None):
                bearing -= 1  # ("north - east of": the whole bearing)
            launches = [s_ for s_, r in before.ends_before(lowered, bearing) if r == "launch" and s_ >= floor] \
                if role == "reference" and bearing > floor else []
            if launches:
                # "fired missiles from north-east of Lake Tiberias": the bearing is where the fire came from
                start, role = max(launches), "launch"
            elif role == "reference" and lowered[start] in lexicon.words("from_bearing") \
                    and set(lowered[max(floor, start - window):start]) & lexicon.words("firing_verb"):
                role = "launch"  # Hebrew "ששוגרה משטח מצפון לכפר שבעא" 'launched from an area north of Shebaa'
            if role == "reference" and lowered[end:end + 1] in (["it"], ["them"]):
                return None  # "the Ras Isa port north of it, and the Ras Kathib power station": the port's bearing
            between = lowered[end:first]
            if role == "launch" and not agent_read and set(between) & lexicon.words("german_attributive"):
                agent_read = True  # "auf die von den Huthis kontrollierte Hauptstadt Sanaa": the agent's "von", read
                continue  # past (once: "von der von ihnen kontrollierten Stadt" is fired from)
            if role in ("launch", "target") and set(lowered[max(0, start - 3):start]) & lexicon.words("travel_verb"):
                # "the car had been travelling from Sulaimani toward Penjwen when it was hit": the route of what was
                # hit: not where fire came from; where it was heading, near where it was hit at most
                return ("reference" if role == "launch" else "target_weak"), " ".join(lowered[start:end])
            if role == "launch" and start > 0 and lowered[start - 1] in lexicon.words("source_noun"):
                return None  # "nach Angaben aus Bagdad" 'according to statements from Baghdad': a source, not a launch
            if role == "launch" and start > 0 and (lowered[start - 1] in lexicon.words("partitive_of")
                                                   or arabic_ordinal_word(lowered[start - 1])):
                continue  # "عدداً من الأبنية في حي كفرسوسة" 'a number of buildings', "الثاني من كانون الثاني" 'the
                # second of January': the "من" is 'of'; the cue before it reaches on
            if role == "launch" and start > 0 and lowered[start - 1] in lexicon.words("german_area_of"):
                continue  # "zielten auf das Gebiet von al-Tanf": the area's "von" is 'of'; the cue before it reaches on
            if role == "reference" and _means_before_the_object(lowered, end):
                continue  # "affirmant avoir frappé par drone la base d'al-Harir": "par drone" is the means, the
                # object comes after it; the verb's cue before it reaches on
            if role == "target_weak" and between[:1] and between[0] in lexicon.words("night_noun"):
                continue  # "ha colpito nella notte l'aeroporto di Erbil": "nella" is the night's; the verb reaches on
            if role == "target_weak" and start - 1 > floor and is_descriptor(lowered[start - 1]) \
                    and not set(between) & {",", ";"}:
                # "attacks on the base inside the al-Omar oil field": the site the strong cue names lies there; the
                # strong cue before the site word reaches on
                site_at = start - 1 - (lowered[start - 2] in article_words() | {"the", "a", "an"})
                strong = [h for h in before.ends_before(lowered, site_at)
                          if h[0] >= floor and h[1] == "target"]
                if strong:
                    return "target", " ".join(lowered[min(strong)[0]:end])
            if role != "reference" and any(w == "," and nxt.endswith("ing") and nxt != "including"
                                           for w, nxt in zip(between, between[1:])):
                return None  # "in Damascus on Monday, killing members of Iran's Guards": the cue is another phrase's
            if set(_without_naming(between)) & _cue_barrier() and not _day_after_its_verb(lowered[start:end], between) \
                    or role == "target_weak" and between[:1] and between[0] in _weekdays() \
                    or any(pair in _AND_THAT for pair in zip(between, between[1:])):
                # "heard early on Friday as Israel struck": "on" is Friday's, and "as" opens a new clause; but a verb
                # of attack before the day reaches past it ("raided on Monday the towns of")
                return _cue_past_a_day(lowered, first, floor, window)
            return str(role), " ".join(lowered[start:end])
    return _cue_past_a_day(lowered, first, floor, window)


def _cue_past_a_day(lowered: Sequence[str], first: int, floor: int, window: int) -> tuple[str, str] | None:
    """ "a visé dimanche soir la base américaine d'al-Tanf", "ha colpito martedì sera la base", "raided overnight into
    Monday the border towns of": a verb of attack or fire (``attack_word``, ``firing_verb``) with a day and its part
    right after it (weekday names of every language, ``day_part``, ``night_noun``, ``time_of_day``, joined by
    :data:`_DAY_JOINERS`) still reaches its object, the day's words not counted in the window; nothing else (no comma,
    no barrier) may stand between."""
    before, _ = lexicon.role_cues()
    days = _day_words() | _ENGLISH_WEEKDAYS
    for b in range(first - 1, max(floor, first - window - _DAY_WORDS_MAX) - 1, -1):
        if lowered[b] not in days:
            continue
        a = b
        while a > floor and b - a < _DAY_WORDS_MAX and (lowered[a - 1] in days or lowered[a - 1] in _DAY_JOINERS):
            a -= 1
        between = lowered[b + 1:first]
        if len(between) > window or set(between) & (_cue_barrier() | {",", ";", ":", "."}):
            return None
        hits = [h for h in before.ends_before(lowered, a) if h[0] >= floor and h[1] in ("target", "target_weak")]
        if not hits or lowered[a - 1] not in lexicon.attack_or_firing_words():
            return None
        start, role = min(hits, key=lambda h: h[0])
        return str(role), " ".join(lowered[start:a])
    return None


#: The Italian and French prepositions joined to an elided article, as the role cues write them alone ("dall'Iraq":
#: "dal", "nell'Iraq": "nel", "d'Irak": "de").
_ELIDED_PREPOSITIONS = {"dall": "dal", "nell": "nel", "all": "al", "sull": "sul", "dell": "del", "d": "de"}


def _elided_cue(sentence: Sentence, m: Mention, floor: int) -> tuple[str, str] | None:
    """The cue of a preposition elided onto the name's first word ("Un drone lanciato dall'Iraq": from)."""
    word = sentence.tokens[m.first].text
    cut = max(word.find("'"), word.find("’"))
    preposition = _ELIDED_PREPOSITIONS.get(word[:cut].lower()) if cut > 0 else None
    if preposition is None:
        return None
    lowered = [*sentence.lowered[:m.first], preposition]
    return _cue_before(lowered, m.first + 1, floor)


def _day_after_its_verb(cue: Sequence[str], between: Sequence[str]) -> bool:
    """ "Israeli strikes targeted Monday the southern border village of Tayrharfa": a weekday right after a verb of
    attack (``attack_word``, ``firing_verb``) is the verb's date, and the verb still reaches the place after it; a
    preposition's weekday ("heard on Friday as Israel struck") ends its reach, as does any other barrier."""
    return bool(cue) and cue[-1] in lexicon.attack_or_firing_words() and len(between) > 1 \
        and between[0] in _ENGLISH_WEEKDAYS and not set(between[1:]) & _cue_barrier()


def _subject_after_its_verb(sentence: Sentence, m: Mention) -> bool:
    """Whether the place *m* is a state that acts, written right after a verb of attack or fire (``attack_word``,
    ``firing_verb``): the verb's subject, as Arabic writes it after the verb, and German after a fronted time with its
    nominative article ("Am Dienstag griff der Iran Erbil ... an")."""
    lowered = sentence.lowered
    verbs = lexicon.attack_or_firing_words()
    arabic = m.first > 0 and is_arabic(m.text) and lowered[m.first - 1] in verbs
    german = m.first > 1 and lowered[m.first - 1] == "der" and lowered[m.first - 2] in verbs
    if not (arabic or german):
        return False
    hit = lexicon.actors().match_at(lowered, m.first)
    return hit is not None and hit[0] == m.last and bool(hit[1][1])


def _without_naming(words: Sequence[str]) -> list[str]:
    """*words* without "known as", which names a site ("hit the logistics base known as Tower 22") and opens no
    clause."""
    return [w for k, w in enumerate(words) if not (w == "as" and k and words[k - 1] == "known")]


def _from_a_launcher(lowered: Sequence[str], first: int, floor: int) -> bool:
    """ "fired from a truck parked near X", "launched from launchers in X": the place is where the launcher stood; so
    where a spot fired from lies ("fired from an area south of the city, near the boundary between Erbil province
    and Kirkuk province", "fired from near Qaim": ``launch_spot`` right after "from"; so after "from" in the other
    languages, each a launch cue of one word: "أطلقت من منطقة قريبة من ناحية البغدادي" 'fired from an area near the
    Baghdadi subdistrict')."""
    window = list(lowered[max(floor, first - _LAUNCHER_WINDOW):first])
    launcher = lexicon.word_phrases("launcher")
    spot = lexicon.word_phrases("launch_spot")
    before, _ = lexicon.role_cues()
    for k, w in enumerate(window):
        if before.match_at(window, k) == (k + 1, "launch") \
                and (launcher.find(window[k + 1:k + 4]) or spot.match_at(window, k + 1) is not None):
            # where it stood, unless what was hit is told in between ("launched from a truck hit the base near X")
            # (a word for "near" locates the spot: "من منطقة قريبة من ناحية البغدادي")
            near = lexicon.words("near_cue") | {"in", "at"}
            return not any(role == "target" and " ".join(window[k + 1 + start:k + 1 + end]) not in near
                           for start, end, role in before.find(window[k + 1:]))
    return False


#: How many words before a place "from" and its launcher or spot may stand ("from an area south of the city, near the
#: boundary between Erbil province ...").
_LAUNCHER_WINDOW = 13


@functools.cache
def _cue_barrier() -> frozenset[str]:
    """Words that end the reach of a cue: weekday and month names (the cue is the date's: "on Friday") and
    the conjunctions of ``cue_barrier`` in ``extract_words.csv`` ("as", "while", "when")."""
    months = {w.lower() for w in calendar.month_name if w}
    return frozenset(_ENGLISH_WEEKDAYS | months | lexicon.words("cue_barrier"))


#: Verbs of a state that reports fire it need not have fired ("Israel reported that 30 rockets were fired"), unlike
#: "announced" and "claimed", which a state says of its own fire.
_REPORTING_VERBS = frozenset({"reported", "reports", "confirmed", "acknowledged", "stated"})
#: How many words after a state opening its sentence its verb of saying may stand, past an adverb ("Israel first said",
#: "Israel later said"), for the state to be the speaker, not the launcher.
_SAID_AFTER_ITS_ADVERB = 2
#: How many words after a state opening its sentence a verb of comment may stand for the state to be its subject, not
#: the launcher ("Qatar on Monday strongly condemned").
_COMMENT_REACH = 5
#: How many words of a day and its part may stand between a cue and its place beyond the window.
_DAY_WORDS_MAX = 3
#: Words inside a day's phrase after a verb ("raided overnight into Monday the border towns of", "raided on Monday").
_DAY_JOINERS = frozenset({"on", "into", "overnight", "early", "late"})


@functools.cache
def _day_words() -> frozenset[str]:
    """The weekday names of every language and the words of a part of a day (``day_part``, ``night_noun`` and
    ``time_of_day`` in extract_words.csv: "soir", "evening", "nacht", "dawn")."""
    return _weekdays() | lexicon.words("day_part") | lexicon.words("night_noun") | lexicon.words("time_of_day")


@functools.cache
def _weekdays() -> frozenset[str]:
    """The weekday names of the other languages (``extract_date_words.csv``): an "in" right before one is the date's
    ("Во вторник Иран выпустил ракеты": "во" is Tuesday's, Iran no target), while a verb before the date still
    reaches past it ("bombardierte am Dienstag Beirut", "ha colpito martedì obiettivi a Damasco")."""
    return frozenset(lexicon.lowercase(r["word"]) for r in lexicon.read_table("date_words") if r["meaning"] == "weekday")


#: The auxiliaries of a passive or "came under" cue that closes an aside with no commas ("where US troops are
#: deployed was targeted", "which hosts US forces came under fire").
_PASSIVE_AUXILIARY = frozenset({"was", "were", "came", "come", "has", "have", "had"})
#: How many words an aside between a place and its cue may hold (", where Hezbollah and its ally Amal hold sway,").
_ASIDE_WORDS = 14


#: Plural nouns of places of no kind, which a list opener may follow ("in six other places on Thursday, among them").
_PLACES = frozenset({"places", "spots"})


def _past_an_owner(lowered: Sequence[str], inside: list[Mention], k: int, floor: int, c_first: int) -> int:
    """The floor a list's noun is looked for above: past the place before *inside[k]* when it is only the owner of
    that noun ("three key sites of Iran's nuclear programme: the Natanz enrichment site, ..."), else *floor*."""
    if k and lexicon.possessive_at(lowered, inside[k - 1].last):
        return max(c_first, inside[k - 2].last if k > 1 else c_first)
    return floor


def _cue_of_a_list(lowered: Sequence[str], first: int, floor: int,
                   area: tuple[int, int] | None = None) -> tuple[str, str] | None:
    """ "strikes on more than 50 towns and villages, among them the border village of Bint Jbeil": a place a list
    opener (``list_opener`` in extract_words.csv: "among them", "including", "such as") brings in takes the target
    cue of the noun the list belongs to; so past the area that noun is told in (*area*: where its "in" stands and the
    floor before it: "strikes hit several towns in south Lebanon on Monday, among them Khiam")."""
    openers = lexicon.word_phrases("list_opener")
    # (the list's first place may carry its article: "at two US bases deep inside Syria: the al-Tanf garrison")
    colon = first - 2 if first >= 3 and lowered[first - 1] in _OPENING_ARTICLES else first - 1
    # (a clause may begin at the colon itself: the list's noun is then read in the clause before it)
    floor = 0 if floor >= colon and area is None else floor
    noun = _plural_of_places(lowered, colon, area[1] if area is not None else floor) \
        if colon >= 1 and lowered[colon] in lexicon.LIST_OPENING_MARKS else None
    if noun is None and colon >= 2 and lowered[colon] == "," and lexicon.counted(lowered, colon - 1, floor) \
            and (plural_kinds(lowered[colon - 1]) or lowered[colon - 1] in lexicon.words("site_count")):
        # "Iran aimed at two of its air force bases, Nevatim and Tel Nof": a comma after a counted plural noun of
        # places opens the list of them, as a colon does
        noun = colon - 1
    if noun is not None:
        # "drones hit three oil fields on Tuesday: Tawke, Peshkhabour and Sarsang": a colon after a plural noun of
        # places opens the list of them; the cue is the noun's (before the day the clause tells)
        # (so does a dash: "struck the country's main nuclear sites overnight — Fordow, Natanz and Isfahan —")
        if area is not None and noun < area[0]:
            cue = _cue_before(lowered, area[0], area[1], _LIST_WINDOW)
        else:
            cue = _cue_before(lowered, noun + 1, floor, _LIST_WINDOW)
        return cue if cue is not None and cue[0] in ("target", "target_weak") else None
    for k in range(first - 1, max(floor, first - _WINDOW) - 1, -1):
        if lowered[k] in (",", ";", ":") or lowered[k] in _cue_barrier():
            return None
        hit = openers.match_at(lowered, k)
        if hit is not None and hit[0] <= first:
            cue = _cue_before(lowered, k, floor, _LIST_WINDOW)
            if cue is None and area is not None and k - area[0] <= _LIST_WINDOW \
                    and not set(lowered[area[0]:k]) & ({";", ":"} | lexicon.words("cue_barrier")):
                # (past the day the clause tells: "several towns in south Lebanon on Monday, among them")
                cue = _cue_before(lowered, area[0], area[1], _LIST_WINDOW)
            day = k - 1 if lowered[k - 1:k] == [","] else k
            while cue is None and area is None and day > floor and day > k - 1 - _DAY_WORDS_MAX \
                    and (lowered[day - 1] in _day_words() | _ENGLISH_WEEKDAYS or lowered[day - 1] in _DAY_JOINERS):
                day -= 1  # (past the day the noun's clause tells: "landed in six other places on Thursday, among them")
            if cue is None and day < k - 1 and day > floor and (plural_kinds(lowered[day - 1]) or lowered[day - 1]
                                                                  in lexicon.words("site_count") | _PLACES):
                cue = _cue_before(lowered, day, floor, _LIST_WINDOW)
            return cue if cue is not None and cue[0] in ("target", "target_weak") else None
    return None


def _countryside_of_a_list(sentence: Sentence, inside: list[Mention]) -> None:
    """ "drones struck several villages in the Qamishli countryside on Tuesday, including Tal Tamr and Amuda": a
    place told with a region word after it ("countryside", "rural") that a list of the places hit in it follows is
    where they lie, not a town hit of its own."""
    from gazetteer.normalize import normalize
    from gazetteer.phrases import region_words

    lowered = sentence.lowered
    for k, m in enumerate(inside[:-1]):
        if m.role not in ("target", "target_weak") or m.last >= len(lowered) or not m.candidates \
                or normalize(lowered[m.last]) not in region_words() or specificity(m.candidates[0]) > 1:
            continue
        if inside[k + 1].role == "target" and inside[k + 1].cue in _LIST_CUES:
            m.role, m.cue = "context", "area of the list"


#: The cues a list opener gives the places it brings in.
_LIST_CUES = frozenset({"including", "among them", "among which", "such as"})


def _plural_of_places(lowered: Sequence[str], colon: int, floor: int) -> int | None:
    """Where the plural noun of places ("fields", "villages", "provinces", "bases", "sites") stands in the clause
    before a colon or a dash (``lexicon.LIST_OPENING_MARKS``), within :data:`_LIST_WINDOW` words and no sentence mark or
    clause word between, else None."""
    for j in range(colon - 1, max(floor, colon - _LIST_WINDOW) - 1, -1):
        if lowered[j] in (",", ";", ":") or lowered[j] in lexicon.words("cue_barrier"):
            return None
        if plural_kinds(lowered[j]) or lowered[j] in lexicon.words("site_count"):
            return j  # (or of sites: "struck three nuclear sites: Fordow, Natanz and Isfahan")
    return None


def _area_of_the_list(lowered: Sequence[str], inside: list[Mention], k: int, c_first: int) -> tuple[int, int] | None:
    """Where the "in" before the place told before *inside[k]* stands, and the floor before it, when that place is
    told "in" after a plural noun ("several towns in south Lebanon"): the area a list's noun is told in."""
    if not k:
        return None
    prev = inside[k - 1]
    at = prev.first - 2 if lowered[prev.first - 2:prev.first] == ["in", "the"] else prev.first - 1
    if at < 1 or lowered[at] != "in" or not lowered[at - 1].endswith("s"):
        return None
    return at, max(c_first, inside[k - 2].last if k > 1 else c_first)


#: How far back from a list opener the cue of the list's noun may stand ("on more than 50 towns and villages,").
_LIST_WINDOW = 10


#: Marks that open and close an aside between a place and its cue.
_ASIDE_MARKS = frozenset({",", "—", "–"})


def _cue_after(lowered: Sequence[str], last: int, ceiling: int) -> tuple[str, str] | None:
    _, after = lexicon.role_cues()
    starts = [last]
    mark = lowered[last] if last < len(lowered) else ""
    if mark in _ASIDE_MARKS and last + 1 < ceiling and (lowered[last + 1] in lexicon.words("relative_aside")
                                                        or lowered[last + 1] in ("a", "an", "the")):
        # "Nabatiyeh, where Hezbollah holds sway, had been hit": the cue after the aside the commas (or dashes) close
        # (after the cue inside it: "Nabatiyeh, which was hit on Monday, ..."); so after an apposition: "the Nevatim
        # base, a key installation, was among the main targets".
        # (the aside may hold a phrase of its own between commas: "Ain al-Asad, которую используют силы коалиции,
        # возглавляемой США, подверглась ракетной атаке": the cue after its second comma)
        closes = [k for k in range(last + 2, min(ceiling, last + _ASIDE_WORDS)) if lowered[k] == mark][:2]
        starts.extend(k + 1 for k in closes)
    elif mark == ":":
        # a tracker's line, "al-Shaddadi: US base struck with suicide drones (Thursday)", "Koniko gas field: US base
        # targeted": the cue after the words of the site that its place names
        cue = tracker_line_cue(lowered, last + 1)
        if cue is not None:
            return cue
    elif headline_participle(lowered, last):
        return "target", mark  # "Nevatim base and Tel Aviv targeted": a headline's passive, its auxiliary left out
    elif mark == "(":
        # "SÎHA Wargeha Şehîd Rustem Cûdî (Mexmûr) bombe kir": the cue after what the brackets restate
        close = lexicon.restatement_close(lowered, last)
        if close is not None:
            starts.append(close + 1)
            ceiling = max(ceiling, min(len(lowered), close + 4))
    elif lowered[last:last + 2] == ["ji", "aliyê"]:
        # Kurmanji "X ji aliyê balafirên Tirkiyê ve hatin bombebaran kirin" 'X was bombed by Turkey's aircraft': the
        # passive's agent between "ji aliyê" and "ve", then its verb
        # (the agent may name a state, a mention of its own: the cue after it is still this place's)
        close = next((k for k in range(last + 2, min(len(lowered), last + _ASIDE_WORDS)) if lowered[k] == "ve"), None)
        if close is not None:
            starts.append(close + 1)
            ceiling = max(ceiling, min(len(lowered), close + 4))
    elif last + 2 < ceiling and lowered[last] in lexicon.words("relative_aside"):
        # "the Kharab al-Jir base in Hasakah where US troops are deployed was targeted": an aside with no commas,
        # closed by the passive verb of the subject (its own verb, "deployed", never a cue: "which was hit" is
        # caught above, at the aside's first word).
        close = next((k for k in range(last + 2, min(ceiling, last + _ASIDE_WORDS))
                      if lowered[k] in _PASSIVE_AUXILIARY and after.match_at(lowered, k) is not None), None)
        if close is not None and not set(lowered[last:close]) & (_cue_barrier() | {",", ";", ":"}):
            starts.append(close)
    bearing = lexicon.word_phrases("bearing").match_at(lowered, last) \
        or lexicon.word_phrases("beside_a_landmark").match_at(lowered, last)
    # (or what it lies beside: "the al-Dailami air base next to the airport was also struck")
    if bearing is not None and lowered[bearing[0]:bearing[0] + 1] == ["the"]:
        # "the Bajil cement factory east of the port was hit": the cue after where the bearing places it, a noun of
        # a word or two
        close = next((k for k in range(bearing[0] + 2, min(ceiling, bearing[0] + 4))
                      if lowered[k] in _PASSIVE_AUXILIARY), None)
        if close is not None and all(w.isalpha() for w in lowered[bearing[0] + 1:close]):
            starts.append(close)
    for first in starts:
        for start in range(first, min(ceiling, first + 3)):
            hit = after.match_at(lowered, start)
            if hit is not None and hit[0] <= ceiling:
                return str(hit[1]), " ".join(lowered[start:hit[0]])
            if start + 2 < ceiling and lowered[start] in _PASSIVE_AUXILIARY and _adverb(lowered[start + 1]):
                # "were deliberately disabled", "was reportedly hit": the cue with its adverb left out
                hit = after.match_at([lowered[start], *lowered[start + 2:ceiling]], 0)
                if hit is not None:
                    return str(hit[1]), " ".join([lowered[start], *lowered[start + 2:start + 1 + hit[0]]])
    return None


def _german_passive_subject(lowered: Sequence[str], m: Mention, c_first: int, c_last: int) -> tuple[str, str] | None:
    """The cue of a German passive's subject, whose participle ends the clause after the words between
    (``german_passive_auxiliary`` in extract_words.csv): "Der Norden Israels wurde am Sonntag mit Raketen aus dem
    Libanon angegriffen" (Israel is what was attacked); so the subject after the auxiliary when a fronted phrase
    opens the clause: "Nur drei Tage danach ist der irakische Militärstützpunkt Camp Taji ... mit Raketen beschossen
    worden" (its article and adjectives between)."""
    last = m.last
    auxiliaries = lexicon.words("german_passive_auxiliary")
    k = m.first - 1
    while k > c_first and lowered[k].isalpha() and lowered[k] not in auxiliaries and m.first - k <= _SUBJECT_WORDS \
            and (lowered[k] in lexicon.GERMAN_ARTICLES or lowered[k].endswith(_GERMAN_ADJECTIVE_ENDINGS)
                 # (a part of the place before its "von": "war das Zentrum von Tel Rifat ... bombardiert worden")
                 or lowered[k] == "von" and lowered[k - 1] in lexicon.words("german_area_of")
                 or lowered[k] in lexicon.words("german_area_of") and lowered[k + 1] == "von"):
        k -= 1
    if k >= c_first and lowered[k] in auxiliaries and k < m.first - 1 \
            and german_passive_participle(lowered[c_first:c_last]) is not None:
        return "target", lowered[k]
    if last >= len(lowered) or lowered[last] not in auxiliaries:
        return None
    _, after = lexicon.role_cues()
    for k in range(last + 1, c_last):
        hit = after.match_at(lowered, k)
        if hit is not None and hit[1] == "target" and (hit[0] >= c_last or lowered[hit[0]] in (".", ",", "worden")):
            return "target", lowered[k]
    return None


#: How many words an article and adjectives may take between a German auxiliary and its passive's subject.
_SUBJECT_WORDS = 4
#: The endings of a German adjective before its noun ("der irakische Militärstützpunkt", "den irakischen").
_GERMAN_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")


def _german_of_a_site(lowered: Sequence[str], m: Mention) -> bool:
    """Whether the German "von" right before *m* follows a site noun ("traf eine Drohne das Kraftwerk von Qamischli"
    'a drone hit the power plant of Qamishli'): the site's town, not where fire came from ("von Syrien aus")."""
    return m.first >= 2 and lowered[m.first - 1] == "von" and is_descriptor(lowered[m.first - 2]) \
        and lowered[m.last:m.last + 1] != ["aus"]


def _relative_aside(lowered: Sequence[str], last: int, c_last: int) -> int | None:
    """Where a relative aside after a place closes ("Ain al-Asad, which hosts US troops, was hit", "Авиабаза Айн
    аль-Асад, которую используют силы коалиции, возглавляемой США, подверглась ракетной атаке"): the index of its
    closing comma, the second when a cue follows it within three words and not the first; None when no aside
    follows. An apposition ("the Khosravi crossing — a route for trade with Iraq — had been hit") is one only when
    a cue follows it. The aside may open past the name's closing quote and an Arabic qualifier after it ("قاعدة
    "فكتوريا" العسكرية، التي تضم قوات أمريكية قرب مطار بغداد" 'the "Victoria" military base, which hosts US forces
    near Baghdad airport')."""
    while last + 1 < c_last and (lowered[last] in QUOTE_MARKS
                                 or is_arabic(lowered[last]) and (lowered[last],) in qualifier_words()):
        last += 1
    if last + 1 >= c_last or lowered[last] not in _ASIDE_MARKS | {"،"}:
        return None
    # (not a list opened by an article: "hit Erbil, the Harir base and Duhok")
    apposition = lowered[last + 1] in ("a", "an", "the")
    if not apposition and lowered[last + 1] not in lexicon.words("relative_aside"):
        return None
    _, after = lexicon.role_cues()
    closes = [k for k in range(last + 2, min(c_last, last + _ASIDE_WORDS)) if lowered[k] == lowered[last]][:2]
    for close in closes:
        if any(after.match_at(lowered, j) is not None for j in range(close + 1, min(c_last, close + 4))):
            return close
    if set(lowered[last + 1:last + 1 + _HOUSES_WITHIN]) & lexicon.words("host_verb"):
        # "inside the Green Zone in central Baghdad, the area that houses foreign embassies, including the US
        # embassy": what the place houses, told to the end of the clause (no cue after a comma of it), is no place
        # of the attack
        return c_last
    return closes[0] if closes and not apposition else None


#: How many words after a place's comma the verb of what it houses may stand ("، وهي المنطقة التي تحتضن").
_HOUSES_WITHIN = 5


def _inside_an_aside(inside: Sequence[Mention], k: int, aside_of: dict[int, int]) -> bool:
    """Whether mention *k* stands inside the relative aside after an earlier mention (:func:`_relative_aside`)."""
    return any(j < k and inside[j].last < inside[k].first < close for j, close in aside_of.items())


def _first_place_of_a_table_row(lowered: Sequence[str], m: Mention, inside: Sequence[Mention]) -> bool:
    """Whether *m* is the first place of a row of a table written with pipes (so of the first cell that names one), as
    trackers write theirs ("DATE | LOCATION | TARGET | WEAPON": "14 Dec, Thursday | al-Shaddadi base, Syria | US
    military base | suicide drones | claimed"): the place the row's attack hit (not the country after it, "Syria")."""
    return lowered.count("|") >= TABLE_PIPES and m is min(inside, key=lambda x: x.first) and "|" in lowered[m.last:]


def _adverb(word: str) -> bool:
    """An adverb that may stand inside a passive cue ("were deliberately disabled", "was also hit")."""
    return (word.endswith("ly") and len(word) > 4) or word in ("also", "then", "later")


def assign_roles(sentence: Sentence, mentions: list[Mention], clauses: list[tuple[int, int]],
                 fires: list[bool], events: list[bool], days: Sequence[Sequence[Any]] = ()) -> None:
    """Set ``role`` and ``cue`` of the mentions of one sentence, clause by clause; *days* are each clause's own date
    expressions (a place told with a day of its own apart from the others' keeps its role,
    :func:`~geoincidents.extract.nesting.on_days_apart`)."""
    lowered = sentence.lowered
    for k_clause, ((c_first, c_last), firing, is_event) in enumerate(zip(clauses, fires, events)):
        clause_days = days[k_clause] if k_clause < len(days) else ()
        inside = _without_restatements(sentence, [m for m in mentions if c_first <= m.first < c_last])
        if not is_event:
            for m in inside:
                m.role, m.cue = "context", ""
            continue
        verb_cue = None  # the cue of an Arabic verb whose subject, a state, stood between it and this place
        aside_of: dict[int, int] = {}  # mention index -> where the relative aside after it closes
        for k, m in enumerate(inside):
            close = _relative_aside(lowered, m.last, c_last)
            if close is not None and not _inside_an_aside(inside, k, aside_of):
                aside_of[k] = close
        for k, m in enumerate(inside):
            if _inside_an_aside(inside, k, aside_of):
                # "Ain al-Asad, which hosts troops from the United States, was hit": what the aside names is where the
                # site's guests come from, not a place of the attack; the cue after the aside is the site's
                m.role, m.cue = "context", "aside"
                continue
            floor = max(c_first, inside[k - 1].last if k else c_first)
            ceiling = min(c_last, inside[k + 1].first if k + 1 < len(inside) else c_last)
            if k in aside_of:
                ceiling = min(c_last, next((p.first for p in inside[k + 1:] if p.first > aside_of[k]), c_last))
            # (the cue of a German site "von" a town is the site's: "traf eine Drohne das Kraftwerk von Qamischli")
            before = _cue_before(lowered, m.first - 2 if _german_of_a_site(lowered, m) else m.first, floor,
                                 _WINDOW + _unknown_name_words(sentence, m.first, floor)
                                 + _settlement_words(lowered, m.first, floor)
                                 + _site_of_words(lowered, m.first, floor)) \
                or _elided_cue(sentence, m, floor) \
                or _cue_of_a_list(lowered, m.first, _past_an_owner(lowered, inside, k, floor, c_first),
                                  _area_of_the_list(lowered, inside, k, c_first)) or verb_cue
            verb_cue = None
            if before and k + 1 < len(inside) and _subject_after_its_verb(sentence, m):
                # "قصفت إسرائيل يوم الثلاثاء بلدة الخيام" 'Israel bombed the town of Khiam': Arabic puts the subject
                # after its verb; the state that acts is no target, the verb's cue is the next place's.
                verb_cue = before
                m.role, m.cue = "context", "subject"
                continue
            # (a "from" before the name is its own: "Der Norden Israels wurde mit Raketen aus dem Libanon angegriffen",
            # the participle after it tells of the subject)
            cue = before if before and before[0] in ("reference", "launch") \
                else (_cue_after_list(sentence, m.last, ceiling) or before)
            if not cue:
                cue = _german_passive_subject(lowered, m, c_first, c_last)
            ending = m.extra.get("case_ending", "")
            if m.last < len(lowered):
                ending = lexicon.case_of_its_part(ending, lowered[m.last]) or ending
            if ending in lexicon.case_endings():
                # Turkish "Erbil'e" 'to Erbil', "Şam'dan" 'from Damascus': the name's own case, before any word
                # before it; a postposition after it ("Erbil'e doğru") says the same.
                cue = _cue_after(lowered, m.last, ceiling) or (lexicon.case_endings()[ending], "'" + ending)
                if k + 1 < len(inside) and m.last < len(lowered) and lowered[m.last] in lexicon.words("attached_to") \
                        and inside[k + 1].first == m.last + 1:
                    # "Haseke'ye bağlı Kamışlı" 'Qamishli, of Hasakah': the area the place named after it lies in (not
                    # "Erbil ve Duhok illerine bağlı köyleri bombaladı": unnamed villages, so the provinces are hit)
                    cue = ("reference", lowered[m.last])
            if m.extra.get("ending", "") in lexicon.words("kurdish_from_ending") and (
                    cue is None or cue[0] == "target_weak"):
                # Sorani "لە ئێرانەوە" 'from Iran': the ending joined to the name is the "from" (a launch, read only in
                # a clause that fires, as "from" is)
                cue = ("launch", m.extra["ending"])
            prefix = lexicon.prefix_roles().get(m.extra.get("prefix", ""), "context")
            if prefix != "context" and not (before and (before[0] == "reference"
                                                        or before[1] in lexicon.words("from_bearing"))):
                # Hebrew "בחיפה" 'in Haifa', "מלבנון" 'from Lebanon': the preposition joined to the name.
                cue = _cue_after(lowered, m.last, ceiling) or (prefix, m.extra["prefix"])
            role, text = cue if cue else ("context", "")
            if m.extra.get("prefix", "") in lexicon.words("locating_prefix"):
                # "עילבון שבגליל התחתון" 'Eilabun, which is in the Lower Galilee': where the place before it lies
                m.role, m.cue = "context", "where the site lies"
                continue
            if not cue and is_arabic(m.text):
                # Arabic cues are not read yet: a place named in a clause of attack is, as after "in", a weak target;
                # not right before the "that" of a verb of saying ("ذكر جهاز مكافحة الإرهاب في إقليم كردستان أن ...":
                # where the speaker is)
                speaker = m.last < len(lowered) and lowered[m.last] in lexicon.words("complementizer")
                role, text = ("context", "speakers") if speaker else ("target_weak", "")
            between = _without_area_words(lowered[inside[k - 1].last:m.first])
            # "X, Y and Z", "X as well as Y"; a lone "as" opens a clause ("Holon as Iran stepped up its strikes");
            # "X, Al Hatta and Z": past a name the gazetteer lacks
            # ("targeted the Koniko base with drones and the Harir base with rockets": past the first one's weapon)
            listed = not cue and k \
                and set(_without_instrument(_without_a_day(_list_gap(sentence, inside[k - 1].last, m.first)))) \
                <= _COORDINATION \
                and ("as" not in between or "well" in between)
            if not cue and k and _ends_an_unknown_name(sentence, m):
                # "Kfarkela, Aita al-Shaab and Khiam": a known name that ends a name the gazetteer lacks is no target
                # ("Al-Shaab" is not Sha'av); it stands in the list without breaking it.
                m.role, m.cue = "context", ""
                m.extra["in_unknown_name"] = True
                continue
            known = [p for p in inside[:k] if not p.extra.get("in_unknown_name")]
            if not cue and known and known[-1] is not inside[k - 1]:
                # the list goes on past a name the gazetteer lacks ("Aita al-Shaab and Khiam")
                listed = False
                words = _without_unknown_names(sentence, known[-1].last, m.first)
                if set(words) <= _COORDINATION and known[-1].role in ("launch", "target", "target_weak"):
                    role, text = known[-1].role, known[-1].cue
            # (past the kind of the next place: ", où plusieurs personnes ont été tuées, ainsi que la ville de Tyr")
            opener = next((j for j, close in aside_of.items() if j < k and close < m.first
                           and set(_list_gap(sentence, close, m.first)) <= _COORDINATION), None)
            if not cue and opener is not None and inside[opener].role in ("launch", "target", "target_weak"):
                # "Rockets hit Erbil, which hosts US troops, and Baghdad": the list goes on after the aside
                role, text = inside[opener].role, inside[opener].cue
                listed = False
            if listed and inside[k - 1].role == "reference" and inside[k - 1].cue in lexicon.words("border_cue") \
                    and (_list_gap(sentence, inside[k - 1].last, m.first) in (["and"], [ARABIC_AND], [","], [",", "and"])
                         or m.first == inside[k - 1].last and lowered[m.first].startswith(ARABIC_AND)):
                # "near the border triangle with Iraq and Jordan" ("المثلث الحدودي مع العراق والأردن"): both countries
                # of the border where the place told before lies (all three: "where the borders of Syria, Jordan and
                # Iraq meet")
                role, text = "reference", inside[k - 1].cue
            elif listed and (first := _item_before_where_it_lies(inside, k)) is not None:
                # "the al-Shaddadi base in the governorate of al-Hasakah and the Green Village base", "hit Jurf
                # al-Sakhar, south of Baghdad, and the area of al-Qaim": the list goes on past the first target's
                # province or landmark (or both: "the al-Shaddadi base in the governorate of al-Hasakah, in
                # northeastern Syria, and the Green Village base")
                role, text = first.role, first.cue
            elif listed and (inside[k - 1].role in ("launch", "target", "target_weak")
                             or inside[k - 1].role == "reference" and inside[k - 1].cue.split()[:1]
                             and inside[k - 1].cue.split()[0] in lexicon.words("siren")):
                # "near al-Qaim and Akashat", "X, Y and Z"; "sirens in Kiryat Shmona and Metula"
                role, text = inside[k - 1].role, inside[k - 1].cue
                m.extra["listed"] = True
            elif cue and k and inside[k - 1].role in ("launch", "target") and _cue_repeated(between, text):
                role, text = inside[k - 1].role, inside[k - 1].cue  # "targets in the Golan Heights and in Eilat"
            if not cue and k and m.first == inside[k - 1].last + 2 and lexicon.possessive_at(lowered, inside[k - 1].last) \
                    and inside[k - 1].role in ("launch", "target", "target_weak") \
                    and not (inside[k - 1].extra.get("owner") or inside[k - 1].extra.get("metonym")):
                # "struck Iran's Fordow site": the owner took the verb's cue; the place it owns is what was struck (the
                # owner then stands as its container)
                role, text = inside[k - 1].role, inside[k - 1].cue
            if not cue and _bracketed_place(lowered, inside, k) is not None:
                role, text = "context", "where the site lies"  # "عيتا الشعب (قضاء بنت جبيل)": where the place lies
            close = _bracketed_place(lowered, inside, k - 1) if not cue and k > 1 else None
            if close is not None and inside[k - 2].role in ("launch", "target", "target_weak") \
                    and all(_joins_an_item(w) for w in lowered[close + 1:m.first]):
                # "منطقة حانين (قضاء بنت جبيل)، ومنطقة مروحين (قضاء صور)" 'the Hanine area (Bint Jbeil district) and
                # the Marwahin area (Tyre district)': the list goes on past the district told in brackets
                role, text = inside[k - 2].role, inside[k - 2].cue
            if role == "target_weak" and set(lowered[max(floor, m.first - 3):m.first]) & lexicon.words("site_count"):
                role = "target"  # "military targets in Tehran, Tabriz and Kermanshah": the sites hit are there
            if role == "launch" and from_readied_fire(lowered, m.first, floor):
                role, text = "target", "ready to fire from"  # "missiles ready to launch from X": where the strike hit
            if role == "target_weak" and (_where_the_firer_is(lowered, m.first, floor)
                                          or _where_the_subject_fired(lowered, m, floor)):
                role, text = ("launch" if firing else "context"), "in"  # "fired by the Houthis in Yemen"
            if role in ("target", "target_weak") and _stationed_where_it_fires(lowered, m, c_last):
                role, text = "launch", "stationed"  # "Iranian artillery stationed in Piranshahr shelled villages"
            if role in ("target", "target_weak") and firing and _from_a_launcher(lowered, m.first, floor):
                role, text = "launch", "from"  # "launched from a truck found near al-Baghdadi": where the launcher was
            if role == "launch" and is_arabic(m.text) and _arabic_in_after_from(lowered, m.first, floor) \
                    and (not firing or _of_a_count(lowered, m.first, floor)):
                # "أربعة أشخاص من الهيئة الصحية في بلدة بليدا": "from" is the group's (and in a clause of fire, "من"
                # before a count is "of": "مبنى من عدة طوابق في حي المزة" 'a building of several floors in the Mezzeh
                # quarter'; not "من مواقع في جنوب لبنان" 'from positions in south Lebanon')
                role, text = "target_weak", ""
            if role == "launch" and is_arabic(m.text) and _from_a_time(lowered, m.first, floor):
                role, text = "target_weak", ""  # "عند الساعة 08:10 من صباح اليوم السبت قاعدة ميرون": of a morning
            if role == "launch" and _reported_from(lowered, m.first):
                role, text = "context", "dateline"  # "به گزارش ... خبرگزاری صدا و سیما از بغداد": where the report came from
            if role == "launch" and (not firing and not _from_the_direction(lowered, m.first, floor)
                                     or _origin_of_a_person(lowered, m.first, floor)):
                role = "context"  # "a worker from Jabalia", "a statement from Baghdad": not where fire came from
            if m.extra.get("owner") or m.extra.get("metonym") or m.extra.get("idiom") \
                    or _owns_a_named_thing(sentence, m, mentions):
                role, text = "context", ""  # "sites used by Iran's Revolutionary Guards": Iran names the group, not a target
            if role in ("target", "target_weak") and _names_a_border(lowered, m):
                role, text = "context", "border"  # "near the Syria-Jordan-Iraq border triangle"
            if role in ("target", "target_weak") and _names_a_war(lowered, m):
                role, text = "context", "war"  # "the first American deaths since the Gaza war began"
            if role in ("target", "target_weak") and _where_speakers_are(lowered, m, mentions):
                role, text = "context", "speakers"  # "Local officials in Deir ez-Zor said aircraft bombed ..."
            if role != "launch" and _speaks_at_the_end(lowered, m, mentions):
                role, text = "context", "speakers"  # "..., the Galilee Medical Center in Nahariya said."
            if role in ("target", "target_weak") and _for_a_cause(lowered, m.first, c_first):
                role, text = "context", "cause"  # "in support of the Palestinians in Gaza": the cause, not a place hit
            if role in ("target", "target_weak") and (_air_traffic_at(lowered, m.first, c_first)
                                                      or _traffic_stopped_after(lowered, m.last, c_last)):
                role, text = "context", "traffic"  # "flights at Imam Khomeini airport were suspended after the attack"
            if role == "context" and not text and firing and _german_object(lowered, m, c_first, c_last):
                role, text = "target", "object"  # "Milizen haben den Stützpunkt Rmeilan mit Raketen beschossen"
            if role == "context" and not text and _first_place_of_a_table_row(lowered, m, inside):
                role, text = "target", "table row"  # "14 Dec | al-Shaddadi base, Syria | US base | suicide drones"
            if role == "context" and not text and c_first == 0 and list_line(lowered) \
                    and m is min(inside, key=lambda x: x.first) and not lexicon.trigger_table().find(lowered):
                role, text = "target", "list line"  # "...drone attacks on the following bases:\n- the al-Tanf base;"
            if _dateline(sentence, m):
                role, text = "context", "dateline"  # a cue of its own: no container passes it a role
            after = sentence.tokens[m.last].text if m.last < len(lowered) else ""
            # (after an article only when the next word is the verb of fire or its auxiliary: "Der Iran hat Raketen
            # abgefeuert", "The United States fired", not "The United States warned that Iran plans to launch"; a
            # script without case tells the verb by the state read as its subject: "איראן שיגרה טילים")
            opens = (m.first == 0 or m.first == 1 and lowered[0] in _OPENING_ARTICLES
                     and (lowered[m.last:m.last + 1] and lowered[m.last] in lexicon.attack_or_firing_words()
                          or lowered[m.last:m.last + 1] and lowered[m.last] in lexicon.words("german_auxiliary"))) \
                and after.isalpha() \
                and (after.islower() or after.lower() == after.upper() and bool(m.extra.get("metonym"))) \
                and not set(lowered[m.last:m.last + _SAID_AFTER_ITS_ADVERB]) & (lexicon.words("speaker")
                                                                             | _REPORTING_VERBS)
            # ("Iran responded by firing", not "Iran's agency", "Israel said", "Israel reported that 30 rockets were fired",
            # "Israel first said the damage was confined to offices, but ... a hangar was hit")
            if (role == "context" and opens and firing and m.candidates[0].kind == "country"
                    and not any(x.role == "launch" for x in inside)
                    and not _defends(lowered, m.last) and not m.extra.get("owner")
                    # (nor the subject of a comment on the fire: "Qatar on Monday strongly condemned the Iranian
                    # missile strike aimed at the Al Udeid Air Base"; nor of a blame: "Estados Unidos atribuyó el
                    # ataque con dron al grupo ...")
                    and not set(lowered[m.last:m.last + _COMMENT_REACH])
                    & (lexicon.words("comment_verb") | lexicon.words("blame_verb"))):
                role, text = "launch", "subject"
            if k and text == "in" and lowered[inside[k - 1].last:m.first] == ["in"] and town_of_a_site(inside[k - 1], m):
                role, text = "context", "town of the site"  # "al-Harir base in Erbil": where the base is
            elif k and role == "target_weak" and is_arabic(m.text) and town_of_a_site(inside[k - 1], m) \
                    and [w for w in lowered[inside[k - 1].last:m.first] if w not in QUOTE_MARKS] == ["في"]:
                role, text = "context", "town of the site"  # "قاعدة "حرير" في أربيل": so in Arabic
            elif k and text == "in" and lowered[inside[k - 1].last:m.first] in (["in"], ["in", "the"]) \
                    and inside[k - 1].role in ("launch", "target", "target_weak") \
                    and in_district(m.candidates[0], inside[k - 1].candidates[0]):
                # "launched from al-Haqlaniyah in Haditha district", "struck a car in Kfardjal in the Nabatieh district"
                role, text = "context", "town of the site"
            if k and role == "target" and _near_the_town_of(lowered[inside[k - 1].last:m.first]) \
                    and inside[k - 1].role == "target" and specificity(inside[k - 1].candidates[0]) == 0:
                # "the Victory base near Baghdad airport", "the Imam Ali Air Base, near the city of Nasiriyah": where
                # the base is
                role, text = "context", "landmark"
            elif k and role == "target" and lowered[inside[k - 1].last:m.first] == ["at"] \
                    and inside[k - 1].role == "target" and specificity(inside[k - 1].candidates[0]) == 0 \
                    and m.candidates and specificity(m.candidates[0]) == 0 \
                    and distance_km(m.candidates[0].lat, m.candidates[0].lon, inside[k - 1].candidates[0].lat,
                                    inside[k - 1].candidates[0].lon) <= _SITE_AT_SITE_KM:
                role, text = "context", "landmark"  # "the Victory base at Baghdad airport": the site it lies at
            elif k and role == "target" and _arabic_near(lowered[inside[k - 1].last:m.first]) \
                    and inside[k - 1].role in ("target", "target_weak") and specificity(inside[k - 1].candidates[0]) == 0:
                # so in Arabic, where the site has no cue of its own: it is the target
                role, text = "context", "landmark"
                inside[k - 1].role = "target"
            if role == "target" and text == "on" and _a_front(lowered, m.last, ceiling):
                role, text = "context", "front"  # "on Israel's northern front, ...": a front line, not what was hit
            if role == "target" and text in _ON_A_SHORE and m.candidates \
                    and m.candidates[0].kind in outside_country_kinds() \
                    and not m.extra.get("qualifies_next"):  # (not "strikes on the Red Sea port city of Hodeidah")
                role, text = "context", "shore"  # "Eilat, Israel's port on the Red Sea": a place lies on a water
            if k and not cue and inside[k - 1].extra.get("qualifies_next"):
                # "struck the Red Sea port city of Hodeidah": the sea tells where Hodeidah is; Hodeidah takes the cue
                role, text = inside[k - 1].role, inside[k - 1].cue
                inside[k - 1].role, inside[k - 1].cue = "context", ""
            m.role, m.cue = role, text
        _named_by_its_attack(lowered, inside)
        _arabic_bearing(lowered, inside)
        _landmark_in_an_aside(lowered, inside, c_last)
        _site_before_where_it_lies(lowered, inside, c_last)
        _landmark_after_near(lowered, inside)
        _site_before_its_bearing(lowered, inside, c_last)
        _near_a_site_told_before(lowered, inside)
        _between_two_landmarks(lowered, inside)
        _subject_before_its_area(lowered, inside, c_last)
        _turkish_place_of_the_next(lowered, inside)
        _countryside_of_a_list(sentence, inside)
        _list_before_shares_its_cue(sentence, inside)
        _subject_site(lowered, inside)
        _sites_before_a_final_verb(lowered, inside, c_last)
        city_named_as_a_whole(lowered, inside)
        flown_over(inside)
        containers(inside, lowered, clause_days)
        for m in inside:
            if m.extra.get("qualifies_next") and m.role in ("target", "target_weak", "launch"):
                # "Israel's Red Sea port city of Eilat was hit": the sea tells where Eilat lies, whatever cue a list
                # passed on to it
                m.role, m.cue = "context", "qualifies"
        _side_struck_elsewhere(inside)
        strong = [m for m in inside if m.role == "target"]
        promoted: list[Mention] = []  # weak places taken as targets of their own, in the order told
        references: list[Mention] = []  # landmarks the clause places its event by ("a few kilometres from X")
        for m in inside:
            if m.role == "target_weak":
                coordinated = bool(strong) and (_coordinated_target(lowered, m, strong + promoted)
                                                or on_days_apart(m, strong, inside, clause_days)
                                                # (the next item of a list whose first was taken: "in the Baalbek
                                                # and Hermel areas")
                                                or bool(promoted) and 0 < m.first - promoted[-1].last <= 1
                                                and lowered[promoted[-1].last] in _AND)
                m.role = "target" if not strong or coordinated else "context"
                if coordinated:
                    promoted.append(m)
                # (a second thing hit told where it is: its own target, however near the first site: "the port of
                # Hodeidah and a cement plant in Bajil"; not "a military complex in the nearby town of Safira", told
                # as near the site)
                m.extra["second_target"] = coordinated and "nearby" not in lowered[max(0, m.first - 4):m.first]
            elif m.role == "reference":
                m.role = "context"
                references.append(m)
            elif m.role == "target" and _aimed_at_again(lowered, m, strong):
                # "fired rockets at the Ramat David air base and at military industry sites near Haifa": the second
                # aim of the fire, however near the first
                m.extra["second_target"] = True
        if references and not any(m.role in ("target", "launch") for m in inside) \
                and references[0].cue in lexicon.words("distance_cue"):
            # "US forces shot down a drone a few kilometres from the Ain al-Asad air base": an event placed only by
            # its distance from a landmark happened near it
            references[0].role, references[0].cue = "target", "near"
        _landmark_for_an_unnamed_target(lowered[c_first:c_last], inside)
        containers(inside, lowered, clause_days)
        _clock_of_a_place(lowered, inside)
        _far_end_of_a_road(lowered, inside)


def fronted_place(sentence: Sentence, mentions: Sequence[Mention], before: int) -> Mention | None:
    """ "On the Golan Heights, fires broke out after rockets fell on open ground", "At Tehran's Mehrabad airport, a
    blaze broke out after an explosion": the place a sentence opens with, after a cue of where fire came down ("in",
    "on", "at") and before a comma, in a clause of its own that tells no event; the clause from token *before* on
    tells the fire. *mentions* are the sentence's. None when the sentence opens otherwise."""
    lowered = sentence.lowered
    opening = [m for m in mentions if m.place is not None and m.last < before and m.role == "context" and not m.cue]
    if not opening:
        return None
    first = opening[0]
    start = 1 if lowered[0] in _AND else 0
    cue = _cue_before(lowered, first.first, start)
    if cue is None or cue[0] not in ("target", "target_weak") \
            or lowered[start:start + len(cue[1].split())] != cue[1].split():
        return None
    # (the places of the phrase run up to its comma: "At Tehran's Mehrabad airport,")
    run = [m for m in opening if "," not in lowered[first.first:m.first]]
    last = run[-1]
    if lowered[last.last:last.last + 1] not in ([","], ["،"]):
        return None
    # (not where speakers are: "In Tehran, officials said that Israel had struck targets")
    if set(lowered[last.last:before]) & (lexicon.words("speaker") | lexicon.words("statement_verb") | _REPORTING_VERBS):
        return None
    return last


def _an_apposition(gap: Sequence[str], at: int) -> bool:
    """Whether the words *gap* between two places open, at *at* (after a comma), an apposition of the place before:
    "a" or "an" and its noun ("Be'er Ora, a community close to Eilat"), short."""
    return at >= 1 and gap[at - 1] in (",", "،") and gap[at:at + 1] in (["a"], ["an"]) and len(gap) <= _APPOSITION_WORDS


#: How many words an apposition may take before the landmark it tells ("Be'er Ora, a small farming community close to
#: Eilat").
_APPOSITION_WORDS = 8


def _side_struck_elsewhere(inside: list[Mention]) -> None:
    """ "American aircraft carried out two air strikes in Syria on Sunday against Iran and groups aligned with it": a
    country told "against" (the side struck) in a clause that places its event "in" another country is the state, not
    where the fire came down."""
    def country(m: Mention) -> str | None:
        return m.candidates[0].id if m.candidates and m.candidates[0].kind == "country" else None

    for m in inside:
        if m.role != "target" or m.cue not in _AGAINST or country(m) is None:
            continue
        if any(o is not m and country(o) not in (None, country(m)) and o.role in ("target", "target_weak")
               and o.cue in _IN_A_COUNTRY for o in inside):
            m.role, m.cue = "context", "side struck"


#: The cues of the side an attack was aimed against, and of the country it came down in.
_AGAINST = frozenset({"against", "contre", "contra", "gegen", "ضد"})
_IN_A_COUNTRY = frozenset({"in", "inside", "en", "dans", "im", "في", "داخل"})


#: "On" before a water a place lies on ("Eilat, Israel's port on the Red Sea", Arabic "إيلات على خليج العقبة").
_ON_A_SHORE = frozenset({"on", "على"})

#: Prepositions of place joined to their article ("nella provincia di Deraa", "im Ort", "nel villaggio di").
_CONTRACTED_IN = frozenset({"nella", "nel", "nello", "negli", "nelle", "im", "en", "dans", "sulla", "sul"})

#: How many words may stand between a place hit and the "and at" of a second aim of the same fire.
_SECOND_AIM_GAP = 10


def _aimed_at_again(lowered: Sequence[str], m: Mention, strong: Sequence[Mention]) -> bool:
    """Whether *m* is told after "and" and a preposition of aim ("at", "on", "against") that follow another place hit
    of the clause ("at the Ramat David air base for a second day and at military industry sites near Haifa")."""
    for s in strong:
        if s is m or s.last > m.first or m.first - s.last > _SECOND_AIM_GAP:
            continue
        between = lowered[s.last:m.first]
        if any(w == "and" and between[k + 1:k + 2] in (["at"], ["on"], ["against"]) for k, w in enumerate(between)):
            return True
    return False


#: Words that tell a road by the places it joins ("the highway linking Masyaf with Wadi al-Uyun").
_JOINING = frozenset({"linking", "connecting", "joining", "links", "connects"})


def _far_end_of_a_road(lowered: Sequence[str], inside: list[Mention]) -> None:
    """ "The strikes damaged the highway linking Masyaf with Wadi al-Uyun": the second place a road is told to join
    names where it runs, not a place hit (the first keeps the role it has: the strike near it)."""
    for near, far in zip(inside, inside[1:]):
        if near.first >= 1 and lowered[near.first - 1] in _JOINING \
                and lowered[near.last:far.first] in (["with"], ["to"], ["and"]) and far.role != "context":
            far.role, far.cue = "context", "road"


def _clock_of_a_place(lowered: Sequence[str], inside: list[Mention]) -> None:
    """ "a missile hit a car at 16:15 local time (15:15 in Italy)", "(13:15 GMT in London)": a place named in brackets
    beside a clock time only tells whose clock it is: a place of context."""
    for m in inside:
        opened = next((k for k in range(m.first - 1, -1, -1) if lowered[k] in ("(", ")")), None)
        if opened is None or lowered[opened] != "(" or m.role == "context":
            continue
        closed = next((k for k in range(m.last, len(lowered)) if lowered[k] == ")"), None)
        if closed is not None and any(clock_at(lowered, k) for k in range(opened + 1, closed)):
            m.role, m.cue = "context", "clock"


def _arabic_bearing(lowered: Sequence[str], inside: list[Mention]) -> None:
    """ "جرف الصخر جنوبي بغداد" 'Jurf al-Sakhar, south of Baghdad': a place right after a hit place and a direction
    word in Arabic script is where the first lies, a landmark (as "south of" is in English, ``reference`` cues); a
    direction alone before a place ("غارات على جنوبي لبنان") keeps the place's own cue."""
    for k, m in enumerate(inside[1:], 1):
        # (the site before any other name of it told in brackets)
        site = next((s for s in reversed(inside[:k]) if s.role != "context" or not _bracketed(lowered, s)),
                    inside[k - 1])
        # (after a comma too, and past the landmark's noun and adjective: "في جرف النصر، جنوبي العاصمة العراقية بغداد"
        # 'in Jurf al-Nasr, south of the Iraqi capital Baghdad')
        # (and past the bracketed other name of the site and a bearing of two words: "كوباني (عين العرب) شمال شرقي
        # حلب" 'Kobani (Ain al-Arab), north-east of Aleppo')
        at = site.last
        while at < m.first and lowered[at] in (",", "،", ")", "("):
            at = next((j + 1 for j in range(at, m.first) if lowered[j] == ")"), m.first) if lowered[at] == "(" \
                else at + 1
        bearing = at
        while bearing < m.first and is_arabic(lowered[bearing]) and compass_of(lowered[bearing]) is not None:
            bearing += 1
        if m.first > at and site.role in ("target", "target_weak", "launch") \
                and m.role in ("target", "target_weak", "launch") \
                and bearing > at \
                and all(_landmark_noun(w) for w in lowered[bearing:m.first]) and m.first - at <= 4 \
                and m.candidates and m.candidates[0].kind != "country":
            m.role, m.cue = "context", "landmark"


def _bracketed(lowered: Sequence[str], m: Mention) -> bool:
    """Whether mention *m* stands alone in brackets ("تربسبيه (القحطانية)": another name of the place before)."""
    return m.first > 0 and lowered[m.first - 1] == "(" and lowered[m.last:m.last + 1] == [")"]


def _landmark_noun(word: str) -> bool:
    """An Arabic word that may stand between a bearing and its landmark: a descriptor ("مدينة", "العاصمة" 'the
    capital') or an adjective with the article ("العراقية")."""
    return is_descriptor(word) or (word.startswith("ال") and word.endswith("ية"))


def _named_by_its_attack(lowered: Sequence[str], inside: list[Mention]) -> None:
    """ "the Tower 22 drone attack", "the Green Village rocket attack", "the Erbil strike": a place that names an
    attack as its modifier, after "the", is where the attack hit (``attack_named_after``: the attack nouns, a weapon
    word before them). Not a country ("the Iran attack" may be Iran's) nor a place with a cue of its own."""
    nouns = lexicon.words("attack_named_after")
    weapons = lexicon.words("weapon_modifier")
    for m in inside:
        if m.role != "context" or m.cue or not m.candidates or m.candidates[0].kind == "country" \
                or m.first == 0 or lowered[m.first - 1] != "the" or m.extra.get("owner") or m.extra.get("metonym"):
            continue
        k = m.last + (m.last < len(lowered) and lowered[m.last] in weapons)
        if k < len(lowered) and lowered[k] in nouns:
            m.role, m.cue = "target", lowered[k]


def _landmark_after_near(lowered: Sequence[str], inside: list[Mention]) -> None:
    """ "US jets struck al-Salif, near Hodeidah", "trois frappes à al-Salif, près d'Hodeida", "rocket launchers in
    the Qalamoun region on the outskirts of Damascus": a place told after "near" (``near_cue``), with or without a
    comma, right after another place is that place's landmark, not a second target; the place before it is hit (its
    own cue, else the landmark's). A direction word may stand after "near" ("in the Sefri area near northeastern
    Lebanon's Baalbek": the country that owns the landmark takes the cue, and is the landmark too)."""
    near = lexicon.word_phrases("near_cue")
    for k in range(1, len(inside)):
        m, before = inside[k], inside[k - 1]
        gap = list(lowered[before.last:m.first])
        at = 0
        while at < len(gap) - 1 and (is_descriptor(gap[at]) or gap[at] in lexicon.words("area_of")):
            at += 1  # (past the place's own descriptor word: "the Qalamoun region on the outskirts of")
        at += 1 if gap[at:at + 1] in ([","], ["،"]) else 0
        end = len(gap)
        while end > at + 1 and compass_of(gap[end - 1]) is not None:
            end -= 1  # (past a direction word: "near northeastern Lebanon's Baalbek")
        if m.role not in ("target", "target_weak") or not gap[at:]:
            continue
        found = near.match_at(gap, at)  # (", près d'Hodeida": "près", the "d'" joined to the name)
        # (or past an apposition's noun: "sirens sounded in Be'er Ora, a community close to Eilat")
        apposition = found is None and _an_apposition(gap, at)
        if apposition:
            found = next((f for f in (near.match_at(gap, j) for j in range(at + 1, end)) if f and f[0] == end), None)
        if found is None or found[0] != end:
            continue
        if apposition and before.role not in ("target", "launch"):
            m.role, m.cue = "context", "landmark"  # (the place before keeps its own cue: where sirens sounded)
            continue
        if k >= 2 and lowered[inside[k - 2].last:inside[k - 2].last + 2] in _A_PLACE_LISTED_WITH_ITS_OWN_CUE:
            # ("interceptions were reported around Beersheba, over the Dead Sea, near Hebron and over the Golan": the
            # place before was itself told after a comma by a cue of its own, so "near" goes on the list)
            continue
        if before.role in ("context", "target_weak") and not before.cue or before.role == "target_weak":
            before.role, before.cue = "target", m.cue
        if before.role in ("target", "launch"):
            m.role, m.cue = "context", "landmark"  # (or where the fire came from: "من اتجاه رياق شرق بيروت")
            owned = inside[k + 1] if k + 1 < len(inside) else None
            if owned is not None and owned.first == m.last + 2 and lexicon.possessive_at(lowered, m.last):
                owned.role, owned.cue = "context", "landmark"  # "near Lebanon's Baalbek": what the landmark owns


#: A comma and a cue of where, opening the next of a list of places each told with its own cue.
_A_PLACE_LISTED_WITH_ITS_OWN_CUE = [[comma, cue] for comma in (",", "،") for cue in sorted(WHERE_DOWNED_CUES)]


def _site_before_its_bearing(lowered: Sequence[str], inside: list[Mention], c_last: int) -> None:
    """ "The Harir air base north of Erbil was hit by two drones": a place told by its bearing from a landmark ("north
    of", "40 km south of") right after another place, with the cue of an attack after the landmark, is where the site
    lies; the site before it takes that cue (a place with no cue of its own)."""
    for k in range(1, len(inside)):
        m, before = inside[k], inside[k - 1]
        gap = [w for w in lowered[before.last:m.first] if w not in (",", "،")]
        if len(gap) < 2 or gap[-1] != "of" or compass_of(gap[-2]) is None \
                or not all(w.isdigit() or w in _DISTANCE_WORDS or compass_of(w) is not None for w in gap[:-2]):
            continue
        if before.role != "context" or before.cue or m.role in ("target", "launch"):
            continue
        ceiling = inside[k + 1].first if k + 1 < len(inside) else c_last
        cue = _cue_after(lowered, m.last, ceiling)
        if cue is not None and cue[0] == "target":
            before.role, before.cue = cue
            m.role, m.cue = "context", "landmark"


#: Words of a distance told before a bearing ("about 40 km north of").
_DISTANCE_WORDS = frozenset({"km", "kilometres", "kilometers", "miles", "mi", "about", "some", "around", "roughly",
                             "nearly", "just", "-"})


def _near_a_site_told_before(lowered: Sequence[str], inside: list[Mention]) -> None:
    """ "the drones were shot down while attacking the airbase near the town of al-Baghdadi": a place told "near"
    right after a word for a site (``base_anaphora``: "the airbase", "la base") is marked ``near_a_site``: when the
    report told a base before, the fire was at that base and the place is its landmark (``analyse``); else the
    place is the nearest thing to a target the text gives."""
    near, told = lexicon.word_phrases("near_cue"), lexicon.word_phrases("base_anaphora")
    for m in inside:
        if m.role not in ("target", "target_weak"):
            continue
        k = m.first
        while k > 0 and (lowered[k - 1] in ("the", "of") or is_descriptor_before(lowered[k - 1], "of")):
            k -= 1  # (past the landmark's own descriptor: "near the town of")
        if any(told.ends_before(lowered, start) for start, _ in near.ends_before(lowered, k)):
            m.extra["near_a_site"] = True


#: "between" in the languages of the reports: a place told right before "between X and Y" lies between them.
_BETWEEN = frozenset({"between", "zwischen", "entre", "tra", "fra", "بين", "בין"})


def _between_two_landmarks(lowered: Sequence[str], inside: list[Mention]) -> None:
    """ "Raketenteile seien in der Stadt Modiin zwischen Tel Aviv und Jerusalem eingeschlagen", "a missile fell near
    Modiin, between Tel Aviv and Jerusalem": the two places after "between" tell where the place right before them
    lies; that place takes the cue either of them took, and they are landmarks (not "the area between Tyre and
    Naqoura", where no place stands before "between")."""
    for k in range(1, len(inside) - 1):
        place, one, other = inside[k - 1], inside[k], inside[k + 1]
        gap = [w for w in lowered[place.last:one.first] if w != ","]
        if len(gap) != 1 or gap[0] not in _BETWEEN or not set(lowered[one.last:other.first]) <= _AND:
            continue  # (the "and" of Arabic and Hebrew is joined to the second name: nothing stands between)
        taken = next((m for m in (one, other) if m.role in ("target", "target_weak", "launch")), None)
        if taken is not None and place.role in ("context", "target_weak"):
            place.role, place.cue = taken.role, taken.cue
        for m in (one, other):
            m.role, m.cue = "context", "landmark"


def _landmark_in_an_aside(lowered: Sequence[str], inside: list[Mention], c_last: int) -> None:
    """ "Bat Yam, south of Tel Aviv, was hit", "La ville de Bat Yam, au sud de Tel Aviv, a été touchée": the cue after
    a landmark told in an aside between commas is the cue of the place before the aside (the landmark keeps its own
    reading: where the place lies)."""
    for k in range(1, len(inside)):
        m, place = inside[k], inside[k - 1]
        if m.role != "reference" or lowered[place.last:place.last + 1] != [","] \
                or lowered[m.last:m.last + 1] != [","] or place.role not in ("context", "target_weak"):
            continue
        before = lexicon.role_cues()[0].match_at(lowered, place.last + 1)
        if before is None or before[1] != "reference" or before[0] != m.first:
            continue  # (only the landmark's own cue in the aside: "Bat Yam, south of Tel Aviv,")
        ceiling = inside[k + 1].first if k + 1 < len(inside) else c_last
        after = _cue_after(lowered, m.last + 1, ceiling)
        if after is not None and after[0] in ("target", "launch"):
            place.role, place.cue = after


#: How far from the area a tracker line names after its site the site may lie (a province's span).
_TRACKER_AREA_KM = 150


def _site_before_where_it_lies(lowered: Sequence[str], inside: list[Mention], c_last: int) -> None:
    """ "the Baadre oil field, located in the Sheikhan district of Dohuk province, was targeted": an aside between
    commas opened by a word of lying (``located`` in extract_words.csv: "located", "située", "ubicado", "الواقع")
    right after a place tells where that place lies; the cue after the aside is the place's, and the places inside
    the aside are where it lies (without the commas, "a base located in Anbar was hit", Anbar is the place hit)."""
    located = lexicon.words("located")
    capital = lexicon.word_phrases("capital_of")
    for k in range(1, len(inside)):
        place, m = inside[k - 1], inside[k]
        opener = lowered[place.last:m.first]
        if opener == [","] and lowered[m.last:m.last + 1] == [":"] and m.role == "target" \
                and place.role in ("context", "target_weak") and _finer_and_within(place, m, _TRACKER_AREA_KM):
            # a tracker line, "Koniko gas field, Deir Ezzor: US base targeted": the site the line names, in the area
            # named after it, is what was hit
            place.role, place.cue = m.role, m.cue
            m.role, m.cue = "context", "where the site lies"
            continue
        capital_of = capital.match_at(lowered, place.last + 1)
        if 2 <= len(opener) <= 7 and opener[0] in _ASIDE_MARKS | {"،"} and place.role != "reference" \
                and capital_of is not None and capital_of[0] == m.first:
            # "Arbil, the capital of Iraqi Kurdistan": the region after "the capital of" is where the city lies,
            # whatever the city's own role
            close = next((j for j in range(m.last, min(c_last, m.last + _ASIDE_WORDS)) if lowered[j] == opener[0]),
                         c_last)
            for p in inside[k:]:
                if p.last <= close:
                    p.role, p.cue = "context", "where the site lies"
            continue
        if opener[:1] and opener[0] in located and place.role in ("context", "target_weak") \
                and m.role in ("target", "target_weak") \
                and all(w in located or _landmark_noun(w) or compass_of(w) is not None for w in opener):
            # no commas: "قاعدة أمريكية في تل بيدر الواقعة غربي مدينة الحسكة" 'a US base in Tal Baydar, located west
            # of the city of Hasakah': the site is what the cue before it names, the places after where it lies
            place.role, place.cue = m.role, m.cue
            last = place.last
            for p in inside[k:]:
                if not all(w in located or _landmark_noun(w) or compass_of(w) is not None
                           for w in lowered[last:p.first]):
                    break  # (only the places that tell where it lies, one after another)
                if p.role in ("target", "target_weak"):
                    p.role, p.cue = "context", "where the site lies"
                last = p.last
            continue
        if not 2 <= len(opener) <= 7 or opener[0] not in _ASIDE_MARKS | {"،"} or opener[1] not in located \
                or place.role not in ("context", "target_weak"):
            continue
        close = next((j for j in range(m.last, min(c_last, m.last + _ASIDE_WORDS)) if lowered[j] == opener[0]), None)
        if close is None:
            continue
        aside = [p for p in inside[k:] if p.last <= close]
        ceiling = next((p.first for p in inside[k:] if p.first > close), c_last)
        after = _cue_after(lowered, close + 1, ceiling)
        if after is not None and after[0] in ("target", "launch"):
            place.role, place.cue = after
            for p in aside:
                p.role, p.cue = "context", "where the site lies"


#: Turkish endings that make a place the adjective of the noun after it, 'which is in' ("Süleymaniye kentindeki
#: Kormor gaz sahası" 'the Khor Mor gas field in the city of Sulaymaniyah', "Erbil'deki üs").
_TURKISH_IN_ADJECTIVE = ("deki", "daki", "teki", "taki")


def _turkish_place_of_the_next(lowered: Sequence[str], inside: list[Mention]) -> None:
    """ "Irak'ın Süleymaniye kentindeki Kormor gaz sahasına düzenlenen İHA saldırısı": a place whose last word ends in
    "-deki" ('which is in') right before another place only says where that place lies, whatever the gazetteer's
    outlines say (the field lies in the province, not the city, the report's wording names); the place after it takes
    the role."""
    for k in range(1, len(inside)):
        area, site = inside[k - 1], inside[k]
        # (or the word after the place: "Kamışlı kırsalındaki Suveydiye doğalgaz tesisi" 'the Suwaydiyah gas plant in
        # the Qamishli countryside')
        joined = site.first == area.last and lowered[area.last - 1].endswith(_TURKISH_IN_ADJECTIVE)
        after = site.first == area.last + 1 and lowered[area.last].endswith(_TURKISH_IN_ADJECTIVE) \
            and lowered[area.last].isalpha()
        if not (joined or after):
            continue
        # (a state's forces there take no role: "Irak ve Suriye'deki ABD güçlerine" 'on US forces in Iraq and Syria')
        state = bool(site.candidates) and site.candidates[0].kind == "country"
        if site.role in ("context", "target_weak") and area.role in ("target", "launch", "target_weak") and not state:
            site.role, site.cue = area.role, area.cue
        area.role, area.cue = "context", "where the site lies"


def _defends(lowered: Sequence[str], at: int) -> bool:
    """Whether the word at *at* opens an interception ("Israel intercepted a missile fired from Yemen", "Saudi Arabia
    shot down a drone"): the state that opens such a sentence downed the fire, it did not launch it."""
    found = lexicon.trigger_table().match_at(lowered, at)
    return found is not None and found[1].event_type == "interception"


def _a_front(lowered: Sequence[str], last: int, ceiling: int) -> bool:
    """Whether the name ending at *last* owns a front line ("on Israel's northern front", "on the Lebanon front"):
    the words after it, past a possessive and a direction, are a front word (``front`` in extract_words.csv)."""
    k = last + 2 if lexicon.possessive_at(lowered, last) else last
    while k < ceiling and compass_of(lowered[k]) is not None:
        k += 1
    return k < ceiling and lowered[k] in lexicon.words("front")


#: The words between a site and the area it lies in ("the Sarsang field in Duhok"; Sorani "کێڵگەی کۆرمۆر لە
#: چەمچەماڵ", Kurmanji "Kêlgeha Kormorê li Çemçemalê").
#: "Near" between a site and its landmark, before the cue that ends their noun phrase (Persian "در نزدیکی").
_NEAR_BEFORE_A_CUE = (["near"], ["در", "نزدیکی"], ["نزدیک"])
#: How far from its landmark a site told on a side of it may lie (Harir is 48 km from Erbil).
_SIDE_OF_A_LANDMARK_KM = 120.0
_IN = (["in"], ["in", "the"], ["of"], ["لە"], ["li"], ["در"], ["لە", "سنووری"], ["li", "sînorê"])
#: Kurdish "in the area of" ("زڕگوێزیش لە سنووری سلێمانی کرایە ئامانج" 'Zrgwez, in the area of Sulaymaniyah, was
#: targeted'): the place after it is where the one before lies, whatever cue follows.
_IN_THE_AREA_OF = (["لە", "سنووری"], ["li", "sînorê"])


def _subject_before_its_area(lowered: Sequence[str], inside: list[Mention], c_last: int) -> None:
    """ "the Nevatim air base in the Negev, a key installation, was among the main targets": a cue after a place
    (``_cue_after``) is the cue of the subject it ends, when that place only says where the place before it lies
    ("X in the Y", "the Shekhan district of Duhok governorate"): X takes the role, Y is where X is."""
    for k in range(1, len(inside)):
        site, area = inside[k - 1], inside[k]
        ceiling = inside[k + 1].first if k + 1 < len(inside) else c_last
        # (a place of Arabic script no cue names is a weak target, "کێڵگەی کۆرمۆر لە چەمچەماڵ": it is the site still)
        in_the_area_of = lowered[site.last:area.first] in _IN_THE_AREA_OF
        # (or near it, as Persian writes a site's landmark before the object marker: "پایگاه هوایی رامات دیوید در
        # نزدیکی حیفا را هدف قرار داد" 'targeted the Ramat David air base near Haifa')
        between = lowered[site.last:area.first]
        # (or right before it, as Persian joins a site to its city with the unwritten ezafe: "فرودگاه مهرآباد تهران را
        # هدف قرار داد" 'targeted Tehran's Mehrabad airport'; or on a side of it: "پایگاه حریر در شمال اربیل را")
        near = ((between in _NEAR_BEFORE_A_CUE or (not between and is_arabic(site.text) and is_arabic(area.text)))
                and _finer_and_within(site, area, _TOWN_OF_A_CITY_KM)) \
            or (_persian_side(between) and _finer_and_within(site, area, _SIDE_OF_A_LANDMARK_KM))
        if not (site.role == "context" or (site.role == "target_weak" and (not site.cue or in_the_area_of))) \
                or area.role == "context" \
                or not site.candidates or not area.candidates \
                or (lowered[site.last:area.first] not in _IN and not near) \
                or (_cue_after(lowered, area.last, ceiling) is None and not in_the_area_of) \
                or not (near or lies_in(site.candidates[0], area.candidates[0])
                        or _town_told_by_its_city(site.candidates[0], area.candidates[0])
                        or _of_the_province_it_is_run_from(between, site, area)):
            continue
        site.role, site.cue, area.role, area.cue = area.role, area.cue, "context", "where the site lies"


#: How many places telling where a list's item lies may stand between it and the next item ("the al-Shaddadi base in
#: the governorate of al-Hasakah, in northeastern Syria, and the Green Village base": two).
_WHERE_IT_LIES_PLACES = 2


def _item_before_where_it_lies(inside: list[Mention], k: int) -> Mention | None:
    """The target told before the places that only say where it lies, right before place *k* of the clause: its
    province or country, or its landmark (the list's item whose role the next item takes; the first of a chain of
    them: not al-Hasakah, which Syria holds, in the example above), else None."""
    first = None
    for j in range(k - 2, max(-1, k - 2 - _WHERE_IT_LIES_PLACES), -1):
        item = inside[j]
        if item.role in ("target", "target_weak") and item.candidates and all(
                m.cue in _landmark_cues() or m.cue in ("town of the site", "landmark")
                or any(contains(c, item.candidates[0]) for c in m.candidates[:3]) for m in inside[j + 1:k]):
            first = item
    return first


def _of_the_province_it_is_run_from(between: Sequence[str], site: Mention, area: Mention) -> bool:
    """ "the Shekhan district of Duhok governorate": a district or town told "of" a province of its country that is
    not its province in the gazetteer (Shekhan lies in Nineveh as the boundaries draw it, and is run from Duhok)
    lies in it as the report says, when its point is within the province's own reach of the province's point."""
    if list(between) != ["of"] or not site.candidates or not area.candidates:
        return False
    inner, outer = site.candidates[0], area.candidates[0]
    return outer.kind == "governorate" and inner.kind in ("district", "city", "town") \
        and inner.country == outer.country and _finer_and_within(site, area, outer.precision_km)


def _finer_and_within(site: Mention, area: Mention, km: float) -> bool:
    """Whether *site* names a finer place than *area* and lies within *km* of it (their first candidates)."""
    if not site.candidates or not area.candidates:
        return False
    inner, outer = site.candidates[0], area.candidates[0]
    return specificity(inner) < specificity(outer) and distance_km(inner.lat, inner.lon, outer.lat, outer.lon) <= km


def _persian_side(words: Sequence[str]) -> bool:
    """Whether *words* are Persian "in the (compass side) of" between a site and its landmark ("در شمال", "در شمال
    غربی", "در شمال‌غرب")."""
    sides = [part for w in words[1:] for part in w.split("\u200c")]
    return len(words) >= 2 and words[0] == "در" and 1 <= len(sides) <= 2 and all(compass_of(w) for w in sides)


def _town_told_by_its_city(town: Any, city: Any) -> bool:
    """ "the town of Sirrin in Kobani was hit": a town or village told "in" a city of the same country near it (the
    city standing for its district, as reports write Kobani, Qamishli, Zakho) lies there."""
    return city.kind in ("city", "town") and town.kind in ("town", "village") and town.id != city.id \
        and town.country == city.country and distance_km(town.lat, town.lon, city.lat, city.lon) <= _TOWN_OF_A_CITY_KM


#: How far from a city a town told "in" it may lie ("Sirrin in Kobani": 30 km).
_TOWN_OF_A_CITY_KM = 50.0


def _without_restatements(sentence: Sentence, inside: list[Mention]) -> list[Mention]:
    """The mentions of a clause without those that only restate the one before them in brackets ("Tirbespi
    (Qahtaniyah), Amude and Kobani"): context, so that the list goes on past them."""
    tokens = sentence.tokens
    kept: list[Mention] = []
    for m in inside:
        if kept and kept[-1].last == m.first - 1 and tokens[m.first - 1].text == "(" \
                and m.last < len(tokens) and tokens[m.last].text == ")":
            m.role, m.cue = "context", "restated"
            continue
        kept.append(m)
    return kept


def _cue_repeated(between: Sequence[str], cue: str) -> bool:
    """Whether a place's cue opens the second part of a list ("in the Golan Heights and in Eilat", "from Iraq, and from
    Syria", "in Erbil and in northern Syria"): the place stands beside the one before it, in its role, not as a weaker
    "in"."""
    words = cue.split()
    between = list(between)
    while between and between[-1] in _PART_OF:
        between.pop()  # "in Erbil and in northern Syria": the direction names a part of the place, after the cue
    head = list(between[:len(between) - len(words)])
    return bool(words) and list(between[len(head):]) == words and bool(set(head) & {"and", "or"}) \
        and set(head) <= {",", "and", "or", "also", "then"}


def _cue_after_list(sentence: Sentence, last: int, ceiling: int) -> tuple[str, str] | None:
    """The cue after a place (:func:`_cue_after`), or after the names the gazetteer lacks that go on its list."""
    lowered = sentence.lowered
    return _cue_after(lowered, last, ceiling) or _cue_after(lowered, _past_unknown_names(sentence, last, ceiling),
                                                            ceiling)


def _past_unknown_names(sentence: Sentence, last: int, ceiling: int) -> int:
    """Where a list goes on after its last known place in names the gazetteer lacks ("Zrariyeh, Kfrar Melki, Al Hatta
    and Al Wardiya were hit"): the token after those names (capitalised words joined by commas and "and"), so that
    the cue after them is the list's; *last* itself when no such name follows."""
    tokens, k, names = sentence.tokens, last, 0
    while k < ceiling and (tokens[k].lower in _AND or tokens[k].lower in ("-", "al", "el")
                           or (tokens[k].text[:1].isupper() and tokens[k].text.isalpha())):
        names += tokens[k].text[:1].isupper()
        k += 1
    return k if names and k < ceiling and tokens[k - 1].text[:1].isupper() else last


def _unknown_name_words(sentence: Sentence, first: int, floor: int) -> int:
    """How many words of names the gazetteer lacks stand in the window before token *first* when a descriptor and
    "of" join them to it ("over the Iqlim al-Tuffah area of southern Lebanon": four), which the cue before them reaches
    past (at most :data:`_WINDOW` more)."""
    lowered = sentence.lowered
    of = next((k for k in range(first - 1, max(floor, first - 3) - 1, -1) if lowered[k] == "of"), None)
    if of is None or of < 1 or not (is_descriptor(lowered[of - 1]) or lowered[of - 1] in lexicon.words("area_of")):
        return 0  # (only an unknown site's "area of" / "district of" before the place it lies in)
    tokens = sentence.tokens[max(floor, first - 2 * _WINDOW, 1):first]
    return min(_WINDOW, sum(1 for t in tokens if _of_an_unknown_name(t) and (t.text.isalpha() or t.lower == "-")))


#: Words that may qualify a settlement's noun before its "of" ("the border town of Amuda", "the small village of").
_SETTLEMENT_QUALIFIERS = frozenset({"border", "frontier", "small", "nearby", "coastal", "southern", "northern",
                                    "eastern", "western", "kurdish", "mountain", "desert", "beach", "farming"})


def _site_of_words(lowered: Sequence[str], first: int, floor: int) -> int:
    """How many words of a site's descriptor told with "of" inside a chain of "of" stand right before token *first*
    ("la terminal de pasajeros del aeropuerto de Ramón": "del aeropuerto de", three), which the cue before them
    reaches past."""
    k = first - 1
    if k - 2 < floor or lowered[k] not in _OF or not is_descriptor(lowered[k - 1]) or lowered[k - 2] not in _OF:
        return 0  # (only a descriptor inside a chain of "of": not "the ports of Hodeidah", which a cue reaches alone)
    return 3


def _settlement_words(lowered: Sequence[str], first: int, floor: int) -> int:
    """How many words of a settlement's noun phrase stand right before token *first* ("a strike on the power station
    of the border town of Amuda": "the border town of", four), which the cue before them reaches past."""
    k = first - 1
    if k - 1 < floor or lowered[k] != "of" or lowered[k - 1] not in lexicon.words("settlement_word"):
        return 0
    k -= 2
    while k >= floor and first - k <= 5 and lowered[k] in _SETTLEMENT_QUALIFIERS:
        k -= 1
    return first - k - 1 + (k >= floor and lowered[k] in ("the", "a"))


def _without_unknown_names(sentence: Sentence, last: int, first: int) -> list[str]:
    """The words between two places (tokens *last* to *first*) without the names the gazetteer lacks that a list
    may hold between them ("Zrariyeh, Al Hatta, Ansar and Kfar Melki": ", , and"): capitalised words, with the
    Arabic articles, hyphens and apostrophes inside them."""
    return [t.lower for t in sentence.tokens[last:first] if not (_of_an_unknown_name(t) or t.lower in ("'", "’"))]


def _of_an_unknown_name(token: Any) -> bool:
    """Whether a token may be a word of a name the gazetteer lacks: capitalised, or an Arabic article or hyphen
    inside one ("Al Hatta", "Iqlim al-Tuffah")."""
    return token.text[:1].isupper() or token.lower in ("-", "al", "el")


#: How far apart two sites told "X at Y" may be for Y to be where X lies (the Victory base at Baghdad airport: 3 km).
_SITE_AT_SITE_KM = 10.0


def _without_a_day(gap: list[str]) -> list[str]:
    """*gap* without the day a place was hit on, told right after it ("Drones hit the Tanf garrison on 5 January, the
    Rumalyn base on 7 January and Tower 22 on 28 January": each place of the list with its day; the capitalised month
    is already gone, as a name's word)."""
    if gap[:1] != ["on"]:
        return gap
    k, numbered = 1, False
    while k < len(gap):
        if gap[k].isdecimal() or gap[k] == "." or gap[k] in monthdates.MONTHS:
            numbered, k = numbered or gap[k].isdecimal(), k + 1
        elif (month := datewords.word_at("month", gap, k)) is not None:
            k = month[0]  # (another language's month, perhaps of several words)
        else:
            break
    return gap[k:] if numbered else gap


def _without_instrument(gap: list[str]) -> list[str]:
    """*gap* without the weapon a place was hit with, told right after it ("with drones", "with two rockets")."""
    if gap[:1] != ["with"]:
        return gap
    weapons = {e for s, e, found in lexicon.trigger_table().find(gap)
               if s in (1, 2) and found.event_type in MUNITION_TYPES}
    return gap[max(weapons):] if weapons else gap


#: Nouns of a site a name the gazetteer knows may be told with, left out of its mention ("the Natanz enrichment site").
_SITE_NOUNS_AFTER_A_NAME = frozenset({"site", "complex", "facility", "compound", "installation"})


def _list_gap(sentence: Sentence, last: int, first: int) -> list[str]:
    """The words between two places of a list (tokens *last* to *first*) without its area words; when only names the
    gazetteer lacks and the list's joiners and articles stand there ("Zrariyeh, Al Hatta and Kfar Melki"), the joiners
    alone."""
    left = _without_a_bearing_to_it(_without_unknown_names(sentence, last, first))
    # (past the noun of the site the name before is told with: "the Natanz enrichment site, the Isfahan nuclear
    # complex and Fordow")
    left = left[1:] if left[:1] and left[0] in _SITE_NOUNS_AFTER_A_NAME else left
    left = [w for w in left if w not in QUOTE_MARKS]  # (names told in quotes: 'قاعدتي "الأسد" و"التنف"')
    if left and set(left) <= _COORDINATION:
        return left  # (past an article too: "Sanaa airport and the Asar and Hezyaz power plants")
    if [w for w in left if w != ","] == _TURKISH_FOREMOST:
        return [","]  # "Tahran başta olmak üzere İsfahan ve Tebriz kentlerine": Tehran first among the list
    if len(left) == 1 and _an_arabic_item(left[0]) and sentence.tokens[first].text.startswith(ARABIC_AND):
        # "الخيام ومعركة وتبنين" 'Khiam, Maarakeh and Tibnin': a name the gazetteer lacks, joined by "and" as the
        # next name is, is one more item of the list
        return [ARABIC_AND]
    return [ARABIC_AND if and_a_descriptor(w) else w for w in _without_area_words(sentence.lowered[last:first])]




def _an_arabic_item(word: str) -> bool:
    """Whether an Arabic word may be a name of a list after its joined "and" ("ومعركة"): "and" and a word of three
    letters or more that is not one of the list's own words (a descriptor, a military position, a bearing)."""
    return len(word) > 3 and word.startswith(ARABIC_AND) and is_arabic(word) and not is_descriptor(word[1:]) \
        and word[1:] not in lexicon.words("arabic_position") and compass_of(word[1:]) is None


def _arabic_near(between: Sequence[str]) -> bool:
    """ "قاعدة "حرير" الأميركية قرب مطار أربيل" 'the US Harir base near Erbil airport': Arabic "near" between a site
    and its landmark, past the site's adjectives (with the article) and quotation marks."""
    words = [w for w in between if w not in QUOTE_MARKS and w not in (",", "،")
             and not (is_arabic(w) and (w.startswith("ال") or is_descriptor(w)))]  # (and "مطار": the landmark's own)
    return words in (["قرب"], ["بالقرب", "من"])


def and_a_descriptor(word: str) -> bool:
    """ "تل أبيب ومدينة حيفا" 'Tel Aviv and the city of Haifa', "بلدة الخيام وبلدة كفركلا": Arabic joins "and" to the
    descriptor word that opens the next name of a list ("وموقع المطلة" 'and the Metula position': also the words for a
    military position, ``arabic_position``); the pair joins the list as "and" alone does."""
    return len(word) > 2 and word.startswith(ARABIC_AND) and is_arabic(word) \
        and (is_descriptor(word[1:]) or word[1:] in lexicon.words("arabic_position"))


def _ends_an_unknown_name(sentence: Sentence, m: Mention) -> bool:
    """ "the villages of Kfarkela, Aita al-Shaab and Khiam": a name right after a capitalised word no place name
    holds, itself right after a list's comma, "and" or "of", ends a longer name the gazetteer lacks."""
    tokens, j = sentence.tokens, m.first - 1
    if j < 1 or not (tokens[j].text[:1].isupper() and tokens[j].text.isalpha()):
        return False
    if tokens[j - 1].lower not in (",", "and", "of") or common_word(tokens[j].lower) \
            or tokens[j].lower in demonym_words():
        return False
    return not in_title_case(tokens)  # not in a headline written in title case


#: The kinds of area a landmark may be told in without being a target of its own.
_WIDE_AREAS = frozenset({"country", "governorate", "region"})


def _landmark_for_an_unnamed_target(clause: Sequence[str], inside: list[Mention]) -> None:
    """ "an air strike on a militia headquarters east of Baghdad", "a drone crashed in Radwaniya, some 10 km west of
    Baghdad airport": when the clause of an event names no target of its own (the site is unnamed or a place the
    gazetteer lacks), the landmark it is placed by is the nearest thing to a target the text gives (precision near);
    the first such landmark (``bearing`` in ``extract_words.csv``: "south of", "km from"). Not when the clause
    names its site by a word for one told before ("struck the base, which lies northeast of Erbil": that base)."""
    if _site_told_before(clause):
        return
    landmark = next((m for m in inside if m.cue in lexicon.words("bearing") and m.candidates), None)
    if landmark is None:
        return
    # (an area the landmark lies in is no target of its own: "explosions were heard in an area some 40 kilometers
    # northeast of Erbil in the Kurdistan region": near Erbil)
    told = [m for m in inside if m.role in ("target", "launch")]
    # (told after the landmark: "in the Qalamun area, 90 kilometers north of Damascus" is the area hit)
    # (a launch told before the landmark is where the fire came from: "missiles from the direction of the Golan
    # were aimed at points south of Damascus")
    told = [m for m in told if not (m.role == "launch" and m.last <= landmark.first)]
    if any(m.role == "launch" or not m.candidates or m.candidates[0].kind not in _WIDE_AREAS
           or m.first < landmark.first or not lies_in(landmark.candidates[0], m.candidates[0]) for m in told):
        return
    for m in told:
        m.role, m.cue = "context", "where the landmark lies"
    landmark.role, landmark.cue = "target", "near"


def _site_told_before(clause: Sequence[str]) -> bool:
    """Whether the clause names a site by "the" and a word for one (``base_anaphora``: "the base", "the Popular
    Mobilization Forces (PMF) base"), not "a base housing US troops"."""
    nouns = {phrase.split()[-1] for phrase in lexicon.words("base_anaphora")} - lexicon.words("field_anaphora")
    for k, word in enumerate(clause):
        if word in nouns:
            for before in reversed(clause[max(0, k - 8):k]):
                if before == "the":
                    return True
                if before in (",", "a", "an", "that", "which", "of"):
                    break
    return False


def _list_before_shares_its_cue(sentence: Sentence, inside: list[Mention]) -> None:
    """ "Tel Aviv, Ramat Gan and Holon were hit": a cue after the last place of a list is the cue of every place of
    the list (places joined only by commas and "and" / "or", none with a cue of its own); so is the Turkish case
    ending of its last place ("Sincar, Kandil ve Hakurk'a hava harekâtı": each was struck)."""
    lowered = sentence.lowered
    for k in range(len(inside) - 1, 0, -1):
        last = inside[k]
        # "the Khurmala field in Erbil were hit": the cue after the place the last site is said to lie in
        # (:func:`_subject_before_its_area` gave the site that cue)
        area = inside[k + 1] if k + 1 < len(inside) and _where_it_lies(lowered, last, inside[k + 1]) else None
        after = _cue_after_list(sentence, (area or last).last, len(lowered))
        # "Sincar, Kandil ve Hakurk'a": Turkish writes a list's case ending on its last name only
        # (or on the descriptor after it: "Kamışlı kenti ve Kahtani bölgesinde")
        cased = last.role in ("target", "target_weak", "launch") and "case_ending" in last.extra \
            and (last.cue[:1] in ("'", "’") or lowered[last.last:last.last + 1] == [last.cue])
        # (a weak cue too when Turkish writes it after the list: "Amude ve Derik çevresindeki" 'around Amuda and
        # Derik')
        turkish_weak = last.role == "target_weak" and lexicon.turkish_sentence(lowered)
        if not cased and (last.role != "target" and not turkish_weak or after is None or after[1] != last.cue):
            continue
        j = k
        while j > 0:
            prev = inside[j - 1]
            if j > 1 and prev.role == "context" and prev.cue in ("", "where the site lies", "town of the site") \
                    and (_where_it_lies(lowered, inside[j - 2], prev) or prev.cue == "town of the site") \
                    and _joins_a_subject(_list_gap(sentence, prev.last, inside[j].first)):
                # "the Sarsang field in Duhok and the Khurmala field in Erbil were hit": each site of the list is
                # hit, each place after "in" only says where the site before it lies
                prev = inside[j - 2]
                if prev.role != "context" or prev.cue:
                    break
                prev.role, prev.cue = last.role, last.cue
                inside[j - 1].cue = inside[j - 1].cue or "where the site lies"
                j -= 2
                continue
            if j > 1 and prev.role in ("context", "target_weak") and _area_of_the_next(sentence, prev, inside[j]) \
                    and set(_list_gap(sentence, inside[j - 2].last, prev.first)) <= _TURKISH_AND:
                # "Irak'ın kuzeyindeki Kandil ve Hakurk ile Suriye'nin kuzeyindeki Tel Rıfat ve Derik bölgelerinin
                # vurulduğu": the country before "kuzeyindeki" only says where the names after it lie; the list goes
                # on before it
                j -= 1
                continue
            gap = _list_gap(sentence, prev.last, inside[j].first)
            if prev.extra.get("metonym") or prev.extra.get("owner"):
                break  # "هواپیماهای جنگی اسرائیل بیروت را بمباران کردند": the state whose jets struck is no list's place
            country = _a_country(prev)
            subject = cased and (set(gap) & _weekdays() or not gap and country
                                 or j == k and not set(gap) & _TURKISH_AND and country
                                 or gap == [","] and country and prev.first == 0)
            if (prev.role != "context" or prev.cue) and not (cased and prev.role == "target_weak") \
                    and not (prev.role == "target_weak" and gap and set(gap) <= _AND | _TURKISH_AND) \
                    or not _joins_a_subject(gap) or subject:
                # (a weak cue gives way to the case ending: "Irak'ın kuzeyinde Sincar, Kandil ve Hakurk'a"; a day
                # between, a country right before, or a comma alone before the last name is no Turkish list but the
                # subject: "İsrail Lübnan'ın güneyini bombaladı", "İsrail, Salı günü Lübnan'ı vurdu", "İran, İsrail'e
                # füze saldırısı düzenledi"; so is a country that opens the sentence with a comma: "İsrail, Tahran başta
                # olmak üzere İsfahan ve Tebriz kentlerine saldırı düzenledi"; a weak "in" joined by "and" alone gives
                # way too: "پایگاه‌های آمریکایی در عراق و سوریه را هدف قرار داد" 'targeted US bases in Iraq and Syria')
                break
            prev.role, prev.cue = last.role, last.cue
            j -= 1


#: Turkish 'first of all' after the first name of a list ("Tahran başta olmak üzere İsfahan, Kum ve Tebriz").
_TURKISH_FOREMOST = ["başta", "olmak", "üzere"]


#: The words that join the last name of a Turkish list ("Sincar, Kandil ve Hakurk'a"): the list's conjunctions and
#: Turkish "ile".
_TURKISH_AND = lexicon.LIST_CONJUNCTIONS | {"ile"}


def _area_of_the_next(sentence: Sentence, area: Mention, name: Mention) -> bool:
    """ "Suriye'nin kuzeyindeki Tel Rıfat" 'Tel Rifaat in the north of Syria': a name in the genitive with a
    direction noun in the "-deki" case right after it only says where the next name lies."""
    # (or a place that :func:`_turkish_place_of_the_next` found saying where the next lies: "Şam kırsalındaki Kudsaya")
    return name.first == area.last + 1 and lexicon.case_of_its_part(
        area.extra.get("case_ending", "").lstrip("'’"), sentence.lowered[area.last]) == "deki" \
        or area.cue == "where the site lies" and area.role == "context" and 0 <= name.first - area.last <= 1


def _a_country(m: Mention) -> bool:
    return bool(m.candidates) and m.candidates[0].kind == "country"


def _where_it_lies(lowered: Sequence[str], site: Mention, area: Mention) -> bool:
    """Whether *area* follows *site* after "in" and holds it ("the Sarsang field in Duhok"): where the site lies."""
    return lowered[site.last:area.first] in _IN and bool(site.candidates) \
        and bool(area.candidates) and specificity(site.candidates[0]) < specificity(area.candidates[0]) \
        and lies_in(site.candidates[0], area.candidates[0])


#: Words that end a list of subjects: a clause or a verb opens between two of its places.
_NOT_IN_A_SUBJECT = frozenset({"which", "that", "who", "where", "when", "while", "as", "after", "before", "but", "said",
                               "says", "is", "are", "was", "were", "has", "have", "had", "to", "by", "from", ";", ":"})


def _joins_a_subject(between: Sequence[str]) -> bool:
    """Whether the words between two places of a passive verb's subject join them into one list: commas, "and",
    "or", or one of them opening a noun phrase that ends in the next place ("the Masyaf district and the military
    airport in the city of Deir Ezzor were attacked"): no verb, no clause word."""
    words = set(between)
    if words <= _AND | _TURKISH_AND:
        return True  # (Turkish "ile" 'with' joins two parts of a list: "Kandil ve Hakurk ile Tel Rıfat ve Derik")
    return bool(words & _AND) and len(between) <= _SUBJECT_WORDS and between[0] in _AND \
        and not words & _NOT_IN_A_SUBJECT and all(w.isalpha() or w in (",", "-") for w in between) \
        and not any(w.endswith(("ed", "ing")) for w in between)


#: How many words may join two places of one subject ("and the military airport in the city of").
_SUBJECT_WORDS = 8


def _subject_site(lowered: Sequence[str], inside: list[Mention]) -> None:
    """ "The US embassy in Baghdad was targeted": the site is what came under fire, the town after "in" only says
    where it is (the cue after the town, or after an aside that follows it, belongs to the subject the town
    qualifies: "the US embassy in Baghdad, which houses diplomats, was targeted")."""
    for prev, m in zip(inside, inside[1:]):
        if m.role == "target" and m.last < len(lowered) and _cue_after(lowered, m.last, len(lowered)) is not None \
                and lowered[prev.last:m.first] == ["in"] \
                and prev.candidates and m.candidates and specificity(prev.candidates[0]) < specificity(m.candidates[0]):
            prev.role, prev.cue = m.role, m.cue
            m.role, m.cue = "context", "landmark"


def _where_the_firer_is(lowered: Sequence[str], first: int, floor: int) -> bool:
    """ "a ballistic missile fired by the Houthis in Yemen", "rockets launched by militants in Iraq": the place after
    "in" that follows the agent of a firing verb is where those who fired it are, not what their fire hit."""
    if first < 3 or lowered[first - 1] != "in":
        return False
    for k in range(first - 2, max(floor, first - 7) - 1, -1):
        if lowered[k] in (",", ";", ":", "and", "at", "on", "toward", "towards", "against"):
            return False
        if lowered[k] == "by" and k > 0:
            # the agent's name ends right before "in" ("by the Iran-backed Houthis in"; not "by militants struck a
            # building in Tel Aviv")
            actors = lexicon.actors()
            return lowered[k - 1] in lexicon.words("firing_verb") and any(
                (actors.match_at(lowered, j) or (0,))[0] == first - 1 for j in range(k + 1, first - 1))
    return False


#: Prepositions of place between a participle of stationing and the place (Persian and Arabic besides the lexicon's).
_STATIONED_AT = frozenset({"در", "في", "en"})
#: Words after the place that make the clause tell an attack on the force, not its fire ("were attacked", "came under
#: fire", Persian "مورد حمله قرار گرفت", Arabic "تعرضت").
_ATTACKED_FORCE = frozenset({"were", "was", "been", "being", "came", "come", "under", "مورد", "تعرضت", "تعرض"})


def _stationed_where_it_fires(lowered: Sequence[str], m: Mention, c_last: int) -> bool:
    """ "Iranian artillery stationed in Piranshahr shelled villages in the Kurdistan Region", "توپخانه سپاه مستقر در
    اشنویه و پیرانشهر ... مقرهای دو حزب را گلوله‌باران کرد": the place after a participle of stationing (``stationed``)
    and its preposition is where the force stands, so where its fire came from when the clause goes on with an active
    verb of fire or attack; not "US troops stationed at al-Tanf were attacked", "came under fire", nor "forces
    stationed at Al-Asad brought down two drones" (an interception: the defenders' base is what the drones aimed at)."""
    k = m.first - 1
    if k < 1 or not (lowered[k] in lexicon.words("place_preposition") or lowered[k] in _STATIONED_AT) \
            or lowered[k - 1] not in lexicon.words("stationed"):
        return False
    after = lowered[m.last:c_last]
    if set(after) & _ATTACKED_FORCE:
        return False
    fire, triggers = lexicon.attack_or_firing_words(), lexicon.trigger_table()
    found = [triggers.match_at(lowered, j) for j in range(m.last, c_last)]
    if any(hit is not None and hit[1].event_type == "interception" for hit in found):
        # "forces stationed at Al-Asad Air Base brought down two drones": the defenders' base, the drones' aim
        return False
    return any(lowered[j] in fire or hit is not None for j, hit in zip(range(m.last, c_last), found))


#: The German accusative articles before an object ("den Stützpunkt", "die Militärbasis", "das Hauptquartier").
_GERMAN_OBJECT_ARTICLES = frozenset({"den", "die", "das", "einen", "eine", "ein"})


def _german_object(lowered: Sequence[str], m: Mention, c_first: int, c_last: int) -> bool:
    """ "Pro-iranische Milizen haben am Freitag den Stützpunkt Rmeilan mit Raketen beschossen": a place after an
    accusative article (and a site noun), in a clause with the perfect's auxiliary whose last word is a participle of
    attack, is what the attack hit."""
    end = c_last
    while end > c_first and not lowered[end - 1].isalpha():
        end -= 1
    # (a participle of one word, or a phrase: "hätten den Flughafen ... ins Visier genommen")
    attack_last = lowered[end - 1] in lexicon.words("attack_word") or any(
        stop == end - m.last for _, stop, _ in lexicon.word_phrases("attack_word").find(lowered[m.last:end]))
    if end <= m.last or not attack_last \
            or not set(lowered[c_first:m.first]) & lexicon.words("german_auxiliary"):
        return False
    k = m.first - 1
    # (past the site noun before the name and its owner: "den US-Stützpunkt Rmeilan")
    while k > c_first and m.first - k <= 4 and (lowered[k].endswith(("punkt", "basis")) or lowered[k] in ("-", "us")):
        k -= 1
    return k >= c_first and lowered[k] in _GERMAN_OBJECT_ARTICLES


def _where_the_subject_fired(lowered: Sequence[str], m: Mention, floor: int) -> bool:
    """ "Iranian-backed militants in western Iraq launched multiple ballistic missiles": the place after "in" that ends
    an armed group's name, itself the subject of a firing verb right after the place, is where they fired from."""
    at = m.first - 1 if m.first and compass_of(lowered[m.first - 1]) is None else m.first - 2  # "in western Iraq"
    if at < 1 or lowered[at] != "in":
        return False
    actors = lexicon.actors()
    subject = any((actors.match_at(lowered, j) or (0,))[0] == at for j in range(max(floor, at - 5), at))
    k = m.last
    while k < len(lowered) and lowered[k] in ("have", "had", "has", "then", "later", "also", "reportedly"):
        k += 1
    return subject and k < len(lowered) and lowered[k] in lexicon.words("firing_verb")


def _bracketed_place(lowered: Sequence[str], inside: list[Mention], k: int) -> int | None:
    """Where the brackets close around mention *k* when it stands alone, perhaps with its descriptor, in brackets right
    after the mention before it and its descriptor ("حانين (قضاء بنت جبيل)", "Hanine (Bint Jbeil district)"), else
    None."""
    if k < 1:
        return None
    opening = inside[k - 1].last
    while opening < inside[k].first and _kind_word(lowered[opening]):
        opening += 1  # (past the descriptor after the name: "the Hanine area (Bint Jbeil district)")
    if lowered[opening:opening + 1] != ["("]:
        return None
    close = next((j for j in range(inside[k].last, min(len(lowered), inside[k].last + 3)) if lowered[j] == ")"), None)
    if close is None or any(not _kind_word(w) for w in lowered[opening + 1:inside[k].first]) \
            or any(not _kind_word(w) for w in lowered[inside[k].last:close]):
        return None
    return close


def _joins_an_item(word: str) -> bool:
    """Whether *word* may stand between two items of a list of places told with their kind ("and the Marwahin area",
    "، ومنطقة مروحين"): a joiner or article, a descriptor or a one-word qualifier ("area", "منطقة"), alone or with the
    Arabic "and" joined to it."""
    return word in _COORDINATION or _kind_word(word) \
        or (is_arabic(word) and word.startswith(ARABIC_AND) and len(word) > 2 and _kind_word(word[1:]))


def _kind_word(word: str) -> bool:
    """A descriptor or a one-word qualifier of the gazetteer's phrases, which tells what a place is ("district",
    "area", "قضاء", "منطقة")."""
    return is_descriptor(word) or word in _one_word_qualifiers()


@functools.cache
def _one_word_qualifiers() -> frozenset[str]:
    return frozenset(q[0] for q in qualifier_words() if len(q) == 1)


#: The articles a sentence may open with before a country that fires ("The United States fired", "Der Iran hat ...
#: abgefeuert").
_OPENING_ARTICLES = frozenset({"the", "el", "la", "le", "il"}) | lexicon.GERMAN_ARTICLES


def _arabic_in_after_from(lowered: Sequence[str], first: int, floor: int) -> bool:
    """Whether an Arabic "in" (في) stands between the "from" (من) before the place at *first* and the place: "قتل
    أربعة أشخاص من الهيئة الصحية في بلدة بليدا" 'four people of the health authority were killed in the town of
    Blida': the "from" is the people's, and the place has its own "in"."""
    window = list(lowered[max(floor, first - _WINDOW):first])
    at = max((k for k, w in enumerate(window) if w == "من"), default=None)
    return at is not None and "في" in window[at + 1:]


#: How far back from the place the Persian "according to the report of" may open its phrase.
_REPORT_REACH = 12


def _reported_from(lowered: Sequence[str], first: int) -> bool:
    """Whether the place at *first* follows "از" 'from' in a Persian phrase that names the report's source, "به گزارش
    سرویس بین الملل خبرگزاری صدا و سیما از بغداد" 'according to the IRIB news agency's foreign service, from
    Baghdad': where the report was filed, not where fire came from."""
    if first < 1 or lowered[first - 1] != "از":
        return False
    window = list(lowered[max(0, first - 1 - _REPORT_REACH):first - 1])
    opened = max((k for k, (a, b) in enumerate(zip(window, window[1:])) if a == "به" and b == "گزارش"), default=None)
    # (the phrase ends at its comma: "به گزارش خبرگزاری فارس، موشک‌هایی از لبنان ... شلیک شد" was fired from Lebanon)
    return opened is not None and not set(window[opened:]) & {",", "،"}


def _origin_of_a_person(lowered: Sequence[str], first: int, floor: int) -> bool:
    """Whether the "from" (German "aus") before the place at *first* follows a word for a person or a message ("a
    labourer from Jabalia", "in a statement from Baghdad": ``origin_noun`` in ``extract_words.csv``) or a verb of seeing ("the
    interceptions were photographed from the city of Ashkelon", "seen from Jerusalem": where someone watched from,
    ``vantage_verb``)."""
    for k in range(first - 1, max(floor, first - 4) - 1, -1):
        if lowered[k] in ("from", "aus"):  # (German too: "vier Arbeiter aus dem Jemen" 'four workers from Yemen')
            return k > 0 and (lowered[k - 1] in lexicon.words("origin_noun")
                              or lowered[k - 1] in lexicon.words("vantage_verb"))
    return False


#: Landmarks told by a common noun after a bearing ("south of the capital"): where a place of a list lies.
_UNNAMED_LANDMARKS = frozenset({"capital", "city", "town", "port", "border", "coast"})

#: Words that may qualify an area noun before "of" in a list ("the port city of", "the border town of").
_AREA_QUALIFIERS = frozenset({"port", "coastal", "border", "resort", "capital", "mountain", "holy", "frontline",
                              "northern", "southern", "eastern", "western", "central"})


#: The articles of English, French, Spanish and Italian between an area word's "of" and the next area word ("les
#: environs de la ville de").
_ARTICLES = frozenset({"the", "la", "le", "les", "l'", "el", "los", "las", "il", "lo"})
#: "of" before a name, as French and Spanish write it after an area word ("la ville de Nabatieh", "la ciudad de Tiro").
_OF = lexicon.OF_WORDS
#: Italian "of" joined to its article ("della Giordania").
_ITALIAN_OF = frozenset({"della", "dello", "delle", "degli", "dei"})


def _without_a_bearing_to_it(between: Sequence[str]) -> list[str]:
    """*between* without the bearing to the place before that opens it ("the Ras Isa port north of it, and the al-Hali
    and Ras Kathib power stations": where the port lies, and the list goes on; "south of the capital", to a landmark
    told by a common noun; "Hezyaz to the south and Dhahban": where the place lies in the area told before)."""
    if len(between) > 3 and list(between[:2]) == ["to", "the"] and compass_of(between[2]) is not None:
        between = between[3:]  # "two power stations, Hezyaz to the south and Dhahban to the north"
    bearing = 0
    while bearing < len(between) and (compass_of(between[bearing]) is not None or between[bearing] == "-"):
        bearing += 1
    if bearing and list(between[bearing:bearing + 2]) in (["of", "it"], ["of", "them"]):
        return list(between[bearing + 2:])
    if bearing and list(between[bearing:bearing + 2]) == ["of", "the"] and bearing + 2 < len(between) \
            and between[bearing + 2] in _UNNAMED_LANDMARKS:
        return list(between[bearing + 3:])  # "the Hezyaz power station south of the capital, and the ports of ..."
    return list(between)


def _without_area_words(between: Sequence[str]) -> list[str]:
    """The words between two places of a list without a closing "the area of", "the outskirts of" (``area_of``),
    a closing direction word ("and central Israel"), nor what brackets hold ("stations at Amuda (66 kV), Qamishli
    (66 kV) and Qahtaniyah")."""
    words = _without_a_bearing_to_it(between)
    lead = 0
    while lead < min(2, len(words)) and words[lead] in ("on", "late", "early"):
        lead += 1  # ("early on Tuesday")
    if len(words) > lead + 1 and (words[lead] in _ENGLISH_WEEKDAYS or words[lead] in _weekdays()):
        # "hit Kafr Kila on Tuesday, as well as the outskirts of Bint Jbeil": the first's day; "struck Sarsang early
        # on Tuesday and Khurmala late on Monday", "on Tuesday morning and": with the part of its day
        day_end = lead + 1
        while day_end < len(words) - 1 and words[day_end] in lexicon.words("day_part") | lexicon.words("night_noun"):
            day_end += 1
        del words[:day_end]
    if len(words) >= 2 and words[0] in countryside_words():
        del words[0]  # "at the southern Quneitra countryside and the outskirts of Koya": the place before's countryside
    elif len(words) >= 2 and words[0] in lexicon.words("sites_hit") and words[1] in (",", "and"):
        del words[0]  # "attacked Shebaa Farms, al-Motella, and al-Malikiyah sites, and the Gesher Haziv": their sites
    if len(words) >= 2 and words[-1] == "-" and lexicon.unelided(words[-2]) in article_words():
        # "et la base aérienne adjacente d'al-Dailami": the name's article, elided with "de" before it
        words[-2:] = ["de"] if words[-2] != lexicon.unelided(words[-2]) else []
    if len(words) >= 3 and words[-1] in _ARTICLES and words[-2] in _OF and words[-3] in lexicon.LIST_CONJUNCTIONS:
        del words[-2:]  # "dans le ciel de l'Irak et de la Jordanie": the list's "of" told again with an article
    if len(words) >= 2 and words[-1] in _OF | _ITALIAN_OF and words[-2] in lexicon.LIST_CONJUNCTIONS:
        words.pop()  # "contre les régions de Kermanshah et de Tabriz", "nei cieli dell'Iraq e della Giordania"
    while words and compass_of(words[-1]) is not None:
        words.pop()  # "at Haifa and central Israel": the direction word of a country is read outside its mention
    while "(" in words and ")" in words[words.index("("):]:
        opened = words.index("(")
        del words[opened:words.index(")", opened) + 1]
    if len(words) >= 5 and words[-1] == "," and words[-3] in ("its", "their") and words[-4] in _OF \
            and (words[-5].isdecimal() or words[-5] in lexicon.numbers() or words[-5] in lexicon.words("tally_number")):
        del words[-5:]  # "Tel Aviv and two of its districts, Holon and Ramat Gan": the parts of the place before, named
    # (past a direction word after the area word: "y la provincia septentrional de Al Jawf")
    compass = 1 if len(words) >= 3 and compass_of(words[-2]) is not None else 0
    if len(words) >= 3 + compass and words[-1] in _OF and words[-2 - compass] in lexicon.words("area_of"):
        # (not an area word right after the place before: "the Metina and Gara areas of northern Iraq" are areas of
        # Iraq, which is no item of their list)
        words = words[:-2 - compass]
        while words and words[-1] in _AREA_QUALIFIERS:
            words.pop()  # "and the port city of Haifa", "and the border town of Metula"
        # (an area word of an area word: "ainsi que les environs de la ville de Shathah")
        if len(words) >= 3 and words[-1] in _ARTICLES and words[-2] in _OF and words[-3] in lexicon.words("area_of"):
            words = words[:-3]
    elif len(words) >= 2 and words[-1] in _OF and _site_words_end(words[:-1], words[-1]):
        # "and the port of Hodeidah", "et l'aéroport de Sanaa", "y el puerto de Al Hodeida"
        words = words[:-1 - _site_words_end(words[:-1], words[-1])]
    elif words and words[-1] in lexicon.words("area_before_name"):
        words = words[:-1]  # German puts the area word right before the name: "und die Stadt Nabatieh"
    elif words and _russian_descriptor(words[-1]):
        words = words[:-1]  # so does Russian, in the name's case: "по базе Айн аль-Асад, базам Телль-Бейдар и Эт-Танф"
        while words and _russian_adjective(words[-1]):
            words.pop()  # with its adjectives: "по Тель-Авиву, Хайфе и международному аэропорту Бен-Гурион"
            if len(words) >= 2 and words[-1] == "-" and words[-2] in _RUSSIAN_COMPASS_PARTS:
                del words[-2:]  # "и северо-западную провинцию Эль-Джауф"
    elif (k := _descriptor_before_a_name(words)):
        words = words[:-k]  # the Romance languages put it before the name too: "y la base aérea T4"
    return words


def _descriptor_before_a_name(words: Sequence[str]) -> int:
    """How many of the last words (two or three, after "and" and an article) are a descriptor of the gazetteer written
    before the name that follows them ("y la base aérea T4", "e la base aerea di"): 0 when they are none."""
    for k in (3, 2):
        if len(words) >= k + 1 and words[-k - 1] in _COORDINATION and all(w.isalpha() for w in words[-k:]):
            key, descriptors = normalize_parts(" ".join(words[-k:]) + " x")
            if descriptors and key == "x":
                return k
    return 0


def _russian_descriptor(word: str) -> bool:
    """Whether a Cyrillic word is a descriptor of the gazetteer in one of its cases ("базе", "базам" of "база",
    "аэропорту" of "аэропорт")."""
    return word[:1].isalpha() and is_cyrillic(word[0]) and (
        is_descriptor(word) or (len(word) > 4 and (is_descriptor(word[:-2] + "а") or is_descriptor(word[:-1])
                                                   or is_descriptor(word[:-2]))))


#: The endings of a Russian adjective in its cases ("международному", "военной", "иранская").
_RUSSIAN_ADJECTIVE_ENDINGS = ("ому", "ему", "ого", "его", "ой", "ей", "ую", "юю", "ый", "ий", "ая", "яя", "ое", "ее",
                              "ым", "им", "ых", "их", "ые", "ие")


#: The first parts of a Russian compound bearing ("северо-западную" 'north-western').
_RUSSIAN_COMPASS_PARTS = frozenset({"северо", "юго"})


def _russian_adjective(word: str) -> bool:
    """Whether a Cyrillic word ends as a Russian adjective does (before the descriptor it qualifies)."""
    return len(word) > 4 and is_cyrillic(word[0]) and word.endswith(_RUSSIAN_ADJECTIVE_ENDINGS)


#: Words that stand between a site's descriptor and its "of": "l'aéroport international de Sanaa".
_SITE_QUALIFIERS = frozenset({"international", "internacional", "internazionale", "military", "militaire", "militar",
                              "civil", "civilian", "main", "new", "old",
                              # "et la base aérienne adjacente d'al-Dailami", "la cercana base aérea de"
                              "adjacent", "adjacente", "voisine", "voisin", "proche", "nearby", "cercana", "cercano",
                              "vicina", "vicino"})


def _site_words_end(words: Sequence[str], of: str = "of") -> int:
    """How many words at the end of *words* name a kind of site before its "of" ("the port", "l'aéroport
    international"): a descriptor word of the gazetteer, with the qualifiers after it, read as it follows a name or,
    with *of*, as it comes before one ("puerto de", which Spanish only writes before); 0 when they do not."""
    n = 0
    while n < min(len(words), 3) and words[-1 - n] in _SITE_QUALIFIERS:
        n += 1
    if n >= len(words):
        return 0
    word = words[-1 - n]
    bare = lexicon.unelided(word)
    if n + 1 < len(words) and bare.isalpha():
        pair = f"{lexicon.unelided(words[-2 - n])} {bare}"
        if is_descriptor(pair) or is_descriptor_before(pair, of):
            return n + 2  # a descriptor of two words, its adjective after the noun: "la base aérienne (adjacente) de"
    plural = bare.endswith("s") and len(bare) > 4 and is_descriptor(bare[:-1])  # "the bases of Tal Baydar"
    return n + 1 if bare.isalpha() and (is_descriptor(bare) or plural or is_descriptor_before(bare, of)) else 0


def _near_the_town_of(gap: Sequence[str]) -> bool:
    """Whether the words between a site and the next place are "near", after a comma or before the place's area
    word ("near", ", near", "near the city of", ", near the town of")."""
    words = list(gap[1:] if gap[:1] == [","] else gap)
    if len(words) >= 3 and words[-1] == "of" and words[-2] in lexicon.words("area_of"):
        words = words[:-3] if words[-3] == "the" else words[:-2]
    return words == ["near"]


@functools.cache
def _landmark_cues() -> frozenset[str]:
    """The cue phrases that make a place a landmark ("south of", "border with"): ``reference`` in extract_roles.csv."""
    return frozenset(r["cue"] for r in lexicon.read_table("roles") if r["role"] == "reference")


def sites_after_and(between: Sequence[str]) -> bool:
    """ "the targets included Ras Issa Port and power and fuel installations in Hodeidah": between two places hit, a
    second thing hit after "and", told by a plural noun of sites (``site_count``, :data:`_SITE_PLURALS`) and placed
    "in" the second place, which is hit too (not the town of the first)."""
    return between[:1] == ["and"] and between[-1:] in (["in"], ["near"], ["at"]) and len(between) <= 7 \
        and bool(set(between[1:-1]) & (lexicon.words("site_count") | _SITE_PLURALS))


def _sites_before_a_final_verb(lowered: Sequence[str], inside: list[Mention], c_last: int) -> None:
    """ "Harab el-Cir üssü ile ... Koniko gaz sahasında bulunan üssün roketlerle vurulduğu" 'that the Harab el-Cir base
    and the base in the Koniko gas field were hit with rockets', Persian "پایگاه ... الشدادی ... و پایگاه‌های ... التنف
    ... را هدف قرار دادند": Turkish and Persian put the verb of hitting last (``verb_final_hit``), after a list of
    sites that may be long; a site of the clause with no cue of its own before it is hit."""
    table = lexicon.word_phrases("verb_final_hit")
    for m in inside:
        if not (m.role == "context" and not m.cue or m.role == "target_weak") or not m.candidates \
                or specificity(m.candidates[0]) != 0:
            continue  # (a site told where it is, "Koniko gaz sahasında", is weak until the verb tells it was hit)
        if any(table.match_at(lowered, k) is not None for k in range(m.last, c_last)):
            m.role, m.cue = "target", "verb last"


def _coordinated_target(lowered: Sequence[str], weak: Mention, strong: list[Mention]) -> bool:
    """ "struck a depot in Jurf al-Sakhar, south of Baghdad, and positions near al-Qaim", "struck the Arak reactor and
    had also hit a site in the area of Natanz", "hit near the dam of Chel Agha and a village near Amuda": a second
    target, not a landmark."""
    place = weak.candidates[0]

    def second_verb(between: Sequence[str]) -> bool:
        # "struck the Arak reactor and had also hit a site in the area of Natanz": a second predicate of attack
        joiner = next((k for k, w in enumerate(between) if w in _AND_OF_A_SECOND), None)
        if joiner is None:
            return False
        rest = between[joiner + 1:]
        # ("drones hit near the Chel Agha dam and a village in the countryside of Amuda", "el puerto de Hodeida y una
        # cementera en Bajil": a second thing hit, told as a noun of its own with "a")
        return (between[joiner] == "and" and bool(lexicon.word_phrases("attack_word").find(rest))) \
            or rest[:1] in ([w] for w in _A_SECOND) \
            or bool(rest) and (rest[0].isdecimal() or rest[0] in lexicon.numbers())  # "and two in Syria"

    def arabic_second(between: Sequence[str]) -> bool:
        # "على منزل في الخيام ومنزل آخر في كفركلا" 'on a house in Khiam and another house in Kfar Kila': Arabic joins
        # "and" to the second thing hit; "another" (آخر, أخرى) or an attack word after it tells a second target
        for k, word in enumerate(between):
            if is_arabic(word) and word.startswith(ARABIC_AND) and len(word) > 2:
                rest = [word[1:], *between[k + 1:]]
                return bool(lexicon.word_phrases("attack_word").find(rest)) or bool(set(rest) & _ANOTHER_ARABIC)
        return False

    def listed_noun(between: Sequence[str]) -> bool:
        # "targeted a missile base near Damascus, an airport in Sweida": a second thing hit, a noun of its own with
        # "a" after the list's comma
        # (not the Spanish and Italian "a" 'at, to' before an article: "Kiryat Bialik, a las afueras de Haifa")
        return between[:1] == [","] and between[1:2] in (["a"], ["an"], ["another"]) \
            and between[2:3] not in (["la"], ["las"], ["los"], ["el"], ["lo"], ["gli"], ["le"]) \
            or sites_after_and(between) or counted_item(between)

    def counted_item(between: Sequence[str]) -> bool:
        # "seven sites in Tabriz, two in Bostanabad and one in Maragheh": a count after the list's comma opens an
        # item of its own, told where it is (in Persian too: "هفت نقطه در اطراف تبریز، دو نقطه در بستان‌آباد")
        return between[:1] in ([","], ["،"]) and 3 <= len(between) <= _COUNTED_ITEM_WORDS \
            and (between[1].isdecimal() or between[1] in lexicon.numbers()) and between[1] not in ("a", "an", "no") \
            and bool(_IN_OF_A_COUNTED_ITEM.intersection(between[2:]))

    def comma_list(s: Mention) -> bool:
        # "hit the power plant in Hadera, the airport at Lod and the port of Ashdod", "im Kraftwerk in Chadera, am
        # Flughafen Lod sowie im Hafen von Aschdod": the first of a list whose last item "and" joins
        between = lowered[weak.last:s.first]
        return between[:1] == [","] and len(between) <= 4 and any(
            t.first > s.last and _LAST_ITEM.intersection(lowered[s.last:t.first]) for t in strong)

    def nearest(s: Mention) -> bool:
        # ("a hit on Soroka in Beersheba, with further impacts in Holon and Ramat Gan": the "and" joins Holon and
        # Ramat Gan, not Beersheba and Ramat Gan)
        return not any(weak.last <= t.first < s.first for t in strong)

    def including(between: Sequence[str]) -> bool:
        # "struck sites in the village of Kafr Rumman, including a depot near the town of Kounine": a second target
        return bool(lexicon.word_phrases("inclusion").find(between))  # (of several words too: "y compris")

    def parallel_phrase(between: Sequence[str]) -> bool:
        # "Strikes were reported in and around Nabatieh, Tyre and Bint Jbeil, and in the Baalbek and Hermel areas": a
        # phrase of place that "and" adds after the first, with its own preposition, for the same predicate
        # (or told after a comma, when a later item closes the list with "and" and its preposition: "near Deir
        # ez-Zor city, in Mayadin and in the border town of Albu Kamal")
        # (past the kind of place: "and in the border town of")
        # (in the list's languages: ", e nella provincia di Deraa")
        # (past an apposition that ends in a comma: "a Kisweh, alla periferia meridionale della capitale, e nella
        # provincia di Deraa")
        comma = max((k for k, w in enumerate(between) if w == ","), default=-1)
        words = list(between[comma + 1:])
        joiners = lexicon.LIST_CONJUNCTIONS - {"or", "o", "oder", "ou", "veya", "или"}
        if comma >= 0 and words[:1] and words[0] not in joiners:
            later = range(weak.last, len(lowered) - 1)
            words = ["and", *words] if any(lowered[k] in joiners and lowered[k + 1:k + 2] == words[:1] for k in later) \
                else []
        rest = [w for w in words[2:] if w not in QUOTE_MARKS]
        told = rest[:-1] if rest[-1:] == ["the"] else rest
        if words[:1] != [] and words[0] in joiners and words[1:2] in (["on"], ["against"]) and 3 <= len(told) <= 5 \
                and told[0] in ("a", "an") and told[-1] == "in" and all(w.isalpha() for w in told):
            # a thing hit of its own, told where it is: "on Eilat and on a 'vital target' in Tiberias", "on the port
            # of Hodeidah and on a cement plant in the Bajil district"
            return True
        return words[:1] != [] and words[0] in joiners and words[1:2] != [] \
            and words[1] in lexicon.words("place_preposition") | _CONTRACTED_IN and words[1] not in ("from", "near") \
            and (all(w in ("the", "a") for w in rest)
                 or len(rest) <= 5 and rest[-1:] != [] and rest[-1] in _OF | _ITALIAN_OF
                 and all(w.isalpha() for w in rest))

    def as_well_as(between: Sequence[str]) -> bool:
        # "targeted a missile base on Mount Qasioun, as well as an airport in the province of Sweida and laboratories
        # in Masyaf": what "as well as" adds to the thing hit are things hit, told where they are (not "as well as
        # wounding ...", a second predicate of its own)
        # ("ainsi que", "así como", "además de", "sowie", "nonché": "ainsi que des centrales électriques à Sanaa",
        # "además de una fábrica de cemento en la provincia de Amrán")
        for k in range(len(between)):
            joiner = next((j for j in _AS_WELL_AS if between[k:k + len(j)] == list(j)), None)
            if joiner is not None:
                rest = [w for w in between[k + len(joiner):] if w.isalpha()]
                return bool(rest) and not rest[0].endswith(("ing", "ant", "ando", "endo"))
        return False

    if specificity(place) >= 2 and any(
            s.last <= weak.first and specificity(s.candidates[0]) == specificity(place)
            and (second_verb(lowered[s.last:weak.first]) or listed_noun(lowered[s.last:weak.first]))
            and not contains(place, s.candidates[0]) and not contains(s.candidates[0], place) for s in strong):
        # "struck two sites in Syria and one in Iraq", "a depot in Homs province and another in Hama province": a
        # second thing hit, told in an area of the first one's rank (a country, a province), is hit there too
        return True
    if specificity(place) >= 3 and any(
            s.first >= weak.last and specificity(s.candidates[0]) == specificity(place)
            and lowered[weak.last:s.first][:1] != [] and lowered[weak.last] in lexicon.LIST_CONJUNCTIONS
            and set(lowered[weak.last + 1:s.first]) <= lexicon.words("place_preposition") | _CONTRACTED_IN
            and len(lowered[weak.last:s.first]) <= 2 and not contains(place, s.candidates[0])
            and not contains(s.candidates[0], place) for s in strong):
        # "Ziele im Irak und in Syrien angegriffen": two countries (or provinces) of one rank, each with its "in",
        # joined by "and" before the cue the last one took, are both hit
        return True
    if specificity(place) <= 3 and any(s.last <= weak.first and parallel_phrase(lowered[s.last:weak.first])
                                       and not contains(place, s.candidates[0]) and not contains(s.candidates[0], place)
                                       for s in strong):
        return True  # (a province too: "a Kisweh, ..., e nella provincia di Deraa")
    if specificity(place) <= 3 and any(s.last <= weak.first and as_well_as(lowered[s.last:weak.first])
                                       and specificity(s.candidates[0]) <= 1 and not contains(place, s.candidates[0])
                                       for s in strong):
        return True
    if specificity(place) <= 1 and any(s.last <= weak.first and specificity(s.candidates[0]) >= 2
                                       and including(lowered[s.last:weak.first]) for s in strong):
        return True  # "Dutzende Ziele im Irak und in Syrien bombardiert, darunter in Al-Kaim": the area's towns
    return specificity(place) <= 1 and any(
        # ("and", "et"; and the Arabic comma, which parts the targets of an Arabic list as "and" does)
        # (and "and" as Arabic joins it to the next thing hit: "في حقل العمر وقاعدة حرير")
        ((s.first > weak.last and (bool((lexicon.LIST_CONJUNCTIONS | {"،"}).intersection(lowered[weak.last:s.first]))
                                   or including(lowered[weak.last:s.first]) or comma_list(s)
                                   or any(is_arabic(w) and w.startswith(ARABIC_AND) and len(w) > 2
                                          for w in lowered[weak.last:s.first]))
          and nearest(s))
         or (s.last <= weak.first and (second_verb(lowered[s.last:weak.first])
                                       or listed_noun(lowered[s.last:weak.first])
                                       or parallel_phrase(lowered[s.last:weak.first])
                                       or arabic_second(lowered[s.last:weak.first])
                                       or including(lowered[s.last:weak.first]))))
        and specificity(s.candidates[0]) <= 1
        and not contains(s.candidates[0], place) and not contains(place, s.candidates[0]) for s in strong)


#: Plural nouns of things hit, beside the counted sites (``site_count``): "power and fuel installations in Hodeidah".
_SITE_PLURALS = frozenset({"installations", "depots", "warehouses", "stores", "bases", "camps", "headquarters",
                           "plants", "stations", "launchers", "infrastructure"})

#: The words that join the last item of a list: "and" and "as well as" ("sowie", "nonché", "ainsi que", "así como").
_LAST_ITEM = lexicon.LIST_CONJUNCTIONS | {"sowie", "nonché", "ainsi", "así", "well"}

#: "And that" opening a second reported clause, in five languages: no cue reaches past it ("dejar de atacar barcos
#: estadounidenses y que Washington pondría fin ...").
_AND_THAT = frozenset({("and", "that"), ("y", "que"), ("et", "que"), ("e", "che"), ("und", "dass")})

#: "And" before a second thing hit, and the indefinite articles that tell it as a noun of its own ("and a village in
#: ...", "y una cementera en Bajil", "et une centrale à ...", "und ein Depot in ...").
_AND_OF_A_SECOND = frozenset({"and", "y", "et", "e", "und"})
_A_SECOND = frozenset({"a", "an", "another", "one", "un", "una", "une", "uno", "ein", "eine", "einen"})

#: The most words between a list's comma and the place of a counted item of it ("، دو نقطه در شهرستان").
_COUNTED_ITEM_WORDS = 6

#: The words placing a counted item of a list: "in", "at", ..., and the Persian and Arabic "in".
_IN_OF_A_COUNTED_ITEM = lexicon.words("place_preposition") | {"در", "في"}

#: "As well as" in English, French, Spanish, German, Italian, Hebrew, Arabic and Persian, as word tuples.
_AS_WELL_AS = (("as", "well", "as"), ("ainsi", "que"), ("así", "como"), ("además", "de"), ("sowie",), ("nonché",),
               # Hebrew "וכן" 'and also' ("הסמוך לצור, וכן מטרות ברצועת עזה"), Arabic "وكذلك", Persian "و همچنین"
               ("וכן",), ("وكذلك",), ("و", "همچنین"),
               # "were hit, along with a cement factory in Amran province"
               ("along", "with"),
               # Russian "а также" ("поразили завод Фордо, а также сооружения в Натанзе" 'as well as facilities in Natanz')
               ("а", "также"))

#: Arabic 'another' (masculine, feminine): "ومنزل آخر في كفركلا" 'and another house in Kfar Kila'.
_ANOTHER_ARABIC = frozenset({"آخر", "أخرى", "اخرى", "آخرى"})

_DASHES = ("-", "—", "–")


def _dateline(sentence: Sentence, m: Mention) -> bool:
    """ "BAGHDAD (Reuters) - A drone attack ...": the place a report was filed from opens it, in capitals or before
    the outlet's bracket or a dash; it is context, never a target, and no container passes it a role
    (:func:`~.nesting.containers`). ("Tel Aviv, 1st October 2024: ..." was tried as a dateline too and taken back:
    on a sealed set it made two more drafts that matched no incident and found none.)"""
    if sentence.index == 0 and m.first in (2, 3) and sentence.tokens[m.first - 1].text in _DASHES:
        # "ڕووداو – ئامێدی: ...", "K24 – هەولێر:": Kurdish outlets write their name, a dash and the place, then a
        # colon or a new line
        tokens = sentence.tokens
        return m.last >= len(tokens) or tokens[m.last].text in (":", *_DASHES) \
            or "\n" in sentence.text[tokens[m.last - 1].end - sentence.start:tokens[m.last].start - sentence.start]
    tokens = sentence.tokens
    # (at the opening of a line of the first sentence too, under a headline with no full stop: "... Region
    # Baalbek\n\nTel Aviv/Beirut (dpa) - Bei Raketenangriffen ...")
    opening = next((k for k in range(m.first, -1, -1) if k == 0 or "\n" in sentence.text[
        tokens[k - 1].end - sentence.start:tokens[k].start - sentence.start]), 0)
    # ("BEIRUT/JERUSALEM, June 12 -": two places filed from, joined by a slash, the second as the first)
    joined = m.first >= opening + 2 and tokens[m.first - 1].text == "/" and all(
        t.text == "/" or t.text.isupper() for t in tokens[opening:m.first])
    follows = sentence.tokens[m.last].text if m.last < len(sentence.tokens) else ""
    # (the second sentence too, after a headline: "Tel Aviv/Beirut (dpa) - ...")
    slashed = follows == "/" and (opening > 0 or sentence.index == 1)
    # (and a place opening the sentence after a headline before a dash, in a script of no capitals: "دهۆک - فڕۆکە ...")
    dashed = sentence.index == 1 and m.first == 0 and follows in _DASHES
    # ("واشنطن 8 نوفمبر 2023 (شينخوا)": the day between the place and the agency's bracket, in a script of no capitals)
    agency = any(lexicon.agency_bracket_at(sentence.lowered, k) for k in range(m.last, m.last + _DAY_WORDS + 1))
    # (so after a headline too: "عمّان 14 حزيران (بترا) - قال مصدر عسكري ...")
    # ("ERBIL, Kurdistan Region - ...", "DEIR EZZOR, Syria, Oct 15 -": the region or country told after the place in
    # capitals and its comma)
    region = m.first >= opening + 2 and tokens[m.first - 1].text == "," and follows in ("(", "-", "—", "–", ",") \
        and all(t.text.isupper() and len(t.text) > 1 for t in tokens[opening:m.first - 1])
    if m.first != opening and not joined and not region \
            or sentence.index != 0 and not tokens[0].text.isupper() and not slashed and not dashed \
            and not (sentence.index == 1 and m.first == 0 and agency):
        return False
    word = sentence.tokens[m.first].text
    if slashed:
        # "Tel Aviv/Beirut (dpa) -": the places filed from, a slash between them, before the agency's bracket
        k = m.last
        while k < len(tokens) and tokens[k].text != "(" and k - m.last <= _DAY_WORDS:
            k += 1
        return k < len(tokens) and lexicon.agency_bracket_at(sentence.lowered, k)
    return (word.isupper() and len(word) > 2) or follows in ("(", "-", "—", "–") or agency


#: How many words a dateline's day may take between its place and the agency's bracket ("8 نوفمبر 2023").
_DAY_WORDS = 5


#: How far before a place a noun of the cause fire is told for may stand ("in a show of support for Palestinians in").
_CAUSE_REACH = 8


def _names_a_border(lowered: Sequence[str], m: Mention) -> bool:
    """Whether *m* is a country of a border named by its countries, joined by hyphens ("near the Syria-Jordan-Iraq
    border triangle", "the Lebanon-Israel frontier"), or by its adjective ("near the Syrian border", the country's
    place by the ``territory`` word): the border told, no place hit (``border_word``)."""
    if m.extra.get("border_adjective"):
        return True  # ("الحدود السورية العراقية" 'the Syrian Iraqi border': mentions._adjectives_of_a_border)
    k, joined = m.last, m.first > 0 and lowered[m.first - 1] == "-"
    while k + 1 < len(lowered) and lowered[k] == "-":
        k, joined = k + 2, True
    if m.candidates and m.candidates[0].kind == "country" and lowered[m.last - 1] in lexicon.words("border_word"):
        return True  # ("the Syrian border": the mention holds its territory word)
    return joined and k < len(lowered) and lowered[k] in lexicon.words("border_word")


def _names_a_war(lowered: Sequence[str], m: Mention) -> bool:
    """Whether *m* names a war by its place, right before the war's noun ("since the Gaza war began", "the Lebanon
    conflict") or, as Arabic, Hebrew and Persian join a noun to the name after it, right after it ("حرب غزة",
    "מלחמת עזה", "جنگ غزه"): no place hit (``war_noun``)."""
    wars = lexicon.words("war_noun")
    if m.last < len(lowered) and lowered[m.last] in wars:
        return True
    return m.first > 0 and (is_arabic(m.text) or is_hebrew(m.text)) and (lowered[m.first - 1] in wars
                                                                          or lowered[m.first - 1] in _WAR_CONSTRUCT)


#: The construct forms of "war" before a name ("מלחמת עזה" 'the war of Gaza').
_WAR_CONSTRUCT = frozenset({"מלחמת", "حرب", "جنگ"})


def _where_speakers_are(lowered: Sequence[str], m: Mention, mentions: list[Mention]) -> bool:
    """Whether *m* tells where the people who speak are: after "officials in", "residents in" (``speaking_people``
    and a preposition of place) and right before their verb of saying, with the places they tell of after it
    ("Local officials in Deir ez-Zor said unidentified aircraft bombed ... al-Mayadin"): no place hit. (Not when they
    name no other place: "Officials in Hod HaSharon said about 100 homes there were damaged".)"""
    k = m.first - 1
    if k >= 0 and lowered[k] == "the":
        k -= 1  # "the counter-terrorism service in the Kurdistan Region said"
    return 1 <= k and m.last < len(lowered) and lowered[m.last] in lexicon.words("statement_verb") \
        and lowered[k] in lexicon.words("place_preposition") \
        and lowered[k - 1] in lexicon.words("speaking_people") \
        and any(o.sentence == m.sentence and o.first > m.last for o in mentions)


#: How many words a body that speaks may take after the comma that opens it ("the Hillel Yaffe Medical Center in").
_SPEAKER_WORDS = 8


#: Nouns of the direction fire or aircraft came from ("from the direction of the Golan", "dalla direzione del lago").
_DIRECTION_NOUNS = frozenset({"direction", "direzione", "dirección", "richtung", "اتجاه", "כיוון"})
#: How many words before the place the noun of direction may stand ("dalla direzione nord - est del lago Kinneret").
_DIRECTION_REACH = 7


def _from_the_direction(lowered: Sequence[str], first: int, floor: int) -> bool:
    """Whether a noun of direction stands in the few words before the place at *first* ("dalla direzione nord-est del
    lago Kinneret", "from the direction of the occupied Golan"): where a strike from the air came from, a launch though
    no verb of firing is told."""
    return bool(_DIRECTION_NOUNS & set(lowered[max(floor, first - _DIRECTION_REACH):first]))


def _of_a_count(lowered: Sequence[str], first: int, floor: int) -> bool:
    """Whether the Arabic "من" nearest before the place at token *first* is followed by a count ("من عدة طوابق" 'of
    several floors', "من ثلاث طبقات"): a measure of what was hit, not where fire came from."""
    after = _after_the_nearest_from(lowered, first, floor)
    return after is not None and (after in _ARABIC_SEVERAL or after.isdigit() or after in lexicon.numbers())


#: Arabic words of an unnumbered count ("عدة" 'several').
_ARABIC_SEVERAL = frozenset({"عدة", "بضع", "بضعة"})


def _from_a_time(lowered: Sequence[str], first: int, floor: int) -> bool:
    """Whether the Arabic "من" nearest before the place at token *first* opens a time ("من صباح اليوم السبت" 'of this
    Saturday morning', ``time_of_day`` words), not where fire came from."""
    return _after_the_nearest_from(lowered, first, floor) in lexicon.words("time_of_day")


def _after_the_nearest_from(lowered: Sequence[str], first: int, floor: int) -> str | None:
    """The word after the Arabic "من" nearest before token *first* (not before *floor*), when a word stands between
    them; else None."""
    k = next((j for j in range(first - 1, max(floor, 0) - 1, -1) if lowered[j] == "من"), None)
    return lowered[k + 1] if k is not None and k + 1 < first else None


def _speaks_at_the_end(lowered: Sequence[str], m: Mention, mentions: list[Mention]) -> bool:
    """Whether *m* is the body that tells the sentence, named after its last comma and before the verb of saying that
    closes it ("..., the Galilee Medical Center in Nahariya said."), or the place that body stands in: no place hit."""
    k = m.first - 1
    if k >= 0 and lowered[k] == "the":
        k -= 1
    if k >= 0 and lowered[k] in lexicon.words("place_preposition"):
        # (the place a body the gazetteer does not hold stands in: "..., the Hillel Yaffe Medical Center in Hadera
        # said": a name of a few words, no verb, after the last comma)
        speaker = next((o for o in mentions if o.sentence == m.sentence and o.last == k), None)
        if speaker is not None:
            return _speaks_at_the_end(lowered, speaker, mentions)
        comma = next((j for j in range(k - 1, max(-1, k - _SPEAKER_WORDS), -1) if lowered[j] == ","), None)
        if comma is None or lexicon.trigger_table().find(lowered[comma:k]) \
                or not all(w.isalpha() for w in lowered[comma + 1:k]):
            return False
    elif k < 0 or lowered[k] != ",":
        return False
    j = m.last
    if j + 1 < len(lowered) and lowered[j] in lexicon.words("place_preposition"):
        j = next((o.last for o in mentions if o.sentence == m.sentence and o.first == j + 1), j)
    return j < len(lowered) and lowered[j] in lexicon.words("statement_verb") \
        and all(not any(c.isalnum() for c in w) for w in lowered[j + 1:])


#: Nouns of a site that a cause noun before them names ("support site", "support base"): no cause.
_SITE_NOUNS = frozenset({"site", "sites", "base", "bases", "center", "centre", "facility", "unit", "point", "depot",
                         "depots", "headquarters", "brigade", "camp"})


def _for_a_cause(lowered: Sequence[str], first: int, c_first: int) -> bool:
    """ "launched strikes ... in a show of support for Palestinians in Gaza", "دعماً لشعبنا الفلسطيني الصامد في قطاع
    غزة", "ردا على جرائم الاحتلال في غزة": a place told after a noun of the cause the fire is told for (support,
    solidarity, crimes, aggression: ``cause_noun``), with no word of attack or fire between ("the crimes Israel is
    committing in the Gaza Strip": past another name), is where that cause lies, not a place hit."""
    causes, attacks = lexicon.words("cause_noun"), lexicon.attack_or_firing_words()
    wars, since = lexicon.words("war_noun"), lexicon.words("since_word")
    for k in range(first - 1, max(c_first, first - _CAUSE_REACH) - 1, -1):
        if lowered[k] in attacks:
            return False
        if lowered[k] in causes:
            # (not a noun that names a site: "the Mission Support Site in Baghdad", "a logistics support base", "a
            # logistic support depot exploded in southern Baghdad"; nor one that opens a trigger of a strike of its
            # own: "عدوان إسرائيلي على محيط مصياف" 'an Israeli aggression on the outskirts of Masyaf', SANA's strike)
            # (nor one inside such a trigger: "the American aggression against al-Qaim")
            table = lexicon.trigger_table()
            opens = any(trigger is not None and trigger[0] - k > 1
                        for trigger in (table.match_at(lowered, j) for j in range(max(c_first, k - 2), k + 1)))
            return lowered[k + 1] not in _SITE_NOUNS and not opens
        if lowered[k] in wars and set(lowered[max(c_first, k - 6):k]) & since:
            return True  # "Since the Israeli-Palestinian conflict in the Gaza Strip escalated": the war's place
    return False


def _air_traffic_at(lowered: Sequence[str], first: int, c_first: int) -> bool:
    """ "all flights at Imam Khomeini International Airport have been suspended as a result of the attack", "flights
    in and out of Tabriz", "الرحلات في مطار ...": a place told within :data:`_TRAFFIC_REACH` words after a noun of air
    traffic (``traffic_noun``) is where traffic stopped, not a place hit; not after a building named by its traffic
    (``traffic_building``: "crashed into the arrivals hall of Ramon Airport")."""
    before = lowered[max(c_first, first - _TRAFFIC_REACH - 2):first]
    buildings = {start for start, _, _ in lexicon.word_phrases("traffic_building").find(before)}
    return any(start not in buildings for start, _, _ in lexicon.word_phrases("traffic_noun").find(before))


def _traffic_stopped_after(lowered: Sequence[str], last: int, c_last: int) -> bool:
    """ "ما دفع سلطات مطار أربيل الدولي إلى تعليق الرحلات" 'which led the authorities of Erbil airport to suspend
    flights', "Erbil airport suspended flights": an airport told within :data:`_TRAFFIC_REACH` words before the
    stopping of its traffic (``traffic_stopped``) is where traffic stopped, not a place hit."""
    return bool(lexicon.word_phrases("traffic_stopped").find(lowered[last:min(c_last, last + _TRAFFIC_REACH + 2)]))


#: How many words may stand between a noun of air traffic and the place ("flights in and out of").
_TRAFFIC_REACH = 4


def _owns_a_named_thing(sentence: Sentence, m: Mention, mentions: list[Mention]) -> bool:
    """ "the Kurdistan Region's Khurmala field": the region owns a named site the gazetteer does not know; the
    site, not the region, is what was hit (a place named after the "'s" is the region's part: "Iraq's Anbar
    province", and keeps the container rule)."""
    tokens, last = sentence.tokens, m.last
    if not lexicon.possessive_at(sentence.lowered, last) or last + 2 >= len(tokens):
        return False
    if m.candidates and specificity(m.candidates[0]) == 0:
        return False  # (a site owns its parts: "rockets struck Khor Mor's oil production plant" hit the field)
    after = tokens[last + 2]
    if after.lower in lexicon.words("organisation_noun") or after.lower in ("electricity", "oil", "health"):
        return True  # "the Kurdistan Region's counter-terrorism group", "the region's electricity ministry"
    return after.text[:1].isupper() and after.text.isalpha() and not any(x.first == last + 2 for x in mentions)
