"""What the words around an event word tell of it: who acts or speaks (:func:`actors_in`), whether it is denied, a
question, a tally of many attacks or one event, debris of fire, a barrage, people hurt in a town, the day of a statement,
and the type and outcome of projectiles downed on their way (:func:`intercepted_attack`). Used by :mod:`events`."""
from __future__ import annotations

import calendar
import itertools

from typing import Any, Sequence

from geoincidents.extract import datewords, lexicon, particles
from geoincidents.extract.clauses import in_noun_phrase, said_of_another
from geoincidents.extract.counts import MUNITION_TYPES
from geoincidents.extract.dates import DateMention
from geoincidents.extract.metonyms import backing_after
from geoincidents.extract.names import is_descriptor
from geoincidents.extract.particles import is_arabic
from geoincidents.extract.text import Sentence

__all__ = ["actors_in", "agent_of", "agent_strike", "barrage", "by_before", "campaign_summary", "carried_out_by",
           "comment_on_told", "debris_of_fire", "downed_in_flight", "drone_kind", "fire_told_before", "from_readied_fire",
           "hurt_in_a_barrage", "intercepted_attack", "many_times", "negated", "not_the_side_hit", "passive_subject",
           "placed", "readied", "said_on", "some_got_through", "speaks_of_itself", "specific", "tally_since",
           "weapon_sender", "weapons_found", "without_adverbs", "ATTACK_INTERCEPTED", "CASUALTY", "DEBRIS"]

_WEEKDAYS = datewords.ENGLISH_WEEKDAYS
DEBRIS = 40  # the priority of "debris", "shrapnel", "fragments" (extract_triggers.csv)
CASUALTY = 45  # the priority of people "hurt in" or "killed in" a town during fire told just before (as "was hit")


def by_before(lowered: Sequence[str], at: int) -> int:
    """Where "by" stands right before the actor at token *at* ("by Israel", "by the Houthis", "by the Iran-backed
    Houthis": past a hyphened participle that qualifies it), else 0."""
    while at > 2 and lowered[at - 2] == "-" and lowered[at - 1].endswith("ed") and lowered[at - 3].isalpha():
        at -= 3  # "Iran-backed", "Tehran-aligned"
    if at > 0 and lowered[at - 1] == "by":
        return at - 1
    return at - 2 if at > 1 and lowered[at - 1] in ("the", "a") and lowered[at - 2] == "by" else 0


def agent_of(lowered: Sequence[str], at: int) -> str:
    """The verb whose agent the actor at token *at* is ("launched by [the] Houthis": "launched"), else ""."""
    by = by_before(lowered, at)
    return lowered[by - 1] if by > 0 else ""


def carried_out_by(lowered: Sequence[str], end: int, after: Sequence[tuple[int, str, bool]]) -> str:
    """The actor named as the agent right after the event word ending at token *end*: "three drone strikes carried
    out by American aircraft", "strikes by Turkish drones", "an attack conducted by the group" (``agent_verb`` in
    extract_words.csv may stand before "by"), else ""."""
    verbs, relatives = lexicon.words("agent_verb"), lexicon.words("agent_relative")
    for at, actor, _ in after:
        between = lowered[end:at]
        if 0 < at - end <= _AGENT_WORDS + 1 and "by" in between and set(between) <= verbs | {"by", "the", "a", "an"}:
            return actor
        # (Arabic: "القصف بالصواريخ البالستية الذي نفذه الحرس الثوري" 'the bombardment ... which the Guards carried
        # out')
        if 0 < at - end <= _AGENT_WORDS and len(between) >= 2 and " ".join(between[-2:]) in relatives:
            return actor
        # (past the noun an Arabic adjective of a state follows: "الضربات التي شنتها القوات الأمريكية" 'the strikes the
        # US forces carried out')
        if len(between) == 3 and " ".join(between[:2]) in relatives and is_arabic(between[2]):
            return actor
    return ""


def weapon_sender(lowered: Sequence[str], after: Sequence[tuple[int, str, bool]],
                  weapons: Sequence[tuple[int, int]]) -> str:
    """A state named, after the event word, right before a weapon that then acts: "a drone attack in July, when a
    Turkish drone targeted a car" (*weapons*: token spans of the clause's weapon words), else ""."""
    acting = lexicon.word_phrases("attack_word")
    for at, actor, state in after:
        end = next((e for s, e in weapons if s == at + 1), None)
        if state and end is not None and acting.match_at(lowered, end) is not None:
            return actor
    return ""


#: Articles between a phrase of blame and the actor ("blamed on the Houthis", "attribuée à la Turquie").
_BLAME_ARTICLES = frozenset({"the", "a", "la", "le", "l'", "el", "los", "las", "les", "il", "lo", "al"})


def blamed_on(lowered: Sequence[str], actors: Sequence[tuple[int, str, bool]], c_first: int,
              c_last: int) -> tuple[int, str, bool] | None:
    """ "A drone believed to be Turkish struck the camp", "a drone blamed on Turkiye destroyed a car", "une frappe
    attribuée à la Turquie": the actor right after a phrase of blame (``blame_link``) in the clause, which the report
    holds to have fired though it does not say so outright; None when there is none."""
    starts = {a[0]: a for a in actors}
    for _, end, _ in lexicon.word_phrases("blame_link").find(lowered[c_first:c_last]):
        k = c_first + end
        while k < c_last and lowered[k] in _BLAME_ARTICLES:
            k += 1
        if k in starts:
            return starts[k]
    return None


#: "Armed" after a weapon, before the state's adjective ("un dron armado estadounidense").
_ARMED = frozenset({"armado", "armados", "armé", "armés", "armato", "armati"})


def adjective_after(sentence: Any, end: int, actors: Sequence[tuple[int, str, bool]]) -> list[tuple[int, str, bool]]:
    """The state whose adjective stands right after an event word ending at token *end*, written in lower case as
    French, Spanish and Italian write it ("des drones turcs", "misiles iraníes", "missili iraniani"): the state an
    English report names before its weapon ("Turkish drones")."""
    tokens = sentence.tokens
    # (Arabic writes it after its noun too, and a trigger may end on it: "مسيرة تركية", a Turkish drone)
    at = [k for k in (end - 1, end) if 0 <= k < len(tokens) and is_arabic(tokens[k].text)]
    if end < len(tokens) and tokens[end].text[:1].islower() and tokens[end].text.isalpha():
        at.append(end)
        if tokens[end].lower in _ARMED and end + 1 < len(tokens) and tokens[end + 1].text[:1].islower():
            at.append(end + 1)  # (past "armed": "un dron armado estadounidense", "un drone armé américain")
    # The state whose force the weapon is of: "un drone de l'armée turque", "un dron del ejército israelí" (the
    # adjective after the force's noun), "a drone of the Turkish army", "eine Drohne der türkischen Armee" (before it).
    if end + 1 < len(tokens) and tokens[end].lower in lexicon.OF_WORDS | {"der"}:
        k = end + 1 + (tokens[end + 1].lower in _FORCE_ARTICLES)
        forces = lexicon.words("force_noun")
        if k < len(tokens) and lexicon.unelided(tokens[k].lower) in forces:
            at.append(k + 1)
        elif k + 1 < len(tokens) and tokens[k + 1].lower in forces:
            at.append(k)
    # The state whose force the weapon is told to belong to, a few words on: "a drone believed to belong to the Turkish
    # army", "طائرة مسيّرة يُعتقد أنها تابعة للجيش التركي".
    belongs = next((k for k in range(end, min(end + _BELONGING_REACH, len(tokens)))
                    if tokens[k].lower in lexicon.words("belonging")), None)
    if belongs is not None:
        at.extend(range(belongs + 1, min(belongs + _BELONGING_REACH, len(tokens))))
    # Kurmanji names the state after its weapon, with the ezafe on the weapon or a linker between ("droneke Tirkiyê",
    # "balafirên bêmirov ên Tirkiyê", "balafireke bêmirov a Tirkiyê"): the state the weapon is of.
    if 0 < end < len(tokens) and tokens[end].lower in _KURMANJI_LINKERS:
        at.append(end + 1)
    elif 0 < end < len(tokens) and tokens[end - 1].lower.endswith(("eke", "ên")):
        at.append(end)
    return [a for a in actors if a[0] in at and a[2]
            and (a[0] not in (end, end + 1) or is_arabic(tokens[a[0]].text) or tokens[a[0]].text[:1].islower()
                 or _KURMANJI_LETTERS & set(tokens[a[0]].lower))]


#: How many words after a weapon the word of its belonging may stand ("a drone believed to belong to"), and how many
#: after that word the state's adjective ("to the Turkish army", "للجيش التركي").
_BELONGING_REACH = 5
#: The articles between "of" and a force's noun ("of the Turkish army", "del ejército", "der türkischen Armee").
_FORCE_ARTICLES = frozenset({"the", "la", "le", "el", "il", "der"})  # (French "l'armée" is one token)
#: The words Kurmanji sets between a noun and the owner named after it (ezafe linkers: "balafirên ên Tirkiyê").
_KURMANJI_LINKERS = frozenset({"ên", "yên", "a", "ya"})
#: Letters of Kurmanji's alphabet that English never writes ("Tirkiyê", "Îranê"): a state so written is Kurmanji's.
_KURMANJI_LETTERS = frozenset("êîûçş")


