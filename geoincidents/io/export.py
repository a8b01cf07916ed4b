"""Exports: what each holds, GeoPackage, CSV (kepler.gl arcs), GeoParquet, and dispatch by suffix.

:func:`select` decides which rows and geometries an export holds (``what``:
incidents, launches, targets, trajectories) for every format, GeoJSON
(:mod:`geoincidents.io.geojson`) included.

Every writer goes through :func:`~geoincidents.io.atomic.atomic_path`: the
file is written beside its destination and renamed onto it only once it is
complete, so a failure leaves no half-written file and an existing file
untouched.

Text round-trips byte for byte through every format (quotes, apostrophes,
backslashes, angle brackets, newlines, right-to-left marks, emoji), with one
exception that is refused rather than damaged: GDAL stores text as C strings,
so a NUL character cannot go into a GeoPackage (:class:`ExportError` names the
column and row). GeoJSON, CSV and GeoParquet keep NUL.
"""
from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import IO, Any, Callable

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from geopandas.array import GeometryDtype

from geoincidents.errors import ExportError
from geoincidents.io.atomic import atomic_path

__all__ = ["export", "format_of", "write_gpkg", "write_csv", "write_parquet", "select", "table_parts", "SUFFIXES",
           "FORMATS", "GPKG_LAYERS", "WHATS"]

log = logging.getLogger(__name__)

#: What an export can hold: every incident, or one kind of geometry.
WHATS = ("incidents", "launches", "targets", "trajectories")

#: The GeoPackage layers and the ``what`` each holds.
GPKG_LAYERS = {"launches": "Point", "targets": "Point", "trajectories": "LineString"}

#: The GeoPackage attribute table (no geometry) of the incidents that no geometry layer holds: an
#: incident whose only known end is an area (a province, a country) or that has no known end at
#: all, so that ``incidents.gpkg`` loses none of the table.
GPKG_UNPLACED = "unplaced"
#: The attribute table (GeoPackage) or file-metadata key (GeoParquet) holding the sources table,
#: so that a table read back checks its source ids as it did from CSV.
GPKG_SOURCES = "sources"
PARQUET_SOURCES_KEY = b"geoincidents:sources"

#: kepler.gl pairs ``<name>_lat``/``<name>_lon`` columns into arc end points; they lead the CSV.
_ARC_COLUMNS = ("launch_lat", "launch_lon", "target_lat", "target_lon")


# --- what is exported (shared by every format) ----------------------------------------


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


def _attributes(frame: pd.DataFrame, claims: pd.DataFrame | None, positions: np.ndarray) -> pd.DataFrame:
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


def _fail(kind: str, path: Any, err: BaseException) -> ExportError:
    return ExportError(f"could not write {kind} to {os.fspath(path)!r}: {err}")


def _refuse_nul(frame: pd.DataFrame, path: Any) -> None:
    for column in frame.columns:
        values = frame[column]
        if values.dtype == object or pd.api.types.is_string_dtype(values.dtype):
            has = values.map(lambda v: isinstance(v, str) and "\x00" in v).to_numpy(dtype=bool)
            if has.any():
                row = int(np.flatnonzero(has)[0])
                raise ExportError(
                    f"cannot write {os.fspath(path)!r}: column {column!r}, row {row + 1} "
                    f"(incident {frame['incident_id'].iat[row]!r}) holds a NUL character, which GDAL "
                    "cannot store in a GeoPackage; remove it, or export to .geojson, .csv or .parquet"
                )


