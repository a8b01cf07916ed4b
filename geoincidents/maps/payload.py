"""The incidents as ONE compact, column-oriented JSON payload for the map's JS.

Why columns: a table of 200,000 incidents as one Leaflet object per incident
is megabytes of repeated JavaScript; as arrays it is one ``JSON.parse``. Text
columns are dictionary-encoded (``{"u": uniques, "c": codes}``, code -1 =
missing) because actors, types, places and provinces repeat. Coordinates are
rounded to 5 decimals (about 1 m). The geodesic trajectory is NOT sent: the
JS interpolates the great circle between the two ends (see assets/geoincidents.js),
which keeps the payload independent of how finely a curve is drawn.

The JSON text is made safe to inline in ``<script>``: ``<``, ``>`` and ``&``
become ``\\u003c``/``\\u003e``/``\\u0026`` (they only ever occur inside JSON
strings, where the escapes mean the same characters), and U+2028/U+2029 are
escaped as well.
"""
from __future__ import annotations

import functools
import importlib.resources
import json
import logging
from typing import Any, Sequence

import numpy as np
import pandas as pd

from geoincidents.errors import Problem, SchemaError
from geoincidents.maps.packing import pack_fixed, pack_ints, unpack

__all__ = [
    "build_payload",
    "dumps_for_script",
    "category_styles",
    "precision_styles",
    "REQUIRED_COLUMNS",
]

log = logging.getLogger(__name__)

REQUIRED_COLUMNS = ("incident_id", "date", "category", "launch_lat", "launch_lon", "target_lat", "target_lon")

# Text shown in popups/tooltips, dictionary-encoded. Missing optional columns are sent as all-missing.
_TEXT_COLUMNS = (
    "incident_id", "date_precision", "event_type", "actor", "target_actor",
    "launch_place", "target_place", "launch_precision", "target_precision",
    "launch_admin1_name", "launch_country", "target_admin1_name", "target_country",
    "munitions", "outcome", "status", "sources", "notes",
)
_COUNT_COLUMNS = ("fatalities", "fatalities_high", "injured", "injured_high")
_FALLBACK_COLOUR = "#555555"
_DATE_SPAN = {"day": 0, "week": 6}  # month and year spans depend on the calendar


@functools.cache
def category_styles() -> pd.DataFrame:
    """Colour, label and order of each map category (``geoincidents/data/category_styles.csv``).

    Examples
    --------
    >>> category_styles().loc["strike", "label"]
    'Strikes'
    """
    with (importlib.resources.files("geoincidents") / "data" / "category_styles.csv").open(encoding="utf-8") as fh:
        styles = pd.read_csv(fh, dtype={"category": str, "label": str, "colour": str, "order": int})
    return styles.set_index("category").sort_values("order")


@functools.cache
def precision_styles() -> pd.DataFrame:
    """Uncertainty radius (km) per precision level and whether it is drawn as uncertain.

    Examples
    --------
    >>> bool(precision_styles().loc["province", "uncertain"])
    True
    """
    with (importlib.resources.files("geoincidents") / "data" / "precision_styles.csv").open(encoding="utf-8") as fh:
        styles = pd.read_csv(fh, dtype={"precision": str, "radius_km": float, "uncertain": str, "label": str})
    styles["uncertain"] = styles["uncertain"].str.strip().str.lower().eq("yes")
    return styles.set_index("precision")


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


def _fixed(values: Any, decimals: int) -> dict[str, Any]:
    return pack_fixed(pd.to_numeric(pd.Series(values), errors="raise").to_numpy(dtype="float64", na_value=np.nan), decimals)


def _counts(values: pd.Series | None, n: int) -> dict[str, Any]:
    if values is None:
        return pack_ints(np.full(n, np.nan))
    return pack_ints(pd.array(values, dtype="Float64").to_numpy(dtype="float64", na_value=np.nan))


def _text(values: pd.Series | None, n: int) -> dict[str, Any]:
    if values is None:
        return {"u": [], "c": pack_ints(np.full(n, -1, dtype=np.int64))}
    # Blank strings mean "unknown" in the input, as in the loader.
    blank = values.astype("string").str.strip().eq("").fillna(True).to_numpy(dtype=bool)
    objects = values.to_numpy(dtype=object, na_value=None).copy()
    objects[blank] = None
    codes, uniques = pd.factorize(objects, use_na_sentinel=True)
    return {"u": [str(u) for u in uniques.tolist()], "c": pack_ints(codes.astype(np.int64))}