def agent_strike(clause: Sequence[str], passive: tuple[int, int, Any], found: list[tuple[int, int, Any]],
                 actors: list[tuple[int, str, bool]], c_first: int) -> str | None:
    """The state force whose strike is the agent of a passive verb of attack ("Nabatiyeh had been hit by deadly
    Israeli strikes", "was struck by US aircraft"): "by", then within a few words a generic strike or an aircraft
    trigger with a state force named between. None when the agent is no state force's strike."""
    end = passive[1]
    if "by" not in clause[end:end + 2]:
        return None
    by = end + clause[end:end + 2].index("by")
    for start, _, trigger in found:
        if by < start <= by + _AGENT_WORDS and trigger.event_type in ("strike", "air_strike"):
            state = [name for at, name, is_state in actors if is_state and by < at - c_first < start]
            if state and not set(clause[by + 1:start]) & {",", "and", "or"}:
                return state[-1]
    return None


#: How many words may stand between "by" and the strike it introduces ("by deadly Israeli strikes").
_AGENT_WORDS = 4


def many_times(clause: Sequence[str], on_a_day: bool) -> bool:
    """ "has targeted US forces more than a hundred times", "attacked 47 times since October", "attacked at least
    three times this week", "attacked repeatedly": a tally or a habit, not one event ("fired at the base three times
    on Sunday" is one day's)."""
    numbers = lexicon.numbers()
    # (a count of hits in one passive of the simple past, told of no run since a day, is the wave's: "Hodeidah airport
    # was hit seven times and the al-Katheib base was also struck")
    # (not a count told loosely over a span: "were attacked at least three times in Iraq and Syria this week")
    one_wave = bool(set(clause) & {"was", "were"}) and not set(clause) & (_PERFECT | _SPANS | {"least", "than"}) \
        and not lexicon.word_phrases("since_word").find(list(clause))
    # A habit told with no day ("have repeatedly targeted sites", "near-daily attacks", "rockets have now and then been
    # fired"): many times, uncounted ("the base was repeatedly hit on Sunday" is that day's).
    return any(w == "times" and k and not one_wave
               and (clause[k - 1].isdigit() or clause[k - 1] in lexicon.words("tally_number")
                    or (clause[k - 1] in numbers and numbers[clause[k - 1]] > 1 and not on_a_day))
               for k, w in enumerate(clause)) or (not on_a_day and bool(lexicon.word_phrases("habitual").find(clause)))


#: The auxiliaries of the perfect, which tell a run of attacks up to now ("has been hit 47 times").
_PERFECT = frozenset({"has", "have", "had"})
#: Spans of time a count of attacks may run over ("three times this week").
_SPANS = frozenset({"week", "weeks", "month", "months", "year", "years", "days"})


#: How many words may stand between a weapon and the readiness that makes it stock ("missiles that were ready to").
_READY_WORDS = 4


def weapons_found(clause: Sequence[str]) -> bool:
    """Whether a clause tells a launcher found (a verb of finding, ``found_verb``, and a ``launcher`` word) and no
    fire ("police found a launch pad with three rockets in Radwaniya", "العثور على منصة إطلاق صواريخ في منطقة
    الرضوانية"): its weapons were found, not fired (no verb of attack or fire outside the launcher's own words)."""
    if not set(clause) & lexicon.words("found_verb"):
        return False
    launchers = lexicon.word_phrases("launcher").find(clause)
    if not launchers:
        return False
    inside = {k for start, end, _ in launchers for k in range(start, end)}
    # (the fire the launcher was used in describes it: "three launchers used in the attack", "ayant servi au tir")
    return not any(w in lexicon.attack_or_firing_words() for k, w in enumerate(clause)
                   if k not in inside and not _USED_IN & set(clause[max(0, k - 3):k]))


#: Words that tell what a launcher found was used for ("used in the attack", "ayant servi au tir").
_USED_IN = frozenset({"used", "servi", "utilisés", "utilisé", "utilizados", "usados", "benutzt", "utilizzati"})


def readied(clause: Sequence[str], at: int) -> bool:
    """Whether the weapon word ending at token *at* of a clause is told ready to be fired ("four missiles that were
    ready to launch", "cruise missiles prepared to launch against ships": ``readiness`` in extract_words.csv): stock
    a strike hit, not fire."""
    readiness = lexicon.word_phrases("readiness")
    for k in range(at, min(len(clause), at + _READY_WORDS + 1)):
        if clause[k] in (",", ";", ".") and k > at:
            return False
        hit = readiness.match_at(clause, k)
        if hit is not None:
            return clause[hit[0]:hit[0] + 1] != [] and clause[hit[0]] in lexicon.words("firing_verb")
    return False


#: How many words an object list may hold before the weapon word of a strike on stock ("hit the group's two unmanned
#: surface vessels (USVs) and three anti-ship cruise missiles").
_STOCK_OBJECT_WORDS = 18

#: Words that end the object of a strike verb: the weapon after them is fire again ("struck the base with missiles",
#: "hit the base, and missiles were fired").
_STOCK_OBJECT_ENDS = frozenset({"with", "using", "by", "were", "was", "are", "is", "had", "have", "been", "that",
                                "which", "who", ",", ";", ":", "."})


_AUXILIARIES = frozenset({"were", "was", "are", "is", "had", "have", "has", "been"})


def stock_struck(clause: Sequence[str], at: int, end: int) -> bool:
    """Whether the weapon words from token *at* to *end* of a clause are the object of a strike verb ("claiming to have
    hit two boats and three anti-ship cruise missiles", "destroyed four drones": ``stock_hit`` in extract_words.csv):
    weapons hit on the ground, not fire; not the subject of a verb of their own ("struck Khiam and rockets were fired
    at Metula")."""
    after = clause[end] if end < len(clause) else ""
    if after in _AUXILIARIES or after in lexicon.words("attack_word") or after in lexicon.words("firing_verb"):
        return False
    verbs = lexicon.word_phrases("stock_hit")
    for k in range(at - 1, max(-1, at - _STOCK_OBJECT_WORDS - 1), -1):
        if clause[k] in _STOCK_OBJECT_ENDS or clause[k] in lexicon.words("firing_verb"):
            return False
        hit = verbs.match_at(clause, k)
        if hit is not None:
            return True
    return False


def downed_in_flight(clause: Sequence[str], at: int, end: int) -> bool:
    """Whether the weapon words from token *at* to *end* of a clause were downed in the air though no word of downing
    names it: the object of "engaged" or of a strike verb after it ("Air defenses engaged incoming missiles", "U.S.
    forces engaged and destroyed a one-way attack drone near al-Tanf": the words of US statements for defenders firing
    at fire), or the subject of a passive strike verb a few words on, with no comma between ("A drone approaching the
    al-Tanf garrison was destroyed", "the drones were neutralized"); not weapons hit on the ground ("destroyed four
    drones" stays :func:`stock_struck`'s)."""
    engaged = next((k for k in range(at - 1, max(-1, at - _ENGAGED_WORDS - 1), -1) if clause[k] == "engaged"), None)
    if engaged is not None and (stock_struck(clause, at, end) or at - engaged <= _ENGAGED_OBJECT_WORDS
                                and all(w.isalpha() and w not in _AUXILIARIES for w in clause[engaged + 1:at])):
        return True  # (or right before the weapon: "engaged incoming ballistic missiles")
    verbs = lexicon.word_phrases("stock_hit")
    for k in range(end, min(len(clause) - 1, end + _PASSIVE_SUBJECT_WORDS)):
        if clause[k] in (",", ";", ":", ".", "by", "with") or (k > end and lexicon.trigger_table().match_at(clause, k)):
            return False
        if clause[k] in ("was", "were") and verbs.match_at(clause, k + 1) is not None:
            return "ground" not in clause[k + 2:k + 2 + _GROUND_WORDS]  # (not "destroyed on the ground")
    return False


#: How many words before a weapon "engaged" may stand ("engaged and destroyed a single one-way attack drone").
_ENGAGED_WORDS = 10
#: How many words "engaged" may stand before the weapon it takes as its object ("engaged two incoming ballistic").
_ENGAGED_OBJECT_WORDS = 4
#: How many words a weapon's subject may run before its passive verb ("A drone approaching the al-Tanf garrison was").
_PASSIVE_SUBJECT_WORDS = 9
#: How many words after the verb "on the ground" may end ("were destroyed on the ground").
_GROUND_WORDS = 4


def from_readied_fire(lowered: Sequence[str], first: int, floor: int) -> bool:
    """Whether the place at token *first* follows "from" after a readiness and a firing verb ("ready to launch from
    Houthi-controlled areas of Yemen"): where the weapons a strike hit stood, its target."""
    k = first - 1
    while k > floor and lowered[k] != "from" and first - k <= 6:
        k -= 1
    if lowered[k] != "from" or k < 3 or lowered[k - 1] not in lexicon.words("firing_verb"):
        return False
    return lexicon.word_phrases("readiness").match_at(lowered, k - 3) is not None


#: Words in -ly that tell a time, not a manner: kept where a background phrase is matched ("daily attacks").
_TIME_ADVERBS = frozenset({"early", "daily", "nightly", "weekly", "monthly", "hourly"})


