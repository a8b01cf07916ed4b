"""A :class:`~geoincidents.maps.scene.Scene` as ONE compact, column-oriented JSON payload for the map's JS.

Nothing is decided here: every value comes from the scene. Why columns: a
table of 200,000 incidents as one Leaflet object per incident is megabytes of
repeated JavaScript; as arrays it is one ``JSON.parse``. Text columns are
dictionary-encoded (``{"u": uniques, "c": codes}``, code -1 = missing) because
actors, types, places and provinces repeat. Numbers are packed (packing.py);
coordinates are rounded to 5 decimals (about 1 m). Trajectories are not sent:
the JS interpolates the great circle between the two drawn ends.

The JSON text is made safe to inline in ``<script>``: ``<``, ``>`` and ``&``
become ``\\u003c``/``\\u003e``/``\\u0026`` (they only ever occur inside JSON
strings, where the escapes mean the same characters), and U+2028/U+2029 are
escaped as well.
"""
from __future__ import annotations

import json
import logging
from typing import Any, Sequence

import numpy as np
import pandas as pd
import shapely

from geoincidents.maps.packing import pack_fixed, pack_ints, unpack
from geoincidents.maps.scene import Scene
from geoincidents.maps.styles import LINES

__all__ = ["build_payload", "dumps_for_script", "category_counts"]

log = logging.getLogger(__name__)

# Text shown in popups, tooltips and the event list, dictionary-encoded. Missing columns are all-missing.
_TEXT_COLUMNS = (
    "incident_id", "event_type", "actor", "target_actor", "launch_place", "target_place",
    "munitions", "outcome", "status", "sources", "notes", "time", "timezone", "group_id",
)
_COUNT_COLUMNS = ("fatalities", "fatalities_high", "injured", "injured_high",
                  "launched", "launched_high", "intercepted", "intercepted_high", "impacted", "impacted_high")


