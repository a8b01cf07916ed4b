"""How a :class:`~gazetteer.core.Gazetteer` decides which place a query means.

Stages, each tried only when the ones before found nothing:

1. **name hits** of the name as written, then of the name without its
   qualifiers (:mod:`gazetteer.phrases`: "the outskirts of northern Hasaka"
   → "Hasaka", qualifiers kept on ``Match.qualifiers``); when no hit is of
   the kind the facility words ask for, the places of that kind named after
   a hit ("Dimashq airport" is Damascus International Airport);
2. **containers**: "HEAD, TAIL" and "HEAD in TAIL" resolve TAIL, then look
   for HEAD inside it by name ("HEAD near TAIL", "TAIL's HEAD" and
   "HEAD (TAIL)" first look for HEAD anywhere, by name or sound); a HEAD that is not found there (or that names
   no place: "a base in western Iraq") gives TAIL itself, with method
   ``"container"`` and TAIL's precision; a HEAD on disputed ground is found in
   its de jure container too ("Golan Heights, Syria") (:mod:`gazetteer.containers`);
3. **phonetic hits** (:func:`gazetteer.phonetic.phonetic_key`, method
   ``"phonetic"``, scores 95–96 ordered by spelling likeness, half a point
   lower for a place none of whose names is written with the descriptor
   words of the query: "Erbile" is the city, not "Erbil air base");
4. **fuzzy** matches (:func:`rapidfuzz.fuzz.token_sort_ratio`, method
   ``"fuzzy"``, accepted at the threshold, a key of six letters or fewer only
   one edit from a name, reported score capped at 95).

Stages 3 and 4 take only a key holding a word that is none of the grammar's: "the border area", "القرية"
('the village') or "al-Matar" ('the airport') name no place, though they sound like Burdur, HaKirya, Matrouh.

Within a stage the candidates are ranked, and one chosen, by
:class:`gazetteer.ranking.Ranking`: the words written steer the kind first
("Hasaka province", "Erbil airport"); then the best score; then ``near=``;
then the most prominent place, which makes the match ``ambiguous`` with its
``alternatives`` listed (a tie in prominence, or ``strict=True``, raises
:class:`AmbiguousPlace`).

When the phrase as a whole names no place, or only a container, the known
names inside it are tried (:mod:`gazetteer.spanreading`), then the Latin
letters of another script and a Kurdish or Persian ending taken off.

A country's territory or airspace named with its adjective ("Israeli airspace", "الأجواء العراقية") is the country
(:func:`gazetteer.phrases.territory_country`, method ``"alias"``). A country named with a direction word is the country, the
word kept as a qualifier, also where a region bears that name ("im Norden Israels", "South Lebanon": Israel, Lebanon;
:func:`gazetteer.phrasewords.directed_country`); a land
named with a Kurdish direction word is the place ``data/direction_lands.csv`` names ("Başûrê Kurdistanê": the
Kurdistan Region).
"""
from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from gazetteer.errors import GazetteerError, PlaceNotFound
from gazetteer.hints import HintFilter, check_near
from gazetteer.index import SCORES, NameIndex
from gazetteer.normalize import inflection_stems, name_words, normalize, normalize_parts, stems_after
from gazetteer.phonetic import phonetic_readings
from gazetteer.phrasewords import (compass_names, compass_of, compass_told, directed_split, direction_land, grammar_words, may_name,
                                    region_words)
from gazetteer.phrases import Phrase, name_capitals, parse_phrase, qualifier_words, territory_country, without_modifiers
from gazetteer.places import SITE_KINDS, Match, Place, located_in
from gazetteer.ranking import FUZZY_CAP, Candidate, Ranking, Trace, describe_hints, implied_kinds
from gazetteer.containers import LARGE_AREAS, ContainerReading
from gazetteer.spanreading import SpanReading, opener_kept, short_key_close
from gazetteer.romanize import romanized_alike, romanizations
from gazetteer.spans import german_reading, jota_reading, lies_in, turkic_reading, written_lowercase
from gazetteer.wordspans import unelided

