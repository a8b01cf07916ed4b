"""JSON text of whole columns, formatted once per distinct value.

The engine behind :func:`geoincidents.io.geojson.write_geojson`. A column
becomes ``(codes, texts)``: the JSON of each distinct value, and for each row
the index of its text (:func:`encoded`). :func:`runs` then turns a row of such
columns into a few UTF-8 pieces per row, concatenating each distinct
combination of adjacent columns only once, ready for one ``bytes.join`` per
chunk of rows.
"""
from __future__ import annotations

import json
from json.encoder import encode_basestring as _escape  # the C escaper, ensure_ascii=False
from typing import Any

import numpy as np
import pandas as pd

from geoincidents.errors import ExportError

__all__ = ["Column", "default", "dumps", "encoded", "json_values", "first_rows", "utf8", "runs"]

_DISTINCT_PROBE = 1024


def default(value: Any) -> Any:
    """The ``default=`` of :func:`json.dumps`: Timestamps as ISO text, numpy scalars as Python ones.

    Examples
    --------
    >>> json.dumps([pd.Timestamp("2024-04-21"), np.int64(3)], default=default)
    '["2024-04-21", 3]'
    """
    if isinstance(value, pd.Timestamp):
        return _iso(value)
    if isinstance(value, np.generic):
        return value.item()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"{type(value).__name__} value {value!r} cannot be written as JSON")


def _iso(ts: pd.Timestamp) -> str:
    # Dates are normalised to the day: keep them "YYYY-MM-DD"; a time of day survives as ISO 8601.
    return ts.strftime("%Y-%m-%d") if ts == ts.normalize() and ts.tzinfo is None else ts.isoformat()


def dumps(value: Any) -> str:
    """JSON text of one value: missing (None, NA, NaT, NaN) and infinite numbers as ``null``.

    Examples
    --------
    >>> dumps("Zummar"), dumps(float("nan")), dumps(pd.Timestamp("2024-04-21"))
    ('"Zummar"', 'null', '"2024-04-21"')
    """
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value):
        return "null"
    if isinstance(value, pd.Timestamp):
        return json.dumps(_iso(value))
    if isinstance(value, float) and value in (float("inf"), float("-inf")):
        return "null"
    return json.dumps(value, ensure_ascii=False, allow_nan=False, default=default)


