"""Admin-1 boundaries: which province a point is in, and which code a province name means.

The bundled polygons are Natural Earth 1:10m admin-1 (public domain) for Iraq,
Syria and their neighbours, built by ``tools/build_boundaries.py`` (see
``gazetteer/data/README.md``). A user can load a geoBoundaries or OCHA COD-AB
file instead with :meth:`Boundaries.from_file`.

Examples
--------
>>> b = Boundaries.default()
>>> b.locate([42.44], [33.80])["admin1"].tolist()
['IQ-AN']
>>> b.province_code("al-Anbar Governorate"), b.province_code("الحسكة")
('IQ-AN', 'SY-HA')
"""
from __future__ import annotations

import csv
import functools
import importlib.resources
import logging
import os
import re
from collections import defaultdict
from typing import Any, Iterable

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from numpy.typing import ArrayLike

from gazetteer.errors import AmbiguousPlace, BoundaryError, InvalidName, PlaceNotFound
from gazetteer.pointindex import PolygonIndex, polygonal_parts

__all__ = ["Boundaries"]

logger = logging.getLogger(__name__)

COLUMNS = ["admin1", "admin1_name", "name_ar", "name_alt", "country"]
LOCATED = ["country", "admin1", "admin1_name"]
# A fuzzy match is accepted only this close (rapidfuzz 0-100) and only when one
# province holds the best score; anything less is reported, never guessed.
FUZZY_ACCEPT = 90.0
_CODE = re.compile(r"^[A-Za-z]{2}-[A-Za-z0-9~]{1,4}$|^-99-[A-Za-z0-9~]{1,5}$")
_PAREN = re.compile(r"^(?P<base>[^()]+?)\s*\((?P<inner>[^()]+)\)\s*$")
# Tier of a spelling: a province's own name, Arabic name or curated alias
# outranks Natural Earth's alternates, some of which are capitals or
# neighbours (woe_name "Damascus" on Rif Dimashq).
_PRIMARY, _ALTERNATE = 0, 1


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

    Examples
    --------
    >>> b = Boundaries.default()
    >>> b.province_name("SY-HA")
    'Al-Hasakah'
    """

    def __init__(self, frame: gpd.GeoDataFrame, *, aliases: Iterable[tuple[str, str]] = (),
                 source: str = "<frame>") -> None:
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
        self._codes = {str(c).upper(): str(c) for c in self.frame["admin1"]}
        self._names = {str(c): str(n) for c, n in zip(self.frame["admin1"], self.frame["admin1_name"])}
        self._country = {str(c): cc for c, cc in zip(self.frame["admin1"], self.frame["country"])}
        self._index = self._build_index(aliases)
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
                  alt_names_column: str | None = None, layer: str | int | None = None) -> Boundaries:
        """Read a user's boundary file (geoBoundaries, OCHA COD-AB, any OGR format).

        Without ``country_column`` the country is the first two letters of the
        code (``IQ-AN`` and COD-AB's ``IQG01`` both give ``IQ``). A file in
        another CRS is reprojected to EPSG:4326; one without a CRS is taken as
        EPSG:4326 if its bounds fit, else refused.

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
        frame = _frame_from_user(raw, where, **wanted)
        return cls(frame, aliases=_alias_rows(), source=where)

    # ------------------------------------------------------------------ points

    def locate(self, lon: ArrayLike, lat: ArrayLike) -> pd.DataFrame:
        """Country and province of each point, vectorised and aligned with the input.

        A point on an edge shared by two provinces goes to the one that comes
        first in :attr:`frame` (the bundled file is sorted by country, then
        code), so the answer never depends on the order of the points. NaN
        coordinates and points outside every polygon give an NA row.

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

    # ------------------------------------------------------------------ names

    def province_codes(self, name: str, *, country: str | None = None) -> list[str]:
        """Every province code that ``name`` spells exactly (after normalisation); [] if none.

        Examples
        --------
        >>> Boundaries.default().province_codes("Hassakeh")
        ['SY-HA']
        """
        code = self._as_code(name, country)
        if code is not None:
            return [code]
        hits = self._index.get(_key(name), [])
        if country is not None:
            hits = [h for h in hits if self._country[h[1]] == country.upper()]
        if not hits:
            return []
        best = min(t for t, _ in hits)
        return sorted({c for t, c in hits if t == best})

    def province_selection(self, name: str) -> list[str]:
        """The province codes a query for ``name`` selects: one province, or a region's provinces.

        A region spelled in ``data/admin1_aliases.csv`` selects all its provinces
        ("Kurdistan Region": Erbil, Duhok, Sulaymaniyah, Halabja lying inside
        Natural Earth's Sulaymaniyah; "Golan Heights": the de jure SY-QU). A name
        that provinces of two countries carry is never settled silently.

        Raises
        ------
        PlaceNotFound
            No province or region is called that (with the closest).
        AmbiguousPlace
            The name selects provinces in more than one country ("Kurdistan":
            Iran's Kordestan and Iraq's Kurdistan Region).

        Examples
        --------
        >>> Boundaries.default().province_selection("Kurdistan Region")
        ['IQ-AR', 'IQ-DA', 'IQ-SU']
        """
        codes = self.province_codes(name)
        if not codes:
            return [self.province_code(name)]  # the closest match, or PlaceNotFound with candidates
        countries = sorted({self._country[c] for c in codes})
        if len(countries) > 1:
            listed = " | ".join(f"{self._names[c]} ({c})" for c in codes)
            raise AmbiguousPlace(f"province {name!r} is ambiguous across {', '.join(countries)}: {listed}; "
                                 "use an ISO 3166-2 code or a fuller name (e.g. 'Kurdistan Region')",
                                 query=name, candidates=[(self._names[c], c) for c in codes])
        return codes

    def province_code(self, name: str, *, country: str | None = None) -> str:
        """The ISO 3166-2 code of a province written in any spelling, Arabic, or as a code.

        Raises
        ------
        InvalidName
            ``name`` is not text or is blank.
        PlaceNotFound
            No province is called that; ``.candidates`` holds the 3 closest
            ``(admin1_name, admin1, score)``.
        AmbiguousPlace
            Provinces in several countries (or two in one) carry the name and
            ``country=`` does not settle it.

        Examples
        --------
        >>> b = Boundaries.default()
        >>> [b.province_code(n) for n in ("Anbar", "iq-an", "الأنبار", "Ninawa")]
        ['IQ-AN', 'IQ-AN', 'IQ-AN', 'IQ-NI']
        """
        codes = self.province_codes(name, country=country)
        if len(codes) == 1:
            return codes[0]
        if codes:
            listed = " | ".join(f"{self._names[c]} ({c})" for c in codes)
            raise AmbiguousPlace(f"province {name!r} is ambiguous: {listed}; pass country= "
                                 "or use the ISO 3166-2 code", query=name,
                                 candidates=[(self._names[c], c) for c in codes])
        retired = _retired_note(name, self._codes)
        if retired:
            raise PlaceNotFound(f"no province has code {name!r}{retired}; write that code or the "
                                "province's name", query=name, candidates=[])
        scored = self._closest(name, country)
        if scored and scored[0][2] >= FUZZY_ACCEPT and (len(scored) == 1 or scored[1][2] < scored[0][2]):
            logger.info("province %r matched %s by fuzzy score %.0f", name, scored[0][1], scored[0][2])
            return scored[0][1]
        shown = ", ".join(f"{n} ({c}, {s:.0f})" for n, c, s in scored)
        where = f" in country {country.upper()!r}" if country else ""
        raise PlaceNotFound(f"no province called {name!r}{where}; closest: {shown}; pass an "
                            "English, alternate or Arabic name, or an ISO 3166-2 code such as "
                            "'IQ-AN'", query=name, candidates=scored)

    def province_name(self, code: str) -> str:
        """English name of the province with ISO 3166-2 ``code`` (any case).

        Examples
        --------
        >>> Boundaries.default().province_name("iq-ni")
        'Nineveh'
        """
        found = self._codes.get(str(code).strip().upper())
        if found is None:
            raise PlaceNotFound(f"no province has code {code!r}{_retired_note(str(code), self._codes)}; "
                                "expected an ISO 3166-2 code "
                                f"from {self.source}, e.g. {next(iter(self._names))!r}",
                                query=str(code), candidates=[])
        return self._names[found]

    def _as_code(self, name: Any, country: str | None) -> str | None:
        if not isinstance(name, str) or not name.strip():
            raise InvalidName(f"province name {name!r} is empty or not text; pass a name such as "
                              "'Anbar' or a code such as 'IQ-AN'", value=name, reason="empty")
        text = name.strip()
        if not _CODE.match(text):
            return None
        code = self._codes.get(text.upper()) or self._alias_codes.get(text.upper())
        if code is not None and (country is None or self._country[code] == country.upper()):
            return code
        return None

    def _build_index(self, aliases: Iterable[tuple[str, str]]) -> dict[str, list[tuple[int, str]]]:
        index: dict[str, set[tuple[int, str]]] = defaultdict(set)
        self._alias_codes: dict[str, str] = {}

        def add(text: Any, tier: int, code: str) -> None:
            if not isinstance(text, str) or not text.strip():
                return
            for spelling in _variants(text):
                key = _key(spelling)
                if key:
                    index[key].add((tier, code))

        for row in self.frame[COLUMNS].itertuples(index=False):
            code = str(row.admin1)
            add(row.admin1_name, _PRIMARY, code)
            add(row.name_ar, _PRIMARY, code)
            for alt in (row.name_alt or "").split("|") if isinstance(row.name_alt, str) else ():
                add(alt, _ALTERNATE, code)
        for code, alias in aliases:
            if code not in self._names:
                continue  # aliases of the bundled codes do not apply to a user's pcodes
            if _CODE.match(alias.strip()):
                self._alias_codes[alias.strip().upper()] = code
            else:
                add(alias, _PRIMARY, code)
        return {k: sorted(v) for k, v in index.items()}

    def _closest(self, name: str, country: str | None) -> list[tuple[str, str, float]]:
        from rapidfuzz import fuzz, process

        allowed = None if country is None else country.upper()
        keys = [k for k, hits in self._index.items()
                if allowed is None or any(self._country[c] == allowed for _, c in hits)]
        best: dict[str, float] = {}
        for key, score, _ in process.extract(_key(name), keys, scorer=fuzz.WRatio, limit=40):
            for _, code in self._index[key]:
                if allowed is None or self._country[code] == allowed:
                    best[code] = max(best.get(code, 0.0), float(score))
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
        return [(self._names[c], c, round(s, 1)) for c, s in ranked]


# ---------------------------------------------------------------------- helpers

@functools.cache
def _iran_retired_codes() -> dict[str, tuple[str, str]]:
    """ISO 3166-2:IR codes of before its 2020 renumbering that the standard no longer has -> (name, code now)."""
    resource = importlib.resources.files("gazetteer").joinpath("data", "iso_3166_2_ir.csv")
    with resource.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    current = {row["iso_code"] for row in rows}
    return {row["iso_code_before_2020"]: (row["name"], row["iso_code"]) for row in rows
            if row["iso_code_before_2020"] not in current}


def _retired_note(text: str, codes: dict[str, str]) -> str:
    """A sentence for a code that only the withdrawn edition of ISO 3166-2:IR had (IR-31, IR-32), else ""."""
    retired = _iran_retired_codes().get(text.strip().upper())
    if retired is None or retired[1] not in codes.values():
        return ""
    name, now = retired
    return (f"; {text.strip().upper()} was {name}'s code before ISO renumbered Iran's provinces in 2020 "
            f"(geoincidents carries the current ISO 3166-2:IR): {name} is {now}")


def _key(text: str) -> str:
    from gazetteer.normalize import normalize

    return normalize(text)


def _variants(text: str) -> list[str]:
    """The name, and for "Hasaka (Al Haksa)" also "Hasaka" and "Al Haksa"."""
    found = _PAREN.match(text.strip())
    return [text, found["base"], found["inner"]] if found else [text]


def _alias_rows() -> list[tuple[str, str]]:
    resource = importlib.resources.files("gazetteer").joinpath("data", "admin1_aliases.csv")
    with resource.open("r", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [(r["admin1"].strip(), r["alias"].strip()) for r in rows]


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
    return Boundaries(frame, aliases=_alias_rows(), source="gazetteer/data/admin1.geojson")


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
