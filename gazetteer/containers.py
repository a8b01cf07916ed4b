"""Containers: "HEAD in TAIL", "HEAD, TAIL", "TAIL's HEAD", "HEAD near TAIL", "HEAD (TAIL)".

Stage 2 of :mod:`gazetteer.resolver`: TAIL is resolved, then HEAD is looked for inside it by name or sound
("HEAD near TAIL", "TAIL's HEAD" and "HEAD (TAIL)" first look for HEAD anywhere); a HEAD not found there, or
that names no place ("a base in western Iraq"), gives TAIL itself, with method ``"container"`` and TAIL's
precision; a HEAD on disputed ground is found in its de jure container too ("Golan Heights, Syria").
:class:`ContainerReading` holds these steps for the :class:`~gazetteer.resolver.Resolver`, which supplies
``_resolve`` (one phrase, its stages) and the places.
"""
from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from gazetteer.errors import GazetteerError
from gazetteer.hints import distance_km
from gazetteer.phrases import Phrase, direction_words
from gazetteer.places import SITE_KINDS, Match, Place, kinds
from gazetteer.ranking import Trace, implied_kinds
from gazetteer.spans import may_sound

__all__ = ["ContainerReading", "LARGE_AREAS"]

#: Links (:attr:`gazetteer.phrases.Phrase.link`) after which a head known anywhere wins over the tail:
#: "near" is not "in", a possessive's owner may be a country that owns a consulate abroad, and a
#: parenthesis gives another name or a container.
_HEAD_FIRST = ("near", "possessive", "paren")
#: Containers whose point does not tell places named alike inside them apart.
LARGE_AREAS = frozenset({"country", "region", "governorate"})
#: Containers that, named with a direction word ("northern Israel"), place a head loosely: a head not inside one is
#: looked for in its country, by name ("Zummar, Anbar" stays Anbar: a province named as such is a fact).
_ROUGH_AREAS = frozenset({"region", "governorate"})


@functools.cache
def _area_kinds() -> tuple[str, ...]:
    """The kinds that hold other places: every kind of ``kinds.csv`` but the sites."""
    return tuple(sorted(set(kinds()) - SITE_KINDS))



