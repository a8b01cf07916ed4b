"""What the sentences of a report that tell no event add to its drafts.

A claim, attribution, denial or dispute told in a sentence of its own
(:func:`status_only`), a claim that names where the fire went
(:func:`claimed_target`), a sentence that opens on the site and names it
(:func:`site_named_after`), one that dates what happened ("The exchange took
place on Monday evening": :func:`dated_after`), fire told again with "the"
that gives a strike told just before its launch (:func:`weapon_told_again`),
the launcher found after the fire (:func:`launcher_found`), and where the fire
came from told after it (:func:`origin_told_after`).
"""
from __future__ import annotations

import copy
from datetime import date
from typing import Any, Sequence

from geoincidents.extract import lexicon
from geoincidents.extract.counts import MUNITION_TYPES
from geoincidents.extract.clauses import onset_of_a_war
from geoincidents.extract.dates import dates_alone
from geoincidents.extract.cues import actors_in
from geoincidents.extract.drafts import EVENT_LABELS, Draft, absorb, family
from geoincidents.extract.eventmention import EventMention
from geoincidents.extract.heard import HEARD_METHODS
from geoincidents.extract.mentions import Mention
from geoincidents.extract.namekeys import plural_kinds, singular_kinds
from geoincidents.extract.nesting import PROVINCE_KINDS, contains, specificity, told_in_area

__all__ = ["means_of_the_wave", "assertion", "mentions_of", "claimed_target", "site_named_after", "dated_after",
           "site_dated_after", "place_of_the_attack_told_after", "sites_of_the_area_told_after",
           "kinds_of_the_noun_before", "launcher_found", "origin_told_after", "status_only", "weapon_told_again"]


def mentions_of(mentions: list[Mention], sentence: int) -> list[Mention]:
    return [m for m in mentions if m.sentence == sentence]


def assertion(status: str, draft: Draft, event: EventMention | None = None) -> str:
    """What one sentence of a source asserts, in our words: status, event, ends, its own date and counts."""
    where = f" at {draft.target.name}" if draft.target is not None else ""
    source = f" from {draft.launch.name}" if draft.launch is not None else ""
    when = ""
    if draft.date:
        when = f" on {draft.date.isoformat()}" if draft.date_explicit else f" (undated; read as {draft.date.isoformat()})"
    verb = {"reported": "Reports", "claimed": "Reports a claim of", "attributed": "Attributes",
            "confirmed": "Reports confirmation of", "denied": "Reports a denial of",
            "disputed": "Reports doubts about"}[status]
    extra = []
    if event is not None:
        if event.actor:
            extra.append(f"by {event.actor}")
        if event.munitions:
            extra.append(event.munitions)
        if event.fatalities is not None:
            extra.append(f"{event.fatalities} killed")
        if event.injured is not None:
            extra.append(f"{event.injured} injured")
    detail = f" ({'; '.join(extra)})" if extra else ""
    return f"{verb} {EVENT_LABELS.get(draft.event_type, 'an incident')}{source}{where}{when}{detail}."


def _event_sentences(groups: list[Draft], source_id: str) -> set[int]:
    """Where the sentences of this source that some draft rests on start."""
    return {e["start"] for g in groups for e in g.evidence if e["source_id"] == source_id}


def _told_before(groups: list[Draft], source_id: str, start: int) -> list[Draft]:
    """The drafts this source told before the sentence starting at *start*, in order."""
    return [g for g in groups if min(e["start"] for e in g.evidence if e["source_id"] == source_id) < start]


def claimed_target(sentences: list[Any], mentions: list[Mention], groups: list[Draft], source_id: str) -> None:
    """A claim told in a sentence of its own that names where the fire went ("Militias in Iraq claimed the launch,
    saying they had fired at a vital target in Eilat") gives that place to the attack told last before it when that
    attack was told without a target, or only at a country or province around the place."""
    with_events = _event_sentences(groups, source_id)
    for sentence in sentences:
        if sentence.start in with_events:
            continue
        cues = [(first, last) for first, last, status in lexicon.statuses().find(sentence.lowered) if status == "claimed"]
        if not cues:
            continue
        named = [m for m in mentions_of(mentions, sentence.index) if m.place is not None and m.first >= cues[0][1]
                 and specificity(m.place) < 3]
        attacks = [g for g in _told_before(groups, source_id, sentence.start) if family(g.event_type) == "attack"]
        if len(named) != 1 or not attacks:
            continue
        last, place = attacks[-1], named[0].place
        if last.target is None or (specificity(last.target) >= 3 and contains(last.target, place)):
            last.target, last.target_near = place, False


