"""Opt-in online fallback: geopy's Nominatim behind a rate limiter and an on-disk cache.

Never called unless asked for: a :class:`~gazetteer.core.Gazetteer` uses it
only in ``resolve(name, online=True)``, and only when nothing offline
matches. Nominatim's usage policy (https://operations.osmfoundation.org/policies/nominatim/)
requires an identifying user agent and at most one request per second;
both are enforced here, and every answer (including "nothing found") is
cached as one JSON file per normalised query so a query is asked once.
"""
from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from gazetteer.datatables import read_table
from gazetteer.errors import GazetteerError, GeocoderError, PlaceNotFound
from gazetteer.namecheck import check_name
from gazetteer.normalize import normalize
from gazetteer.places import Match, Place

__all__ = ["Geocoder", "DEFAULT_CACHE_DIR", "DEFAULT_DOMAIN"]

logger = logging.getLogger(__name__)

DEFAULT_DOMAIN = "nominatim.openstreetmap.org"
DEFAULT_CACHE_DIR = Path.home() / ".cache" / "geoincidents" / "geocoder"
_MIN_DELAY = 1.0
_CACHE_VERSION = 1


@functools.cache
def _kind_table() -> dict[tuple[str, str], str]:
    return {(row["class"], row["type"]): row["kind"] for row in read_table("nominatim_kinds.csv")}


def _kind(osm_class: str, osm_type: str) -> str:
    table = _kind_table()
    for key in ((osm_class, osm_type), (osm_class, "*"), ("*", "*")):
        if key in table:
            return table[key]
    return "area"


