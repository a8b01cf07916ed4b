"""What a map of an incident table shows, decided once: :func:`build_scene` -> :class:`Scene`.

The HTML map (payload.py serialises a Scene, the JS paints it) and the PNG
(static.py draws it) receive the same Scene, so they cannot disagree about
how an end, a trajectory or a status looks. Everything here is plain arrays
and small tables: testable without folium, matplotlib or a browser.

Per end (``e`` = 0 launch, 1 target) the scene holds a ``kind``, taken from
the table's one decision per end (:func:`geoincidents.endforms.end_forms`):

- ``NONE``: no known place; nothing drawn;
- ``POINT``: a marker at the end's point;
- ``RADIUS``: a marker and a dashed circle of ``radius_km`` (an end known to a
  town, a district or "near" a site);
- ``AREA``: the outline of the province or country the end is known to; no
  marker, and the trajectory starts or ends where the table's trajectory
  meets the area (its point nearest the other end; ``x``/``y`` hold it),
  never at a capital the report did not name.

The region (gazetteer and boundaries) is the table's own.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
import shapely

from geoincidents.endlabels import end_labels
from geoincidents.errors import Problem, SchemaError
from geoincidents.maps import basemap as _basemap
from geoincidents.maps import styles
from geoincidents.maps.sites import labels, sites
from geoincidents.maps.spans import date_spans, date_texts
from geoincidents.ranges import range_text

__all__ = ["Scene", "build_scene", "table_parts", "NONE", "POINT", "RADIUS", "AREA", "ROLES"]

log = logging.getLogger(__name__)

NONE, POINT, RADIUS, AREA = 0, 1, 2, 3
ROLES = ("launch", "target")
REQUIRED_COLUMNS = ("incident_id", "date", "category", "launch_lat", "launch_lon", "target_lat", "target_lon",
                    "launch_is_area", "target_is_area", "launch_radius_km", "target_radius_km")
_KINDS = {"point": POINT, "radius": RADIUS, "area": AREA, "unknown": NONE}


@dataclass
class Scene:
    """Everything drawn, as arrays aligned with the table's rows (``n`` incidents)."""

    n: int
    frame: pd.DataFrame                   # the incident rows (for popup text), index 0..n-1
    categories: pd.DataFrame              # key, label, colour: the categories present, legend order
    cat: np.ndarray                       # (n,) index into categories
    day0: np.ndarray                      # (n,) first and last day the date stands for (days since 1970), NaN
    day1: np.ndarray
    date_text: np.ndarray                 # (n,) "2024-01 (month)"
    kind: np.ndarray                      # (2, n) NONE / POINT / RADIUS / AREA per end
    x: np.ndarray                         # (2, n) lon, lat where the end is drawn (areas: the nearest point)
    y: np.ndarray
    radius_km: np.ndarray                 # (2, n) > 0 for RADIUS ends
    area: np.ndarray                      # (2, n) index into areas, -1
    areas: pd.DataFrame                   # level (province / country), code, name, geometry
    where: np.ndarray                     # (2, n) "Zummar (Nineveh, IQ)", "Iraq (country)", None
    range_text: np.ndarray                # (n,) "225 km", "490–1,320 km", None
    line: np.ndarray                      # (n,) -1 no trajectory, else index into styles.LINES
    hollow: np.ndarray                    # (n,) target drawn hollow (doubtful status)
    status: np.ndarray                    # (n,) index into statuses
    statuses: pd.DataFrame                # status, line, hollow, label (those present)
    weapon: np.ndarray                    # (n,) index into weapons, -1
    weapons: pd.DataFrame                 # weapon, label, shape (those present)
    site: np.ndarray                      # (2, n) index into sites, -1
    sites: pd.DataFrame                   # lon, lat, name, count (incidents with an end there)
    labels: pd.DataFrame                  # lon, lat, text, kind (country / site / base), min_zoom
    drawn: np.ndarray                     # (n,) some end is drawn
    basemap: _basemap.Basemap | None = None
    bases: pd.DataFrame | None = None     # lon, lat, name, kind, admin1_name, country
    shade: dict[str, Any] | None = None   # role, counts {admin1: n}, breaks, colours, max
    claims: pd.DataFrame | None = None
    sources: pd.DataFrame | None = None
    options: dict[str, Any] = field(default_factory=dict)

    @property
    def drawn_text(self) -> str:
        """'41 of 44 incidents drawn; 3 without a known place'."""
        hidden = self.n - int(self.drawn.sum())
        text = f"{int(self.drawn.sum())} of {self.n} incident{'s' if self.n != 1 else ''} drawn"
        return text + (f"; {hidden} without a known place" if hidden else "")

    @property
    def date_range(self) -> tuple[float, float]:
        """First and last day of all the incidents' spans (NaN when none is dated)."""
        d0, d1 = self.day0[np.isfinite(self.day0)], self.day1[np.isfinite(self.day1)]
        return (float(d0.min()) if d0.size else np.nan, float(d1.max()) if d1.size else np.nan)


