"""Whether two drafts tell one incident: the affinity that :func:`drafts.merge_drafts` groups drafts by.

Two drafts are the same incident when their event types belong to the same family (attacks and interceptions;
strikes; explosions), their dates agree, each end is the same place, a place inside the other, or unknown on one
side, and they share a named place (or one of them names none); or when one report names one site two ways
(:func:`one_site_told_twice`).
"""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from geoincidents.extract import lexicon
from geoincidents.extract.counts import MUNITION_TYPES as _ATTACK_TYPES
from geoincidents.extract.nesting import contains, in_district, seat_of, specificity
from geoincidents.schema import EVENT_GROUPS
from geoincidents.spans import last_day

if TYPE_CHECKING:
    from geoincidents.extract.drafts import Draft

__all__ = ["affinity", "days_apart", "downed_over_a_third_country", "evidence_says", "family", "one_site_told_twice", "within_km", "SAME_SITE_KM"]


def family(event_type: str) -> str:
    """An event type's family for merging and claims: attack (interceptions included), strike or explosion."""
    group = EVENT_GROUPS.get(event_type, "attack")
    return "attack" if group == "interception" else group


def evidence_says(draft: Any, group: str) -> bool:
    """Whether a sentence a draft rests on holds a word of *group* (extract_words.csv), as a word of its own."""
    words = lexicon.words(group)
    return any(words & set(e["text"].lower().split()) for e in draft.evidence)


def _end_ok(a: Any, b: Any) -> bool:
    return a is None or b is None or a.id == b.id or contains(a, b) or contains(b, a)


def _shared(a: Any, b: Any) -> bool:
    return a is not None and b is not None and (a.id == b.id or contains(a, b) or contains(b, a))


def _dates_ok(a: Draft, b: Draft, slack: int) -> bool:
    # A date carried over from an event told before counts: "US jets struck sites on Sunday. One hit a facility
    # near Abu Kamal" is Sunday's, not the strike near Abu Kamal that the report dates to October 26.
    # A loose day (a statement's) is not firm, unless the other draft was told hung on another, as an earlier event
    # ("The Israeli military said on Monday it had struck Fordo. That came a day after US aircraft bombed it"); not
    # when both were told so ("in response to the attack in Jordan, officials said on Thursday ... meant to answer the
    # attacks on Tower 22 late in January": the officials' day is not the attack's).
    firm = [(d.date_explicit or getattr(d, "date_carried", False))
            and (not getattr(d, "date_loose", False) or (getattr(e, "linked", False) and not getattr(d, "linked", False)))
            for d, e in ((a, b), (b, a))]
    if any(getattr(d, "date_since", False) for d in (a, b)) and not all(firm):
        return False  # "since Saturday's strike on Iraq and Syria, bases were hit": an undated telling is not that day's
    if not all(firm) or a.date is None or b.date is None:
        return True
    coarse = max((a, b), key=lambda d: ("day", "week", "month", "year").index(d.date_precision))
    fine = b if coarse is a else a
    if coarse.date_precision == "day":
        # A span of days ("over the weekend": Saturday to Sunday) holds the days within it ("on Sunday evening").
        return abs((a.date - b.date).days) <= slack or any(
            getattr(x, "date_end", None) is not None and y.date is not None and x.date <= y.date <= x.date_end
            for x, y in ((a, b), (b, a)))
    # A week, month or year contains its days ("late in January" runs to the 31st, its date_end).
    return coarse.date <= fine.date <= _last_day(coarse)


#: More days than a weekday name can reach back: a day told this far before the report's own day is another event.
_A_WEEK = 6


def _weeks_before(told: Draft, undated: Draft) -> bool:
    """ "Israel has struck Tehran's Evin prison ... Israel began its air campaign against Iran ten days ago": a draft
    dated (by its own words) more than a week before the day an undated draft of the report's news takes from the
    publication (or from a statement: "said on Monday that it had struck Fordo") is an earlier event, not that news
    told again."""
    return (told.date_explicit and not told.date_loose and (not undated.date_explicit or undated.date_loose)
            and not undated.date_carried
            and told.date is not None and undated.date is not None and (undated.date - _last_day(told)).days > _A_WEEK)