class Geocoder:
    """Nominatim geocoder with a required user agent, a ≥ 1 s rate limit and a disk cache.

    Parameters
    ----------
    user_agent : str
        Identifies your application to the Nominatim operators, e.g.
        ``"my-newsroom-map/1.0 (desk@example.org)"``. Required.
    domain : str, optional
        Nominatim host (default ``nominatim.openstreetmap.org``); point it at
        your own instance for bulk work.
    scheme : {"https", "http"}
    min_delay_seconds : float, default 1.0
        Seconds between requests; values below 1 are refused.
    cache_dir : path, optional
        Where answers are kept (default ``~/.cache/geoincidents/geocoder``).
    timeout : float, default 10
        Seconds to wait for an answer.
    max_retries : int, default 2
        Retries after a server error before :class:`GeocoderError` is raised.

    Examples
    --------
    >>> Geocoder("")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    gazetteer.errors.GeocoderError: a user agent is required to use Nominatim, got ''; pass one that names ...
    >>> nominatim  # the Nominatim host, here a local instance; by default nominatim.openstreetmap.org
    '127.0.0.1:...'
    >>> geocoder = Geocoder("my-newsroom-map/1.0 (desk@example.org)", domain=nominatim, scheme="http",
    ...                     cache_dir="geocoder-cache")
    >>> geocoder.geocode("Tal Baydar", country="SY").method
    'geocoder'
    """

    def __init__(
        self, user_agent: str | None, *, domain: str | None = None, scheme: str = "https",
        min_delay_seconds: float = _MIN_DELAY, cache_dir: str | os.PathLike[str] | None = None,
        timeout: float = 10, max_retries: int = 2,
    ) -> None:
        if not isinstance(user_agent, str) or not user_agent.strip():
            raise GeocoderError(
                f"a user agent is required to use Nominatim, got {user_agent!r}; pass one that names your "
                "application and a contact, e.g. Geocoder(user_agent='my-newsroom-map/1.0 (desk@example.org)')"
            )
        if user_agent.strip().lower().startswith("geopy/"):
            raise GeocoderError(
                f"user_agent={user_agent!r} is geopy's default, which Nominatim refuses; "
                "pass your own, e.g. 'my-newsroom-map/1.0 (desk@example.org)'"
            )
        if scheme not in ("https", "http"):
            raise GeocoderError(f"scheme={scheme!r} is not allowed; expected 'https' or 'http'")
        if not min_delay_seconds >= _MIN_DELAY:
            raise GeocoderError(
                f"min_delay_seconds={min_delay_seconds!r} is below {_MIN_DELAY} s; Nominatim's usage policy "
                "allows at most one request per second"
            )
        from geopy.extra.rate_limiter import RateLimiter
        from geopy.geocoders import Nominatim

        self.user_agent = user_agent.strip()
        self.domain = domain or DEFAULT_DOMAIN
        self.cache_dir = Path(cache_dir) if cache_dir is not None else DEFAULT_CACHE_DIR
        self._nominatim = Nominatim(user_agent=self.user_agent, domain=self.domain, scheme=scheme, timeout=timeout)
        #: geopy's RateLimiter; its ``_clock`` and ``_sleep`` methods are the seams tests patch.
        self.rate_limiter = RateLimiter(
            self._nominatim.geocode, min_delay_seconds=float(min_delay_seconds), max_retries=max_retries,
            error_wait_seconds=max(5.0, float(min_delay_seconds)), swallow_exceptions=False,
        )
        self.requests = 0

    def __repr__(self) -> str:
        return f"<Geocoder {self.domain!r} cache={str(self.cache_dir)!r}>"

    def _cache_path(self, key: str, countries: tuple[str, ...]) -> Path:
        ident = json.dumps([_CACHE_VERSION, self.domain, key, list(countries)], ensure_ascii=False)
        return self.cache_dir / f"{hashlib.sha256(ident.encode('utf-8')).hexdigest()}.json"

    def _read_cache(self, path: Path) -> tuple[bool, dict[str, Any] | None]:
        try:
            with path.open("r", encoding="utf-8") as handle:
                stored = json.load(handle)
        except FileNotFoundError:
            return False, None
        except (OSError, ValueError) as err:
            # A damaged cache entry is asked again rather than trusted.
            logger.warning("ignoring unreadable geocoder cache file %s (%s)", path, err)
            return False, None
        return True, stored.get("raw")

    def _write_cache(self, path: Path, query: str, raw: dict[str, Any] | None) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"query": query, "domain": self.domain, "raw": raw}, handle, ensure_ascii=False)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def _ask(self, name: str, countries: tuple[str, ...]) -> dict[str, Any] | None:
        from geopy.exc import GeopyError

        self.requests += 1
        try:
            location = self.rate_limiter(name, exactly_one=True, addressdetails=True,
                                         country_codes=[c.lower() for c in countries] or None)
        except GeopyError as err:
            raise GeocoderError(
                f"the geocoder at {self.domain} failed for {name!r}: {type(err).__name__}: {err}; "
                "check the network and the domain, or resolve offline (online=False)"
            ) from err
        return None if location is None else dict(location.raw)

    def geocode(self, name: str, *, country: str | tuple[str, ...] | None = None) -> Match:
        """Look *name* up online (or in the cache) and return a ``Match(method="geocoder")``.

        Parameters
        ----------
        name : str
        country : str or tuple of str, optional
            ISO 3166-1 alpha-2 code(s) to restrict the search to.

        Returns
        -------
        Match
            ``score`` is Nominatim's importance × 100 (50 when absent);
            ``place.id`` is ``osm-<type>-<id>``.

        Raises
        ------
        InvalidName
            A name that cannot be looked up.
        PlaceNotFound
            Nominatim knows no such place (this answer is cached too).
        GeocoderError
            The service failed (HTTP error, refused or closed connection, timeout).

        Examples
        --------
        >>> geocoder = Geocoder("my-map/1.0 (me@example.org)", domain=nominatim, scheme="http", cache_dir="geocoder-cache")
        >>> geocoder.geocode("Tal Baydar", country="SY").lat  # ``nominatim``: your Nominatim host
        36.7436
        """
        check_name(name)
        countries = tuple(sorted(c.upper() for c in ((country,) if isinstance(country, str) else country or ())))
        path = self._cache_path(normalize(name), countries)
        hit, raw = self._read_cache(path)
        if not hit:
            raw = self._ask(name, countries)
            self._write_cache(path, name, raw)
        if raw is None:
            where = f" in {', '.join(countries)}" if countries else ""
            raise PlaceNotFound(f"the geocoder at {self.domain} knows no place called {name!r}{where}",
                                query=name, candidates=[])
        return Match(place=self._place(raw), query=name, method="geocoder", score=self._score(raw))

    @staticmethod
    def _score(raw: dict[str, Any]) -> float:
        try:
            return round(min(1.0, max(0.0, float(raw["importance"]))) * 100, 1)
        except (KeyError, TypeError, ValueError):
            return 50.0

    def _place(self, raw: dict[str, Any]) -> Place:
        try:
            lat, lon = float(raw["lat"]), float(raw["lon"])
        except (KeyError, TypeError, ValueError) as err:
            raise GeocoderError(f"the geocoder at {self.domain} answered without usable coordinates: {raw!r}") from err
        address = raw.get("address") or {}
        osm_class = raw.get("class") or raw.get("category") or ""
        kind = _kind(osm_class, raw.get("type") or "")
        display = raw.get("display_name") or ""
        name = raw.get("name") or display.split(",")[0].strip() or display
        country = str(address.get("country_code", "")).upper()
        admin1 = address.get("ISO3166-2-lvl4") or address.get("ISO3166-2-lvl3") or ""
        admin1_name = address.get("state") or address.get("province") or ""
        if not admin1 and kind != "country":
            admin1, admin1_name = self._locate(lon=lon, lat=lat)
        ident = f"osm-{raw.get('osm_type', 'place')}-{raw.get('osm_id', raw.get('place_id', 'unknown'))}"
        return Place(
            id=ident, name=name, kind=kind, lat=lat, lon=lon, admin1=admin1 if kind != "country" else "",
            admin1_name=admin1_name if kind != "country" else "", country=country,
            aliases=(display,) if display and display != name else (), point=f"nominatim {osm_class}/{raw.get('type', '')}",
            source=f"nominatim:{self.domain}:{raw.get('place_id', '')}",
        )

    @staticmethod
    def _locate(*, lon: float, lat: float) -> tuple[str, str]:
        try:
            from gazetteer.boundaries import Boundaries

            found = Boundaries.default().locate([lon], [lat]).iloc[0]
        except (ImportError, OSError, GazetteerError) as err:
            logger.warning("admin boundaries unavailable (%s); geocoded place gets no admin1", err)
            return "", ""
        code, name = found["admin1"], found["admin1_name"]
        return (code if isinstance(code, str) else ""), (name if isinstance(name, str) else "")
