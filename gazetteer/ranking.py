"""Which of the candidates one stage of the :class:`~gazetteer.resolver.Resolver` found is the answer.

A stage (name hits, phonetic hits, fuzzy matches) gives candidates
``(score, method, place number)``. :meth:`Ranking.ranked` orders them:
score, then method (exact, alias, phonetic, fuzzy), then place id, so the
order never depends on the order of the places. :meth:`Ranking.choose` then
decides among them (a facility whose own names say it is another kind of
facility than the one written is no candidate: "the Haifa refinery" is not
the port of Haifa):

1. a place one of whose own names holds the descriptor words written ("Green
   Village" for Mission Support Site Green Village) first, else the places of
   the kind the descriptor and facility words ask for ("Hasaka province",
   "Erbil airport"), most specific first: a word's first kind before its
   others (an "airport" is an airport before an air base), and a site word
   before a word for an area ("an airbase near the city of Isfahan": the city
   word says where the base is);
2. the best score;
3. ``near=``: the closest;
4. the most prominent place (:attr:`gazetteer.places.Place.prominence`),
   which makes the match ``ambiguous`` with its ``alternatives`` listed. A tie
   in prominence, or ``strict=True``, is an :class:`AmbiguousPlace`.

When every kind the words ask for is finer than the place chosen ("Erbil
airport" and no such airport is known), the place is a container: method
``"container"``.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from gazetteer.errors import AmbiguousPlace, GazetteerError
from gazetteer.hints import distance_km
from gazetteer.index import NameIndex
from gazetteer.normalize import descriptor_kinds, name_words, normalize_parts
from gazetteer.phrases import countryside_words, region_words
from gazetteer.places import METHODS, SITE_KINDS, Alternative, Match, Place, asks_finer, heard_holder, located_in

__all__ = ["Ranking", "Candidate", "Trace", "FUZZY_CAP", "describe_hints", "implied_kinds"]

#: The kinds a region word asks for among places named alike.
_REGION_KINDS = frozenset({"region", "governorate", "district"})
#: Name hits (not by sound or likeness), and how far below the best an area named alike may score.
_NAME_METHODS = frozenset({"exact", "alias"})
_ALIKE_MARGIN = 3.0
_METHOD_RANK = {method: rank for rank, method in enumerate(METHODS)}
#: Fuzzy scores are reported at most this high, below every name and phonetic hit.
FUZZY_CAP = 95.0

#: (score, method, place number)
Candidate = tuple[float, str, int]


@dataclass
class Trace:
    """What :meth:`Resolver.explain` reports: each stage tried and its candidates, and why the winner won."""

    steps: list[tuple[str, list[Candidate]]]
    why: str = ""


class Ranking:
    """The order of candidates and the choice among them, over a gazetteer's places and name index."""

    def __init__(self, places: Sequence[Place], index: NameIndex) -> None:
        self._places = places
        self._index = index
        self._descriptor_cache: dict[int, list[tuple[str, ...]]] = {}
        self._facility_words: dict[int, frozenset[str]] = {}

    def ranked(self, found: list[Candidate]) -> list[Candidate]:
        """*found* best first: by score, then method (exact, alias, phonetic, fuzzy), then place id.

        The ids' order is the index's (:attr:`NameIndex.place_order`), read for all candidates in one
        gather: no place is visited, which at 10^6 places is most of the cost of a sort.
        """
        if len(found) < 2:
            return found
        place_order = self._index.place_order
        if len(found) <= 16:  # a few: read one by one (a gather costs more than it saves)
            order = [place_order.item(c[2]) for c in found]
        else:
            order = place_order[[c[2] for c in found]].tolist()
        keyed = sorted(zip([-c[0] for c in found], [_METHOD_RANK[c[1]] for c in found], order, range(len(found))))
        return [found[k[3]] for k in keyed]

    def named_as_written(self, index: int, written: tuple[str, ...]) -> bool:
        """Whether a name of the place that holds a descriptor word stands, word for word, in the query."""
        names = self._descriptor_cache.get(index)
        if names is None:
            place = self._places[index]
            # (the Arabic name too: "بندر عباس", whose بندر 'port' is part of the city's name, names Bandar Abbas)
            names = [name_words(n) for n in (place.name, place.name_ar, *place.aliases) if n and normalize_parts(n)[1]]
            self._descriptor_cache[index] = names
        return any(_contains(written, words) for words in names)

    def choose(
        self, query: str, ranked: list[Candidate], descriptors: tuple[str, ...], hints: dict[str, Any],
        near: tuple[float, float] | None, strict: bool, qualifiers: tuple[str, ...], trace: Trace | None,
    ) -> tuple[Match | None, GazetteerError | None]:
        """The match among *ranked* (best first), or the :class:`AmbiguousPlace` to raise (module docstring)."""
        implied = implied_kinds(descriptors)
        ranked = self._without_other_facilities(ranked, descriptors)
        if not ranked:
            return None, None
        steered: list[Candidate] = []
        asked: set[str] = set()
        for asked in _asked(descriptors):
            steered = [c for c in ranked if self._places[c[2]].kind in asked]
            if steered:
                break
        # A place whose own name holds the words written ("Green Village" for Mission Support Site
        # Green Village) matches them as a name, before they ask for a kind (a village called Green).
        written = name_words(query) if descriptors else ()
        named = [c for c in ranked if self.named_as_written(c[2], written)] if descriptors else []
        if named and len(named) < len(ranked):
            ranked = named
            why = f"the words {', '.join(descriptors)} are part of the name of {self._places[named[0][2]].name!r}; "
        elif steered and len(steered) < len(ranked):
            ranked = steered  # the words written ("province", "airport") choose the kind first
            why = f"the words {', '.join(descriptors)} ask for {' or '.join(sorted(asked))}; "
        else:
            why = ""
        top = [c for c in ranked if c[0] == ranked[0][0]]
        if region_words().intersection(qualifiers):
            # "the Deir Ezzor region", "the countryside of Homs": of a city and the province (or district) named
            # alike, the province. Named alike: equally well, or, after a countryside word (the land outside the
            # city, never the city), found by name a few points below it at most (the province's own name carries
            # its descriptor: "Deir ez-Zor Governorate" scores 98 to the city's 100).
            alike = [c for c in ranked if c[1] in _NAME_METHODS and c[0] >= top[0][0] - _ALIKE_MARGIN] \
                if top[0][1] in _NAME_METHODS and countryside_words().intersection(qualifiers) else top
            areas = [c for c in alike if self._places[c[2]].kind in _REGION_KINDS]
            if areas and len(areas) < len(alike):
                top = [c for c in areas if c[0] == areas[0][0]]
                why += f"the word {'/'.join(sorted(region_words().intersection(qualifiers)))} asks for an area; "
        if len(top) > 1 and near is not None:
            top = [min(top, key=lambda c: (distance_km(near[0], near[1], self._places[c[2]].lat,
                                                         self._places[c[2]].lon), self._places[c[2]].id))]
            why += "closest to near=; "
        others: list[Candidate] = []
        if len(top) > 1:
            chosen = None if strict else self._most_prominent(top)
            if chosen is None:
                candidates = [self.match(query, c) for c in top]
                listed = " | ".join(f"{c.name} ({c.kind}, {located_in(c)})" for c in candidates)
                reason = "" if strict else " and none is more prominent"
                return None, AmbiguousPlace(
                    f"{query!r}{describe_hints(hints)} matches {len(top)} places equally well{reason}: {listed}; "
                    "pass kind=, country=, admin1= or near= to choose",
                    query=query, candidates=candidates,
                )
            others = [c for c in top if c is not chosen]
            why += f"the most prominent of {len(top)} equally good matches; "
            top = [chosen]
        match = self.match(query, top[0], others=others, qualifiers=qualifiers)
        # A place named with the words written is the place asked for ("Northern District" is Israel's
        # district, a province), not the holder of a finer one.
        if asks_finer(implied, match.kind) and not (named and top[0] in named):
            if match.method == "fuzzy" or (match.method == "phonetic"
                                           and self._spelled_unlike(query, qualifiers, match.place)):
                # "Al-Umar oil field": a place that only resembles the name is not known to hold the site
                # asked for; a guess on a guess gives some other place, so none. So is a place that only
                # sounds like the name and is spelled unlike it ("the Khurmala oil field" is not in Karmiel).
                return None, None
            # "Erbil airport" with no such airport known: Erbil holds it, at Erbil's precision.
            match = replace(match, method="container", container=" ".join(descriptors))
            why += "no place of the kind asked for: the place that holds it; "
        if trace is not None and not trace.why:
            trace.why = (why or "the best score; ") + f"method {match.method}, score {match.score:g}"
        return match, None

    @staticmethod
    def _spelled_unlike(query: str, qualifiers: tuple[str, ...], place: Place) -> bool:
        """Whether the name in *query* (descriptor words and leading *qualifiers* set aside) is spelled too unlike
        *place* for it to hold a facility (:func:`gazetteer.places.heard_holder`)."""
        words = normalize_parts(query)[0].split()
        for qualifier in qualifiers:
            if words[:len(qualifier.split())] == qualifier.split() and len(words) > len(qualifier.split()):
                words = words[len(qualifier.split()):]
        return not heard_holder(" ".join(words), place)

    def _without_other_facilities(self, ranked: list[Candidate], descriptors: tuple[str, ...]) -> list[Candidate]:
        """*ranked* without the facilities whose own names say they are another kind of facility than the one
        written: "the Haifa refinery" is not the port of Haifa (both are facilities named after the city)."""
        table = descriptor_kinds()
        asked = {d for d in descriptors if set(table.get(d, ())) == {"facility"}}
        if not asked:
            return ranked
        kept = []
        for candidate in ranked:
            named = self._facility_words.get(candidate[2])
            if named is None:
                place = self._places[candidate[2]]
                named = frozenset(d for n in (place.name, *place.aliases) for d in normalize_parts(n)[1]
                                  if set(table.get(d, ())) == {"facility"}) if place.kind == "facility" else frozenset()
                self._facility_words[candidate[2]] = named
            if not named or named & asked:
                kept.append(candidate)
        return kept

    def _most_prominent(self, top: list[Candidate]) -> Candidate | None:
        """The single most prominent candidate; None when two share the highest prominence."""
        ordered = sorted(top, key=lambda c: -self._places[c[2]].prominence)
        first, second = (self._places[c[2]].prominence for c in ordered[:2])
        return ordered[0] if first > second else None

    def match(
        self, query: str, candidate: Candidate, *, others: Sequence[Candidate] = (), qualifiers: tuple[str, ...] = (),
    ) -> Match:
        """The :class:`Match` of a candidate, with the *others* as its alternatives (distance from it in km)."""
        score, method, index = candidate
        place = self._places[index]
        alternatives = tuple(
            Alternative(place_id=p.id, name=p.name, kind=p.kind, admin1=p.admin1, country=p.country,
                        distance_km=round(distance_km(place.lat, place.lon, p.lat, p.lon), 1))
            for p in (self._places[c[2]] for c in others)
        )
        return Match(place, query, method, min(score, FUZZY_CAP) if method == "fuzzy" else score,
                     ambiguous=bool(alternatives), alternatives=alternatives, qualifiers=qualifiers)


