"""The one CSV writer, and the one rule for cells a spreadsheet would run as formulas.

Every CSV geoincidents writes (``export -o x.csv``, ``query --format csv``,
the ACLED export) goes through :func:`write_csv_frame`: UTF-8 without a
byte-order mark, RFC 4180 (comma, CRLF line ends; a field holding a comma, a
quote, a line feed or a bare carriage return is quoted, quotes doubled).

**Formula cells.** Excel and LibreOffice run a cell that starts with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return as a formula (OWASP: "CSV
injection"), and a shared incident table is exactly what gets opened there. By
default such a text cell is written with a leading apostrophe (OWASP's
advice), which the spreadsheet shows as text; a cell that is a plain number
(``-33.5``) is not a formula and is left alone. Our own readers remove that
apostrophe again (:func:`strip_neutralised`, called by every CSV reader), so a
table written and read back by geoincidents is unchanged. To be lossless for
every text, a cell that already starts with apostrophes before such a
character gets one more, and the reader removes exactly one.
``raw_cells=True`` (``--raw-cells`` on the command line) writes every cell as
it is.

Examples
--------
>>> neutralise(pd.Series(["=HYPERLINK(1)", "-33.5", "-", "'=x", "al-Qa'im", "@SUM(A1)"])).tolist()
["'=HYPERLINK(1)", '-33.5', "'-", "''=x", "al-Qa'im", "'@SUM(A1)"]
>>> strip_neutralised(pd.Series(["'=HYPERLINK(1)", "-33.5", "'-", "''=x", "'quoted'"])).tolist()
['=HYPERLINK(1)', '-33.5', '-', "'=x", "'quoted'"]
"""
from __future__ import annotations

import csv
import os
import sys
from typing import IO, Callable

import numpy as np
import pandas as pd

from geoincidents.errors import ExportError
from geoincidents.io.atomic import atomic_path

__all__ = ["neutralise", "strip_neutralised", "neutralise_frame", "strip_frame", "write_csv_frame", "STDOUT"]

#: The path that means standard output.
STDOUT = "-"

# Characters that make a spreadsheet read a cell as a formula (OWASP), after any apostrophes we added.
_FORMULA = r"^'*[=+\-@\t\r]"
_NEUTRALISED = r"^'+[=+\-@\t\r]"
_NUMBER = r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$"


def _is_text(values: pd.Series) -> bool:
    return values.dtype == object or pd.api.types.is_string_dtype(values.dtype)


def neutralise(values: pd.Series) -> pd.Series:
    """Prefix an apostrophe to each text cell a spreadsheet would run as a formula."""
    if not _is_text(values) or not len(values):
        return values
    risky = _per_distinct(values, lambda text: text.str.match(_FORMULA, na=False) & ~text.str.match(_NUMBER, na=False))
    if not risky.any():
        return values
    return _replace(values, risky, "'" + values[risky].astype(str))


def strip_neutralised(values: pd.Series) -> pd.Series:
    """Remove the one apostrophe :func:`neutralise` added (our readers call this on every CSV cell)."""
    if not _is_text(values) or not len(values):
        return values
    marked = _per_distinct(values, lambda text: text.str.match(_NEUTRALISED, na=False))
    if not marked.any():
        return values
    return _replace(values, marked, values[marked].str.slice(1))


def _per_distinct(values: pd.Series, test: Callable[[pd.Series], pd.Series]) -> np.ndarray:
    """``test`` run once per distinct cell (tables repeat places, types and actors), as a row mask."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    distinct = pd.Series(np.asarray(uniques, dtype=object))
    text = distinct.where(distinct.map(type) == str)  # numbers in an object column stay as they are
    hit = np.append(test(text).to_numpy(dtype=bool), False)  # code -1 (missing) takes the last slot
    return hit[codes]


def _replace(values: pd.Series, where: np.ndarray, new: pd.Series) -> pd.Series:
    out = values.to_numpy(dtype=object, copy=True)  # missing cells stay exactly what they were
    out[where] = new.to_numpy(dtype=object)
    return pd.Series(out, index=values.index, dtype=values.dtype, name=values.name)


def neutralise_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """:func:`neutralise` on every text column (a copy)."""
    return pd.DataFrame({c: neutralise(frame[c]) for c in frame.columns}, index=frame.index)[list(frame.columns)]


def strip_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """:func:`strip_neutralised` on every text column (a copy)."""
    return pd.DataFrame({c: strip_neutralised(frame[c]) for c in frame.columns}, index=frame.index)[list(frame.columns)]


def _write(data: pd.DataFrame, fh: IO[str]) -> None:
    # CRLF as RFC 4180 says; QUOTE_MINIMAL then quotes every field holding "\r" or "\n" as well.
    data.to_csv(fh, index=False, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)


def write_csv_frame(data: pd.DataFrame, path: str | os.PathLike[str] | IO[str], *, raw_cells: bool = False,
                    kind: str = "CSV") -> None:
    """Write ``data`` as CSV to ``path`` (atomically), ``"-"`` (standard output) or an open text stream.

    Parameters
    ----------
    raw_cells
        Write formula-like cells as they are instead of with a leading apostrophe.
    kind
        What is written, for the error message (``"CSV"``, ``"ACLED CSV"``).

    Raises
    ------
    ExportError
        The file could not be written (an existing file is left untouched).
    """
    if not raw_cells:
        data = neutralise_frame(data)
    if hasattr(path, "write"):
        _write(data, path)  # type: ignore[arg-type]
        return
    if os.fspath(path) == STDOUT:  # type: ignore[arg-type]
        _write(data, sys.stdout)
        return
    try:
        with atomic_path(path) as tmp:  # type: ignore[arg-type]
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                _write(data, fh)
    except (OSError, UnicodeError) as err:
        raise ExportError(f"could not write {kind} to {os.fspath(path)!r}: {err}") from err  # type: ignore[arg-type]