def _last_day(draft: Draft) -> date:
    """The last day a draft's date can be: its day, the end of its week, month or year ("late in January" is
    within a week of 1 February), as :func:`geoincidents.spans.last_day` ends every span."""
    return last_day(draft.date, draft.date_precision, getattr(draft, "date_end", None))


def _told_apart_on_its_day(told: Draft, other: Draft) -> bool:
    """ "It was the second drone to go after the field within days: late on Sunday, security forces opened fire on a
    drone": a clause that tells another incident ("second", "another", "also") on a day of its own is not the incident
    the report dates otherwise, even by a statement's day ("work at the field was suspended after a drone attack,
    engineers said on Wednesday"). A clause naming no place still joins the attack it details ("The two attacks came
    separately: the first drone struck at 11:30 PM last night"), unless it tells an earlier one ("Samedi dernier, le
    groupe avait déjà revendiqué une attaque de drones"), and so does one that only takes the publication's day
    ("Israeli air strikes on military sites in central Syria killed 16" before "another 36 were wounded in the attacks
    near Masyaf on Sunday night")."""
    return (getattr(told, "told_apart", False) and told.date_explicit and not told.date_loose and told.date is not None
            and (told.target is not None or getattr(told, "told_earlier", False))
            and other.date is not None and other.date != told.date
            and (other.date_explicit or getattr(other, "date_carried", False)))


def _told_elsewhere(told: Draft, other: Draft) -> bool:
    """ "A Turkish drone strike hit a centre near the city of Hasakah on Thursday. Earlier on Thursday, another
    suspected drone strike hit a factory elsewhere in Hasakah province": an incident told as another one elsewhere
    (``elsewhere`` words in its sentence) is not the one at another place it holds, though of the same day."""
    return (getattr(told, "told_apart", False) and told.target is not None and other.target is not None
            and told.target.id != other.target.id
            and evidence_says(told, "elsewhere"))


def _also_inside(told: Draft, other: Draft) -> bool:
    """ "Two guards were wounded in a drone attack in Iraq's Kurdistan Region on Tuesday. Drones were also launched at
    Erbil": a place inside the area of an incident told before, told as another incident ("also", "another"), is not
    where that one hit, when both are told on their own same day (a lead told undated still takes the place of its
    day: "Israeli air strikes on military sites in central Syria killed 16. Another 36 were hurt in the strikes near
    Masyaf on Sunday night"). So is the area around it told so: "Drones hit the Tawke field in Duhok province on
    Wednesday. A fourth drone later struck a site in Dohuk province" tells another site of the province."""
    return (getattr(told, "told_apart", False) and other.order < told.order and told.target is not None
            and other.target is not None and not other.date_loose and other.date == told.date
            and (contains(other.target, told.target) and other.date_explicit and told.date_explicit
                 or contains(told.target, other.target)))


def _lead_of_the_day(lead: Draft, later: Draft) -> bool:
    """ "US forces in Iraq and Syria came under attack twice more on Thursday. ... Hours later, rockets were fired at
    Ain al-Asad": an attack of means untold in a whole country, told first, is the lead the attacks told after it
    detail, at another moment of the day or not."""
    return lead.event_type == "other" and lead.target is not None and later.target is not None \
        and specificity(lead.target) == 4 and contains(lead.target, later.target)


def _drone_of_a_strike(a: Draft, b: Draft) -> bool:
    """ "A commander was killed in an air strike on a headquarters in Baghdad. ... Earlier, a source had said a drone
    of unknown identity bombed the headquarters": drones sent by no one the report names, at the very place a strike
    from the air hit on the same day, are that strike told from another source (one report only); not drones told
    as another incident or at another moment ("Hours later, a drone hit the same depot")."""
    drone, strike = (a, b) if a.event_type == "drone_attack" else (b, a)
    apart = any(getattr(d, "told_apart", False) or getattr(d, "time_apart", False) for d in (a, b))
    return drone.event_type == "drone_attack" and not drone.actor and not apart and family(strike.event_type) == "strike" \
        and strike.event_type != "explosion" and drone.target is not None and strike.target is not None \
        and drone.target.id == strike.target.id and drone.date is not None and drone.date == strike.date