def site_named_after(sentences: list[Any], mentions: list[Mention], groups: list[Draft], source_id: str) -> None:
    """ "A drone hit a small US outpost in north-east Jordan. The site, known as Tower 22, ...": a sentence that opens
    on the site and names it ("known as", "called") names the target of the attack told last before it, when that
    target was only an area containing the site (or none)."""
    openers = lexicon.word_phrases("site_opener")
    naming = lexicon.word_phrases("site_naming")
    for sentence in sentences:
        if not openers.match_at(sentence.lowered, 0):
            continue
        named = naming.find(sentence.lowered[:8])
        if not named:
            continue
        after = named[0][1]
        sites = [m for m in mentions_of(mentions, sentence.index)
                 if m.place is not None and specificity(m.place) == 0 and after <= m.first <= after + 1]
        told = _told_before(groups, source_id, sentence.start)
        # (an event the sentence tells may only be more of that attack: "The outpost, called Tower 22, ... when the
        # drone struck")
        resting = [g for g in groups if any(e["source_id"] == source_id and e["start"] == sentence.start
                                            for e in g.evidence)]
        if not sites or not told or any(g is not told[-1] for g in resting):
            continue
        draft, site = told[-1], sites[0]
        if draft.target is None or (specificity(draft.target) >= 3 and contains(draft.target, site.place)):
            draft.target = site.place
            site.role = "target"
            draft.evidence.append({"source_id": source_id, "start": sentence.start, "end": sentence.end,
                                   "text": sentence.text})


def dated_after(sentences: list[Any], groups: list[Draft], source_id: str, published: date | None) -> None:
    """ "The Pentagon confirmed on Tuesday a strike on the vehicle ... The exchange took place on Monday evening": a
    sentence of no event that dates what happened ("took place", "occurred") gives its day to the drafts told before
    it that the report dated only by the day of a statement (or of a clause they hang on)."""
    with_events = _event_sentences(groups, source_id)
    occurred = lexicon.word_phrases("took_place")
    for sentence in sentences:
        if sentence.start in with_events or not occurred.find(sentence.lowered):
            continue
        days = [d for d in dates_alone(sentence, published) if d.precision == "day"]
        told = _told_before(groups, source_id, sentence.start)
        loose_days = {g.date for g in told if g.date_loose}
        # and the drafts that took that day from them ("the airbase had been hit by a ballistic missile")
        said = [g for g in told if g.date_loose or (not g.date_explicit and g.date in loose_days)]
        if len(days) != 1 or not said:
            continue
        for g in said:
            g.date, g.date_precision, g.date_loose = days[0].date, "day", False
            g.dates = [d for d in g.dates if d[2] != source_id] + [(days[0].date, "day", source_id, 2)]
            g.evidence.append({"source_id": source_id, "start": sentence.start, "end": sentence.end,
                               "text": sentence.text})


#: How many sentences after an undated telling a retelling that dates it may come ("The attack Friday ...").
RETOLD_WITHIN = 2


def retold_with_its_day(sentences: list[Any], groups: list[Draft], source_id: str, published: date | None) -> None:
    """ "Militants fired rockets at Ain al-Asad air base. The attack on Friday wounded two soldiers": a sentence that
    opens on the event told just before it (:func:`retells_an_event`) and tells one day gives that day to the drafts
    of the sentence it retells, when the report told them undated (they had only the publication day). So does a
    day's strike named anywhere after them ("Wednesday's strike did not cause casualties",
    :func:`day_of_the_event`), when one sentence told every undated draft of the report."""
    undated = [g for g in groups if g.places() and not g.date_explicit]
    for sentence in sentences:
        opens = retells_an_event(sentence.lowered)
        if not undated or not (opens or "s" in sentence.lowered):  # (neither a retelling nor a day's strike)
            continue
        told = [g for g in _told_before(groups, source_id, sentence.start) if g.places() and g.order < sentence.index]
        if opens:
            # the day of the retold event, not of one its sentence links it to ("came days after a strike on Friday")
            link = _first_link(sentence.lowered)
            # (nor the day a run of them began: "Those attacks began on October 17")
            days = {d.date for d in dates_alone(sentence, published)
                    if d.precision == "day" and d.first < link and not onset_of_a_war(sentence.lowered, d)}
            told = [g for g in told if sentence.index - g.order <= RETOLD_WITHIN]
        else:
            days = {d.date for d in dates_alone(sentence, published)
                    if day_of_the_event(sentence.lowered, d)}
            told = [g for g in told if not (g.date_explicit or g.date_carried)]
            if len({g.order for g in told}) != 1:
                continue
        if len(days) != 1 or not told:
            continue
        day = days.pop()
        last = max(g.order for g in told)
        told = [g for g in told if g.order == last]  # the sentence just told, not an earlier one
        if any(g.date_explicit or g.date_carried or (g.date is not None and day > g.date) for g in told):
            continue
        for g in told:
            g.date, g.date_precision, g.date_explicit = day, "day", True
            g.dates = [d for d in g.dates if d[2] != source_id] + [(day, "day", source_id, 2)]
            g.evidence.append({"source_id": source_id, "start": sentence.start, "end": sentence.end,
                               "text": sentence.text})


