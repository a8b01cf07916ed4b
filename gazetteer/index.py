"""The name index behind a :class:`~gazetteer.core.Gazetteer`: name hits and fuzzy scores.

Every name of a place (primary name, aliases, Arabic name, id) is indexed
under two keys from :func:`gazetteer.normalize.normalize_parts`:

* the *full* key keeps the canonical descriptor words ("erbil+airbase"), so
  "Erbil" is the city and "Erbil Air Base" the base;
* the *short* key drops them ("erbil"), so "Ain al-Asad" still finds "Ain
  al-Asad Air Base".

A hit scores by how literally it matched: 100 the primary name and 99 an
alias under the full key, 98 and 97 under the short key. Short keys are also
indexed by their phonetic key (:func:`gazetteer.phonetic.phonetic_key`). Fuzzy scores are
:func:`rapidfuzz.fuzz.token_sort_ratio` of the query's short key against
every short key, or, in a gazetteer of :data:`CANDIDATE_INDEX_FROM` keys or
more, against the candidates of a trigram index (:mod:`gazetteer.ngrams`).
The phonetic and trigram indexes are built on first use.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz, process

from gazetteer.ngrams import TrigramIndex
from gazetteer.normalize import normalize_parts
from gazetteer.phonetic import phonetic_key
from gazetteer.places import Place

__all__ = ["NameIndex", "SCORES", "CANDIDATE_INDEX_FROM", "FUZZY_CANDIDATES"]

#: From this many keys on, fuzzy matching scores only the trigram index's candidates.
CANDIDATE_INDEX_FROM = 50_000
#: How many candidates the trigram index offers a fuzzy lookup.
FUZZY_CANDIDATES = 100

#: Score of a name hit by (method, key).
SCORES = {("exact", "full"): 100.0, ("alias", "full"): 99.0, ("exact", "short"): 98.0, ("alias", "short"): 97.0}

Hits = dict[int, tuple[float, str]]


def _full_key(key: str, descriptors: tuple[str, ...]) -> str:
    # "+" never occurs in a key (normalize turns punctuation into spaces).
    return "+".join((key, *descriptors))


_METHOD_CODES = ("exact", "alias")


class _Table:
    """key → (place, score, method) entries as CSR arrays; ``row`` maps a key to its slice."""

    __slots__ = ("row", "starts", "place", "score", "method")

    @classmethod
    def build(cls, table: dict[str, Hits], keys: list[str]) -> _Table:
        self = cls()
        self.row = {k: i for i, k in enumerate(keys)}
        counts = np.fromiter((len(table[k]) for k in keys), dtype=np.int64, count=len(keys))
        self.starts = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
        n = int(self.starts[-1])
        self.place = np.fromiter((p for k in keys for p in table[k]), dtype=np.int64, count=n)
        self.score = np.fromiter((v[0] for k in keys for v in table[k].values()), dtype=np.float64, count=n)
        self.method = np.fromiter((_METHOD_CODES.index(v[1]) for k in keys for v in table[k].values()),
                                  dtype=np.int8, count=n)
        return self

    def __getstate__(self) -> tuple:
        return (self.row, self.starts, self.place, self.score, self.method)

    def __setstate__(self, state: tuple) -> None:
        self.row, self.starts, self.place, self.score, self.method = state

    def places(self, key: str) -> np.ndarray:
        row = self.row.get(key)
        return self.place[0:0] if row is None else self.place[self.starts[row]:self.starts[row + 1]]

    def entries(self, key: str) -> list[tuple[int, float, str]]:
        row = self.row.get(key)
        if row is None:
            return []
        lo, hi = self.starts[row], self.starts[row + 1]
        return [(int(p), float(sc), _METHOD_CODES[m]) for p, sc, m in
                zip(self.place[lo:hi], self.score[lo:hi], self.method[lo:hi])]


class NameIndex:
    """Name keys → places, with exact lookup and vectorised fuzzy scoring.

    Parameters
    ----------
    places : sequence of Place
        Positions in this sequence are the place numbers used throughout.

    Examples
    --------
    >>> from gazetteer.places import Place
    >>> index = NameIndex([Place(id="iq-erbil-air-base", name="Erbil Air Base", kind="air_base",
    ...                          lat=36.24, lon=43.96, country="IQ")])
    >>> index.hits("erbil", ("airbase",)), index.hits("erbil", ())
    ({0: (100.0, 'exact')}, {0: (98.0, 'exact')})
    """

    def __init__(self, places: Sequence[Place]) -> None:
        full: dict[str, Hits] = defaultdict(dict)
        short: dict[str, Hits] = defaultdict(dict)
        for number, place in enumerate(places):
            named = [(place.name, "exact")] + [(n, "alias") for n in (*place.aliases, place.name_ar, place.id) if n]
            for text, method in named:
                key, descriptors = normalize_parts(text)
                if not key:
                    continue
                for table, entry_key, score in ((full, _full_key(key, descriptors), SCORES[method, "full"]),
                                                (short, key, SCORES[method, "short"])):
                    current = table[entry_key].get(number)
                    if current is None or score > current[0]:  # a place keeps its best score per key
                        table[entry_key][number] = (score, method)
        self.keys: list[str] = sorted(short)
        # Both tables as CSR arrays (key -> row -> slice of places, scores, methods): lookups read
        # slices, hint masks apply without a Python loop, and the index pickles as a few arrays.
        self._full = _Table.build(full, sorted(full))
        self._short = _Table.build(short, self.keys)
        self._key_starts = self._short.starts
        self._entry_place = self._short.place
        self._entry_key = np.repeat(np.arange(len(self.keys)), np.diff(self._key_starts))
        # Built on first use: a gazetteer used only for exact names never pays for them.
        self._sounds_cache: dict[str, list[int]] | None = None
        self._trigrams: TrigramIndex | None = None

    def prepare(self) -> None:
        """Build the indexes that are otherwise built on first use (before the index is cached)."""
        self._sounds  # noqa: B018 - builds and keeps the phonetic index
        if len(self.keys) >= CANDIDATE_INDEX_FROM and self._trigrams is None:
            self._trigrams = TrigramIndex(self.keys)

    @property
    def _sounds(self) -> dict[str, list[int]]:
        """Phonetic key → numbers of the short keys that sound like it."""
        if self._sounds_cache is None:
            sounds: dict[str, list[int]] = defaultdict(list)
            for number, key in enumerate(self.keys):
                sound = phonetic_key(key)
                if sound:
                    sounds[sound].append(number)
            self._sounds_cache = dict(sounds)
        return self._sounds_cache

    def _fuzzy_candidates(self, key: str) -> np.ndarray | None:
        """Key numbers worth scoring for *key*; None (score them all) below :data:`CANDIDATE_INDEX_FROM` keys."""
        if len(self.keys) < CANDIDATE_INDEX_FROM:
            return None
        if self._trigrams is None:
            self._trigrams = TrigramIndex(self.keys)
        return self._trigrams.candidates(key, limit=FUZZY_CANDIDATES)

    def __len__(self) -> int:
        return len(self.keys)

    def _places_of(self, key_number: int) -> np.ndarray:
        return self._entry_place[self._key_starts[key_number]:self._key_starts[key_number + 1]]

    def places_with_key(self, key: str) -> list[int]:
        """Place numbers having a name whose short key is *key*."""
        return [int(n) for n in self._short.places(key)]

    def hits(self, key: str, descriptors: tuple[str, ...], mask: np.ndarray | None = None) -> Hits:
        """Name hits ``place number → (score, method)``, the best per place, among places in *mask*."""
        hits: Hits = {}
        for table, entry_key in ((self._full, _full_key(key, descriptors)), (self._short, key)):
            for number, score, method in table.entries(entry_key):
                if (mask is None or mask[number]) and (number not in hits or score > hits[number][0]):
                    hits[number] = (score, method)
        return hits

    def phonetic(self, key: str, mask: np.ndarray | None = None) -> dict[int, float]:
        """Phonetic hits ``place number → score``: keys that sound like *key* (same phonetic key).

        The score, 95 to 96, orders the hits by how alike the spellings look
        (:func:`rapidfuzz.fuzz.ratio`), so Rmeilan prefers Rmelan to Rumalyn;
        a spelling less than half alike is no hit.
        """
        best: dict[int, float] = {}
        for number in self._sounds.get(phonetic_key(key), ()):
            likeness = fuzz.ratio(key, self.keys[number])
            if likeness < 50:
                continue
            score = round(95.0 + likeness / 100.0, 2)
            for place in self._places_of(number):
                place = int(place)
                if (mask is None or mask[place]) and score > best.get(place, -1.0):
                    best[place] = score
        return best

    def fuzzy(self, key: str, mask: np.ndarray | None = None, *, least: int = 3) -> dict[int, float]:
        """Fuzzy scores ``place number → score`` of the best places: the whole top tier and at least *least*.

        Below :data:`CANDIDATE_INDEX_FROM` keys every key is scored; above, only
        the keys the trigram index (:class:`gazetteer.ngrams.TrigramIndex`) offers.
        """
        if not self.keys:
            return {}
        numbers = self._fuzzy_candidates(key)
        if numbers is None:
            numbers = np.arange(len(self.keys))
            scored_keys: Sequence[str] = self.keys
        else:
            numbers = np.sort(numbers)  # key order, so ties break as in a full scan
            scored_keys = [self.keys[i] for i in numbers]
        if not len(numbers):
            return {}
        scores = process.cdist([key], scored_keys, scorer=fuzz.token_sort_ratio, dtype=np.float32, workers=1)[0]
        if mask is not None:
            # Keys none of whose places pass the hints cannot match.
            allowed = np.zeros(len(self.keys), dtype=bool)
            allowed[self._entry_key[mask[self._entry_place]]] = True
            scores = np.where(allowed[numbers], scores, -1.0)
        order = np.argsort(-scores, kind="stable")
        top = scores[order[0]]
        best: dict[int, float] = {}
        for position in order:
            if scores[position] < 0 or (len(best) >= least and scores[position] < top):
                break
            for number in self._places_of(numbers[position]):
                if (mask is None or mask[number]) and int(number) not in best:
                    best[int(number)] = round(float(scores[position]), 1)
        return best
