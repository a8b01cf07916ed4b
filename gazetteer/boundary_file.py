"""Reading a user's own boundary file (geoBoundaries, OCHA COD-AB, any OGR format) into the frame
:class:`~gazetteer.boundaries.Boundaries` takes: named columns, EPSG:4326, valid polygons, every problem
named by row and column."""
from __future__ import annotations

import logging
import os

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from gazetteer.errors import BoundaryError
from gazetteer.pointindex import polygonal_parts

__all__ = ["read_boundary_file"]

logger = logging.getLogger(__name__)


def read_boundary_file(path: str | os.PathLike[str], *, code_column: str, name_column: str,
                       country_column: str | None = None, name_ar_column: str | None = None,
                       alt_names_column: str | None = None,
                       layer: str | int | None = None) -> tuple[gpd.GeoDataFrame, str]:
    """The frame (``admin1, admin1_name, name_ar, name_alt, country, geometry``) of a user's file, and its path.

    Raises
    ------
    BoundaryError
        Missing or unreadable file, missing column(s), empty codes or geometries, non-polygons.
    """
    where = os.fspath(path)
    if not os.path.exists(where):
        raise BoundaryError(f"boundary file {where!r} does not exist; pass the path of a "
                            "GeoPackage, GeoJSON or shapefile", path=where)
    try:
        raw = gpd.read_file(where, layer=layer, engine="pyogrio")
    except Exception as err:  # pyogrio raises several classes for unreadable files
        raise BoundaryError(f"cannot read boundary file {where!r}"
                            f"{'' if layer is None else f' (layer {layer!r})'}: {err}; "
                            "expected a vector file that GDAL reads (GeoPackage, GeoJSON, "
                            "shapefile)", path=where) from err
    wanted = {"code_column": code_column, "name_column": name_column,
              "country_column": country_column, "name_ar_column": name_ar_column,
              "alt_names_column": alt_names_column}
    missing = [col for col in wanted.values() if col is not None and col not in raw.columns]
    if missing:
        have = [c for c in raw.columns if c != raw.geometry.name]
        raise BoundaryError(f"boundary file {where!r} has no column(s) {missing}; its columns "
                            f"are {have}; pass those names as code_column=, name_column=, ...",
                            path=where, missing=missing)
    return _frame_from_user(raw, where, **wanted), where


def _frame_from_user(raw: gpd.GeoDataFrame, path: str, *, code_column: str, name_column: str,
                     country_column: str | None, name_ar_column: str | None,
                     alt_names_column: str | None) -> gpd.GeoDataFrame:
    if raw.crs is None:
        minx, miny, maxx, maxy = raw.total_bounds
        if not (-180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90):
            raise BoundaryError(f"boundary file {path!r} has no CRS and its bounds "
                                f"{[minx, miny, maxx, maxy]} are not longitude/latitude; "
                                "set the CRS in the file (e.g. with ogr2ogr -a_srs)", path=path)
        logger.warning("boundary file %s has no CRS; taking it as EPSG:4326", path)
        raw = raw.set_crs("EPSG:4326")
    elif not raw.crs.equals("EPSG:4326"):
        raw = raw.to_crs("EPSG:4326")

    def text(column: str | None) -> pd.Series:
        if column is None:
            return pd.Series([None] * len(raw), index=raw.index, dtype=object)
        col = raw[column].astype(object)
        return col.where(col.notna(), None).map(lambda v: None if v is None else str(v).strip() or None)

    codes = text(code_column)
    problems = [(i, code_column, "empty code") for i in np.flatnonzero(codes.isna().to_numpy())]
    geoms = raw.geometry
    problems += [(i, raw.geometry.name, "no geometry")
                 for i in np.flatnonzero((geoms.isna() | geoms.is_empty).to_numpy())]
    kinds = set(geoms.dropna().geom_type) - {"Polygon", "MultiPolygon"}
    if kinds:
        raise BoundaryError(f"boundary file {path!r} holds {sorted(kinds)} geometries; expected "
                            "Polygon or MultiPolygon", path=path)
    if problems:
        shown = "; ".join(f"row {i + 1}, column {c!r}: {why}" for i, c, why in problems[:10])
        raise BoundaryError(f"boundary file {path!r} has {len(problems)} unusable row(s): {shown}",
                            path=path)
    country = text(country_column) if country_column else codes.map(
        lambda c: c[:2].upper() if c[:2].isalpha() else None)
    frame = gpd.GeoDataFrame({
        "admin1": codes, "admin1_name": text(name_column).where(text(name_column).notna(), codes),
        "name_ar": text(name_ar_column), "name_alt": text(alt_names_column),
        "country": country.map(lambda c: None if c is None else c.upper()),
        "geometry": _valid(np.asarray(geoms.values, dtype=object)),
    }, geometry="geometry", crs="EPSG:4326")
    return frame.reset_index(drop=True)


def _valid(geoms: np.ndarray) -> np.ndarray:
    """Repair invalid polygons (self-touching rings are common in COD-AB files), keep the rest."""
    bad = ~shapely.is_valid(geoms)
    if bad.any():
        logger.warning("repairing %d invalid polygon(s) with make_valid", int(bad.sum()))
        geoms = geoms.copy()
        geoms[bad] = polygonal_parts(shapely.make_valid(geoms[bad]))  # drop stray lines make_valid adds
    return geoms