def table_parts(table: Any, *, what: str = "a map") -> tuple[pd.DataFrame, Any, Any, Any, Any]:
    """``frame, claims, sources, gazetteer, boundaries`` of an IncidentTable (or a bare frame: bundled region).

    The one place that accepts "a table or its frame"; anything else is a TypeError.
    """
    from geoincidents.table import IncidentTable

    if isinstance(table, pd.DataFrame):
        table = IncidentTable(table)
    if not isinstance(table, IncidentTable):
        raise TypeError(f"{what} expects an IncidentTable (or its .frame), got {type(table).__name__}; "
                        "load one with geoincidents.load_incidents(path)")
    frame = table.frame
    for column in REQUIRED_COLUMNS:
        if column not in frame.columns:
            raise SchemaError(Problem(None, None, column, None,
                                      "a column of IncidentTable.frame (see docs/architecture.md); the frame has "
                                      f"{', '.join(map(str, frame.columns))}. Build the table with "
                                      "geoincidents.load_incidents(...)"))
    return frame, table.claims, table.sources, table.gazetteer, table.boundaries


def build_scene(table: Any, *, shade: str | None = None, bases: bool = True, provinces: bool = True,
                title: str | None = None) -> Scene:
    """Decide everything a map of ``table`` draws.

    Parameters
    ----------
    table
        An :class:`~geoincidents.table.IncidentTable` (or its ``.frame``, drawn with the bundled region).
    shade
        Shade provinces by incident count of this role ("target", "launch", "any"), or None.
    bases
        Include the gazetteer's air and military bases (markers and labels).
    provinces
        Keep the province outlines (the country outlines are always kept).
    title
        Carried to the renderers as ``options["title"]``.

    Examples
    --------
    >>> from geoincidents.datasets import seed
    >>> s = build_scene(seed())
    >>> s.drawn_text
    '13 of 13 incidents drawn'
    """
    frame, claims, sources, gazetteer, boundaries = table_parts(table)
    frame = frame.reset_index(drop=True)
    from geoincidents.table import IncidentTable

    table = IncidentTable(frame, claims=claims, sources=sources, boundaries=boundaries, gazetteer=gazetteer)
    n = len(frame)
    base = _basemap.basemap(boundaries)
    categories, cat = _categories(frame)
    day0, day1 = date_spans(frame)
    forms = [_forms(table, frame, boundaries, role) for role in ROLES]
    kind = np.stack([f["kind"] for f in forms])
    radius = np.stack([f["radius_km"].fillna(0.0).to_numpy(float) for f in forms])
    areas, area = _areas(forms, base)
    kind = np.where((kind == AREA) & (area < 0), NONE, kind)  # an area the boundaries have no polygon for
    x, y = _anchors(frame, kind)
    status, statuses, line, hollow = _statuses(frame, kind, x, y)
    weapon, weapons = _weapons(frame)
    site, site_table = sites(frame, kind, x, y)
    known = pd.DataFrame(columns=["lon", "lat", "name", "kind", "admin1_name", "country"])
    if bases:
        known = _basemap.known_bases(gazetteer)
    shading = _shade(table, frame, shade) if shade else None
    scene = Scene(
        n=n, frame=frame, categories=categories, cat=cat, day0=day0, day1=day1, date_text=date_texts(frame, day0),
        kind=kind, x=x, y=y, radius_km=np.where(kind == RADIUS, radius, 0.0), area=area, areas=areas,
        # How each end reads in a popup: as the query table reads it, plus what the end is ('· town', '· region').
        where=np.stack([end_labels(frame, r, detail=True, known=kind[e] != NONE) for e, r in enumerate(ROLES)]),
        range_text=range_text(frame, (kind == AREA).any(axis=0)), line=line, hollow=hollow, status=status, statuses=statuses,
        weapon=weapon, weapons=weapons, site=site, sites=site_table,
        labels=labels(base, gazetteer, site_table, known), drawn=(kind != NONE).any(axis=0),
        basemap=base if provinces else _basemap.Basemap(base.provinces.iloc[:0], base.countries),
        bases=known if bases else None, shade=shading, claims=claims, sources=sources,
        options={"title": title},
    )
    log.info("scene: %s", scene.drawn_text)
    return scene


