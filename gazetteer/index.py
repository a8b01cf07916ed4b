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
the better of :func:`rapidfuzz.fuzz.token_sort_ratio` and :func:`rapidfuzz.fuzz.ratio` (the
words as written) of the query's short key against every short key, or, in a gazetteer of :data:`CANDIDATE_INDEX_FROM` keys or
more, against candidates only: the keys within one edit of the query
(:class:`gazetteer.deletions.DeletionIndex`) and those sharing the most
trigrams with it (:class:`gazetteer.ngrams.TrigramIndex`).

The index is built with numpy for millions of names (no Python object per
entry): keys are numbered in the order of their stable hash
(:func:`gazetteer.deletions.key_hashes`) and found by binary search; each
table is a CSR layout (a key's entries are one slice). :meth:`NameIndex.arrays`
and :meth:`NameIndex.from_arrays` turn it into plain arrays and back, which is
how :mod:`gazetteer.cache` keeps it on disk. The candidate indexes are built on
first use (or by :meth:`NameIndex.prepare`). :attr:`NameIndex.place_order` holds
each place's rank by id, the last tie-break of every ranking, so that ranking
candidates never visits the places (at 10^6 places each visit is a cache miss).
The keys are numpy object arrays, not lists: the garbage collector walks a list
of millions of strings, never an array.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from operator import itemgetter

import numpy as np
from rapidfuzz import fuzz, process

from gazetteer.alternatenames import alternate_names
from gazetteer.countrynames import country_names
from gazetteer.deletions import DeletionIndex, key_hash
from gazetteer.keytables import (best_first, collector_paused, csr_starts, hash_numbered, id_order, text_array,
                                 text_lines)
from gazetteer.ngrams import TrigramIndex
from gazetteer.normalize import normalize_parts_many
from gazetteer.wordspans import unelided
from gazetteer.phonetic import arabic_letters, hebrew_spellings, phonetic_keys, phonetic_readings
from gazetteer.places import Place

__all__ = ["NameIndex", "SCORES", "CANDIDATE_INDEX_FROM", "FUZZY_CANDIDATES", "sounds_alike"]

#: From this many keys on, fuzzy matching scores only the candidate indexes' keys.
CANDIDATE_INDEX_FROM = 50_000
#: How many candidates the trigram index adds to a fuzzy lookup.
FUZZY_CANDIDATES = 100

#: Score of a name hit by (method, key).
SCORES = {("exact", "full"): 100.0, ("alias", "full"): 99.0, ("exact", "short"): 98.0, ("alias", "short"): 97.0}

Hits = dict[int, tuple[float, str]]

_METHOD_CODES = ("exact", "alias")
_SHORT_SCORES = tuple(SCORES[m, "short"] for m in _METHOD_CODES)
_FULL_SCORES = tuple(SCORES[m, "full"] for m in _METHOD_CODES)
#: How alike (rapidfuzz ratio, in Arabic letters) a Hebrew spelling must be to a name it sounds like.
_HEBREW_LIKENESS = 75.0
#: How alike a spelling must be to a name it sounds like: any spelling at least half alike ...
_LIKENESS = 50.0
#: ... but a single word in Latin letters, whose vowels are written, this much, unless its vowels are the name's
#: (:func:`_same_vowels`): a spelling of the same name differs in one vowel or in how it writes a consonant the key folds
#: (Rmaysh and Rmaish 83, Tsfat and Tsefat 71, Bafgh and Bafq 67 with the same vowels), another name in its vowels
#: as well (Qantara and Quneitra 67, Kafra and Kifri 60, Zifta and Tzfat 60, Garmiyan and Karaman 67: other
#: places). Arabic and Hebrew script write few vowels: a letter of theirs weighs more (جرجان and كركان, Gorgan, 60).
_LATIN_WORD_LIKENESS = 70.0
#: With the name's vowels, a single Latin word must still be this alike: Garmiyan and Kerman (57), Paris and Persia
#: (55) share their first vowel and the other's vowels in order, but little else.
_LATIN_VOWELS_LIKENESS = 60.0
_VOWEL_CLASSES = str.maketrans("aeiouy", "aaiuui")
_NOT_VOWEL = re.compile(r"[^aeiouy]+")
_LATIN_WORD = re.compile(r"^[a-z]+$")


def _vowels(key: str) -> str:
    """The vowels of a Latin key in order, a and e as one, i and y, o and u (transliterations write them so
    interchangeably: Esed and Asad, Sheddadi and Shaddadi, Cezire and Jazira).

    Examples
    --------
    >>> _vowels("cezire") == _vowels("jazira"), _vowels("qantara") == _vowels("quneitra")
    (True, False)
    """
    return _NOT_VOWEL.sub("", key).translate(_VOWEL_CLASSES)


def sounds_alike(key: str, name_key: str, likeness: float) -> bool:
    """Whether *key*, of the same phonetic key as the name key *name_key* and *likeness* (rapidfuzz ratio) alike
    to it, is heard as that name: half alike, and a single word in Latin letters 70 % alike, or 60 % with the name's
    vowels (:data:`_LATIN_WORD_LIKENESS`).

    Examples
    --------
    >>> sounds_alike("rmaysh", "rmaish", 83.3), sounds_alike("qantara", "quneitra", 66.7)
    (True, False)
    >>> sounds_alike("bafgh", "bafq", 66.7), sounds_alike("جرجان", "كركان", 60.0)
    (True, True)
    """
    if likeness < _LIKENESS:
        return False
    if not _LATIN_WORD.match(key) or likeness >= _LATIN_WORD_LIKENESS:
        return True
    return likeness >= _LATIN_VOWELS_LIKENESS and _same_vowels(_vowels(key), _vowels(name_key))


def _same_vowels(one: str, other: str) -> bool:
    """Whether two vowel sequences (:func:`_vowels`) may write one name: the same first vowel, and the vowels of one
    all in the other, in order (a vowel may be written between two consonants or not: Tenef and Tanf, Tanaf), with at
    most two vowels more (Sajd and Sejoud; Missouri's four vowels do not write Misr's one: Egypt).

    Examples
    --------
    >>> _same_vowels("aa", "a"), _same_vowels("ia", "a"), _same_vowels("aia", "aaa"), _same_vowels("ioui", "i")
    (True, False, False, False)
    >>> _same_vowels("a", "eoa"), _same_vowels("a", "aou")
    (False, True)
    """
    if one[:1] != other[:1] or abs(len(one) - len(other)) > 2:
        return False
    short, long = sorted((one, other), key=len)
    rest = iter(long)
    return all(vowel in rest for vowel in short)
_HEBREW_LETTER = re.compile("[\u05d0-\u05ea]")


def _other_languages(texts: list[str], numbers: np.ndarray, places: Sequence[Place]) -> np.ndarray:
    """Which entries are a country's name in another language (:func:`country_names`) or a curated town's GeoNames
    name in another language (:func:`alternate_names`), not a curated name."""
    names, alternates = country_names(), alternate_names()
    found = np.zeros(len(texts), dtype=bool)
    others = {n: names.get(p.country, ()) if p.kind == "country" else alternates.get(p.id, ())
              for n, p in enumerate(places) if p.kind == "country" or p.id in alternates}
    for entry in np.flatnonzero(np.isin(numbers, np.fromiter(others, dtype=np.int32, count=len(others)))).tolist():
        found[entry] = texts[entry] in others[int(numbers[entry])]
    return found


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
        with collector_paused():
            self._build(places)

    def _build(self, places: Sequence[Place]) -> None:
        # Columns of (place number, text, method): names and ids of every place, then aliases and
        # Arabic names of the places that have them (entry order does not matter: tables are sorted).
        count = len(places)
        texts = [p.name for p in places] + [p.id for p in places]
        numbers = [np.arange(count, dtype=np.int32), np.arange(count, dtype=np.int32)]
        extra = [(number, text) for number, p in enumerate(places) if p.aliases or p.name_ar
                 for text in (*p.aliases, p.name_ar) if text]
        # A name with an article elided onto a word ("Golfe d'Aden") is also keyed as a query reads it, apart from
        # the article ("golfe aden": the phrase grammar sets "d'" aside); else its own spelling found it only by
        # likeness.
        extra += [(number, bare) for number, p in enumerate(places) if "'" in p.name or "’" in p.name
                  or any("'" in a or "’" in a for a in p.aliases)
                  for text in (p.name, *p.aliases) if (bare := unelided(text)) != text]
        texts += [text for _, text in extra]
        numbers.append(np.fromiter((number for number, _ in extra), dtype=np.int32, count=len(extra)))
        place = np.concatenate(numbers)
        method = np.ones(len(texts), dtype=np.int8)
        method[:count] = 0  # the primary name; ids, aliases and Arabic names are aliases
        parts = normalize_parts_many(texts)
        pairs = list(map(parts.__getitem__, texts))
        entry_keys = np.array(list(map(itemgetter(0), pairs)), dtype=object)
        descriptor_sets = list(dict.fromkeys(d for _, d in parts.values()))
        set_number = {d: i for i, d in enumerate(descriptor_sets)}
        entry_desc = np.fromiter(map(set_number.__getitem__, map(itemgetter(1), pairs)), dtype=np.int32,
                                 count=len(pairs))
        named = entry_keys != ""
        is_id = np.zeros(len(texts), dtype=bool)
        is_id[count:2 * count] = True
        entry_keys, entry_desc, place, method = entry_keys[named], entry_desc[named], place[named], method[named]
        is_id = is_id[named]
        key, ordered, hashes = hash_numbered(entry_keys)
        arrays = {"keys": text_array(ordered.tolist()), "key_hash": hashes,
                  "descriptor_sets": text_array(["+".join(d) for d in descriptor_sets])}
        # Short table: the best method of each (key, place); full table: of each (key, descriptors, place).
        short = best_first(key, place, method)
        arrays.update(short_starts=csr_starts(key[short], len(ordered)), short_place=place[short], short_method=method[short])
        full = best_first(key, entry_desc, place, method)
        arrays.update(full_starts=csr_starts(key[full], len(ordered)), full_place=place[full], full_method=method[full],
                      full_desc=entry_desc[full])
        arrays["counts"] = np.array([len(ordered), len(descriptor_sets)], dtype=np.int64)
        arrays["place_order"] = id_order([p.id for p in places])
        # A key written only as a place id ("iq-zummar") is a code, not a spoken name: it is matched
        # exactly, never by sound or likeness (and it is two thirds of the keys of a GeoNames dump). So is a key
        # written only as a country's name in another language (:mod:`gazetteer.countrynames`): short, and what
        # sounds like it in one language is another word or place in the next (Romanian "Iordania" sounds like
        # Russian "Иордан", the river; Hungarian "Szíria" like Sari, an Iranian city). So is a town's GeoNames name
        # in another language (:mod:`gazetteer.alternatenames`): "Massaade" for Mas'ade sounded like "Mossad".
        written = is_id | _other_languages(texts, place, places)[named]
        spoken = np.zeros(len(ordered), dtype=np.uint8)
        spoken[key[~written]] = 1
        arrays["spoken"] = spoken
        self._load(arrays, keys=ordered)
        self._build_sounds()

    # -- arrays in, arrays out (the on-disk cache) ----------------------------------------
    def _load(self, arrays: dict[str, np.ndarray], keys: np.ndarray | None = None) -> None:
        count, sets = (int(n) for n in arrays["counts"])
        self._arrays = dict(arrays)
        # Keys (and sounds) are kept in object arrays: a list of millions of strings would be walked
        # by the garbage collector (twice while it is young, then at every full collection).
        self.keys: np.ndarray = np.array(text_lines(arrays["keys"], count), dtype=object) if keys is None else keys
        self._descriptor_sets = {tuple(filter(None, d.split("+"))): i
                                 for i, d in enumerate(text_lines(arrays["descriptor_sets"], sets))}
        self._key_hash = arrays["key_hash"]
        self._short_starts, self._short_place = arrays["short_starts"], arrays["short_place"]
        self._short_method = arrays["short_method"]
        self._full_starts, self._full_place = arrays["full_starts"], arrays["full_place"]
        self._full_method, self._full_desc = arrays["full_method"], arrays["full_desc"]
        if not (len(self._key_hash) == count and len(self._short_starts) == len(self._full_starts) == count + 1
                and self._short_starts[-1] == len(self._short_place) == len(self._short_method)
                and self._full_starts[-1] == len(self._full_place) == len(self._full_desc)):
            raise ValueError("name index arrays do not fit together")
        self._spoken = np.asarray(arrays["spoken"], dtype=bool)
        self.place_order: np.ndarray = arrays["place_order"]
        self._sounding_keys: list[str] | None = None
        if len(self._spoken) != count or (len(self._short_place) and int(self._short_place.max()) >= len(self.place_order)):
            raise ValueError("name index arrays do not fit together")
        self._deletions: DeletionIndex | None = None
        self._trigrams: TrigramIndex | None = None
        if "sound_hash" in arrays:
            self._sound_hash, self._sound_starts = arrays["sound_hash"], arrays["sound_starts"]
            self._sound_keys = arrays["sound_keys"]
            self._sound_texts = np.array(text_lines(arrays["sound_texts"], len(self._sound_hash)), dtype=object)
        if "deletion_entries" in arrays:
            self._deletions = DeletionIndex.from_arrays(arrays["deletion_entries"], int(arrays["deletion_bits"][0]))
        if "trigram_grams" in arrays:
            self._trigrams = TrigramIndex.from_arrays(arrays["trigram_grams"], arrays["trigram_starts"],
                                                      arrays["trigram_postings"], len(self.keys))

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray]) -> NameIndex:
        """The index kept by :meth:`arrays`; raises ValueError (or KeyError) when they do not fit together."""
        if "sound_hash" not in arrays:
            raise ValueError("name index arrays lack the phonetic index")
        self = cls.__new__(cls)
        self._load(arrays)
        if not (len(self._sound_starts) == len(self._sound_hash) + 1
                and int(self._sound_starts[-1]) == len(self._sound_keys)):
            raise ValueError("phonetic index arrays do not fit together")
        return self

    def arrays(self) -> dict[str, np.ndarray]:
        """The index as named numpy arrays (everything built so far)."""
        out = dict(self._arrays)
        if self._deletions is not None:
            out.update(deletion_entries=self._deletions.entries,
                       deletion_bits=np.array([self._deletions.bits], dtype=np.int64))
        if self._trigrams is not None:
            out.update(trigram_grams=self._trigrams._grams, trigram_starts=self._trigrams._starts,
                       trigram_postings=self._trigrams._postings)
        return out

    def _build_sounds(self) -> None:
        """Phonetic key → numbers of the short keys that sound like it (CSR over the sounds' hashes)."""
        sounds = np.array(phonetic_keys(self._sounding()), dtype=object)
        numbers = np.flatnonzero(sounds != "")
        sound, texts, hashes = hash_numbered(sounds[numbers])
        by_sound = np.argsort(sound, kind="stable")  # key numbers ascending within a sound
        self._arrays.update(sound_hash=hashes, sound_texts=text_array(texts.tolist()),
                            sound_starts=csr_starts(sound[by_sound], len(texts)),
                            sound_keys=numbers[by_sound].astype(np.int32))
        self._sound_hash, self._sound_starts = hashes, self._arrays["sound_starts"]
        self._sound_keys = self._arrays["sound_keys"]
        self._sound_texts = texts

    def _sounding(self) -> list[str]:
        """The keys, with "" for those written only as ids (never matched by sound or likeness); built once."""
        if self._sounding_keys is None:
            self._sounding_keys = self.keys.tolist() if self._spoken.all() else [
                k if s else "" for k, s in zip(self.keys.tolist(), self._spoken.tolist())]
        return self._sounding_keys

    def prepare(self) -> None:
        """Build the indexes that are otherwise built on first use (before the index is cached)."""
        if len(self.keys) >= CANDIDATE_INDEX_FROM:
            self._candidate_indexes()
            self._sounding_keys = None  # a list of every key: only the full scan of a small index reads it again

    def _candidate_indexes(self) -> tuple[DeletionIndex, TrigramIndex]:
        if self._deletions is None or self._trigrams is None:
            with collector_paused():
                numbers = np.flatnonzero(self._spoken)
                if self._deletions is None:
                    self._deletions = DeletionIndex(self._texts(numbers), numbers, len(self.keys))
                self._trigrams = self._trigrams or TrigramIndex(self._sounding())
        return self._deletions, self._trigrams

    # -- lookups ---------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.keys)

    def _row(self, key: str) -> int | None:
        """Number of the short key *key*; None when no name has it."""
        wanted = key_hash(key)
        row = int(np.searchsorted(self._key_hash, np.uint64(wanted)))
        while row < len(self.keys) and int(self._key_hash[row]) == wanted:
            if self.keys[row] == key:
                return row
            row += 1
        return None

    def _texts(self, key_numbers: np.ndarray) -> list[str]:
        """The keys numbered *key_numbers*, in that order."""
        return self.keys[key_numbers].tolist()

    def _places_of(self, key_number: int) -> np.ndarray:
        return self._short_place[self._short_starts[key_number]:self._short_starts[key_number + 1]]

    def places_with_key(self, key: str) -> list[int]:
        """Place numbers having a name whose short key is *key*."""
        row = self._row(key)
        return [] if row is None else [int(n) for n in self._places_of(row)]

    def hits(self, key: str, descriptors: tuple[str, ...], mask: np.ndarray | None = None) -> Hits:
        """Name hits ``place number → (score, method)``, the best per place, among places in *mask*."""
        row = self._row(key)
        if row is None:
            return {}
        hits: Hits = {}
        wanted = self._descriptor_sets.get(descriptors)
        if wanted is not None:
            lo, hi = self._full_starts[row], self._full_starts[row + 1]
            for number, method, desc in zip(self._full_place[lo:hi].tolist(), self._full_method[lo:hi].tolist(),
                                            self._full_desc[lo:hi].tolist()):
                if desc == wanted and (mask is None or mask[number]):
                    hits[number] = (_FULL_SCORES[method], _METHOD_CODES[method])
        lo, hi = self._short_starts[row], self._short_starts[row + 1]
        for number, method in zip(self._short_place[lo:hi].tolist(), self._short_method[lo:hi].tolist()):
            if (mask is None or mask[number]) and number not in hits:
                hits[number] = (_SHORT_SCORES[method], _METHOD_CODES[method])
        return hits

    def _sound_members(self, sound: str) -> np.ndarray:
        wanted = key_hash(sound)
        row = int(np.searchsorted(self._sound_hash, np.uint64(wanted)))
        while row < len(self._sound_texts) and int(self._sound_hash[row]) == wanted:
            if self._sound_texts[row] == sound:
                return self._sound_keys[self._sound_starts[row]:self._sound_starts[row + 1]]
            row += 1
        return self._sound_keys[0:0]

    def phonetic(self, key: str, mask: np.ndarray | None = None) -> dict[int, float]:
        """Phonetic hits ``place number → score``: keys that sound like *key* (same phonetic key).

        The score, 95 to 96, orders the hits by how alike the spellings look
        (:func:`rapidfuzz.fuzz.ratio`), so Rmeilan prefers Rmelan to Rumalyn;
        a spelling less than half alike is no hit, nor a single Latin word less than 70 % alike
        with other vowels (:data:`_LATIN_WORD_LIKENESS`: Qantara is not Quneitra).
        """
        sounds = phonetic_readings(key)
        if not sounds:
            return {}
        found = [self._sound_members(s) for s in sounds]
        members = found[0] if len(found) == 1 else np.unique(np.concatenate(found))  # each ascending, once
        if not len(members):
            return {}
        # A Hebrew spelling is keyed as the Arabic it writes (phonetic_key), so it is compared in those letters
        # (the likest of its spellings, hebrew_spellings); it must look more alike, the reading being loose
        # ("עיון" is no Eyvān, ایوان). Other spellings are compared as written: an Arabic word does not meet
        # the Hebrew name of an Israeli place (مركز is no מרכז).
        hebrew = _HEBREW_LETTER.search(key) is not None
        texts = self._texts(members)
        likeness = process.cdist(hebrew_spellings(key) if hebrew else [key],
                                 [arabic_letters(t) for t in texts] if hebrew else texts, scorer=fuzz.ratio,
                                 dtype=np.float64, workers=1).max(axis=0)
        if hebrew:
            alike = likeness >= _HEBREW_LIKENESS
        else:
            alike = np.fromiter((sounds_alike(key, t, a) for a, t in zip(likeness.tolist(), texts)),
                                dtype=bool, count=len(texts))
        if not alike.all():
            members, likeness = members[alike], likeness[alike]
        scores = [round(95.0 + a / 100.0, 2) for a in likeness.tolist()]
        places, score_of = self._places_of_keys(members)
        if mask is not None:
            allowed = mask[places]
            places, score_of = places[allowed], score_of[allowed]
        best: dict[int, float] = {}
        for place, score in zip(places.tolist(), map(scores.__getitem__, score_of.tolist())):
            if score > best.get(place, -1.0):
                best[place] = score
        return best

    def named_by_sound(self, sounds: Sequence[str], descriptors: tuple[str, ...]) -> set[int]:
        """The places holding a name that sounds like one of *sounds* (phonetic keys) written with exactly these
        descriptor words (none for none), from the full table of the keys of those sounds: one gather, where reading
        each candidate's names again cost a normalisation and a phonetic key per name (at 10^6 places most
        candidates are seen once). Ids and other codes are keyed as written only, never by sound, so they do not
        count."""
        wanted = self._descriptor_sets.get(tuple(sorted(descriptors)))
        if wanted is None:
            return set()
        found = [self._sound_members(s) for s in sounds]
        rows = found[0] if len(found) == 1 else np.concatenate(found)
        if not len(rows):
            return set()
        starts = self._full_starts[rows]
        counts = self._full_starts[rows + 1] - starts
        positions = np.repeat(starts - np.cumsum(counts) + counts, counts) + np.arange(int(counts.sum()))
        return set(self._full_place[positions][self._full_desc[positions] == wanted].tolist())

    def _places_of_keys(self, key_numbers: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The places of each key in one gather, and for each the position of its key in *key_numbers*."""
        starts = self._short_starts[key_numbers]
        counts = self._short_starts[key_numbers + 1] - starts
        total = int(counts.sum())
        if total == len(counts):  # one place a key, the common case
            return self._short_place[starts], np.arange(total)
        positions = np.repeat(starts - np.cumsum(counts) + counts, counts) + np.arange(total)
        return self._short_place[positions], np.repeat(np.arange(len(counts)), counts)

    def _fuzzy_candidates(self, key: str) -> np.ndarray | None:
        """Key numbers worth scoring for *key*, ascending; None (score them all) below :data:`CANDIDATE_INDEX_FROM` keys."""
        if len(self.keys) < CANDIDATE_INDEX_FROM:
            return None
        deletions, trigrams = self._candidate_indexes()
        near = deletions.candidates(key)
        shared = trigrams.candidates(key, limit=FUZZY_CANDIDATES)
        return np.union1d(near, shared.astype(np.int64))

    def fuzzy(self, key: str, mask: np.ndarray | None = None, *, least: int = 3,
              cutoff: float = 0.0) -> dict[int, float]:
        """Fuzzy scores ``place number → score`` of the best places: the whole top tier and at least *least*.

        Below :data:`CANDIDATE_INDEX_FROM` keys every key is scored; above, only
        the candidates of the deletion and trigram indexes. With a *cutoff*, only
        places scoring at least that much (the same ones, with the same scores, as
        without it): rapidfuzz then stops each comparison once it cannot reach it.
        """
        if not len(self.keys):
            return {}
        numbers = self._fuzzy_candidates(key)
        if mask is not None:
            # Only keys some of whose places pass the hints are scored (a province's few hundred, not every key).
            if numbers is None:
                owner = np.repeat(np.arange(len(self.keys)), np.diff(self._short_starts))
                allowed = np.zeros(len(self.keys), dtype=bool)
                allowed[owner[mask[self._short_place]]] = True
                numbers = np.flatnonzero(allowed)
                sounding = self._sounding()
                scored_keys: Sequence[str] = [sounding[n] for n in numbers.tolist()]
            else:
                numbers = numbers[np.fromiter((bool(mask[self._places_of(n)].any()) for n in numbers.tolist()),
                                              dtype=bool, count=len(numbers))]
                scored_keys = self._texts(numbers)
        elif numbers is None:
            numbers = np.arange(len(self.keys))
            scored_keys = self._sounding()
        else:
            scored_keys = self._texts(numbers)
        if not len(numbers):
            return {}
        # Words sorted first (word order is free: "Qaim al" / "al Qaim"), or as written: a typo in a word's
        # first letter moves it in the sorted order ("Majdal Hams" sorts as "hams majdal", far from "majdal shams").
        scores = np.maximum(
            process.cdist([key], scored_keys, scorer=fuzz.token_sort_ratio, dtype=np.float32, workers=1,
                          score_cutoff=cutoff or None)[0],
            process.cdist([key], scored_keys, scorer=fuzz.ratio, dtype=np.float32, workers=1,
                          score_cutoff=cutoff or None)[0])
        if cutoff:
            scores = np.where(scores >= cutoff, scores, -1.0)  # (rapidfuzz gives 0 below the cutoff)
        order = np.argsort(-scores, kind="stable")
        top = scores[order[0]]
        best: dict[int, float] = {}
        for position in order.tolist():
            if scores[position] < 0 or (len(best) >= least and scores[position] < top):
                break
            for number in self._places_of(int(numbers[position])).tolist():
                if (mask is None or mask[number]) and number not in best:
                    best[number] = round(float(scores[position]), 1)
        return best
