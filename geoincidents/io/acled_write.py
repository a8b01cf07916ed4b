"""Write an incident table as an ACLED CSV export: :func:`write_acled_csv`.

The reverse of :func:`geoincidents.io.acled.read_acled`. A cell read from an
ACLED file is written back as it was unless the incident's own field changed;
every field ACLED has no column for travels in the signed tag of
:mod:`geoincidents.io.acled_carrier`.
"""
from __future__ import annotations

import logging
import os
from typing import Any

import numpy as np
import pandas as pd

from geoincidents.endforms import spans_provinces
from geoincidents.io import acled_carrier as carrier
from geoincidents.io.acled import (
    _FOLDED, ACLED_COLUMNS, CARRIED_PREFIX, REQUIRED_ACLED_COLUMNS, _our_fields, _outlets, _source_id,
)
from geoincidents.io.acled_codes import GEO_PRECISION_BACK, TIME_PRECISION_BACK, acled_countries, acled_event_pairs
from geoincidents.io.csvcells import write_csv_frame
from geoincidents.io.selection import table_parts

__all__ = ["write_acled_csv"]

log = logging.getLogger(__name__)


def _same(a: pd.Series, b: pd.Series) -> np.ndarray:
    """Cell-wise equality where two blanks are equal."""
    a, b = a.reset_index(drop=True).astype(object), b.reset_index(drop=True).astype(object)
    na_a, na_b = a.isna().to_numpy(), b.isna().to_numpy()
    equal = np.array([x == y if not (m or n) else False for x, y, m, n in zip(a, b, na_a, na_b)], dtype=bool)
    return equal | (na_a & na_b)


def _text(values: Any, *, integers: bool = False) -> list[Any]:
    out = []
    for v in values:
        v = _plain(v)
        if isinstance(v, float) and v.is_integer() and integers:
            v = int(v)
        out.append(None if v is None else (repr(v) if isinstance(v, float) else str(v)))
    return out


def _area_points(frame: pd.DataFrame, boundaries: Any, gazetteer: Any = None) -> tuple[pd.Series, pd.Series]:
    """Target lat/lon for ACLED, which needs a point per event: an area target (a province, a
    country) gets a point inside its area (ACLED's geo_precision 3, "a larger region"), never its capital."""
    lat = frame["target_lat"].astype(float) if "target_lat" in frame else pd.Series(np.nan, index=frame.index)
    lon = frame["target_lon"].astype(float) if "target_lon" in frame else pd.Series(np.nan, index=frame.index)
    if "target_is_area" not in frame or boundaries is None or not frame["target_is_area"].fillna(False).any():
        return lat, lon
    from geoincidents.endforms import end_forms

    forms = end_forms(frame, "target", boundaries=boundaries, gazetteer=gazetteer)
    area = (forms["form"] == "area").to_numpy() & forms.geometry.notna().to_numpy()
    inside = forms.geometry[area].representative_point()
    lat, lon = lat.copy(), lon.copy()
    lat[area], lon[area] = inside.y.round(5).to_numpy(), inside.x.round(5).to_numpy()
    return lat, lon


