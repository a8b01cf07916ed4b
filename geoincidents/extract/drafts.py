"""Draft incidents: event mentions grouped into one draft per incident, within and across reports.

Whether two drafts are the same incident is :mod:`.affinity` (their family,
dates, ends and shared places; the same day within one report, a day apart
across reports since outlets differ on Saturday vs Sunday; a week or month
contains its days). A draft whose date was only inherited from the text
before it takes the date of the draft it joins.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable

from geoincidents.ends import PRECISION_OF_KIND
from geoincidents.extract import lexicon
from geoincidents.extract.affinity import (affinity, days_apart, downed_over_a_third_country, evidence_says, family,
                                           one_site_told_twice, within_km)
from geoincidents.extract.counts import MUNITION_TYPES as _ATTACK_TYPES
from geoincidents.extract.nesting import PROVINCE_KINDS, contains, in_region_reach, specificity, told_in_area
from geoincidents.spans import COUNTRY_ZONES, day_at

__all__ = ["Draft", "absorb", "downed_over_a_third_country_that_day", "family", "merge_drafts", "sites_replace_their_region", "within_km", "STATUS_ORDER", "SPECIFIC_PRIORITY", "EVENT_LABELS"]

#: How an event type reads in a sentence (notes and claim assertions).
EVENT_LABELS = {"rocket_attack": "rocket fire", "missile_attack": "missile attack", "drone_attack": "drone attack",
           "artillery": "artillery fire", "air_strike": "air strike", "drone_strike": "drone strike",
           "missile_strike": "missile strike", "explosion": "explosion", "interception": "interception",
           "other": "incident"}

#: Triggers at or above this priority (extract_triggers.csv) name the event type outright.
SPECIFIC_PRIORITY = 72

#: Which status of a source's claims speaks for an incident when its claims agree.
STATUS_ORDER = ("confirmed", "claimed", "attributed", "reported")


@dataclass
class Draft:
    """One draft incident and everything it rests on."""

    event_type: str
    priority: int
    date: date | None
    date_precision: str
    date_explicit: bool
    target: Any = None
    target_near: bool = False
    launch: Any = None
    actor: str = ""
    target_actor: str = ""
    munitions: list[tuple[int, bool, str]] = field(default_factory=list)
    fatalities: list[int] = field(default_factory=list)
    injured: list[int] = field(default_factory=list)
    claims: list[tuple[str, str, str]] = field(default_factory=list)  # (source_id, status, assertion)
    evidence: list[dict[str, Any]] = field(default_factory=list)  # source_id, start, end, text
    dates: list[tuple[date, str, str, int]] = field(default_factory=list)  # (date, precision, source_id, weight: 2 told, 1 inherited)
    types: list[tuple[str, int]] = field(default_factory=list)  # (event type, trigger priority) of every mention
    order: int = 0  # sentence index of the first mention (within one report)
    extra_launcher: bool = False  # the clause strikes "the launcher"
    linked: bool = False  # told in a clause hung on another ("in retaliation for the attack on X")
    hung_after: bool = False  # ... by a plain "after" or "following" (not "days after", not "in retaliation for")
    headline: bool = False  # told in the report's headline, which sums up the body
    sites_told: bool = False  # the clause counts the sites it hit in an area ("three locations in Syria")
    told_apart: bool = False  # its clause tells another incident before its event word ("have also hit ... in Syria")
    told_earlier: bool = False  # ... an earlier one, though it names no place ("avait déjà revendiqué une attaque")
    time_apart: bool = False  # its clause opens on another moment ("A few hours earlier", "At the same time")
    downed_over: bool = False  # intercepted over a town, or debris that fell on it, during a barrage
    outcome: str = ""  # "intercepted", "partly intercepted" (see cues.intercepted_attack)
    projectiles: dict[str, list[tuple[int, bool]]] = field(default_factory=dict)  # launched/intercepted/impacted told
    time: str = ""  # HH:MM as told, and its zone ("" local at the target)
    timezone: str = ""
    date_end: date | None = None
    waves: set[str] = field(default_factory=set)  # one clause striking several targets: one wave (group_id)
    date_carried: bool = False  # undated in its clause, dated by an event the text told before it
    date_notes: list[str] = field(default_factory=list)  # other days a careful reader could pick, and why
    launch_note: str = ""  # how a launch the text gives only by its force was read ("Iranian missiles": from Iran)
    target_note: str = ""  # how a target the text gives only by the fire's other tellings was read (analyse)
    date_from: int | None = None  # undated: the sentence of no event that told its day ("On Sunday the army ...")
    date_entry: bool = False  # ... and that sentence opens a timeline's entry ("NOV. 17 — Three attacks in one
    # day."): the day is its own
    date_loose: bool = False  # its day is not its own: a statement's ("the Pentagon confirmed on Tuesday"), or a bound
    date_counted: int | None = None  # its day counted back from the day told last ("came a day after ...")
    date_since: bool = False  # its day is what a run is counted from: it lends no undated draft its day
    date_background: bool = False  # its day is a background's, told in the pluperfect: it lends no undated draft its day
    told_past: bool = False  # told in the pluperfect: an undated one goes on with the background told just before
    after_told: bool = False  # undated, in or after a clause opened by "hours after" ("Hours after the strikes,")
    told: list[tuple[str, int]] = field(default_factory=list)  # (interceptions.clause_told kind, evidence start)
    answers: bool = False  # its sentence opens on "In response," or "In retaliation,": fire that answers the one told
    pair_of: Any = None  # the attack an interception draft was split from, or that interception (see interceptions)
    landmark: Any = None  # the place it was first told near, before a site within reach was named ("close to the
    # airport ... struck the Victory Base")

    @property
    def weak(self) -> bool:
        """Undated in its own words (the day of the timeline's entry it is told in counts as its own) and naming no
        place finer than a country: it can only join another draft.

        Not so a clause that counts the sites it hit in a country ("They also hit three locations in Syria"):
        that area is the target of a draft of its own, and so is a country a clause tells as another incident
        ("the Guards said they had also hit the Islamic State group in Syria")."""
        dated = self.date_explicit or self.date_entry
        return not dated and (self.linked or (all(specificity(p) >= 4 for p in self.places())
                                              and not ((self.sites_told or self.told_apart or self.time_apart)
                                                       and self.target is not None)))

    @property
    def sources(self) -> list[str]:
        return list(dict.fromkeys(e["source_id"] for e in self.evidence))

    def places(self) -> list[Any]:
        return [p for p in (self.target, self.launch) if p is not None]


def _means_untold(draft: Draft) -> bool:
    """Whether every telling of *draft* left its means untold (its types are all "other")."""
    return bool(draft.types) and all(t == "other" for t, _ in draft.types)


def _fire_between(draft: Draft) -> bool:
    """Whether *draft* is fire told with both its ends, one place to another, in a clause hung on nothing."""
    return (draft.launch is not None and draft.target is not None and draft.launch.id != draft.target.id
            and not draft.linked and family(draft.event_type) == "attack")


def _within_span(group: Draft, other: Draft) -> bool:
    """Whether *other* is dated, on its own words, to one day inside the span of days *group* is dated to."""
    return (group.date_end is not None and group.date is not None and other.date is not None
            and other.date_end is None and other.date_explicit and not other.date_loose
            and other.date_precision == group.date_precision == "day" and group.date <= other.date <= group.date_end)


def _headline_country_wave(draft: Draft, groups: list[Draft]) -> date | None:
    """The day of a headline's fire at a whole country ("Iran launches a second wave of missile attacks on Israel")
    over a body that drafts only places in that country on that day (Tel Aviv, Rishon LeZion): an incident of its own,
    the wave at the country beside the places it hit, as a body that tells the barrage at the country drafts it ("Iran
    fired about 180 missiles at Israel ... several struck the Nevatim air base"). The headline dates nothing of its
    own: its day is the day of the first place the body drafts hit in that country ("Iran fires over 180 missiles at
    Israel" published the morning after the barrage of Tuesday evening). None when it is no such wave."""
    target = draft.target
    if not draft.headline or target is None or target.kind != "country" or draft.target_near \
            or draft.event_type != "missile_attack":
        return None  # (strikes and drones "in Syria" in a headline name where a base lies, no wave of their own)
    kin = [g for g in groups if g.target is not None and g.date is not None
           and family(g.event_type) == family(draft.event_type)]
    inside = [g for g in kin if g.target.country == target.country]
    if not inside or any(g.target.id == target.id for g in inside):
        return None
    day = min(inside, key=lambda g: g.order).date
    return day if all(g.target.country == target.country for g in kin if g.date == day) else None


def absorb(group: Draft, other: Draft, *, typed: bool = True, ends: bool = True) -> None:
    """Fold *other* into *group*: its evidence, claims, dates and counts; its type when *typed*; its ends when
    *ends* and they are finer."""
    if typed:
        group.types += other.types
    for end in ("target", "launch") if ends else ():
        mine, theirs = getattr(group, end), getattr(other, end)
        # (a named part of a city is finer than the city: "a strike in Beirut ... in the Dahieh quarter of Beirut")
        if mine is None or (theirs is not None and (specificity(theirs) < specificity(mine) or contains(mine, theirs))):
            setattr(group, end, theirs)
            if end == "target":
                group.target_near = other.target_near
    if (not group.date_explicit or group.date_loose) and other.date_explicit and not other.date_loose:
        # A day told of the event itself ("explosions were heard across Erbil at 11:36 pm on Monday") wins over the
        # day a statement about it was made ("the IRGC early on Tuesday claimed responsibility").
        group.date, group.date_precision, group.date_explicit, group.date_loose = (
            other.date, other.date_precision, True, False)
    elif not group.date_explicit and other.date_explicit:
        group.date, group.date_precision, group.date_explicit = other.date, other.date_precision, True
    elif _within_span(group, other):
        # "drones targeted the base over the weekend ... several drones attacked it on Sunday evening": the day
        # within the span told first is the incident's day (its first day's votes go with it).
        group.dates = [d for d in group.dates if not (d[0] == group.date and d[1] == "day")]
        group.date, group.date_precision, group.date_end = other.date, other.date_precision, None
    group.dates += other.dates
    group.date_notes += [n for n in other.date_notes if n not in group.date_notes]
    group.actor = group.actor or other.actor
    group.target_actor = group.target_actor or other.target_actor
    if group.target_actor == group.actor:
        group.target_actor = ""  # (one told firing is not the side its own fire hit: left blank, never guessed)
    group.munitions += other.munitions
    group.fatalities += other.fatalities
    group.injured += other.injured
    group.claims += other.claims
    group.evidence += other.evidence
    group.outcome = group.outcome or other.outcome
    for key, told in other.projectiles.items():
        group.projectiles.setdefault(key, []).extend(told)
    if not group.time and other.time:
        group.time, group.timezone = other.time, other.timezone
    if group.date_end is None and other.date == group.date:
        group.date_end = other.date_end  # the span of the day kept, not of a vaguer date absorbed ("late in January")
    group.waves |= other.waves
    # (fire told undated by a clause that does not type the group is no fire at its target: "the rocket and drone
    # attacks"; "three drone attacks were reported early on Tuesday" is)
    group.told += [(kind, at) for kind, at in other.told if typed or other.date_explicit or not kind.startswith("fire")]


def _told_as_possible(draft: Draft, every: bool = True) -> bool:
    """Whether every sentence *draft* rests on names the attack a possible one ("the United States is said to be
    preparing a possible attack on Iran": ``possible_fire`` in extract_words.csv, a word or two before the attack
    word; not "no information on possible casualties from the strikes"); else, when not *every*, whether any tells
    fire as possible, future or any ("Israel says it will answer any attack": ``not_yet_told`` and ``hypothetical``
    too, anywhere in the sentence)."""
    if not every:
        unsure = lexicon.words("possible_fire") | lexicon.words("hypothetical") | lexicon.words("not_yet_told")
        return any(unsure & set(lexicon.phrase_tokens(e["text"])) for e in draft.evidence)
    possible, table = lexicon.words("possible_fire"), lexicon.trigger_table()

    def names_it_possible(words: tuple[str, ...]) -> bool:
        return any(w in possible and any(table.match_at(words, j) is not None for j in (k + 1, k + 2))
                   for k, w in enumerate(words))
    return bool(draft.evidence) and all(names_it_possible(lexicon.phrase_tokens(e["text"])) for e in draft.evidence)


def alone_in_the_report(drafts: list[Draft]) -> list[Draft]:
    """The weak drafts that name a target (fire at a country told with no day of its own: "Turkish jets struck
    targets in northern Iraq"), as drafts of their own, one per target and day, for a report whose drafts form no
    incident with a target: with nothing else told for them to join, they are what the report tells, on the day
    it was published (or the day told before them). Not fire told as possible, future or any ("Israel says it will
    answer any attack on Israel": ``not_yet_told`` and ``hypothetical`` in extract_words.csv)."""
    groups: list[Draft] = []
    for draft in drafts:
        if not draft.weak or draft.target is None or _told_as_possible(draft, every=False):
            continue
        same = next((g for g in groups if g.target.id == draft.target.id and g.date == draft.date), None)
        if same is not None:
            absorb(same, draft)
        else:
            groups.append(draft)
    return groups


def downed_over_a_third_country_that_day(draft: Draft, groups: list[Draft]) -> bool:
    """Whether *draft* is an interception over a third country (:func:`affinity.downed_over_a_third_country`) to every
    attack the report tells on its day, and there is one."""
    told = [g for g in groups if g.date is not None and g.date == draft.date and g.event_type != "interception"]
    return draft.date is not None and bool(told) and all(downed_over_a_third_country(draft, g) for g in told)


def merge_drafts(drafts: list[Draft], *, slack_days: int = 0, across: bool = False) -> list[Draft]:
    """Merge drafts of the same incident, in order; the first draft of a group carries it.

    Within one report (``across=False``) weak drafts (see :attr:`Draft.weak`)
    only join the nearest group they fit and are dropped otherwise, unless they tell fire from one place to
    another.
    """
    groups: list[Draft] = []
    weak = [d for d in drafts if d.weak and not across]
    for draft in drafts:
        if draft.weak and not across:
            continue
        if not across and (draft.target is None or draft.target.kind == "country") and _told_as_possible(draft):
            # "The United States is said to be preparing a possible attack on Iran in the coming days, probably at
            # the weekend": fire at a whole country told only as possible is no incident, nor lends a day to one
            continue
        # (within a report, a day no sentence told, the publication day a draft fell back on, is no distance: "the
        # US strikes on Jurf al-Nasr" told undated, then "the strikes of 22 November on two facilities in Iraq" join
        # the strikes on Jurf, not a base in Iraq attacked on the 22nd)
        scored = [(affinity(g, draft, slack_days, across),
                   -days_apart(g, draft) if across or (_day_told(g) and _day_told(draft)) else 0, -k)
                  for k, g in enumerate(groups)]
        scored = [s for s in scored if s[0] > 0]
        if scored:
            group = groups[-max(scored)[2]]  # ties: the first group told
            # A draft naming no place adds evidence and counts to a group that names one, not its type; the first
            # draft to name a place for a group that named none types it, unless the group's type was named outright
            # ("attacked four times with rockets and drones. Several drones were launched at Ain al-Asad": drones).
            if draft.places() and not group.places():
                group.types = [(t, p) for t, p in group.types if p >= SPECIFIC_PRIORITY]
            # (the site named after a place it was only told near: "Rockets hit a base close to Baghdad International
            # Airport ... The projectiles struck the Victory Base": the base)
            twice = one_site_told_twice(group, draft) if not across else ""
            detail = draft.target if twice == "again" or (twice == "near" and group.target_near
                                                          and not draft.target_near) else None
            # (an interception told only with where the fire came from does not retype the fire that hit a target:
            # "A drone launched from Yemen crashed into Ramon Airport ... Earlier in the day, the air force brought
            # down three drones fired from Yemen")
            typed = bool(draft.places()) or not group.places()
            if draft.target is None and draft.event_type == "interception" and group.target is not None:
                typed = False
            absorb(group, draft, typed=typed)
            if detail is not None:
                if group.target_near:
                    group.landmark = group.target  # (the airport it was told near, which may be told again)
                group.target, group.target_near = detail, draft.target_near  # the site the detail names
        else:
            groups.append(draft)
    for draft in weak:
        # The nearest group told before it ("The missiles were fired from Iranian territory" refers back), else after;
        # of its own weapon first ("fired a missile at Ben Gurion airport and a drone at Eilat. The army intercepted a
        # missile launched from Yemen": the missile's)
        # (of its own day first: "fired a missile at Israel. It was intercepted on Tuesday. ... On Saturday a drone hit
        # Ashkelon": the missile's Tuesday, not the drone of three days before)
        scored = [(affinity(g, draft, slack_days, across), g.event_type == draft.event_type, g.order <= draft.order,
                   -abs(g.order - draft.order), k) for k, g in enumerate(groups)]
        scored = [(-days_apart(groups[s[4]], draft), *s) for s in scored if s[0] > 0]
        scored = [s[1:] for s in scored if s[0] == max(scored)[0]]
        if not scored and not across and draft.target is not None and specificity(draft.target) <= 1:
            # "a Mossad headquarters in Iraq's Kurdistan region was destroyed ... civilians were killed in the strikes
            # on Erbil": strikes told again at a town or site within the reach of the region the incident was aimed at
            # are that incident, and say where in the region it hit.
            scored = [(1, True, g.order <= draft.order, -abs(g.order - draft.order), k) for k, g in enumerate(groups)
                      if g.target is not None and g.target.kind == "region" and in_region_reach(g.target, draft.target)
                      and family(g.event_type) == family(draft.event_type) and g.date == draft.date]
        if not across and draft.headline and family(draft.event_type) == "strike" and draft.target is not None \
                and draft.target.kind == "country" and draft.actor:
            # "عدوان أميركي يستهدف مقار لكتائب حزب الله في العراق" 'US aggression targets Kataib Hezbollah's
            # headquarters in Iraq' over a body that tells blasts in Hillah and Jurf al-Nasr: the headline names the
            # cause of the blasts in that country, a strike (their type; the blast never outvotes it) and its actor.
            for g in groups:
                if g.event_type == "explosion" and g.target is not None and g.target.country == draft.target.country:
                    g.types += draft.types
                    g.actor = g.actor or draft.actor
        wave_day = _headline_country_wave(draft, groups) if not across else None
        if wave_day is not None:
            draft.date, draft.date_precision = wave_day, "day"
            draft.dates = [(wave_day, "day", source, weight) for _, _, source, weight in draft.dates[:1]]
            groups.append(draft)
        elif scored:
            # A weak draft adds its evidence, claims and counts, not its type: "one was shot down" after "two
            # drones targeted the garrison" leaves a drone attack, and a stray sentence cannot retype an incident.
            group = groups[max(scored)[4]]
            # Save a strike's own instrument: "The strike was carried out by an MQ-9 Reaper" makes it a drone strike.
            retypes = draft.priority >= SPECIFIC_PRIORITY and family(draft.event_type) == family(group.event_type) == "strike"
            absorb(group, draft, typed=retypes)
            if draft.event_type in _ATTACK_TYPES and _means_untold(group) and 0 <= draft.order - group.order <= 1 \
                    and evidence_says(draft, "the_attack_again"):
                # "The Houthis claimed an attack on five sites in Israel, among them Ben Gurion airport and the port of
                # Eilat. Their spokesman said the attack was carried out with five drones": the weapon of an attack
                # whose means its own sentence left untold, told of "the attack" in the next one, names the type of
                # every site it listed.
                for listed in groups:
                    if listed is group or (_means_untold(listed) and listed.evidence and group.evidence
                                           and listed.evidence[0]["start"] == group.evidence[0]["start"]):
                        listed.types += draft.types
        elif not across and draft.hung_after and draft.target is not None \
                and specificity(draft.target) <= 3:
            # "The group was targeted after a drone attack on a US base near the Conoco gas field": an earlier attack
            # on a site, town, province or region (not a whole country: "after Hezbollah fired at Israel") the report
            # tells nowhere else is an incident of its own (dated as the clause it hangs on);
            # told at a place inside an area where the report told one of its kind, it is that one, on any day, and
            # names where in that area it hit ("rockets fired from Iraq at a US base in Syria ... after a failed rocket
            # attack near the coalition base at Rumalyn": the base).
            told = [g for g in groups if family(g.event_type) == family(draft.event_type) and g.target is not None
                    and (g.target.id == draft.target.id or contains(g.target, draft.target))]
            if told:
                absorb(told[0], draft, typed=False)
            else:
                groups.append(draft)
        elif not across and draft.headline and draft.target is not None and specificity(draft.target) <= 1 \
                and not draft.target_near \
                and not any(g.target is not None and (g.target.id == draft.target.id or contains(g.target, draft.target)
                                                      or contains(draft.target, g.target)) for g in groups):
            # "Missile attacks hit Tel Aviv and Khamenei's quarter" over a body that drafts Jerusalem: a town or site
            # the headline says was hit, which the body drafts nowhere, is an incident of its own (not a landmark it
            # names: "strike south of Baghdad").
            groups.append(draft)
        elif not across and draft.actor and draft.target is not None and family(draft.event_type) == "strike" \
                and (draft.answers and not any(family(g.event_type) == "strike" for g in groups)
                     or draft.headline and not any(g.target is not None and g.target.country == draft.target.country
                                                   for g in groups)):
            # "A missile fired by Iran hit Beersheba ... In response, Israel targeted missile launchers in Iran": the
            # answer to the attack told is a strike of its own, though told undated and at a country only; so is a
            # headline's strike in a country where the body drafts nothing ("Dozens dead after US air strikes in Iraq
            # and Syria" over a body that drafts only the drone attack in Jordan they answered).
            groups.append(draft)
        elif not across and downed_over_a_third_country_that_day(draft, groups):
            # "Jordan said its air defences had brought down missiles over Jordanian territory" during a barrage on
            # Israel: the downing over a third country, told at that country only, is an incident of its own
            groups.append(draft)
        elif not across and _fire_between(draft):
            # "Later, five rockets were fired from Lebanon toward Israel": fire told from one place to another that
            # joins no incident told is one of its own, though undated and told by countries only.
            groups.append(draft)
    for g in groups:
        if g.types:
            # A specific phrase ("shot down", "missile attack", "drone strike") names the type; else the most told.
            votes = Counter(t for t, _ in g.types)
            priority = {}
            for t, p in g.types:
                priority[t] = max(p, priority.get(t, 0))
            specific = [t for t in votes if priority[t] >= SPECIFIC_PRIORITY]
            if "interception" in specific and any(t in _ATTACK_TYPES for t in votes):
                specific.remove("interception")  # the drone downed on its way to a named target is the attack
            # "other" (means untold) never outvotes a weapon told of the same incident, nor does a blast (a blast of
            # unestablished cause) a strike or fire told of it: "explosions in Hillah" and "a US strike" of that day
            # there are the strike.
            g.event_type = (max(specific, key=lambda t: (priority[t], votes[t])) if specific
                            else max(votes, key=lambda t: (t != "other", t != "explosion", votes[t], priority[t])))
            g.priority = priority[g.event_type]
        if g.dates:
            # The date most sources give; ties go to the first told.
            # Each source votes once per date (weight 2 when told, 1 when inherited); ties go to the first told.
            best: dict[tuple, int] = {}
            for d, p, source, weight in g.dates:
                best[(d, p, source)] = max(weight, best.get((d, p, source), 0))
            counted: Counter = Counter()
            for (d, p, _), weight in best.items():
                counted[(d, p)] += weight
            # A month told votes for the days of that month told too, and a day wins over its month on a tie ("struck
            # as recently as January" and "a drone strike in Baghdad on January 4": the 4th).
            within = {k: v + sum(w for (m, q), w in counted.items() if q == "month" and k[1] == "day"
                                 and (m.year, m.month) == (k[0].year, k[0].month))
                      for k, v in counted.items()}
            g.date, g.date_precision = max(within, key=lambda k: within[k])
            if g.date_precision == "month":  # (a day of that month told ties with it at least: the first such day)
                g.date, g.date_precision = next((k for k in within if k[1] == "day"
                                                 and (k[0].year, k[0].month) == (g.date.year, g.date.month)),
                                                (g.date, "month"))
        if not across:
            _to_target_clock(g)
    return groups


def _day_told(draft: Draft) -> bool:
    """Whether a draft's day is told: in its own words, by the entry it is told in, or carried from an event told
    before it (not the publication day it fell back on)."""
    return draft.date_explicit or draft.date_entry or draft.date_carried


def sites_replace_their_region(groups: list[Draft], kept: set[int] | None = None,
                               kinds_of: Callable[[Draft], frozenset[str]] = lambda g: frozenset()) -> list[Draft]:
    """ "A wave of drone attacks hit oil fields in Iraq's Kurdistan Region on Wednesday. The Sarsang field in Duhok
    and the Khurmala field in Erbil were hit": a draft at a region or province that a later sentence of the report
    resolves into sites or towns lying in it, of the kind the noun told with the area names (*kinds_of*: "oil fields
    in", "a gas field in", "towns in"), same family of event, same day, is those places' drafts; it leaves them
    its evidence, claims and counts (to the first of them) and its type, actor and launch (to each), and the region
    stays context. Not fire aimed at a whole area (*kept*: ids of :func:`areas.aimed_at_area` drafts), which stays a
    draft of its own beside the places it hit."""
    kept = kept or set()
    result = []
    for g in groups:
        target = g.target
        if target is None or id(g) in kept or not (target.kind in PROVINCE_KINDS or specificity(target) == 2) \
                or g.date is None or g.linked:
            result.append(g)
            continue
        kinds = kinds_of(g)
        sites = [s for s in groups if s is not g and s.target is not None and s.order > g.order and s.target.kind in kinds
                 and s.date == g.date and (family(s.event_type) == family(g.event_type) or s.event_type == "explosion")
                 and specificity(s.target) < 2 and told_in_area(target, s.target)]
        if not sites:
            result.append(g)
            continue
        for k, site in enumerate(sites):
            if k == 0:
                absorb(site, g, typed=True, ends=False)
            else:
                site.types += g.types
                site.actor = site.actor or g.actor
            site.launch = site.launch or g.launch
            if g.priority > site.priority:
                site.event_type, site.priority = g.event_type, g.priority  # "drone attacks ... were hit": drones
    return result


def _to_target_clock(draft: Draft) -> None:
    """A day told with a clock time of another zone is that zone's day; the draft keeps the target's own day
    (``date`` is the local day at the target, docs/incidents.md): "the strikes went in at 8:45 p.m. Eastern Time"
    on Monday 25 December hit Iraq on Tuesday 26 December (``time`` and ``timezone`` stay as told)."""
    if not (draft.time and draft.timezone and draft.date is not None and draft.date_precision == "day"
            and draft.target is not None and COUNTRY_ZONES.get(draft.target.country) not in (None, draft.timezone)):
        return
    shift = day_at(draft.date, draft.time, draft.timezone, draft.target.country) - draft.date
    if shift:
        draft.date_notes.append(f"Date: {draft.time} {draft.timezone} on {draft.date.isoformat()} is "
                                f"{(draft.date + shift).isoformat()} at the target")
        draft.date = draft.date + shift
        draft.dates = [(d + shift, p, source, weight) for d, p, source, weight in draft.dates]
        draft.date_end = None if draft.date_end is None else draft.date_end + shift


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens (for incident ids).

    >>> slug("Al-Qa'im")
    'al-qaim'
    """
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower().replace("'", "")).strip("-") or "unknown"


def precision_of(place: Any, near: bool = False) -> str:
    if place is None:
        return ""
    if near and PRECISION_OF_KIND.get(place.kind) in ("exact", "town"):
        return "near"
    return PRECISION_OF_KIND.get(place.kind, "town")
