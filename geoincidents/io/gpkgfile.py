"""GeoPackage: :func:`write_gpkg` (a layer per geometry, attribute tables of the unplaced incidents and of
the sources) and the details GIS users see: DATE fields, a version older GDAL reads, QGIS layer styles.

- A datetime column whose values are all midnight (our ``date``) is a DATE
  field, not a DATETIME: pyogrio's DataFrame writer has no date type, so the
  layer goes through :func:`pyogrio.raw.write` with ``datetime64[D]`` arrays,
  which GDAL writes as DATE.
- The file says GeoPackage 1.2 (``VERSION=1.2``): GDAL 3.6 and the QGIS LTR
  built on it warn about the 1.4 that newer GDAL writes by default.
- A ``layer_styles`` table (the one QGIS itself writes with "Save style to
  datasource") holds a categorized style per layer, with the map's category
  colours from ``data/category_styles.csv``, so the file opens styled.
"""
from __future__ import annotations

import logging
import os
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import quoteattr

import numpy as np
import pandas as pd
import shapely

from geoincidents.datatables import read_table
from geoincidents.errors import ExportError
from geoincidents.io.atomic import atomic_path, export_failure
from geoincidents.io.selection import attributes, check_what, select, source_rows, table_parts

__all__ = ["write_gpkg", "write_layer", "write_styles", "GPKG_VERSION", "GPKG_LAYERS", "GPKG_UNPLACED", "GPKG_SOURCES",
           "date_only_columns"]

log = logging.getLogger(__name__)

#: The GeoPackage layers and the ``what`` each holds.
GPKG_LAYERS = {"launches": "Point", "targets": "Point", "trajectories": "LineString"}

#: The GeoPackage attribute table (no geometry) of the incidents that no geometry layer holds: an
#: incident whose only known end is an area (a province, a country) or that has no known end at
#: all, so that ``incidents.gpkg`` loses none of the table.
GPKG_UNPLACED = "unplaced"
#: The attribute table holding the sources table, so that a table read back checks its source ids as it did from CSV.
GPKG_SOURCES = "sources"

GPKG_VERSION = "1.2"
#: How each layer's features are drawn: (QGIS symbol type, marker shape or None).
_SYMBOL = {"launches": ("marker", "triangle"), "targets": ("marker", "circle"), "trajectories": ("line", None)}


def date_only_columns(data: pd.DataFrame) -> list[str]:
    """Datetime columns whose every value is a whole day (they are dates)."""
    out = []
    for column in data.columns:
        values = data[column]
        if pd.api.types.is_datetime64_any_dtype(values.dtype) and getattr(values.dt, "tz", None) is None:
            known = values.dropna()
            if (known == known.dt.normalize()).all():
                out.append(column)
    return out


def _field(values: pd.Series, is_date: bool) -> tuple[np.ndarray, np.ndarray | None]:
    if is_date:
        return values.to_numpy(dtype="datetime64[D]"), values.isna().to_numpy()
    if isinstance(values.dtype, np.dtype):  # plain numpy columns (float, int, bool, object) go as they are
        return values.to_numpy(), None
    array = values.array
    from pandas.arrays import BooleanArray, FloatingArray, IntegerArray

    if isinstance(array, (IntegerArray, FloatingArray, BooleanArray)):
        return array._data, array._mask
    return np.asarray(array, dtype=object), np.asarray(values.isna())


def write_layer(data: pd.DataFrame, geometry: Any, path: str | os.PathLike[str], *, layer: str,
                geometry_type: str | None) -> None:
    """Write one layer of ``data`` (attributes) and ``geometry`` (shapely objects) into the GeoPackage ``path``.

    ``geometry=None`` with ``geometry_type=None`` writes an attribute table (no geometry column).
    """
    from pyogrio.raw import write

    dates = set(date_only_columns(data))
    fields = [str(c) for c in data.columns]
    offsets = {}
    columns = {}
    for c in data.columns:
        values = data[c]
        if isinstance(values.dtype, pd.DatetimeTZDtype):  # stored as UTC (GDAL's offset code 100)
            values = values.dt.tz_convert("UTC").dt.tz_localize(None)
            offsets[str(c)] = np.full(len(values), 100, dtype=np.int32)
        columns[c] = values
    pairs = [_field(columns[c], c in dates) for c in data.columns]
    wkb = None if geometry is None else np.asarray(shapely.to_wkb(np.asarray(geometry, dtype=object)), dtype=object)
    create = not os.path.exists(path)
    write(path, wkb, [p[0] for p in pairs], field_mask=[p[1] for p in pairs],
          fields=fields, layer=layer, driver="GPKG", geometry_type=geometry_type,
          crs=None if geometry is None else "EPSG:4326",
          dataset_options={"VERSION": GPKG_VERSION} if create else None, gdal_tz_offsets=offsets or None)


