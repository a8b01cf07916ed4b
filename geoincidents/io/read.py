"""Reading incident inputs as cells: CSV, JSON, our GeoJSON, DataFrames, and the side tables.

Every input becomes a table of cells (text columns of str or NA; numeric and
datetime DataFrame columns kept as they are) that :mod:`geoincidents.cells`
parses. A file that cannot be read at all raises
:class:`~geoincidents.errors.SchemaError` naming it and saying what was expected.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from geoincidents.cells import cell_text
from geoincidents.errors import Problem, SchemaError, ValidationError
from geoincidents.io.dialect import STDIN, read_delimited
from geoincidents.io.formats import READERS
from geoincidents.io.jsonstrict import read_json_text, strict_loads
from geoincidents.schema import CLAIM_COLUMNS

__all__ = ["read_table_text", "read_source", "read_side_table", "claims_column"]

log = logging.getLogger(__name__)



def read_table_text(
    source: str | os.PathLike[str] | pd.DataFrame, *, encoding: str | None = None, delimiter: str | None = None,
) -> pd.DataFrame:
    """Read a CSV path or DataFrame as cells: text columns hold str or NA (blank and whitespace-only cells).

    Numeric, boolean and datetime columns of a DataFrame are kept as they are
    (NaN/NaT for blank); the schema parses them without a detour through text.

    Examples
    --------
    >>> cells = read_table_text(pd.DataFrame({"a": [1.5, None], "b": ["x", "  "]}))
    >>> cells["a"].tolist(), cells["b"].isna().tolist()
    ([1.5, nan], [False, True])
    """
    if isinstance(source, pd.DataFrame):
        _refuse_duplicate_columns(source)
        frame = source.drop(columns=["geometry"], errors="ignore") if "geometry" in source else source
        return pd.DataFrame({str(c): _as_text(frame.iloc[:, k]) for k, c in enumerate(frame.columns)},
                            index=pd.RangeIndex(len(frame)))
    path = Path(source)
    try:
        # Encoding (UTF-8 with or without BOM, UTF-16, Windows-1256) and delimiter are detected there,
        # and a row with more or fewer fields than the header is refused there.
        frame = read_delimited(source, encoding=encoding, delimiter=delimiter)
    except pd.errors.EmptyDataError:
        _raise_file(path, "", "a CSV file with a header row (incident_id,date,event_type,...); the file is empty")
    except pd.errors.ParserError as err:
        _raise_file(path, str(err), "a well-formed CSV file (check quotes: a field with commas or newlines needs \"...\")")
    return read_table_text(frame)


def _refuse_duplicate_columns(frame: pd.DataFrame) -> None:
    names = pd.Index([str(c) for c in frame.columns])
    if names.has_duplicates:
        problems = []
        for name in dict.fromkeys(names[names.duplicated()]):
            where = [k + 1 for k, n in enumerate(names) if n == name]
            problems.append(Problem("DataFrame", None, name, name,
                                    f"each column once; {name!r} is column {' and '.join(map(str, where))}: "
                                    "rename or drop all but one"))
        raise ValidationError(problems)


def _raise_file(path: Path, value: Any, expected: str) -> None:
    raise SchemaError(Problem(str(path), None, None, value, expected))


_TEXT = pd.StringDtype(na_value=np.nan)


def _as_text(column: pd.Series) -> pd.Series:
    column = column.reset_index(drop=True)
    dtype = column.dtype
    if (pd.api.types.is_numeric_dtype(dtype) or pd.api.types.is_datetime64_any_dtype(dtype)) and not pd.api.types.is_bool_dtype(dtype):
        return column
    if not (isinstance(dtype, pd.StringDtype) or pd.api.types.infer_dtype(column, skipna=True) in ("string", "empty")):
        # Mixed cells (JSON numbers, lists of source ids, ...): one at a time, only here.
        column = pd.Series([cell_text(v) for v in column], dtype=object)
    text = column.astype(_TEXT)
    return text.where(text.str.strip() != "")


def incidents_file(source: Any) -> Any:
    """The incidents file *source* names: a directory stands for the ``incidents.csv`` in it (what
    ``geoincidents extract -o DIR`` writes, with ``sources.csv`` and ``claims.csv`` beside it)."""
    if isinstance(source, (str, os.PathLike)) and os.fspath(source) != STDIN and Path(source).is_dir():
        table = Path(source) / "incidents.csv"
        if not table.is_file():
            _raise_file(Path(source), "a directory without incidents.csv",
                        "an incidents file, or a directory holding incidents.csv (as `geoincidents extract -o DIR` "
                        "writes it)")
        return table
    return source


def read_source(source: Any, *, encoding: str | None = None, delimiter: str | None = None) -> tuple[pd.DataFrame, str | None, dict[str, Any]]:
    """Raw incident text cells, the path for messages, and tables embedded in the file."""
    if isinstance(source, pd.DataFrame):
        return read_table_text(source), None, {}
    source = incidents_file(source)
    path = Path(source)
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv") or os.fspath(source) == STDIN:
        return read_table_text(source, encoding=encoding, delimiter=delimiter), str(path), {}
    if suffix in READERS:  # Excel, and our own GeoPackage and GeoParquet
        frame, embedded = READERS[suffix](path)
        return read_table_text(frame), str(path), embedded
    if suffix not in (".json", ".geojson"):
        _raise_file(path, path.suffix or "a name without a suffix",
                    "a .csv, .tsv, .json, .geojson, .xlsx, .gpkg or .parquet file, a directory holding incidents.csv, "
                    "or a pandas DataFrame")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        _raise_file(path, err.object[max(0, err.start - 20) : err.end + 20], "a UTF-8 encoded JSON file")
    document = read_json_text(text, str(path))
    if isinstance(document, dict) and document.get("type") == "FeatureCollection":
        from geoincidents.io.geojson import read_geojson

        incidents, claims, sources = read_geojson(path, document=document)
        return read_table_text(incidents), str(path), {"claims": claims, "sources": sources}
    if isinstance(document, dict) and "incidents" in document:
        embedded = {k: _json_rows(document.get(k), path, k) for k in ("sources", "claims") if document.get(k) is not None}
        return _json_rows(document["incidents"], path, "incidents"), str(path), embedded
    if isinstance(document, list):
        return _json_rows(document, path, "incidents"), str(path), {}
    _raise_file(path, type(document).__name__,
                'a JSON list of incident objects, {"incidents": [...], "sources": [...], "claims": [...]}, '
                "or a GeoJSON FeatureCollection written by geoincidents")
    raise AssertionError("unreachable")  # pragma: no cover


def _json_rows(rows: Any, path: Path, key: str) -> pd.DataFrame:
    if not isinstance(rows, list):
        _raise_file(path, type(rows).__name__, f"{key!r} to be a JSON list of objects")
    bad = [i for i, r in enumerate(rows) if not isinstance(r, dict)]
    if bad:
        i = bad[0]
        _raise_file(path, rows[i], f"every entry of {key!r} to be a JSON object; entry {i + 1} is not")
    return read_table_text(pd.DataFrame.from_records(rows) if rows else pd.DataFrame())


def claims_column(raw: pd.DataFrame, path: str | None) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Claims carried in a ``claims`` column (a JSON array per incident, as our CSV export writes them)."""
    if "claims" not in raw:
        return None, []
    cells = raw.pop("claims")
    rows: list[dict[str, Any]] = []
    problems = []
    for pos in np.flatnonzero(cells.notna().to_numpy()):
        try:
            items = strict_loads(cell_text(cells.iat[pos]) or "")
            if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
                raise ValueError("not a list of objects")
        except ValueError as err:
            problems.append(Problem(path, int(pos) + 1, "claims", cells.iat[pos],
                                    'a JSON array of claims: [{"source_id": ..., "status": ..., "assertion": ...}] '
                                    f"({err})"))
            continue
        incident = raw["incident_id"].iat[pos] if "incident_id" in raw else None
        rows += [{**item, "incident_id": incident} for item in items]
    return pd.DataFrame(rows, columns=list(CLAIM_COLUMNS)) if rows else None, problems


def read_side_table(arg: Any, embedded: Any, path: str | None, name: str, source: Any) -> tuple[pd.DataFrame | None, str | None]:
    """The sources or claims table: ``arg`` (path, DataFrame, or False for none), else the one
    embedded in the input, else ``name`` beside a CSV input; with the path for messages."""
    if arg is False:
        return None, None
    if arg is None or arg is True:
        if embedded is not None:
            return read_table_text(embedded), path
        beside = Path(path).with_name(name) if path and str(path).lower().endswith(".csv") else None
        if beside is not None and beside.is_file():
            log.info("using %s found beside %s", beside, path)
            return read_table_text(beside), str(beside)
        if arg is True:
            raise FileNotFoundError(f"sources/claims requested but {name!r} was not found beside {path!r}")
        return None, None
    if isinstance(arg, pd.DataFrame):
        return read_table_text(arg), None
    if not Path(arg).is_file():
        raise FileNotFoundError(f"{name.split('.')[0]} file {str(arg)!r} does not exist; pass an existing CSV path, a DataFrame, or False")
    return read_table_text(arg), str(arg)