def encoded(series: pd.Series, *, integer: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """``(codes, texts)``: ``texts[codes[i]]`` is the JSON of row ``i`` (NA → ``null``).

    Every column is factorised first and only its distinct values are
    formatted: incident tables repeat the same places, coordinates, dates and
    vocabularies over and over, so a million formatting calls become a few
    hundred. Ids and free text (the first thousand values all distinct) skip
    the hash pass: each value is simply escaped.
    """
    n = len(series)
    if pd.api.types.is_bool_dtype(series.dtype):
        values = series.to_numpy(dtype=object, na_value=None)
        codes = np.zeros(n, dtype=np.intp)
        codes[values == True] = 1  # noqa: E712 - elementwise on an object array
        codes[values == False] = 2  # noqa: E712
        return codes, np.array(["null", "true", "false"], dtype=object)
    if n >= _DISTINCT_PROBE * 4 and (series.dtype == object or pd.api.types.is_string_dtype(series.dtype)):
        probe = series.iloc[:_DISTINCT_PROBE].tolist()
        values = series.to_numpy(dtype=object, na_value=None) if len(set(probe)) == len(probe) else None
        if values is not None and pd.api.types.infer_dtype(values, skipna=True) == "string":
            na = pd.isna(values)
            table = np.full(n, "null", dtype=object)
            table[~na] = list(map(_escape, values[~na].tolist()))
            return np.arange(n, dtype=np.intp), table
    try:
        codes, uniques = pd.factorize(series, use_na_sentinel=True)
    except TypeError:  # unhashable cells (lists, dicts): escape one by one
        return np.arange(n, dtype=np.intp), np.array([dumps(v) for v in series.to_numpy(dtype=object)], dtype=object)
    text = _format_uniques(uniques, series.dtype, integer=integer)
    return np.where(codes < 0, len(text), codes), np.array(text + ["null"], dtype=object)


def json_values(series: pd.Series, *, prefix: str = "", integer: bool = False) -> np.ndarray:
    """``prefix`` + the JSON text of each value of ``series`` (object array, NA → ``null``).

    Examples
    --------
    >>> json_values(pd.Series(["a", None, "a"]), prefix='"k":').tolist()
    ['"k":"a"', '"k":null', '"k":"a"']
    """
    codes, table = encoded(series, integer=integer)
    return (prefix + table)[codes]


def first_rows(dense: np.ndarray) -> np.ndarray:
    """Row of the first occurrence of each code of ``pd.factorize`` (codes appear in order: no sort needed).

    Examples
    --------
    >>> first_rows(np.array([0, 1, 0, 2, 1])).tolist()
    [0, 1, 3]
    """
    if not len(dense):
        return np.empty(0, dtype=np.intp)
    running = np.maximum.accumulate(dense)
    return np.flatnonzero(np.r_[True, running[1:] != running[:-1]])


def utf8(texts: np.ndarray) -> np.ndarray:
    """Encode distinct texts once (rows then share the bytes objects); a lone surrogate is an ExportError.

    Examples
    --------
    >>> utf8(np.array(["Qāʼim"], dtype=object)).tolist()
    [b'Q\\xc4\\x81\\xca\\xbcim']
    """
    try:
        return np.array([t.encode("utf-8") for t in texts.tolist()], dtype=object)
    except UnicodeEncodeError as err:
        bad = err.object[max(0, err.start - 20) : err.end + 20]
        raise ExportError(f"text {bad!r} cannot be written as UTF-8 ({err.reason}); remove the lone surrogate") from err


Column = tuple[str, np.ndarray, np.ndarray]  # (constant text before the value, codes, distinct value texts)


def runs(columns: list[Column], n: int) -> list[Any]:
    """Per-row UTF-8 pieces (bytes arrays, or one bytes constant for every row) of all columns.

    Adjacent columns are merged into runs while their distinct combinations
    stay under a quarter of the rows, and each combination is concatenated
    once: the derived columns of an incident (place ids, countries,
    provinces, range, bearing, category) all follow from its two places, so a
    dozen columns collapse into one piece per row. A column of distinct
    values (ids, notes) stays alone, its key a constant piece. Texts are
    encoded once, as distinct values, so the final join is a plain byte copy
    (joining ``str`` would widen a whole chunk for one "Qāʼim").
    """
    limit = max(1, n // 4)
    out: list[Any] = []
    members: list[Column] = []
    key, card = np.zeros(n, dtype=np.intp), 1
    done: dict[int, np.ndarray] = {}  # the ids serve twice (Feature id, incident_id): encode them once

    def utf8_once(table: np.ndarray) -> np.ndarray:
        if id(table) not in done:
            done[id(table)] = utf8(table)
        return done[id(table)]

    def emit(piece: Any) -> None:
        if isinstance(piece, bytes) and out and isinstance(out[-1], bytes):
            out[-1] += piece
        elif not (isinstance(piece, bytes) and not piece):
            out.append(piece)

    def close() -> None:
        if len(members) == 1:
            prefix, codes, table = members[0]
            if len(table) > limit:
                emit(prefix.encode("utf-8"))
                emit(utf8_once(table)[codes])
            else:
                emit(utf8(prefix + table)[codes])
        elif members:
            dense, _ = pd.factorize(key)  # numbers the combinations 0, 1, ... in order of appearance
            first = first_rows(dense)
            text = np.full(len(first), "", dtype=object)
            for prefix, codes, table in members:
                text = text + (prefix + table)[codes[first]]
            emit(utf8(text)[dense])

    for prefix, codes, table in columns:
        if members and card <= limit and len(table) <= limit:
            combined = key.astype(np.int64) * len(table) + codes
            if card * len(table) <= limit:  # small enough without counting: skip the hash pass
                key, card = combined, card * len(table)
                members.append((prefix, codes, table))
                continue
            merged, uniques = pd.factorize(combined)
            if len(uniques) <= limit:
                key, card = merged, len(uniques)
                members.append((prefix, codes, table))
                continue
        close()
        members = [(prefix, codes, table)]
        key, card = codes, len(table)
    close()
    return out


def _format_uniques(uniques: Any, dtype: Any, *, integer: bool) -> list[str]:
    if pd.api.types.is_integer_dtype(dtype):
        return list(map(str, np.asarray(uniques, dtype="int64").tolist()))
    if pd.api.types.is_float_dtype(dtype):
        floats = np.asarray(uniques, dtype=float)
        good = np.isfinite(floats)
        if integer and np.array_equal(floats[good], np.round(floats[good])):
            return ["%d" % v if ok else "null" for v, ok in zip(floats.tolist(), good.tolist())]
        return [repr(v) if ok else "null" for v, ok in zip(floats.tolist(), good.tolist())]
    values = np.asarray(uniques, dtype=object)
    if pd.api.types.infer_dtype(values, skipna=False) == "string":  # one C pass, not a Python loop
        return list(map(_escape, values.tolist()))
    return list(map(dumps, values.tolist()))
