"""One report's analysis: sentences → place mentions, events, roles and senses → merged drafts.

The steps of :mod:`geoincidents.extract` in order (:func:`analyse`), and
the drafts the event mentions make: one per event clause and target, with
the claims of the sentence, undated ones dated from the last dated event of
their kind, and a strike on "the launcher" aimed at the launch site of the
fire it answered. What the sentences that tell no event add is :mod:`asides`.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from types import SimpleNamespace
from typing import Any, Sequence

from gazetteer.errors import GazetteerError

from geoincidents.extract import lexicon
from geoincidents.extract.areas import (aimed_at_area, country_by_adjective, date_after, merge_keeping_areas,
                                        struck_country, title_sentence)
from geoincidents.extract.asides import (assertion, claimed_target, dated_after, mentions_of, retold_with_its_day,
                                         launcher_found, means_of_the_wave, origin_told_after,
                                         place_of_the_attack_told_after, site_dated_after,
                                         site_named_after, kinds_of_the_noun_before, sites_of_the_area_told_after,
                                         status_only, weapon_told_again)
from geoincidents.extract.affinity import evidence_says
from geoincidents.extract.counts import MUNITION_TYPES
from geoincidents.extract.dates import a_timeline_entry, clock_heading, dates_alone, filed_day, publication_day
from geoincidents.extract.drafts import (STATUS_ORDER, Draft, absorb, alone_in_the_report, family,
                                        sites_replace_their_region, within_km)
from geoincidents.extract.eventmention import EventMention
from geoincidents.extract.events import find_events
from geoincidents.extract.interceptions import clause_told, split_interceptions
from geoincidents.extract.mentions import Mention, find_mentions
from geoincidents.extract.names import is_descriptor
from geoincidents.extract.nesting import (BASE_KINDS, TOWN_OF_A_SITE_KM, contains, in_region_reach, on_days_apart,
                                          specificity)
from geoincidents.extract.roles import and_a_descriptor, assign_roles, fronted_place, sites_after_and
from geoincidents.extract.senses import settle_senses
from geoincidents.extract.text import sentences as split_sentences
from geoincidents.schema import EVENT_GROUPS

__all__ = ["analyse"]


def _country_by_adjective(event: EventMention, sentences: list[Any], gazetteer: Any) -> Any:
    """ "Air strikes on several Iranian nuclear facilities": the country, as the target of a clause that names no place
    (:func:`areas.country_by_adjective`), standing where the adjective does."""
    country = country_by_adjective(sentences[event.sentence].lowered, event.first, event.last)
    if country is None or gazetteer is None:
        return None
    place = gazetteer.resolve(country).place
    return SimpleNamespace(place=place, sentence=event.sentence, first=event.first, last=event.first, cue="", role="target")


def _drafts(events: list[EventMention], mentions: list[Mention], text: str, source_id: str,
            sentences: list[Any], aims: set[int] | None = None, gazetteer: Any = None,
            entries: dict[int, Mention] | None = None) -> list[Draft]:
    """One draft per event clause and target; the ids of the drafts aimed at a whole country or province go into *aims*.
    *entries*: the place of the entry each sentence of a tracker's entry lies in (:func:`_entry_places`)."""
    drafts = []
    title = title_sentence(text, sentences)
    for event in events:
        inside = [m for m in mentions_of(mentions, event.sentence) if event.first <= m.first < event.last]
        targets = [m for m in inside if m.role == "target" and m.place is not None] \
            or _where_sirens_sounded(event, mentions, sentences, events)
        if "denied" in event.statuses and all(specificity(m.place) >= 4 for m in targets):
            continue  # "reports of US strikes in Iraq that day are not true": a denial, told as a claim (status_only)
        launches = [m for m in inside if m.role == "launch" and m.place is not None]
        # (a place the fire came "from" before a state read as the launcher for opening the sentence)
        launch = min(launches, key=lambda m: (specificity(m.place), m.cue == "subject")) if launches else None
        # (a place told only as near "the airbase" is where the base told before lies: "attacking the airbase near the
        # town of al-Baghdadi")
        base = None if any(specificity(m.place) < 3 and not m.extra.get("near_a_site") for m in targets) \
            else _base_told_before(event, mentions, sentences, events)
        entry = (entries or {}).get(event.sentence)
        if base is None and targets and entry is not None \
                and all(contains(m.place, entry.place) and specificity(m.place) >= 3 for m in targets):
            # "29 Oct 2023 | SYRIA | Omar Oil Field ... Attack on the U.S. base there, the second attack of the day in
            # Syria": the entry's site, which the country or province its body names holds
            base = _entry_place(event, entry)
        if base is None and not targets:
            base = _place_told_before(event, mentions, sentences) or _town_told_before(event, mentions, sentences) \
                or _place_opening_the_sentence(event, mentions, sentences) or _entry_place(event, entry) \
                or _country_by_adjective(event, sentences, gazetteer) or _country_told_before(event, mentions, sentences,
                                                                                              launch)
        if base is not None:
            chosen = [base]  # "fired two rockets at the base": the base, not "US forces in Iraq" in the same clause
        elif targets:
            best = min(specificity(m.place) for m in targets)
            finest = [m for m in targets if specificity(m.place) == best]
            if best == 0:
                # "hitting the Natanz enrichment site and military targets in Tehran and Tabriz": towns far from
                # every site hit are targets of their own, not where the site lies; so is an area that holds none
                # of them ("on al-Asad air base in western Iraq and on three troop locations in Syria").
                # (a province only when it holds none: "Sanaa airport, as well as a cement factory in Amran province"
                # is two targets, though Amran's point lies within a town's reach of the airport)
                # (nor a town told as where a second thing hit is: "the port of Hodeidah and a cement plant in Bajil",
                # "power stations in Dhahban ..., along with a cement factory in Amran province"; nor a town told before
                # a second thing hit: "power plants near Sanaa were hit, along with a cement factory in Amran province")
                finest += [m for m in targets if specificity(m.place) >= 1
                           and not any((within_km(m.place, f.place, TOWN_OF_A_SITE_KM) and specificity(m.place) < 3
                                        and not m.extra.get("second_target") and not m.extra.get("facility_in")
                                        and not (f.extra.get("second_target") and f.first > m.last)
                                        and not _one_list(m, f, inside))
                                       or contains(m.place, f.place) or contains(f.place, m.place) for f in finest)]
            else:
                # "the Masyaf district and the military airport in the city of Deir Ezzor were attacked": a district
                # or province far from every town hit, holding none of them, is a target of its own.
                # (nor one listed with them, however near: "attacked sites in the Shebaa Farms, al-Motella, and
                # the Gesher Haziv": each a site of its own)
                # (nor one told as a second thing hit: "raid anche sulla città di Sweida e nelle campagne di Deraa")
                # (a country too, when the towns are told as some of the targets in it and another: "struck 85 targets
                # in Iraq and Syria, including positions in al-Qaim": Syria holds no town named, and was hit)
                lowered = sentences[event.sentence].lowered
                finest += [m for m in targets if (2 <= specificity(m.place) <= 3 or specificity(m.place) == 4 and any(
                               f.first > m.last and lexicon.word_phrases("inclusion").find(lowered[m.last:f.first])
                               for f in finest))
                           and not any((within_km(m.place, f.place, _reach(m.place)) and not _one_list(m, f, inside)
                                        and not m.extra.get("second_target"))
                                       or contains(m.place, f.place) or contains(f.place, m.place) for f in finest)]
            # (and an area told with a day of its own, apart from theirs: "near Albu Kamal on Oct. 27, in Deir ez-Zor
            # province on Nov. 8": another strike)
            finest += [m for m in targets if m not in finest and on_days_apart(m, finest, inside, event.own_dates)]
            # An area a list of the places hit is said to be in stays a target ("targets across Tehran, including
            # Evin": the city was hit, and the prison in it).
            areas = [m for m in targets if m not in finest and any(f.cue == "including" and f.first > m.first for f in finest)]
            if areas:
                finest = sorted(finest + areas, key=lambda m: m.first)
            chosen = _with_listed(sentences[event.sentence].lowered, targets, finest)
            chosen = _each_with_its_weapon(sentences[event.sentence].lowered, targets, chosen, event.event_type)
        else:
            chosen = [None]
        sentence = sentences[event.sentence]
        for k, target in enumerate(chosen):
            when, precision = date_after(event, target, chosen[k + 1] if k + 1 < len(chosen) else None) \
                if len(chosen) > 1 else (event.date, event.date_precision)
            # ("targeted the Koniko base with drones and the Harir base with rockets": each place its own weapon)
            own = _weapon_after(sentence.lowered, target) if len(chosen) > 1 and event.event_type in MUNITION_TYPES \
                else None
            draft = Draft(own or event.event_type, event.priority, when, precision, event.date_explicit,
                          target=None if target is None else target.place,
                          target_near=target is not None and told_near(target),
                          launch=None if launch is None else launch.place,
                          actor=event.actor, target_actor=event.target_actor, linked=event.linked, hung_after=event.hung_after,
                          sites_told=event.sites_told, told_apart=event.told_apart, told_earlier=event.told_earlier,
                          time_apart=event.time_apart, downed_over=event.downed_over,
                          date_notes=[event.date_note] if event.date_note else [], date_from=event.date_from,
                          date_entry=event.date_entry,
                          date_loose=event.date_loose, date_counted=event.date_counted, date_since=event.date_since,
                          date_background=event.date_background, told_past=event.told_past,
                          after_told=event.after_told)
            if event.munition_count is not None:
                n, plus = event.munition_count
                draft.munitions.append((n, plus, event.munitions))
            if event.fatalities is not None:
                draft.fatalities.append(event.fatalities)
            if event.injured is not None:
                draft.injured.append(event.injured)
            statuses = [s for s in event.statuses if s in STATUS_ORDER + ("denied", "disputed")] or ["reported"]
            draft.evidence.append({"source_id": source_id, "start": sentence.start, "end": sentence.end,
                                   "text": sentence.text})
            draft.claims += [(source_id, s, assertion(s, draft, event)) for s in dict.fromkeys(statuses)]
            draft.types.append((draft.event_type, event.priority))
            draft.told += [(kind, sentence.start) for kind in clause_told(event)]
            draft.outcome, draft.time, draft.timezone, draft.date_end = event.outcome, event.time, event.timezone, event.date_end
            for key in ("launched", "intercepted", "impacted"):
                if getattr(event, key) is not None:
                    draft.projectiles[key] = [getattr(event, key)]
            if len(chosen) > 1:
                draft.waves.add(f"{source_id}:{event.sentence}:{event.first}")
            draft.order = event.sentence
            draft.answers = event.first == 0 and sentence.lowered[:3] in (["in", "response", ","], ["in", "retaliation", ","])
            draft.extra_launcher = bool(lexicon.word_phrases("launcher").find(
                sentence.lowered[event.first:event.last]))
            if event.sentence == title:
                # The headline sums up what the body tells: it joins the body's drafts and dates none of its own.
                draft.linked, draft.date_explicit, draft.headline = True, False, True
            elif aims is not None and (aimed_at_area(event, target, sentence.lowered)
                                       or struck_country(event, targets, target)):
                aims.add(id(draft))
            drafts.append(draft)
    _counted_from_the_event_it_follows(drafts)
    _inherit(drafts)
    for d in drafts:
        if d.date is not None:
            d.dates.append((d.date, d.date_precision, source_id, 2 if d.date_explicit and not d.date_loose else 1))
    return drafts