def describe_hints(hints: dict[str, Any]) -> str:
    """The hints given, as written in an error message (" with country='IQ', kind='town'")."""
    given = [f"{name}={hints[name]!r}" for name in ("country", "kind", "admin1", "near") if hints.get(name) is not None]
    return f" with {', '.join(given)}" if given else ""


def implied_kinds(descriptors: tuple[str, ...]) -> set[str]:
    """The place kinds the descriptor words ask for ("airport": airport or air base)."""
    return {kind for d in descriptors for kind in descriptor_kinds().get(d, ())}


def _asked(descriptors: tuple[str, ...]) -> list[set[str]]:
    """The sets of kinds the words ask for, most specific first: the first kind of each word ("airport" is an
    airport before an air base), then the kinds of its site words ("an airbase near the city of Isfahan":
    the city word says where the base is), then every kind implied."""
    table = descriptor_kinds()
    sites = {kind for d in descriptors if SITE_KINDS & set(table.get(d, ())) for kind in table[d]}
    primary = {table[d][0] for d in descriptors if table.get(d)}
    found: list[set[str]] = []
    for asked in (primary & sites, sites, primary, implied_kinds(descriptors)):
        if asked and asked not in found:
            found.append(asked)
    return found


def _contains(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether *part* is a run of consecutive words of *words*."""
    n = len(part)
    return 0 < n <= len(words) and any(words[i:i + n] == part for i in range(len(words) - n + 1))