@lru_cache(maxsize=1)
def _categories() -> list[dict[str, str]]:
    return sorted(read_table("category_styles.csv"), key=lambda r: int(r["order"]))


def _rgba(colour: str) -> str:
    colour = colour.lstrip("#")
    return ",".join(str(int(colour[i : i + 2], 16)) for i in (0, 2, 4)) + ",255"


def _symbol(index: int, kind: str, shape: str | None, colour: str) -> str:
    if kind == "line":
        options = {"line_color": _rgba(colour), "line_width": "0.6", "line_width_unit": "MM", "line_style": "solid"}
        layer_class = "SimpleLine"
    else:
        options = {"color": _rgba(colour), "name": shape or "circle", "size": "3", "size_unit": "MM",
                   "outline_color": "35,35,35,255", "outline_width": "0.2"}
        layer_class = "SimpleMarker"
    body = "".join(f'<Option name="{k}" type="QString" value="{v}"/>' for k, v in options.items())
    return (f'<symbol type="{kind}" name="{index}" alpha="1" clip_to_extent="1" force_rhr="0">'
            f'<layer class="{layer_class}" enabled="1" locked="0" pass="0"><Option type="Map">{body}</Option></layer>'
            "</symbol>")


def style_qml(layer: str) -> str:
    """A QGIS style (QML) drawing ``layer`` by its ``category`` column in the map's colours."""
    kind, shape = _SYMBOL[layer]
    categories = _categories()
    items = "".join(f'<category symbol="{i}" value={quoteattr(c["category"])} label={quoteattr(c["label"])} render="true"/>'
                    for i, c in enumerate(categories))
    symbols = "".join(_symbol(i, kind, shape, c["colour"]) for i, c in enumerate(categories))
    return ("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"
            '<qgis version="3.28.0" styleCategories="Symbology">'
            '<renderer-v2 type="categorizedSymbol" attr="category" symbollevels="0" enableorderby="0" forceraster="0">'
            f"<categories>{items}</categories><symbols>{symbols}</symbols></renderer-v2></qgis>")


def write_styles(path: str | os.PathLike[str], layers: list[str]) -> None:
    """Add the ``layer_styles`` table QGIS reads, one default style per layer."""
    from pyogrio.raw import write

    now = np.array([np.datetime64("now", "s")] * len(layers))
    columns = {
        "f_table_catalog": [""] * len(layers), "f_table_schema": [""] * len(layers), "f_table_name": layers,
        "f_geometry_column": ["geom"] * len(layers), "styleName": [f"geoincidents {n}" for n in layers],
        "styleQML": [style_qml(n) for n in layers], "styleSLD": [""] * len(layers),
        "useAsDefault": [True] * len(layers), "description": ["category colours of geoincidents maps"] * len(layers),
        "owner": [""] * len(layers), "ui": [""] * len(layers),
    }
    data = [np.array(v, dtype=object) if not isinstance(v[0], bool) else np.array(v) for v in columns.values()]
    write(path, None, [*data, now], fields=[*columns, "update_time"], layer="layer_styles", driver="GPKG",
          geometry_type=None)


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
    >>> import pyogrio
    >>> from geoincidents.datasets import seed
    >>> write_gpkg(seed(), "incidents.gpkg")
    >>> pyogrio.list_layers("incidents.gpkg")[:, 0].tolist()
    ['launches', 'targets', 'trajectories', 'layer_styles', 'unplaced', 'sources']
    """
    import pyogrio

    check_what(what)
    frame, claims, sources = table_parts(table)
    layers = list(GPKG_LAYERS) if what == "incidents" else [what]
    try:
        with atomic_path(path) as tmp:
            held = np.zeros(len(frame), dtype=bool)
            for layer in layers:
                positions, geometry = select(frame, layer)
                held[positions] = True
                data = attributes(frame, claims, positions)
                _refuse_nul(data, path)
                write_layer(data, geometry, tmp, layer=layer, geometry_type=GPKG_LAYERS[layer])
            write_styles(tmp, layers)
            if what == "incidents" and not held.all():
                data = attributes(frame, claims, np.flatnonzero(~held))
                _refuse_nul(data, path)
                write_layer(data, None, tmp, layer=GPKG_UNPLACED, geometry_type=None)
            if what == "incidents" and sources is not None and len(sources):
                text = source_rows(sources)
                _refuse_nul(text, path)
                write_layer(text, None, tmp, layer=GPKG_SOURCES, geometry_type=None)
    except ExportError:
        raise
    except (OSError, pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, pyogrio.errors.FieldError) as err:
        raise export_failure("GeoPackage", path, err) from err
    log.info("wrote %s layer(s) %s to %s", len(layers), ", ".join(layers), path)
