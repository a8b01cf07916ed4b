"""GeoParquet 1.1: :func:`write_parquet` (needs pyarrow)."""
from __future__ import annotations

import json
import logging
import os
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from geoincidents.errors import ExportError
from geoincidents.io.atomic import atomic_path, export_failure
from geoincidents.io.gpkgfile import date_only_columns
from geoincidents.io.selection import attributes, check_what, select, source_rows, table_parts

__all__ = ["write_parquet", "PARQUET_SOURCES_KEY"]

log = logging.getLogger(__name__)

#: The file-metadata key holding the sources table, so that a table read back checks its source ids as it did from CSV.
PARQUET_SOURCES_KEY = b"geoincidents:sources"


def write_parquet(table: Any, path: str | os.PathLike[str], *, what: str = "incidents") -> None:
    """Write GeoParquet 1.1 (geometry as WKB, CRS in the ``geo`` metadata, a ``bbox`` covering column) with every property.

    Dates are Parquet ``date32`` values. The table's sources travel as a JSON
    array in the file's key-value metadata under ``geoincidents:sources``.

    Needs pyarrow: ``pip install pyarrow`` (or ``pip install geoincidents[parquet]``).

    Examples
    --------
    >>> from geoincidents.datasets import seed
    >>> write_parquet(seed(), "incidents.parquet")
    >>> import pandas as pd
    >>> len(pd.read_parquet("incidents.parquet"))
    13
    """
    try:
        import pyarrow  # noqa: F401
    except ImportError as err:
        raise ExportError(
            f"cannot write {os.fspath(path)!r}: GeoParquet needs pyarrow; "
            "install it with `pip install pyarrow` (or `pip install geoincidents[parquet]`)"
        ) from err
    check_what(what)
    frame, claims, sources = table_parts(table)
    positions, geometry = select(frame, what)
    data = attributes(frame, claims, positions)
    for column in date_only_columns(data):  # whole days are dates (Parquet date32), not timestamps
        data[column] = [None if pd.isna(v) else v.date() for v in data[column]]
    gdf = gpd.GeoDataFrame(data, geometry=np.asarray(geometry, dtype=object), crs="EPSG:4326")
    try:
        with atomic_path(path) as tmp:
            # The bbox covering column lets readers (DuckDB, GDAL, QGIS) skip row groups by extent.
            gdf.to_parquet(tmp, index=False, write_covering_bbox=True)
            if sources is not None and len(sources):
                _add_parquet_sources(tmp, sources)
    except (OSError, ValueError) as err:
        raise export_failure("GeoParquet", path, err) from err
    log.info("wrote %d rows to %s", len(gdf), path)


def _add_parquet_sources(path: str | os.PathLike[str], sources: pd.DataFrame) -> None:
    """Put the sources table into the written GeoParquet file's key-value metadata (geo metadata kept)."""
    import pyarrow.parquet as pq

    written = pq.read_table(path)
    rows = source_rows(sources).to_dict(orient="records")
    meta = {**(written.schema.metadata or {}), PARQUET_SOURCES_KEY: json.dumps(rows, ensure_ascii=False).encode()}
    pq.write_table(written.replace_schema_metadata(meta), path)