def site_dated_after(sentences: list[Any], mentions: list[Mention], groups: list[Draft], source_id: str,
                     published: date | None) -> None:
    """ "Kataib Hezbollah attacked Erbil Air Base ... the attack on Erbil Air Base carried out earlier on Christmas Day":
    a sentence of no event that names the site of an undated draft told before it, and one day, dates that draft (it
    had only the day of the report); not one that tells other attacks there ("similar attacks on Wednesday":
    ``another_incident``)."""
    with_events = _event_sentences(groups, source_id)
    for sentence in sentences:
        if sentence.start in with_events:
            continue
        days = [d for d in dates_alone(sentence, published) if d.precision == "day"]
        if len(days) != 1 or set(sentence.lowered) & lexicon.words("another_incident"):
            continue  # ("Similar attacks on Wednesday forced the firm to suspend work at Tawke": other attacks' day)
        named = {m.place.id for m in mentions_of(mentions, sentence.index)
                 if m.place is not None and specificity(m.place) == 0}
        told = [g for g in _told_before(groups, source_id, sentence.start)
                if not g.date_explicit and g.target is not None and g.target.id in named]
        if len(told) != 1 or (told[0].date is not None and days[0].date > told[0].date):
            continue
        g = told[0]
        g.date, g.date_precision, g.date_explicit, g.date_carried = days[0].date, "day", True, False
        g.dates = [d for d in g.dates if d[2] != source_id] + [(days[0].date, "day", source_id, 2)]
        g.evidence.append({"source_id": source_id, "start": sentence.start, "end": sentence.end, "text": sentence.text})


#: How many words after the launcher word the place it was found in may begin ("the launcher, fixed to the back of a
#: Kia truck, in the village of al-Asriyah").
_LAUNCHER_REACH = 14
#: How many words the launcher may stand before the finding verb of a passive ("the launcher was later found").
_PASSIVE_FOUND = 4
#: How many sentences after the fire the launcher may be told found.
_LAUNCHER_SENTENCES = 3
#: "of" ("in the village of al-Asriyah") and Arabic "in", "near" ("في منطقة الرضوانية") before where a launcher was found.
_IN_OR_NEAR = frozenset({"of", "في", "قرب"})


def launcher_found(sentences: list[Any], mentions: list[Mention], groups: list[Draft], source_id: str) -> None:
    """ "Rockets struck Camp Victory ... Within an hour, security forces located the launcher, fixed to a truck, in the
    village of al-Asriyah in the Amiriya area": a sentence that tells no event, and tells a launcher found (a verb of
    finding, ``found_verb``, before a ``launcher`` word), names where the fire told just before came from: the place
    after the launcher word, "in" or "near" it (the finest such place). Only fire with no launch of its own, told at
    most :data:`_LAUNCHER_SENTENCES` sentences before."""
    with_events = _event_sentences(groups, source_id)
    finding, launcher = lexicon.words("found_verb"), lexicon.word_phrases("launcher")
    for sentence in sentences:
        lowered = sentence.lowered
        if sentence.start in with_events or not set(lowered) & finding:
            continue
        found_at = min(k for k, w in enumerate(lowered) if w in finding)
        at = [start for start, _, _ in launcher.find(lowered) if start > found_at]  # ("the launcher, fixed to a truck")
        # (or the launcher told first, the finding verb in the passive after it: "the launcher was later found, partly
        # burned, in the al-Bayader farming area outside the town of al-Baghdadi": where, after the verb)
        told_first = [start for start, _, _ in launcher.find(lowered) if start < found_at]
        reach = _LAUNCHER_REACH
        if told_first and not at and found_at - told_first[-1] <= _PASSIVE_FOUND:
            at, reach = [found_at], _LAUNCHER_REACH + _PASSIVE_FOUND
        places = [m for m in mentions_of(mentions, sentence.index) if m.place is not None
                  and any(0 < m.first - a <= reach for a in at) and specificity(m.place) < 4
                  and set(lowered[m.first - 2:m.first]) & (lexicon.words("place_preposition") | _IN_OR_NEAR)]
        fire = _fire_without_launch(sentences, sentence, groups, source_id)
        if not places or not fire:
            continue
        # (the finest; of two alike, one read as written before one heard by its sound: "in the al-Bayader farming area
        # outside the town of al-Baghdadi", where Bayader only sounds like Ba'adra)
        where = min(places, key=lambda m: (specificity(m.place), m.method in HEARD_METHODS))
        for g in fire[-1:]:
            if g.target is not None and g.target.id == where.place.id:
                continue
            g.launch = where.place
            g.evidence.append({"source_id": source_id, "start": sentence.start, "end": sentence.end,
                               "text": sentence.text})
        where.role, where.cue = "launch", "launcher"


