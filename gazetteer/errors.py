"""Exceptions raised by the gazetteer.

Every class derives from :class:`GazetteerError` and from the builtin it
resembles, so callers can catch either. Each carries the offending data as
attributes as well as in its message.
"""
from __future__ import annotations

from typing import Any, Sequence

__all__ = [
    "GazetteerError",
    "InvalidName",
    "PlaceNotFound",
    "AmbiguousPlace",
    "BoundaryError",
    "GeoNamesFormatError",
    "GeocoderError",
]


class GazetteerError(Exception):
    """Root of every error the gazetteer raises."""


class InvalidName(GazetteerError, ValueError):
    """A name that cannot be looked up at all (empty, too long, control characters...)."""

    def __init__(self, message: str, *, value: Any = None, reason: str = "") -> None:
        super().__init__(message)
        self.value = value
        self.reason = reason


class PlaceNotFound(GazetteerError, LookupError):
    """No place matches the name; ``candidates`` holds the closest ones, best first."""

    def __init__(self, message: str, *, query: str = "", candidates: Sequence[Any] = ()) -> None:
        super().__init__(message)
        self.query = query
        self.candidates = list(candidates)


class AmbiguousPlace(GazetteerError, LookupError):
    """Several places match equally well and no hint settles which one is meant."""

    def __init__(self, message: str, *, query: str = "", candidates: Sequence[Any] = ()) -> None:
        super().__init__(message)
        self.query = query
        self.candidates = list(candidates)


class BoundaryError(GazetteerError, ValueError):
    """A boundary file that cannot be used (missing file, missing columns, bad geometry)."""

    def __init__(self, message: str, *, path: Any = None, missing: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.path = path
        self.missing = list(missing)


class GeoNamesFormatError(GazetteerError, ValueError):
    """A line of a GeoNames dump that does not follow the published format."""

    def __init__(self, message: str, *, path: Any = None, line: int | None = None, value: Any = None) -> None:
        super().__init__(message)
        self.path = path
        self.line = line
        self.value = value


class GeocoderError(GazetteerError, RuntimeError):
    """The opt-in online geocoder failed (network, refusal, bad configuration)."""
