"""What each end of an incident is — a point, a point with a radius, an area, or unknown — decided once.

This module owns the rule; the loader (:mod:`geoincidents.enrich`) stores its
outcome in the table (``launch_is_area``, ``launch_radius_km``, …) and the
maps, exports and queries read it back through :func:`end_forms`.

The rule (:func:`classify`), for each end:

- ``area``: the end is known only to a province or a country and has no
  explicit coordinates: its precision is ``province`` or ``country``, or the
  place the gazetteer found is a governorate, region or country. Its geometry
  is the admin-1 polygon (province level) or the country outline (country
  level) of the boundaries the table was loaded with. It has no single point:
  a launch "from Iraq" is never placed at Baghdad. A region that spans whole
  provinces (its name spelled on each member in ``admin1_aliases.csv``, see
  :func:`region_members`: "Kurdistan Region", "South Lebanon", "Tihama") is
  the union of all its members, its area code their codes joined by ``|``
  (``IQ-AR|IQ-DA|IQ-SU``), and the loader stores them as the end's admin1
  and admin1_name (:func:`member_cells`): it lies in each member province.
  A region inside one province is that province.
- ``point``: explicit coordinates or a resolved place, precision ``exact`` or
  blank (radius 0).
- ``radius``: a point known to a town, a district or "near" a site: the
  place's own radius from the gazetteer (``precision_km``), else the default
  radius of the precision (``data/precision_styles.csv``).
- ``unknown``: no coordinates and no resolved place (the name, if any, is kept).

Examples
--------
>>> form, radius, level = classify(["exact", "town", "country", None], explicit=[False, False, False, False],
...                                 resolved=[True, True, True, False], kind=["air_base", "town", "country", None],
...                                 place_radius_km=[2.0, 4.0, 500.0, None])
>>> form.tolist(), radius.tolist(), level.tolist()
(['point', 'radius', 'area', 'unknown'], [0.0, 4.0, nan, nan], [None, None, 'country', None])
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

import numpy as np
import pandas as pd

from geoincidents.datatables import read_table
from geoincidents.schema import ROLES

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd
    from gazetteer import Boundaries, Gazetteer

__all__ = ["FORMS", "AREA_PRECISIONS", "classify", "area_level", "AreaIndex", "area_code", "end_forms", "drawable",
           "region_members", "member_codes", "spans_provinces", "member_cells"]

#: The forms an end can take.
FORMS = ("point", "radius", "area", "unknown")
#: Precisions that make an end without explicit coordinates an area.
AREA_PRECISIONS = ("province", "country")
# Place kinds that are areas with a polygon in the boundaries, and the level of that polygon.
_AREA_KINDS = {"country": "country", "governorate": "province", "region": "province"}
_COARSER = {"province": 0, "country": 1}


def _default_radius() -> dict[str, float]:
    return {r["precision"]: float(r["radius_km"]) for r in read_table("precision_styles.csv")}


#: The radius (km) of each precision when the gazetteer gives the place none.
DEFAULT_RADIUS_KM = _default_radius()


def area_level(precision: Any, kind: Any) -> str | None:
    """The level of the area an end covers (``"province"`` / ``"country"``), or None when it is no area.

    The coarser of what the precision says and what the place is wins: a
    country named with precision ``province`` is still the whole country.

    Examples
    --------
    >>> area_level("province", "town"), area_level(None, "governorate"), area_level("town", "air_base")
    ('province', 'province', None)
    """
    levels = [lv for lv in (precision if precision in AREA_PRECISIONS else None, _AREA_KINDS.get(kind)) if lv]
    return max(levels, key=_COARSER.__getitem__) if levels else None


def classify(
    precision: Sequence[Any], *, explicit: Sequence[bool], resolved: Sequence[bool],
    kind: Sequence[Any], place_radius_km: Sequence[Any],
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The form, radius (km) and area level of each end, vectorised over the distinct inputs.

    Parameters
    ----------
    precision
        The end's precision (given, or implied by the place's kind); None when blank.
    explicit
        Whether the row gives explicit coordinates for the end (they win: never an area).
    resolved
        Whether the gazetteer resolved the end's place name.
    kind, place_radius_km
        The resolved place's kind and own radius (``precision_km``), None/NaN when unresolved.

    Returns
    -------
    form, radius_km, level
        Object array of :data:`FORMS`; float radius (0 for a point, NaN for an
        area or an unknown end); object array of area levels (None unless an area).
    """
    explicit = np.asarray(explicit, dtype=bool)
    resolved = np.asarray(resolved, dtype=bool)
    own = pd.to_numeric(pd.Series(np.asarray(place_radius_km, dtype=object)), errors="coerce").to_numpy(float)
    # Everything per precision and per kind is decided once per distinct value, then spread by codes.
    p_codes, p_values = pd.factorize(np.asarray(precision, dtype=object), use_na_sentinel=True)
    k_codes, k_values = pd.factorize(np.asarray(kind, dtype=object), use_na_sentinel=True)
    p_list, k_list = [*p_values, None], [*k_values, None]
    width = len(k_list)
    table = np.array([area_level(p, k) for p in p_list for k in k_list] or [None], dtype=object)
    level = table[np.where(p_codes < 0, len(p_list) - 1, p_codes) * width + np.where(k_codes < 0, width - 1, k_codes)]
    level[explicit | ~resolved] = None
    is_area = level != None  # noqa: E711 - elementwise
    default_u = np.array([DEFAULT_RADIUS_KM.get(p, 0.0) if p is not None else 0.0 for p in p_list])
    exact_u = np.array([p is None or p == "exact" for p in p_list], dtype=bool)
    p_at = np.where(p_codes < 0, len(p_list) - 1, p_codes)
    radius = default_u[p_at]
    use_own = resolved & ~explicit & ~np.isnan(own) & (own > 0)
    radius = np.where(use_own, own, radius)
    radius = np.where(exact_u[p_at], 0.0, radius)
    known = explicit | resolved
    form = np.where(radius > 0, "radius", "point").astype(object)
    form[is_area] = "area"
    form[~known] = "unknown"
    radius = np.where(is_area | ~known, np.nan, radius)
    return form, radius, level


