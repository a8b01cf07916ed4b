"""Numeric columns of the map payload as base64 little-endian integers.

Why: at 200,000 incidents the payload holds millions of numbers (coordinates,
days, dictionary codes). As JSON lists they dominate both the time to write
the page and its size; as packed integers they cost a few milliseconds to
encode here and to decode in the browser (``geoincidents.unpack`` in
assets/geoincidents.js). Decimals are kept as fixed-point integers
(coordinates x 1e5), missing values as the type's smallest integer.

A packed column is ``{"packed": "i1"|"i2"|"i4", "b64": ..., "scale": 10**d?, "nullable": true?}``.
"""
from __future__ import annotations

import base64
from typing import Any

import numpy as np

__all__ = ["pack_ints", "pack_fixed", "unpack"]

_TYPES = (("i1", np.int8), ("i2", np.int16), ("i4", np.int32))


def _pack(ints: np.ndarray, missing: np.ndarray | None, extra: dict[str, Any]) -> dict[str, Any]:
    valid = ints if missing is None else ints[~missing]
    low, high = (int(valid.min()), int(valid.max())) if valid.size else (0, 0)
    for name, dtype in _TYPES:
        info = np.iinfo(dtype)
        # The smallest value of the type is kept free to mean "missing".
        if low > info.min and high <= info.max:
            break
    else:
        raise ValueError(f"values from {low} to {high} do not fit in 32 bits; cannot pack them for the map")
    out = ints.astype(dtype)
    if missing is not None:
        out[missing] = np.iinfo(dtype).min
    packed = {"packed": name, "b64": base64.b64encode(out.astype(out.dtype.newbyteorder("<")).tobytes()).decode("ascii")}
    if missing is not None and missing.any():
        packed["nullable"] = True
    packed.update(extra)
    return packed


def pack_ints(values: Any) -> dict[str, Any]:
    """Pack integers; NaN/None/NA become null in the browser.

    Examples
    --------
    >>> pack_ints([1, None, 3])
    {'packed': 'i1', 'b64': 'AYAD', 'nullable': True}
    >>> unpack(pack_ints([1, None, 3])).tolist()
    [1.0, nan, 3.0]
    """
    arr = np.asarray(values, dtype="float64") if not isinstance(values, np.ndarray) or values.dtype.kind not in "iu" else values
    if arr.dtype.kind in "iu":
        return _pack(arr.astype(np.int64), None, {})
    missing = np.isnan(arr)
    return _pack(np.where(missing, 0, arr).astype(np.int64), missing, {})


def pack_fixed(values: Any, decimals: int) -> dict[str, Any]:
    """Pack decimals as integers scaled by ``10**decimals`` (NaN -> null).

    Examples
    --------
    >>> unpack(pack_fixed([42.123456, float("nan")], 5)).tolist()
    [42.12346, nan]
    """
    arr = np.asarray(values, dtype="float64")
    missing = np.isnan(arr)
    scale = 10**decimals
    ints = np.rint(np.where(missing, 0.0, arr) * scale).astype(np.int64)
    return _pack(ints, missing, {"scale": scale})


def unpack(packed: dict[str, Any]) -> np.ndarray:
    """Decode a packed column (for tests and tools): float64 with NaN when scaled or nullable, else int."""
    dtype = dict(_TYPES)[packed["packed"]]
    raw = np.frombuffer(base64.b64decode(packed["b64"]), dtype=np.dtype(dtype).newbyteorder("<"))
    if "scale" not in packed and not packed.get("nullable"):
        return raw.astype(np.int64)
    out = raw.astype("float64") / packed.get("scale", 1)
    out[raw == np.iinfo(dtype).min] = np.nan
    return out