def _blast_of_an_interception(a: Draft, b: Draft) -> bool:
    """ "Interceptors were fired at a drone over Beit She'an. Video showed explosions in the sky above Beit She'an": blasts
    in the air over the place where the report told an interception that day are that interception (one report)."""
    blast, downing = (a, b) if a.event_type == "explosion" else (b, a)
    return blast.event_type == "explosion" and blast.downed_over \
        and (downing.event_type == "interception" or "intercepted" in downing.outcome) \
        and blast.target is not None and downing.target is not None and blast.target.id == downing.target.id \
        and blast.date is not None and blast.date == downing.date


def _attack_and_its_downing(a: Draft, b: Draft) -> bool:
    """An attack and an interception of which one was split from an attack (:mod:`interceptions`) stay two incidents,
    in one report and across reports."""
    paired = getattr(a, "pair_of", None) is not None or getattr(b, "pair_of", None) is not None
    return paired and (a.event_type == "interception") != (b.event_type == "interception")


def downed_over_a_third_country(interception: Draft, attack: Draft) -> bool:
    """ "Iran fired 180 missiles at Israel. Jordan said its air defences brought down missiles over its territory": an
    interception told at a whole country that is neither where the attack it meets was aimed nor where it came from is
    an incident of its own, the downing over that country."""
    target = interception.target
    return interception.event_type == "interception" and attack.event_type != "interception" \
        and target is not None and target.kind == "country" and attack.target is not None \
        and attack.target.country != target.country \
        and (attack.launch is None or attack.launch.country != target.country)