def write_gpkg(table: Any, path: str | os.PathLike[str], *, what: str = "incidents") -> None:
    """Write a GeoPackage with the layers ``launches`` (Points), ``targets`` (Points), ``trajectories`` (LineStrings).

    Incidents that none of these layers holds (only an area end, or no known end)
    go in the attribute table ``unplaced``, so the file carries every incident;
    the table's sources go in the attribute table ``sources``.

    Each layer carries every property of its incidents (lists as JSON text,
    ``claims`` as a JSON array text, dates as DATE fields); a layer with no
    rows is still created with its geometry type, so QGIS always finds the
    three layers. The file is GeoPackage 1.2 (read by GDAL 3.6 / QGIS LTR
    without warnings) and carries a ``layer_styles`` table, so QGIS opens each
    layer coloured by category as on the map (:mod:`geoincidents.io.gpkgfile`).

    Parameters
    ----------
    table
        An IncidentTable (or a frame in its layout).
    path
        The ``.gpkg`` file to write (replaced atomically).
    what
        ``"incidents"`` writes the three layers; ``"launches"``, ``"targets"``
        or ``"trajectories"`` writes that layer only.

    Examples
    --------
    >>> write_gpkg(table, "incidents.gpkg")                     # doctest: +SKIP
    >>> pyogrio.list_layers("incidents.gpkg")[:, 0].tolist()   # doctest: +SKIP
    ['launches', 'targets', 'trajectories']
    """
    import pyogrio

    from geoincidents.io.gpkgfile import write_layer, write_styles

    check_what(what)
    frame, claims, sources = table_parts(table)
    layers = list(GPKG_LAYERS) if what == "incidents" else [what]
    try:
        with atomic_path(path) as tmp:
            held = np.zeros(len(frame), dtype=bool)
            for layer in layers:
                positions, geometry = select(frame, layer)
                held[positions] = True
                data = _attributes(frame, claims, positions)
                _refuse_nul(data, path)
                write_layer(data, geometry, tmp, layer=layer, geometry_type=GPKG_LAYERS[layer])
            write_styles(tmp, layers)
            if what == "incidents" and not held.all():
                data = _attributes(frame, claims, np.flatnonzero(~held))
                _refuse_nul(data, path)
                write_layer(data, None, tmp, layer=GPKG_UNPLACED, geometry_type=None)
            if what == "incidents" and sources is not None and len(sources):
                text = _source_rows(sources)
                _refuse_nul(text, path)
                write_layer(text, None, tmp, layer=GPKG_SOURCES, geometry_type=None)
    except ExportError:
        raise
    except (OSError, pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, pyogrio.errors.FieldError) as err:
        raise _fail("GeoPackage", path, err) from err
    log.info("wrote %s layer(s) %s to %s", len(layers), ", ".join(layers), path)


def _csv_frame(frame: pd.DataFrame, claims: pd.DataFrame | None, positions: np.ndarray) -> pd.DataFrame:
    data = _attributes(frame, claims, positions)
    lead = ["incident_id", *[c for c in _ARC_COLUMNS if c in data]]
    data = data[lead + [c for c in data.columns if c not in lead]]
    for column in data.columns:
        values = data[column]
        if pd.api.types.is_bool_dtype(values.dtype):
            # kepler.gl and most tools read lowercase booleans.
            data[column] = values.map({True: "true", False: "false"}, na_action="ignore").astype(object)
        elif pd.api.types.is_datetime64_any_dtype(values.dtype):
            data[column] = values.dt.strftime("%Y-%m-%d").astype(object)
    return data


def write_csv(table: Any, path: str | os.PathLike[str] | IO[str], *, what: str = "incidents",
              raw_cells: bool = False) -> None:
    """Write one CSV row per incident, with kepler.gl arc columns first.

    UTF-8 without a byte-order mark, RFC 4180 (comma, CRLF line ends, fields
    with commas, quotes or line breaks, a bare carriage return included,
    quoted; quotes doubled). The columns are
    ``incident_id, launch_lat, launch_lon, target_lat, target_lon`` (kepler.gl
    pairs them into an arc layer), then every other property; dates as
    ``YYYY-MM-DD``, booleans as ``true``/``false``, ``claims`` as JSON text, an
    unknown value as an empty field. A text cell that a spreadsheet would run
    as a formula (``=``, ``+``, ``-``, ``@``, tab, carriage return first) gets a
    leading apostrophe, which our readers remove again
    (:mod:`geoincidents.io.csvcells`).

    Parameters
    ----------
    path
        The file (replaced atomically), ``"-"`` for standard output, or an open text stream.
    what
        ``"launches"``/``"targets"``/``"trajectories"`` keep only the incidents
        with that geometry; ``"incidents"`` (default) keeps all.
    raw_cells
        Write formula-like cells as they are (``--raw-cells``), for a tool that
        is not a spreadsheet and must see the exact text.

    Examples
    --------
    >>> write_csv(table, "incidents.csv")                      # doctest: +SKIP
    """
    from geoincidents.io.csvcells import write_csv_frame

    check_what(what)
    frame, claims, _ = table_parts(table)
    positions, _ = select(frame, what)
    data = _csv_frame(frame, claims, positions)
    write_csv_frame(data, path, raw_cells=raw_cells)
    log.info("wrote %d rows to %s", len(data), getattr(path, "name", path))


