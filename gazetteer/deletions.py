"""Stable 64-bit hashes of keys and a one-deletion neighbourhood: fuzzy candidates found by lookup.

:func:`key_hashes` gives every key a 64-bit polynomial hash (codepoints ×
powers of an odd base, modulo 2^64), computed for millions of keys at once
with numpy and the same in every process (unlike ``hash()``), so a built
index can be kept on disk and its keys found by binary search.

:class:`DeletionIndex` keeps, for every key, the hashes of the key and of
each string made by deleting one of its characters (a deletion
neighbourhood, as in SymSpell). A query and a key within one edit of each
other (a letter dropped, added, changed, doubled, or two neighbours swapped)
share such a hash, so one lookup per deletion of the query finds them all,
whatever the size of the gazetteer. The keys are indexed with their words
sorted, as :func:`rapidfuzz.fuzz.token_sort_ratio` compares them. A hash
shared by chance only adds a candidate: rapidfuzz still scores each one.

Examples
--------
>>> index = DeletionIndex(["zummar", "rumalyn", "qaim", "jurf sakhar"])
>>> sorted(index.candidates("zumar").tolist()), sorted(index.candidates("sakhar jurf").tolist())
([0], [3])
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["key_hashes", "key_hash", "DeletionIndex", "sorted_words"]

_MASK = (1 << 64) - 1
_BASE = 0x9E3779B97F4A7C15  # odd, so it has an inverse modulo 2^64
_BASE_INVERSE = pow(_BASE, -1, 1 << 64)
_MIX = 0xBF58476D1CE4E5B9  # odd: mixing the length in keeps hashes of different lengths apart


def _powers(n: int) -> np.ndarray:
    """_BASE ** 0 .. n-1 modulo 2^64 (numpy's uint64 arithmetic wraps)."""
    out = np.ones(max(n, 1), dtype=np.uint64)
    value = 1
    for i in range(1, n):
        value = (value * _BASE) & _MASK
        out[i] = value
    return out


def _pack(keys: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Codepoints of all keys end to end (uint64), and each key's start (int64, one more entry: the end)."""
    lengths = np.fromiter(map(len, keys), dtype=np.int64, count=len(keys))
    starts = np.zeros(len(keys) + 1, dtype=np.int64)
    np.cumsum(lengths, out=starts[1:])
    codes = np.frombuffer("".join(keys).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    return codes, starts


def _finish(sums: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    return sums * np.uint64(_MIX) + lengths.astype(np.uint64)


def key_hashes(keys: Sequence[str]) -> np.ndarray:
    """The stable 64-bit hash of each key (uint64), vectorised; equal to :func:`key_hash`."""
    codes, starts = _pack(keys)
    lengths = np.diff(starts)
    if not len(codes):
        return _finish(np.zeros(len(keys), dtype=np.uint64), lengths)
    position = np.arange(len(codes), dtype=np.int64) - np.repeat(starts[:-1], lengths)
    terms = codes * _powers(int(lengths.max()))[position]
    sums = np.zeros(len(keys), dtype=np.uint64)
    filled = lengths > 0
    sums[filled] = np.add.reduceat(terms, starts[:-1][filled])
    return _finish(sums, lengths)


def key_hash(key: str) -> int:
    """The stable 64-bit hash of one key, as a Python int (see :func:`key_hashes`)."""
    total, power = 0, 1
    for ch in key:
        total = (total + ord(ch) * power) & _MASK
        power = (power * _BASE) & _MASK
    return (total * _MIX + len(key)) & _MASK


def sorted_words(key: str) -> str:
    """The key with its words in sorted order: what token_sort_ratio compares."""
    return key if " " not in key else " ".join(sorted(key.split()))


def _neighbourhood(keys: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Hashes of each key and of its one-deletion variants, with the number of the key each belongs to."""
    codes, starts = _pack(keys)
    lengths = np.diff(starts)
    numbers = np.arange(len(keys), dtype=np.int64)
    if not len(codes):
        return _finish(np.zeros(len(keys), dtype=np.uint64), lengths), numbers
    position = np.arange(len(codes), dtype=np.int64)
    position -= np.repeat(starts[:-1], lengths)
    terms = _powers(int(lengths.max()))[position]
    terms *= codes
    through = np.cumsum(terms)  # wraps modulo 2^64, which is what the hash wants
    before_key = np.concatenate(([np.uint64(0)], through))[starts[:-1]]
    through -= np.repeat(before_key, lengths)  # the key's terms up to and including this character
    total = np.zeros(len(keys), dtype=np.uint64)
    filled = lengths > 0
    total[filled] = through[starts[1:][filled] - 1]
    # Deleting character i: the characters after it move one place left (times the inverse of the base).
    deleted = np.repeat(total, lengths)
    deleted -= through
    deleted *= np.uint64(_BASE_INVERSE)
    through -= terms
    deleted += through
    deleted *= np.uint64(_MIX)
    deleted += np.repeat((lengths - 1).astype(np.uint64), lengths)
    owner = np.repeat(numbers, lengths)
    return np.concatenate((_finish(total, lengths), deleted)), np.concatenate((numbers, owner))


def _query_hashes(query: str) -> np.ndarray:
    variants = {query[:i] + query[i + 1:] for i in range(len(query))}
    variants.add(query)
    return np.array(sorted(key_hash(v) for v in variants), dtype=np.uint64)


class DeletionIndex:
    """Keys → hashes of their one-deletion neighbourhoods, packed with the key number and sorted.

    Each entry is one uint64: the top bits a neighbourhood hash, the low
    ``bits`` the key number, so the whole index is one sorted array (one
    numpy sort to build, one binary search per query variant).

    Parameters
    ----------
    keys : sequence of str
        Normalised keys; positions are the key numbers returned.
    """

    def __init__(self, keys: Sequence[str], numbers: np.ndarray | None = None, size: int | None = None) -> None:
        # ``numbers``: the key number of each of *keys* when they are a subset of ``size`` keys.
        self.bits = max(1, int(len(keys) if size is None else size).bit_length())
        entries, owner = _neighbourhood([" ".join(sorted(k.split())) if " " in k else k for k in keys])
        if numbers is not None:
            owner = np.asarray(numbers, dtype=np.int64)[owner]
        entries >>= np.uint64(self.bits)
        entries <<= np.uint64(self.bits)
        entries |= owner.astype(np.uint64)
        entries.sort()
        self.entries = entries

    @classmethod
    def from_arrays(cls, entries: np.ndarray, bits: int) -> DeletionIndex:
        self = cls.__new__(cls)
        self.entries, self.bits = entries, int(bits)
        return self

    def candidates(self, query: str) -> np.ndarray:
        """Numbers of the keys within one deletion on each side of *query* (words sorted), ascending."""
        shift = np.uint64(self.bits)
        high = (_query_hashes(sorted_words(query)) >> shift) << shift
        lo = np.searchsorted(self.entries, high, side="left")
        hi = np.searchsorted(self.entries, high | np.uint64((1 << self.bits) - 1), side="right")
        if not (hi > lo).any():
            return np.zeros(0, dtype=np.int64)
        found = np.concatenate([self.entries[a:b] for a, b in zip(lo, hi) if b > a])
        return np.unique((found & np.uint64((1 << self.bits) - 1)).astype(np.int64))