def _fire_without_launch(sentences: list[Any], sentence: Any, groups: list[Draft], source_id: str) -> list[Draft]:
    """The fire told in the :data:`_LAUNCHER_SENTENCES` sentences before *sentence* with a target and no launch of its
    own, in the order told: what a launcher found or an origin told after it places."""
    starts = [s.start for s in sentences if s.start < sentence.start][-_LAUNCHER_SENTENCES:]
    return [g for g in _told_before(groups, source_id, sentence.start) if g.event_type in MUNITION_TYPES
            and g.launch is None and g.target is not None
            and any(e["source_id"] == source_id and e["start"] in starts for e in g.evidence)]


def origin_told_after(sentences: list[Any], mentions: list[Mention], groups: list[Draft], source_id: str) -> None:
    """ "Rockets hit the Green Village base on Friday. Local sources said the launches originated from militia
    positions around Mayadin": a sentence that tells no event, and tells where fire came from (``origin_phrase``: "originated
    from", "were launched from"), names the launch of the fire told just before: the first place after the phrase,
    within :data:`_ORIGIN_REACH` words. Only fire with no launch of its own, told at most :data:`_LAUNCHER_SENTENCES`
    sentences before."""
    with_events = _event_sentences(groups, source_id)
    origin = lexicon.word_phrases("origin_phrase")
    for sentence in sentences:
        told = origin.find(sentence.lowered) if sentence.start not in with_events else []
        if not told:
            continue
        end = told[0][1]
        places = [m for m in mentions_of(mentions, sentence.index) if m.place is not None
                  and 0 <= m.first - end <= _ORIGIN_REACH and specificity(m.place) < 4]
        fire = _fire_without_launch(sentences, sentence, groups, source_id)
        if not places or not fire or fire[-1].target.id == places[0].place.id:
            continue
        where = places[0]
        fire[-1].launch = where.place
        fire[-1].evidence.append({"source_id": source_id, "start": sentence.start, "end": sentence.end,
                                  "text": sentence.text})
        where.role, where.cue = "launch", " ".join(sentence.lowered[told[0][0]:end])


#: How many words after "originated from" the place fired from may stand ("from militia positions around Mayadin").
_ORIGIN_REACH = 5


def _first_link(lowered: Sequence[str]) -> int:
    """Where the first clause link of a sentence opens ("comes after", "in response to"; ``clause_link``): what follows
    tells an earlier event of its own. The sentence's length when it has none."""
    return min((start for start, _, _ in lexicon.word_phrases("clause_link").find(lowered)), default=len(lowered))