# --- categories ----------------------------------------------------------------


def _categories(frame: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray]:
    table = styles.category_styles()
    present = frame["category"].astype(object).where(frame["category"].notna(), None)
    if present.isna().any():
        row = int(np.flatnonzero(present.isna().to_numpy())[0])
        raise SchemaError(Problem(None, row + 1, "category", None, "a map category; the loader derives it for every incident"))
    keys = [k for k in table.index if k in set(present)]
    unknown = sorted(set(present) - set(table.index))
    for key in unknown:
        log.warning("category %r has no style in category_styles.csv; drawing it in grey", key)
    cats = pd.DataFrame({
        "key": keys + unknown,
        "label": [table.loc[k, "label"] for k in keys] + unknown,
        "colour": [table.loc[k, "colour"] for k in keys] + [styles.FALLBACK_COLOUR] * len(unknown),
    })
    lookup = {key: i for i, key in enumerate(cats["key"])}
    return cats, present.map(lookup).to_numpy(dtype=np.int64)


# --- ends ------------------------------------------------------------------------


def _coords(frame: pd.DataFrame, role: str) -> tuple[np.ndarray, np.ndarray]:
    lon = pd.to_numeric(frame[f"{role}_lon"], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    lat = pd.to_numeric(frame[f"{role}_lat"], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    return lon, lat


def _forms(table: Any, frame: pd.DataFrame, boundaries: Any, role: str) -> pd.DataFrame:
    """The table's one decision per end (:func:`geoincidents.endforms.end_forms`): form, radius, area."""
    from geoincidents.endforms import end_forms

    forms = pd.DataFrame(end_forms(table, role, boundaries=boundaries).drop(columns="geometry")).reset_index(drop=True)
    forms["kind"] = forms["form"].map(_KINDS).fillna(NONE).astype(np.int8).to_numpy()
    return forms


def _areas(forms: list[pd.DataFrame], base: _basemap.Basemap) -> tuple[pd.DataFrame, np.ndarray]:
    """Each AREA end's outline: the simplified polygon of its province or country (-1 where there is none)."""
    rows: list[tuple[str, str, Any]] = []
    position: dict[tuple[str, str], int] = {}
    out = np.full((2, len(forms[0])), -1, dtype=np.int64)
    for e, f in enumerate(forms):
        ends = np.flatnonzero(f["form"].to_numpy(dtype=object) == "area")
        if not ends.size:
            continue
        keys = pd.Series(list(zip(f["area_level"].to_numpy(dtype=object)[ends], f["area_code"].to_numpy(dtype=object)[ends])))
        codes, uniques = pd.factorize(keys)
        index = []
        for level, code in uniques:
            if (level, code) not in position:
                geom = base.country(code) if level == "country" else base.province(code)
                if geom is None:
                    log.warning("the boundaries have no %s %r: its ends cannot be drawn", level, code)
                    position[(level, code)] = -1
                else:
                    position[(level, code)] = len(rows)
                    rows.append((str(level), str(code), geom))
            index.append(position[(level, code)])
        out[e, ends] = np.asarray(index, dtype=np.int64)[codes]
    return pd.DataFrame(rows, columns=["level", "code", "geometry"]), out


def _anchors(frame: pd.DataFrame, kind: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each end is drawn: its point; for an area, where the table's trajectory meets it.

    The table's trajectory (``geometry``) runs from the area's point nearest
    the other end; an area with nothing to aim at has no anchor (its outline alone).
    """
    xs, ys = zip(*(_coords(frame, r) for r in ROLES))
    x, y = np.array(xs), np.array(ys)
    x[kind == NONE] = np.nan
    y[kind == NONE] = np.nan
    area = (kind == AREA).any(axis=0)
    if area.any() and "geometry" in frame:
        geoms = np.asarray(frame["geometry"].to_numpy(), dtype=object)[area]
        rows = np.flatnonzero(area)
        lines = shapely.get_type_id(geoms) == shapely.GeometryType.LINESTRING
        first = shapely.get_coordinates(shapely.get_point(geoms[lines], 0))
        last = shapely.get_coordinates(shapely.get_point(geoms[lines], -1))
        at = rows[lines]
        for e, ends in ((0, first), (1, last)):
            pick = kind[e, at] == AREA
            x[e, at[pick]], y[e, at[pick]] = ends[pick, 0], ends[pick, 1]
    return x, y


# --- status, weapon ------------------------------------------------------------------


def _statuses(frame: pd.DataFrame, kind: np.ndarray, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, pd.DataFrame, np.ndarray, np.ndarray]:
    table = styles.status_styles()
    raw = frame["status"].astype(object) if "status" in frame else pd.Series([None] * len(frame), dtype=object)
    status = raw.where(raw.isin(list(table.index)), "reported").to_numpy(dtype=object)
    present = [s for s in table.index if s in set(status)]
    statuses = table.loc[present, ["line", "hollow", "label"]].reset_index()
    code = pd.Series(status).map({s: k for k, s in enumerate(present)}).to_numpy(dtype=np.int64)
    line = pd.Series(status).map(table["line"].map(styles.LINES.index)).to_numpy(dtype=np.int64)
    # A trajectory from (or to) an area is at least dashed: where it starts is not known.
    line = np.where((kind == AREA).any(axis=0), np.maximum(line, styles.LINES.index("dashed")), line)
    # Both ends drawn and apart (a target inside the launch area has no line to draw).
    has_line = np.isfinite(x).all(axis=0) & ((x[0] != x[1]) | (y[0] != y[1]))
    hollow = pd.Series(status).map(table["hollow"]).to_numpy(dtype=bool)
    return code, statuses, np.where(has_line, line, -1), hollow


def _weapons(frame: pd.DataFrame) -> tuple[np.ndarray, pd.DataFrame]:
    table = styles.weapon_glyphs()
    types = frame["event_type"].astype(object) if "event_type" in frame else pd.Series([None] * len(frame))
    weapon = types.map(table["weapon"])
    used = set(weapon.dropna())
    names = [w for w in dict.fromkeys(table["weapon"]) if w in used]
    first = table.drop_duplicates("weapon").set_index("weapon")
    weapons = pd.DataFrame({"weapon": names, "label": [first.at[w, "label"] for w in names],
                            "shape": [first.at[w, "shape"] for w in names]})
    code = weapon.map({w: k for k, w in enumerate(names)}).fillna(-1).to_numpy(dtype=np.int64)
    return code, weapons


def _shade(table: Any, frame: pd.DataFrame, role: str) -> dict[str, Any]:
    from geoincidents.table import IncidentTable

    t = table if isinstance(table, IncidentTable) else IncidentTable(frame)
    counts, breaks = _basemap.shading(t.counts_by_province(role=role))
    return {"role": role, "counts": counts, "breaks": breaks, "max": max(counts.values(), default=0),
            "colours": list(_basemap.SHADE_COLOURS[: len(breaks)])}
