"""RFC 7946 GeoJSON: a fast column-wise writer (the reader of our own files is :mod:`geoincidents.io.geojsonread`).

The writer never builds one Python dict per feature. Every column is
factorised and only its distinct values are turned into JSON text (strings
escaped by the C escaper of :mod:`json`, numbers by ``repr``, dates as
``YYYY-MM-DD``; :mod:`geoincidents.io.jsontext`); each distinct geometry is
rounded and formatted once by :func:`shapely.to_geojson`; runs of adjacent
columns whose combinations repeat (everything derived from the two places)
are concatenated and encoded once per combination; then each chunk of
features is one ``bytes.join`` over a 2-D grid of per-row pieces. ``bench/bench_table.py`` compares it with
``GeoDataFrame.to_json()`` and pyogrio's GeoJSON driver in the same run.

Layout of a file we write::

    {"type":"FeatureCollection","geoincidents":{"version":...,"what":"incidents"},
     "sources":[{"source_id":...,"outlet":...}, ...],
     "features":[
    {"type":"Feature","id":"inc-1","properties":{..., "claims":[...]},"geometry":{...}},
    ...
    ]}

``geoincidents`` and ``sources`` are foreign members (RFC 7946 §6.1). There is
no ``crs`` member: coordinates are WGS84 longitude, latitude (§4), rounded to 6
decimals (about 0.1 m) in geometries; the ``*_lat``/``*_lon`` properties keep
full precision so that reading a file back gives the same table. The region
these incidents happen in lies far from the antimeridian, so no geometry is
split there (§3.1.9); a longitude outside ±180 is refused.
"""
from __future__ import annotations

import json
import logging
import os
from typing import Any, Iterator

import numpy as np
import pandas as pd
import shapely

from geoincidents.errors import ExportError
from geoincidents.io.atomic import atomic_path
from geoincidents.io.selection import WHATS, property_columns, select, table_parts
from geoincidents.io.geojsonread import read_geojson
from geoincidents.io.jsontext import Column, default, encoded, first_rows, json_values, runs

__all__ = ["write_geojson", "read_geojson", "WHATS"]

log = logging.getLogger(__name__)

#: Counts are written as JSON integers even when a frame holds them as floats.
COUNT_COLUMNS = ("fatalities", "fatalities_high", "injured", "injured_high")

_CHUNK_ROWS = 50_000
_DECIMALS = 6
_FEATURE_OPEN = '{"type":"Feature","id":'


# --- claims ---------------------------------------------------------------------------


def claims_json(ids: pd.Series, claims: pd.DataFrame | None) -> np.ndarray:
    """One JSON array text per row of ``ids``: ``[{"source_id":..,"status":..,"assertion":..}, ...]``."""
    out = np.full(len(ids), "[]", dtype=object)
    if claims is None or len(claims) == 0:
        return out
    index = pd.Index(ids)
    if not index.is_unique:
        dup = index[index.duplicated()][0]
        raise ExportError(f"incident_id {dup!r} occurs more than once; ids must be unique to attach claims")
    pos = index.get_indexer(claims["incident_id"])
    if (pos < 0).any():
        log.debug("%d claims name incidents outside this table; not written", int((pos < 0).sum()))
    fields = [c for c in claims.columns if c != "incident_id"]
    text = np.full(len(claims), "{", dtype=object)
    for i, c in enumerate(fields):
        text = text + json_values(claims[c], prefix=("," if i else "") + json.dumps(c) + ":")
    text = text + "}"
    order = np.argsort(pos, kind="stable")
    order = order[pos[order] >= 0]
    rows, texts = pos[order], text[order].tolist()
    starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]]) if len(rows) else np.empty(0, int)
    ends = np.r_[starts[1:], len(rows)]
    for s, e in zip(starts.tolist(), ends.tolist()):
        out[rows[s]] = "[" + ",".join(texts[s:e]) + "]"
    return out