#: How the member codes of a region's area are joined in one area code.
MEMBER_SEPARATOR = "|"


def region_members(places: pd.DataFrame, boundaries: Boundaries) -> dict[str, str]:
    """The area code of each region that spans whole provinces, by place id: its members joined by ``|``.

    The members of a region are the provinces of its own country its name is
    spelled on (``gazetteer/data/admin1_aliases.csv``, the spelling by which
    ``--province "Kurdistan Region"`` selects them); a region spelled on no
    province (the Upper Galilee, inside IL-Z) is not listed and stays the
    province of its point. ``places`` needs ``id, name, kind, country``
    (the gazetteer's places, or the resolved places of a table's ends).

    Examples
    --------
    >>> from gazetteer import Boundaries, Gazetteer
    >>> members = region_members(Gazetteer.default().places, Boundaries.default())
    >>> members["iq-kurdistan-region"], "il-upper-galilee" in members
    ('IQ-AR|IQ-DA|IQ-SU', False)
    """
    regions = places.loc[places["kind"] == "region", ["id", "name", "country"]].drop_duplicates("id")
    out: dict[str, str] = {}
    for pid, name, country in regions.itertuples(index=False):
        if not isinstance(name, str) or not isinstance(country, str):
            continue
        codes = boundaries.names.codes(name, country=country)
        if codes:
            out[pid] = MEMBER_SEPARATOR.join(sorted(codes))
    return out


def member_codes(code: Any) -> list[str]:
    """The province or country codes an area code stands for: one, or a region's members.

    >>> member_codes("IQ-AR|IQ-DA|IQ-SU"), member_codes("IQ")
    (['IQ-AR', 'IQ-DA', 'IQ-SU'], ['IQ'])
    """
    return str(code).split(MEMBER_SEPARATOR)


def spans_provinces(admin1: Any) -> np.ndarray:
    """Whether each ``admin1`` cell names several provinces: an end at a region, its member codes joined by ``|``.

    >>> spans_provinces(["IQ-AR|IQ-DA|IQ-SU", "IQ-NI", None]).tolist()
    [True, False, False]
    """
    cells = pd.Series(np.asarray(admin1, dtype=object), dtype=object)
    return cells.map(lambda c: isinstance(c, str) and MEMBER_SEPARATOR in c).to_numpy(dtype=bool)