class ContainerReading:
    """The container steps of the resolver (see the module docstring)."""

    _places: Sequence[Place]

    if TYPE_CHECKING:  # supplied by the Resolver
        def _resolve(
            self, query: str, phrase: Phrase, hints: dict[str, Any], near: tuple[float, float] | None,
            strict: bool, trace: Trace | None, *, allow_container: bool,
            stages: tuple[str, ...] = ("phonetic", "fuzzy"),
        ) -> tuple[Match | None, GazetteerError | None]: ...

    def _contained(
        self, query: str, phrase: Phrase, hints: dict[str, Any], near: tuple[float, float] | None,
        strict: bool, trace: Trace | None,
    ) -> tuple[Match | None, GazetteerError | None]:
        assert phrase.head is not None and phrase.tail is not None
        head, tail = phrase.head, phrase.tail
        if phrase.link in _HEAD_FIRST and head.key:
            # "Al-Asad Airbase near Baghdad", "Israel's Ben Gurion Airport", "Eilat (Umm al-Rashrash)":
            # a head known by name anywhere is the place meant; the tail only places it roughly.
            alone, error = self._resolve(query, head, hints, near, strict, trace, allow_container=True,
                                         stages=("phonetic",))
            if error is not None:
                return None, error
            if phrase.link == "paren" and alone is not None and alone.kind == "country" and tail.key:
                # "Suriye/Ayn İsa", "Irak/Sincar", "Syria (Deir ez-Zor)": a country with a place of it beside is
                # that place (an agency's list of targets by country); the place by name or sound, in that country.
                inner, _ = self._resolve(query, tail, {**hints, "country": alone.place.country}, near, False, None,
                                         allow_container=False, stages=("phonetic",))
                if inner is not None and inner.method != "container" and inner.kind != "country":
                    if trace is not None:
                        trace.why = f"{tail.written!r} is a place of {alone.name!r}, which is written beside it"
                    return inner, None
            outer = None
            if alone is not None and alone.method == "phonetic":
                # A head only heard is a guess: far from the place it is said to be near, it is another place that
                # sounds alike ("al-Suwaidiya, near Rmeilan" is no Suwayda, 600 km away); the tail places it.
                outer = self._contained_in_tail(query, phrase, hints, near, strict, None)
                if outer[0] is not None and _far_guess(alone, outer[0]):
                    if trace is not None:
                        trace.why = (f"{head.written!r} only sounds like {alone.name!r}, far from {outer[0].name!r} "
                                     f"({phrase.link} link): {outer[0].name!r} stands for it")
                    return outer
            if alone is not None and alone.method != "container":
                if trace is not None:
                    trace.why = f"{head.written!r} names a known place ({phrase.link} link: found on its own)"
                # The tail's qualifiers stay on the result ("Jurf al-Sakhar, north of Babil": "north of").
                return replace(alone, qualifiers=(*alone.qualifiers, *tail.qualifiers)), None
            if outer is None:
                outer = self._contained_in_tail(query, phrase, hints, near, strict, trace)
            if alone is not None and outer[0] is not None and _far_guess(alone, outer[0]) \
                    and self._heard_only(query, head, hints, near, alone):
                return outer
            if alone is not None and outer[0] is not None and outer[0].method == "container" \
                    and (phrase.link == "near" or alone.place.precision_km < outer[0].place.precision_km):
                # Neither names a known place; the head's own container is the finer one
                # ("Iran's consulate in Damascus, Syria" -> Damascus, not Iran), and after a proximity word
                # the tail is a relation, never a container ("... areas in Babil Governorate, south of
                # Baghdad" lie in Babil, not in Baghdad).
                return alone, None
            return outer
        return self._contained_in_tail(query, phrase, hints, near, strict, trace)

    def _contained_in_tail(
        self, query: str, phrase: Phrase, hints: dict[str, Any], near: tuple[float, float] | None,
        strict: bool, trace: Trace | None,
    ) -> tuple[Match | None, GazetteerError | None]:
        assert phrase.head is not None and phrase.tail is not None
        head, tail = phrase.head, phrase.tail
        as_written = tail
        if not head.key and head.descriptors:
            # "a base in Shaddadi": the words ask for a kind; the tail's place of that kind if it has one.
            tail = replace(tail, descriptors=tuple(sorted({*tail.descriptors, *head.descriptors})))
        # A lower-case side beside capitalised names is common words ("the country's ..."): by name only.
        sound = () if tail.lowercase and may_sound(query) else ("phonetic", "fuzzy")
        container, error = self._resolve(query, tail, hints, near, strict, trace, allow_container=True, stages=sound)
        if container is not None and container.method == "fuzzy" and head.key:
            # A container found only by likeness is a guess; a head known by name or sound is the place
            # meant ("Jurf al-Nasr, the al-Sa'idat area": not Sidon, which 'Sa'idat' resembles).
            alone, _ = self._resolve(query, head, hints, near, False, None, allow_container=True, stages=("phonetic",))
            if alone is not None and alone.method != "container":
                if trace is not None:
                    trace.why = f"{head.written!r} names a known place; {container.name!r} only resembled the rest"
                return replace(alone, qualifiers=(*alone.qualifiers, *tail.qualifiers)), None
        asked = implied_kinds(head.descriptors)
        if container is not None and tail is not as_written and asked and container.place.kind not in asked \
                and container.place.kind in SITE_KINDS:
            # "the American consulate in Erbil": no consulate is known there, and Erbil's air base is no
            # consulate either; the place that holds it is Erbil as written (the city), as a container.
            container, error = self._resolve(query, as_written, {**hints, "kind": _area_kinds()}, near, strict, trace,
                                             allow_container=True)
            if container is not None:
                container = replace(container, method="container")
        if container is None and error is None and phrase.link == "comma" and head.key:
            # "Tanf, a lonely outpost near the border": a tail that names no place describes the head, which is
            # read as if alone, by likeness too ("el Hospital Soroka, en la región sureña del Néguev").
            return self._resolve(query, head, hints, near, strict, trace, allow_container=True)
        if container is None:
            return None, error
        if not head.key and head.descriptors and container.method != "container":
            if trace is not None:
                trace.why = f"the words {', '.join(head.descriptors)} found {container.name!r}"
            return replace(container, qualifiers=(*head.qualifiers, *container.qualifiers)), None
        qualifiers = (*head.qualifiers, *container.qualifiers)
        if head.key or head.qualifiers:
            # A head of qualifier words only is looked up by name ("Iran's Central Province": Markazi).
            area = container.place
            # A sea holds places of any country ("Hodeidah in the Red Sea"): its blank country is no hint.
            scope = {**hints, "country": area.country or hints.get("country"), "admin1": area.admin1 or None}
            if area.kind == "country":
                scope["admin1"] = None
            # Only by name or sound: a fuzzy guess inside the container would be "some other place".
            # The point of a country or province says nothing of which place inside it is meant (it had
            # made "the Arak nuclear reactor in Iran" the airport, nearer Iran's centre than the city).
            point = near if area.kind in LARGE_AREAS else (area.lat, area.lon)
            inner, _ = self._resolve(query, head, scope, point, False, trace,
                                     allow_container=head.tail is not None, stages=("phonetic",) if head.key else ())
            if inner is None:
                # Disputed ground: "Golan Heights, Syria" names a place held by Israel whose de jure
                # province is Syrian (Place.disputed); the container may be the de jure one.
                anywhere, _ = self._resolve(query, head, {**hints, "country": None, "admin1": None},
                                            (area.lat, area.lon), False, None, allow_container=False, stages=())
                if anywhere is not None and _disputed_in(anywhere.place, area):
                    inner = anywhere
            if inner is None and head.key and as_written.key:
                # "the town of Ayyash in Deir ez-Zor": a place held only with its container's name in brackets
                # ("Ayyash (Deir ez-Zor)", a name shared or a common word bare) is named so, by name only.
                # (the container by its name alone: a direction told with it, "in southern Baghdad", is no part of
                # the name asked)
                tail_written = as_written.key if as_written.qualifiers else as_written.written
                bracketed = replace(head, key=f"{head.key} {as_written.key}", written=f"{head.written} {tail_written}")
                qualified, _ = self._resolve(query, bracketed, scope, point, False, None, allow_container=False,
                                             stages=())
                if qualified is not None and qualified.method in ("exact", "alias"):
                    inner = qualified
            if inner is None and head.key and area.kind in _ROUGH_AREAS and area.country:
                inner = self._across_the_line(query, head, area, hints, trace)
            if inner is None and head.key and area.kind in _ROUGH_AREAS and area.country \
                    and direction_words().intersection(as_written.qualifiers):
                # A province named by a direction ("northern Israel" is also Israel's Northern District)
                # places a head roughly: a place known by name in its country is the one meant
                # ("the port of Haifa in northern Israel": Haifa lies in the Haifa District).
                wider, _ = self._resolve(query, head, {**hints, "country": area.country, "admin1": None},
                                         (area.lat, area.lon), False, None, allow_container=False, stages=())
                if wider is not None and wider.method in ("exact", "alias"):
                    if trace is not None:
                        trace.why = f"{head.written!r} was found by name in {area.country}, which {area.name!r} lies in"
                    return replace(wider, qualifiers=(*wider.qualifiers, *qualifiers)), None
            if inner is not None and (inner.method != "container" or inner.place.id != area.id):
                if trace is not None:
                    trace.why = f"{head.written!r} was found inside {area.name!r}"
                return replace(inner, qualifiers=(*inner.qualifiers, *qualifiers)), None
        if head.key and container.place.kind in SITE_KINDS and container.place.kind not in asked:
            # "an oil depot in Rumeylan": what holds a place the gazetteer lacks is the town of the name, not the
            # landing zone a bare "Rumeylan" means in attack reporting.
            area, _ = self._resolve(query, as_written, {**hints, "kind": _area_kinds()}, near, False, None,
                                    allow_container=False, stages=("phonetic",) if container.method == "phonetic" else ())
            if area is not None and area.method in ("exact", "alias", container.method):
                container = area
        if trace is not None:
            trace.why = (f"{head.written or 'the words before it'!r} names no known place inside "
                         f"{container.name!r}: the container stands for it, at its precision")
        return replace(container, method="container", qualifiers=qualifiers,
                       container=" ".join(filter(None, (head.written, *head.descriptors)))), None

    def _heard_only(self, query: str, head: Phrase, hints: dict[str, Any], near: tuple[float, float] | None,
                    alone: Match) -> bool:
        """Whether *alone*, the head read on its own, was found only by sound or likeness (read by name, the head
        names nothing, nor a container)."""
        if alone.method in ("phonetic", "fuzzy"):
            return True
        by_name, _ = self._resolve(query, head, hints, near, False, None, allow_container=True, stages=())
        return by_name is None

    def _across_the_line(self, query: str, head: Phrase, area: Place, hints: dict[str, Any],
                         trace: Trace | None) -> Match | None:
        """A place of *area*'s country known by *head*'s name, just outside the province *area* (within its
        precision of its point): reports draw contested province lines their own way ("the Makhmour refugee camp
        in Nineveh province": the camp lies in the Makhmur district, which Erbil governs and Nineveh claims)."""
        found, _ = self._resolve(query, head, {**hints, "country": area.country, "admin1": None}, (area.lat, area.lon),
                                 False, None, allow_container=False, stages=())
        if found is None or found.method not in ("exact", "alias") \
                or distance_km(area.lat, area.lon, found.place.lat, found.place.lon) > area.precision_km:
            return None
        if trace is not None:
            trace.why = f"{head.written!r} was found by name just outside {area.name!r}, within its precision"
        return found


#: A head found by sound (or standing only for its own container) this far beyond the place it is said to be near
#: is another place that sounds alike: "the Khurmala oilfield near Erbil" is not Karmiel in Israel.
_NEAR_GUESS_KM = 150.0


def _far_guess(alone: Match, outer: Match) -> bool:
    """Whether *alone* (the head read on its own) is a guess lying far from *outer* (the head read inside the tail)."""
    if alone.place.id == outer.place.id:
        return False
    reach = max(_NEAR_GUESS_KM, outer.place.precision_km)
    return distance_km(alone.place.lat, alone.place.lon, outer.place.lat, outer.place.lon) > reach


def _disputed_in(place: Place, area: Place) -> bool:
    """True when *place* lies de jure in *area* (a country or a province) though held by another."""
    code = place.disputed
    return bool(code) and (code == area.admin1 if area.kind != "country" else code.startswith(area.country + "-"))
