"""A character-trigram candidate index: which keys a misspelt key could be, without scoring them all.

Fuzzy matching scores a query against keys with rapidfuzz; against a
GeoNames-sized gazetteer (10^5 to 10^7 keys) scoring every key is too slow.
:class:`TrigramIndex` keeps, for each trigram of the padded keys (" zummar "
→ " zu", "zum", ...), the sorted numbers of the keys that contain it (a CSR
layout built with numpy, no per-key Python loop). A query's candidates are the
keys sharing the most trigrams with it, counted over its rarest trigrams
first, so a common trigram ("al ") never floods the count. rapidfuzz still
decides the score; the index only decides which keys are scored.

A typo changes at most three trigrams per edit, so a key within the fuzzy
threshold of the query (85: one or two edits in a name of 7+ letters) shares
most of its trigrams and ranks among the first candidates.

Examples
--------
>>> index = TrigramIndex(["zummar", "rumalyn", "qaim", "zumar"])
>>> sorted(index.candidates("zumarr", limit=2).tolist())
[0, 3]
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["TrigramIndex"]

_SEP = 0  # codepoint separating keys in the packed array (never inside a key)


def _codes(text: str) -> np.ndarray:
    """Codepoints of text as uint64 (UTF-32, little endian)."""
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)


def _trigrams(points: np.ndarray) -> np.ndarray:
    """Trigram codes of a packed codepoint array (3 × 21 bits), separators included."""
    return _trigrams_of(points[:-2], points[1:-1], points[2:])


def _sorted_postings(packed: np.ndarray, valid: np.ndarray, owner: np.ndarray, keys: int) -> tuple[np.ndarray, np.ndarray]:
    """(trigram code, key number) of the trigram at each *valid* position, sorted, each pair once.

    The keys' letters are renumbered densely in codepoint order (which keeps
    the order of trigrams) so that trigram and key number fit in one uint64
    and one numpy sort orders them; with too many distinct letters for that,
    a stable sort of the trigram codes (key numbers already ascend).
    """
    present = np.zeros(0x110000, dtype=bool)
    present[packed] = True
    alphabet = np.flatnonzero(present).astype(np.uint64)
    letter_bits = max(1, int(len(alphabet) - 1).bit_length())
    key_bits = max(1, int(keys).bit_length())
    if 3 * letter_bits + key_bits > 64:
        grams, owner = _trigrams(packed)[valid], owner[valid]
        order = np.argsort(grams, kind="stable")
        grams, owner = grams[order], owner[order]
        keep = np.ones(len(grams), dtype=bool)
        keep[1:] = (grams[1:] != grams[:-1]) | (owner[1:] != owner[:-1])  # one posting per (trigram, key)
        return grams[keep], owner[keep]
    dense = np.zeros(0x110000, dtype=np.uint64)
    dense[alphabet.astype(np.int64)] = np.arange(len(alphabet), dtype=np.uint64)
    letters, lb, kb = dense[packed], np.uint64(letter_bits), np.uint64(key_bits)
    pairs = ((letters[:-2] << lb | letters[1:-1]) << lb | letters[2:])[valid]
    pairs <<= kb
    pairs |= owner[valid].astype(np.uint64)
    pairs.sort()
    keep = np.ones(len(pairs), dtype=bool)
    keep[1:] = pairs[1:] != pairs[:-1]
    pairs = pairs[keep]
    mask = np.uint64((1 << letter_bits) - 1)
    first, second, third = (alphabet[(pairs >> (kb + lb * np.uint64(k))) & mask] for k in (2, 1, 0))
    return _trigrams_of(first, second, third), (pairs & np.uint64((1 << key_bits) - 1)).astype(np.int32)


def _trigrams_of(first: np.ndarray, second: np.ndarray, third: np.ndarray) -> np.ndarray:
    return (first << np.uint64(42)) | (second << np.uint64(21)) | third


class TrigramIndex:
    """Keys → trigram postings, and the candidates of a query.

    Parameters
    ----------
    keys : sequence of str
        Normalised keys; positions are the key numbers returned.
    """

    def __init__(self, keys: Sequence[str]) -> None:
        self.size = len(keys)
        if not keys:
            self._grams = np.zeros(0, dtype=np.uint64)
            self._starts = np.zeros(1, dtype=np.int64)
            self._postings = np.zeros(0, dtype=np.int32)
            return
        packed = _codes(" " + " \x00 ".join(keys) + " ")  # " key1 \x00 key2 ": each key padded by spaces
        separator = packed == _SEP
        key_of = np.cumsum(separator, dtype=np.int32)  # key number at each position
        # A trigram spanning a separator belongs to no key.
        valid = ~(separator[:-2] | separator[1:-1] | separator[2:])
        grams, owner = _sorted_postings(packed, valid, key_of[:-2], len(keys))
        first = np.ones(len(grams), dtype=bool)
        first[1:] = grams[1:] != grams[:-1]
        self._grams = grams[first]
        self._starts = np.append(np.flatnonzero(first), len(grams)).astype(np.int64)
        self._postings = owner

    @classmethod
    def from_arrays(cls, grams: np.ndarray, starts: np.ndarray, postings: np.ndarray, size: int) -> TrigramIndex:
        """The index whose arrays were kept (``_grams``, ``_starts``, ``_postings``); ValueError if they do not fit."""
        if len(starts) != len(grams) + 1 or (len(starts) and int(starts[-1]) != len(postings)):
            raise ValueError("trigram index arrays do not fit together")
        self = cls.__new__(cls)
        self.size, self._grams, self._starts, self._postings = size, grams, starts, postings
        return self

    def candidates(self, query: str, *, limit: int = 200, budget: int = 4_000) -> np.ndarray:
        """Numbers of the keys sharing the most trigrams with *query*, at most *limit*, best first.

        Postings are read from the query's rarest trigrams first until *budget*
        postings have been read, so the cost of a query stays bounded whatever
        the size of the index. Ties keep key order (deterministic).
        """
        grams = np.unique(_trigrams(_codes(f" {query} ")))
        slot = np.searchsorted(self._grams, grams)
        inside = slot < len(self._grams)
        slot, grams = slot[inside], grams[inside]
        slot = slot[self._grams[slot] == grams]
        if not len(slot):
            return np.zeros(0, dtype=np.int32)
        sizes = self._starts[slot + 1] - self._starts[slot]
        order = np.argsort(sizes, kind="stable")
        within = np.cumsum(sizes[order]) <= budget
        within[0] = True  # the rarest trigram is always read
        chosen = slot[order][within]
        if len(chosen) == 1:
            # One posting list (its trigram alone fills the budget): its keys ascend, each shares one
            # trigram, so the first *limit* of them are the answer, with no count to take.
            return self._postings[self._starts[chosen[0]]:self._starts[chosen[0] + 1]][:limit]
        hits = np.concatenate([self._postings[self._starts[s]:self._starts[s + 1]] for s in chosen])
        keys, counts = np.unique(hits, return_counts=True)
        if len(keys) > limit:
            top = np.argsort(-counts, kind="stable")[:limit]
            keys, counts = keys[top], counts[top]
        return keys[np.argsort(-counts, kind="stable")]