def place_of_the_attack_told_after(sentences: list[Any], mentions: list[Mention], groups: list[Draft],
                                   source_id: str) -> None:
    """ "An Israeli missile strike in central Syria killed five. SANA said a fire broke out near the town of Masyaf
    after the attack": a sentence that speaks of the attack told before it ("the attack", "the strike":
    ``event_anaphora``), or of the sites it hit or the damage it did (``damage_told``) with no event of its own, and
    names a town or site inside the area that draft targets names where it hit."""
    anaphora = lexicon.word_phrases("event_anaphora")
    with_events = _event_sentences(groups, source_id)
    for sentence in sentences:
        # (the sites told again only in a sentence of no event: "the Nevatim air base was among the main targets" is
        # a draft of its own beside the wave at Israel)
        # (nor the damage told after fire at an area, in a sentence of no event: "about 30 rockets were fired toward the
        # southern Golan. Several homes in Kidmat Zvi were lightly damaged")
        told_again = bool(anaphora.find(sentence.lowered))
        damage = not told_again and sentence.start not in with_events \
            and bool(set(sentence.lowered) & lexicon.words("damage_told"))
        if not told_again and not damage \
                and (sentence.start in with_events or not _sites_told_again(sentence.lowered)):
            continue
        told = [g for g in groups
                if min(e["start"] for e in g.evidence if e["source_id"] == source_id) < sentence.start]
        if not told:
            continue
        # the last draft's area, and those of its day told before it ("struck two sites in Syria and one in Iraq ...
        # The Syria targets lay near Albu Kamal, while the Iraq target was in the al-Qaim area")
        # (not a headline's wave at a country, kept beside the places the body drafts in it: drafts._headline_country_wave)
        wave = [g for g in told if g.date == told[-1].date and g.target is not None and specificity(g.target) >= 3
                and not g.headline]
        # (not a place of the earlier event a link opens: "The strikes were in response to KH's recent attacks,
        # including the attack on al-Asad Airbase on Jan. 20")
        link = _first_link(sentence.lowered)
        for draft in reversed(wave):
            # (damage told in a town of a region the fire was aimed at: the region's reach holds it)
            inside = [m for m in mentions_of(mentions, sentence.index) if m.place is not None and m.first < link
                      and specificity(m.place) <= 1 and (contains(draft.target, m.place)
                                                         or damage and told_in_area(draft.target, m.place))]
            if not inside or len({m.place.id for m in inside}) > 2:
                continue
            site = inside[0]
            site.role = "target"
            twin = next((g for g in groups if g is not draft and g.target is not None and g.target.id == site.place.id
                         and g.date == draft.date and family(g.event_type) == family(draft.event_type)), None)
            if twin is not None:
                # "US bombers struck sites in Iraq on Friday. The targets included al-Qaim and Akashat": the site has
                # its own draft of that day already, which the wave at the country joins (not a second draft there)
                absorb(twin, draft)
                groups.remove(draft)
                continue
            # (two sites listed: each hit, the second a draft of its own, its counts told once with the first: "The
            # targets were a training facility near Abu Kamal and a safe house near Mayadin")
            draft.evidence.append({"source_id": source_id, "start": sentence.start, "end": sentence.end,
                                   "text": sentence.text})
            other = next((m for m in inside if m.place.id != site.place.id), None)
            # (a list's second item, not the first's landmark: "In Gedera, a town close to the Tel Nof air base")
            if other is not None and set(sentence.lowered[site.last:other.first]) & lexicon.LIST_CONJUNCTIONS \
                    and not any(g.target is not None and g.target.id == other.place.id and g.date == draft.date
                                for g in groups):
                second = copy.deepcopy(draft)
                second.target, second.target_near = other.place, False
                second.fatalities, second.injured, second.munitions = [], [], []
                other.role = "target"
                groups.append(second)
            draft.target, draft.target_near = site.place, False


#: How many words may stand between "the" and the noun of the sites a strike hit ("the two targets", "the Syria
#: targets"; not "the strikes hit sites near al-Qaim", a clause of its own).
_BEFORE_THE_SITES = 1


def _sites_told_again(lowered: Sequence[str]) -> bool:
    """Whether a sentence speaks of the sites the strike told before hit, by "the", perhaps a count or a place's
    name, and a noun of sites (``sites_hit``): "the two targets across the frontier lay close to Albu Kamal"."""
    nouns = lexicon.words("sites_hit")
    return any(w in nouns and "the" in lowered[max(0, k - 1 - _BEFORE_THE_SITES):k] for k, w in enumerate(lowered))