def _ours(frame: pd.DataFrame, sources: pd.DataFrame | None, boundaries: Any = None,
          gazetteer: Any = None) -> pd.DataFrame:
    """ACLED's columns written from our fields alone."""
    pairs = acled_event_pairs()
    outlets: dict[Any, Any] = {}
    if sources is not None and len(sources):
        outlets = dict(zip(sources["source_id"], sources["outlet"].where(sources["outlet"].notna(), sources["source_id"])))

    def source_text(cell: Any) -> Any:
        if not isinstance(cell, str):
            return None
        return "; ".join(str(outlets.get(s.strip(), s.strip())) for s in cell.split(";") if s.strip()) or None

    def column(name: str) -> pd.Series:
        return frame[name] if name in frame else pd.Series(None, index=frame.index, dtype=object)

    dates = pd.to_datetime(column("date"))
    out = pd.DataFrame({c: [None] * len(frame) for c in ACLED_COLUMNS}, index=pd.RangeIndex(len(frame)), dtype=object)
    out["event_id_cnty"] = _text(column("incident_id"))
    out["event_date"] = [None if pd.isna(d) else f"{d:%Y-%m-%d}" for d in dates]
    out["year"] = [None if pd.isna(d) else str(d.year) for d in dates]
    out["time_precision"] = _text(column("date_precision").map(TIME_PRECISION_BACK), integers=True)
    for ours, theirs in (("disorder_type", "disorder_type"), ("acled_event_type", "event_type"),
                         ("sub_event_type", "sub_event_type")):
        out[theirs] = _text(column("event_type").map(pairs[ours]))
    out["actor1"] = _text(column("actor"))
    out["actor2"] = _text(column("target_actor"))
    countries, code = acled_countries(), column("target_country")
    out["iso"] = _text(code.map(countries["iso"]))
    out["region"] = _text(code.map(countries["region"]))
    # A country the table does not hold keeps its code rather than an empty cell.
    out["country"] = _text(code.map(countries["name"]).where(code.isna() | code.isin(countries.index), code))
    # ACLED's admin1 is one province, the one its coordinates lie in. A target at a region spans several (its
    # admin1 holds them all, endforms.member_cells) and its point is only a stand-in inside them, so no single
    # province is true: admin1 stays blank, as for a target known only to its country, while `location` names
    # the region and geo_precision 3 says "a larger region".
    region = spans_provinces(column("target_admin1"))
    out["admin1"] = _text(column("target_admin1_name").where(~region, None))
    out["location"] = _text(column("target_place"))
    lat, lon = _area_points(frame, boundaries, gazetteer)
    out["latitude"] = _text(lat)
    out["longitude"] = _text(lon)
    out["geo_precision"] = _text(column("target_precision").map(GEO_PRECISION_BACK), integers=True)
    out["source"] = _text(column("sources").map(source_text))
    out["notes"] = _text(column("notes"))
    out["fatalities"] = _text(column("fatalities"), integers=True)
    return out


#: For each ACLED column, the fields of ours it is written from: the carried original
#: is written back when all of them are as reading it gave them.
_DEPENDS = {
    "event_id_cnty": ("incident_id",), "event_date": ("date",), "year": ("date",),
    "time_precision": ("date_precision",), "disorder_type": ("event_type",), "event_type": ("event_type",),
    "sub_event_type": ("event_type",), "actor1": ("actor",), "assoc_actor_1": ("actor",), "inter1": ("actor",),
    "actor2": ("target_actor",), "assoc_actor_2": ("target_actor",), "inter2": ("target_actor",),
    "interaction": ("actor", "target_actor"), "location": ("target_place",),
    "latitude": ("target_lat",), "longitude": ("target_lon",), "geo_precision": ("target_precision",),
    "notes": ("notes",), "fatalities": ("fatalities",), "source": ("source",),
    **{c: ("target_place", "target_lat", "target_lon") for c in ("iso", "region", "country", "admin1", "admin2", "admin3")},
}


def _acled_frame(frame: pd.DataFrame, sources: pd.DataFrame | None, boundaries: Any = None,
                 gazetteer: Any = None) -> pd.DataFrame:
    out = _ours(frame, sources, boundaries, gazetteer)
    carried = [c for c in frame.columns if isinstance(c, str) and c.startswith(CARRIED_PREFIX)]
    if carried:
        orig = pd.DataFrame({c[len(CARRIED_PREFIX):]: frame[c].to_numpy(dtype=object) for c in carried})
        from_orig = orig.notna().any(axis=1).to_numpy()
        again, _ = _our_fields(orig.reindex(columns=sorted(set(orig) | set(REQUIRED_ACLED_COLUMNS))), None)
        same = {f: _same(frame[f], again[f]) for f in again.columns if f in frame}
        # Without its sources table (our CSV export) a row still lists the ids made from ACLED's outlets.
        ids = frame["sources"] if "sources" in frame else [None] * len(frame)
        same["source"] = np.array([_outlets(a) == _outlets(b) or [_source_id(o) for o in _outlets(a)] == _outlets(c)
                                   for a, b, c in zip(orig.get("source", [None] * len(orig)), out["source"], ids)],
                                  dtype=bool)
        for column in orig.columns:
            keep = from_orig.copy()
            for field in _DEPENDS.get(column, ()):
                keep &= same.get(field, np.zeros(len(orig), dtype=bool))
            if column not in out:
                out[column] = None
            out[column] = np.where(keep, orig[column].to_numpy(dtype=object), out[column].to_numpy(dtype=object))
        order = [c for c in orig.columns] + [c for c in ACLED_COLUMNS if c not in orig.columns]
        out = out[order]
    return _fold_fields(frame, out)


