"""Sites (places where several incidents or a named place are drawn) and the map's labels.

A site is one drawn position (to ~10 m) of a POINT or RADIUS end; the scene
counts the incidents at each (the count badge) and names it by the place name
the reports use most. Labels: country names always, site names from
:data:`SITE_LABEL_ZOOM` on, other known bases from :data:`BASE_LABEL_ZOOM`.
"""
from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from geoincidents.maps import basemap

__all__ = ["sites", "labels", "SITE_LABEL_ZOOM", "BASE_LABEL_ZOOM"]

POINT, RADIUS = 1, 2  # the scene's end kinds that carry a marker
ROLES = ("launch", "target")
# Labels of places with incidents appear from this zoom on, of other bases from the next.
SITE_LABEL_ZOOM, BASE_LABEL_ZOOM = 7, 8


def sites(frame: pd.DataFrame, kind: np.ndarray, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, pd.DataFrame]:
    """Places where markers are drawn (POINT and RADIUS ends) that carry a name or several incidents.

    A site is one position (to ~10 m); a lone unnamed end is no site: at
    200,000 synthetic incidents that keeps the payload from carrying a site per end.
    """
    parts = []
    for e, role in enumerate(ROLES):
        marked = np.flatnonzero((kind[e] == POINT) | (kind[e] == RADIUS))
        names = frame[f"{role}_place"].to_numpy(dtype=object) if f"{role}_place" in frame else np.full(len(frame), None)
        parts.append(pd.DataFrame({"e": e, "i": marked, "lon": np.round(x[e, marked], 4), "lat": np.round(y[e, marked], 4),
                                   "name": names[marked]}))
    ends = pd.concat(parts, ignore_index=True)
    site = np.full(kind.shape, -1, dtype=np.int64)
    empty = pd.DataFrame({"lon": [], "lat": [], "name": [], "count": []})
    if ends.empty:
        return site, empty
    # One integer per position: factorising it is much faster than a MultiIndex of two floats.
    key = (np.rint(ends["lon"].to_numpy() * 1e4).astype(np.int64) + 1_800_000) * 10_000_000 + \
        (np.rint(ends["lat"].to_numpy() * 1e4).astype(np.int64) + 900_000)
    codes, _ = pd.factorize(key)
    ends["site"] = codes
    counts = np.bincount(codes[~pd.DataFrame({"s": codes, "i": ends["i"]}).duplicated().to_numpy()], minlength=codes.max() + 1)
    named = ends["name"].notna().to_numpy() & (ends["name"].astype(str).str.strip() != "").to_numpy()
    has_name = np.zeros(len(counts), dtype=bool)
    has_name[codes[named]] = True
    keep = (counts > 1) | has_name
    new = np.full(len(counts), -1, dtype=np.int64)
    new[keep] = np.arange(int(keep.sum()))
    site[ends["e"].to_numpy(), ends["i"].to_numpy()] = new[codes]
    first = ends.drop_duplicates("site").set_index("site").sort_index()
    top = ends[named].groupby("site")["name"].agg(lambda v: v.value_counts().index[0])
    sites = pd.DataFrame({"lon": first["lon"].to_numpy()[keep], "lat": first["lat"].to_numpy()[keep]})
    sites["name"] = top.reindex(np.flatnonzero(keep)).astype(object).where(lambda v: v.notna(), None).to_numpy()
    sites["count"] = counts[keep]
    return site, sites


def labels(base: basemap.Basemap, gazetteer: Any, sites: pd.DataFrame, bases: pd.DataFrame) -> pd.DataFrame:
    """``lon, lat, text, kind, min_zoom``: countries, named sites, and bases without incidents."""
    countries = basemap.country_labels(base, gazetteer).assign(kind="country", min_zoom=0)
    named = sites.dropna(subset=["name"])
    at_sites = pd.DataFrame({"lon": named["lon"], "lat": named["lat"], "text": named["name"],
                             "kind": "site", "min_zoom": SITE_LABEL_ZOOM})
    near = np.zeros(len(bases), dtype=bool)
    if len(bases) and len(named):
        # A base with incidents is labelled by its site (the name the reports use), not twice.
        d = np.hypot(bases["lon"].to_numpy()[:, None] - named["lon"].to_numpy()[None, :],
                     bases["lat"].to_numpy()[:, None] - named["lat"].to_numpy()[None, :])
        near = (d < 0.02).any(axis=1)
    others = bases[~near]
    at_bases = pd.DataFrame({"lon": others["lon"], "lat": others["lat"], "text": others["name"],
                             "kind": "base", "min_zoom": BASE_LABEL_ZOOM})
    return pd.concat([countries, at_sites, at_bases], ignore_index=True)
