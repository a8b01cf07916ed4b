"""How the places a clause names together nest: which is more specific, which holds which.

A site is more specific than a settlement, a settlement than a district, a district than a province (or a sea,
lake or river), a province than a country (:func:`specificity`). A country holds its places, a governorate the
places of its province, a city or town the named parts of it within ``_CITY_PARTS`` km (:func:`contains`); a
water a weapon flew over is its path when the clause names another target (:func:`flown_over`). The role rules
(:mod:`.roles`) use these to pass a role from a container to the place named inside it
(:func:`containers`, :func:`city_named_as_a_whole`) and to read "al-Harir base in Erbil" as the town a
site lies in (:func:`town_of_a_site`); the draft rules use them to merge tellings of one incident.
"""
from __future__ import annotations

import functools
from typing import Any, Sequence

from gazetteer.hints import distance_km
from gazetteer.places import SITE_KINDS, outside_country_kinds

from geoincidents.endforms import member_codes, region_members
from geoincidents.extract import lexicon
from geoincidents.extract.lexicon import LIST_JOINERS, possessive_at
from geoincidents.extract.particles import KURMANJI_LINKERS
from geoincidents.extract.mentions import Mention
from geoincidents.extract.names import demonym_words

__all__ = ["contains", "in_region_reach", "flown_over", "WHERE_DOWNED_CUES", "containers", "city_named_as_a_whole", "in_district", "specificity",
           "town_of_a_site", "told_in_area", "BASE_KINDS", "DISTRICT_KM", "PROVINCE_KINDS", "TOLD_IN_REGION_REACH",
           "TOWN_OF_A_SITE_KM"]

BASE_KINDS = SITE_KINDS
_SPECIFICITY = {"country": 4, "governorate": 3, "region": 3, "district": 2}
#: A town this close to a site the same clause hits is where the site lies ("Harir base near Erbil": 60 km).
TOWN_OF_A_SITE_KM = 80.0
#: How far from a district's point (its seat) a town or site of the district may lie, in km: Iraq's and Syria's
#: districts run some 30 to 80 km across (the Sinjar district holds Sinjar and Sinuni, 22 km from it).
DISTRICT_KM = 40.0
#: How far from a city's or town's point a named part of it ("area" in the gazetteer) may lie, in km.
_CITY_PARTS = {"city": 25.0, "town": 8.0}


def specificity(place: Any) -> int:
    """0 a site, 1 a settlement, 2 a district, 3 a province, region or water (sea, lake, river), 4 a country."""
    if place.kind in BASE_KINDS:
        return 0
    if place.kind in outside_country_kinds():
        return 3
    return _SPECIFICITY.get(place.kind, 1)


def contains(outer: Any, inner: Any) -> bool:
    """Whether place *outer* (a country, a province, or a city or town holding a named part of it) contains *inner*."""
    if outer.id == inner.id:
        return False
    if outer.kind in _CITY_PARTS and inner.kind == "area":
        # "in Baghdad's Mashtal district", "the Mashtal area of Baghdad": the city holds the named part of it; a town
        # only a part of its own province ("Mezzeh and Qudsaya": Mezzeh is Damascus's, not the nearby town's)
        near = distance_km(outer.lat, outer.lon, inner.lat, inner.lon) <= _CITY_PARTS[outer.kind]
        # (nor an area wider than the town: the Dahieh suburbs are no part of Choueifat beside them)
        return inner.country == outer.country and near \
            and not (outer.kind == "town" and outer.admin1 and inner.admin1 and outer.admin1 != inner.admin1) \
            and not (outer.kind == "town" and inner.precision_km > outer.precision_km)
    if outer.kind == "country":
        return inner.country == outer.country and inner.kind != "country"
    if outer.kind == "governorate":
        return bool(outer.admin1) and inner.admin1 == outer.admin1 and specificity(inner) < 3
    if outer.kind == "region":
        # "the Kurdistan Region": a region spanning several whole provinces holds their places (Erbil, Koya), as each
        # of its provinces does; not one drawn as a radius (the Upper Galilee) nor one inside a single province,
        # which names a part of it ("the Bekaa valley" holds no Hermel of the same governorate)
        members = member_codes(_region_members().get(outer.id))
        return len(members) > 1 and inner.admin1 in members and specificity(inner) < 3
    return False


@functools.lru_cache(maxsize=1)
def _region_members() -> dict[str, str]:
    """The provinces of each region of the bundled gazetteer that spans whole ones (:func:`endforms.region_members`,
    the one rule of a region's members)."""
    from gazetteer import Boundaries, Gazetteer
    return region_members(Gazetteer.default().places, Boundaries.default())