def member_cells(code: Any, boundaries: Boundaries) -> tuple[np.ndarray, np.ndarray]:
    """The ``admin1`` and ``admin1_name`` of each end whose area code spans several provinces; None elsewhere.

    An end at a region lies in every member province, so its admin1 is all of
    them: the codes as :func:`region_members` joins them (``IQ-AR|IQ-DA|IQ-SU``)
    and the boundaries' names in the same order (``Erbil|Duhok|Sulaymaniyah``).
    The loader stores them; the exports write them, the queries and counts read
    them member by member, and :mod:`geoincidents.endlabels` names them.

    >>> from gazetteer import Boundaries
    >>> codes, names = member_cells(["IQ-AR|IQ-DA|IQ-SU", "IQ-NI", None], Boundaries.default())
    >>> codes.tolist(), names.tolist()
    (['IQ-AR|IQ-DA|IQ-SU', None, None], ['Erbil|Duhok|Sulaymaniyah', None, None])
    """
    code = np.asarray(code, dtype=object)
    spans = spans_provinces(code)
    codes = np.where(spans, code, None).astype(object)
    names = np.full(len(code), None, dtype=object)
    if spans.any():
        frame = boundaries.frame
        known = dict(zip(frame["admin1"], frame["admin1_name"]))
        by_code = {c: MEMBER_SEPARATOR.join(str(known.get(m, m)) for m in member_codes(c)) for c in set(code[spans])}
        names[spans] = [by_code[c] for c in code[spans]]
    return codes, names


def union_of(geometries: Any) -> Any:
    """One geometry of an area's members (the one itself when there is one, None when none)."""
    import shapely

    parts = [g for g in geometries if g is not None]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else shapely.union_all(parts)


class AreaIndex:
    """The polygons of the areas a table's ends cover, each looked up once in the table's boundaries.

    ``index(level, code)`` gives every (level, code) pair a position in
    :attr:`geometries` (-1 when the boundaries have no such polygon), so
    distances and drawings work on small integers instead of polygons.
    """

    def __init__(self, boundaries: Boundaries) -> None:
        self.boundaries = boundaries
        self.keys: list[tuple[str, str]] = []
        self.geometries: list[Any] = []
        self._position: dict[tuple[str, str], int] = {}

    def index(self, level: np.ndarray, code: np.ndarray) -> np.ndarray:
        """Positions in :attr:`geometries` of each (level, code); -1 where there is no polygon or no area."""
        level = np.asarray(level, dtype=object)
        code = np.asarray(code, dtype=object)
        out = np.full(len(level), -1, dtype=np.int64)
        area = (level != None) & (code != None)  # noqa: E711 - elementwise
        if not area.any():
            return out
        keys = pd.MultiIndex.from_arrays([level[area].astype(str), code[area].astype(str)])
        codes, uniques = pd.factorize(keys)
        out[area] = np.array([self._lookup(lv, c) for lv, c in uniques], dtype=np.int64)[codes]
        return out

    def _lookup(self, level: str, code: str) -> int:
        key = (level, code)
        if key not in self._position:
            if level == "country":
                table = self.boundaries.countries()
                hit = table.geometry[table["country"] == code]
            else:
                frame = self.boundaries.frame
                hit = frame.geometry[frame["admin1"].isin(member_codes(code))]
            if len(hit) == 0:
                self._position[key] = -1
            else:
                self._position[key] = len(self.geometries)
                self.keys.append(key)
                self.geometries.append(union_of(hit))
        return self._position[key]


def area_code(level: np.ndarray, admin1: Any, country: Any, place_id: Any,
              members: dict[str, str]) -> tuple[np.ndarray, np.ndarray]:
    """The code and level of each end's area: its country, its province, or a region's members.

    ``level`` comes from :func:`classify` (None where the end is no area);
    ``members`` from :func:`region_members`. A province-level end at a region
    with members covers them all; one whose place has no admin1 code is as
    wide as its country.
    """
    level = np.asarray(level, dtype=object)
    admin1, country = np.asarray(admin1, dtype=object), np.asarray(country, dtype=object)
    code = np.where(level == "country", country, admin1)
    if members:
        spans = pd.Series(np.asarray(place_id, dtype=object)).map(members).to_numpy(object)
        region = (level == "province") & pd.notna(spans)
        code = np.where(region, spans, code)
    # A province-level end whose place has no admin1 code is as wide as its country.
    fallback = (level == "province") & pd.isna(code)
    code = np.where(fallback, country, code)
    level = np.where(fallback, "country", level)
    return np.where(pd.isna(code), None, code).astype(object), level


def _area_code(frame: pd.DataFrame, role: str, level: np.ndarray,
               members: dict[str, str]) -> tuple[np.ndarray, np.ndarray]:
    return area_code(level, frame[f"{role}_admin1"].to_numpy(object), frame[f"{role}_country"].to_numpy(object),
                     frame[f"{role}_place_id"].to_numpy(object), members)