def _geometry_json(geometry: np.ndarray, ids: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """GeoJSON text of each geometry ("null" for a missing or empty one), coordinates rounded.

    Incidents repeat the same launch/target pairs, so the trajectories repeat
    too: geometries are factorised by their WKB (exact, and much cheaper to
    produce than GeoJSON) and only the distinct ones are rounded and formatted.
    """
    geometry = np.asarray(geometry, dtype=object)
    present = ~(shapely.is_missing(geometry) | shapely.is_empty(geometry))
    where = np.flatnonzero(present)
    if not len(where):
        return np.zeros(len(geometry), dtype=np.intp), np.array(["null"], dtype=object)
    codes, _ = pd.factorize(shapely.to_wkb(geometry[where]))
    first = first_rows(codes)
    geoms = geometry[where[first]]
    coords, owner = shapely.get_coordinates(geoms, return_index=True)
    lon, lat = coords[:, 0], coords[:, 1]
    bad = ~((np.abs(lon) <= 180) & (np.abs(lat) <= 90))
    if bad.any():
        k = int(np.flatnonzero(bad)[0])
        x, y = coords[k].tolist()
        incident = ids.iat[int(where[first[owner[k]]])]
        raise ExportError(
            f"incident {incident!r}: coordinate (lon={x!r}, lat={y!r}) is outside WGS84 longitude ±180 / "
            "latitude ±90; RFC 7946 GeoJSON needs lon/lat in degrees (are lat and lon swapped?)"
        )
    rounded = shapely.set_coordinates(geoms.copy(), np.round(coords, _DECIMALS))
    table = np.append(shapely.to_geojson(rounded).astype(object), "null")
    out = np.full(len(geometry), len(table) - 1, dtype=np.intp)
    out[where] = codes
    return out, table


# --- the document -----------------------------------------------------------------


def _header(sources: pd.DataFrame | None, what: str) -> str:
    from geoincidents import __version__

    meta = json.dumps({"version": __version__, "what": what})
    head = '{"type":"FeatureCollection","geoincidents":' + meta
    if sources is not None:
        rows = sources.astype(object).where(sources.notna(), None).to_dict("records")
        head += ',"sources":' + json.dumps(rows, ensure_ascii=False, allow_nan=False, default=default)
    return head + ',"features":[\n'


def _feature_tokens(frame: pd.DataFrame, claims: pd.DataFrame | None, positions: np.ndarray,
                    geometry: np.ndarray) -> list[Any]:
    """Per-row text pieces whose concatenation, row by row, is each Feature.

    The layout is ``{"type":"Feature","id":..,"properties":{..},"geometry":..}``:
    geometry last so that it sits beside the derived columns it follows from.
    """
    sub = frame if len(positions) == len(frame) else frame.iloc[positions]
    n = len(sub)
    id_codes, id_texts = encoded(sub["incident_id"])
    columns: list[Column] = [(_FEATURE_OPEN, id_codes, id_texts)]
    sep = ',"properties":{'
    for column in property_columns(frame):
        key = sep + json.dumps(str(column), ensure_ascii=False) + ":"
        sep = ","
        if column == "incident_id":
            columns.append((key, id_codes, id_texts))
        else:
            columns.append((key, *encoded(sub[column], integer=column in COUNT_COLUMNS)))
    claim_codes, claim_texts = pd.factorize(claims_json(sub["incident_id"], claims))
    columns.append((sep + '"claims":', claim_codes, np.asarray(claim_texts, dtype=object) + "}"))
    geo_codes, geo_texts = _geometry_json(geometry, sub["incident_id"])
    # Every feature ends with ",\n"; _chunks drops the last comma.
    columns.append((',"geometry":', geo_codes, geo_texts + "},\n"))
    return runs(columns, n)


def _chunks(tokens: list[Any], n: int) -> Iterator[bytes]:
    grid = np.empty((min(n, _CHUNK_ROWS), len(tokens)), dtype=object)
    for start in range(0, n, _CHUNK_ROWS):
        stop = min(start + _CHUNK_ROWS, n)
        rows = grid[: stop - start]
        for j, tok in enumerate(tokens):
            rows[:, j] = tok if isinstance(tok, bytes) else tok[start:stop]
        # Row-major ravel lays each feature's tokens out in order, feature after feature.
        chunk = b"".join(rows.ravel().tolist())
        yield chunk if stop < n else chunk[:-2] + b"\n"


def write_geojson(table: Any, path: str | os.PathLike[str] | None = None, *, what: str = "incidents") -> str | None:
    """Write incidents as an RFC 7946 FeatureCollection.

    Parameters
    ----------
    table
        An :class:`~geoincidents.table.IncidentTable` (or a GeoDataFrame in its
        ``frame`` layout).
    path
        Where to write (atomically); None returns the text instead.
    what
        ``"incidents"``: one Feature per incident, the trajectory LineString
        when both ends are known, else the known end's Point, else a null
        geometry. ``"launches"`` / ``"targets"``: one Point per incident whose
        end is known. ``"trajectories"``: the LineStrings only.

    Returns
    -------
    str or None
        The GeoJSON text when ``path`` is None.

    Raises
    ------
    ExportError
        Unknown ``what``, a coordinate outside ±180/±90, duplicate ids, or
        the file could not be written (an existing file is left untouched).

    Examples
    --------
    >>> from geoincidents.datasets import seed
    >>> text = write_geojson(seed())
    >>> json.loads(text)["features"][0]["properties"]["incident_id"]
    '2024-01-20-ain-al-asad-missiles'
    """
    frame, claims, sources = table_parts(table)
    positions, geometry = select(frame, what)
    header = _header(sources, what)
    tokens = _feature_tokens(frame, claims, positions, geometry)
    if path is None:
        return b"".join([header.encode("utf-8"), *_chunks(tokens, len(positions)), b"]}\n"]).decode("utf-8")
    try:
        with atomic_path(path) as tmp:
            with open(tmp, "wb") as fh:
                fh.write(header.encode("utf-8"))
                for chunk in _chunks(tokens, len(positions)):
                    fh.write(chunk)
                fh.write(b"]}\n")
    except (OSError, UnicodeError) as err:
        if isinstance(err, ExportError):
            raise
        raise ExportError(f"could not write GeoJSON to {os.fspath(path)!r}: {err}") from err
    log.info("wrote %d %s to %s", len(positions), what, path)
    return None
