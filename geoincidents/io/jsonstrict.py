"""Reading JSON input without changing it: numbers as their text, no duplicate keys, no NaN.

:func:`json.loads` makes ``5`` an int that a text column shows as ``'5.0'``
once pandas has mixed it with blanks, rounds a 20-digit number to a float,
keeps the last of two equal keys, accepts ``NaN`` and ``Infinity`` (not JSON)
and raises RecursionError on deep nesting. :func:`read_json_text` keeps every
number as the text it was written with (:class:`JSONNumber`, a ``str``; the
cell parsers read it as they read a CSV cell), and refuses a repeated key, a
non-finite number and nesting too deep for the parser to follow (about a
thousand levels; it would raise RecursionError) with the file,
the row (the position in the list that holds it), the key and the value.

Examples
--------
>>> read_json_text('[{"actor": 5, "fatalities": 12345678901234567890}]', "x.json")
[{'actor': '5', 'fatalities': '12345678901234567890'}]
>>> read_json_text('[{"a": 1}, {"a": 1, "a": 2}]', "x.json")
Traceback (most recent call last):
...
geoincidents.errors.ValidationError: 1 problem(s) in the input:
  x.json, row 2, column 'a': value ['1', '2']: each key once in an object; 'a' is given 2 times (at [1]['a'])
"""
from __future__ import annotations

import json
import re
from typing import Any, Iterator

import numpy as np

from geoincidents.errors import Problem, SchemaError, ValidationError

__all__ = ["JSONNumber", "read_json_text", "strict_loads"]

class JSONNumber(str):
    """A JSON number kept as the text it was written with (``5`` stays ``'5'``, ``1e400`` stays ``'1e400'``)."""

    __slots__ = ()


class _Refused:
    """A value that cannot be read as given; replaced in the document, then reported with its location."""

    __slots__ = ("value", "expected")

    def __init__(self, value: Any, expected: str) -> None:
        self.value, self.expected = value, expected


_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _depth(text: str) -> int:
    """Deepest nesting of ``[``/``{`` outside strings (C-speed: regexes, then a cumulative sum)."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text)).encode("ascii")
    if not brackets:
        return 0
    steps = np.frombuffer(brackets, dtype=np.uint8)
    return int(np.cumsum(np.where((steps == ord("[")) | (steps == ord("{")), 1, -1)).max())


def read_json_text(text: str, path: str | None) -> Any:
    """Parse ``text`` as strict JSON, numbers as :class:`JSONNumber`.

    Raises
    ------
    SchemaError
        Not JSON (line and column), or nested too deep for the parser (the depth is named).
    ValidationError
        Every repeated key and non-finite number (``NaN``, ``Infinity``), each
        with the row (1-based position in the list that holds the object),
        key and value.
    """
    refused = False

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal refused
        out: dict[str, Any] = {}
        seen: dict[str, list[Any]] = {}
        for key, value in items:
            if key in out:
                seen.setdefault(key, [out[key]]).append(value)
            out[key] = value
        for key, values in seen.items():
            refused = True
            out[key] = _Refused(values, f"each key once in an object; {key!r} is given {len(values)} times")
        return out

    def constant(name: str) -> Any:
        nonlocal refused
        refused = True
        return _Refused(name, f"a finite JSON number or null; {name} is not JSON (write null for unknown)")

    try:
        document = json.loads(text, object_pairs_hook=pairs, parse_constant=constant,
                              parse_int=JSONNumber, parse_float=JSONNumber)
    except json.JSONDecodeError as err:
        raise SchemaError(Problem(path, None, None, f"line {err.lineno} column {err.colno}",
                                  f"valid JSON ({err.msg})")) from err
    except RecursionError:
        document = None
    if document is None:  # only then is the depth worth a second pass over the text
        raise SchemaError(Problem(path, None, None, f"nested {_depth(text):,} levels deep",
                                  "JSON nested a few levels deep (a geoincidents GeoJSON needs 7); this is more "
                                  "than the JSON reader can follow: "
                                  "is this the file you meant?"))
    if _SURROGATE_ESCAPE.search(text):  # a \ud800 escape that is not half of a pair is not text
        lone = [Problem(path, _row(where), _key(where), value,
                        f"text; it holds a lone UTF-16 surrogate escape (\\ud800-\\udfff), which is no character "
                        f"(at {_pointer(where)})", "feature" if where[:1] == ("features",) else "row")
                for where, value in _strings(document, ()) if _SURROGATE.search(value)]
        if lone:
            raise ValidationError(lone)
    if refused:
        raise ValidationError([
            Problem(path, _row(where), _key(where), bad.value, f"{bad.expected} (at {_pointer(where)})",
                    "feature" if where[:1] == ("features",) else "row")
            for where, bad in _walk(document, ())
        ])
    return document


def _no_duplicates(items: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in items]
    if len(set(keys)) != len(keys):
        raise ValueError(f"key {next(k for k in keys if keys.count(k) > 1)!r} is given twice")
    return dict(items)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def strict_loads(text: str) -> Any:
    """:func:`json.loads` that raises ValueError on a repeated key or NaN/Infinity (for one JSON cell).

    Examples
    --------
    >>> strict_loads('[{"status": "denied"}]')
    [{'status': 'denied'}]
    >>> strict_loads('{"a": NaN}')
    Traceback (most recent call last):
    ...
    ValueError: NaN is not JSON
    """
    return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)


def _walk(node: Any, where: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], _Refused]]:
    if isinstance(node, _Refused):
        yield where, node
        if isinstance(node.value, list):
            for k, v in enumerate(node.value):
                yield from _walk(v, (*where, k))
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, (*where, key))
    elif isinstance(node, list):
        for k, value in enumerate(node):
            yield from _walk(value, (*where, k))


def _strings(node: Any, where: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], str]]:
    if isinstance(node, str):
        yield where, node
    elif isinstance(node, dict):
        for key, value in node.items():
            if _SURROGATE.search(key):
                yield (*where, key), key
            yield from _strings(value, (*where, key))
    elif isinstance(node, list):
        for k, value in enumerate(node):
            yield from _strings(value, (*where, k))


def _row(where: tuple[Any, ...]) -> int | None:
    # The outermost list position: the row of incidents, sources or claims, or the feature, that holds the value.
    ints = [k for k in where if isinstance(k, int)]
    return ints[0] + 1 if ints else None


def _key(where: tuple[Any, ...]) -> str | None:
    keys = [k for k in where if isinstance(k, str)]
    return keys[-1] if keys else None


def _pointer(where: tuple[Any, ...]) -> str:
    return "".join(f"[{k}]" if isinstance(k, int) else f"[{k!r}]" for k in where) or "the top level"