def told_near(place: Mention) -> bool:
    """Whether *place* was told only as where the fire came down near: "near" or another word of ``near_cue`` in
    extract_words.csv ("close to", "près de", "قرب") is its cue."""
    return place.cue in lexicon.words("near_cue")


def _one_list(area: Mention, place: Mention, inside: list[Mention]) -> bool:
    """Whether *area* and *place* are items of one list of the clause *inside*: every mention after the first of them
    up to the second took its role from the item before it (``listed``)."""
    first, second = sorted((area, place), key=lambda m: m.first)
    chain = [m for m in inside if first.first < m.first <= second.first]
    return bool(chain) and all(m.extra.get("listed") for m in chain)


def _weapon_after(lowered: Sequence[str], target: Any) -> str | None:
    """The munition type told right after a place, after "with" ("the Harir base with rockets"), past where it lies
    ("the base at al-Malikiyah in Syria with a drone", "the Rumeilan base in the same area with rockets"), else
    None."""
    if target is None:
        return None
    at = target.last
    if lowered[at:at + 1] == ["in"]:
        at = next((k for k in range(at + 1, min(len(lowered), at + _WHERE_IT_LIES)) if lowered[k] in ("with", ",")),
                  at)
    if lowered[at:at + 1] != ["with"]:
        return None
    found = [f for s, _, f in lexicon.trigger_table().find(lowered[at + 1:at + 4])
             if s <= 1 and f.event_type in MUNITION_TYPES]
    return found[0].event_type if found else None


#: How many words after a place an "in" phrase of where it lies may take before "with" and its weapon ("in Iraq's
#: Kurdistan region with a drone").
_WHERE_IT_LIES = 8


def _reach(area: Any) -> float:
    """How far from its point an area named beside a finer place still holds it: a district its own drawn reach
    ("Jarban in Sanhan district, and Jabal an-Nabi Shu'ayb in Bani Matar district": Sanhan, 36 km away, is a target of
    its own), a province :data:`~.nesting.TOWN_OF_A_SITE_KM`."""
    if specificity(area) == 2 and area.precision_km:
        return max(float(area.precision_km), _DISTRICT_REACH_KM)
    return TOWN_OF_A_SITE_KM


#: The least reach of a district named beside a finer place (a district drawn smaller still holds its near villages).
_DISTRICT_REACH_KM = 15.0


