"""Known names inside a longer phrase: what the resolver falls back on when a whole phrase names no place.

When the whole phrase resolves to nothing (or only to a container), the resolver
looks up each run of words :func:`gazetteer.wordspans.word_spans` cuts from it, by
name or sound (never fuzzily: a fuzzy guess on a fragment is some other place).
:func:`find_names` keeps the places found, leaving out a piece of a longer name
the gazetteer does not know; :func:`choose` then takes the place the phrase is
about, by the same grammar as a whole phrase: the facility words steer the kind,
and the place that lies inside the most of the others named wins ("Şeddadi"
inside "Haseke" inside "Syria"); the rest stay on the match as context
(:func:`about`). :func:`lies_in` is the rule of what lies in what.

Examples
--------
>>> from gazetteer.places import Place
>>> syria = Place(id="sy", name="Syria", kind="country", lat=35.0, lon=38.0, country="SY")
>>> town = Place(id="sy-t", name="Shaddadi", kind="town", lat=36.05, lon=40.73, country="SY", admin1="SY-HA")
>>> lies_in(town, syria), lies_in(syria, town)
(True, False)
"""
from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Sequence
from dataclasses import replace

from gazetteer.hints import distance_km
from gazetteer.normalize import article_words, normalize, normalize_parts, opens_a_name
from gazetteer.phrases import border_words, conjunction_words, direction_words, function_words
from gazetteer.placefiles import beyond_the_region
from gazetteer.places import SITE_KINDS, Match, Place, asks_finer, heard_holder, kinds
from gazetteer.romanize import romanize, romanizations
# The cutting of a phrase into runs of words lives in wordspans; its names stay importable from here.
from gazetteer.wordspans import (ARABIC_PARTICLES, ELISIONS, MAX_SPAN_WORDS, Span, _CASE_ENDING, _caseless,
                                 _only_grammar, _unknown_name, _variants, hebrew_stems, part_words, may_sound, prepare,
                                 turkic_reading, jota_reading, german_reading, unknown_runs, word_spans,
                                 written_lowercase)

__all__ = ["Span", "word_spans", "prepare", "choose", "about", "lies_in", "find_names", "may_sound", "romanize", "romanizations",
           "unknown_runs",
           "turkic_reading", "jota_reading", "german_reading", "written_lowercase",
           "ELISIONS", "ARABIC_PARTICLES", "hebrew_stems",
           "AREA_KINDS", "MAX_SPAN_WORDS"]


#: Kinds that hold other places (a place found inside one of them is more specific). A sea, lake or river holds
#: the places within its reach ("off Hodeidah in the Red Sea" is about Hodeidah).
AREA_KINDS = frozenset({"country", "region", "governorate", "district", "city", "town", "village", "area",
                        "sea", "lake", "river"})
#: Kinds whose borders are drawn: a place named with one and lying outside it is not the one meant.
_ADMIN_KINDS = frozenset({"country", "region", "governorate"})
#: Kinds that lie by one another only by distance: two listed side by side are two places named alike.
_SETTLEMENT_KINDS = frozenset({"city", "town", "village"})
#: Sites named after their town and then, often, a person.
_AIRFIELD_KINDS = frozenset({"airport", "air_base"})
#: How far from a settlement a place named with it may lie ("Jurf al-Sakhar, south of Baghdad": 60 km).
_NEAR_KM = {"city": 100.0, "town": 50.0, "village": 30.0, "area": 20.0, "district": 80.0}


def lies_in(place: Place, area: Place) -> bool:
    """Whether *place* lies in (or, for a settlement, by) *area*, a place that holds others."""
    if place.id == area.id or area.kind not in AREA_KINDS:
        return False
    precision = kinds()
    if precision.get(place.kind, 0.0) >= precision.get(area.kind, 0.0) and area.kind != "country":
        return False
    if area.kind == "country":
        return place.kind != "country" and (place.country == area.country
                                             or place.disputed.startswith(area.country + "-"))
    if area.kind == "governorate":
        return place.kind not in ("country", "governorate") and area.admin1 in (place.admin1, place.disputed)
    distance = distance_km(area.lat, area.lon, place.lat, place.lon)
    if area.kind == "region":
        return place.country == area.country and distance <= 2 * area.precision_km
    # A city names its province too ("Haseke'nin Yarubiye beldesi": Yarubiyah in Hasakah province).
    same_province = area.kind == "city" and bool(area.admin1) and place.admin1 == area.admin1
    return same_province or distance <= _NEAR_KM.get(area.kind, area.precision_km)


