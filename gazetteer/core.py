"""The :class:`Gazetteer`: resolve place names to places, one name or a whole column.

A name is checked (:func:`gazetteer.namecheck.check_name`), hints
(``country=``, ``kind=``, ``admin1=``) keep only the places they allow, and
:class:`gazetteer.resolver.Resolver` decides: name hits, the phrase around the
name (qualifiers, containers), phonetic hits, fuzzy matches, then the kind the
words ask for, the score, ``near=`` and prominence. Every result says how it
matched (``method``, ``score``, ``ambiguous``, ``alternatives``,
``qualifiers``); ``explain()`` tells every candidate and why the winner won.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from gazetteer.batch import RESULT_COLUMNS, resolve_column
from gazetteer.cache import CACHE_FROM, load_or_build
from gazetteer.combine import Combining, admin1_names
from gazetteer.errors import AmbiguousPlace, GazetteerError, InvalidName, PlaceNotFound
from gazetteer.hints import HintFilter, InvalidHint, is_missing
from gazetteer.index import NameIndex
from gazetteer.namecheck import check_name
from gazetteer.normalize import normalize
from gazetteer.placefiles import read_places
from gazetteer.places import Match, Place, PlaceDataError, located_in
from gazetteer.resolver import Resolver

__all__ = ["Gazetteer", "InvalidHint", "RESULT_COLUMNS", "DEFAULT_FUZZY_THRESHOLD"]

logger = logging.getLogger(__name__)

DEFAULT_FUZZY_THRESHOLD = 85.0

_default_lock = threading.Lock()
_default: Gazetteer | None = None


class Gazetteer(Combining):
    """An in-memory index of places that resolves names in any common spelling.

    Parameters
    ----------
    places : iterable of Place
        The places; ids must be unique.
    fuzzy_threshold : float, default 85
        Lowest :func:`rapidfuzz.fuzz.token_sort_ratio` (0–100) accepted as a fuzzy match.
    geocoder : gazetteer.geocoder.Geocoder, optional
        Online fallback, used only by ``resolve(..., online=True)``.
    boundaries : gazetteer.boundaries.Boundaries, optional
        The provinces an ``admin1=`` hint may name by any spelling ("al-Anbar");
        :meth:`default` passes the bundled ones. Without them a hint is read as
        an ISO code or a name of the gazetteer's own governorates.

    Examples
    --------
    >>> from gazetteer.places import Place
    >>> g = Gazetteer([Place(id="iq-zummar", name="Zummar", kind="town", lat=36.64, lon=42.45,
    ...                      admin1="IQ-NI", country="IQ", name_ar="زمار")])
    >>> g.resolve("zumar").name, g.resolve("زمار").method
    ('Zummar', 'alias')
    """

    def __init__(
        self, places: Iterable[Place], *, fuzzy_threshold: float = DEFAULT_FUZZY_THRESHOLD,
        geocoder: Any = None, boundaries: Any = None,
    ) -> None:
        if not 0 <= fuzzy_threshold <= 100:
            raise InvalidHint(f"fuzzy_threshold={fuzzy_threshold!r} is outside 0–100; pass e.g. 85")
        # An object array, not a list: the garbage collector never walks it (walking a list of 10^6 places
        # took a tenth of a second, paid inside the first lookups after the gazetteer was built).
        self._places: np.ndarray = np.fromiter(places, dtype=object)
        self._by_id: dict[str, int] = {place.id: index for index, place in enumerate(self._places)}
        if len(self._by_id) < len(self._places):
            seen: dict[str, int] = {}
            for index, place in enumerate(self._places):
                if place.id in seen:
                    raise PlaceDataError(
                        f"duplicate place id {place.id!r} ({self._places[seen[place.id]].name!r} and "
                        f"{place.name!r}); ids must be unique in a gazetteer", column="id", value=place.id,
                    )
                seen[place.id] = index
        self.fuzzy_threshold = float(fuzzy_threshold)
        self.geocoder = geocoder
        if len(self._places) >= CACHE_FROM:
            self._index = load_or_build(self._places)  # built once, then read back from the user's cache
        else:
            self._index = NameIndex(self._places)
        self._boundaries = boundaries
        self._hints = HintFilter(self._places, governorate_codes=self._governorate_codes,
                                 province_codes=boundaries.province_codes if boundaries is not None else None)
        self._resolver = Resolver(self._places, self._index, self._hints, self.fuzzy_threshold, self._by_id)
        self._frame: pd.DataFrame | None = None

    # -- construction -----------------------------------------------------------------
    @classmethod
    def default(cls) -> Gazetteer:
        """Return the gazetteer of the curated places shipped with the package (built once).

        Examples
        --------
        >>> g = Gazetteer.default()
        >>> g.resolve("Ayn al-Asad").kind
        'air_base'
        """
        global _default
        with _default_lock:
            if _default is None:
                from gazetteer.boundaries import Boundaries

                boundaries = Boundaries.default()  # the entry point: resolution below is handed these
                places = read_places(admin1_names=admin1_names(boundaries))
                if not places:
                    raise GazetteerError(
                        "no curated places found under gazetteer/data/places/*.csv; "
                        "reinstall the package (pip install -e .) or build a Gazetteer from your own places"
                    )
                _default = cls(places, boundaries=boundaries)
            return _default

    @classmethod
    def from_geonames(
        cls, path: Any, *, alternate_names: Any = None, feature_codes: Iterable[str] | None = None,
        fuzzy_threshold: float = DEFAULT_FUZZY_THRESHOLD, boundaries: Any = None,
    ) -> Gazetteer:
        """Build a gazetteer from a GeoNames dump; see :func:`gazetteer.geonames.read_geonames`.

        Examples
        --------
        >>> g = Gazetteer.from_geonames("IQ.txt", alternate_names="IQ_alternateNames.txt")  # GeoNames' files for Iraq
        >>> g.resolve("Mossul").name
        'Mosul'
        """
        from gazetteer.geonames import read_geonames

        places = read_geonames(path, alternate_names=alternate_names, feature_codes=feature_codes)
        return cls(places, fuzzy_threshold=fuzzy_threshold, boundaries=boundaries)

    # -- access -----------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._places)

    def __repr__(self) -> str:
        return f"<Gazetteer: {len(self._places)} places, {len(self._index)} keys>"

    @property
    def places(self) -> pd.DataFrame:
        """All places as a DataFrame (one row per place, aliases joined with ``|``)."""
        if self._frame is None:
            rows = [p.to_dict() for p in self._places]
            self._frame = pd.DataFrame(rows, columns=list(Place.__dataclass_fields__))
        return self._frame.copy()

    def get(self, place_id: str) -> Place:
        """Return the place with this id.

        Raises
        ------
        PlaceNotFound
            Naming the three closest ids.

        Examples
        --------
        >>> Gazetteer.default().get("iq-zummar").name
        'Zummar'
        """
        index = self._by_id.get(place_id) if isinstance(place_id, str) else None
        if index is None:
            ids = sorted(self._by_id)
            close = process.extract(str(place_id), ids, scorer=fuzz.ratio, limit=3)
            hint = ", ".join(f"{c} ({s:.0f})" for c, s, _ in close) or "none"
            raise PlaceNotFound(
                f"no place has the id {place_id!r}; closest ids: {hint}", query=str(place_id),
                candidates=[c for c, _, _ in close],
            )
        return self._places[index]

    def _governorate_codes(self, name: str) -> list[str]:
        """Province codes of this gazetteer's governorates called *name* (hint fallback)."""
        return sorted({self._places[i].admin1 for i in self._index.places_with_key(normalize(name))
                       if self._places[i].kind == "governorate" and self._places[i].admin1})

    # -- resolution -------------------------------------------------------------------
    def resolve(
        self, name: str, *, country: Any = None, kind: Any = None, admin1: Any = None,
        near: tuple[float, float] | None = None, fuzzy: bool = True, online: bool = False,
        strict: bool = False,
    ) -> Match:
        """Resolve one place name.

        Parameters
        ----------
        name : str
            The name in any common spelling or in Arabic script.
        country : str or tuple of str, optional
            ISO 3166-1 alpha-2 code(s) the place must be in.
        kind : str or tuple of str, optional
            Allowed kind(s) (``"air_base"``, ``("city", "town")``).
        admin1 : str, optional
            Province as ISO 3166-2 code or any spelling (``"IQ-AN"``, ``"al-Anbar"``, ``"الأنبار"``).
        near : (lat, lon), optional
            Among equally good candidates, take the closest to this point.
        fuzzy : bool, default True
            Allow fuzzy matches when no name matches exactly.
        online : bool, default False
            Ask the gazetteer's geocoder when nothing offline matches.
        strict : bool, default False
            Raise :class:`AmbiguousPlace` when several places match equally
            well, instead of taking the most prominent one.

        Returns
        -------
        Match

        Raises
        ------
        InvalidName
            The name cannot be looked up (see :func:`gazetteer.namecheck.check_name`).
        PlaceNotFound
            Nothing matches; ``.candidates`` holds the three closest places with scores.
        AmbiguousPlace
            Several places match equally well and hints, descriptors and
            prominence do not settle it (or ``strict=True``); ``.candidates`` lists them.
        InvalidHint
            A hint cannot be used.

        Examples
        --------
        >>> g = Gazetteer.default()
        >>> m = g.resolve("Ayn al-Asad")
        >>> m.name, m.method
        ('Ain al-Asad Air Base', 'alias')
        """
        check_name(name)
        hints = {"country": country, "kind": kind, "admin1": admin1, "near": near, "fuzzy": fuzzy}
        match, error = self._resolver.decide(name, hints, strict=strict)
        if match is not None:
            return match
        if online and isinstance(error, PlaceNotFound):
            if self.geocoder is None:
                raise InvalidHint(
                    "online=True needs a geocoder: Gazetteer(places, geocoder=Geocoder(user_agent='you@example.org'))"
                ) from error
            return self.geocoder.geocode(name, country=country)
        assert error is not None
        raise error

    def explain(
        self, name: str, *, country: Any = None, kind: Any = None, admin1: Any = None,
        near: tuple[float, float] | None = None, fuzzy: bool = True, strict: bool = False,
    ) -> list[str]:
        """Tell how :meth:`resolve` decides *name*: every stage, candidate and score, and why the winner won.

        Returns
        -------
        list of str
            Lines for a person to read; never raises for a name that is not found
            or ambiguous (the last line says so).

        Examples
        --------
        >>> lines = Gazetteer.default().explain("Hasaka")
        >>> [line for line in lines if line.startswith("why:")]
        ['why: the most prominent of 2 equally good matches; method alias, score 99']
        """
        check_name(name)
        hints = {"country": country, "kind": kind, "admin1": admin1, "near": near, "fuzzy": fuzzy}
        return self._resolver.explain(name, hints, strict=strict)

    def resolve_many(
        self, names: Iterable[Any], *, country: Any = None, kind: Any = None, admin1: Any = None,
        fuzzy: bool = True, strict: bool = False,
    ) -> pd.DataFrame:
        """Resolve a whole column of names; one result row per input, in order.

        Each distinct (name, hints) combination is resolved once and the
        answers are mapped back, so a million names with few distinct
        spellings resolve in about a second.

        Parameters
        ----------
        names : iterable
            Names; None, NaN and blank entries give ``reason="empty"``.
        country, kind, admin1 : scalar or aligned sequence, optional
            A ``str`` or a ``tuple`` (several allowed values) applies to every
            row; a ``list``, ``numpy.ndarray`` or ``pandas.Series`` of the same
            length as *names* gives one hint per row (None for none).
        fuzzy : bool, default True
        strict : bool, default False
            Leave a name that several places match equally well unresolved
            (reason ``"ambiguous: …"``) instead of taking the most prominent.

        Returns
        -------
        pandas.DataFrame
            Columns :data:`RESULT_COLUMNS`, index 0..n-1. Unresolved rows have
            NA place columns and a ``reason``: ``"empty"``, ``"not found; closest: …"``,
            ``"ambiguous: …"`` or ``"invalid: …"``.

        Raises
        ------
        InvalidHint
            An aligned hint has the wrong length, or a hint value is unusable.

        Examples
        --------
        >>> out = Gazetteer.default().resolve_many(["Zummar", None, "Qaim", "Qaim"], country="IQ")
        >>> out["place_id"].tolist(), out["reason"].tolist()
        (['iq-zummar', None, 'iq-al-qaim', 'iq-al-qaim'], [None, 'empty', None, None])
        """
        hints = {"country": country, "kind": kind, "admin1": admin1, "fuzzy": fuzzy}
        resolver = self._resolve_strict_row if strict else self._resolve_row
        return resolve_column(resolver, names, hints)

    def _resolve_strict_row(self, name: Any, hints: dict[str, Any]) -> tuple[Match | None, str | None]:
        return self._resolve_row(name, hints, strict=True)

    def _resolve_row(
        self, name: Any, hints: dict[str, Any], *, strict: bool = False,
    ) -> tuple[Match | None, str | None]:
        if is_missing(name) or (isinstance(name, str) and not name.strip()):
            return None, "empty"
        try:
            check_name(name)
            match, error = self._resolver.decide(name, hints, strict=strict)
        except InvalidName as err:
            return None, f"invalid: {err}"
        if match is not None:
            return match, None
        if isinstance(error, AmbiguousPlace):
            listed = " | ".join(f"{c.name} ({c.kind}, {located_in(c)})" for c in error.candidates)
            return None, f"ambiguous: {listed}"
        closest = ", ".join(f"{c.name} ({c.score:.0f})" for c in error.candidates)
        return None, f"not found; closest: {closest or 'none'}"