def in_region_reach(region: Any, place: Any, reach: float = 1.0, *, provinces: bool = False) -> bool:
    """Whether *place*, a town or site, lies within the reach of *region* (a place of kind region, drawn as its
    ``precision_km`` around its point: the Kurdistan Region 150 km from Erbil) in the same country. Not part of
    :func:`contains`: a clause naming a region and a town in it keeps both; only blasts heard in a town during an
    attack aimed at the region tell where it came down (analyse._told_once). *reach* scales the radius, for a place
    the report itself tells in the region (:data:`TOLD_IN_REGION_REACH`); with *provinces*, a province's point too
    ("the Kurdistan Region's Duhok province")."""
    return region.kind == "region" and bool(region.country) and place.country == region.country \
        and specificity(place) < (4 if provinces else 3) and place.kind != "region" \
        and distance_km(region.lat, region.lon, place.lat, place.lon) <= reach * float(region.precision_km or 0)


#: How far past its drawn radius a region reaches for sites a report names as the ones hit in it (the Kurdistan
#: Region is drawn as 150 km around Erbil; the Tawke field by Zakho lies 160 km away, inside it).
TOLD_IN_REGION_REACH = 1.5
#: The areas a report's places lie in that a draft may aim at and a region word may name: a province or a region.
PROVINCE_KINDS = frozenset(kind for kind, rank in _SPECIFICITY.items() if rank == 3)


def told_in_area(area: Any, place: Any) -> bool:
    """Whether a place a report names as hit lies in the province, district or region it told the attacks in (inside
    it, or within :data:`TOLD_IN_REGION_REACH` of a region's radius)."""
    return contains(area, place) or in_district(area, place) or in_region_reach(area, place, TOLD_IN_REGION_REACH)


def flown_over(inside: list[Mention]) -> None:
    """ "a drone launched toward Eilat was intercepted over the Red Sea", "downed over the Red Sea before they
    crossed into Israeli territory": a water a weapon was downed or flew over (cue "over") is its path, not a second
    target, when the clause names another target; alone ("shot down two drones over the Red Sea") it is where."""
    for water in inside:
        if water.role != "target" or water.cue != "over" or not water.candidates \
                or water.candidates[0].kind not in outside_country_kinds():
            continue
        # (not among places each told as where fire was downed: "interceptions were reported around Beersheba, over
        # the Dead Sea area and over the Golan Heights" lists where, with no target the fire flew toward)
        if any(m is not water and m.role in ("target", "target_weak") and m.candidates and m.cue not in WHERE_DOWNED_CUES
               for m in inside):
            water.role, water.cue = "context", "path"


#: The cues of a place told as where fire was downed or seen, not where it was aimed ("at", "toward" aim).
WHERE_DOWNED_CUES = frozenset({"over", "around", "near", "above", "in"})


def town_of_a_site(site: Mention, town: Mention) -> bool:
    """Whether *town*, named right after *site* ("al-Harir base in Erbil"), is a settlement near enough to be where
    the site lies."""
    s, t = site.candidates[0], town.candidates[0]
    return s.kind in SITE_KINDS and specificity(t) == 1 and t.kind not in SITE_KINDS \
        and distance_km(s.lat, s.lon, t.lat, t.lon) <= TOWN_OF_A_SITE_KM


#: Words that name a part of a city ("the Sayyida Zeinab area of Damascus", "the Mezzeh district of Damascus").
_PART_WORDS = frozenset({"area", "district", "neighbourhood", "neighborhood", "suburb", "quarter"})


def city_named_as_a_whole(lowered: Sequence[str], inside: list[Mention]) -> None:
    """ "in the Sayyida Zeinab area of Damascus": a city or town named as the whole a named part lies in is where
    the part is, not a second target (whatever kind the gazetteer gives the part; as near as a named part of a city
    or town may lie, ``_CITY_PARTS``)."""
    for part, whole in zip(inside, inside[1:]):
        between = list(lowered[part.last:whole.first])
        named_part = (between == ["of"] and lowered[part.last - 1] in _PART_WORDS) or (
            len(between) == 2 and between[0] in _PART_WORDS and between[1] == "of")
        if not named_part or part.role not in ("target", "target_weak", "launch") or whole.role != part.role:
            continue
        p, w = part.candidates[0], whole.candidates[0]
        if w.kind in _CITY_PARTS and specificity(p) <= 1 and distance_km(p.lat, p.lon, w.lat, w.lon) <= _CITY_PARTS[w.kind]:
            whole.role, whole.cue = "context", "container"


#: How many words may stand between a region's possessive and the place it owns ("the Kurdistan Region's strategic
#: Khor Mor gas field").
_OWNED_ADJECTIVES = 2