#: Words that may stand between the targets of one list ("al-Tanf and Rukban", "al-Shaddadi, then Koniko", "in Erbil and
#: in northern Syria").
_LIST_WORDS = frozenset({",", "and", "or", "then", "as", "well", "also", "the", "a", "of", "in", "at", "on", "near",
                         "one", "another", "other", "second", "third", "fourth",  # "one in Jurf al-Sakhar and one in Anbar"
                         "-"}) | lexicon.DIRECTIONS | lexicon.LIST_JOINERS | frozenset({
    # and as other languages join a list of places hit: "im Kraftwerk in Chadera, am Flughafen Lod sowie im Hafen von
    # Aschdod", "à Haïfa ainsi qu'à Tel-Aviv", "en Saná así como en Hodeida"
    "im", "am", "beim", "an", "bei", "nahe", "sowie", "au", "aux", "à", "en", "dans", "près", "ainsi", "qu'", "así",
    "como", "nonché"})


def _with_listed(lowered: list[str], targets: list[Mention], chosen: list[Mention]) -> list[Mention]:
    """The chosen (finest) targets and every target listed beside one of them, one draft each: "positions at
    al-Tanf and Rukban" is the garrison and the town, though the garrison is the finer place. A listed place
    that contains or lies inside a chosen one is its container or a part of it, not another target; a descriptor
    word opening the next name joins the list as well ("the port of Hodeidah and the port of Salif")."""
    chosen = list(chosen)
    grew = True
    while grew:
        grew = False
        for m in targets:
            if m in chosen or any(c.place.id == m.place.id or contains(c.place, m.place) or contains(m.place, c.place)
                                  for c in chosen):
                continue
            # ("ثكنة برانيت وموقع المطلة": Arabic "and" joined to the next name's descriptor is "and")
            if any({"and" if and_a_descriptor(w) else "the" if is_descriptor(w) else w
                    for w in lowered[min(c.last, m.last):max(c.first, m.first)]} <= _LIST_WORDS
                   or c.last <= m.first and sites_after_and(lowered[c.last:m.first]) for c in chosen):
                chosen.append(m)
                grew = True
    chosen.sort(key=lambda m: m.first)
    return list({m.place.id: m for m in chosen}.values())


def _each_with_its_weapon(lowered: list[str], targets: list[Mention], chosen: list[Mention],
                          kind: str) -> list[Mention]:
    """ "struck the base at al-Malikiyah with a drone, targeted the Rumeilan base in the same area with rockets": a
    place told with a weapon of its own, other than that of the finer place it holds or lies near, is hit by another
    attack, not the container of the finer place."""
    if kind not in MUNITION_TYPES:
        return chosen
    weapon = {id(m): _weapon_after(lowered, m) for m in targets}
    kept = list(chosen)
    for m in targets:
        near = [c for c in chosen if contains(m.place, c.place) or contains(c.place, m.place)
                or within_km(m.place, c.place, TOWN_OF_A_SITE_KM)]
        if m not in kept and weapon[id(m)] and near and all(weapon[id(c)] and weapon[id(c)] != weapon[id(m)]
                                                           for c in near):
            kept.append(m)
    return sorted(kept, key=lambda m: m.first)


def _base_told_before(event: EventMention, mentions: list[Mention], sentences: list[Any],
                      events: Sequence[EventMention] = ()) -> Mention | None:
    """ "The base was also targeted by two drones on July 16": the base the report named last before this clause; for
    a force's strike, not one told where fire hit that force ("The action answers a rocket attack against U.S.
    personnel at Patrol Base Shaddadi. By hitting the site, CENTCOM aims ...": the site struck, not the base)."""
    clause = sentences[event.sentence].lowered[event.first:event.last]
    anaphora = lexicon.words("base_anaphora")
    # ("bombs on the underground facility": one word may stand between "the" and the site's noun)
    # (not a name before a field's noun: "the Khurmala field" is a field the gazetteer lacks, not the field told before)
    fields = lexicon.words("field_anaphora")
    clause = [w for k, w in enumerate(clause) if not (0 < k < len(clause) - 1 and clause[k - 1] == "the"
                                                       and w.isalpha() and f"the {clause[k + 1]}" in anaphora
                                                       and clause[k + 1] not in fields)]
    told = lexicon.word_phrases("base_anaphora").find(clause)
    if not told and clause[:2] in (["it", "was"], ["it", "had"], ["it", "has"]) and event.sentence > 0:
        # "The base ... was hit by a rocket on June 20. It was also attacked in May.": "it" opening the clause goes on
        # with the base the sentence before opened on.
        previous = sentences[event.sentence - 1].lowered
        told = [(start, end, x) for start, end, x in lexicon.word_phrases("base_anaphora").find(previous) if start == 0]
        # (so does a site named at its opening: "The Victory base near Baghdad airport was hit by rockets on January 2.
        # It was hit again on January 9.")
        named = next((m for m in mentions if m.sentence == event.sentence - 1 and m.place is not None
                      and m.place.kind in BASE_KINDS and m.first <= 1 and m.role == "target"), None)
        if not told and named is not None:
            return named
        clause = previous
    if not told:
        return None
    before = [m for m in mentions if m.place is not None and m.place.kind in BASE_KINDS
              and (m.sentence, m.first) < (event.sentence, event.first)]
    if EVENT_GROUPS.get(event.event_type) == "strike" and event.actor:
        before = [m for m in before if not any(e.sentence == m.sentence and e.first <= m.first < e.last
                                               and e.target_actor == event.actor for e in events)]
    # "The drone hit storage tanks at the field": the oil or gas field told last, not a base told after it.
    nouns = {clause[end - 1] for _, end, _ in told}
    if nouns <= fields:
        before = [m for m in before if fields & set(m.place.name.lower().split())]
    elif nouns <= lexicon.words("airport_anaphora"):
        before = [m for m in before if m.place.kind == "airport"]  # "the airport": the airport told last, not a base
    elif nouns <= lexicon.words("dam_anaphora"):
        before = [m for m in before if "dam" in m.place.name.lower().split()]  # "le barrage": the dam told last
    elif nouns <= lexicon.words("camp_anaphora"):
        # "ثاني ضربة تطال المخيم" 'the second strike to hit the camp': the camp told last, whatever its kind (a
        # refugee camp is an area)
        before = [m for m in mentions if m.place is not None and "camp" in m.place.name.lower().split()
                  and (m.sentence, m.first) < (event.sentence, event.first)]
    if before and nouns <= _BASE_NOUNS and before[-1].place.kind == "airport":
        # "rockets were aimed at the Victoria base near Baghdad International Airport ... the base intercepted them":
        # the base named with the airport it lies by, not the airport.
        named_with = [m for m in before if m.sentence == before[-1].sentence and m.place.kind != "airport"]
        if named_with:
            return named_with[-1]
    return before[-1] if before else None


#: The nouns of "the base", "the air base", "the garrison": a base, not the airport named beside it.
_BASE_NOUNS = frozenset({"base", "airbase", "garrison"})


#: The event types whose sirens tell where they were aimed: fire, and its interception.
_SOUNDED_FOR = MUNITION_TYPES | {"interception"}
#: At most this many words between a siren word and the place it sounded in ("sirens were activated in the Upper
#: Galilee").
_SIREN_REACH = 5


