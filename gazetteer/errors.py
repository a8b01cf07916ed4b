"""Exceptions raised by the gazetteer.

Every class derives from :class:`GazetteerError` and from the builtin it
resembles, so callers can catch either. Each carries the offending data as
attributes as well as in its message.
"""
from __future__ import annotations

from typing import Any, Callable, Sequence

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
    """No place matches the name; ``candidates`` holds the closest ones, best first.

    The closest places may be found only when asked for: *closest* is then a function returning them with the
    message. A caller that only tries names and goes on when none is found (the text extractor, the tools) never
    pays for the likeness scan that names them.

    Examples
    --------
    >>> err = PlaceNotFound("", query="Zumar", closest=lambda: (["Zummar"], "no place matches 'Zumar'; closest: Zummar"))
    >>> err.candidates, str(err)
    (['Zummar'], "no place matches 'Zumar'; closest: Zummar")
    """

    def __init__(self, message: str, *, query: str = "", candidates: Sequence[Any] = (),
                 closest: Callable[[], tuple[Sequence[Any], str]] | None = None) -> None:
        super().__init__(message)
        self.query = query
        self._candidates = list(candidates)
        self._closest = closest

    def _settle(self) -> None:
        if self._closest is not None:
            found, message = self._closest()
            self._closest = None
            self._candidates = list(found)
            BaseException.args.__set__(self, (message,))

    @property
    def candidates(self) -> list[Any]:
        self._settle()
        return self._candidates

    def __str__(self) -> str:
        self._settle()
        return super().__str__()

    def __repr__(self) -> str:
        self._settle()
        return super().__repr__()

    @property  # type: ignore[override]
    def args(self) -> tuple[Any, ...]:
        self._settle()
        return BaseException.args.__get__(self)

    @args.setter
    def args(self, value: tuple[Any, ...]) -> None:
        BaseException.args.__set__(self, value)

    def __reduce__(self) -> tuple[Any, ...]:
        self._settle()
        return (_place_not_found, (str(self), self.query, self._candidates))


def _place_not_found(message: str, query: str, candidates: list[Any]) -> PlaceNotFound:
    return PlaceNotFound(message, query=query, candidates=candidates)


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