def choose(found: Sequence[tuple[Span, Match]], implied: set[str],
           readings: Callable[[Match], Sequence[Place]], *, text: str = "") -> tuple[Span, Match]:
    """The match the phrase is about, among the names found in it.

    Ranked by: not outside a country or province the phrase names; of a kind
    the facility words ask for (*implied*, kinds that hold other places aside); lies inside
    the most of the other places named; not written with a case ending after an apostrophe
    (in *text*, the phrase: "Tel Aviv'in Hod HaSharon banliyösü", Turkish "Tel Aviv's suburb Hod
    HaSharon", owns what follows); the first written (the head, in the
    languages that name the place before its container; the others put the
    container first, and lying inside it decides). A name that several places
    share holds a place when any of them does (*readings*: "Haseke'nin
    Yarubiye beldesi", the town of Yarubiyah in Hasakah, the city or the province).
    """
    precision = kinds()
    words = part_words(text) if text else []
    implied = implied - AREA_KINDS  # "province", "city" describe the container as often as the head

    def rank(item: tuple[Span, Match]) -> tuple[bool, bool, int, bool, bool, bool, int, float, str]:
        span, match = item
        others = [other for _, other in found if other.id != match.id]
        # A settlement listed beside another ("the cities of Arak and Khondab") does not lie by it: both are named
        # alike. (Beside a region it still lies in it: "the Golan Heights and Tiberias".)
        listed = {other.id for other_span, other in found if _listed_together(words, span, other_span)
                  and match.kind in _SETTLEMENT_KINDS and other.kind in _SETTLEMENT_KINDS}
        inside = sum(any(lies_in(match.place, area) for area in readings(other)) for other in others
                     if other.id not in listed)
        # A place outside a country or province the phrase names is not the one it is about, unless that
        # province lies in a country no other name of the phrase lies in: then it is a wrong reading of its
        # name ("Harir Air Base in Erbil Governorate of the Iraqi Kurdistan Region": Iran's Kordestan).
        outside = any(other.kind in _ADMIN_KINDS and not any(lies_in(match.place, a) for a in readings(other))
                      and not lies_in(other.place, match.place)
                      and any(m.place.country == other.place.country for m in (match, *others) if m is not other)
                      and not _site_named_in_country(match, other)
                      for other in others)
        owner = bool(words) and bool(_CASE_ENDING.search(words[span.stop - 1][0]))
        # A name heard only by sound ranks after one spelt, when neither holds the other ("Huror in ... the Kani
        # Masi sub-district": Huror sounds like Harir, 100 km away; Kani Masi is written).
        heard = match.method in ("phonetic", "fuzzy")
        return (outside, match.kind not in implied, -inside, heard, _measured_from(words, span), owner, span.start,
                precision.get(match.kind, 0.0), match.id)

    return min(found, key=rank)


def _measured_from(words: list[tuple[str, int]], span: Span) -> bool:
    """Whether a direction and "of" stand right before *span* in *words*: "60 km southwest of Erbil in the Makhmour
    district" measures from Erbil; the place meant is the other name."""
    def at(k: int) -> bool:
        return 0 <= k and k + 1 < len(words) and words[k + 1][0].casefold() == "of" \
            and normalize(words[k][0]) in direction_words()

    # the span may hold the direction itself ("southwest of Erbil"), or follow it
    return at(span.start) or at(span.start - 2)


def _listed_together(words: list[tuple[str, int]], span: Span, other: Span) -> bool:
    """Whether two runs of the phrase's *words* are joined by a conjunction alone ("Arak and Khondab")."""
    first, second = sorted((span, other), key=lambda s: s.start)
    between = words[first.stop:second.start]
    return len(between) == 1 and normalize(between[0][0]) in conjunction_words() \
        and words[first.stop - 1][1] == words[second.start][1]


def _site_named_in_country(match: Match, area: Match) -> bool:
    """Whether *match* is a site known by one of its own names, alone of its name, in the country of the province
    *area*: reports place a site in a province loosely ("the Port of Haifa in northern Israel", the Northern
    District), and a site's full name is no wrong reading of another place."""
    return match.kind in SITE_KINDS and match.method in ("exact", "alias") and not match.alternatives \
        and area.kind == "governorate" and match.place.country == area.place.country


def _airfield_by_name(match: Match) -> bool:
    """Whether *match* is an airfield found by its own (town's) name: what follows it in the text is its name."""
    return match.kind in _AIRFIELD_KINDS and match.method in ("exact", "alias")


def _joining_article(word: str) -> bool:
    """Whether *word*, written apart, is an Arabic article that joins the words around it into one name ("Marj al
    Hamam"); "en", "at" and "et" are also the French and Spanish 'in', English 'at' and French 'and' ("Abu Kamal en
    Siria": Abu Kamal, in Syria), which join nothing."""
    key = normalize(word)
    return key in article_words() and key not in _function_words()