def _where_sirens_sounded(event: EventMention, mentions: list[Mention], sentences: list[Any],
                          events: Sequence[EventMention] = ()) -> list[Mention]:
    """ "Sirens sounded in Kiryat Shmona after rockets were launched from Lebanon": fire that names no place it hit,
    told in a sentence that has sirens (``siren`` in extract_words.csv) sound in named places, was aimed at them; they
    become the fire's targets (cue "sirens"); not when the sentence names a place the fire was aimed at. So are the
    sirens of the sentence just before, when it tells no event of its own, for fire told by where it came from ("Sirens
    sounded in Metula and Kfar Giladi. The army said a hostile aircraft launched from Lebanon was intercepted")."""
    if event.event_type not in _SOUNDED_FOR:
        return []
    if any(m.role == "target" and m.place is not None and m.cue != "sirens"
           for m in mentions_of(mentions, event.sentence)):
        return []  # "fired a missile toward Israel, setting off sirens in Tel Aviv; ... it was intercepted": Israel's
    index = event.sentence
    lowered = sentences[index].lowered
    sirens = [k for k, w in enumerate(lowered) if w in lexicon.words("siren")]
    launched = any(m.role == "launch" and m.place is not None and event.first <= m.first < event.last
                   for m in mentions_of(mentions, event.sentence))
    if not sirens and index and launched and not any(e.sentence == index - 1 for e in events):
        index -= 1
        lowered = sentences[index].lowered
        sirens = [k for k, w in enumerate(lowered) if w in lexicon.words("siren")]
    if not sirens:
        return []
    # (a place an earlier event of the sentence already took from the sirens is this one's too: "The blast came a
    # week after sirens sounded in Eilat following the infiltration of a drone")
    places = [m for m in mentions_of(mentions, index) if m.place is not None
              and (m.role == "context" or m.cue == "sirens") and (not m.cue or m.cue.split()[-1] in ("in", "sirens"))
              and not (m.extra.get("owner") or m.extra.get("metonym") or m.extra.get("qualifies_next"))]
    near = [m for m in places if any(0 < m.first - k <= _SIREN_REACH for k in sirens)]
    # (a country only where the sirens sounded nowhere finer: "set off sirens in central Israel", "in Israel")
    first = next((m for m in near if specificity(m.place) < 4), None) or next(iter(near), None)
    if first is None:
        return []
    listed = [first]
    places = [m for m in places if specificity(m.place) < 4 or m is first]
    for m in places[places.index(first) + 1:]:
        # (the list of places the sirens sounded in: "in Kiryat Shmona, Metula and Shlomi")
        if not set(lowered[listed[-1].last:m.first]) <= lexicon.LIST_JOINERS:
            break
        listed.append(m)
    for m in listed:
        m.role, m.cue = "target", "sirens"
    return listed


def _entry_places(sentences: list[Any], mentions: list[Mention], events: list[EventMention], text: str,
                  published: date | None) -> dict[int, Mention]:
    """ "16 July (Tue) — Ain al-Asad air base, Anbar province, Iraq. Two armed drones launched at night.": a tracker's
    or timeline's entry that opens its line on its day (:func:`dates.a_timeline_entry`) and names its place, with no
    event of its own, is where what the rest of its line tells happened: sentence index → the entry's place (the
    finest it names)."""
    told = {e.sentence for e in events}
    found: dict[int, Mention] = {}
    for s in sentences:
        if s.index in told or text[text.rfind("\n", 0, s.start) + 1:s.start].strip():
            continue
        places = [m for m in mentions_of(mentions, s.index) if m.place is not None and m.role != "launch"]
        # (and a liveblog's entry opened by its hour that tells where, with no one speaking: "05:40 — Another hit,
        # this time in Rishon LeZion. The missile landed in a quiet residential street")
        clocked = clock_heading(s.lowered) is not None and not set(s.lowered) & lexicon.words("speaker")
        if not places or not (clocked or a_timeline_entry(s, dates_alone(s, published))):
            continue
        best = min(places, key=lambda m: (specificity(m.place), m.first))
        k = s.index + 1
        # (and the lines right under an entry that is a line of its own, "29 Oct 2023 | SYRIA | Omar Oil Field", up to
        # a blank line or the next entry: "Attack on the U.S. base there.")
        alone = bool(re.match(r"[ \t]*\n", text[s.end:]))
        while k < len(sentences) and ("\n" not in (gap := text[sentences[k - 1].end:sentences[k].start])
                                      or alone and gap.count("\n") == 1
                                      and not a_timeline_entry(sentences[k], dates_alone(sentences[k], published))):
            found[k] = best
            k += 1
    return found


def _entry_place(event: EventMention, entry: Mention | None) -> Any:
    """The place of the tracker's entry a clause that names no place lies in, as its target
    (:func:`_entry_places`)."""
    if entry is None:
        return None
    return SimpleNamespace(place=entry.place, sentence=event.sentence, first=event.first, last=event.first, cue="",
                           role="target")


def _place_told_before(event: EventMention, mentions: list[Mention], sentences: list[Any]) -> Mention | None:
    """ "The group said it had also struck a vital target in the same area on Saturday": the target the report
    named last before this clause (an incident of its own when its day differs)."""
    clause = sentences[event.sentence].lowered[event.first:event.last]
    told = lexicon.word_phrases("same_place").find(clause)
    if not told:
        return None
    before = [m for m in mentions if m.place is not None and m.role == "target"
              and (m.sentence, m.first) < (event.sentence, event.first)]
    if clause[told[0][1] - 1] not in _WHOLE_AREAS:
        # "inside the same camp": the camp, town or site told last, not the district named after it
        before = [m for m in before if specificity(m.place) < 2] or before
    return before[-1] if before else None


def _place_opening_the_sentence(event: EventMention, mentions: list[Mention], sentences: list[Any]) -> Mention | None:
    """ "On the Golan Heights, fires broke out after rockets fell on open ground": the place the sentence opens with
    (:func:`~geoincidents.extract.roles.fronted_place`), where the fire of a later clause that names no place came
    down; it takes the target role."""
    m = fronted_place(sentences[event.sentence], mentions_of(mentions, event.sentence), event.first)
    if m is not None:
        m.role, m.cue = "target", "opens the sentence"
    return m


def _town_told_before(event: EventMention, mentions: list[Mention], sentences: list[Any]) -> Any:
    """ "Residents of Tamra ... Late on Saturday a missile struck a building in the town": the town, city or village
    the report named last before this clause (``town_anaphora``; not "the town of X", a name of its own), of the kind
    the noun names when one was ("a town near Haifa": Tamra, not Haifa), as the target of a clause that names no place."""
    clause = sentences[event.sentence].lowered[event.first:event.last]
    # (not a landmark told by a bearing or after "from": "fired from an area south of the city" is where the fire
    # came from)
    found = [(start, end) for start, end, _ in lexicon.word_phrases("town_anaphora").find(clause)
             if clause[end:end + 1] != ["of"] and not _landmark_of(clause, start)]
    nouns = {clause[end - 1] for _, end in found}
    if not nouns:
        return None
    # (a town the clause itself names before the noun counts: "Hodeidah residents said explosions were heard
    # throughout the city")
    at = event.first + found[0][0]
    before = [m for m in mentions if m.place is not None and m.place.kind in _TOWNS
              and not m.extra.get("owner") and not m.extra.get("metonym")
              and (m.sentence, m.first) < (event.sentence, at)]
    before = [m for m in before if m.place.kind in nouns] or before
    if not before:
        return None
    return SimpleNamespace(place=before[-1].place, sentence=event.sentence, first=event.first, last=event.first,
                           cue="", role="target")


