"""CSV for kepler.gl's arc layer and spreadsheets: :func:`write_csv`."""
from __future__ import annotations

import logging
import os
from typing import IO, Any

import numpy as np
import pandas as pd

from geoincidents.io.selection import attributes, check_what, select, table_parts

__all__ = ["write_csv"]

log = logging.getLogger(__name__)

#: kepler.gl pairs ``<name>_lat``/``<name>_lon`` columns into arc end points; they lead the CSV.
_ARC_COLUMNS = ("launch_lat", "launch_lon", "target_lat", "target_lon")


def _csv_frame(frame: pd.DataFrame, claims: pd.DataFrame | None, positions: np.ndarray) -> pd.DataFrame:
    data = attributes(frame, claims, positions)
    lead = ["incident_id", *[c for c in _ARC_COLUMNS if c in data]]
    data = data[lead + [c for c in data.columns if c not in lead]]
    for column in data.columns:
        values = data[column]
        if pd.api.types.is_bool_dtype(values.dtype):
            # kepler.gl and most tools read lowercase booleans.
            data[column] = values.map({True: "true", False: "false"}, na_action="ignore").astype(object)
        elif pd.api.types.is_datetime64_any_dtype(values.dtype):
            data[column] = values.dt.strftime("%Y-%m-%d").astype(object)
    return data


def write_csv(table: Any, path: str | os.PathLike[str] | IO[str], *, what: str = "incidents",
              raw_cells: bool = False) -> None:
    """Write one CSV row per incident, with kepler.gl arc columns first.

    UTF-8 without a byte-order mark, RFC 4180 (comma, CRLF line ends, fields
    with commas, quotes or line breaks, a bare carriage return included,
    quoted; quotes doubled). The columns are
    ``incident_id, launch_lat, launch_lon, target_lat, target_lon`` (kepler.gl
    pairs them into an arc layer), then every other property; dates as
    ``YYYY-MM-DD``, booleans as ``true``/``false``, ``claims`` as JSON text, an
    unknown value as an empty field. A text cell that a spreadsheet would run
    as a formula (``=``, ``+``, ``-``, ``@``, tab, carriage return first) gets a
    leading apostrophe, which our readers remove again
    (:mod:`geoincidents.io.csvcells`).

    Parameters
    ----------
    path
        The file (replaced atomically), ``"-"`` for standard output, or an open text stream.
    what
        ``"launches"``/``"targets"``/``"trajectories"`` keep only the incidents
        with that geometry; ``"incidents"`` (default) keeps all.
    raw_cells
        Write formula-like cells as they are (``--raw-cells``), for a tool that
        is not a spreadsheet and must see the exact text.

    Examples
    --------
    >>> from geoincidents.datasets import seed
    >>> write_csv(seed(), "incidents.csv")
    >>> open("incidents.csv", encoding="utf-8").readline().split(",")[:3]
    ['incident_id', 'launch_lat', 'launch_lon']
    """
    from geoincidents.io.csvcells import write_csv_frame

    check_what(what)
    frame, claims, _ = table_parts(table)
    positions, _ = select(frame, what)
    data = _csv_frame(frame, claims, positions)
    write_csv_frame(data, path, raw_cells=raw_cells)
    log.info("wrote %d rows to %s", len(data), getattr(path, "name", path))