def containers(inside: list[Mention], lowered: Sequence[str] = (), days: Sequence[Any] = ()) -> None:
    """A container takes no role when a place inside it is named in the same clause; an unmarked place inside takes its
    role. The place a report was filed from ("TEL AVIV (Reuters) -", cue ``dateline``) is no such place. A region
    holds a place only when the place is told as its own ("the Kurdistan Region's Duhok province", "the Kurdistan
    Region's Khor Mor gas field", Kurmanji "Til Rifetê yê Şehbayê": within its reach, right after its possessive or
    before its linker; a clause naming a region and a town in it otherwise keeps both, :func:`in_region_reach`)."""
    for outer in inside:
        if outer.role not in ("target", "target_weak", "launch"):
            continue
        place = outer.candidates[0]
        owned = possessive_at(lowered, outer.last) and place.kind == "region"
        # Kurmanji writes the owner after the place and a linker: "bajarokê Til Rifetê yê Şehbayê" 'the town of Tal
        # Rifaat, of Shahba'
        linked = place.kind == "region" and outer.first >= 1 and lowered[outer.first - 1] in KURMANJI_LINKERS
        # (not a place an aside names: "داخل محافظة أذربيجان الشرقية، حيث تقع تبريز" 'inside East Azerbaijan province,
        # where Tabriz lies': the province was hit)
        # (and the places listed right after the first it owns: "the Kurdistan Region's Erbil and Sulaimani provinces")
        # (past an adjective or two: "the Kurdistan Region's strategic Khor Mor gas field")
        owned_at = {outer.last + 2 + k for k in range(_OWNED_ADJECTIVES + 1)
                    if all(w.isalpha() for w in lowered[outer.last + 2:outer.last + 2 + k])} if owned else set()
        for m in sorted(inside, key=lambda m: m.first):
            if owned_at and m.first > outer.last and any(
                    0 < m.first - k <= 2 and all(w in LIST_JOINERS for w in lowered[k:m.first])
                    for k in {o.last for o in inside if o.first in owned_at}):
                owned_at.add(m.first)
        # (and a place told right before "in" the region: "Rockets landed in Erbil in the Kurdistan Region", "Erbil
        # International Airport in the northern Iraqi autonomous region of Kurdistan": the region says where it lies)
        told_in = {m.first for m in inside if place.kind == "region" and m.last <= outer.first
                   and _told_in_the_region(lowered[m.last:outer.first], inside, m.last)}
        if place.kind == "region":
            told_in |= _told_through_its_area(outer, inside, lowered)
            if lexicon.case_endings().get(outer.extra.get("case_ending", "")) == "target_weak":
                # Turkish "Irak Kürdistan Bölgesi'nde Hor Mor doğalgaz sahasına" 'in the Kurdistan Region, to the Khor
                # Mor field': the place told right after the region in the locative (the ending of "in") lies in it
                told_in |= {m.first for m in inside if 0 <= m.first - outer.last <= 1}
        inner = [m for m in inside if m is not outer and m.cue not in ("dateline", "aside", "speakers")
                 and (any(contains(place, c) for c in m.candidates)
                      or (m.first in owned_at or m.first in told_in or linked and m.last == outer.first - 1)
                      and m.candidates
                      and in_region_reach(place, m.candidates[0], TOLD_IN_REGION_REACH, provinces=True))]
        if outer.role == "launch":
            # "Базу Айн аль-Асад атаковали ракетами с территории западного Ирака" 'Ain al-Asad was attacked with
            # rockets from the territory of western Iraq': a place told before the launch area, with no cue of its
            # own, is what was hit, not where the fire came from (a launch area names its place after it: "from Iraq's
            # Anbar province")
            # (nor is a target inside it: "militants in western Iraq launched missiles at al-Asad Airbase" fired from
            # the country they hit in)
            inner = [m for m in inner if m.first > outer.first and (m.role == "launch" or (m.role == "context"
                                                                                          and not m.cue))]
        if not inner or (outer.extra.get("directed") and outer.extra.get("listed")):
            continue  # "missiles at Haifa and central Israel": a part of the country was hit besides Haifa
        if any(m.role == "target" and m.cue == "including" for m in inner):
            continue  # "targets across Tehran, including Evin": the area was hit, and the place named in it too
        if on_days_apart(outer, inner, inside, days):
            continue  # "near Albu Kamal on Oct. 27, in Deir ez-Zor province on Nov. 8": another strike, another day
        if not any(m.role in ("target", "launch") for m in inner):
            for m in inner:
                if m.role == "context" and not m.cue and not (m.extra.get("owner") or m.extra.get("metonym")):
                    m.role, m.cue = outer.role, outer.cue
        outer.role = "context"