_TOWNS = frozenset({"town", "city", "village"})


def _landmark_of(clause: Sequence[str], start: int) -> bool:
    """Whether the words before token *start* tell a bearing from it ("south of", ``bearing``) or a spot fired from
    it ("from an area south of the city")."""
    before = " ".join(clause[max(0, start - 3):start])
    return any(before.endswith(phrase) for phrase in lexicon.words("bearing")) or "from" in clause[max(0, start - 6):start]

#: The nouns of "the same area" that may point back at a district or province, not only a town or site.
_WHOLE_AREAS = frozenset({"area", "place", "location", "spot", "district", "site"})


def _country_told_before(event: EventMention, mentions: list[Mention], sentences: list[Any],
                         launch: Mention | None = None) -> Any:
    """ "US forces answered with strikes on three facilities the group uses inside the country": the country the
    report named last before this clause (``country_anaphora``), as the target of a clause that names no place; never
    the country the clause's fire came from ("drones trying to enter the country's airspace, launched from Israeli
    territory" do not aim at Israel). "Its arch-foe" (``foe_anaphora``) is the country named last that did not fire."""
    clause = sentences[event.sentence].lowered[event.first:event.last]
    foe = bool(lexicon.word_phrases("foe_anaphora").find(clause))
    if not foe and not lexicon.word_phrases("country_anaphora").find(clause):
        return None
    # (not a state that acts or owns: "the Quds Force of Iran's Guards ... strikes in the country's desert areas")
    # ("Israel had vowed to retaliate after Iran fired 200 missiles against its arch-foe": a foe is a state, so one
    # that acts counts, though never the side that fired)
    before = [m for m in mentions if m.place is not None and m.place.kind == "country"
              and (foe or not m.extra.get("owner") and not m.extra.get("metonym"))
              and (m.sentence, m.first) < (event.sentence, event.first)
              and (launch is None or launch.place is None or m.place.id != launch.place.id)
              and not (foe and m.place.name.lower() == (event.actor or "").lower())]
    if not before:
        return None
    return SimpleNamespace(place=before[-1].place, sentence=event.sentence, first=event.first, last=event.first,
                           cue="", role="target")


def _counted_from_the_event_it_follows(drafts: list[Draft]) -> None:
    """ "Houthis claimed their first attack since Israel's strike on Hodeidah on July 20 ... The attack is the first
    since Israel's attack on Hodeidah, which occurred a day after a drone hit Tel Aviv": a day counted back from an
    event the sentence tells undated, which the report dated before at the same place, is counted from that event's
    day (July 19), not from the day told last."""
    for d in drafts:
        if d.date_counted is None or not d.date_explicit or d.date is None:
            continue
        told = [o for o in drafts if o.order == d.order and o is not d and not o.date_explicit and o.target is not None]
        dated = [o for o in drafts if o.order < d.order and o.date_explicit and not o.linked and not o.date_loose
                 and o.date_precision == "day" and o.date is not None and any(_same_ground(o, t) for t in told)]
        if dated:
            d.date = dated[-1].date + timedelta(days=d.date_counted)


def _inherit(drafts: list[Draft]) -> None:
    """Undated drafts take the date of the last dated draft of their family (else of any); a strike on "the launcher" hits its launch site."""
    last: dict[str, Draft] = {}
    hung: dict[str, Draft] = {}
    background: dict[str, Draft] = {}  # the last dated draft told in the pluperfect, by family
    for at, d in enumerate(drafts):
        kin = family(d.event_type)  # (an interception is of the fire: "25 of them were intercepted" takes its day)
        if d.date_explicit and d.date_background and not d.date_since:
            background[kin] = background["any"] = d
        if d.date_explicit and (d.date_since or d.date_background):
            continue  # "since Saturday's strike on Iraq, the bases were hit": no later undated draft is of that day
        if d.date_explicit:
            if not d.linked:
                # (not a clause hung on another: "That came a day after US aircraft bombed Fordo" is an earlier event)
                last[kin] = last["any"] = d
            else:
                hung[kin] = d
        else:
            # (an attack whose weapon is untold is of no family yet: "the Zionist regime attacked with dozens of
            # fighter jets on Friday. In this aggression Natanz was targeted": the day told last, whatever its kind)
            told = last.get("any") if d.event_type == "other" else last.get(kin, last.get("any"))
            since = last.get("any")
            if told is not None and told.date_loose and since is not None and since.order > told.order \
                    and not since.date_loose and since.date_precision == "day" and told.date is not None \
                    and since.date is not None and 0 <= (told.date - since.date).days <= 1:
                # "The IRGC said early on Tuesday that it was behind a barrage on Erbil. ... Explosions shook the city
                # at 11:36 pm on Monday. Five missiles came down near the airport": the day told of the event itself
                # since, whatever its kind, not the day of a statement before it (that day or the day before it)
                told = since
            past = background.get(kin, background.get("any"))
            if d.told_past and past is not None and (told is None or past.order > told.order):
                # "Israël avait répliqué le jour même par deux vagues de frappes. Des raids avaient visé le village de
                # Toulin": the background told in the pluperfect goes on, of its day
                told = past
            link = next((p for p in reversed(drafts[:at]) if p.order == d.order and p.after_told
                         and p.date_carried), None) if d.after_told else None
            if link is not None:
                # "Hours after the strikes, the army said it had intercepted a missile": of the strikes' day, the
                # sentence's link told again (itself of the day of the last strike told)
                told = link
            elif d.after_told and d.target is not None:
                # "... hours after the Maysalun raid": the raid told before at that place, of its day
                told = next((p for p in reversed(drafts[:at]) if p.target is not None and p.target.id == d.target.id
                             and p.date is not None and (p.date_explicit or p.date_carried)), told)
            fire = last.get("attack")
            if d.extra_launcher and kin == "strike" and fire is not None and (told is None or fire.order > told.order):
                # "Hezbollah fired 90 rockets on Wednesday ... The army said its aircraft struck the launcher used in
                # one of the salvoes": the strike answers the fire told last, of its day, not an earlier strike's
                told = fire
            if told is not None and kin in hung and told.order <= hung[kin].order and not d.time \
                    and not _told_again_before(told, hung[kin]) and not _story_went_on(drafts, hung[kin], d) \
                    and not _compared_with(drafts, hung[kin]):
                # ... though its day is that of the next undated event of its group ("retaliation for a barrage Iran
                # fired on Oct 1, in which 200 missiles were fired at Israel"; "..., a day after Israeli strikes killed
                # 15. The rockets answered the Israeli strikes on Nabatieh": that day's strikes); not one told at an
                # hour of its own, which goes on with the story ("hit on Wednesday, a day after a similar attack
                # halted another field. At 06:00 two drones attacked Peshkabir": Wednesday)
                told = hung[kin]
            if d.date is not None and d.date_from is not None and (
                    told is None or d.date_from > told.order or (d.time and told.order < d.order)):
                # the day a sentence of no event or a heading told after the event told last, or before any ("On
                # Sunday the army ...", "Sunday, November 24"); or the day heading over a liveblog entry told at its
                # hour, after the event told last ("THURSDAY 19 OCTOBER ... 18:20 - ... of Wednesday ... 20:05 - drones
                # struck the Conoco field": Thursday's)
                d.date_carried = True
            elif told is not None:
                told = _past_told_back(drafts, told, d)
                d.date, d.date_precision, d.date_carried = told.date, told.date_precision, True
                if d.event_type == "other" and told.event_type != "other" and told.target is None:
                    # ... and of its kind: the places told after an event that named none are where it hit
                    d.types.append((told.event_type, told.priority))
                if _past_midnight(told, d):
                    d.date += timedelta(days=1)
                    d.date_notes.append(f"Date: told at {d.time} after an event at {told.time} on "
                                        f"{told.date.isoformat()}: read as the day after; {told.date.isoformat()} "
                                        "is possible")
            elif d.event_type == "other":
                # "Iran fired around 20 ballistic missiles. There were impacts in Holon": with no day told, the
                # places told after fire that named none are where it hit, of its kind all the same
                fire = next((p for p in reversed(drafts[:at]) if p.event_type != "other"), None)
                if fire is not None and fire.target is None and not fire.date_explicit:
                    d.types.append((fire.event_type, fire.priority))
    _lead_takes_the_day_told_next(drafts)
    for d in drafts:
        if (d.target is None or d.target.kind == "country") and d.extra_launcher and EVENT_GROUPS.get(d.event_type) == "strike":
            fired = [a for a in drafts if a.launch is not None and EVENT_GROUPS.get(a.event_type) == "attack"
                     and a.date is not None and d.date is not None and abs((a.date - d.date).days) <= 1]
            fired = [a for a in fired if d.target is None or d.target.id == a.launch.id or contains(d.target, a.launch)]
            if fired:
                d.target = min(fired, key=lambda a: (specificity(a.launch), abs(a.order - d.order))).launch


