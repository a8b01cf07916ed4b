"""The plain numpy tables the name index is made of, built for millions of keys without a Python object each.

Keys and other texts are kept as one UTF-8 byte array of newline-joined lines
(:func:`text_array`, :func:`text_lines`); a table of entries per key is a CSR
layout, each key's entries one slice between :func:`csr_starts`; keys are numbered
in the order of their stable hash (:func:`hash_order`, ties by text, so the order
never depends on input order) and found by binary search. :mod:`gazetteer.index`
builds :class:`~gazetteer.index.NameIndex` from these, and :mod:`gazetteer.cache`
keeps the arrays on disk.

Examples
--------
>>> import numpy as np
>>> text_lines(text_array(["erbil", "zummar"]), 2)
['erbil', 'zummar']
>>> csr_starts(np.array([0, 0, 2]), 3).tolist()  # key 0 has entries 0-1, key 1 none, key 2 entry 2
[0, 2, 2, 3]
>>> best_first(np.array([1, 0, 1]), np.array([5, 3, 4])).tolist()  # the lowest last column per group
[1, 2]
"""
from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

import numpy as np
import pandas as pd

from gazetteer.deletions import key_hashes

__all__ = ["text_array", "text_lines", "csr_starts", "best_first", "hash_order", "hash_numbered", "id_order", "collector_paused"]

_LINES = "\n"  # keys hold no line break (normalize turns every non-letter into a space)


def text_array(lines: list[str]) -> np.ndarray:
    return np.frombuffer(_LINES.join(lines).encode("utf-8"), dtype=np.uint8)


def text_lines(array: np.ndarray, count: int) -> list[str]:
    lines = array.tobytes().decode("utf-8").split(_LINES) if count else []
    if len(lines) != count:
        raise ValueError(f"expected {count} lines, found {len(lines)}")
    return lines


def csr_starts(rows: np.ndarray, count: int) -> np.ndarray:
    """Starts of each row's slice in an array sorted by *rows* (``count + 1`` entries)."""
    return np.searchsorted(rows, np.arange(count + 1)).astype(np.int64)


def best_first(*columns: np.ndarray) -> np.ndarray:
    """Positions sorted by the columns (non-negative integers, the last one decides ties), keeping the
    first of each group that agrees on all columns but the last."""
    widths = [max(1, int(c.max()).bit_length()) if len(c) else 1 for c in columns]
    if sum(widths) <= 63:  # all columns in one int64: one sort instead of a lexsort
        packed = np.zeros(len(columns[0]), dtype=np.int64)
        for column, width in zip(columns, widths):
            packed <<= width
            packed |= column.astype(np.int64)
        order = np.argsort(packed)  # equal packed values are equal rows: which comes first does not matter
        groups = packed[order] >> widths[-1]
        keep = np.ones(len(order), dtype=bool)
        keep[1:] = groups[1:] != groups[:-1]
        return order[keep]
    order = np.lexsort(columns[::-1])
    keep = np.zeros(len(order), dtype=bool)
    keep[:1] = True
    for column in columns[:-1]:
        keep[1:] |= column[order][1:] != column[order][:-1]
    return order[keep]


def hash_order(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Order of *keys* by stable hash (ties, if ever, by the key itself) and the sorted hashes."""
    hashes = key_hashes(keys.tolist())
    order = np.argsort(hashes, kind="stable")
    ranked = hashes[order]
    tied = np.flatnonzero(ranked[1:] == ranked[:-1])
    for start in tied:  # equal hashes: order those keys by text, so the order never depends on input order
        stop = start + 1
        while stop + 1 < len(ranked) and ranked[stop + 1] == ranked[start]:
            stop += 1
        group = order[start:stop + 1]
        order[start:stop + 1] = group[np.argsort(keys[group].astype(str), kind="stable")]
    return order, ranked


def hash_numbered(values: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each of *values* (texts) numbered among the distinct ones in the order of their stable hash
    (:func:`hash_order`): the number of each value, the distinct values in that order, and their hashes.

    Examples
    --------
    >>> numbers, texts, hashes = hash_numbered(np.array(["b", "a", "b"], dtype=object))
    >>> [texts[n] for n in numbers] == ["b", "a", "b"], len(texts) == len(hashes) == 2
    (True, True)
    """
    codes, uniques = pd.factorize(values)
    uniques = np.asarray(uniques, dtype=object)
    order, hashes = hash_order(uniques)
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    return rank[codes], uniques[order], hashes


def id_order(ids: list[str]) -> np.ndarray:
    """Each place's position among the places sorted by id: the last tie-break of every ranking."""
    order = np.empty(len(ids), dtype=np.int32)
    order[np.array(sorted(range(len(ids)), key=ids.__getitem__), dtype=np.int64)] = np.arange(len(ids), dtype=np.int32)
    return order


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building: the build makes millions of short-lived lists
    and tuples (no cycles), and each full collection would walk every object of the gazetteer."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
