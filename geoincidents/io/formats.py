"""Reading the binary files people have: Excel workbooks, and our own GeoPackage and GeoParquet.

Each reader returns a plain DataFrame of the file's columns (geometry
dropped); :mod:`geoincidents.io.read` turns it into cells like any other
input. Excel needs the optional ``openpyxl`` (``pip install
geoincidents[xlsx]``); GeoParquet needs ``pyarrow``.

A GeoPackage written by :func:`~geoincidents.io.gpkgfile.write_gpkg` holds an
incident in each layer it has a geometry for; reading it back takes every
incident once, in the order first seen (launches, targets, trajectories, and
the attribute table ``unplaced`` of incidents with no point or line), so every
incident comes back. The sources table comes back too: from the GeoPackage's
attribute table ``sources``, and from the GeoParquet file's metadata key
``geoincidents:sources``.
"""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from geoincidents.errors import Problem, SchemaError
from geoincidents.io.parquet import PARQUET_SOURCES_KEY
from geoincidents.io.jsonstrict import strict_loads

__all__ = ["read_xlsx", "read_gpkg", "read_gpkg_tables", "read_parquet", "read_parquet_tables", "READERS"]


def _refuse(path: Path, value: object, expected: str) -> SchemaError:
    return SchemaError(Problem(str(path), None, None, value, expected))


def read_xlsx(path: str | os.PathLike[str]) -> pd.DataFrame:
    """The first sheet of an Excel workbook, cells as Excel holds them (dates as datetimes)."""
    try:
        import openpyxl  # noqa: F401
    except ImportError as err:
        raise ImportError(f"reading {os.fspath(path)!r} needs openpyxl: pip install 'geoincidents[xlsx]' "
                          "(or pip install openpyxl), or save the sheet as CSV") from err
    import zipfile

    try:
        frame = pd.read_excel(path, sheet_name=0, dtype=object, engine="openpyxl")
    except (ValueError, KeyError, OSError, zipfile.BadZipFile) as err:
        if isinstance(err, FileNotFoundError):
            raise
        raise _refuse(Path(path), str(err), "an Excel .xlsx workbook whose first sheet has a header row") from err
    frame.columns = [str(c).strip() for c in frame.columns]
    return frame


def read_gpkg(path: str | os.PathLike[str]) -> pd.DataFrame:
    """Every incident of a GeoPackage we wrote (launches, targets, trajectories and unplaced), once each."""
    return read_gpkg_tables(path)[0]


def read_gpkg_tables(path: str | os.PathLike[str]) -> tuple[pd.DataFrame, dict[str, pd.DataFrame]]:
    """:func:`read_gpkg`, and the ``sources`` attribute table when the file has one."""
    import pyogrio

    where = Path(path)
    if not where.is_file():
        raise FileNotFoundError(f"incidents file {str(where)!r} does not exist")
    try:
        layers = [name for name, _ in pyogrio.list_layers(where)]
    except pyogrio.errors.DataSourceError as err:
        raise _refuse(where, str(err), "a GeoPackage written by geoincidents") from err
    frames = []
    for layer in (n for n in ("launches", "targets", "trajectories", "unplaced") if n in layers):
        frame = pyogrio.read_dataframe(where, layer=layer, read_geometry=False)
        frames.append(pd.DataFrame(frame))
    if not frames:
        raise _refuse(where, ", ".join(layers) or "(no layers)",
                      "a GeoPackage written by geoincidents, with launches, targets or trajectories layers")
    every = pd.concat(frames, ignore_index=True)
    if "incident_id" not in every:
        raise _refuse(where, ", ".join(every.columns), "layers with an incident_id column, as geoincidents writes")
    embedded = {}
    if "sources" in layers:
        embedded["sources"] = pd.DataFrame(pyogrio.read_dataframe(where, layer="sources", read_geometry=False))
    return every.drop_duplicates("incident_id", keep="first").reset_index(drop=True), embedded


def read_parquet(path: str | os.PathLike[str]) -> pd.DataFrame:
    """The rows of a (Geo)Parquet file we wrote, without geometry and the bbox covering column."""
    return read_parquet_tables(path)[0]


def read_parquet_tables(path: str | os.PathLike[str]) -> tuple[pd.DataFrame, dict[str, pd.DataFrame]]:
    """:func:`read_parquet`, and the sources table kept in the file's metadata when it has one."""
    try:
        import pyarrow.parquet as pq
    except ImportError as err:
        raise ImportError("reading GeoParquet needs pyarrow: pip install 'geoincidents[parquet]'") from err
    where = Path(path)
    if not where.is_file():
        raise FileNotFoundError(f"incidents file {str(where)!r} does not exist")
    try:
        arrow = pq.read_table(where)
        frame = arrow.to_pandas()
    except Exception as err:  # pyarrow raises its own ArrowInvalid / OSError kinds
        raise _refuse(where, str(err), "a GeoParquet file written by geoincidents") from err
    embedded = {}
    stored = (arrow.schema.metadata or {}).get(PARQUET_SOURCES_KEY)
    if stored is not None:
        try:
            rows = strict_loads(stored.decode("utf-8"))
            if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
                raise ValueError("not a list of objects")
        except ValueError as err:  # UnicodeDecodeError is a ValueError
            raise _refuse(where, stored[:80], f"metadata {PARQUET_SOURCES_KEY.decode()!r} holding a JSON array of "
                          f"source objects ({err})") from err
        embedded["sources"] = pd.DataFrame.from_records(rows)
    return frame.drop(columns=[c for c in ("geometry", "bbox") if c in frame.columns]), embedded


def _xlsx_tables(path: str | os.PathLike[str]) -> tuple[pd.DataFrame, dict[str, pd.DataFrame]]:
    return read_xlsx(path), {}


#: Suffix → reader of the binary formats: (incident rows, side tables embedded in the file).
READERS = {".xlsx": _xlsx_tables, ".gpkg": read_gpkg_tables, ".parquet": read_parquet_tables,
           ".geoparquet": read_parquet_tables}
