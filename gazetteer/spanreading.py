"""The resolver's steps for the known names inside a longer phrase, when the phrase as a whole names no place.

:class:`SpanReading` is mixed into :class:`~gazetteer.resolver.Resolver` (which
supplies ``_resolve``, ``candidates``, ``_index``, ``_places``, ``_by_id`` and
``_ranking``), as :class:`~gazetteer.containers.ContainerReading` is:

* ``_named_within``: the runs of words of the phrase looked up by name or
  sound (:func:`gazetteer.spans.find_names`), the facility words of the whole
  phrase steering each, and the place the phrase is about chosen among them
  (:func:`gazetteer.spans.about`); under a container only a place lying in it;
* ``_misspelt_within``: under a container found, a run of capitalised unknown
  words closely like a place lying in it ("the Golan Heights village Majdal
  Hams" is Majdal Shams).

:func:`short_key_close` is the rule for every fuzzy match of a short key: one
edit at most ("Yaroun" is not Aytaroun).

Examples
--------
>>> from gazetteer.places import Place
>>> aytaroun = Place(id="lb-aytaroun", name="Aytaroun", kind="village", lat=33.12, lon=35.47, country="LB")
>>> short_key_close("yaroun", aytaroun), short_key_close("aitaroun", aytaroun)
(False, True)
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from gazetteer.normalize import name_openers, normalize, normalize_parts
from gazetteer.phrases import parse_phrase
from gazetteer.phrasewords import landform_words
from gazetteer.places import SITE_KINDS, Match, Place
from gazetteer.ranking import Candidate, Trace, implied_kinds
from gazetteer.spans import Span, about, find_names, lies_in, may_sound, prepare, unknown_runs

__all__ = ["SpanReading", "short_key_close"]

#: Kinds a name written with a landform word ("river", "valley") may be heard as: the landform's own, or an area.
LANDFORM_KINDS = frozenset({"region", "river", "lake", "sea", "area"})
#: Lowest fuzzy score of a misspelt name inside a container found ("the Golan Heights village Majdal Hams").
_MISSPELT_SCORE = 90.0


class SpanReading:
    """The steps for the names inside a phrase (see the module docstring)."""

    def _named_within(
        self, query: str, hints: dict[str, Any], near: tuple[float, float] | None, trace: Trace | None,
        *, container: Match | None,
    ) -> Match | None:
        """The place a phrase is about among the known names inside it (:mod:`gazetteer.spans`).

        By name or sound only. Under a *container* (the grammar found only it), only a place lying in
        it: an unknown name in a known container stays the container, never some other place.
        """
        descriptors = normalize_parts(prepare(query))[1]
        implied = implied_kinds(descriptors)
        # The facility words of the whole phrase steer each name first ("Şeddadi ... askeri üssü": the base).
        steered = [{**hints, "kind": tuple(sorted(implied))}] if implied and hints["kind"] is None else []

        landform = not landform_words().isdisjoint(normalize(prepare(query)).split())

        def lookup(span: Span, by_sound: bool) -> Match | None:
            if by_sound and not (hints["fuzzy"] and may_sound(span.text)):
                return None
            # find_names asks by name for every spelling of a run before by sound; by name, in every scope
            # before by sound in any: a name known as written is not given up for a place of the kind the
            # phrase asks for that only sounds like it ("navçeya Kalsu ... parêzgeha Babîlê": the province
            # word does not make Kalsu the Turkish province of Kilis).
            found_first = None
            for scope in (*steered, hints):
                phrase = parse_phrase(span.text)
                if scope is not hints:  # the facility words written steer, and say which facility
                    phrase = replace(phrase, descriptors=tuple(sorted({*phrase.descriptors, *descriptors})))
                found, _ = self._resolve(query, phrase, scope, near, False, None,
                                         allow_container=False, stages=("phonetic",) if by_sound else ())
                if landform and found is not None and found.place.kind not in LANDFORM_KINDS \
                        and (by_sound or found.place.kind == "country"):
                    # "the Khabur river" is a river's name, not Kabri's heard (a town is named as written); "the Jordan
                    # Valley" is no country: a valley named after a state lies in it only in part
                    found = None
                if found is not None and found.method != "container" and not _sounds_across_words(span, found) \
                        and not _site_heard_bare(found, implied):
                    if found_first is None:
                        found_first = found
                    if found.place.id != found_first.place.id:
                        unsteered.setdefault(found_first.id, []).append(found.place)
                        break
            return found_first

        places, by_id = self._places, self._by_id
        # A name steered to a facility may stand for the place it names unsteered, which holds the facility
        # another name is ("پایگاه حریر اربیل": Harir base, Erbil; Erbil's air base is not the one meant).
        unsteered: dict[str, list[Place]] = {}

        def readings(m: Match) -> list[Place]:
            return [m.place, *(places[by_id[a.place_id]] for a in m.alternatives), *unsteered.get(m.id, ())]

        picked = about(query, find_names(query, lookup, readings), implied, readings,
                       container.place if container is not None else None)
        if picked is None:
            return None
        match, found = picked
        if trace is not None:
            trace.steps.append((f"names found inside {query!r}", [(m.score, m.method, by_id[m.id])
                                                                    for _, m in found]))
            trace.why = (f"{match.qualifiers[-len(found) + 1:] if len(found) > 1 else 'no other name'} around it; "
                         f"the place the phrase is about (not outside a province named, kind asked for, lies in "
                         f"the others); method {match.method}")
        return match

    def _misspelt_within(self, query: str, container: Match, hints: dict[str, Any],
                         trace: Trace | None) -> Match | None:
        """A place lying in *container* that a run of capitalised unknown words of *query* resembles closely
        (fuzzy score at least :data:`_MISSPELT_SCORE`, a short key one edit away), method ``"fuzzy"``; None if none."""
        best: tuple[float, str, Candidate] | None = None
        for run in unknown_runs(query):
            key = normalize_parts(run)[0]
            heard = [i for i in self._index.phonetic(key) if lies_in(self._places[i], container.place)]
            if not key or self.candidates("name", key, (), hints) or heard:
                # a name known as written, or by sound inside the container ("Baghdad", the container's own), is no
                # misspelling; one that only sounds like a place elsewhere may be ("The Sarang field in Dohuk")
                continue
            ranked = [c for c in self.candidates("fuzzy", key, (), hints) if c[0] >= _MISSPELT_SCORE
                      and c[2] != self._by_id.get(container.id) and short_key_close(key, self._places[c[2]])
                      and lies_in(self._places[c[2]], container.place)]
            if ranked and (best is None or ranked[0][0] > best[0]):
                best = (ranked[0][0], run, ranked[0])
        if best is None:
            return None
        if trace is not None:
            trace.steps.append((f"places in {container.name} that {best[1]!r} resembles", [best[2]]))
            trace.why = f"{best[1]!r} is no name known, but resembles a place lying in {container.name}"
        return self._ranking.match(query, best[2], qualifiers=(*container.qualifiers, container.name))


#: A key of at most this many letters matches by likeness only one edit away from a name of the place: two
#: letters make another short name ("Yaroun" is a village of its own, not Aytaroun).
_SHORT_KEY_LETTERS = 6


def short_key_close(key: str, place: Place) -> bool:
    """Whether a fuzzy candidate may stand for *key*: always for a long key, within one edit for a short one."""
    if len(key.replace(" ", "")) > _SHORT_KEY_LETTERS:
        return True
    from rapidfuzz.distance import Levenshtein

    letters = len(key.replace(" ", ""))
    return any(Levenshtein.distance(key, normalize(n), score_cutoff=1) <= 1
               and (letters > _SKELETON_KEY_LETTERS or _consonants(key) == _consonants(normalize(n)))
               for n in (place.name, place.name_ar, *place.aliases) if n)


#: A key of at most this many letters matches by likeness only a name of the same consonants, the edit a vowel's:
#: a consonant more or less makes another short name ("Kafra" is not Kara, "Kufra" not Kufa, "Ayat" not Aytat).
_SKELETON_KEY_LETTERS = 5


def _consonants(key: str) -> str:
    """The consonants of *key*, a letter written twice once ("Hitt" is Hit)."""
    return "".join(c for k, c in enumerate(key) if c.isalpha() and c not in "aeiouy" and key[k - 1:k] != c)


#: Least likeness (rapidfuzz ratio) of what follows the generic word in the key and in the place's name.
_OPENER_REST_RATIO = 80


def opener_kept(key: str, place: Place) -> bool:
    """Whether a place found by sound or likeness may stand for *key*: a key of several words opening with a generic
    word ("ain dara", "tall jihan", "umm batinah") is a name the place must hold with the same generic word and a
    like rest ("Ain Dara" in Afrin is neither Daraa nor Ayn al-Arab; "Umm Batinah" is not Al Batinah)."""
    words = key.split()
    opener = name_openers().get(words[0]) if len(words) > 1 else None
    if opener is None:
        return True
    from rapidfuzz.fuzz import ratio

    from gazetteer.phonetic import phonetic_key

    rest = " ".join(words[1:])
    for name in (place.name, place.name_ar, *place.aliases):
        parts = normalize(name).split() if name else []
        if len(parts) > 1 and name_openers().get(parts[0]) == opener:
            other = " ".join(parts[1:])
            if ratio(rest, other) >= _OPENER_REST_RATIO or phonetic_key(f"{opener} {rest}") == phonetic_key(f"{opener} {other}") != "":
                return True
    return False


def _site_heard_bare(found: Match, implied: set[str]) -> bool:
    """A site (a base, an airport) found only by sound in a phrase that asks for no site: a word around the names
    of a phrase that only sounds like a site's bare name is no name of it ("Bakar Iraqê": 'Bakar' sounded like the
    al-Bakr air base, which lies in Iraq and so had won over the country written; a site is named with its word,
    "Bakr air base", or by a name of its own written as it is)."""
    return found.method == "phonetic" and found.place.kind in SITE_KINDS and not implied & SITE_KINDS


def _sounds_across_words(span: Span, found: Match) -> bool:
    """A run of several words found only by sound, for a place none of whose spellings has as many words:
    the sound runs across words that are no name ("Syria gas" is not Sarakhs)."""
    if found.method != "phonetic":
        return False
    words = len(normalize(span.text).split())
    place = found.place
    return words > 1 and all(len(normalize(s).split()) < words for s in (place.name, place.name_ar, *place.aliases)
                             if s)