def _days(dates: pd.Series, precision: pd.Series | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """First and last day (days since 1970-01-01) the reported date may stand for."""
    start = pd.to_datetime(dates, errors="raise").dt.normalize()
    prec = (precision if precision is not None else pd.Series("day", index=dates.index)).fillna("day").astype(str)
    end = start.copy()
    for name, span in _DATE_SPAN.items():
        end = end.where(prec.ne(name), start + pd.Timedelta(days=span))
    end = end.where(prec.ne("month"), start + pd.offsets.MonthEnd(0))
    end = end.where(prec.ne("year"), start + pd.offsets.YearEnd(0))
    epoch = np.datetime64("1970-01-01", "D")

    def to_days(s: pd.Series) -> dict[str, Any]:
        d = s.to_numpy(dtype="datetime64[D]")
        return pack_ints(np.where(np.isnat(d), np.nan, (d - epoch).astype("int64").astype("float64")))

    return to_days(start), to_days(end)


def _uncertainty(frame: pd.DataFrame, end: str, place_radius: pd.Series | None) -> np.ndarray:
    """Radius in km to draw around an end known only to a district/province/country, else 0."""
    styles = precision_styles()
    prec = frame.get(f"{end}_precision")
    if prec is None:
        return np.zeros(len(frame))
    prec = prec.astype(object).where(prec.notna(), None)
    uncertain = prec.map(styles["uncertain"]).fillna(False).astype(bool)
    radius = prec.map(styles["radius_km"]).astype("float64")
    if place_radius is not None and f"{end}_place_id" in frame:
        # The gazetteer knows each governorate's own radius; the table's default is a fallback.
        own = frame[f"{end}_place_id"].map(place_radius).astype("float64")
        radius = own.where(own.notna() & (own > 0), radius)
    return radius.where(uncertain, 0.0).fillna(0.0).to_numpy(dtype="float64")


def _areas(frame: pd.DataFrame, country_areas: dict[str, Any] | None) -> tuple[list[Any], dict[str, Any]]:
    """Outline per end known only to an area (a country or a province; :func:`geoincidents.endforms.area_codes`)."""
    from geoincidents.endforms import area_codes

    n = len(frame)
    out = {"area0": np.full(n, -1), "area1": np.full(n, -1)}
    if not country_areas:
        return [], {key: pack_ints(v) for key, v in out.items()}
    used: dict[str, int] = {}
    for key, end in (("area0", "launch"), ("area1", "target")):
        if f"{end}_is_area" not in frame or f"{end}_country" not in frame:
            continue
        codes = pd.Series(area_codes(frame, end), index=frame.index, dtype=object)
        for code in pd.unique(codes.dropna()):
            if str(code) in country_areas:
                used.setdefault(str(code), len(used))
        out[key] = codes.map(lambda c: used.get(str(c), -1) if isinstance(c, str) else -1).to_numpy(dtype=np.int64)
    geometries = [country_areas[code] for code in sorted(used, key=used.get)]
    return geometries, {key: pack_ints(v) for key, v in out.items()}


def _check_columns(frame: pd.DataFrame) -> None:
    for column in REQUIRED_COLUMNS:
        if column not in frame.columns:
            raise SchemaError(
                Problem(
                    None, None, column, None,
                    "a column of IncidentTable.frame (see docs/architecture.md); "
                    f"the frame has {', '.join(map(str, frame.columns))}. "
                    "Build the table with geoincidents.load_incidents(...)",
                )
            )


def _categories(frame: pd.DataFrame) -> tuple[list[dict[str, str]], np.ndarray]:
    styles = category_styles()
    present = frame["category"].astype(object).where(frame["category"].notna(), None)
    if present.isna().any():
        row = int(np.flatnonzero(present.isna().to_numpy())[0])
        raise SchemaError(Problem(None, row + 1, "category", None, "a map category; the loader derives it for every incident"))
    keys = [k for k in styles.index if k in set(present)]
    unknown = sorted(set(present) - set(styles.index))
    for key in unknown:
        log.warning("category %r has no style in category_styles.csv; drawing it in grey", key)
    keys += unknown
    cats = [
        {
            "key": key,
            "label": styles.loc[key, "label"] if key in styles.index else key,
            "colour": styles.loc[key, "colour"] if key in styles.index else _FALLBACK_COLOUR,
        }
        for key in keys
    ]
    lookup = {key: i for i, key in enumerate(keys)}
    return cats, present.map(lookup).to_numpy(dtype=np.int64)


def _claims(frame: pd.DataFrame, claims: pd.DataFrame | None, sources: pd.DataFrame | None) -> dict[str, Any]:
    src = sources if sources is not None else pd.DataFrame(columns=["source_id", "outlet", "published", "title"])
    src = src.reset_index(drop=True)

    def col(name: str) -> list:
        if name not in src:
            return [None] * len(src)
        return src[name].astype(object).where(src[name].notna(), None).map(lambda v: None if v is None else str(v)).tolist()

    published = src["published"] if "published" in src else pd.Series([None] * len(src), dtype=object)
    if len(src) and pd.api.types.is_datetime64_any_dtype(published):
        published = published.dt.strftime("%Y-%m-%d")
    out: dict[str, Any] = {
        "sources": {
            "id": col("source_id"),
            "outlet": col("outlet"),
            "published": published.astype(object).where(published.notna(), None).map(lambda v: None if v is None else str(v)).tolist(),
            "title": col("title"),
        }
    }
    if claims is None or claims.empty:
        out["claims"] = {"i": pack_ints(np.zeros(0, dtype=np.int64)), "s": _text(None, 0), "st": _text(None, 0), "a": _text(None, 0)}
        return out
    position: dict[str, int] = {}
    for i, incident in enumerate(frame["incident_id"].astype(str).tolist()):
        position.setdefault(incident, i)
    rows = claims["incident_id"].astype(str).map(position)
    kept = claims[rows.notna()]
    if len(kept) < len(claims):
        log.info("%d claim(s) name incidents that are not in this table; not shown", len(claims) - len(kept))
    out["claims"] = {
        "i": pack_ints(rows[rows.notna()].to_numpy(dtype=np.int64)),
        "s": _text(kept["source_id"], len(kept)),
        "st": _text(kept.get("status"), len(kept)),
        "a": _text(kept.get("assertion"), len(kept)),
    }
    return out


def build_payload(
    frame: pd.DataFrame,
    *,
    claims: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
    place_radius: pd.Series | None = None,
    country_areas: dict[str, Any] | None = None,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Turn an ``IncidentTable.frame`` into the map's column-oriented payload.

    Parameters
    ----------
    frame
        The incident frame (see docs/architecture.md, "IncidentTable.frame").
    claims, sources
        ``IncidentTable.claims`` and ``.sources``; shown in popups.
    place_radius
        Uncertainty radius in km per gazetteer place id (governorates and
        countries), used for ends known only to a province or a country.
    extra
        Other top-level entries (boundaries, bases, options) merged in.

    Returns
    -------
    dict
        Plain JSON-ready data; see the module docstring.

    Examples
    --------
    >>> import pandas as pd
    >>> f = pd.DataFrame({"incident_id": ["a"], "date": pd.to_datetime(["2024-04-21"]),
    ...     "category": ["strike"], "launch_lat": [None], "launch_lon": [None],
    ...     "target_lat": [34.123456789], "target_lon": [43.1]})
    >>> p = build_payload(f)
    >>> p["n"], unpack(p["lat1"]).tolist(), unpack(p["day0"]).tolist()
    (1, [34.12346], [19834])
    """
    _check_columns(frame)
    frame = frame.reset_index(drop=True)
    n = len(frame)
    cats, codes = _categories(frame)
    day0, day1 = _days(frame["date"], frame.get("date_precision"))
    areas, area_index = _areas(frame, country_areas)
    payload: dict[str, Any] = {
        "version": 1,
        "n": n,
        "categories": cats,
        "cat": pack_ints(codes),
        "day0": day0,
        "day1": day1,
        "lon0": _fixed(frame["launch_lon"], 5),
        "lat0": _fixed(frame["launch_lat"], 5),
        "lon1": _fixed(frame["target_lon"], 5),
        "lat1": _fixed(frame["target_lat"], 5),
        "unc0": pack_fixed(_uncertainty(frame, "launch", place_radius), 1),
        "unc1": pack_fixed(_uncertainty(frame, "target", place_radius), 1),
        "areas": areas,
        **area_index,
        "range_km": _fixed(frame["range_km"] if "range_km" in frame else np.full(n, np.nan), 1),
        "text": {name: _text(frame.get(name), n) for name in _TEXT_COLUMNS},
        "counts": {name: _counts(frame.get(name), n) for name in _COUNT_COLUMNS},
    }
    payload.update(_claims(frame, claims, sources))
    if extra:
        payload.update(extra)
    return payload


def category_counts(payload: dict[str, Any]) -> Sequence[int]:
    """Number of incidents per payload category, in the payload's category order."""
    return np.bincount(unpack(payload["cat"]), minlength=len(payload["categories"])).tolist()
