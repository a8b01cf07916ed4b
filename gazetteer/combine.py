"""Putting gazetteers together: a gazetteer merged with another, or extended by a user's files.

:class:`Combining` is mixed into :class:`~gazetteer.core.Gazetteer` (it uses the
gazetteer's ``_places``, ``_index``, ``_boundaries``, ``fuzzy_threshold`` and
``geocoder``): ``merge`` joins two sets of places (an id held twice with
different content needs ``prefer=``; a place already present under the same
name within ``dedupe_km`` is left out), ``extended`` puts a user's places files
over the gazetteer and GeoNames dumps below it (the CLI's ``--places`` and
``--geonames``). :func:`admin1_names` gives the province names a places file's
rows are read with.

Examples
--------
>>> admin1_names(None)
{}
"""
from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from gazetteer.hints import InvalidHint, distance_km
from gazetteer.normalize import normalize
from gazetteer.placefiles import read_places
from gazetteer.places import Place

if TYPE_CHECKING:
    from gazetteer.core import Gazetteer

__all__ = ["Combining", "admin1_names"]

logger = logging.getLogger(__name__)

#: Kinds that are one kind of place for de-duplication (GeoNames and curators size towns differently).
_SETTLEMENTS = frozenset({"city", "town", "village"})


def admin1_names(boundaries: Any) -> dict[str, str]:
    """ISO 3166-2 code → province name from *boundaries*; {} if there are none."""
    if boundaries is None:
        return {}
    try:
        frame = boundaries.frame
        return dict(zip(frame["admin1"].astype(str), frame["admin1_name"].astype(str)))
    except (AttributeError, KeyError) as err:
        # The names only decorate results; codes still work without them.
        logger.warning("admin1 names unavailable (%s); using the ISO codes as names", err)
        return {}


class Combining:
    """The ways a :class:`~gazetteer.core.Gazetteer` is put together with other places (see the module)."""

    def merge(
        self, other: Gazetteer | Iterable[Place], *, prefer: str | None = None, dedupe_km: float | None = None,
    ) -> Gazetteer:
        """Return a new gazetteer holding the places of both.

        Parameters
        ----------
        other : Gazetteer or iterable of Place
        prefer : {None, "self", "other"}
            Which place to keep when both hold the same id with different
            content; ``None`` raises instead. Identical places are kept once.
        dedupe_km : float, optional
            Leave out a place of *other* when a place of this gazetteer of the
            same kind (city, town and village count as one) has the same name
            key (any of its names) and lies within this distance: the same town from GeoNames and from the curated
            file would otherwise make every lookup of it ambiguous.

        Examples
        --------
        >>> from gazetteer import Gazetteer
        >>> bigger = Gazetteer.default().merge(Gazetteer.from_geonames("IQ.txt"), dedupe_km=10)  # GeoNames' dump for Iraq
        >>> len(bigger) > len(Gazetteer.default())
        True
        """
        if prefer not in (None, "self", "other"):
            raise InvalidHint(f"prefer={prefer!r} is not allowed; expected None, 'self' or 'other'")
        tiers = getattr(self, "_tiers", None)
        if tiers is not None:  # the world tier stays below what is merged over it (gazetteer.world)
            from gazetteer.world import merged_over

            return merged_over(self, other, prefer=prefer, dedupe_km=dedupe_km)
        return self._merged(other, prefer=prefer, dedupe_km=dedupe_km)

    def _merged(self, other: Gazetteer | Iterable[Place], *, prefer: str | None, dedupe_km: float | None) -> Gazetteer:
        """:meth:`merge` of the places alone: one gazetteer of one tier."""
        from gazetteer.core import Gazetteer  # the class this is mixed into

        theirs = other._places if isinstance(other, Gazetteer) else list(other)
        merged = {p.id: p for p in self._places}
        dropped = 0
        for place in theirs:
            mine = merged.get(place.id)
            if mine is not None and mine != place:
                if prefer is None:
                    raise InvalidHint(
                        f"both gazetteers hold a different place with id {place.id!r} "
                        f"({mine.name!r} vs {place.name!r}); pass prefer='self' or prefer='other'"
                    )
                if prefer == "self":
                    continue
            elif mine is None and dedupe_km is not None and self._duplicate_of(place, dedupe_km):
                dropped += 1
                continue
            merged[place.id] = place
        if dropped:
            logger.info("merge: left out %d places already present within %g km", dropped, dedupe_km)
        return Gazetteer(merged.values(), fuzzy_threshold=self.fuzzy_threshold, geocoder=self.geocoder,
                         boundaries=self._boundaries)

    def extended(self, *, places: Iterable[Any] = (), geonames: Iterable[Any] = ()) -> Gazetteer:
        """Return this gazetteer with a user's own places over it and GeoNames dumps below it.

        Parameters
        ----------
        places : iterable of path
            Places CSV files in the curated format (:data:`gazetteer.placefiles.PLACE_COLUMNS`);
            a row whose id is already known replaces that place.
        geonames : iterable of path
            GeoNames dumps (``IQ.txt``, ``cities500.txt``); a GeoNames place already
            present (same kind and name within 10 km) is left out, so it never
            makes a lookup ambiguous.

        Returns
        -------
        Gazetteer
            ``self`` when nothing is given.

        Raises
        ------
        PlaceDataError, GeoNamesFormatError
            A bad row, naming file, line, column and value.

        Examples
        --------
        >>> from gazetteer import Gazetteer
        >>> g = Gazetteer.default().extended(places=["my_places.csv"])
        >>> g.resolve("Tal Sbeiha").source
        'analyst survey'
        """
        from gazetteer.core import Gazetteer

        places, geonames = list(places), list(geonames)
        result = self
        if places:
            result = result.merge(read_places(places, admin1_names=admin1_names(self._boundaries)), prefer="other")
        for path in geonames:
            result = result.merge(Gazetteer.from_geonames(path, boundaries=self._boundaries), prefer="self", dedupe_km=10.0)
        return result

    def _duplicate_of(self, place: Place, within_km: float) -> bool:
        for name in place.names():
            for index in self._index.places_with_key(normalize(name)):
                mine = self._places[index]
                same_kind = mine.kind == place.kind or {mine.kind, place.kind} <= _SETTLEMENTS
                if same_kind and distance_km(mine.lat, mine.lon, place.lat, place.lon) <= within_km:
                    return True
        return False