@functools.cache
def _function_words() -> frozenset[str]:
    return frozenset(" ".join(words) for words in function_words())


def find_names(text: str, lookup: Callable[[Span, bool], Match | None],
               readings: Callable[[Match], Sequence[Place]] = lambda m: [m.place]) -> list[tuple[Span, Match]]:
    """The places *lookup* finds in runs of *text*, longest runs first, no two runs overlapping.

    *readings* gives the places a match may stand for (its alternatives, the place its name names when
    not steered to a facility). ``lookup(span, by_sound)`` is asked for each run, first by name for every spelling of the run
    (:func:`word_spans`), then by sound: "parêzgeha Babîlê" is the province of Babil by the stem
    "Babîl", not the Syrian town Babīlā that the inflected word sounds like.

    A run written right beside a capitalised word that is neither grammar nor part of another name
    found is a piece of a longer name the gazetteer does not know ("Khor Mor", "Qadir Karam",
    "Hamat Gader"): it is left out, never taken for the place its piece names.
    """
    taken: set[int] = set()
    kept: list[tuple[Span, Match]] = []
    for _, group in itertools.groupby(word_spans(text), key=lambda s: (s.start, s.stop)):
        spellings = list(group)
        cover = set(range(spellings[0].start, spellings[0].stop))
        if cover & taken:
            continue
        found = next(((span, match) for by_sound in (False, True) for span in spellings
                      if (match := lookup(span, by_sound)) is not None), None)
        if found is not None:
            taken |= cover
            kept.append(found)
    words = part_words(text)

    def grammar_at(i: int) -> bool:
        return any(_only_grammar(v) for v in _variants(words[i][0]))

    def beside_unknown(span: Span, match: Match) -> bool:
        start, stop = span.start, span.stop
        while stop - start > 1 and grammar_at(start):  # the name itself, without the words around it
            start += 1
        while stop - start > 1 and grammar_at(stop - 1):
            stop -= 1
        part = words[start][1]
        # A script without capitals does not show where a name ends: followed by a word that is no grammar
        # word, a run heard only by sound is the start of a longer name ("مدينة قصر شيرين": قصر alone sounded
        # like Luxor). (Words before it may describe it: "فڕۆکەخانەی نێودەوڵەتی بەغدا".)
        by_sound = match.method == "phonetic"
        before = start - 1
        while before > 0 and words[before][1] == part and _joining_article(words[before][0]) \
                and not _only_grammar(words[before - 1][0]):
            before -= 1  # "Marj al Hamam": an article written apart joins the name to the word before it
        after = stop
        while after + 1 < len(words) and words[after][1] == part and _joining_article(words[after][0]) \
                and not _only_grammar(words[after + 1][0]):
            after += 1  # "Borj El Mlouk": ... and the word after it (Borj alone sounded like the Gaza camp al-Burayj)
        # An airfield named after its town and then a person ("Mashhad Hashemi Nejad Airport", "Beirut Rafic
        # Hariri Airport"), found by the town's name with the airfield word written: what follows is its own name.
        named_airfield = _airfield_by_name(match)
        # A generic word names begin with, capitalised right before the run ("Ain Dara", "Umm Batinah"), opens a
        # name the gazetteer lacks: Dara is not Daraa, Batinah not Al Batinah.
        opened = 0 <= before < span.start and before not in taken and words[before][1] == part \
            and opens_a_name(words[before][0])
        # A run that ends on such a word, before a capitalised word, is that longer name's first word: "Bani Matar"
        # is not Baneh (heard as "Bani") with an airport ("matar") after it.
        opens = stop < len(words) and stop not in taken and words[stop][1] == part and opens_a_name(words[stop - 1][0]) \
            and words[stop][0][:1].isupper()
        # Arabic joins two words into one name by the article ("تحويطة الغدير", Tahwitat al-Ghadir): a run heard only
        # by sound that opens with it, after a word that is no grammar word, is the second half of a longer name
        # (الغدير alone sounded like Gedera).
        second_half = by_sound and 0 <= before < start and before not in taken and words[before][1] == part \
            and words[start][0].startswith("\u0627\u0644") and _caseless(words[before][0]) and not grammar_at(before)
        return opened or opens or second_half or any(0 <= i < len(words) and i not in taken and words[i][1] == part
                   and ((_unknown_name(words[i][0]) and not (named_airfield and i == after))
                        or (by_sound and i == stop and _caseless(words[i][0]) and not grammar_at(i)))
                   for i in (before, after))

    def touching(span: Span, other: Span) -> bool:
        """Written side by side in one part, with name words (no grammar word) where they touch."""
        if other.start == span.stop:
            left, right = span.stop - 1, other.start
        elif other.stop == span.start:
            left, right = other.stop - 1, span.start
        else:
            return False
        # A word with an ending after an apostrophe ("Haseke'nin Yarubiye") is inflected: not one name.
        return words[left][1] == words[right][1] and not any(
            grammar_at(i) or "'" in words[i][0] or "\u2019" in words[i][0] for i in (left, right))

    def beside_stranger(span: Span, match: Match) -> bool:
        # "Hamat Gader": two names side by side, neither lying in the other (in any of their *readings*),
        # are one name not known.
        def holds(outer: Match, inner: Match) -> bool:
            return any(lies_in(inner.place, area) for area in readings(outer))

        # An airfield found by its town's name does not yield to a word after it heard only by sound: that word is
        # the airfield's own name ("Mashhad Hashemi Nejad Airport": Hashemi sounded like al-Hashimiyah).
        airfield = _airfield_by_name(match)
        return any(touching(span, other) and found.id != match.id and not holds(found, match)
                   and not holds(match, found) and not (airfield and found.method == "phonetic"
                                                        and other.start >= span.stop)
                   for other, found in kept)

    return [(span, match) for span, match in kept
            if not beside_unknown(span, match) and not beside_stranger(span, match)]