#: The hours an evening is told in, and the small hours after its midnight (HH:MM).
_EVENING, _SMALL_HOURS_END = "18:00", "06:00"


def _past_midnight(told: Draft, undated: Draft) -> bool:
    """Whether an undated draft told at a small hour, after an event of the day it takes told in the evening, is
    of the next day: "a barrage of rockets at 22:00 on Tuesday ... Israeli jets struck At Tiri around midnight"
    (the clock went round midnight; both clocks in one zone, the day told by a whole day)."""
    return (told.date is not None and told.date_precision == "day" and bool(undated.time) and bool(told.time)
            and undated.timezone == told.timezone and undated.time < _SMALL_HOURS_END and told.time >= _EVENING)


def _compared_with(drafts: list[Draft], hung: Draft) -> bool:
    """Whether the clause *hung* hangs on tells, undated, an event of its own kind ("This was the second direct attack
    by Iran, following the drone and missile attack of April 14"): the story's event told again, compared with the
    earlier one; the details told after are the story's, not the earlier event's."""
    return any(o.order == hung.order and not o.linked and not o.date_explicit
               and family(o.event_type) == family(hung.event_type) for o in drafts)


def _story_went_on(drafts: list[Draft], hung: Draft, undated: Draft) -> bool:
    """Whether other events were told in sentences between a hung clause's and an undated draft's: the undated one
    goes on with the story, not with the hung event ("... rockets on Monday in retaliation for Israeli strikes of the
    day before on villages. The rockets hit Jaatoun. ... An Israeli strike on Maaroub wounded 12": Monday). Not those
    that took the hung event's day themselves: they go on with its story ("... came two days after the heaviest
    barrage from Lebanon: on Thursday 34 rockets were fired. 25 were intercepted. In Shlomi a house was hit")."""
    return any(hung.order < o.order < undated.order and not (o.date_carried and o.date == hung.date) for o in drafts)


def _told_again_before(told: Draft, hung: Draft) -> bool:
    """Whether the clause hung on *told* is the same place hit before, in its sentence ("two new strikes on Hodeidah
    airport on Sunday, after a series of strikes targeted it on Saturday"): the story goes on from the later day,
    not the hung one. (A hung clause of another kind told at no place is another event: "fired rockets at Kiryat
    Shmona on Thursday, a day after Israeli strikes killed 15".)"""
    return told.order == hung.order and (_same_ground(told, hung) if hung.target is not None
                                         else family(told.event_type) == family(hung.event_type))


#: How many days before the report's first dated event a day told later is the past, not the story's.
_PAST_DAYS = 7


def _past_told_back(drafts: list[Draft], told: Draft, undated: Draft) -> Draft:
    """The draft an undated one takes its day from: the last dated draft told before it (*told*), unless that told
    the past, more than :data:`_PAST_DAYS` days before the story the report opened on, and the undated draft is told
    sentences after it ("Israel had vowed to retaliate after October 1, when Iran fired about 200 missiles. ... Hezbollah
    said it had fired rockets near Aita al-Shaab": the day of the report's story, not October 1)."""
    lead = next((o for o in drafts if o.date_explicit and not o.linked and o.date is not None), None)
    # (the story of the past goes on through the undated drafts that took its day: "Iran fired missiles at Israel on
    # October 1. Several warheads fell inside Nevatim Air Base. Other missiles landed in Gedera": October 1)
    went_on = max((o.order for o in drafts if o.date_carried and o.date == told.date and o.order < undated.order),
                  default=told.order)
    if lead is None or lead is told or told.date is None or told.order <= lead.order \
            or undated.order - max(told.order, went_on) < 2:
        return told
    return lead if (lead.date - told.date).days > _PAST_DAYS else told


#: How many sentences before the first dated event of its kind an undated lead may stand and take its day.
_LEAD_WITHIN = 3


def _lead_takes_the_day_told_next(drafts: list[Draft]) -> None:
    """ "The strikes targeted a training facility near al-Mayadeen. US airstrikes targeted sites in Deir Ezzor on
    Sunday night": an event the report tells undated before it has dated any (a standfirst sums up the story) is the
    first event of its kind it dates next at the same place or one holding it, a day or two before the publication
    day, when that follows within :data:`_LEAD_WITHIN` sentences; not a clause hung on another, nor a day a statement
    was made. ("The group said it targeted al-Tanf. ... Rmelan was targeted on Tuesday": another attack.)"""
    for d in drafts:
        if d.date_explicit or d.date_carried or d.date_from is not None or d.date is None:
            continue
        if any(o.date_explicit and o.order <= d.order for o in drafts):
            return  # (a draft after a dated one took its day from it, _inherit)
        kin = family(d.event_type)
        # (or one that names no place at all, told right after it with no other event between: "Akar said the
        # operation had been launched in the Metina and Zap regions. It began last night with an intense air
        # operation")
        told = next((o for o in drafts if o.date_explicit and not o.linked and not o.date_loose and o.order > d.order
                     and (family(o.event_type) == kin or d.event_type == "other")
                     and (_same_ground(o, d) or not o.places() and not any(
                         d.order < x.order < o.order or x.order == o.order and x is not o for x in drafts))), None)
        if told is not None and told.date_precision == "day" and told.order - d.order <= _LEAD_WITHIN \
                and told.date is not None and 0 < (d.date - told.date).days <= 2:
            d.date, d.date_precision, d.date_carried = told.date, "day", True


