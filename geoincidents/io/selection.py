"""What an export holds, shared by every format: the rows and geometries of each ``what``, and their properties.

:func:`select` decides which rows and geometries an export holds (``what``:
incidents, launches, targets, trajectories); :func:`attributes` gives their
properties as flat columns (lists and dicts as JSON text, plus ``claims``).
GeoJSON (:mod:`geoincidents.io.geojson`), GeoPackage
(:mod:`geoincidents.io.gpkgfile`), CSV (:mod:`geoincidents.io.csvexport`),
GeoParquet (:mod:`geoincidents.io.parquet`) and ACLED
(:mod:`geoincidents.io.acled_write`) all go through here.
"""
from __future__ import annotations

import json
from typing import Any

import numpy as np
import pandas as pd
import shapely
from geopandas.array import GeometryDtype

from geoincidents.errors import ExportError

__all__ = ["WHATS", "table_parts", "check_what", "end_points", "select", "property_columns", "attributes",
           "source_rows"]

#: What an export can hold: every incident, or one kind of geometry.
WHATS = ("incidents", "launches", "targets", "trajectories")


def table_parts(table: Any) -> tuple[pd.DataFrame, pd.DataFrame | None, pd.DataFrame | None]:
    """``(frame, claims, sources)`` of an IncidentTable, or of a bare (Geo)DataFrame."""
    frame = getattr(table, "frame", table)
    if not isinstance(frame, pd.DataFrame) or "incident_id" not in frame.columns:
        raise ExportError(
            f"cannot export {type(table).__name__}: expected an IncidentTable (or a GeoDataFrame "
            "with an incident_id column), as geoincidents.load_incidents returns"
        )
    if frame is table:  # a bare frame: its "sources" column is not a sources table
        return frame, None, None
    return frame, getattr(table, "claims", None), getattr(table, "sources", None)


def check_what(what: str) -> None:
    """Raise :class:`ExportError` unless ``what`` is one of :data:`WHATS`."""
    if what not in WHATS:
        raise ExportError(f"what={what!r} is not a known export; expected one of {', '.join(WHATS)}")


def end_points(frame: pd.DataFrame, role: str) -> tuple[np.ndarray, np.ndarray]:
    """Positions of the rows whose ``role`` end is known, and that end's Points."""
    missing = [c for c in (f"{role}_lat", f"{role}_lon") if c not in frame.columns]
    if missing:
        raise ExportError(
            f"cannot export {role} points: the table has no {' or '.join(missing)} column; "
            "expected the IncidentTable.frame layout that geoincidents.load_incidents builds"
        )
    lon = frame[f"{role}_lon"].to_numpy(dtype=float, na_value=np.nan)
    lat = frame[f"{role}_lat"].to_numpy(dtype=float, na_value=np.nan)
    keep = np.flatnonzero(~(np.isnan(lon) | np.isnan(lat)))
    return keep, shapely.points(lon[keep], lat[keep])


def select(frame: pd.DataFrame, what: str) -> tuple[np.ndarray, np.ndarray]:
    """Row positions and geometries (object array of shapely/None) that ``what`` exports."""
    check_what(what)
    if what in ("launches", "targets"):
        return end_points(frame, what[:-1] if what == "targets" else "launch")
    geometry = np.asarray(frame.geometry.array if "geometry" in frame else np.full(len(frame), None), dtype=object)
    if what == "trajectories":
        keep = np.flatnonzero(shapely.get_type_id(geometry) == shapely.GeometryType.LINESTRING)
        return keep, geometry[keep]
    return np.arange(len(frame)), geometry


def property_columns(frame: pd.DataFrame) -> list[str]:
    """Every column that becomes a property: all but geometry columns."""
    return [c for c in frame.columns if c != "geometry" and not isinstance(frame[c].dtype, GeometryDtype)]


def attributes(frame: pd.DataFrame, claims: pd.DataFrame | None, positions: np.ndarray) -> pd.DataFrame:
    """The properties of the selected rows as flat columns: lists/dicts as JSON text, plus ``claims``."""
    from geoincidents.io.geojson import claims_json

    sub = frame.iloc[positions]
    out = pd.DataFrame(index=pd.RangeIndex(len(sub)))
    for column in property_columns(frame):
        values = sub[column].reset_index(drop=True)
        if values.dtype == object and values.map(lambda v: isinstance(v, (list, tuple, dict))).any():
            values = values.map(lambda v: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, tuple, dict)) else v)
        out[str(column)] = values
    out["claims"] = claims_json(sub["incident_id"], claims)
    return out


def source_rows(sources: pd.DataFrame) -> pd.DataFrame:
    """The sources table as text cells (as sources.csv holds it)."""
    from geoincidents.cells import cell_text

    return pd.DataFrame({str(c): [cell_text(v) for v in sources[c]] for c in sources.columns}, dtype=object)
