"""The shape of a delimited file: its header names and the number of fields in every row.

pandas forgives what a person should be told about: a row cut short (an
interrupted download) is padded with blank fields, a trailing delimiter on
every data row makes the first column the index and shifts every value one
column left, a blank header name becomes ``Unnamed: 3`` and a repeated one
``actor.1``. :func:`shape_problems` reads the same text with :mod:`csv` (same
quoting rules, records that span lines included) and says what is wrong,
naming the row, the line and the fields; the reader refuses such a file.

Examples
--------
>>> import io
>>> [str(p) for p in shape_problems(io.StringIO("a,b,c\\n1,2,3\\n4,5\\n"), path="x.csv")]
["x.csv, row 2, column 'c': value '4,5': 3 fields like the header (a, b, c); line 3 has 2 and ends after column 'b' (was the file cut off?)"]
"""
from __future__ import annotations

import csv
from collections import Counter
from typing import Iterable

from geoincidents.errors import Problem

__all__ = ["shape_problems"]

#: Rows named one by one before the rest are counted in one problem.
MAX_ROWS_NAMED = 20

# pandas reads a field of any length; so must this check (a long note is data, not an error).
csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))


def _shown(fields: list[str], delimiter: str) -> str:
    text = delimiter.join(fields)
    return text if len(text) <= 120 else text[:117] + "..."


def _header_problems(header: list[str], path: str | None) -> list[Problem]:
    problems = []
    seen: dict[str, int] = {}
    for n, name in enumerate(header, start=1):
        key = name.strip()
        if not key:
            problems.append(Problem(path, None, None, name,
                                    f"a name for header field {n} of {len(header)}; it is blank "
                                    "(a trailing delimiter on the header line?)"))
        elif key in seen:
            problems.append(Problem(path, None, key, name,
                                    f"each column once; {key!r} is header field {seen[key]} and again field {n}"))
        else:
            seen[key] = n
    return problems


def shape_problems(lines: Iterable[str], *, path: str | None, delimiter: str = ",") -> list[Problem]:
    """Problems with the header names and the field count of every row; [] for a well-shaped file.

    ``lines`` is the decoded text (an open file or :class:`io.StringIO`,
    opened with ``newline=""``). Blank lines are skipped, as pandas skips
    them, so row numbers match the loader's (row 1 is the first data row).
    """
    reader = csv.reader(lines, delimiter=delimiter)
    header = next(reader, None)
    if header is None:
        return []
    problems = _header_problems(header, path)
    width = len(header)
    counts = Counter(map(len, reader))
    counts.pop(0, None)  # blank lines
    if set(counts) <= {width}:
        return problems
    return problems + _row_problems(lines, header, path, delimiter, counts)


def _row_problems(lines: Iterable[str], header: list[str], path: str | None, delimiter: str,
                  counts: Counter[int]) -> list[Problem]:
    # Second pass, only for a file that has such rows: name them.
    seek = getattr(lines, "seek", None)
    if seek is None:  # pragma: no cover - every caller passes a seekable text
        return [Problem(path, None, None, dict(counts), f"{len(header)} fields in every row, like the header")]
    seek(0)
    reader = csv.reader(lines, delimiter=delimiter)
    next(reader)
    width = len(header)
    rows = sum(counts.values())
    if len(counts) == 1 and rows > 1:
        (got,) = counts
        extra = "a trailing delimiter on every data row?" if got == width + 1 else "a different delimiter or a missing column name?"
        return [Problem(path, None, None, f"{got} fields",
                        f"{width} fields in every row, like the header; every one of the {rows} data rows has {got} "
                        f"({extra}); nothing was read, so no value lands in the wrong column")]
    problems: list[Problem] = []
    row = 0
    bad = 0
    for fields in reader:
        if not fields:
            continue
        row += 1
        if len(fields) == width:
            continue
        bad += 1
        if bad > MAX_ROWS_NAMED:
            continue
        line = reader.line_num
        if len(fields) < width:
            last = f"ends after column {header[len(fields) - 1]!r}" if fields else "is empty"
            problems.append(Problem(path, row, header[len(fields)], _shown(fields, delimiter),
                                    f"{width} fields like the header ({', '.join(header[:3])}{', ...' if width > 3 else ''}); "
                                    f"line {line} has {len(fields)} and {last} (was the file cut off?)"))
        else:
            problems.append(Problem(path, row, None, _shown(fields[width:], delimiter),
                                    f"{width} fields like the header; line {line} has {len(fields)}: the extra "
                                    f"field(s) come after the last column {header[-1]!r} (a trailing delimiter, "
                                    "or an unquoted delimiter inside a field?)"))
    if bad > MAX_ROWS_NAMED:
        problems.append(Problem(path, None, None, f"{bad - MAX_ROWS_NAMED} more rows",
                                f"{width} fields in every row, like the header"))
    return problems