def _same_ground(one: Draft, other: Draft) -> bool:
    """Whether the two drafts' targets are one place or one holds the other."""
    a, b = one.target, other.target
    return a is not None and b is not None and (a.id == b.id or contains(a, b) or contains(b, a))


#: How far blasts heard during an attack may be from its target and still be that attack (Doha and Al Udeid: 30 km).
_HEARD_KM = 60.0


def _week_gone(draft: Draft, published: date | None) -> bool:
    """Whether *draft* is dated to a week over before the report's day ("last week", "about a week ago"): one
    earlier event, not a summary of the days up to the report ("this week", "in recent days")."""
    return (draft.date_precision == "week" and published is not None and draft.date is not None
            and draft.date + timedelta(days=6) < published)


def _told_once(groups: list[Draft], published: date | None = None) -> list[Draft]:
    """The drafts an analyst wants from one report: no draft without a place ("last week the group said it hit a
    target"), none for a summary of a week or month of attacks on a whole country when the report tells others
    ("came under attack at three bases in Iraq and Syria this week", "since February, when US forces hit targets
    in Iraq"; not one earlier attack a clause hung on another tells in a part of a month, "weeks after Iran fired
    180 missiles at Israel in early October"), and no explosion of its own where a strike of that day at that place is told ("explosions were
    heard in Tehran" during the strikes on Tehran Province: the strike), or where blasts were heard near the target
    of an attack that day ("loud blasts were heard over Doha" as missiles flew at Al Udeid)."""
    kept = [g for g in groups if g.places()]
    # (not one attack told with its dead: "In January, Kataib Hezbollah carried out a drone attack on US service members
    # in Jordan that killed three Americans")
    summaries = [g for g in kept if g.date_precision in ("week", "month") and all(specificity(p) >= 4 for p in g.places())
                 and not (g.linked and g.date_end is not None) and not _week_gone(g, published) and not g.fatalities]
    if len(summaries) < len(kept):
        kept = [g for g in kept if g not in summaries]
    result = []
    for g in kept:
        strikes = [s for s in kept if s is not g and EVENT_GROUPS.get(s.event_type) == "strike" and s.date == g.date
                   and g.target is not None and s.target is not None
                   and (s.target.id == g.target.id or (max(specificity(s.target), specificity(g.target)) < 4 and (
                       contains(s.target, g.target) or contains(g.target, s.target))))]
        told_heard = evidence_says(g, "heard")
        heard = [a for a in kept if a is not g and a.date is not None and g.date is not None
                 and abs((a.date - g.date).days) <= 1 and a.event_type != "explosion" and a.target is not None
                 and g.target is not None and within_km(a.target, g.target, _HEARD_KM) and told_heard]
        if g.event_type == "explosion" and (strikes or heard):
            # "loud blasts were heard over Doha" as Iran's missiles flew at Al Udeid: the attack, not a blast of its own.
            # A blast told at a place inside the province struck (not one only heard there) is where the strike hit.
            # Blasts heard in a city inside the region an attack was aimed at ("missiles at targets in the Kurdistan
            # region ... explosions were heard in Erbil") tell where it came down: the city is the attack's target.
            into = (strikes or heard)[0]
            finer = not strikes and g.target is not None and into.target is not None \
                and specificity(into.target) >= 3 and specificity(g.target) < 3 \
                and (contains(into.target, g.target) or in_region_reach(into.target, g.target))
            absorb(into, g, typed=False, ends=(bool(strikes) and not told_heard) or finer)
            continue
        result.append(g)
    return result


def _one_actor_per_wave(groups: list[Draft]) -> None:
    """The targets of one clause were hit by one fire: "The United States struck 85 targets. B-1 bombers struck sites
    near al-Qaim and Akashat": the drafts that joined the first sentence know it was the US, and so does the rest of
    that clause's list; "Iran fired missiles at Israel. Missiles hit Tel Aviv and Ramat Gan": both were fired from
    Iran. A wave whose drafts name two different actors (or launches) is left as told."""
    for wave in sorted({w for g in groups for w in g.waves}):
        members = [g for g in groups if wave in g.waves]
        actors = {g.actor for g in members if g.actor}
        if len(actors) == 1:
            actor = actors.pop()
            for g in members:
                g.actor = g.actor or actor
        launches = {g.launch.id: g.launch for g in members if g.launch is not None}
        if len(launches) == 1:
            launch = next(iter(launches.values()))
            for g in members:
                if g.launch is None and (g.target is None or g.target.id != launch.id):
                    g.launch = launch


def _drones_of_an_air_force(groups: list[Draft]) -> None:
    """ "Turkish warplanes and drones pounded north-east Syria ... In Qamishli, drones targeted Asayish posts": drones
    whose actor is an air force (:func:`lexicon.air_forces`: Turkey, the US, Israel; named in their clause or lent by
    the wave they are told in) that the report tells striking in the same country are its armed drones, a drone
    strike, not a group's drone fire (not drones at "a base that hosts US forces", whose forces are no striker there;
    nor drones told by no one in a report whose only actor is an air force: often the fire it answered)."""
    struck = {(g.actor, g.target.country) for g in groups
              if EVENT_GROUPS.get(g.event_type) == "strike" and g.actor and g.target is not None}
    for g in groups:
        if g.event_type == "drone_attack" and g.actor in lexicon.air_forces() and g.launch is None \
                and g.target is not None and (g.actor, g.target.country) in struck:
            g.event_type = "drone_strike"


#: The kinds of a military base (not an airport, a dam or a field: "a drone strike near Baghdad airport" may be a
#: state's).
_MILITARY_BASES = frozenset({"air_base", "military_base"})


def _drones_of_no_one(groups: list[Draft]) -> None:
    """Whose drone it was when the report names no one who flew it, by what it hit.

    - "Six of these were drone strikes on the Asad airbase", "a drone strike on a base in Syria": a drone strike on a
      military base in the lands of the fire at US forces (``drone_fire_country`` in extract_words.csv: Iraq, Syria,
      Jordan), on an oil or gas field or plant in Iraq (the Kurdistan fields' one-way drones), or on any place in
      Israel is drone fire (``drone_attack``), the groups' one-way drones, not a state's armed drone striking from
      the air (:func:`cues.drone_kind` keeps "a drone strike killed a commander", a strike by whom untold, where no
      place says whose fire it was);
    - "a drone of unknown origin struck the headquarters of an Iran-backed armed group": a drone that hit an armed
      group (its target actor one of ``lexicon.group_actors``) at a place in Iraq or Syria that is no military base
      is a state's armed drone striking it (``drone_strike``): the groups fly their drones at US bases, not at one
      another (not a drone downed on its way: "the coalition destroyed a Houthi drone aimed at Abha airport" is the
      group's)."""
    countries = lexicon.words("drone_fire_country")
    groups_hit = lexicon.group_actors()
    for g in groups:
        if g.actor:
            continue
        if g.event_type == "drone_strike" and g.target is not None \
                and (g.target.kind in _MILITARY_BASES and g.target.country.lower() in countries
                     or g.target.kind == "facility" and g.target.country == "IQ" or g.target.country == "IL"):
            g.event_type = "drone_attack"
        elif g.event_type == "drone_attack" and g.target_actor in groups_hit and not g.outcome \
                and g.target is not None and g.target.country.lower() in countries and g.target.country != "JO" \
                and g.target.kind not in _MILITARY_BASES:
            g.event_type = "drone_strike"


