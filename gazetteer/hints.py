"""Hints that narrow a lookup: ``country=``, ``kind=``, ``admin1=`` and ``near=``.

A :class:`HintFilter` turns hint values into a boolean mask over a
gazetteer's places, checking each value and saying what was expected when
one cannot be used (:class:`InvalidHint`).
"""
from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from gazetteer.errors import GazetteerError
from gazetteer.places import Place, kinds

__all__ = ["InvalidHint", "HintFilter", "distance_km", "is_missing", "as_tuple", "check_near"]

logger = logging.getLogger(__name__)

_EARTH_RADIUS_KM = 6371.0088
_ADMIN1_CODE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")


class InvalidHint(GazetteerError, ValueError):
    """A hint (country, kind, admin1, near) or batch argument that cannot be used."""


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance in km; enough to tell which of a few places is closer.

    Examples
    --------
    >>> round(distance_km(33.3, 44.4, 36.3, 43.1))  # Baghdad to Mosul
    354
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def is_missing(value: Any) -> bool:
    """True for None, ``pd.NA`` and float NaN (a blank cell)."""
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def as_tuple(value: Any) -> tuple[Any, ...] | None:
    """A hint as a tuple of allowed values; None when no hint is given."""
    if value is None:
        return None
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def check_near(near: Any) -> tuple[float, float] | None:
    """Validate ``near=`` and return it as a ``(lat, lon)`` tuple of floats."""
    if near is None:
        return None
    try:
        lat, lon = (float(v) for v in near)
    except (TypeError, ValueError):
        raise InvalidHint(f"near={near!r} is not a (lat, lon) pair; pass e.g. near=(34.4, 41.0)") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InvalidHint(f"near={near!r} is outside lat -90..90 / lon -180..180; pass (lat, lon)")
    return lat, lon


class HintFilter:
    """Masks over a list of places for the ``country``, ``kind`` and ``admin1`` hints.

    Parameters
    ----------
    places : sequence of Place
    province_codes : callable, optional
        ``name -> list of ISO 3166-2 codes`` the boundaries give a province
        spelling (:meth:`gazetteer.boundaries.Boundaries.province_codes` of the
        caller's boundaries); without it only codes and the gazetteer's own
        governorates are read.
    governorate_codes : callable, optional
        ``name -> list of ISO 3166-2 codes`` of the gazetteer's own
        governorates that carry the name; asked when the boundaries do not
        know a province spelling.
    """

    def __init__(
        self, places: Sequence[Place], *, province_codes: Callable[[str], list[str]] | None = None,
        governorate_codes: Callable[[str], list[str]] | None = None,
    ) -> None:
        self._country = np.array([p.country for p in places], dtype=object)
        self._kind = np.array([p.kind for p in places], dtype=object)
        self._admin1 = np.array([p.admin1 for p in places], dtype=object)
        self._known_codes = frozenset(p.admin1 for p in places if p.admin1)
        self._province_codes = province_codes
        self._governorate_codes = governorate_codes
        self._admin1_cache: dict[str, tuple[str, ...]] = {}

    def admin1_codes(self, value: str) -> tuple[str, ...]:
        """ISO 3166-2 codes for an ``admin1=`` value given as a code or any province spelling."""
        cached = self._admin1_cache.get(value)
        if cached is not None:
            return cached
        upper = value.strip().upper()
        codes: list[str] = [upper] if upper in self._known_codes else []
        if not codes and self._province_codes is not None:
            try:
                codes = list(self._province_codes(value))
            except GazetteerError as err:
                logger.info("boundaries could not read admin1=%r (%s); trying governorates", value, err)
        if not codes and self._governorate_codes is not None:
            # The gazetteer's own governorates know every spelling of their names too.
            codes = self._governorate_codes(value)
        if not codes and _ADMIN1_CODE.match(upper):
            codes = [upper]  # a well-formed code no place uses: an empty answer, not an error
        if not codes:
            raise InvalidHint(
                f"admin1={value!r} is neither an ISO 3166-2 code nor a known province name; "
                "pass a code such as 'IQ-AN' or a name such as 'Anbar'"
            )
        self._admin1_cache[value] = tuple(codes)
        return tuple(codes)

    def mask(self, *, country: Any = None, kind: Any = None, admin1: Any = None) -> np.ndarray | None:
        """Boolean mask of the places the hints allow; None when no hint is given.

        Raises
        ------
        InvalidHint
            A country that is not an ISO alpha-2 code, an unknown kind, an unknown province.
        """
        mask = None
        countries = as_tuple(country)
        if countries is not None:
            bad = [c for c in countries if not (isinstance(c, str) and len(c) == 2 and c.isalpha())]
            if bad:
                raise InvalidHint(f"country={country!r}: {bad[0]!r} is not an ISO 3166-1 alpha-2 code such as 'IQ'")
            mask = np.isin(self._country, [c.upper() for c in countries])
        wanted = as_tuple(kind)
        if wanted is not None:
            unknown = [k for k in wanted if k not in kinds()]
            if unknown:
                raise InvalidHint(f"kind={kind!r}: {unknown[0]!r} is not a kind; expected one of {', '.join(kinds())}")
            kind_mask = np.isin(self._kind, list(wanted))
            mask = kind_mask if mask is None else mask & kind_mask
        provinces = as_tuple(admin1)
        if provinces is not None:
            codes = [code for value in provinces for code in self.admin1_codes(str(value))]
            admin1_mask = np.isin(self._admin1, codes)
            mask = admin1_mask if mask is None else mask & admin1_mask
        return mask