def _fold_fields(frame: pd.DataFrame, out: pd.DataFrame) -> pd.DataFrame:
    """Put into the tag (and the notes' words) every field that reading ``out`` back would not give."""
    again, _ = _our_fields(out.reindex(columns=sorted(set(out) | set(REQUIRED_ACLED_COLUMNS))), None)
    again["status"] = "reported"
    # Coordinates the gazetteer supplied are found again from the place name.
    gazetteer_launch = (frame["launch_match"].fillna("explicit") != "explicit").to_numpy() if "launch_match" in frame else None
    notes, tags = [], []
    for i in range(len(frame)):
        fields = {}
        for column in _FOLDED:
            if column not in frame:
                continue
            value = _plain(frame[column].iat[i])
            if value is None or (column in again and _plain(again[column].iat[i]) == value):
                continue
            if column in ("launch_lat", "launch_lon") and gazetteer_launch is not None and gazetteer_launch[i]:
                continue
            fields[column] = value
        note, tag = carrier.fold(_plain(out["notes"].iat[i]), _plain(out["tags"].iat[i]), str(out["event_id_cnty"].iat[i]), fields)
        notes.append(note)
        tags.append(tag)
    out["notes"] = notes
    out["tags"] = tags
    return out


def _plain(value: Any) -> Any:
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, np.generic):
        return value.item()
    return value


def write_acled_csv(table: Any, path: str | os.PathLike[str], *, raw_cells: bool = False) -> None:
    """Write the table as an ACLED CSV export (ACLED's 31 columns, one row per incident).

    A table read by :func:`read_acled` gets each ACLED cell back as it was
    read, unless the incident's own field changed. Otherwise the target point
    becomes ``latitude``/``longitude``, its place ``location`` and its
    province ``admin1`` (blank for a target known only to its country or
    to a region spanning several provinces: ACLED's admin1 names one); our event type becomes ACLED's disorder, event and
    sub-event type (the ``write_back`` rows of the rules table); the launch
    end and every field ACLED has no column for go into a signed tag in
    ``tags`` (which :func:`read_acled` reads back) and, in words, at the end of
    ``notes``. Dates are ISO (``2024-04-20``). ``"-"`` writes to standard output.
    A text cell a spreadsheet would run as a formula gets a leading apostrophe
    that :func:`read_acled` removes again; ``raw_cells=True`` writes it as it is
    (:mod:`geoincidents.io.csvcells`).

    Examples
    --------
    >>> from geoincidents.datasets import seed
    >>> write_acled_csv(seed(), "incidents.acled.csv")
    >>> open("incidents.acled.csv", encoding="utf-8").readline().split(",")[:2]
    ['event_id_cnty', 'event_date']
    """
    frame, _, sources = table_parts(table)
    data = _acled_frame(frame, sources, getattr(table, "boundaries", None), getattr(table, "gazetteer", None))
    # The one CSV writer: RFC 4180 quoting, formula cells neutralised unless raw_cells.
    write_csv_frame(data, path, raw_cells=raw_cells, kind="ACLED CSV")
    log.info("wrote %d ACLED rows to %s", len(data), path)