def status_only(sentences: list[Any], events: list[EventMention], groups: list[Draft], source_id: str,
                 mentions: list[Mention]) -> None:
    """Claims, attributions, denials and disputes told outside any event sentence.

    "The Islamic Resistance in Iraq claimed the attack": the claim, and its
    claimant as the actor when the draft has none, go to the attack told last
    before the sentence ("claimed both attacks", "the attacks": every attack the
    report told before it); a denial or a dispute goes to the report's main incident.
    """
    if not groups:
        return
    with_events = _event_sentences(groups, source_id)
    main = max(groups, key=lambda g: (len(g.evidence), -groups.index(g)))
    plural = lexicon.words("claim_plural")
    for sentence in sentences:
        if sentence.start in with_events:
            continue
        cues = lexicon.statuses().find(sentence.lowered)
        found = {str(v) for _, _, v in cues}
        for status in ("claimed", "attributed", "denied", "disputed"):
            if status not in found:
                continue
            party = _party(sentence, status, next(c for c in cues if c[2] == status))
            told = _told_before(groups, source_id, sentence.start)
            if status in ("claimed", "attributed"):
                cue_at = next(c[0] for c in cues if c[2] == status)
                if _NEGATORS & set(sentence.lowered[max(0, cue_at - 5):cue_at]):
                    continue  # "No Iraqi group has claimed most of the summer attacks": a claim no one made
                if not set(sentence.lowered) & lexicon.words("claim_object"):
                    continue  # "Iraqi officials claimed the raid broke the law" names no attack it claims
                attacks = [g for g in told if family(g.event_type) != "strike"] or told
                if not attacks:
                    continue
                # "A militia claimed one of the attacks in Iraq": the attacks at the places the sentence names.
                named_places = [m.place for m in mentions_of(mentions, sentence.index) if m.place is not None]
                attacks = [g for g in attacks if g.target is not None and any(
                    p.id == g.target.id or contains(p, g.target) for p in named_places)] or attacks
                chosen = attacks if set(sentence.lowered) & plural else attacks[-1:]
                named = [a for _, a, state in actors_in(sentence, 0, len(sentence.tokens)) if not state]
            else:
                chosen, named = [main], []
            for g in chosen:
                if named and not g.actor:
                    g.actor = named[0]
                g.claims.append((source_id, status, f"{assertion(status, g)[:-1]}{party}, in a sentence of its own."))
                g.evidence.append({"source_id": source_id, "start": sentence.start, "end": sentence.end,
                                   "text": sentence.text})


#: Words that deny a claim to everyone before its verb ("No Iraqi group has claimed", "None of the factions claimed").
_NEGATORS = frozenset({"no", "none", "neither"})


def _party(sentence: Any, status: str, cue: tuple[int, int, Any]) -> str:
    """Who asserts a claim, denial or attribution told in a sentence of its own, for its claims row: " (claimed by
    the Islamic Resistance in Iraq)", " (denied by Iran)", " (attributed to militia by US officials)". The subject
    is the actor named before the cue, else the few words before it ("US officials"); blame goes to the actor after it."""
    first, last, _ = cue
    actors = actors_in(sentence, 0, len(sentence.tokens))
    before = [a for at, a, _ in actors if at < first]
    words = [t.text for t in sentence.tokens[:first]]
    who = before[-1] if before else (" ".join(words) if 0 < len(words) <= 4 else "")
    tokens = sentence.tokens
    if status != "attributed" and last < len(tokens) and tokens[last].text.lower() == "by":
        # the passive "responsibility was claimed by X": the agent after "by" asserts it
        agent = [a for at, a, _ in actors if at > last]
        who = agent[0] if agent else ""
    if status == "attributed":
        after = [(a, state) for at, a, state in actors if at >= last]
        # "blamed Iran-backed militias": the group, not the state that backs it
        blamed = next((a for a, state in after if not state), after[0][0] if after else "")
        return (f" (attributed{' to ' + blamed if blamed else ''}{' by ' + who if who else ''})"
                if blamed or who else "")
    return f" ({status} by {who})" if who else ""


def weapon_told_again(sentences: list[Any], groups: list[Draft]) -> None:
    """ "An Israeli air strike destroyed the consulate in Damascus. Syria said the missiles were fired from the Golan
    Heights": fire told again with "the" and aimed at no place of its own is the weapon of the strike told just
    before (within two sentences, with no launch of its own yet), whose launch it gives; not a second incident."""
    table = lexicon.trigger_table()
    for g in list(groups):
        if g.target is not None or g.launch is None or family(g.event_type) == "strike":
            continue
        lowered = sentences[g.order].lowered
        if not any(start > 0 and lowered[start - 1] == "the" and value.event_type in MUNITION_TYPES
                   for start, _, value in table.find(lowered)):
            continue
        prior = [h for h in groups if h is not g and family(h.event_type) == "strike" and h.launch is None
                 and 0 < g.order - h.order <= 2]
        if prior:
            strike = prior[-1]
            strike.launch = g.launch
            strike.evidence += g.evidence
            strike.claims += g.claims
            groups.remove(g)


