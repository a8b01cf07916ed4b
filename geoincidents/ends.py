"""The two ends of each incident: resolving their place names, and checking them.

:func:`resolve_places` runs one gazetteer batch per precision hint over the
distinct (name, precision) pairs of both ends. :func:`place_problems` turns
what the gazetteer could not settle (unknown or ambiguous names) and explicit
coordinates that disagree with their named place into
:class:`~geoincidents.errors.Problem` records.

How the precision column steers resolution (``data/precisions.csv``): each
precision names stages of place kinds, passed to the gazetteer as ``kind=``
in turn while a name stays unresolved: province → governorate (or region),
country → country, district → district, town → city/town/village/area,
exact → the site kinds (bases, airports, facilities, crossings, embassies),
each followed by any kind; near → any kind, then settlements, then sites.
So "Hasaka" with precision ``province`` resolves to the governorate and with
``town`` to the city, "Rumalyn base" with ``exact`` to the base rather than
the town of Rmeilan, and "near Erbil air base" to the base. The precision is
a hint, not a filter: a province-precision "Zummar" still finds the town.
When no stage resolves a name, an ambiguity is reported before "not found".
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from geoincidents.datatables import read_table
from geoincidents.errors import Problem
from geoincidents.schema import ROLES

if TYPE_CHECKING:  # pragma: no cover
    from gazetteer import Boundaries, Gazetteer

__all__ = ["resolve_places", "place_problems", "locate_unique", "unique_rows", "PRECISION_OF_KIND", "RESOLVED"]

log = logging.getLogger(__name__)

#: The gazetteer columns kept for each end (``resolve_many``'s, minus query and scores).
RESOLVED = ("place_id", "name", "kind", "lat", "lon", "admin1", "admin1_name", "country", "precision_km", "method", "reason",
            "ambiguous", "alternatives")
_FLOATS = ("lat", "lon", "precision_km")
_BY_SOUND = ("phonetic", "fuzzy")
_AS_WRITTEN = ("exact", "alias")


_PRECISIONS = read_table("precisions.csv")
# kinds: ';'-separated stages of '|'-separated kinds ('*' = any kind), tried in order
# while a name stays unresolved.
_KIND_HINT = {
    r["precision"]: tuple(None if stage == "*" else tuple(stage.split("|")) for stage in r["kinds"].split(";"))
    if r["kinds"] else None
    for r in _PRECISIONS
}
#: The precision a blank precision column takes from the kind of the place found.
PRECISION_OF_KIND = {k: r["precision"] for r in _PRECISIONS for k in r["implied_by"].split("|") if k}



def resolve_places(
    frame: pd.DataFrame, *, gazetteer: Gazetteer | None = None, strict: bool = False,
) -> dict[str, pd.DataFrame]:
    """Resolve ``launch_place`` and ``target_place`` in one batch per precision hint.

    Parameters
    ----------
    frame
        Parsed incident columns (:func:`geoincidents.schema.parse_incident_columns`).
    gazetteer
        Default :meth:`gazetteer.Gazetteer.default`.
    strict
        Leave a name several places match equally well unresolved ("ambiguous: …")
        instead of taking the most prominent one (``Gazetteer.resolve_many``).

    Returns
    -------
    dict
        ``{"launch": df, "target": df}``, each aligned with ``frame`` and holding
        the gazetteer's ``resolve_many`` columns (``place_id, name, kind, lat, lon,
        admin1, admin1_name, country, method, reason, ambiguous, alternatives``);
        blank names give NA rows with reason ``"empty"``.

    Examples
    --------
    >>> import pandas as pd
    >>> f = pd.DataFrame({"launch_place": ["Zummar"], "launch_precision": ["town"],
    ...                   "target_place": ["Hasaka"], "target_precision": ["province"]})
    >>> resolve_places(f)["target"].loc[0, "kind"]
    'governorate'
    """
    if gazetteer is None:
        from gazetteer import Gazetteer

        gazetteer = Gazetteer.default()
    n = len(frame)
    names = pd.concat([frame[f"{r}_place"] for r in ROLES], ignore_index=True).astype(object)
    # The hint key is the precision itself (its kind stages are looked up per batch); a
    # precision without kinds ("near" has them, but a future one may not) is no hint.
    hints = pd.concat([frame[f"{r}_precision"] for r in ROLES], ignore_index=True).astype(object)
    name_codes, name_values = pd.factorize(names, use_na_sentinel=True)
    hint_codes, hint_values = pd.factorize(hints, use_na_sentinel=True)
    no_kinds = np.array([_KIND_HINT.get(h) is None for h in hint_values] + [True], dtype=bool)
    hint_codes = np.where(no_kinds[hint_codes], -1, hint_codes)
    width = len(hint_values) + 1
    pair = name_codes.astype(np.int64) * width + (hint_codes + 1)
    pair[name_codes < 0] = -1
    codes, pairs = pd.factorize(pair, use_na_sentinel=True)
    valid = pairs >= 0
    kept = pairs[valid]
    unique = pd.DataFrame({
        "_query": pd.Series(np.asarray(name_values, dtype=object)[kept // width], dtype=object),
        "_hint": pd.Series([None if p % width == 0 else hint_values[p % width - 1] for p in kept], dtype=object),
    })
    # Map pair codes onto rows of `unique`; the blank pair (-1), if present, becomes the "empty" row.
    position = np.cumsum(valid) - 1
    row_of = np.where(valid[codes], position[codes], len(unique))
    table = _resolve_unique(gazetteer, unique, strict)
    log.info("resolved %d unique (name, hint) pairs for %d rows", len(unique), n)
    out = {}
    for i, role in enumerate(ROLES):
        take = row_of[i * n : (i + 1) * n]
        part = {}
        for c in RESOLVED:
            values = table[c].to_numpy(dtype=float if c in _FLOATS else object)
            fill = np.nan if c in _FLOATS else ("empty" if c == "reason" else None)
            # An explicit object Series: pandas 3 would otherwise convert text to its Arrow str dtype.
            part[c] = pd.Series(np.append(values, np.array([fill], dtype=values.dtype))[take],
                                index=frame.index, dtype=values.dtype)
        out[role] = pd.DataFrame(part, copy=False)
    return out


def _resolve_unique(gazetteer: Gazetteer, unique: pd.DataFrame, strict: bool) -> pd.DataFrame:
    result = pd.DataFrame(index=unique.index, columns=list(RESOLVED), dtype=object)
    for hint, group in unique.groupby("_hint", dropna=False, sort=False):
        stages = [None] if pd.isna(hint) else list(_KIND_HINT[hint])
        got = _batch(gazetteer, group["_query"], stages[0], strict)
        for kind in stages[1:]:
            # The precision is a hint, not a filter: a name the stage leaves unresolved tries the next.
            open_ = got["place_id"].isna().to_numpy()
            if not open_.any():
                break
            again = _batch(gazetteer, group["_query"][open_], kind, strict)
            # Keep what resolves; an ambiguity found earlier says more than a later "not found".
            better = again["place_id"].notna().to_numpy() | ~got["reason"][open_].astype(str).str.startswith("ambiguous").to_numpy()
            rows = np.flatnonzero(open_)[better]
            got.iloc[rows] = again.to_numpy()[better]
        if stages[0] is not None:
            # A name known as written is not given up for a place of the hinted kind that only sounds like it
            # (a province-precision "Zummar" is the Iraqi town, not Yemen's Dhamar governorate by sound).
            by_sound = got["method"].isin(_BY_SOUND).to_numpy()
            if by_sound.any():
                plain = _batch(gazetteer, group["_query"][by_sound], None, strict)
                known = plain["method"].isin(_AS_WRITTEN).to_numpy()
                got.iloc[np.flatnonzero(by_sound)[known]] = plain.to_numpy()[known]
        result.loc[group.index] = got.to_numpy()
    for c in RESOLVED:
        if c in _FLOATS:
            result[c] = pd.to_numeric(result[c], errors="coerce").astype(float)
        else:
            # None for every kind of missing (NA, NaN, ""), so per-row code can test `is None`.
            values = result[c].to_numpy(dtype=object)
            result[c] = pd.Series([None if _blank(v) else v for v in values], index=result.index, dtype=object)
    return result


def _blank(value: Any) -> bool:
    return value is None or value is pd.NA or value == "" or (isinstance(value, float) and np.isnan(value))


def _batch(gazetteer: Gazetteer, names: pd.Series, kind: str | None, strict: bool) -> pd.DataFrame:
    got = gazetteer.resolve_many(list(names), kind=kind, strict=strict)
    return got.reindex(columns=list(RESOLVED)).astype(object).set_axis(names.index)




def place_problems(
    frame: pd.DataFrame,
    resolved: dict[str, pd.DataFrame],
    *,
    boundaries: Boundaries,
    path: str | None = None,
) -> list[Problem]:
    """Unknown and ambiguous places, and explicit coordinates that disagree with the named place.

    A name with explicit coordinates beside it is only a label, so it may be
    unknown or ambiguous; but when it resolves, the point must lie in the
    place's country. If swapping lat and lon would put it there, the problem
    says the coordinates look swapped.
    """
    problems: list[Problem] = []
    for role in ROLES:
        res = resolved[role]
        explicit = frame[f"{role}_lat"].notna() & frame[f"{role}_lon"].notna()
        reason = res["reason"].astype(object)
        failed = reason.notna() & (reason != "empty") & ~explicit
        for pos in np.flatnonzero(failed.to_numpy()):
            value = frame[f"{role}_place"].iat[pos]
            problems.append(Problem(path, int(pos) + 1, f"{role}_place", value, _place_hint(role, reason.iat[pos])))
        # Only a name the gazetteer knows as written (not a fuzzy guess) can contradict the coordinates.
        check = explicit & res["country"].notna() & res["method"].isin(["exact", "alias"])
        if not check.any():
            continue
        idx = np.flatnonzero(check.to_numpy())
        lat = frame[f"{role}_lat"].to_numpy(float)[idx]
        lon = frame[f"{role}_lon"].to_numpy(float)[idx]
        want = res["country"].to_numpy(object)[idx]
        here = locate_unique(boundaries, lon, lat)["country"]
        # Only points that miss their place's country are tried the other way round.
        differ = (here == None) | (here != want)  # noqa: E711 - elementwise; `want` is never None here
        idx, lat, lon, want, here = idx[differ], lat[differ], lon[differ], want[differ], here[differ]
        flipped = np.full(len(idx), None, dtype=object)
        can_flip = np.abs(lon) <= 90
        if can_flip.any():
            flipped[can_flip] = locate_unique(boundaries, lat[can_flip], lon[can_flip])["country"]
        near = _near_country(boundaries, lon, lat, want)
        for k, pos in enumerate(idx):
            point_cc, place_cc = here[k], want[k]
            swapped = not _same(point_cc, place_cc) and _same(flipped[k], place_cc)
            wrong = not pd.isna(point_cc) and not _same(point_cc, place_cc) and not near[k]
            if not (swapped or wrong):
                continue
            place = frame[f"{role}_place"].iat[pos]
            value = f"{role}_lat={lat[k]}, {role}_lon={lon[k]}"
            if swapped:
                text = (f"coordinates in {place_cc} like the named place {place!r}; they look swapped: "
                        f"write {role}_lat={lon[k]} and {role}_lon={lat[k]}")
            else:
                text = (f"coordinates in {place_cc}, where the named place {place!r} is; the point lands in "
                        f"{point_cc}. Check the coordinates or the place name")
            problems.append(Problem(path, int(pos) + 1, f"{role}_lat", value, text))
    return problems


# The bundled boundaries are generalised (and border towns such as Kobani sit on
# the line): a point this close to its named place's country is not "elsewhere".
BORDER_SLACK_KM = 10.0


def _near_country(boundaries: Boundaries, lon: np.ndarray, lat: np.ndarray, country: np.ndarray) -> np.ndarray:
    """Whether each point lies within :data:`BORDER_SLACK_KM` of the outline of its ``country``."""
    import shapely

    outlines = boundaries.countries().set_index("country").geometry
    near = np.zeros(len(lon), dtype=bool)
    known = np.array([c in outlines.index for c in country], dtype=bool)
    if known.any():
        polys = outlines.reindex(country[known]).to_numpy()
        degrees = shapely.distance(shapely.points(lon[known], lat[known]), polys)
        # A lower bound of the distance in km (a degree of longitude shrinks with cos(lat)).
        km = degrees * 111.32 * np.cos(np.radians(np.minimum(np.abs(lat[known]), 89.0)))
        near[known] = km <= BORDER_SLACK_KM
    return near


def _same(a: Any, b: Any) -> bool:
    return not pd.isna(a) and not pd.isna(b) and a == b


def _place_hint(role: str, reason: str) -> str:
    if reason.startswith("ambiguous"):
        return (f"one place, but the name is {reason}. Write the full name of the one you mean, set "
                f"{role}_precision (exact picks a site, town a settlement, province a governorate, country a "
                f"country), or give "
                f"{role}_lat and {role}_lon")
    if reason.startswith("not found"):
        return (f"a place the gazetteer knows ({reason}). Fix the spelling, add the place to the gazetteer, "
                f"or give {role}_lat and {role}_lon")
    return f"a place name the gazetteer can look up ({reason})"


def locate_unique(boundaries: Boundaries, lon: np.ndarray, lat: np.ndarray) -> dict[str, np.ndarray]:
    # Incidents repeat the same few hundred places: look each distinct point up once.
    empty = {f: np.empty(0, dtype=object) for f in ("country", "admin1", "admin1_name")}
    if len(lon) == 0:
        return empty
    first, inverse = unique_rows(lon, lat)
    found = boundaries.locate(lon[first], lat[first])
    return {
        f: np.array([None if _blank(v) else v for v in found[f].to_numpy(dtype=object)] + [None], dtype=object)[inverse]
        for f in empty
    }


def unique_rows(*columns: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Positions of one representative per distinct row of ``columns``, and each row's representative.

    Rows are hashed (64 bits) and factorized, which is far faster than
    ``np.unique(axis=0)``; a hash collision is detected and falls back to it.
    """
    n = len(columns[0])
    key = np.zeros(n, dtype=np.uint64)
    for column in columns:
        key = key * np.uint64(1_000_003) ^ pd.util.hash_array(np.asarray(column))
    inverse, uniques = pd.factorize(key)
    first = np.empty(len(uniques), dtype=np.int64)
    first[inverse[::-1]] = np.arange(n - 1, -1, -1)
    if all(np.array_equal(np.asarray(c)[first][inverse], c, equal_nan=True) for c in columns):
        return first, inverse
    stacked = np.column_stack(columns)  # pragma: no cover - needs a 64-bit hash collision
    _, first, inverse = np.unique(stacked, axis=0, return_index=True, return_inverse=True)
    return first, inverse.ravel()