__all__ = ["Resolver"]

_CACHE_SIZE = 100_000
#: How much lower a phonetic hit scores when none of the place's names is written with the descriptor words
#: of the query (the gap between a full and a short name hit).
_OTHER_WORDS = 0.5
#: Kinds of the region a name that is a country's after direction words may also name ("South Lebanon": Lebanon).
_DIRECTED_KINDS = frozenset({"region", "governorate"})
#: Kinds of the place a country's name after a compass word alone names when one is named so ("southern Lebanon":
#: South Lebanon); a governorate needs its own word ("Saudi eastern province").
_COMPASS_KINDS = frozenset({"region"})
#: Hints that restrict nothing (a province of a country is looked up by its own name).
_NO_HINTS = {"country": None, "kind": None, "admin1": None, "near": None, "fuzzy": False}


@functools.cache
def _qualifier_keys() -> frozenset[str]:
    """Keys that are a single qualifier word of the phrase grammar ("us", "american", "iranian")."""
    return frozenset(words[0] for words in qualifier_words() if len(words) == 1)


class Resolver(ContainerReading, SpanReading):
    """The decision procedure over a list of places (see the module docstring)."""

    def __init__(self, places: Sequence[Place], index: NameIndex, hints: HintFilter, fuzzy_threshold: float,
                 by_id: dict[str, int]) -> None:
        self._places = places
        self._index = index
        self._hints = hints
        self.fuzzy_threshold = fuzzy_threshold
        self._cache: dict[tuple, list[Candidate]] = {}
        self._by_id = by_id  # place id -> number, the gazetteer's own
        self._ranking = Ranking(places, index)

    def _name_of(self, place_id: str) -> str | None:
        """The name of the place *place_id*, None when this gazetteer does not hold it."""
        number = self._by_id.get(place_id)
        return None if number is None else self._places[number].name

    # -- candidates ------------------------------------------------------------------
    def candidates(self, stage: str, key: str, descriptors: tuple[str, ...], hints: dict[str, Any],
                   cutoff: float = 0.0) -> list[Candidate]:
        """Candidates of one stage (``"name"``, ``"phonetic"``, ``"fuzzy"``), best first; fuzzy ones scoring at least
        *cutoff*."""
        cache_key = (stage, key, descriptors, repr(hints["country"]), repr(hints["kind"]), repr(hints["admin1"]),
                     cutoff)
        cached = self._cache.get(cache_key)
        if cached is None:
            mask = self._hints.mask(country=hints["country"], kind=hints["kind"], admin1=hints["admin1"])
            if stage != "name" and key in _qualifier_keys():
                found = []  # a lone qualifier word ("us", "american") sounds like, or resembles, no name
            elif stage == "name":
                found = [(s, m, i) for i, (s, m) in self._index.hits(key, descriptors, mask).items()]
                if key in _qualifier_keys():
                    # "US base", "US consulate", "US": a nationality or other qualifier word is no name by itself,
                    # so only a name written with the same descriptor words counts ("US embassy" is not "US base"),
                    # or a place of the kind the descriptor words ask for ("the village of Ma'in", key "main").
                    implied = implied_kinds(descriptors)
                    found = [f for f in found if f[0] >= SCORES["alias", "full"] or self._places[f[2]].kind in implied]
            elif stage == "phonetic":
                # As for name hits, a place heard only through names written with other descriptor words ranks
                # below one named as written ("Erbile" is the city, not the "Erbil air base" that sounds alike).
                sounds = phonetic_readings(key)
                hits = self._index.phonetic(key, mask)
                named = self._index.named_by_sound(sounds, descriptors) if hits else set()
                found = [(s if i in named else round(s - _OTHER_WORDS, 2), "phonetic", i) for i, s in hits.items()]
            else:
                found = [(s, "fuzzy", i) for i, s in self._index.fuzzy(key, mask, cutoff=cutoff).items()]
            cached = self._ranking.ranked(found)
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()  # a crude bound; batches repeat few keys
            self._cache[cache_key] = cached
        return cached

    # -- the decision ----------------------------------------------------------------
    def decide(
        self, query: str, hints: dict[str, Any], *, strict: bool = False, trace: Trace | None = None,
    ) -> tuple[Match | None, GazetteerError | None]:
        """Return (match, None) or (None, the error to raise); see the module docstring."""
        near = check_near(hints["near"])
        turkic = turkic_reading(query)
        if turkic is not None:
            # Turkish, Azerbaijani and Kurmanji write j as c: their reading, by name, before any sound of c as k
            # ("Sincar ilçesi" is Sinjar, not Sonqor).
            found, _ = self.decide(turkic, hints, strict=strict, trace=trace)
            if found is not None and found.method in ("exact", "alias", "phonetic"):
                return replace(found, query=query), None
        bare, modifiers = without_modifiers(query)
        if modifiers and bare:
            # "the U.S.-run Sarsang oil field": a word joined to a participle qualifies the place (kept on the
            # match as a qualifier); as a capitalised word it had made the name beside it a piece of an unknown one.
            found, error = self.decide(bare, hints, strict=strict, trace=trace)
            if found is not None:
                return replace(found, query=query, qualifiers=(*modifiers, *found.qualifiers)), None
            if error is not None and not isinstance(error, PlaceNotFound):
                return None, error
        bare = unelided(query)
        if bare != query:
            # "la province d'Anbar", "l'aéroport d'Erbil": an article elided onto a word is read apart from it (the
            # apostrophe, dropped as an ayn mark is, had joined it to the name: 'danbar').
            found, error = self.decide(bare, hints, strict=strict, trace=trace)
            if found is not None:
                return replace(found, query=query), None
            if error is not None and not isinstance(error, PlaceNotFound):
                return None, error
        named = name_capitals(query, self._name_of)
        if named != query:
            # "the Iranian capital" is Tehran (data/capitals.csv), not the Jordanian governorate called
            # "the Capital" (العاصمة): the phrase is read with the capital's name.
            found, error = self.decide(named, hints, strict=strict, trace=trace)
            if found is not None or error is not None:
                return (replace(found, query=query) if found is not None else None), error
        territory = territory_country(query)
        if territory is not None and (name := self._name_of(territory[0])) is not None:
            # "Israeli territory", "den iranischen Luftraum", "الأجواء العراقية": a country's territory or airspace named
            # with its adjective is the country, found as if by another name of it, the words kept as qualifiers.
            found, error = self.decide(name, hints, strict=strict, trace=trace)
            if found is not None:
                return replace(found, query=query, method="alias", qualifiers=(*territory[1], *found.qualifiers)), None
            if error is not None and not isinstance(error, PlaceNotFound):
                return None, error
        phrase = parse_phrase(query)
        match, error = self._resolve(query, phrase, hints, near, strict, trace, allow_container=True)
        if error is None and (match is None or match.method == "container") \
                and (match is not None or not _has_street(query)):
            # The whole phrase named no place, or only a container: the known names written inside it (with a
            # street word, only inside the container: "Palestine Street" is not Palestine).
            inner = self._named_within(query, hints, near, trace, container=match)
            match = inner or match
        if error is None and match is not None and match.method == "container" and hints["fuzzy"]:
            # "the Golan Heights village Majdal Hams": a name misspelt inside the container found is found by
            # likeness, among the places lying in it only.
            match = self._misspelt_within(query, match, hints, trace) or match
        coarse = match is not None and match.method in ("span", "container") and match.kind in LARGE_AREAS
        if (match is None or coarse) and error is None:
            # Last resort for scripts the gazetteer holds no names in (Cyrillic, Greek, kana): their Latin letters;
            # also when only a country or province was known in them ("στην πόλη Ταμπρίζ του βόρειου Ιράν": the
            # Greek name of Iran, and Tabriz in Latin letters), for a place lying in it.
            # Every reading is tried; the place most of them find stands, then the best found, then the first
            # ("на базе Харир в Эрбиле": read with h, Harir is a name as written in every reading; read with kh,
            # 'Kharir' only sounds like some other place, and Erbil or its air base would stand).
            readings = []
            for latin in romanizations(query):
                found, _ = self.decide(latin, hints, strict=strict, trace=trace)
                if found is not None and romanized_alike(latin, found) \
                        and (match is None or lies_in(found.place, match.place)):
                    readings.append(found)
            # A reading that found only an area another reading finds a place in read less of the phrase ("в
            # Иордании, в Аммане": read as 'v Iordanii, v Ammane', only Jordan is heard; read with Amman, the city
            # in it is the place the phrase is about): it does not vote.
            readings = [m for m in readings
                        if m.kind not in LARGE_AREAS or not any(lies_in(o.place, m.place) for o in readings)]
            if readings:
                votes = Counter(m.place.id for m in readings)
                best = max(readings, key=lambda m: (votes[m.place.id], m.score))  # the first of equals
                match = replace(best, query=query)
        heard = match is not None and match.method in ("phonetic", "fuzzy")
        for stem in self._stems(query) if (match is None or heard) and error is None else ():
            # A Kurdish or Persian ending joined to a name ("کۆرمۆرەوە", "Kormorê"): the stem, by name only,
            # before what the inflected word only sounds like ("parêzgeha Babîlê" is Babil, not Babīlā; "li Koyeyê" is
            # Koya, found by name inside the stem "li Koye", not Laqiyya by sound: with fuzzy off a span is by name).
            found, _ = self.decide(stem, {**hints, "fuzzy": False}, strict=strict, trace=trace)
            if found is not None and _an_abbreviation(found.place, stem) and not set(query) & set("'’-"):
                continue  # "Abdon" is no "ABD" with a Hungarian ending: an abbreviation takes its ending after a dash
            if found is not None and (not heard or found.method in ("exact", "alias", "span")):
                match = replace(found, query=query)
                break
        # Spanish writes kh with j ("Juzestán"), German j with dsch and y with j ("Dschauf", "Kirjat Schmona"): read
        # so when nothing else was found by name, and kept only by name.
        for read in (jota_reading, german_reading) if match is None and error is None else ():
            spelt = read(query)
            found, _ = self.decide(spelt, {**hints, "fuzzy": False}, strict=strict, trace=trace) \
                if spelt is not None else (None, None)
            if found is not None and found.method in ("exact", "alias"):
                return replace(found, query=query), None
        if match is not None and match.qualifiers:
            match = self._directed_land(match) or match
        if match is not None and match.kind in _DIRECTED_KINDS:
            match = self._directed_country(match) or match
        if match is not None and match.kind == "country" and len(query.split()) > 1:
            named = parse_phrase(query).descriptors or any(q in region_words() for q in match.qualifiers)
            # "Saudi eastern province", "the southern Lebanon region"; with no such word only a region: "southern
            # Lebanon" is South Lebanon, "northern Israel" Israel (the Northern District does not hold Haifa)
            match = self._directed_province(match, _DIRECTED_KINDS if named else _COMPASS_KINDS) or match
        if match is not None or error is not None:
            return match, error
        def closest() -> tuple[list[Match], str]:
            # found only when the error is read: a caller trying names one by one pays for no likeness scan
            ranked = self.candidates("fuzzy", phrase.key or phrase.written, phrase.descriptors, hints)
            matches = [self._ranking.match(query, c) for c in ranked[:3]]
            named = ", ".join(f"{c.name} ({c.kind}, {located_in(c)}, {c.score:.0f})" for c in matches)
            street = phrase.street if phrase.tail is None else ""  # "X Street, Nowhere": the town is what is unknown
            hint = (f"{query!r} names a street ({street!r}), which is placed through the town that holds it: "
                    f"write it with its town ('{query.strip()}, <town>'), or " if street else "")
            return matches, (f"no place matches {query!r} (key {phrase.written!r}{describe_hints(hints)}); "
                             f"closest: {named or 'none'}; {hint}check the spelling, relax the hints, add the name as "
                             "an alias, or load more places (Gazetteer.extended: your own places CSV, a GeoNames dump)")

        return None, PlaceNotFound("", query=query, closest=closest)

    @staticmethod
    def _stems(query: str) -> tuple[str, ...]:
        """*query* with an ending taken off its last word (:func:`~gazetteer.normalize.inflection_stems`), and after
        a direction noun its German genitive ("im Norden Israels"; :func:`~gazetteer.normalize.stems_after`)."""
        directed = any(compass_of(q) is not None for q in parse_phrase(query).qualifiers)
        return (*(stems_after(query, "direction") if directed else ()), *inflection_stems(query))

    def _directed_land(self, match: Match) -> Match | None:
        """The place a land named with a direction word is, when ``data/direction_lands.csv`` names one ("Bakurê
        Kurdistanê", 'North Kurdistan': Turkey; "باشووری کوردستان": the Kurdistan Region), with the direction word and
        the land's name kept as qualifiers and the method of the land's name; else None."""
        land = parse_phrase(match.query).key
        found = {direction_land(q, land) for q in match.qualifiers} - {None}
        if len(found) != 1 or (number := self._by_id.get(found.pop())) is None:
            return None
        if self._places[number].id == match.id:
            return match
        return self._ranking.match(match.query, (match.score, match.method, number),
                                   qualifiers=(*match.qualifiers, land))

    def _directed_province(self, match: Match, kinds: frozenset[str]) -> Match | None:
        """The place of one of *kinds* in a country named by a direction word, when the gazetteer holds one named
        after that compass point and the country ("Saudi eastern province": the Eastern Province; "the southern
        Lebanon region", "sud du Liban": South Lebanon), with the words kept as qualifiers; else None, and the phrase
        is the country ("northern Israel"; :meth:`_directed_country`)."""
        # (a country read inside a longer span keeps no qualifiers: "sud du Liban" read so is told by its words)
        compass = compass_told(match.qualifiers or normalize(match.query).split())
        if compass is None:
            return None
        country, name = match.place, normalize_parts(match.place.name)[0]
        for word in compass_names(compass):
            ranked = [c for c in self.candidates("name", f"{word} {name}", (), _NO_HINTS)
                      if self._places[c[2]].kind in kinds and self._places[c[2]].country == country.country]
            found, _ = self._ranking.choose(match.query, ranked, (), _NO_HINTS, None, False, match.qualifiers, None)
            if found is not None:
                return found
        return None

    @functools.cached_property
    def _countries(self) -> dict[str, int]:
        """The number of each country by the keys of its names."""
        return {normalize_parts(name)[0]: number for number, place in enumerate(self._places) if place.kind == "country"
                for name in (place.name, place.name_ar, *place.aliases) if name}

    def _directed_country(self, match: Match) -> Match | None:
        """The country a region found by a name that is the country's after direction words is
        (:func:`~gazetteer.phrasewords.directed_country`: "צפון ישראל": Israel), with the direction words kept as
        qualifiers, which :meth:`_directed_province` then reads for a region so named ("דרום לבנון": South Lebanon);
        else None ("South Lebanon" written as its name, "the Northern District", "Jabal Amel" name the region
        itself)."""
        written = match.query.strip()
        if written[:1].isupper() and written in (match.place.name, *match.place.aliases):
            return None  # the region's own name as written, capital and all: "South Lebanon" (not "south Lebanon")
        phrase = parse_phrase(match.query)
        if phrase.descriptors or any(q in region_words() for q in phrase.qualifiers):
            return None  # "South Lebanon governorate", "the southern Lebanon region" name one
        words = phrase.written.split()
        for i in range(len(words) - 1):
            if words[i - 1:i] and words[i - 1] not in grammar_words():
                break  # "the Baalbek-Hermel area of eastern Lebanon" names more than Lebanon
            k = directed_split(" ".join(words[i:]), self._countries.keys())
            if k is not None:
                number = self._countries[" ".join(words[i + k:])]
                return self._ranking.match(match.query, (match.score, match.method, number),
                                           qualifiers=(*words[:i], *words[i:i + k]))
        return None

    def _resolve(
        self, query: str, phrase: Phrase, hints: dict[str, Any], near: tuple[float, float] | None,
        strict: bool, trace: Trace | None, *, allow_container: bool, stages: tuple[str, ...] = ("phonetic", "fuzzy"),
    ) -> tuple[Match | None, GazetteerError | None]:
        """A match, an ambiguity, or (None, None) when nothing was found."""
        readings = [(phrase.written, ())]
        # Leading qualifiers dropped one by one, then all: "the Eastern Province" is "Eastern Province" (an
        # alias of Saudi Arabia's province), "the Upper Galilee" the Upper Galilee before the Galilee.
        words, dropped = phrase.written.split(), []
        for qualifier in phrase.qualifiers:
            if words[:len(qualifier.split())] != qualifier.split() or len(words) <= len(qualifier.split()):
                break
            words, dropped = words[len(qualifier.split()):], [*dropped, qualifier]
            if " ".join(words) != phrase.key:
                readings.append((" ".join(words), tuple(dropped)))
        if phrase.qualifiers and phrase.key:
            readings.append((phrase.key, phrase.qualifiers))
        hit = [(key, qualifiers, self.candidates("name", key, phrase.descriptors, hints))
               for key, qualifiers in readings]
        if trace is not None:
            trace.steps.extend((f"name hits of {key!r}", ranked) for key, _, ranked in hit)
        if not phrase.key and not phrase.descriptors and compass_of(phrase.written) is not None:
            # A direction word alone names a place only as written, letter for letter: "Başûr" ('south' in Kurmanji)
            # folds to the Bashur airfield's other name, which "Bashur" writes.
            hit = [(key, qualifiers, [c for c in ranked if self._written_so(c[2], query)])
                   for key, qualifiers, ranked in hit]
        hit = [reading for reading in hit if reading[2]]
        if not hit and phrase.key:
            # "Metina bölgesi", "منطقة الزاب": Turkish, Arabic and Kurdish write a region word that is a descriptor,
            # where English names the region with its word, which is none ("the Metina region"): the name with it.
            worded = [f"{phrase.key} {d}" for d in phrase.descriptors if not normalize_parts(f"x {d}")[1]]
            hit = [(key, phrase.qualifiers, self.candidates("name", key, (), hints)) for key in worded]
            hit = [reading for reading in hit if reading[2]]
        # A reading whose hits hold a place named with the very words written wins: "the Green Village base"
        # is the base named Green Village, not a place some gazetteer calls "The Green".
        written = name_words(query) if phrase.descriptors else ()
        named = [r for r in hit if written and any(self._ranking.named_as_written(c[2], written) for c in r[2])]
        for key, qualifiers, ranked in (named or hit)[:1]:
            ranked = self._kind_by_other_name(phrase.descriptors, hints, ranked, trace)
            return self._ranking.choose(query, ranked, phrase.descriptors, hints, near, strict, qualifiers, trace)
        if allow_container and phrase.tail is not None:
            match, error = self._contained(query, phrase, hints, near, strict, trace)
            if match is not None or error is not None:
                return match, error
        if phrase.street:
            stages = ()  # a street is found by its own name or through its container, never by likeness
        for stage in stages:
            if not hints["fuzzy"]:
                break  # fuzzy=False: only the names as listed (exact and alias)
            # By sound, the words as written first: a qualifier may belong to the name ("West Azerbayjan"
            # is West Azerbaijan, not a tie of East and West); by likeness, the name without them.
            for key, qualifiers in (readings if stage == "phonetic" else readings[-1:]):
                if written_lowercase(query, key) or not may_name(key):
                    # "... near the Jordanian border": a common word is heard as no name (Burdur); nor is a phrase of
                    # the grammar's words alone ("the border area", "the valley", "القرية", "al-Matar").
                    continue
                ranked = self.candidates(stage, key, phrase.descriptors, hints,
                                         self.fuzzy_threshold if stage == "fuzzy" and trace is None else 0.0)
                if trace is not None:
                    trace.steps.append((f"{stage} matches of {key!r}", ranked[:10]))
                if stage == "fuzzy":
                    ranked = [c for c in ranked if c[0] >= self.fuzzy_threshold
                              and short_key_close(key, self._places[c[2]])]
                ranked = [c for c in ranked if opener_kept(key, self._places[c[2]])]
                if ranked:
                    return self._ranking.choose(query, ranked, phrase.descriptors, hints, near, strict, qualifiers,
                                                trace)
        return None, None

    def _written_so(self, number: int, query: str) -> bool:
        """Whether the place *number* has a name written as *query*, letter for letter (case aside)."""
        place = self._places[number]
        return query.strip().casefold() in {n.casefold() for n in (place.name, place.name_ar, *place.aliases) if n}

    def _kind_by_other_name(self, descriptors: tuple[str, ...], hints: dict[str, Any], ranked: list[Candidate],
                            trace: Trace | None) -> list[Candidate]:
        """Name hits, or, when none is of the kind the words ask for, the places of that kind named after them.

        "Dimashq airport": "Dimashq" names the city (and the governorate) only, but the airport is named
        after the city ("Damascus International Airport"); the airport asked for is meant, not the city
        as its container. Found through the other names of each hit that is no site, by name only (method
        ``"alias"``).
        """
        implied = implied_kinds(descriptors)
        if not implied or any(self._places[c[2]].kind in implied for c in ranked):
            return ranked
        found: dict[int, tuple[float, Candidate]] = {}
        for score, _, number in ranked:
            place = self._places[number]
            if place.kind in SITE_KINDS:
                # A site is named after its town, not the town after one of the site's other names
                # ("the Kharab al-Jir town" is no town called like the Rumalyn base's other name).
                continue
            for text in (place.name, *place.aliases):
                for hit, _, other in self.candidates("name", normalize_parts(text)[0], descriptors, hints):
                    if self._places[other].kind in implied and hit > found.get(other, (-1.0,))[0]:
                        found[other] = (hit, (min(score, hit), "alias", other))
        if not found:
            return ranked
        # Only the best name hits: "Isfahan airport" is the place named with "airport", before an air base.
        best = max(hit for hit, _ in found.values())
        top = self._ranking.ranked([c for hit, c in found.values() if hit == best])
        if trace is not None:
            trace.steps.append(("places of the kind asked for named after them", top))
        return top

    # -- explanation -----------------------------------------------------------------
    def explain(self, query: str, hints: dict[str, Any], *, strict: bool = False) -> list[str]:
        """Lines telling every stage tried, its candidates with scores, and why the winner won."""
        trace = Trace(steps=[])
        match, error = self.decide(query, hints, strict=strict, trace=trace)
        lines = []
        for step, ranked in trace.steps:
            lines.append(f"{step}: {len(ranked)} candidate(s)")
            for score, method, index in ranked:
                p = self._places[index]
                shown = min(score, FUZZY_CAP) if method == "fuzzy" else score
                lines.append(f"  {shown:6.2f}  {method:<8}  {p.name} ({p.kind}, {located_in(p)}, "
                             f"prominence {p.prominence:g})  id={p.id}")
        if match is not None:
            lines.append(f"winner: {match.name} ({match.kind}, {located_in(match)}) id={match.id}")
            lines.append(f"why: {trace.why}")
            if match.alternatives:
                lines.append("alternatives: " + " | ".join(map(str, match.alternatives)))
            if match.qualifiers:
                lines.append("qualifiers set aside: " + ", ".join(match.qualifiers))
        else:
            lines.append(f"no winner: {error}")
        return lines


def _an_abbreviation(place: Place, stem: str) -> bool:
    """Whether *stem* is one of *place*'s names written in capitals (ABD, USA, UK): a stem cut from a longer word
    never stands for one, as the word itself is no abbreviation."""
    key = normalize_parts(stem)
    return any(alias.isupper() and normalize_parts(alias) == key for alias in (place.name, *place.aliases))


def _has_street(query: str) -> bool:
    """Whether a street word is written: a street is found only through the town that holds it."""
    return any(parse_phrase(part).street for part in (query, *query.split(",")))
