"""Resolve a whole column of names: unique-then-map, one result row per input.

Used by :meth:`gazetteer.core.Gazetteer.resolve_many`. Each distinct (name,
hints) combination is resolved once; the answers are expanded back to the
input's length with numpy ``take``, so a million names with a few hundred
distinct spellings cost little more than those few hundred lookups.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import numpy as np
import pandas as pd

from gazetteer.hints import InvalidHint, is_missing
from gazetteer.places import Match, describe_alternatives

__all__ = ["RESULT_COLUMNS", "resolve_column"]

#: Columns of :meth:`Gazetteer.resolve_many`, in order (docs/architecture.md).
RESULT_COLUMNS = (
    "query", "place_id", "name", "kind", "lat", "lon", "admin1", "admin1_name",
    "country", "precision_km", "method", "score", "reason", "ambiguous", "alternatives",
)
_PLACE_FIELDS = ("id", "name", "kind", "lat", "lon", "admin1", "admin1_name", "country", "precision_km")
_MATCH_FIELDS = ("method", "score", "reason", "ambiguous", "alternatives")
_FLOATS = frozenset({"lat", "lon", "precision_km", "score"})
#: What the extra slot (a missing name) holds in each column that is not a float.
_MISSING = {"reason": "empty", "ambiguous": False, "alternatives": ""}

#: ``(name, hints) -> (match or None, reason or None)``; never raises for a bad name.
RowResolver = Callable[[Any, dict[str, Any]], "tuple[Match | None, str | None]"]


class _Unhashable:
    """Stands in for an unhashable cell (a list, a dict) so the batch can still be factorized."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


def _factorize(keys: list[Any]) -> tuple[np.ndarray, list[Any]]:
    try:
        codes, uniques = pd.factorize(pd.Series(keys, dtype=object), use_na_sentinel=True)
    except TypeError:
        # A cell pandas cannot hash is a bad name, not a bad batch: wrap it (each is its own key).
        wrapped = [_Unhashable(k) if not _hashable(k) else k for k in keys]
        codes, uniques = pd.factorize(pd.Series(wrapped, dtype=object), use_na_sentinel=True)
    return np.asarray(codes), list(uniques)


def _hashable(value: Any) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _aligned_hints(hints: dict[str, Any], n: int) -> dict[str, list[Any]]:
    """Hints given one per row (list, ndarray, Series) as lists, NaN cells as None."""
    aligned = {}
    for hint, value in hints.items():
        if isinstance(value, (list, np.ndarray, pd.Series)):
            if len(value) != n:
                raise InvalidHint(f"{hint}= has {len(value)} values for {n} names; pass one per name or a single value")
            aligned[hint] = [
                tuple(v) if isinstance(v, (list, set, frozenset)) else (None if is_missing(v) else v) for v in value
            ]
    return aligned


def resolve_column(resolve_row: RowResolver, names: Iterable[Any], hints: dict[str, Any]) -> pd.DataFrame:
    """Resolve *names* with *resolve_row*, once per distinct (name, hints); see ``Gazetteer.resolve_many``.

    Parameters
    ----------
    resolve_row : callable
        ``(name, hints) -> (Match | None, reason | None)``.
    names : iterable
    hints : dict
        ``country``, ``kind``, ``admin1`` (scalar or aligned sequences) and ``fuzzy``.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`RESULT_COLUMNS`, index 0..n-1.

    Examples
    --------
    >>> from gazetteer import Gazetteer
    >>> Gazetteer.default().resolve_many(["Zummar", None])["reason"].tolist()
    [None, 'empty']
    """
    if isinstance(names, (pd.Series, pd.Index, np.ndarray)):
        values = np.asarray(names, dtype=object)
    else:
        items = list(names)
        # fromiter keeps each cell one element, even a cell that is itself a list.
        values = np.fromiter(items, dtype=object, count=len(items))
    if values.ndim != 1:
        raise InvalidHint(f"names must be one-dimensional, got shape {values.shape}; pass a list or a Series")
    scalar = {k: v for k, v in hints.items() if k != "fuzzy"}
    aligned = _aligned_hints(scalar, len(values))
    if aligned:
        names_only = [v if _hashable(v) else _Unhashable(v) for v in values.tolist()]
        codes, uniques = _factorize(list(zip(names_only, *aligned.values())))
        rows = [dict(zip(("name", *aligned), u)) for u in uniques]
    else:
        codes, uniques = _factorize(values)  # type: ignore[arg-type]
        rows = [{"name": u} for u in uniques]
    table: dict[str, list[Any]] = {column: [] for column in (*_PLACE_FIELDS, *_MATCH_FIELDS)}
    for row in rows:
        row_hints = {**scalar, **{k: v for k, v in row.items() if k != "name"}, "near": None, "fuzzy": hints["fuzzy"]}
        name = row["name"].value if isinstance(row["name"], _Unhashable) else row["name"]
        match, reason = resolve_row(name, row_hints)
        for field in _PLACE_FIELDS:
            table[field].append(getattr(match.place, field) if match else None)
        table["method"].append(match.method if match else None)
        table["score"].append(match.score if match else np.nan)
        table["reason"].append(reason)
        table["ambiguous"].append(match.ambiguous if match else False)
        table["alternatives"].append(describe_alternatives(match.alternatives) if match else "")
    return _assemble(values, codes, table)


def _assemble(values: np.ndarray, codes: np.ndarray, table: dict[str, list[Any]]) -> pd.DataFrame:
    # Text columns stay object dtype (None when missing): converting a million strings to
    # pandas' string dtype would cost more than resolving them.
    unique = len(table["reason"])
    rows = np.where(codes < 0, unique, codes)  # None / NaN input (-1) -> the extra last slot
    out: dict[str, pd.Series] = {"query": pd.Series(values, dtype=object, copy=False)}
    for column in (*_PLACE_FIELDS, *_MATCH_FIELDS):
        is_float = column in _FLOATS
        dtype = np.float64 if is_float else (bool if column == "ambiguous" else object)
        base = np.empty(unique + 1, dtype=dtype)
        base[:unique] = table[column]
        base[unique] = np.nan if is_float else _MISSING.get(column)
        out["place_id" if column == "id" else column] = pd.Series(base[rows], dtype=base.dtype, copy=False)
    return pd.DataFrame(out, copy=False)[list(RESULT_COLUMNS)]