def affinity(a: Draft, b: Draft, slack: int, across: bool) -> int:
    """0: not the same incident; higher: more evidence that it is."""
    if _attack_and_its_downing(a, b):
        return 0
    if not across and (downed_over_a_third_country(a, b) or downed_over_a_third_country(b, a)):
        return 0
    if family(a.event_type) != family(b.event_type) and (across or not (_drone_of_a_strike(a, b)
                                                                        or _blast_of_an_interception(a, b))):
        return 0
    if across:
        # Across reports every draft has a date (told or inherited): they must agree within the slack, which
        # is for outlets that differ on the day they tell ("Saturday" vs "Sunday"), not for a date only inherited
        # from the sentences before ("explosions were heard shortly afterward" is not the blast of the day before).
        told = slack if (a.date_explicit and b.date_explicit) else 0
        if a.date is None or b.date is None or not _dates_ok(_Dated(a), _Dated(b), told):
            return 0
    elif not _dates_ok(a, b, slack):
        return 0
    elif _weeks_before(a, b) or _weeks_before(b, a):
        return 0
    elif not across and any(_told_apart_on_its_day(d, e) for d, e in ((a, b), (b, a))):
        return 0
    elif not across and any(_told_elsewhere(d, e) or _also_inside(d, e) for d, e in ((a, b), (b, a))):
        return 0
    elif any(later.time_apart and earlier.order < later.order and not _lead_of_the_day(earlier, later)
             for earlier, later in ((a, b), (b, a))) \
            and not (a.target is not None and b.target is not None and a.target.id == b.target.id):
        # "A few hours earlier, a strike hit a headquarters on the Syrian side": not the strike on Abu Kamal told
        # before it (the details told after it may still join it: "Hours later, US aircraft struck three facilities
        # in Iraq. ... a strike near Hillah").
        return 0
    if not across and a.time and b.time and a.time != b.time and a.target is not None and b.target is not None \
            and a.target.id != b.target.id:
        # "At 7:00 a drone struck an oil field in Tawke. At 7:14 a drone struck an oil field in Duhok province": each
        # told at an hour of its own at another place (though one lies in the other) is another attack
        return 0
    if not across and a.event_type == b.event_type and a.date == b.date and any(
            d.landmark is not None and e.target is not None and d.landmark.id == e.target.id for d, e in ((a, b), (b, a))):
        return 2  # "Rockets hit a base close to the airport ... struck the Victory Base ... two fell inside the airport"
    told_twice = one_site_told_twice(a, b)
    if told_twice == "near" or (told_twice and not across):
        return 2  # one site named two ways (across reports too: "the Victory base" and "Baghdad airport")
    # "The group said on Tuesday that a drone had bombed its post in the Sinjar district. The two were killed on Monday
    # night in a strike near Sinjar": a telling dated only by the day it was said joins the event's own telling at a
    # town of the district it named.
    retold = not across and a.date_loose != b.date_loose \
        and (in_district(a.target, b.target) or in_district(b.target, a.target))
    # (and a district told beside its seat on one day: "US air strikes targeted sites in the Albu Kamal district. The
    # aircraft struck sites in the city of Albu Kamal")
    # (not a place near the seat, one of a series across the district: "One strike hit a farm north of Sinjar")
    retold = retold or (not across and a.date is not None and a.date == b.date and not (a.target_near or b.target_near)
                        and (seat_of(a.target, b.target) or seat_of(b.target, a.target)))
    if not ((_end_ok(a.target, b.target) or retold) and _end_ok(a.launch, b.launch)):
        return 0
    if _downed_over_a_town(a, b) or _downed_over_a_town(b, a):
        return 0
    if not across and a.date_explicit and b.date_explicit and not (a.date_loose or b.date_loose) \
            and a.event_type != b.event_type and {a.event_type, b.event_type} <= _ATTACK_TYPES:
        return 0  # one report dating rockets "late last month" and drones "on July 16" at one base tells two attacks
    if not across and a.event_type != b.event_type and {a.event_type, b.event_type} <= _ATTACK_TYPES \
            and any(getattr(d, "told_apart", False) for d in (a, b)):
        return 0  # "... launched attack drones on the Galilee and Golan Heights. Hezbollah also fired rockets at
        # Israel's north": another weapon, told as another attack
    if a.date_precision != b.date_precision and (across or (a.date_explicit and b.date_explicit
                                                            and not (a.date_loose or b.date_loose))):
        # "A US strike earlier this month in Baghdad" is not the strike of 24 January unless it names the same place.
        same = a.target is not None and b.target is not None and a.target.id == b.target.id
        return 3 if same else 0
    shared = _shared(a.target, b.target) or _shared(a.launch, b.launch) or retold
    if shared:
        return 3 if (a.target is not None and b.target is not None and a.target.id == b.target.id) else 2
    def only_launch(d: Draft) -> bool:
        return d.launch is not None and d.target is None

    def only_target(d: Draft) -> bool:
        return d.target is not None and d.launch is None

    if not across and ((only_launch(a) and only_target(b)) or (only_target(a) and only_launch(b))):
        return 1  # one tells only where it came from, the other only where it hit ("fired from Iranian territory")
    if not a.places() or not b.places():
        if across:
            return 1 if (a.event_type == b.event_type and a.date == b.date) else 0
        if a.date is not None and b.date is not None and a.date != b.date and (a.date_explicit or b.date_explicit) \
                and not (a.date_loose or b.date_loose):
            return 0
        return 1
    return 0


#: How far from its landmark a site placed only by it ("a military base south of Baghdad") may be named later.
LANDMARK_KM = 80.0

#: Two sites this close are one place told two ways ("the Victory base beside Baghdad International Airport", 3 km).
SAME_SITE_KM = 5.0