def write_parquet(table: Any, path: str | os.PathLike[str], *, what: str = "incidents") -> None:
    """Write GeoParquet 1.1 (geometry as WKB, CRS in the ``geo`` metadata, a ``bbox`` covering column) with every property.

    Dates are Parquet ``date32`` values. The table's sources travel as a JSON
    array in the file's key-value metadata under ``geoincidents:sources``.

    Needs pyarrow: ``pip install pyarrow`` (or ``pip install geoincidents[parquet]``).

    Examples
    --------
    >>> write_parquet(table, "incidents.parquet")              # doctest: +SKIP
    """
    try:
        import pyarrow  # noqa: F401
    except ImportError as err:
        raise ExportError(
            f"cannot write {os.fspath(path)!r}: GeoParquet needs pyarrow; "
            "install it with `pip install pyarrow` (or `pip install geoincidents[parquet]`)"
        ) from err
    check_what(what)
    frame, claims, sources = table_parts(table)
    positions, geometry = select(frame, what)
    data = _attributes(frame, claims, positions)
    from geoincidents.io.gpkgfile import date_only_columns

    for column in date_only_columns(data):  # whole days are dates (Parquet date32), not timestamps
        data[column] = [None if pd.isna(v) else v.date() for v in data[column]]
    gdf = gpd.GeoDataFrame(data, geometry=np.asarray(geometry, dtype=object), crs="EPSG:4326")
    try:
        with atomic_path(path) as tmp:
            # The bbox covering column lets readers (DuckDB, GDAL, QGIS) skip row groups by extent.
            gdf.to_parquet(tmp, index=False, write_covering_bbox=True)
            if sources is not None and len(sources):
                _add_parquet_sources(tmp, sources)
    except (OSError, ValueError) as err:
        raise _fail("GeoParquet", path, err) from err
    log.info("wrote %d rows to %s", len(gdf), path)


def _source_rows(sources: pd.DataFrame) -> pd.DataFrame:
    """The sources table as text cells (as sources.csv holds it)."""
    from geoincidents.cells import cell_text

    return pd.DataFrame({str(c): [cell_text(v) for v in sources[c]] for c in sources.columns}, dtype=object)


def _add_parquet_sources(path: str | os.PathLike[str], sources: pd.DataFrame) -> None:
    """Put the sources table into the written GeoParquet file's key-value metadata (geo metadata kept)."""
    import pyarrow.parquet as pq

    written = pq.read_table(path)
    rows = _source_rows(sources).to_dict(orient="records")
    meta = {**(written.schema.metadata or {}), PARQUET_SOURCES_KEY: json.dumps(rows, ensure_ascii=False).encode()}
    pq.write_table(written.replace_schema_metadata(meta), path)


def _geojson(table: Any, path: str | os.PathLike[str], *, what: str = "incidents") -> None:
    from geoincidents.io.geojson import write_geojson

    write_geojson(table, path, what=what)


def _acled(table: Any, path: str | os.PathLike[str], *, what: str = "incidents", raw_cells: bool = False) -> None:
    from geoincidents.io.acled import write_acled_csv

    if what != "incidents":
        raise ExportError(f"cannot write {os.fspath(path)!r}: an ACLED export holds incidents (one point each); "
                          f"what={what!r} is for the GIS formats")
    write_acled_csv(table, path, raw_cells=raw_cells)


