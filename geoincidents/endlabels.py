"""How an end of an incident reads, decided once: the query table and the map's popups both call :func:`end_labels`.

An end reads as the place as written, then where it lies:

- a point, a radius or a province: ``Zummar (Nineveh, IQ)``, ``Babil (Babil, IQ)``;
- a country: ``Iraq (IQ)``;
- a region spanning several provinces (its ``admin1`` holds all its members,
  :func:`geoincidents.endforms.member_cells`): the country, then every member
  province, ``Kurdistan Region (IQ: Erbil, Duhok, Sulaymaniyah)``: never one
  member standing for the region;
- coordinates without a name: ``unnamed point (Nineveh, IQ)``; neither a name nor a place: None.

``detail=True`` (the map's popups, which have room) adds what the end is:
its precision (``· town``, ``· near``), ``· province`` / ``· country`` /
``· region`` for an area, ``· place not known`` for an end with no place.

Examples
--------
>>> import pandas as pd
>>> frame = pd.DataFrame({"launch_place": ["Kurdistan Region", "Zummar", "Iraq"],
...                       "launch_admin1": ["IQ-AR|IQ-DA|IQ-SU", "IQ-NI", None],
...                       "launch_admin1_name": ["Erbil|Duhok|Sulaymaniyah", "Nineveh", None],
...                       "launch_country": ["IQ", "IQ", "IQ"], "launch_precision": ["province", "town", "country"],
...                       "launch_is_area": [True, False, True], "launch_lat": [None, 36.6, None]})
>>> end_labels(frame, "launch").tolist()
['Kurdistan Region (IQ: Erbil, Duhok, Sulaymaniyah)', 'Zummar (Nineveh, IQ)', 'Iraq (IQ)']
>>> end_labels(frame, "launch", detail=True).tolist()[:2]
['Kurdistan Region (IQ: Erbil, Duhok, Sulaymaniyah) · region', 'Zummar (Nineveh, IQ) · town']
"""
from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from geoincidents.endforms import MEMBER_SEPARATOR, spans_provinces

__all__ = ["end_labels"]


def _cells(frame: pd.DataFrame, column: str) -> pd.Series:
    """A column as text, "" for a blank or absent one."""
    if column not in frame:
        return pd.Series([""] * len(frame), index=frame.index, dtype=object)
    values = frame[column].astype(object)
    return values.where(values.notna(), "").astype(str)


def end_labels(frame: pd.DataFrame, role: str, *, detail: bool = False, known: Any = None) -> np.ndarray:
    """How each ``role`` end of ``frame`` reads (None where nothing is known of it); see the module's rules.

    Parameters
    ----------
    frame
        A loaded table's frame (``{role}_place``, ``_admin1``, ``_admin1_name``,
        ``_country``, ``_precision``, ``_is_area``, ``_lat``).
    role
        ``"launch"`` or ``"target"``.
    detail
        Add what the end is (its precision, or the kind of area), as the map's popups do.
    known
        With ``detail``: whether each end has a place that can be drawn (the
        map's decision; by default an area, or an end with coordinates); the
        others read ``· place not known``.
    """
    name, codes, names, country, precision = (
        _cells(frame, f"{role}_{c}") for c in ("place", "admin1", "admin1_name", "country", "precision"))
    province = names.where(names != "", codes)
    region = spans_provinces(codes)
    members = province.str.replace(MEMBER_SEPARATOR, ", ", regex=False)
    where = (province + ", " + country).str.strip(", ")
    where = where.where(~region, (country + ": " + members).str.strip(": "))
    out = name.where(name != "", "unnamed point") + np.where(where != "", " (" + where + ")", "")
    is_area = _flags(frame, f"{role}_is_area")
    if known is None:
        lat = frame[f"{role}_lat"] if f"{role}_lat" in frame else pd.Series(np.nan, index=frame.index)
        known = is_area | pd.to_numeric(lat, errors="coerce").notna().to_numpy()
    known = np.asarray(known, dtype=bool)
    if detail:
        what = np.where(region, "region", np.where(codes == "", "country", "province"))
        kind = np.where(is_area, what, precision.where(~precision.isin(["", "exact"]), ""))
        kind = np.where(known, kind, "place not known")
        out = out + np.where(kind != "", " · " + kind.astype(object), "")
    result = out.to_numpy(dtype=object)
    result[~known & (name == "").to_numpy()] = None
    return result


def _flags(frame: pd.DataFrame, column: str) -> np.ndarray:
    if column not in frame:
        return np.zeros(len(frame), dtype=bool)
    return np.asarray(frame[column].astype(object).where(frame[column].notna(), False), dtype=bool)