def about(query: str, found: list[tuple[Span, Match]], implied: set[str],
          readings: Callable[[Match], Sequence[Place]], container: Place | None) -> tuple[Match, list] | None:
    """The match for *query* from the names *found* inside it, and the names it was chosen among.

    Under a *container* (all the phrase grammar found) only a place lying in it counts. The other
    names stay on the match as qualifiers; method ``"span"``, or ``"container"`` when the facility
    words ask for a finer kind than the place found ("a military outpost in Rukban": Rukban holds it).
    """
    if container is not None:
        # The container's own name, read as another place it holds, is no other name ("an oil depot in Rmelan": the
        # town holds the depot; the landing zone a bare "Rmelan" means is the same name read another way).
        found = [(span, m) for span, m in found if lies_in(m.place, container)
                 and container.id not in {p.id for p in readings(m)}]
    found = _beyond_borders(query, found)
    found = _heard_in_countries_named(found)
    # A state beyond the region named inside a longer phrase owns what it names, and holds none of it: "the US-run
    # facility at Kharab al-Jir", "a US base" (places/beyond.csv).
    found = [(span, m) for span, m in found if not (m.kind == "country" and beyond_the_region(m.place))]
    if not found:
        return None
    span, chosen = choose(found, implied, readings, text=query)
    others = tuple(s.text for s, _ in found if s is not span)
    qualifiers = (*chosen.qualifiers, *others)
    if chosen.kind in AREA_KINDS and asks_finer(implied, chosen.kind):
        if chosen.method == "phonetic" and not heard_holder(normalize_parts(span.text)[0], chosen.place):
            return None  # a guess on a guess: only sounds like the name, and holds the facility asked for
        described = " ".join(normalize_parts(prepare(query))[1])
        return replace(chosen, method="container", container=described, qualifiers=qualifiers), found
    return replace(chosen, method="span", qualifiers=qualifiers), found


def _beyond_borders(query: str, found: list[tuple[Span, Match]]) -> list[tuple[Span, Match]]:
    """*found* without the names written right before a border word ("Irak sınırına yakın Malikiyye ilçesi": Iraq
    is across the border from Malikiyah), unless nothing else was found."""
    words = part_words(query)
    borders = border_words()
    across = [(span, m) for span, m in found
              if span.stop < len(words) and words[span.stop][1] == words[span.stop - 1][1]
              and normalize(words[span.stop][0]) in borders]
    return [f for f in found if f not in across] if len(across) < len(found) else found


def _countries(place: Place) -> set[str]:
    """The country that holds *place* and, on disputed ground, the one that claims it."""
    return {place.country, place.disputed.split("-")[0]} - {""}


def _heard_in_countries_named(found: list[tuple[Span, Match]]) -> list[tuple[Span, Match]]:
    """*found* without the names heard only by sound in a country none of the names found as written lies in:
    "قاعدة لقواته شمالي الجولان السوري" names the Golan, and لقواته ('for its forces') that sounds like Kut, in
    Iraq, is no place of the phrase."""
    written = [m for _, m in found if m.method in ("exact", "alias")]
    if not written:
        return found
    held = set().union(*(_countries(m.place) for m in written))
    return [(span, m) for span, m in found if m.method in ("exact", "alias") or _countries(m.place) & held]