def means_of_the_wave(groups: list[Draft], waves: Sequence[Draft] = ()) -> None:
    """ "The Turkish air operation in northern Syria went on today. Targets in the city of Qamishli are being hit one
    by one", "Israel began air strikes on Iran. ... Bases in the cities of Isfahan, Qom and Tabriz were also
    targeted": a draft told with no means ("other": hit, targeted) on the day of a strike from the air, missile or
    drone (or the day after: a campaign that "went on today") that the report told in the sentences just before
    (``_WAVE_SENTENCES``) at the same country (or a place holding it), with no fire of another kind told between, is
    that wave's: it takes its type, and its actor when it names none. Not a draft that names another actor, nor the
    striker's own side hit ("a US base in eastern Syria was attacked on Friday, after the US airstrikes").

    *waves* are the report's fire at a whole country ("The Guards say they have launched ballistic missiles at
    Israel"), told before even where no draft of its own was kept (it only joins what fits it): "Reports of an impact
    in Kfar Yona" after it is a missile's."""
    told = sorted(groups + [w for w in waves if not any(w is g for g in groups)], key=lambda h: h.order)
    for g in groups:
        if g.event_type != "other" or g.target is None or g.date is None or g.linked:
            continue  # (nor an attack a strike is told to answer: "The raid followed fresh attacks on Shaddadi")
        before = [h for h in told if h is not g and 0 < g.order - h.order <= _WAVE_SENTENCES and h.date is not None
                  and 0 <= (g.date - h.date).days <= 1 and h.target is not None]
        # (not the striker's own side hit: "a US base in eastern Syria was attacked on Friday, after the US airstrikes")
        # (nor a blast heard or an interception over a town in between: what the wave's fire made, not its means,
        # "Loud explosions over Jerusalem ... Reports of an impact in Hod HaSharon")
        same = [h for h in before if h.event_type not in _NO_MEANS
                and (h.target.country == g.target.country or contains(h.target, g.target))
                and not (g.target_actor and g.target_actor == h.actor) and not (g.actor and g.actor != h.actor)]
        if not same:
            # (a liveblog's entry far from the fire it tells of, "06:40 — Direct hit on a residential building in
            # Beersheba": the one kind of fire the report tells that day at that country, with no strike beside it)
            that_day = {h.event_type for h in told if h is not g and h.date == g.date and h.target is not None
                        and h.event_type not in _NO_MEANS
                        and (h.target.country == g.target.country or contains(h.target, g.target))}
            if len(that_day) == 1 and that_day <= MUNITION_TYPES and not g.actor and not g.target_actor:
                g.event_type = that_day.pop()
            continue
        last = same[-1]
        between = [family(h.event_type) for h in before if h.order > last.order and h.event_type not in _NO_MEANS]
        # a strike's wave, with no fire of another kind told between (its means are not the strike's); or the fire
        # the draft goes on from, with no strike told between ("Iran fired salvoes of missiles at Bat Yam ... The
        # attacks also targeted Rehovot")
        if last.event_type in _WAVE_TYPES and "attack" not in between \
                or last.event_type in MUNITION_TYPES and "strike" not in between:
            g.event_type = last.event_type
            g.actor = g.actor or last.actor


#: The types that tell no means of fire: untold, a blast, a downing.
_NO_MEANS = frozenset({"other", "explosion", "interception"})
#: How many sentences after a strike a draft with no means told may be of its wave.
_WAVE_SENTENCES = 6
#: The types of a state's wave of strikes.
_WAVE_TYPES = frozenset({"air_strike", "drone_strike", "missile_strike"})


#: How many words the noun phrase that opens a retelling may hold ("The joint US-British operation").
_RETOLD_NOUN_PHRASE = 5


def retells_an_event(lowered: list[str]) -> bool:
    """Whether a sentence opens on an event the report told before it: a definite noun phrase whose head is an attack
    noun ("The attack Friday wounded two", "The joint operation on Friday targeted ...", "The strikes, which came
    early Friday, hit ..."), not "another" or "a second" attack."""
    if not lowered or lowered[0] not in lexicon.words("anaphora"):
        return False
    phrase = lowered[1:1 + _RETOLD_NOUN_PHRASE]
    head = next((k for k, w in enumerate(phrase) if w in lexicon.words("retold_event")), None)
    return head is not None and not set(phrase[:head]) & lexicon.words("another_incident") \
        and all(w.isalpha() or w == "-" for w in phrase[:head])


