"""The text files people really have: encoding and delimiter of a CSV, decided once.

Spreadsheets saved on Arabic-locale Windows are Windows-1256, Excel's
"Unicode text" is UTF-16 with tabs, European Excel writes ``;`` because the
comma is the decimal mark, and many tools add a UTF-8 byte-order mark.
:func:`read_text` decodes a file and :func:`sniff_delimiter` picks its
delimiter; :func:`read_delimited` does both and returns the cells as text.
Both can be overridden (``--encoding``, ``--delimiter`` on the command line).

Decisions, in order:

- encoding: a byte-order mark (UTF-8, UTF-16 LE/BE) decides; else NUL bytes in
  every other position mean UTF-16 without a mark; else strict UTF-8; else
  Windows-1256 when most non-ASCII characters it gives are Arabic letters;
  else the file is refused with the bytes that failed and the ``--encoding``
  fix.
- delimiter: ``.tsv`` means tab; else the one of ``,`` ``;`` tab ``|`` that
  splits the first lines into the same number (> 1) of fields most often,
  preferring the comma on a tie.

Examples
--------
>>> sniff_delimiter("a;b;c\\n1;2,5;3\\n")
';'
>>> sniff_delimiter("a,b\\n1,2\\n")
','
"""
from __future__ import annotations

import codecs
import csv
import io
import os
import sys
from collections import Counter
from pathlib import Path
from typing import BinaryIO

import pandas as pd

from geoincidents.errors import Problem, SchemaError, ValidationError
from geoincidents.io.csvcells import strip_frame
from geoincidents.io.csvshape import shape_problems

__all__ = ["read_text", "sniff_delimiter", "read_delimited", "DELIMITERS", "STDIN"]

#: Delimiters tried, in order of preference on a tie.
DELIMITERS = (",", ";", "\t", "|")
#: The path that means standard input (and standard output for writers).
STDIN = "-"

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_SAMPLE_LINES = 20


def _raw_bytes(source: str | os.PathLike[str] | BinaryIO) -> tuple[bytes, str]:
    if hasattr(source, "read"):
        return source.read(), getattr(source, "name", "<stdin>")  # type: ignore[union-attr]
    if os.fspath(source) == STDIN:
        return sys.stdin.buffer.read(), "<stdin>"
    path = Path(source)
    return path.read_bytes(), str(path)


def _guess_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    head = data[:4096]
    if len(head) >= 4:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if odd > len(head) // 4 and even == 0:
            return "utf-16-le"
        if even > len(head) // 4 and odd == 0:
            return "utf-16-be"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1256", errors="replace")
    high = [ch for ch in text if ord(ch) > 127]
    arabic = sum("\u0600" <= ch <= "\u06ff" for ch in high)
    if high and arabic / len(high) >= 0.5:
        return "cp1256"
    return None


def read_text(source: str | os.PathLike[str] | BinaryIO, *, encoding: str | None = None) -> tuple[str, str]:
    """The decoded text of a file (``"-"`` reads standard input) and the encoding used.

    Parameters
    ----------
    source
        A path, ``"-"`` for standard input, or a binary file object.
    encoding
        A Python codec name (``utf-8``, ``cp1256``, ``utf-16``, ``latin-1`` …)
        instead of detection.

    Raises
    ------
    SchemaError
        The bytes are not valid in the encoding given or detected (the message
        shows them and names ``--encoding``), or ``encoding`` is unknown.
    """
    data, name = _raw_bytes(source)
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise SchemaError(Problem(name, None, None, encoding,
                                      "a known encoding for --encoding, such as utf-8, cp1256, utf-16 or latin-1")) from None
    chosen = encoding or _guess_encoding(data)
    if chosen is None:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as err:
            bad = data[max(0, err.start - 20) : err.end + 20]
            raise SchemaError(Problem(
                name, None, None, bad,
                "UTF-8 (with or without BOM), UTF-16 or Windows-1256 text; this file is in another encoding: "
                "name it with --encoding (Python: encoding=), e.g. --encoding cp1252",
            )) from err
    try:
        text = data.decode(chosen)  # type: ignore[arg-type]
    except UnicodeDecodeError as err:
        bad = data[max(0, err.start - 20) : err.end + 20]
        raise SchemaError(Problem(name, None, None, bad,
                                  f"text in the encoding {chosen}; name the file's real encoding with --encoding")) from err
    if text.startswith("\ufeff"):
        text = text[1:]
    return text, str(chosen)


def sniff_delimiter(text: str, *, suffix: str = "") -> str:
    """The delimiter of CSV ``text``: tab for ``.tsv``, else the most consistent of :data:`DELIMITERS`."""
    if suffix.lower() in (".tsv", ".tab"):
        return "\t"
    sample = text[:65536]  # csv.reader, not str.splitlines: a form feed inside a field is not a line end
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        try:
            reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
            counts = [len(row) for _, row in zip(range(_SAMPLE_LINES), reader) if row]
        except csv.Error:
            continue
        if not counts:
            continue
        fields, agree = Counter(counts).most_common(1)[0]
        if fields < 2:
            continue
        score = (agree, fields)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_delimited(
    source: str | os.PathLike[str] | BinaryIO,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    header_marker: str | None = None,
) -> pd.DataFrame:
    """Read a delimited text file as a DataFrame of ``str`` cells (blank cells as ``""``).

    ``encoding`` and ``delimiter`` override detection. With ``header_marker``,
    lines before the first of the first ten lines that contains it are
    skipped (a title line such as "(Sample) ..." that some exports carry).
    """
    text, _ = read_text(source, encoding=encoding)
    if header_marker:
        lines = text.split("\n")
        first = next((i for i, line in enumerate(lines[:10]) if header_marker in line), 0)
        lines = [line + "\n" for line in lines[:-1]] + lines[-1:]
        text = "".join(lines[first:])
    suffix = Path(os.fspath(source)).suffix if isinstance(source, (str, os.PathLike)) else ""
    sep = delimiter if delimiter is not None else sniff_delimiter(text, suffix=suffix)
    if sep in ("\\t", "tab", "TAB"):
        sep = "\t"
    if len(sep) == 1:
        name = getattr(source, "name", "<stdin>") if hasattr(source, "read") else (
            "<stdin>" if os.fspath(source) == STDIN else str(Path(source)))
        problems = shape_problems(io.StringIO(text, newline=""), path=name, delimiter=sep)
        if problems:
            raise ValidationError(problems)
    # index_col=False: never take the first column as the index, whatever the rows hold.
    frame = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False, index_col=False,
                        engine="python" if len(sep) > 1 else "c")
    # The apostrophe our CSV writer puts before a formula-like cell is not part of the data.
    return strip_frame(frame)