def without_adverbs(clause: Sequence[str]) -> list[str]:
    """The words of a clause without the manner adverbs inside its verb groups ("have been increasingly targeted",
    "have come repeatedly under fire"): what a background phrase ("have been targeted", ``background`` in
    extract_words.csv) is matched against, so an adverb does not turn a habit into an incident."""
    return [w for w in clause if not (w.endswith("ly") and len(w) > 4 and w.isalpha() and w not in _TIME_ADVERBS)]


def campaign_summary(clause: Sequence[str]) -> bool:
    """ "Israel has struck a number of military sites across Syria", "Israeli attacks have hit military bases, nuclear
    sites and residential areas across the country": a verb of attack in the perfect with a whole area or a count of
    sites (``campaign_scope``) sums up a campaign, not one incident ("Israel has struck Evin prison" is one); so do
    attacks in the perfect counted from a day ("since October 7 the group has claimed drone attacks on US bases")."""
    if "has" not in clause and "have" not in clause and not lexicon.words("trend_verb") & set(clause):
        return False  # (each kind of summary below is told in the perfect, or by a verb of trend)
    perfect = any(w in ("has", "have") and set(clause[k + 1:k + 3]) & _ATTACK_VERBS for k, w in enumerate(clause))
    # A summary says so: it counts from a day ("since ...") or its subject is the attacks themselves ("Israeli attacks
    # have hit ..."); "Israeli jets have struck dozens of targets across southern Lebanon" is a lede's news.
    summing = "since" in clause or any(w in ("has", "have") and k and clause[k - 1] in _ATTACK_NOUNS
                                       for k, w in enumerate(clause))
    # "Since October 7, the group has claimed missile and drone attacks on US bases in Syria and Iraq": attacks
    # counted from a day, in the perfect, with no count of their own (a count is a tally: :func:`tally_since`).
    # (a day, not a clause: "trading attacks for three days, since the government launched an offensive on Friday")
    # ("Since mid-November, the group has reportedly attacked ships in the Red Sea": the verb itself in the perfect,
    # counted from a day, is such a summary too.)
    since = _since_a_day(clause) and any(w in ("has", "have") and (set(clause[k + 1:k + 6]) & _ATTACK_NOUNS
                                                                   or set(clause[k + 1:k + 3]) & _ATTACK_VERBS)
                                         for k, w in enumerate(clause))
    # "Turkish drone attacks on their territory have grown more frequent since ...": attacks the subject of a verb of
    # trend (``trend_verb``) tell how often they come, not one of them
    # (an adverb may stand between, "have risen sharply" or "have sharply risen"; the simple past with its adverb of
    # degree after it, "drone attacks on oil fields in Iraq increased markedly"; German puts the participle last,
    # "haben die Drohnenangriffe auf Ölfelder im Irak spürbar zugenommen")
    trends = lexicon.words("trend_verb")
    # (those two with no verb of attack beside: "US strikes on Friday hit 85 targets, and attacks on US bases
    # increased sharply" tells the strikes)
    struck = bool(set(clause) & _ATTACK_VERBS)
    trend = any(w in trends and (_perfect_before(clause, k) or (not struck and k + 1 < len(clause)
                                                              and clause[k + 1].endswith("ly") and w.endswith("ed")))
                and _attacks_in(clause[max(0, k - _TREND_SUBJECT_WORDS):k]) for k, w in enumerate(clause)) \
        or (not struck and bool({"haben", "hat"} & set(clause)) and bool(trends & set(clause)) and _attacks_in(clause))
    return since or trend or (perfect and summing and bool(lexicon.word_phrases("campaign_scope").find(clause)))


#: How many words before its verb a trend's subject may stand ("drone attacks on oil fields in Iraq have risen").
_TREND_SUBJECT_WORDS = 9


def _perfect_before(clause: Sequence[str], k: int) -> bool:
    """Whether "has" or "have" stands right before token *k*, or before an adverb right before it ("have sharply
    risen")."""
    return (k >= 1 and clause[k - 1] in ("has", "have")) \
        or (k >= 2 and clause[k - 2] in ("has", "have") and clause[k - 1].endswith("ly"))


def _attacks_in(words: Sequence[str]) -> bool:
    """Whether *words* name attacks in the plural ("attacks", "strikes"; German compounds "Drohnenangriffe")."""
    return bool(set(words) & _ATTACK_NOUNS) or any(w.endswith("angriffe") for w in words)


def _since_a_day(clause: Sequence[str]) -> bool:
    """Whether "since" opens a time ("since October 7", "since mid-October", "since last autumn"), not a clause; or a
    since word of another language has a day's number within a few words after it ("depuis le 7 octobre", "מאז פרוץ
    המלחמה ב-7 באוקטובר"; not Spanish "desde el Líbano" 'from Lebanon')."""
    return any(w == "since" and k + 1 < len(clause) and (clause[k + 1] in _SINCE_DAYS or clause[k + 1].isdigit())
               for k, w in enumerate(clause)) \
        or any(any(w.isdecimal() for w in clause[end:end + _SINCE_DAY_REACH])
               for _, end, _ in lexicon.word_phrases("since_word").find(list(clause)))


#: How many words after a since word its day's number may stand ("מאז פרוץ המלחמה ברצועת עזה ב-7 באוקטובר": six).
_SINCE_DAY_REACH = 8


#: Words that open a time after "since" ("since last autumn", "since mid-October", "since early 2024").
_SINCE_OPENERS = frozenset({"last", "mid", "early", "late", "then"})


#: The English month and weekday names and the openers of a time after "since" (:func:`_since_a_day`).
_SINCE_DAYS = frozenset({w.lower() for w in (*calendar.month_name, *calendar.day_name) if w}) | _SINCE_OPENERS


#: The attacks as the subject of a summary ("Israeli attacks have killed ... and have hit ...").
_ATTACK_NOUNS = frozenset({"attacks", "strikes", "airstrikes", "raids", "bombardments"})

#: Verbs of attack a summary puts in the perfect ("has struck", "have also hit").
_ATTACK_VERBS = frozenset({"struck", "hit", "targeted", "attacked", "bombed", "pounded", "shelled", "raided"})


def comment_on_told(sentence: Sentence, c_first: int, c_last: int, trigger_at: int) -> bool:
    """ "Officials condemned the attack", "Guterres expressed concern over ... the Israeli strikes in the country": the
    object of a comment word (``comment_verb``), opened by "the" and naming no place after it, is an attack told
    before, not a new one."""
    lowered = sentence.lowered
    opens = [k for k in range(max(c_first, trigger_at - 3), trigger_at) if lowered[k] in lexicon.words("anaphora")]
    if not opens:
        return False
    if any(t.text[:1].isupper() for t in sentence.tokens[trigger_at + 1:c_last]):
        return False  # "condemned the strike on Damascus": the strike told here, at its place
    between = lowered[opens[0] + 1:trigger_at]
    if any(w.endswith(("ed", "ing")) for w in between):
        return False
    return bool(set(lowered[max(c_first, opens[0] - _COMMENT_WORDS):opens[0]]) & lexicon.words("comment_verb"))


#: How many words before the attack's noun phrase the comment word may stand ("expressed concern over ... the").
_COMMENT_WORDS = 12


def tally_since(clause: Sequence[str]) -> bool:
    """ "The Pentagon counts at least 19 attacks on US bases since October 17", "plus de 160 attaques depuis la
    mi-octobre", "have fired several missiles at Eilat since October 7": a number of attacks (or of weapons, told
    loosely) since a day is a tally, not one event."""
    if not lexicon.word_phrases("since_word").find(list(clause)):  # "since", "depuis", "seit", "منذ", "מאז"
        return False
    numbers, several = lexicon.numbers(), lexicon.words("tally_number")

    def counted(j: int) -> bool:  # a number above one at token j
        return (clause[j].isdecimal() and clause[j].isascii() and int(clause[j]) > 1) or clause[j] in several \
            or numbers.get(clause[j], 0) > 1

    # (or weapons in a number told loosely: "have fired several missiles at Eilat since October 7")
    # ("des dizaines de roquettes", "dozens of rockets": the loose number with its "of")
    # (past the weapons that name the attacks: "about 20 drone and rocket attacks since October 17")
    return any(k and ((w in lexicon.words("tally_noun") and (counted(k - 1) or counted(_before_the_weapons(clause, k))))
        or ((clause[k - 1] in several or k > 1 and clause[k - 1] in _OF and clause[k - 2] in several
             or _more_than_a_number(clause, k))
            and _weapon_at(clause, k) and _since_a_day(clause)))
        for k, w in enumerate(clause))


def _before_the_weapons(clause: Sequence[str], k: int) -> int:
    """The token before the weapons (and their "and") that name the attack noun at *k* ("20 drone and rocket
    attacks": the 20), else *k* - 1."""
    j = k - 1
    while j > 0 and k - j <= _WEAPONS_BEFORE and (clause[j] in ("and", "-", ",") or _weapon_at(clause, j)):
        j -= 1
    return j


#: How many words of weapons may name an attack noun before it ("drone and rocket attacks").
_WEAPONS_BEFORE = 4


#: "Of" between a loose number and what it counts ("dozens of rockets", "des dizaines de roquettes").
_OF = frozenset({"of", "de", "d'", "von", "di"})