def day_of_the_event(lowered: list[str], d: Any) -> bool:
    """Whether the date *d* of a sentence is a day's own attack, named as the day's ("Wednesday's strike", "Sunday's
    drone attack"): "'s" and at most two words before an attack noun, none of them "another" or "second"."""
    if not lexicon.possessive_at(lowered, d.last):
        return False
    after = lowered[d.last:d.last + 5]
    head = next((k for k, w in enumerate(after[2:5]) if w in lexicon.words("retold_event")), None)
    return head is not None and not set(after[2:2 + head]) & lexicon.words("another_incident")



#: How many sentences after a draft at an area the sites of its plural noun may be named.
SITES_TOLD_WITHIN = 2


def sites_of_the_area_told_after(sentences: list[Any], mentions: list[Mention], groups: list[Draft], source_id: str,
                                 kept: set[int] | None = None) -> list[Draft]:
    """ "Drone attacks targeted oil fields in the Kurdistan Region on Tuesday. Output stopped at the Tawke and
    Peshkhabour fields after the attacks": a draft at a region, province or country told as the area of a noun of
    sites ("oil fields in", "bases in", "a desert base in Jordan ... the installation known as Tower 22") is the sites
    of that kind lying in it that the next sentences name (as context): one draft each, in its place; the area stays
    context. Not fire aimed at a whole area (*kept*)."""
    kept = kept or set()
    result: list[Draft] = []
    for g in groups:
        area = g.target
        if area is None or id(g) in kept or (area.kind not in PROVINCE_KINDS and area.kind != "country") or g.linked \
                or any(e["source_id"] != source_id for e in g.evidence):
            result.append(g)
            continue
        kinds = kinds_of_the_noun_before(sentences, mentions, g)
        sites = [m for m in mentions if kinds and g.order < m.sentence <= g.order + SITES_TOLD_WITHIN
                 and m.role == "context" and m.place is not None and m.place.kind in kinds
                 and specificity(m.place) == 0 and told_in_area(area, m.place)]
        sites = list({m.place.id: m for m in sites}.values())
        if not sites:
            result.append(g)
            continue
        for k, m in enumerate(sites):
            d = copy.deepcopy(g)
            d.target, d.target_near = m.place, False
            if k:
                d.fatalities, d.injured, d.munitions = [], [], []  # counted once, with the first site
            sentence = sentences[m.sentence]
            d.evidence.append({"source_id": source_id, "start": sentence.start, "end": sentence.end,
                               "text": sentence.text})
            m.role = "target"
            result.append(d)
        for m in mentions_of(mentions, g.order):
            if m.place is not None and m.place.id == area.id and m.role == "target":
                m.role = "context"
    return result


def kinds_of_the_noun_before(sentences: list[Any], mentions: list[Mention], g: Draft) -> frozenset[str]:
    """The kinds of the noun told right before "in" the area a draft aims at ("oil fields in the Kurdistan Region",
    "a gas field in Iraqi Kurdistan": facility; "several towns in south Lebanon": town, village, city), else none (an
    area that names no sites of a kind in it: "killed in a drone attack in the Golan Heights")."""
    if g.target is None:
        return frozenset()
    # (in the sentence it was first told in, else in another of its evidence: "Drones struck oil fields in the Kurdistan
    # region on Wednesday. ... two drones hit an oil field in Zakho district")
    told = [g.order] + [s.index for s in sentences if s.index != g.order
                        and any(s.start <= e["start"] < s.end for e in g.evidence)]
    for order in told:
        lowered = sentences[order].lowered
        for m in mentions_of(mentions, order):
            if m.place is None or m.place.id != g.target.id or m.role not in ("target", "context"):
                continue
            at = m.first - 1
            while at > 0 and m.first - at <= _AREA_QUALIFIERS and lowered[at] not in ("in", "across") \
                    and (lowered[at] in ("the", "'s", "'", "’", "s") or lowered[at] in lexicon.DIRECTIONS
                         or sentences[order].tokens[at].text[:1].isupper()):
                at -= 1
            if at >= 1 and lowered[at] in ("in", "across"):
                noun = lowered[at - 1]
                kinds = frozenset(plural_kinds(noun) or singular_kinds(noun)) - {"governorate", "district", "region"}
                if kinds:
                    return kinds
    return frozenset()


#: How many words may stand between "in" and the area a noun is told in ("in Iraq's northern Kurdistan region").
_AREA_QUALIFIERS = 5