def one_site_told_twice(a: Draft, b: Draft) -> str:
    """Whether two drafts of one report, of one event type and one day, tell one incident at a place named two ways:
    two sites within :data:`SAME_SITE_KM` ("rockets were launched at the Victory base" ... "two rockets landed inside
    the airport"), or a town the report opened with and a site in the same province it told after ("a drone attack
    on Erbil" ... "the drone hit the Harir base", where "Erbil" may have been read as its air base). Not the targets
    of one clause ("struck Jurf al-Sakhar and Musayyib"), nor drafts the report dates apart, nor a site it tells as
    another ("also", "another", "second").

    Returns "near" (two sites close together: the first told stays the target), "again" (the town or site told
    first, then the site the detail names: that site is the target) or "" (not one incident)."""
    if a.event_type != b.event_type or a.date is None or a.date != b.date or a.waves & b.waves:
        return ""
    if a.target is None or b.target is None or a.target.id == b.target.id or not _end_ok(a.launch, b.launch):
        return ""
    first, then = (a, b) if a.order <= b.order else (b, a)
    if evidence_says(then, "another_incident"):
        return ""
    kinds = (specificity(first.target), specificity(then.target))
    same_province = bool(first.target.admin1) and first.target.admin1 == then.target.admin1
    if kinds == (0, 0) and within_km(first.target, then.target, SAME_SITE_KM):
        return "near"
    # "A drone struck the Makhmour camp on Monday ... the strike targeted men in the camp, which lies in the Makhmour
    # district": the district a site or town told first lies in, told after it, is that site.
    if in_district(then.target, first.target):
        return "near"
    if first.time and then.time and first.time != then.time:
        return ""  # a liveblog's entries of other hours ("19:52 - an impact in Hod HaSharon", "22:10 - impacts inside
        # the Tel Nof air base"): fire that came down at two places of one province, not one told twice
    # "A drone attacked Erbil on Monday. The drone hit the Harir base": the weapon told again, at a site of the province.
    opens = then.evidence[0]["text"].lower().split()[:2] if then.evidence else []
    told_again = lexicon.word_phrases("told_again").match_at(opens, 0) is not None if opens else False
    # (not a town that "another" projectile hit, a piece of fire of its own: "Another projectile hit a house in
    # Moreshet ... Hezbollah said it had aimed rockets at the Ramat David air base")
    # (not a town one of several its clause listed, for a site that lies outside it: "seven sites around Tabriz, two
    # in Bostanabad and one in Maragheh ... the airport of Tabriz was hit" is not Bostanabad told again; a headline's
    # list sums up the body, and its towns are told again as their sites)
    if same_province and then.target.kind != "country" and (kinds == (1, 0) or (kinds[1] == 0 and told_again)) \
            and not evidence_says(first, "another_incident") \
            and not (first.waves and kinds[0] == 1 and not first.headline
                     and not within_km(first.target, then.target, first.target.precision_km)):
        return "again"
    # "a large explosion hit a military base south of Baghdad ... The blast went off at the Kalsu base in Babil
    # province": a site placed only by its landmark, then named, is that site (within a landmark's reach).
    if first.target_near and kinds[1] == 0 and within_km(first.target, then.target, LANDMARK_KM):
        return "again"
    # "An Israeli airstrike hit Damascus ... the building, in the Mazzeh neighbourhood of western Damascus": a part of
    # the town told first (a finer place within the town's own reach) is where the one strike hit.
    if same_province and kinds == (1, 1) and then.target.precision_km < first.target.precision_km \
            and within_km(first.target, then.target, first.target.precision_km):
        return "again"
    # "reduced the consular annex of the Iranian embassy to rubble ... hitting the building next to the main embassy
    # compound in the Mezzeh district": the part of a town a site told first lies in, told after it, is that site
    if same_province and kinds == (0, 1) and then.target.kind == "area" and not then.target_near \
            and within_km(first.target, then.target, then.target.precision_km):
        return "near"
    return ""


def within_km(a: Any, b: Any, km: float) -> bool:
    """Whether two places' points lie within *km* of each other (geodesic, the table's own ellipsoid)."""
    from geoincidents.enrich import GEOD

    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return GEOD.inv(a.lon, a.lat, b.lon, b.lat)[2] / 1000.0 <= km


def _downed_over_a_town(a: Draft, b: Draft) -> bool:
    """Whether *a* is an interception over a town or site and *b* a barrage told only at the country or province
    around it: "Iran fired missiles at Israel. Missiles were intercepted over Dimona" is two drafts (while "a drone
    targeted a base in western Iraq. It was shot down near Ain al-Asad" is one)."""
    return (a.downed_over and a.event_type == "interception" and b.event_type != "interception" and a.target is not None
            and b.target is not None and specificity(a.target) <= 1 and specificity(b.target) >= 3)


class _Dated:
    """A draft seen with its date as explicit (for comparing dates across reports)."""

    def __init__(self, draft: Draft) -> None:
        self.date, self.date_precision, self.date_explicit = draft.date, draft.date_precision, True


def days_apart(a: Draft, b: Draft) -> int:
    return abs((a.date - b.date).days) if a.date is not None and b.date is not None else 99
