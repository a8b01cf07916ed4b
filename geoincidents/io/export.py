"""Exports: dispatch by format name or file suffix (:func:`export`), to a file or standard output.

What each export holds is decided once in :mod:`geoincidents.io.selection`; the
writers are :func:`~geoincidents.io.geojson.write_geojson`,
:func:`~geoincidents.io.gpkgfile.write_gpkg`, :func:`~geoincidents.io.csvexport.write_csv`,
:func:`~geoincidents.io.parquet.write_parquet` and
:func:`~geoincidents.io.acled_write.write_acled_csv` (re-exported here).

Every writer goes through :func:`~geoincidents.io.atomic.atomic_path`: the
file is written beside its destination and renamed onto it only once it is
complete, so a failure leaves no half-written file and an existing file
untouched.

Text round-trips byte for byte through every format (quotes, apostrophes,
backslashes, angle brackets, newlines, right-to-left marks, emoji), with one
exception that is refused rather than damaged: GDAL stores text as C strings,
so a NUL character cannot go into a GeoPackage (:class:`ExportError` names the
column and row). GeoJSON, CSV and GeoParquet keep NUL.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Callable

from geoincidents.errors import ExportError
from geoincidents.io.csvexport import write_csv
from geoincidents.io.gpkgfile import GPKG_LAYERS, write_gpkg
from geoincidents.io.parquet import PARQUET_SOURCES_KEY, write_parquet
from geoincidents.io.selection import WHATS, check_what, select, table_parts

__all__ = ["export", "format_of", "write_gpkg", "write_csv", "write_parquet", "select", "table_parts", "SUFFIXES",
           "FORMATS", "GPKG_LAYERS", "WHATS", "PARQUET_SOURCES_KEY"]


def _geojson(table: Any, path: str | os.PathLike[str], *, what: str = "incidents") -> None:
    from geoincidents.io.geojson import write_geojson

    write_geojson(table, path, what=what)


def _acled(table: Any, path: str | os.PathLike[str], *, what: str = "incidents", raw_cells: bool = False) -> None:
    from geoincidents.io.acled import write_acled_csv

    if what != "incidents":
        raise ExportError(f"cannot write {os.fspath(path)!r}: an ACLED export holds whole incidents (one point each); "
                          f"what={what!r} (--what {what}) is for .geojson, .gpkg, .csv and .parquet")
    write_acled_csv(table, path, raw_cells=raw_cells)


#: Format name → writer; the only place a format is named.
FORMATS: dict[str, Callable[..., None]] = {
    "geojson": _geojson,
    "gpkg": write_gpkg,
    "csv": write_csv,
    "parquet": write_parquet,
    "acled": _acled,
}

#: Suffix → format. Longer suffixes are matched first (``.acled.csv`` before ``.csv``).
SUFFIXES: dict[str, str] = {
    ".acled.csv": "acled",
    ".geojson": "geojson",
    ".json": "geojson",
    ".gpkg": "gpkg",
    ".csv": "csv",
    ".parquet": "parquet",
    ".geoparquet": "parquet",
}

#: The path that means standard output.
STDOUT = "-"


def format_of(path: str | os.PathLike[str]) -> str | None:
    """The format a file name's suffix names, or None.

    Examples
    --------
    >>> format_of("out/x.acled.csv"), format_of("x.CSV"), format_of("x.shp")
    ('acled', 'csv', None)
    """
    name = Path(path).name.lower()
    return next((fmt for suffix, fmt in SUFFIXES.items() if name.endswith(suffix)), None)


def export(
    table: Any,
    path: str | os.PathLike[str],
    *,
    what: str = "incidents",
    format: str | None = None,  # noqa: A002 - the word users know
    raw_cells: bool = False,
) -> Path:
    """Write ``table`` in the format that ``format`` or the suffix of ``path`` names.

    Parameters
    ----------
    table
        An IncidentTable.
    path
        ``.geojson``/``.json`` (RFC 7946), ``.gpkg`` (three layers), ``.csv``
        (kepler.gl arcs), ``.parquet``/``.geoparquet`` (GeoParquet),
        ``.acled.csv`` (ACLED's columns); ``"-"`` writes to standard output
        (``format`` is then required).
    what
        One of :data:`WHATS`.
    format
        One of :data:`FORMATS` (``geojson``, ``gpkg``, ``csv``, ``parquet``,
        ``acled``); wins over the suffix.
    raw_cells
        CSV and ACLED: write cells a spreadsheet would run as formulas as they
        are, instead of with a leading apostrophe (see :func:`write_csv`).

    Returns
    -------
    pathlib.Path
        The path written.

    Raises
    ------
    ExportError
        Unknown suffix or format (the message lists the supported ones; a file
        is never written in another format than asked), or the writer failed.

    Examples
    --------
    >>> from geoincidents.datasets import seed
    >>> table = seed()
    >>> export(table, "incidents.gpkg")
    PosixPath('incidents.gpkg')
    >>> export(table, "incidents.acled.csv")
    PosixPath('incidents.acled.csv')
    """
    target = Path(path)
    chosen = format if format is not None else format_of(target)
    if chosen is None:
        where = "standard output" if os.fspath(path) == STDOUT else repr(str(target))
        raise ExportError(
            f"cannot export to {where}: suffix {target.suffix or '(none)'!r} is not supported; "
            f"use one of {', '.join(SUFFIXES)} or name the format (--format {'|'.join(FORMATS)})"
        )
    writer = FORMATS.get(chosen)
    if writer is None:
        raise ExportError(f"format={chosen!r} is not a known export format; use one of {', '.join(FORMATS)}")
    check_what(what)
    options = {"raw_cells": raw_cells} if writer in (write_csv, _acled) else {}
    if os.fspath(path) == STDOUT:
        _to_stdout(writer, table, what, chosen, options)
        return target
    writer(table, target, what=what, **options)
    return target


def _to_stdout(writer: Callable[..., None], table: Any, what: str, chosen: str, options: dict[str, Any]) -> None:
    import shutil
    import sys
    import tempfile

    # GDAL and pyarrow write to a file; the bytes are copied to stdout once complete.
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder) / f"out.{'csv' if chosen == 'acled' else chosen}"
        writer(table, tmp, what=what, **options)
        sys.stdout.flush()
        with tmp.open("rb") as fh:
            shutil.copyfileobj(fh, sys.stdout.buffer)
        sys.stdout.buffer.flush()