#: Format name → writer; the only place a format is named.
FORMATS: dict[str, Callable[..., None]] = {
    "geojson": _geojson,
    "gpkg": write_gpkg,
    "csv": write_csv,
    "parquet": write_parquet,
    "acled": _acled,
}

#: Suffix → format. Longer suffixes are matched first (``.acled.csv`` before ``.csv``).
SUFFIXES: dict[str, str] = {
    ".acled.csv": "acled",
    ".geojson": "geojson",
    ".json": "geojson",
    ".gpkg": "gpkg",
    ".csv": "csv",
    ".parquet": "parquet",
    ".geoparquet": "parquet",
}

#: The path that means standard output.
STDOUT = "-"


def format_of(path: str | os.PathLike[str]) -> str | None:
    """The format a file name's suffix names, or None.

    Examples
    --------
    >>> format_of("out/x.acled.csv"), format_of("x.CSV"), format_of("x.shp")
    ('acled', 'csv', None)
    """
    name = Path(path).name.lower()
    return next((fmt for suffix, fmt in SUFFIXES.items() if name.endswith(suffix)), None)


def export(
    table: Any,
    path: str | os.PathLike[str],
    *,
    what: str = "incidents",
    format: str | None = None,  # noqa: A002 - the word users know
    raw_cells: bool = False,
) -> Path:
    """Write ``table`` in the format that ``format`` or the suffix of ``path`` names.

    Parameters
    ----------
    table
        An IncidentTable.
    path
        ``.geojson``/``.json`` (RFC 7946), ``.gpkg`` (three layers), ``.csv``
        (kepler.gl arcs), ``.parquet``/``.geoparquet`` (GeoParquet),
        ``.acled.csv`` (ACLED's columns); ``"-"`` writes to standard output
        (``format`` is then required).
    what
        One of :data:`WHATS`.
    format
        One of :data:`FORMATS` (``geojson``, ``gpkg``, ``csv``, ``parquet``,
        ``acled``); wins over the suffix.
    raw_cells
        CSV and ACLED: write cells a spreadsheet would run as formulas as they
        are, instead of with a leading apostrophe (see :func:`write_csv`).

    Returns
    -------
    pathlib.Path
        The path written.

    Raises
    ------
    ExportError
        Unknown suffix or format (the message lists the supported ones; a file
        is never written in another format than asked), or the writer failed.

    Examples
    --------
    >>> export(table, "out/incidents.gpkg")                    # doctest: +SKIP
    PosixPath('out/incidents.gpkg')
    >>> export(table, "out/incidents.acled.csv")               # doctest: +SKIP
    """
    target = Path(path)
    chosen = format if format is not None else format_of(target)
    if chosen is None:
        where = "standard output" if os.fspath(path) == STDOUT else repr(str(target))
        raise ExportError(
            f"cannot export to {where}: suffix {target.suffix or '(none)'!r} is not supported; "
            f"use one of {', '.join(SUFFIXES)} or name the format (--format {'|'.join(FORMATS)})"
        )
    writer = FORMATS.get(chosen)
    if writer is None:
        raise ExportError(f"format={chosen!r} is not a known export format; use one of {', '.join(FORMATS)}")
    check_what(what)
    options = {"raw_cells": raw_cells} if writer in (write_csv, _acled) else {}
    if os.fspath(path) == STDOUT:
        _to_stdout(writer, table, what, chosen, options)
        return target
    writer(table, target, what=what, **options)
    return target


def _to_stdout(writer: Callable[..., None], table: Any, what: str, chosen: str, options: dict[str, Any]) -> None:
    import shutil
    import sys
    import tempfile

    # GDAL and pyarrow write to a file; the bytes are copied to stdout once complete.
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder) / f"out.{'csv' if chosen == 'acled' else chosen}"
        writer(table, tmp, what=what, **options)
        sys.stdout.flush()
        with tmp.open("rb") as fh:
            shutil.copyfileobj(fh, sys.stdout.buffer)
        sys.stdout.buffer.flush()