def stored_level(frame: pd.DataFrame, role: str) -> np.ndarray:
    """The area level of each end from a loaded table's columns (None where the end is no area)."""
    is_area = np.asarray(frame[f"{role}_is_area"].fillna(False), dtype=bool)
    precision = frame[f"{role}_precision"].to_numpy(object)
    level = np.where(precision == "country", "country", "province").astype(object)
    level[~is_area] = None
    return level


def end_forms(table: Any, role: str, *, boundaries: Boundaries | None = None,
              gazetteer: Gazetteer | None = None) -> gpd.GeoDataFrame:
    """How each end of a loaded table is drawn and measured: one row per incident, aligned with ``table.frame``.

    Parameters
    ----------
    table
        An :class:`~geoincidents.table.IncidentTable` (its boundaries are used)
        or its frame.
    role
        ``"launch"`` or ``"target"``.
    boundaries
        Needed only when ``table`` is a bare frame; default the table's own.
    gazetteer
        Whose regions have members (:func:`region_members`); default the
        table's own, else :meth:`gazetteer.Gazetteer.default`.

    Returns
    -------
    geopandas.GeoDataFrame
        ``form`` (one of :data:`FORMS`), ``radius_km`` (0 for a point, NaN for an
        area or unknown end), ``area_level`` (``province`` / ``country`` / None),
        ``area_code`` (admin-1 or country code; a region's member codes joined
        by ``|``), ``geometry``: the Point of a
        point or radius end, the area's polygon for an area end (None when the
        boundaries have no polygon for it), None for an unknown end.

    Examples
    --------
    >>> import pandas as pd
    >>> import geoincidents as gi
    >>> t = gi.load_incidents(pd.DataFrame({"incident_id": ["x"], "date": ["2024-02-04"], "event_type": ["drone_attack"],
    ...                                      "launch_place": ["Iraq"], "launch_precision": ["country"],
    ...                                      "target_place": ["Tower 22"]}))
    >>> end_forms(t, "launch")[["form", "area_code"]].values.tolist()
    [['area', 'IQ']]
    """
    import geopandas as gpd
    import shapely

    if role not in ROLES:
        raise ValueError(f"role {role!r} is not one of {', '.join(ROLES)}")
    frame = getattr(table, "frame", table)
    if boundaries is None:
        boundaries = getattr(table, "boundaries", None)
    if boundaries is None:
        raise ValueError("end_forms needs the boundaries the table was loaded with: pass an IncidentTable "
                         "or boundaries=")
    if gazetteer is None:
        gazetteer = getattr(table, "gazetteer", None)
    if gazetteer is None:
        from gazetteer import Gazetteer

        gazetteer = Gazetteer.default()
    code, level = _area_code(frame, role, stored_level(frame, role), region_members(gazetteer.places, boundaries))
    lon, lat = frame[f"{role}_lon"].to_numpy(float), frame[f"{role}_lat"].to_numpy(float)
    known = ~(np.isnan(lon) | np.isnan(lat))
    radius = frame[f"{role}_radius_km"].to_numpy(float)
    is_area = level != None  # noqa: E711 - elementwise
    form = np.where(is_area, "area", np.where(~known, "unknown", np.where(radius > 0, "radius", "point"))).astype(object)
    geometry = np.full(len(frame), None, dtype=object)
    geometry[known & ~is_area] = shapely.points(lon[known & ~is_area], lat[known & ~is_area])
    areas = AreaIndex(boundaries)
    where = areas.index(level, code)
    polys = np.array(areas.geometries + [None], dtype=object)
    geometry[is_area] = polys[where[is_area]]
    return gpd.GeoDataFrame(
        {"form": form, "radius_km": np.where(form == "radius", radius, np.where(form == "point", 0.0, np.nan)),
         "area_level": level, "area_code": np.where(is_area, code, None).astype(object)},
        geometry=gpd.GeoSeries(geometry, crs="EPSG:4326"), index=frame.index,
    )


def drawable(frame: pd.DataFrame) -> np.ndarray:
    """Whether each incident has at least one end with a known place (a point, a radius or an area)."""
    out = np.zeros(len(frame), dtype=bool)
    for role in ROLES:
        has_point = frame[f"{role}_lat"].notna().to_numpy() & frame[f"{role}_lon"].notna().to_numpy()
        is_area = np.asarray(frame[f"{role}_is_area"].fillna(False), dtype=bool) if f"{role}_is_area" in frame else False
        out |= has_point | is_area
    return out