def _more_than_a_number(clause: Sequence[str], k: int) -> bool:
    """Whether "more than" and a number stand before token *k* ("more than 33 rockets", "أكثر من 33 صاروخاً", "plus de
    30 roquettes"): a number told loosely (``more_than``)."""
    return k > 2 and clause[k - 1].isdecimal() and int(clause[k - 1]) > 1 \
        and lexicon.word_phrases("more_than").match_at(list(clause), k - 3) is not None


def _weapon_at(clause: Sequence[str], k: int) -> bool:
    """Whether a weapon's trigger (of one word or more: "ballistic missiles") starts at token *k* of *clause*."""
    hit = lexicon.trigger_table().match_at(list(clause), k)
    return hit is not None and hit[1].event_type in MUNITION_TYPES


def debris_of_fire(clause: Sequence[str], found: list[tuple[int, int, Any]]) -> bool:
    """ "a large missile fragment fell near Jericho", "debris from an intercepted rocket": what fell of the fire, not fire
    that hit (a debris word right after a weapon, or "of"/"from" a weapon)."""
    weapons = [f for f in found if f[2].event_type in MUNITION_TYPES]
    debris = [f for f in found if f[2].event_type == "interception" and f[2].priority <= DEBRIS]
    return any(0 <= d[0] - w[1] <= 1 or (0 < w[0] - d[1] <= 3 and set(clause[d[1]:w[0]]) & {"of", "from"})
               for d in debris for w in weapons)