def on_days_apart(place: Mention, others: Sequence[Mention], inside: Sequence[Mention], days: Sequence[Any]) -> bool:
    """Whether a place and each of *others* are told with a day of their own, right after them (before the next place
    of the clause *inside*), and the place's differs from theirs: items of a list of strikes on different days ("near
    Albu Kamal on Oct. 27, in Deir ez-Zor province on Nov. 8"), each its own target (*days*: the clause's dates)."""
    def own_day(m: Mention) -> Any:
        limit = min((o.first for o in inside if o.first >= m.last), default=None)
        return next((d.date for d in days if d.precision == "day" and m.last <= d.first
                     and (limit is None or d.first < limit)), None)

    day = own_day(place) if len(days) >= 2 else None
    return day is not None and all(own_day(m) not in (None, day) for m in others)


#: Words that may stand between "in" and the region a place is told in ("in the northern Iraqi autonomous region of").
_REGION_OPENERS = lexicon.DIRECTIONS | {"the", "autonomous", "semi-autonomous", "region", "of", "'s", "’s", "'", "’",
                                         "s", "-"}
#: How many words may stand between "in" and the region.
_REGION_OPENER_WORDS = 6


def _told_in_the_region(gap: Sequence[str], inside: list[Mention], start: int) -> bool:
    """Whether the words *gap* (from token *start*) between a place and a region tell the place "in" the region, with
    only articles, directions and a country's name or adjective between ("in Iraq's Kurdistan Region", "in the
    northern Iraqi autonomous region of Kurdistan")."""
    if not gap or gap[0] != "in" or len(gap) > _REGION_OPENER_WORDS + 1:
        return False
    countries = {k for m in inside if m.candidates and m.candidates[0].kind == "country" for k in range(m.first, m.last)}
    adjectives = demonym_words()
    return all(w in _REGION_OPENERS or w in adjectives or start + 1 + k in countries for k, w in enumerate(gap[1:]))


#: The words between an area and the region it lies in, told after it: "in Sulaymaniyah, Iraqi Kurdistan", "in the
#: Suleymaniya region of Iraqi Kurdistan", "in Sulaymaniyah province of the Kurdistan Region".
_AREA_OF_THE_REGION = ([","], ["of"], ["of", "the"], ["region", "of"], ["province", "of"], ["governorate", "of"],
                       ["region", "of", "the"], ["province", "of", "the"], ["governorate", "of", "the"])


def _told_through_its_area(region: Mention, inside: list[Mention], lowered: Sequence[str]) -> set[int]:
    """The places told "in" an area that is itself told as lying in *region* right after it ("the Hor Mor gas field in
    the Suleymaniya region of Iraqi Kurdistan", "the field in Sulaymaniyah, Iraqi Kurdistan"): the area and the
    places before it (the first token of each), which the region holds as it holds a place told in it."""
    area = next((m for m in inside if m.last <= region.first
                 and list(lowered[m.last:region.first]) in _AREA_OF_THE_REGION), None)
    if area is None or not area.candidates \
            or not in_region_reach(region.candidates[0], area.candidates[0], TOLD_IN_REGION_REACH, provinces=True):
        return set()
    told = {area.first}
    last = area
    for m in sorted((m for m in inside if m.last <= area.first), key=lambda m: -m.first):
        gap = list(lowered[m.last:last.first])
        if not gap or gap[0] != "in" or len(gap) > 2 or not m.candidates or not in_region_reach(
                region.candidates[0], m.candidates[0], TOLD_IN_REGION_REACH, provinces=True):
            break
        told.add(m.first)
        last = m
    return told


def seat_of(district: Any, town: Any) -> bool:
    """Whether *town* is the seat of *district*, whose point the gazetteer took from it (``point`` "seat: Albu Kamal"):
    "sites in the Albu Kamal district" and "sites in the city of Albu Kamal" told of one day name one place twice."""
    point = getattr(district, "point", "") or ""
    return in_district(district, town) and isinstance(point, str) and point.startswith("seat: ") \
        and point[len("seat: "):].strip() == town.name


def in_district(district: Any, inner: Any) -> bool:
    """Whether *inner*, a town or site, lies in *district*: of its province and within ``DISTRICT_KM`` of its point.
    (Not part of :func:`contains`: a series of strikes across a district stays apart from one strike at a town in it;
    the draft rules ask this only of a district told beside a town or site of one telling.)"""
    if district is None or inner is None or district.kind != "district":
        return False
    return specificity(inner) < 2 and bool(district.admin1) and inner.admin1 == district.admin1 \
        and distance_km(district.lat, district.lon, inner.lat, inner.lon) <= DISTRICT_KM