def analyse(text: str, *, published: date | datetime | None, source_id: str,
            gazetteer: Any) -> tuple[list[Mention], list[Draft]]:
    sentences = split_sentences(text)
    mentions = find_mentions(sentences, gazetteer)
    # Senses are not settled yet: each mention's best candidate names its country (the zone a timestamp is read in).
    stamped = isinstance(published, datetime)  # a time of day with the publication date
    published = publication_day(published, [m.candidates[0].country for m in mentions if m.candidates])
    published = filed_day(sentences, published) or published  # "صنعاء أول أبريل 2025 (شينخوا)": the day filed
    events, clauses = find_events(sentences, published=published, stamped=stamped)
    by_clause = {(e.sentence, e.first): e for e in events}
    attack_of: dict[int, bool] = {}
    struck_of: set[int] = set()  # the mentions of a clause that tells a strike
    for sentence, sentence_clauses in zip(sentences, clauses):
        inside = mentions_of(mentions, sentence.index)
        found = [by_clause.get((sentence.index, first)) for first, _ in sentence_clauses]
        assign_roles(sentence, inside, sentence_clauses, [bool(e and e.firing) for e in found],
                     [e is not None for e in found], [e.own_dates if e else () for e in found])
        for (first, last), event in zip(sentence_clauses, found):
            for m in inside:
                if first <= m.first < last:
                    attack_of[id(m)] = bool(event) and EVENT_GROUPS.get(event.event_type) in ("attack", "interception")
                    if event and EVENT_GROUPS.get(event.event_type) == "strike":
                        struck_of.add(id(m))
    settle_senses(sentences, mentions, attack_of, gazetteer, struck_of)
    aims: set[int] = set()
    entries = _entry_places(sentences, mentions, events, text, published)
    drafts = _drafts(events, mentions, text, source_id, sentences, aims, gazetteer, entries)
    groups = merge_keeping_areas(drafts, aims)
    if not any(g.target is not None for g in groups):
        groups += alone_in_the_report(drafts)
    claimed_target(sentences, mentions, groups, source_id)
    groups = _told_once(groups, published)
    groups = sites_replace_their_region(groups, aims, lambda g: kinds_of_the_noun_before(sentences, mentions, g))
    groups = sites_of_the_area_told_after(sentences, mentions, groups, source_id, aims)
    status_only(sentences, events, groups, source_id, mentions)
    dated_after(sentences, groups, source_id, published)
    retold_with_its_day(sentences, groups, source_id, published)
    site_dated_after(sentences, mentions, groups, source_id, published)
    _one_actor_per_wave(groups)
    _drones_of_an_air_force(groups)
    _drones_of_no_one(groups)
    site_named_after(sentences, mentions, groups, source_id)
    place_of_the_attack_told_after(sentences, mentions, groups, source_id)
    launcher_found(sentences, mentions, groups, source_id)
    origin_told_after(sentences, mentions, groups, source_id)
    fired_from_home(groups, gazetteer)
    aimed_as_the_same_fire(groups, gazetteer)
    weapon_told_again(sentences, groups)
    means_of_the_wave(groups, [d for d in drafts if id(d) in aims])
    directed_regions(mentions, groups)
    return mentions, split_interceptions(groups)


def fired_from_home(groups: list[Draft], gazetteer: Any) -> None:
    """ "Iranian missiles struck the Nevatim air base", "missiles fired by Iran", "the IRGC fired missiles at Tel Aviv":
    the missiles of a state force that strikes with missiles (``strikes_with`` in extract_actors.csv) came from its
    country, as "Iran fired missiles at Israel" tells outright, when the text names no other launch and the target
    lies outside that country; so the missiles and drones of a group that fires abroad from one country only
    (extract_actor_homes.csv: "the Houthis fired a missile at Tel Aviv" came from Yemen). The launch is the whole
    country (an area end), and the draft's notes say so."""
    forces, homes = lexicon.missile_forces(), lexicon.actor_homes()
    for g in groups:
        if g.launch is not None or g.target is None:
            continue
        if g.actor in homes and g.event_type in homes[g.actor][1]:
            # "the Houthis fired a missile at Tel Aviv": a group that fires abroad from one country only
            home = gazetteer.get(homes[g.actor][0])
        elif g.event_type == "missile_attack" and g.actor in forces:
            try:
                home = gazetteer.resolve(g.actor, kind="country").place
            except GazetteerError:  # a force the gazetteer holds no country for
                continue
        else:
            continue
        if home.kind == "country" and g.target.country != home.country:
            g.launch = home
            g.launch_note = f"Launch: {home.name} as a whole, the country of the force that fired ({g.actor})"


def aimed_as_the_same_fire(groups: list[Draft], gazetteer: Any) -> None:
    """ "On Thursday the Houthis launched two missiles at Israel ... On Sunday, another missile launched from Yemen was
    shot down": fire told only by where it came from, when every other fire of its family the report tells from that
    country was aimed at one and the same other country, was aimed there too; its target is that country as a whole
    (an area end), and the draft's notes say so."""
    for g in groups:
        if g.target is not None or g.launch is None:
            continue
        kin = [o.target.country for o in groups if o is not g and o.target is not None and o.launch is not None
               and o.launch.country == g.launch.country and family(o.event_type) == family(g.event_type)]
        aimed = set(kin)
        if len(aimed) != 1 or g.launch.country in aimed:
            continue
        places = gazetteer.places
        ids = places.id[(places.kind == "country") & (places.country == next(iter(aimed)))]
        if len(ids) == 1:
            g.target = gazetteer.get(ids.iloc[0])
            g.target_note = (f"Target: {g.target.name} as a whole, where the report's other fire from "
                             f"{g.launch.name} was aimed")


def directed_regions(mentions: list[Mention], groups: list[Draft]) -> None:
    """A country told with a direction word that names a region of it ("southern Lebanon", "sud du Liban": South
    Lebanon; :meth:`gazetteer.resolver.Resolver._directed_province`) is that region in the places and in the drafts
    whose evidence tells it, once every rule has read it as the country it lies in (a list of villages "in southern
    Lebanon" is where they lie, as "in Lebanon" is)."""
    directed = [m for m in mentions if m.place is not None and "directed_region" in m.extra]
    for g in groups:
        spans = [(e["start"], e["end"]) for e in g.evidence]
        for end in ("target", "launch"):
            place = getattr(g, end)
            # (the mention that gave that end: not "the village of Froun in southern Lebanon" told in the same
            # evidence as rockets fired "from Lebanon")
            told = [m for m in directed if m.place is place and m.role == end and any(a <= m.start < b for a, b in spans)]
            if told:
                setattr(g, end, told[0].extra["directed_region"])
    for m in directed:
        m.place = m.extra["directed_region"]