def barrage(clause: Sequence[str], weapons_near: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """ "Iran launched a barrage toward northern Israel. Interceptors downed most of the missiles": a volley fired with
    no weapon named in its clause, typed by the weapon of its sentence, else of the next ("the barrage answered the
    killing of Nasrallah" is the fire told before, again: no event). A barrage whose weapon no sentence names ("Iran
    launched a barrage at Tel Aviv late on Friday") is a draft of type ``other`` for the analyst to type."""
    weapons = [f[2].event_type for f in weapons_near if f[2].event_type in MUNITION_TYPES] or ["other"]
    if not lexicon.word_phrases("firing_verb").find(list(clause)):  # (of several words too: "hatin avêtin")
        return []
    for k, w in enumerate(clause):
        if w in lexicon.words("barrage_word") and not (k and clause[k - 1] in lexicon.words("anaphora")):
            return [(k, k + 1, lexicon.Trigger(w, weapons[0], CASUALTY))]
    return []


def hurt_in_a_barrage(clause: Sequence[str], at: int, events: list[Any],
                      names: Sequence[bool] = (), dated: bool = False) -> list[tuple[int, int, Any]]:
    """ "Two people were lightly hurt in Tel Aviv" right after "Iran fired missiles at Israel": that fire, at that
    town (a casualty word, perhaps one word, then "in"; in Hebrew a casualty word and a name with its joined "in":
    "ובחיפה נפצעו קל שלושה"; the fire told in the three sentences before). A clause that opens on its place, a name
    after "in" and a comma, tells the damage or the dead of the fire or strike told just before there ("Israeli jets
    struck towns in the south on Tuesday. In Khiam, a house was destroyed"; *names*: whether each word of the clause
    is written as a name). So do the dead or hurt "in" a place told right after a strike, in a clause with no day of
    its own (*dated*: it has one): "US jets struck 85 targets on Friday. The Observatory reported 18 fighters killed
    in the Mayadin area and in Albu Kamal"."""
    hurt = lexicon.words("killed") | lexicon.words("injured")
    fronted = _fronted_place(clause, names)
    if fronted is not None:
        told = fire_told_before(events, at, MUNITION_TYPES | _STRIKE_TYPES, 1)
        rest = clause[fronted:]
        damage = lexicon.word_phrases("damage_verb").find(rest)
        k = next((k for k, w in enumerate(rest) if w in hurt), damage[0][0] if damage else None)
        # (not what a speaker there said: "In Washington, an official said no one was hurt")
        if told is not None and k is not None and not set(rest) & lexicon.words("statement_verb"):
            return [(fronted + k, fronted + k + 1, lexicon.Trigger(rest[k], told.event_type, CASUALTY))]
    last = None if dated else fire_told_before(events, at, MUNITION_TYPES | _STRIKE_TYPES, 1)
    fire = last if last is not None and last.event_type in _STRIKE_TYPES \
        else fire_told_before(events, at, MUNITION_TYPES, 3)
    if fire is None:
        return []
    hurt_in = lexicon.words("hurt_in")
    for k, w in enumerate(clause[:-1]):
        if w not in hurt or not k or clause[k - 1] in ("the", "a"):
            continue
        # (a few words may stand between: "killed on Monday in", "получили легкие ранения от осколков в Тель-Авиве")
        after = list(itertools.takewhile(lambda x: x not in (",", ";", ":"), clause[k + 1:k + 1 + _HURT_TO_IN]))
        if set(after) & hurt_in:
            return [(k, k + 1, lexicon.Trigger(w, fire.event_type, CASUALTY))]
    # Hebrew joins "in" to the name, before or after the casualties: "בנס ציונה דווח על שישה פצועים", "ובחיפה נפצעו"
    hebrew_in = tuple(p for p, role in lexicon.prefix_roles().items() if role != "context")
    if any(particles.is_hebrew(w) and w.startswith(hebrew_in) for w in clause):
        for k, w in enumerate(clause):
            if w in hurt and particles.is_hebrew(w):
                return [(k, k + 1, lexicon.Trigger(w, fire.event_type, CASUALTY))]
    return []


#: How many words after a casualty word its "in" may stand (:func:`hurt_in_a_barrage`): "killed on Monday in".
_HURT_TO_IN = 3

#: The strikes whose damage or dead a clause that opens on its place may tell (:func:`hurt_in_a_barrage`).
_STRIKE_TYPES = frozenset({"air_strike", "drone_strike", "missile_strike", "artillery"})

#: How many words a place told first may take before its comma ("In Kfar Kila,", "In the village of Aitaroun,").
_FRONTED_NAME = 5


def _fronted_place(clause: Sequence[str], names: Sequence[bool]) -> int | None:
    """The index after the comma of a clause that opens on "In" and a name ("In Khiam, ...", "In the town of
    Bint Jbeil, ..."), else None."""
    if clause[:1] != ["in"] or len(names) != len(clause) or "," not in clause[2:2 + _FRONTED_NAME]:
        return None
    comma = clause.index(",", 2)
    return comma + 1 if any(names[1:comma]) else None


#: How many sentences back the last event the report told may still be "the fire told just before", when no other
#: event was told since ("Iran fired a barrage at Haifa. Twenty-three people were hurt across all the impact sites.
#: ... Six people were lightly injured in Ness Ziona": that barrage).
_LAST_TOLD = 4


def fire_told_before(events: list[Any], at: int, kinds: frozenset[str] | set[str], within: int) -> Any:
    """The fire of one of *kinds* told just before sentence *at*: the last event the report told, when it is of
    those kinds and at most :data:`_LAST_TOLD` sentences back, else the last of them within *within* sentences.
    The last event told is that of its sentence's main clause, not one the main clause answers ("Israeli jets struck
    the port of Hodeidah, in response to the missile that landed near Ben Gurion airport": the strike)."""
    last = events[-1] if events else None
    if last is not None and last.linked and at != last.sentence:  # (in its own sentence the fire it answered stays:
        # "a day after a drone fired from Yemen exploded in Eilat": the drone's blast)
        last = next((e for e in reversed(events) if e.sentence == last.sentence and not e.linked), last)
    if last is not None and last.event_type in kinds and at - last.sentence <= _LAST_TOLD:
        return last
    return next((e for e in reversed(events) if e.event_type in kinds and at - e.sentence <= within), None)


#: The trigger priority of an attack told by its interception (:func:`intercepted_attack`): above a bare "shot down" (85),
#: so the weapon names the type; :mod:`interceptions` reads it as a clause that tells the downing, not the fire.
ATTACK_INTERCEPTED = 86


def intercepted_attack(clause: Sequence[str], found: list[tuple[int, int, Any]], before: str,
                       after: Sequence[str] = ()) -> tuple[str, str]:
    """The type and outcome of a clause whose strongest trigger is an interception.

    One rule (docs/extract.md): projectiles downed on their way to a target the
    clause names ("a drone was shot down while targeting Erbil airport", "a drone
    launched toward Eilat was intercepted"), or of which some got through ("shot
    down two drones, while a third crashed inside the base"), are read as the ATTACK,
    typed by its weapon, with outcome "intercepted" or "partly intercepted" (a draft
    told by nothing but such a downing is then typed interception:
    :func:`interceptions.split_interceptions`). Downing
    told without an aim ("US forces at Ain al-Asad shot down two drones") is an
    interception, as the seed table types the drones of 22 April 2024.
    """
    impacts = lexicon.word_phrases("impact").find(clause)
    # ("a drone that was trying to hit coalition forces was shot down": an aim)
    aimed = bool(lexicon.word_phrases("aim").find(clause)) or any(start and clause[start - 1] == "to"
                                                                   for start, _, _ in impacts)
    got_through = some_got_through(clause)
    if not (aimed or got_through) and before in MUNITION_TYPES and _one_more(clause):
        # "Two Katyusha rockets landed inside the Victory base ... a third rocket had been shot down": one more of the
        # fire told just before, the rest of which got through
        return before, "partly intercepted"
    if not (aimed or got_through) and before in MUNITION_TYPES \
            and (_it_was_downed(clause) or _the_fire_downed(clause)) \
            and not (after and after[0] in _CONTRASTS and some_got_through(after)):
        # "The Houthis fired a ballistic missile at Eilat. It was intercepted by the Arrow system": the fire told just
        # before, downed (not "Most were intercepted, but several struck Nevatim": the barrage's downing, beside the
        # fire that struck its own place)
        return before, "intercepted"
    if not (aimed or got_through):
        return "interception", ""
    weapons = [f for f in found if f[2].event_type in MUNITION_TYPES]
    # The weapon named, else that of the fire told just before ("Iran fired missiles. Most were intercepted, but
    # several struck Nevatim"), else a drone.
    weapon = weapons[0][2].event_type if weapons else (before if before in MUNITION_TYPES else "drone_attack")
    return weapon, "partly intercepted" if got_through else "intercepted"


#: A pronoun that opens a passive downing stands for the fire told before it ("It was intercepted", "They were shot
#: down"); "They intercepted two drones" tells the defenders' act.
_PRONOUN_PASSIVES = (("it", "was"), ("they", "were"), ("it", "had", "been"), ("they", "had", "been"),
                     ("both", "were"), ("all", "were"), ("most", "were"), ("most", "of", "them", "were"),
                     ("some", "were"), ("many", "were"), ("several", "were"), ("most", "had", "been"),
                     # "One of them was shot down before reaching its target", Spanish "uno de ellos fue derribado"
                     ("one", "of", "them", "was"), ("one", "was"), ("uno", "de", "ellos", "fue"),
                     ("una", "de", "ellas", "fue"), ("l'un", "d'eux", "a", "été"))
#: What opens a clause that tells the rest of fire downed ("while others hit the base", "but one struck a hangar").
_CONTRASTS = frozenset({"while", "but", "although", "though", "whereas", "and", ","})


_DOWNED = frozenset({"intercepted", "shot", "downed", "destroyed", "brought", "neutralised", "neutralized",
                     "derribado", "derribada", "interceptado", "interceptada", "abattu", "intercepté"})


def _it_was_downed(clause: Sequence[str]) -> bool:
    """Whether a downing clause opens with a pronoun in the passive ("It was intercepted", "but they were shot down")."""
    words = list(clause[1:] if clause[:1] and clause[0] in ("but", "and") else clause)
    opened = next((len(p) for p in _PRONOUN_PASSIVES if tuple(words[:len(p)]) == p), 0)
    # (the downing right after, an adverb or two allowed: "It was later shot down"; not "It was the second drone to go
    # after the field: guards opened fire on it")
    return bool(opened) and bool(set(words[opened:opened + 3]) & _DOWNED)


#: Nouns of fire a downing may name again with a definite word ("the drone was brought down", "shot down both drones").
_FIRE_NOUNS = frozenset({"drone", "drones", "missile", "missiles", "rocket", "rockets", "projectile", "projectiles",
                         "uav", "uavs", "aircraft"})
#: The definite words that name fire already told ("the drone", "both drones", "all the missiles").
_DEFINITE_FIRE = frozenset({"the", "both", "all"})
#: Auxiliaries of a passive downing ("the drone was shot down", "the drones had been intercepted").
_PASSIVE_AUX = frozenset({"was", "were", "been"})


def _the_fire_downed(clause: Sequence[str]) -> bool:
    """Whether a downing clause names fire told before it again, as a definite phrase or a pronoun: "The drone was
    brought down before it could reach its target", "Air defences engaged the drone and shot it down", "shot down
    both drones" (not "They intercepted two drones": fire of its own, the defenders' act)."""
    words = list(clause)
    for k, w in enumerate(words):
        if w not in _DOWNED:
            continue
        after = words[k + 1:k + 5]
        if after[:1] == ["down"]:
            after = after[1:]  # "shot down the drone"
        if after[:1] in (["it"], ["them"]):
            return True  # "shot it down", "intercepted them"
        if after[:1] and after[0] in _DEFINITE_FIRE and set(after[1:3]) & _FIRE_NOUNS:
            return True  # "shot down the drone", "downed both drones"
        before = words[max(0, k - 6):k]
        if _PASSIVE_AUX & set(before[-3:]):
            # "the drone was (later) shot down", "In each case, the drone was brought down"
            noun = max((j for j, b in enumerate(before) if b in _FIRE_NOUNS), default=None)
            if noun is not None and noun >= 1 and before[noun - 1] in _DEFINITE_FIRE | {"two"} \
                    and (before[noun - 1] != "two" or noun >= 2 and before[noun - 2] == "the"):
                return True
    return False


#: Ordinals that count one more projectile of a fire told before ("a third rocket was shot down").
_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth"})


def _one_more(clause: Sequence[str]) -> bool:
    """Whether the clause counts one more projectile with an ordinal after "a" ("a third rocket", "a third")."""
    return any(w == "a" and nxt in _ORDINALS for w, nxt in zip(clause, clause[1:]))


def some_got_through(clause: Sequence[str]) -> bool:
    """Whether a clause that tells a downing tells an impact too ("two were shot down and one hit the base"); not an aim
    ("a drone that was trying to hit coalition forces was shot down") nor an impact denied ("caused no casualties")."""
    return any(not (start and clause[start - 1] == "to") and clause[end:end + 1] not in (["no"], ["nothing"])
               for start, end, _ in lexicon.word_phrases("impact").find(clause))


#: "not" right before the event word, in English, Hebrew and Arabic ("הכטב"ם לא יורט" 'the drone was not
#: intercepted', "لم تعترض" 'did not intercept').
_NOT = frozenset({"not", "never", "לא", "لم"})


def negated(clause: Sequence[str], at: int) -> bool:
    """ "Two US officials said no US facilities had been hit", "the base was not struck", "Israel had not been behind
    attacks on Iranian nuclear facilities": the event word denied."""
    window = clause[max(0, at - 5):at]
    if "," in window:
        window = window[len(window) - window[::-1].index(","):]
    # "there were no reports of a missile attack", "no large explosions": "no" before the event word's noun phrase;
    # "there was no sign that the consulate itself was hit": "no sign that" before its clause
    no_phrase = "no" in window and set(window[len(window) - window[::-1].index("no"):]) <= _NO_PHRASE or any(
        clause[k:k + 3] in (["no", w, "that"] for w in ("sign", "indication", "evidence")) for k in range(max(0, at - 12), at))
    return bool(window) and (window[-1] in _NOT or _no_subject(clause, at) or tuple(window[-2:]) in _HELD_BACK
                             or (len(window) > 1 and window[-2] in ("not", "never")
                                                                 and window[-1] in ("been", "be"))
                             or (bool({"no", "not"} & set(window)) and bool({"been", "was", "were"} & set(window))
                                 and not _NO_SUBJECT_ENDS & set(_after_the_denial(window))
                                 # (not a verb of its own denied first: "bases in the region that were not
                                 # disclosed also shot down drones")
                                 and not any(w.endswith("ed") and w != "been" and len(w) > 4
                                             for w in _after_the_denial(window)[1:]))
                             or no_phrase)


def _after_the_denial(window: Sequence[str]) -> Sequence[str]:
    """The words of *window* from its last "no" or "not" on."""
    return window[max(k for k, w in enumerate(window) if w in ("no", "not")):]


#: Two words right before an event word that hold it back: "chose not to strike targets inside Iran", "has held back
#: from striking", "refrained from hitting".
_HELD_BACK = frozenset({("not", "to"), ("back", "from"), ("refrained", "from"), ("refrain", "from"),
                        ("declined", "to"), ("refused", "to"), ("never", "to")})

#: Words that end the noun phrase of a subject "no" opens: a clause of its own begins ("No one was hurt when
#: rockets hit").
_NO_SUBJECT_ENDS = frozenset({"when", "after", "as", "while", "before", "because", "since", "until", "that", "which",
                              "who", "in", "by", "from", ",", "."})


def _no_subject(clause: Sequence[str], at: int) -> bool:
    """ "no American personnel or facilities had been hit": "no" opening the subject of the event word's passive."""
    tail = clause[max(0, at - 8):at]
    if "no" not in tail or not tail or tail[-1] not in ("been", "was", "were"):
        return False
    subject = tail[len(tail) - tail[::-1].index("no"):]
    return not set(subject) & _NO_SUBJECT_ENDS


#: Words that may stand between "no" and the event word it denies ("no reports of a missile attack", "no large blasts")
_NO_PHRASE = frozenset({"reports", "report", "sign", "signs", "evidence", "indication", "word", "of", "a", "an", "any",
                        "large", "major", "big", "immediate", "further", "new", "significant", "'", '"', "“", "”"})


def said_on(lowered: Sequence[str], day: DateMention, event_at: int) -> bool:
    """Whether the day told stands right beside a statement verb ("the Pentagon confirmed on Tuesday", "the IRGC early
    on Tuesday claimed responsibility"): the day of the statement, which the event may precede. Not a day inside the
    noun phrase of the event word at *event_at* ("Al Mayadeen reported an overnight attack on a US base")."""
    if in_noun_phrase(lowered, day, event_at):
        return False
    verbs = lexicon.words("statement_verb")
    # (not what "was reported": "explosions were reported in Erbil on Tuesday" is the day of the blasts)
    # (the verb right before the day, its "on" or its part of the day: "the IRGC said early on Tuesday that it was
    # behind a barrage")
    start = day.first
    while start > 0 and day.first - start < 3 and lowered[start - 1] in _BEFORE_A_SAID_DAY:
        start -= 1
    low = start - 1 if start < day.first else day.first - 2
    told = [k for k in range(max(0, low), min(len(lowered), day.last + 1))
            if (k < day.first or k == day.last) and lowered[k] in verbs
            and not (lowered[k] == "reported" and k and lowered[k - 1] in ("was", "were", "been", "being"))]
    # (a verb-final language says it after the day, before the event word: "بامداد امروز سه‌شنبه با صدور اطلاعیه‌ای
    # اعلام کرد ... هدف قرار داده" 'early this Tuesday announced in a statement ... that it had targeted')
    after = lowered[day.last:min(event_at, day.last + _SAID_AFTER_REACH)] if event_at > day.last else []
    return bool(told) or bool(lexicon.word_phrases("said_after_the_day").find(after))


#: Words that may stand between a verb of saying and its day: the part of the day and "on" ("said early on Tuesday",
#: "said late Monday").
_BEFORE_A_SAID_DAY = frozenset({"early", "late", "earlier", "later", "on"})

#: How many words after a day a verb-final language's verb of saying may stand and make it the statement's day.
_SAID_AFTER_REACH = 10


def specific(clause: Sequence[str], at: int, dated: bool = False) -> bool:
    """Whether the trigger at *at* tells of one event ("a US drone strike"), not of many: an article among the three
    words before it, read as words ("A U.S. drone strike", "an Iran-backed militia drone attack": the dots and hyphens
    of a modifier are no words), with no "of" between ("in response to a string of attacks" is many), unless the
    sentence is *dated* to a day ("carried out a series of strikes on Thursday" is that day's wave)."""
    # (dated, the article may stand a word further back: "a series of Israeli airstrikes struck Tehran on Friday")
    words = [w for w in clause[:at] if w not in (".", "-")][-(4 if dated else 3):]
    # (not the French auxiliary "a" before its participle: "a revendiqué plusieurs tirs")
    return any(w in ("a", "an") and (dated or "of" not in words[k:])
               and not (w == "a" and k + 1 < len(words) and words[k + 1].endswith(("é", "ée", "és", "ées")))
               for k, w in enumerate(words))


#: How German compounds of a site end ("US-Militärstützpunkte", "US-Basis"): after a state's name and a hyphen, the
#: state owns the site.
_GERMAN_SITE_ENDINGS = ("stützpunkt", "stützpunkte", "stützpunkten", "stützpunkts", "basis", "basen", "lager",
                        "botschaft")


#: The words before a state that make it the backer of the group told before ("supported by Iran", "backed by Iran").
_BACKED_BY = [[verb, "by"] for verb in ("backed", "supported", "sponsored", "funded", "armed", "aligned", "allied")]


#: Group words that after a state's adjective still name its own forces ("Iranian Guards", "Israeli fighters").
_STATE_FORCE_MEMBERS = frozenset({"guards", "gardiens", "guardianes", "guardiani", "fighters", "combattants", "kämpfer",
                                  "бойцы"})


#: How many words before an Arabic state adjective a word of the media may stand for the adjective to be the media's:
#: the noun, the outlet's name in quotes ("قناة "الحرة" الأمريكية").
_MEDIA_NAME_WORDS = 4


def actors_in(sentence: Sentence, first: int, last: int, *, speakers: bool = False) -> list[tuple[int, str, bool]]:
    """The actors named in tokens first..last of a sentence: (token index, actor, is a state force); with *speakers*,
    those who only speak too ("CENTCOM said ...")."""
    lowered = sentence.lowered
    result = []
    for start, end, (actor, state) in lexicon.actors().find(lowered[first:last]):
        token = sentence.tokens[first + start]
        # "US" the state, not "us" the pronoun: case must agree with the table's phrase.
        if token.text.islower() and actor[0].isupper() \
                and " ".join(lowered[first + start:first + end]) not in lexicon.lowercase_actor_phrases():
            continue
        if lowered[first + end:first + end + 1] == ["-"] and first + end + 1 < len(lowered) \
                and lowered[first + end + 1] in lexicon.words("modifier"):
            continue  # "Iran-backed militias": the militias, not Iran
        if lowered[first + end:first + end + 1] == ["-"] and first + end + 1 < len(lowered) \
                and lowered[first + end + 1].endswith(_GERMAN_SITE_ENDINGS):
            continue  # "wurden zwei US-Militärstützpunkte angegriffen": the bases' owner, hit, not who fired
        if lowered[first + end:first + end + 1] and lowered[first + end] in backing_after():
            continue  # "İran destekli gruplar", "vom Iran unterstützte Milizen": Iran-backed, the groups, not Iran
        if first + start >= 2 and lowered[first + start - 2:first + start] in _BACKED_BY:
            continue  # "Kataib Hezbollah, supported by Iran, targeted coalition forces": the backer, not who fired
        if first + start >= 2 and lowered[first + start - 2:first + start] in (["pro", "-"], ["anti", "-"]):
            continue  # "des milices pro-iraniennes", "pro-iranische Milizen": the militias, not Iran
        if state and first + end < len(lowered) and lowered[first + end] in lexicon.words("group_subject") \
                and lowered[first + end] not in _STATE_FORCE_MEMBERS:
            continue  # "Iranian proxies attacked", "Iraqi militias fired": the group, whoever backs it, not the state
        cut = max(token.text.rfind("'"), token.text.rfind("\u2019"))
        if cut > 0 and first + end < len(lowered) \
                and lexicon.case_of_its_part(token.text[cut + 1:].casefold(), lowered[first + end]):
            continue  # "İsrail'in kuzeyine roket attı": Israel's north, where the fire went, not who fired
        if not speakers and any(w in lexicon.words("speaker") for w in lowered[first + end:first + end + 2]) \
                and not speaks_of_itself(lowered, first + end):
            continue
        if _speaks_that_after(lowered, first + end):
            continue  # "سپاه در اطلاعیه‌ای اعلام کرد که اسرائیل ...": who announced, not who fired
        if lexicon.possessive_at(lowered, first + end) \
                and set(lowered[first + end + 2:first + end + 6]) & lexicon.words("media"):
            continue  # "Iran's IRIB state TV reported explosions": the state's media speak, the state fires nothing
        if particles.is_arabic(lowered[first + start]) and lexicon.words("media") & set(
                lowered[max(0, first + start - _MEDIA_NAME_WORDS):first + start]):
            continue  # "قناة "الحرة" الأمريكية" 'the American channel al-Hurra': the channel's adjective, not who fires
        if state and _owns_the_site_before(lowered, first + start):
            continue  # "تستهدف قاعدة الاحتلال الأمريكي" 'targets the US occupation base': the base's owner, hit
        if state and _hosted_there(lowered, first + start):
            continue  # "قاعدة عين الأسد التي تضم قوات أميركية" 'the base that houses US forces': the troops hit
        if state and (tracker_line_cue(lowered, first + start) is not None or _owns_the_site_after(lowered, first + end)):
            continue  # "American base in Syria hit by rockets", "al-Shaddadi: US base struck": the site's owner, hit
        if state and first + end < len(lowered) and lexicon.turkish_sentence(lowered) \
                and is_descriptor(lowered[first + end]):
            continue  # "Erbil'deki ABD üssüne saldırdı" 'attacked the US base in Erbil': the base's owner, hit
        result.append((first + start, actor, state))
    return result


def _speaks_that_after(lowered: Sequence[str], k: int) -> bool:
    """Whether a Persian verb of saying and "که" ('that') follow, within a few words, the actor that ends at token *k*
    and another actor opens what was said (:func:`said_of_another`: "سپاه در اطلاعیه‌ای اعلام کرد که اسرائیل ..." 'the
    Guards announced in a statement that Israel ...'): the actor is the speaker, as before "said" (``speaker``). Not
    when what was said has no subject of its own ("ارتش اسرائیل اعلام کرد که حملاتی انجام داده است" 'the Israeli army
    announced that it had carried out strikes'): Persian drops the pronoun, the speaker acted."""
    return any(said_of_another(lowered, j) for j in range(k + 1, min(k + 8, len(lowered))))


#: How many pipes a line holds to be a row of a table (three cells or more: "Tel Baydar base (Syria) | drone attack |
#: claim: IRI").
TABLE_PIPES = 2


def tracker_line_cue(lowered: Sequence[str], start: int) -> tuple[str, str] | None:
    """The cue of a tracker line's participle after the colon that follows its place: past up to four words of the
    site ("US base", ``site_holder`` words and descriptors), a bare participle (``tracker_participle``) that ends the
    line or is followed by its agent, its weapon, a bracket or "again" ("al-Shaddadi: US base struck with drones
    (Thursday)", "Koniko gas field: US base targeted (early Thursday)")."""
    k = start
    holders = lexicon.words("site_holder")
    while k < min(len(lowered), start + 4) and (lowered[k] in holders or is_descriptor(lowered[k])):
        k += 1
    if k == start or k >= len(lowered) or lowered[k] not in lexicon.words("tracker_participle"):
        return _tracker_line_attack(lowered, start)
    if k + 1 < len(lowered) and lowered[k + 1] not in ("by", "with", "(", "again", ",", ".", ";", "—", "–", "-"):
        return None
    return "target", " ".join(lowered[start:k + 1])


def _tracker_line_attack(lowered: Sequence[str], start: int) -> tuple[str, str] | None:
    """The cue of a tracker line's attack named by a noun after the colon that follows its place, past a count or a
    word of manner or of the weapon's kind (``tracker_modifier``: "Ain al-Asad air base, Iraq: multiple rocket attack
    on US forces", "Mission Support Site Euphrates, Syria: rocket attack.", "Al-Tanf Garrison, Syria: two one-way
    attack drones", "Al-Asad Airbase, Irak: Mehrfach-Raketenangriff"), the noun phrase ending the line or followed by
    what it was aimed at, its weapon, a bracket or a participle of firing ("rockets fired at US forces"; not a
    clause: "Tehran: attacks will go on" names no place hit)."""
    k = start
    modifiers = lexicon.words("tracker_modifier")
    while k < min(len(lowered), start + 6) and (lowered[k] in modifiers or lowered[k] == "-" or lowered[k].isdigit()):
        k += 1
    hit = lexicon.trigger_table().match_at(lowered, k)
    if hit is None or hit[1].event_type not in _TRACKER_ATTACK_TYPES:
        return None
    end = hit[0]
    if end < len(lowered) and lowered[end] not in _TRACKER_NOUN_ENDS:
        return None
    return "target", " ".join(lowered[start:end])


#: The event types of a tracker line's attack noun: fire, a strike, an explosion (no interception: "shot down" over a
#: place tells no hit).
_TRACKER_ATTACK_TYPES = frozenset({"rocket_attack", "missile_attack", "drone_attack", "artillery", "air_strike",
                                   "drone_strike", "missile_strike", "explosion", "strike"})
#: The words after a tracker line's attack noun that leave it a noun phrase: the end of the line, a mark, what it
#: was aimed at, its weapon or agent.
_TRACKER_NOUN_ENDS = frozenset({".", ",", ";", "(", "—", "–", "-", "on", "against", "at", "targeting", "by", "with",
                                "from", "fired", "launched", "aimed", "auf", "gegen", "contre", "sur", "contra", "por",
                                # (another weapon after it: "a multi-rocket attack and several one-way attack drones")
                                "and"})


def _owns_the_site_after(lowered: Sequence[str], k: int) -> bool:
    """Whether the state adjective ending before token *k* qualifies the site noun at *k* (``site_holder_noun`` in
    extract_words.csv) of a headline's passive with its agent and no auxiliary, a few words on ("American base in
    Syria hit by five rockets": ``tracker_participle``, then "by" or "with"): the owner of what was hit, not who
    fired."""
    if k >= len(lowered) or lowered[k] not in lexicon.words("site_holder_noun"):
        return False
    participles = lexicon.words("tracker_participle")
    return any(lowered[j] in participles and lowered[j + 1] in ("by", "with")
               for j in range(k + 1, min(len(lowered) - 1, k + _SITE_TO_ITS_PARTICIPLE)))


#: How many words may stand between a site noun and a headline's participle ("base in north-east Syria hit by").
_SITE_TO_ITS_PARTICIPLE = 6


def _owns_the_site_before(lowered: Sequence[str], k: int) -> bool:
    """Whether the Arabic state adjective at token *k* qualifies a site noun before it, perhaps past "the occupation"
    (``arabic_site_noun``: "قاعدة الاحتلال الأمريكي" 'the US occupation base', "القواعد الأمريكية") or past the site's
    name, at most :data:`_SITE_NAME_WORDS` words that tell no fire ("قاعدة عين الأسد الأميركية" 'the American Ain
    al-Asad base'): the owner of what was hit, not who fired."""
    if k == 0 or not particles.is_arabic(lowered[k]):
        return False
    j = k - 1
    while j >= 0 and lowered[j] in lexicon.words("arabic_occupation"):
        j -= 1
    if j >= 0 and lowered[j] in lexicon.words("arabic_site_noun"):
        return True
    for j in range(k - 2, max(-1, k - 2 - _SITE_NAME_WORDS), -1):
        name = lowered[j + 1:k]
        if not all(particles.is_arabic(w) for w in name) or lexicon.trigger_table().find(list(name)) \
                or set(name) & (lexicon.words("aircraft") | lexicon.words("arabic_site_noun")):
            return False
        if lowered[j] in _ARABIC_BASE_NOUNS:
            return True
    return False


#: How many words of a site's name may stand between an Arabic base noun and the state adjective after it.
_SITE_NAME_WORDS = 3
#: The Arabic nouns of a base, whose name a state adjective may follow ("قاعدة عين الأسد الأميركية").
_ARABIC_BASE_NOUNS = frozenset({"قاعدة", "القاعدة", "وقاعدة", "بقاعدة"})


def _hosted_there(lowered: Sequence[str], k: int) -> bool:
    """Whether the state at token *k* names forces a place houses, right after a verb of housing and perhaps a word
    for troops ("which hosts US troops", "التي تضم قوات أميركية", ``host_verb``): the troops hit, not who fired."""
    j = k - 1
    if j >= 0 and lowered[j] in lexicon.words("hosted_forces") | lexicon.words("force_noun"):
        j -= 1  # (Arabic puts the adjective after its noun: "قوات أميركية")
    # (a verb of one word or several: "hosts", "is home to")
    return j >= 0 and any(end == j + 1 for _, end, _ in lexicon.word_phrases("host_verb").find(list(lowered[:j + 1])))


#: Words of when or how a speaker spoke that may stand between it and its verb ("on Sunday", "in a statement").
_SPOKE_WHEN = frozenset({"on", "late", "early", "earlier", "later", "also", "night", "morning", "evening", "afternoon",
                         "in", "a", "statement", "today", "yesterday"})


#: Words a force "announced" that are not its own strike (it announces the downing of what others fired).
_ANNOUNCED_NOT_STRUCK = frozenset({"interception", "interceptions", "intercepted", "downing", "shot", "shooting"})


#: Verbs with which a force owns an act of its own told as a gerund after them ("acknowledged carrying out strikes").
_OWNED_UP = frozenset({"acknowledged", "admitted", "announced", "confirmed", "claimed", "reported"})
#: The gerunds of carrying out a strike.
#: The perfect infinitive after a verb of saying, in French, Spanish and Italian ("annoncé avoir visé", "affirmé
#: d'avoir", "afirmó haber atacado", "detto di aver colpito"): the speaker tells its own act, as "said it had".
_HAVING = frozenset({"avoir", "d'avoir", "haber", "aver", "d'aver", "avere"})
_CARRYING_OUT = frozenset({"carrying", "conducting", "launching", "striking", "hitting", "targeting", "attacking"})


def speaks_of_itself(lowered: Sequence[str], after: int) -> bool:
    """ "The US military said it carried out a strike": the speaker is the one who acted ("said it", "said that
    its forces", "said they")."""
    # ("the US military on Sunday said it", "CENTCOM in a statement said it": the day or the way it spoke may stand
    # before the verb too)
    # ("Israel's military said Tuesday it struck": past the possessive to the force it owns)
    start = after + 2 if lexicon.possessive_at(lowered, after) else after
    while start < len(lowered) and (lowered[start] == "." or len(lowered[start]) == 1 and lowered[start].isalpha()
                                    and lowered[start + 1:start + 2] == ["."]):
        start += 1  # (past the letters and stops of an abbreviation: "The U.S. military said it")
    rest = [w for w in lowered[start:start + 14] if w not in _SPOKE_WHEN and w not in _WEEKDAYS]
    for k, w in enumerate(rest[:3]):
        if w in ("announced", "announces") and any(lexicon.trigger_table().match_at(rest, j) is not None
                                                   and rest[j] not in _ANNOUNCED_NOT_STRUCK
                                                   for j in range(k + 1, min(len(rest), k + 4))):
            return True  # "The Israeli Air Force announced strikes on Hezbollah compounds": its own strikes
        if w in _OWNED_UP and rest[k + 1:k + 2] and rest[k + 1] in _CARRYING_OUT:
            return True  # "The Israeli army acknowledged carrying out wide-ranging strikes": the speaker's own act
        if rest[k + 1:k + 2] and rest[k + 1] in _HAVING and w in lexicon.words("statement_verb"):
            return True  # "le groupe a annoncé avoir visé la base", "afirmó haber atacado", "ha detto di aver colpito"
        if w in ("said", "says", "say", "announced", "confirmed"):
            # ("said on Monday that it had struck": the day it spoke may stand between)
            tail = [x for x in rest[k + 1:k + 7] if x not in ("that", "on") and x not in _WEEKDAYS]
            return bool(tail) and tail[0] in ("it", "its", "they", "their")
    return False


_DRONES = frozenset({"drone", "drones", "uav", "uavs"})


def drone_kind(event_type: str, actor: str, target_actor: str, before: Any, clause: Sequence[str] = ()) -> tuple[str, str]:
    """The type and actor of drone fire: a drone strike (``drone_strike``) or drone fire (``drone_attack``).

    One rule (docs/extract.md): drones are a state's strike from the air when a state force that strikes from the
    air (``strikes_with`` blank in extract_actors.csv, :func:`lexicon.air_forces`) sends them, whatever the words:
    "a US drone strike killed a commander in Baghdad", "Turkish drone attacks knocked out power stations"; and so
    are drones of no named actor that go on with such a strike told just before (*before*, the drone fire told last),
    when the *clause* says so ("also", "then": ``goes_on`` in extract_words.csv; "the drones"): "Turkish drones
    struck oil stations near Qamishli. Drones also hit a village near Amuda"; not when they hit that force's own
    troops, nor when claimed (a group claims its fire: "The Islamic Resistance also claimed a drone attack on Harir"). Everything else is drone fire: a group's ("the Islamic Resistance in Iraq said it carried out
    a drone strike on the Harir base"), a missile force's (Iran's), and one of no named actor at the troops of a
    force that strikes from the air ("the drone strike that killed three US troops in Jordan").
    """
    from_the_air = lexicon.air_forces()
    if actor:
        return ("drone_strike" if actor in from_the_air else "drone_attack"), actor
    if target_actor in from_the_air:
        return "drone_attack", actor
    if event_type == "drone_strike":
        return event_type, actor  # "a drone strike killed a Kataib Hezbollah commander": a strike, by whom untold
    if before is not None and before.event_type == "drone_strike" and before.actor in from_the_air \
            and not set(clause) & lexicon.words("claim_verb") \
            and (set(clause) & lexicon.words("goes_on") or any(
                w in lexicon.words("anaphora") and clause[k + 1] in _DRONES for k, w in enumerate(clause[:-1]))):
        return "drone_strike", before.actor
    return event_type, actor


#: Words between a passive's "by" and the event word that is its agent ("attacked by a drone", "by two rockets").
_BY_THE_WEAPON = frozenset({"a", "an", "the", "two", "three", "four", "five", "several", "multiple", "one", "armed",
                            "explosive", "explosive-laden", "suicide", "unidentified", "unknown", "hostile",
                            # ("by a one-way attack drone", "by a bomb-laden drone")
                            "-", "way", "attack", "bomb", "laden"})


def passive_subject(lowered: Sequence[str], at: int, trigger: int) -> bool:
    """Whether the actor at token *at* is the subject of a passive verb before the event word at *trigger* ("five
    Nujaba members were killed in a drone strike", "US troops were wounded when rockets hit"): the side hit. So is
    the subject of the event word itself when that tells the dead or wounded ("three American soldiers were killed
    in Jordan on Sunday")."""
    hurt = trigger < len(lowered) and lowered[trigger] in lexicon.words("killed") | lexicon.words("injured")
    words = lowered[at + 1:trigger + 1 if hurt else trigger]
    # ("US troops at al-Tanf were attacked by drones": a "by" whose agent is the event word itself)
    by = [k for k, w in enumerate(words) if w == "by"]
    agent_after = False
    if len(by) == 1 and all(w in _BY_THE_WEAPON for w in words[by[0] + 1:]):
        words = words[:by[-1]]
        # (a headline's or a list line's bare participle before its agent: "US forces targeted by a one-way attack
        # drone")
        agent_after = bool(words) and _participle(words[-1])
    # (or before the "in" of the event word: "US troops hurt in attack on Iraq airbase", "US military forces in Syria
    # targeted in drone attacks")
    in_it = len(words) >= 2 and words[-1] == "in" and _participle(words[-2], _BARE_PARTICIPLES)
    # (or the event word is itself the participle after its auxiliary: "how often US bases are being hit")
    # (not the agent of another verb before it: "A drone launched by the Houthis was shot down")
    in_it = in_it or bool(words) and words[-1] in _PASSIVE_AUXILIARIES and lowered[trigger:trigger + 1] \
        and _participle(lowered[trigger], _BARE_PARTICIPLES) and "by" not in lowered[max(0, at - 2):at]
    return "by" not in words and (agent_after or in_it or any(w in _PASSIVE_AUXILIARIES and k + 1 < len(words)
                                      and _participle(words[k + 1])
                                      for k, w in enumerate(words))
                                  # ("Israel suffered the attack", "Israel ha sufrido el ataque"; extract_roles.csv)
                                  or bool(lexicon.word_phrases("suffered").find(words))
                                  # (a headline's bare participle after a member of the side: "Al-Nujaba commander
                                  # killed in drone strike in Baghdad", "Kataib Hezbollah fighters wounded")
                                  or _member_hurt(words))


#: The auxiliaries of a passive before its participle ("were wounded", "are being hit", "had been injured").
_PASSIVE_AUXILIARIES = frozenset({"was", "were", "being", "been"})
#: Participles of a blow that do not end in "-ed" ("were hit", "was struck", "was shot").
_STRUCK_PARTICIPLES = frozenset({"hit", "struck", "shot"})
#: With the wounded's: "US troops hurt in attack on Iraq airbase".
_BARE_PARTICIPLES = _STRUCK_PARTICIPLES | {"hurt"}


def _participle(word: str, bare: frozenset[str] = _STRUCK_PARTICIPLES) -> bool:
    """Whether *word* is a passive participle: one in "-ed", or one of *bare*."""
    return word.endswith("ed") or word in bare


def _member_hurt(words: Sequence[str]) -> bool:
    """Whether a rank or member of a side (``member_role``, a plural too) opens *words* within the actor's name and
    is followed right away by a word of the dead or wounded ("commander killed", "fighters wounded")."""
    roles, hurt = lexicon.words("member_role"), lexicon.words("killed") | lexicon.words("injured")
    return any((w in roles or w.endswith("s") and w[:-1] in roles) and k + 1 < len(words) and words[k + 1] in hurt
               for k, w in enumerate(words[:_MEMBER_WORDS]))


#: How many words after an actor's first may hold the member's rank ("Harakat al-Nujaba commander").
_MEMBER_WORDS = 4


#: Prepositions that make a state's name or adjective a place ("a building in northern Israel took a direct hit",
#: "strikes on Iran", "fired at Israeli territory"): the side hit, never the actor.
_LOCATIVE = frozenset({"in", "inside", "across", "over", "at", "on", "into", "toward", "towards", "near", "against",
                       "throughout",
                       # and in German, French and Spanish ("in der iranischen Hauptstadt", "dans la capitale
                       # iranienne", "contra la capital iraní")
                       "im", "auf", "gegen", "dans", "sur", "contre", "en", "contra", "sobre"})
#: Words between such a preposition and the name ("in northern Israel", "on the occupied Golan")
_PART_OF = lexicon.DIRECTIONS | {"the", "-", "occupied", "der", "die", "dem", "den", "das", "la", "le", "les", "l'",
                                  "el", "los", "las"}
#: Words before a state that name it as no side hit: where fire came from, the sides of a truce, a site's past
_NOT_HIT = frozenset({"between", "used", "formerly", "once", "previously"})


def _governing(lowered: Sequence[str], at: int) -> str:
    k = at - 1
    while k >= 0 and lowered[k] in _PART_OF:
        k -= 1
    return lowered[k] if k >= 0 else ""


def placed(lowered: Sequence[str], at: int) -> bool:
    """Whether the actor at token *at* is governed by a preposition of place ("in northern Israel", "strikes on
    Iran", "at Israeli territory"): a place, the side hit, not who acted ("killed in US strikes": the state's
    name qualifies the attack after it, and acts)."""
    if at > 0 and lowered[at - 1] in lexicon.GERMAN_DIRECTION_NOUNS:
        return True  # "den Norden Israels", "im Süden Syriens": the country's part, the side hit
    if at > 1 and lowered[at - 1] in ("des", "der") and lowered[at - 2] in lexicon.GERMAN_DIRECTION_NOUNS:
        return True  # "im Westen des Iran", with its article
    return _governing(lowered, at) in _LOCATIVE and lowered[at + 1:at + 2] not in ([w] for w in _ATTACK_AFTER)



#: Words after a state's name that make it the adjective of an attack ("in US strikes", "in an Israeli air raid").
_ATTACK_AFTER = frozenset({"strike", "strikes", "airstrike", "airstrikes", "air", "raid", "raids", "drone", "drones",
                           "missile", "missiles", "rocket", "rockets", "jets", "warplanes", "aircraft", "attack",
                           "attacks", "bombing", "bombings", "shelling", "fire"})


def not_the_side_hit(lowered: Sequence[str], at: int) -> bool:
    """Whether the actor at token *at*, named after the event word, is no side hit: where fire came from ("missiles
    launched from Iran"), a side of a truce or war ("hours before a ceasefire between Iran and Israel"), or who a site
    once hosted ("Taji, which used to host US forces"), or the adjective of a border ("close to the Turkish border")."""
    return _governing(lowered, at) == "from" or bool(set(lowered[max(0, at - 5):at]) & _NOT_HIT) \
        or bool(set(lowered[at + 1:at + 2]) & lexicon.words("border_word"))