def dumps_for_script(obj: Any) -> str:
    """JSON text that can sit inside an HTML ``<script>`` element unchanged.

    Examples
    --------
    >>> dumps_for_script({"note": "</script><b>&"})
    '{"note":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _text(values: Any, n: int) -> dict[str, Any]:
    if values is None:
        return {"u": [], "c": pack_ints(np.full(n, -1, dtype=np.int64))}
    codes, uniques = pd.factorize(np.asarray(values, dtype=object), use_na_sentinel=True)
    # Blank strings mean "unknown" in the input, as in the loader: decided on the distinct values only.
    texts = [str(u) for u in uniques.tolist()]
    blank = np.array([not t.strip() for t in texts], dtype=bool)
    if blank.any():
        keep = np.flatnonzero(~blank)
        remap = np.full(len(texts) + 1, -1, dtype=np.int64)
        remap[keep] = np.arange(len(keep))
        codes = remap[np.where(codes < 0, len(texts), codes)]
        texts = [texts[k] for k in keep]
    return {"u": texts, "c": pack_ints(codes.astype(np.int64))}


def _counts(values: pd.Series | None, n: int) -> dict[str, Any]:
    if values is None:
        return pack_ints(np.full(n, np.nan))
    return pack_ints(pd.array(values, dtype="Float64").to_numpy(dtype="float64", na_value=np.nan))


def _optional(v: Any) -> Any:
    return None if v is None or (isinstance(v, float) and np.isnan(v)) or v is pd.NA else v


def geojson(geoms: Sequence[Any], props: list[dict[str, Any]]) -> dict[str, Any]:
    """A FeatureCollection of shapely geometries (one ``to_geojson`` call for all of them)."""
    texts = shapely.to_geojson(np.asarray(list(geoms), dtype=object)) if len(props) else []
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": p, "geometry": json.loads(t)}
        for p, t in zip(props, texts) if t is not None and t != "null"]}


def _records(frame: pd.DataFrame | None, columns: Sequence[str]) -> list[list[Any]] | None:
    if frame is None:
        return None
    return [[_optional(v) for v in row] for row in frame[list(columns)].itertuples(index=False, name=None)]


def _sources(scene: Scene) -> dict[str, Any]:
    src = scene.sources if scene.sources is not None else pd.DataFrame(columns=["source_id"])
    src = src.reset_index(drop=True)

    def col(name: str) -> list[Any]:
        if name not in src:
            return [None] * len(src)
        values = src[name]
        if pd.api.types.is_datetime64_any_dtype(values):
            values = values.dt.strftime("%Y-%m-%d")
        return [None if pd.isna(v) or str(v).strip() == "" else str(v) for v in values]

    return {name: col(column) for name, column in
            (("id", "source_id"), ("outlet", "outlet"), ("published", "published"), ("title", "title"), ("url", "url"))}


def _claims(scene: Scene) -> dict[str, Any]:
    claims = scene.claims
    if claims is None or claims.empty:
        return {"i": pack_ints(np.zeros(0, dtype=np.int64)), "s": _text(None, 0), "st": _text(None, 0), "a": _text(None, 0)}
    position: dict[str, int] = {}
    for i, incident in enumerate(scene.frame["incident_id"].astype(str).tolist()):
        position.setdefault(incident, i)
    rows = claims["incident_id"].astype(str).map(position)
    kept = claims[rows.notna()]
    if len(kept) < len(claims):
        log.info("%d claim(s) name incidents that are not in this table; not shown", len(claims) - len(kept))
    return {
        "i": pack_ints(rows[rows.notna()].to_numpy(dtype=np.int64)),
        "s": _text(kept["source_id"].to_numpy(), len(kept)),
        "st": _text(kept["status"].to_numpy() if "status" in kept else None, len(kept)),
        "a": _text(kept["assertion"].to_numpy() if "assertion" in kept else None, len(kept)),
    }


# Parsed GeoJSON geometries of a Basemap (cached with the Basemap, which basemap.py caches per boundaries).
_GEOMETRIES: dict[int, tuple[Any, list[dict[str, Any]], list[dict[str, Any]]]] = {}


def _geometries(base: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    hit = _GEOMETRIES.get(id(base))
    if hit is None or hit[0] is not base:
        parse = [json.loads(t) for t in shapely.to_geojson(base.provinces["geometry"].to_numpy())]
        whole = [json.loads(t) for t in shapely.to_geojson(base.countries["geometry"].to_numpy())]
        if len(_GEOMETRIES) >= 4:
            _GEOMETRIES.pop(next(iter(_GEOMETRIES)))
        hit = _GEOMETRIES[id(base)] = (base, parse, whole)
    return hit[1], hit[2]


def _basemap(scene: Scene) -> dict[str, Any]:
    base = scene.basemap
    out: dict[str, Any] = {"provinces": None, "countries": None}
    if base is None:
        return out
    counts = (scene.shade or {}).get("counts", {})
    provinces, countries = _geometries(base)
    if len(base.provinces):
        props = [{"admin1": a, "name": n, "country": c, **({"count": counts.get(a, 0)} if scene.shade else {})}
                 for a, n, c in zip(base.provinces["admin1"], base.provinces["name"], base.provinces["country"])]
        out["provinces"] = {"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": p, "geometry": g} for p, g in zip(props, provinces)]}
    out["countries"] = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"country": c}, "geometry": g}
        for c, g in zip(base.countries["country"], countries)]}
    return out


def build_payload(scene: Scene) -> dict[str, Any]:
    """Serialise a scene into the map's column-oriented payload (plain JSON-ready data).

    Examples
    --------
    >>> from geoincidents.datasets import seed
    >>> from geoincidents.maps.scene import build_scene
    >>> p = build_payload(build_scene(seed()))
    >>> p["n"], p["drawn_text"]
    (13, '13 of 13 incidents drawn')
    """
    n, frame = scene.n, scene.frame
    payload: dict[str, Any] = {
        "version": 2,
        "n": n,
        "categories": scene.categories.to_dict("records"),
        "cat": pack_ints(scene.cat),
        "day0": pack_ints(scene.day0),
        "day1": pack_ints(scene.day1),
        "lines": list(LINES),
        "line": pack_ints(scene.line),
        "hollow": pack_ints(scene.hollow.astype(np.int64)),
        "statuses": scene.statuses[["status", "line", "label"]].to_dict("records"),
        "status": pack_ints(scene.status),
        "weapons": [{"weapon": w, "label": lab, "shape": [list(p) for p in s]}
                    for w, lab, s in zip(scene.weapons["weapon"], scene.weapons["label"], scene.weapons["shape"])],
        "weapon": pack_ints(scene.weapon),
        "areas": geojson(scene.areas["geometry"], [{"level": lv, "code": c} for lv, c in
                                                   zip(scene.areas["level"], scene.areas["code"])]),
        "sites": _records(scene.sites, ["lon", "lat", "name", "count"]),
        "labels": _records(scene.labels, ["lon", "lat", "text", "kind", "min_zoom"]),
        "drawn": pack_ints(scene.drawn.astype(np.int64)),
        "drawn_text": scene.drawn_text,
        "text": {name: _text(frame[name].to_numpy() if name in frame else None, n) for name in _TEXT_COLUMNS},
        "counts": {name: _counts(frame.get(name), n) for name in _COUNT_COLUMNS},
        "bases": _records(scene.bases, ["lon", "lat", "name", "kind", "admin1_name", "country"]),
        "shade": None if scene.shade is None else {k: v for k, v in scene.shade.items() if k != "counts"},
        "sources": _sources(scene),
        "claims": _claims(scene),
        **_basemap(scene),
        **scene.options,
    }
    payload["text"].update({"date": _text(scene.date_text, n), "range": _text(scene.range_text, n)})
    for e in (0, 1):
        payload.update({
            f"kind{e}": pack_ints(scene.kind[e].astype(np.int64)),
            f"lon{e}": pack_fixed(scene.x[e], 5),
            f"lat{e}": pack_fixed(scene.y[e], 5),
            f"unc{e}": pack_fixed(scene.radius_km[e], 1),
            f"area{e}": pack_ints(scene.area[e]),
            f"site{e}": pack_ints(scene.site[e]),
        })
        payload["text"][f"where{e}"] = _text(scene.where[e], n)
    return payload


def category_counts(payload: dict[str, Any]) -> Sequence[int]:
    """Number of incidents per payload category, in the payload's category order."""
    return np.bincount(unpack(payload["cat"]), minlength=len(payload["categories"])).tolist()
