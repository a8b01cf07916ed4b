"""Tests for the opt-in geocoder against a loopback server speaking Nominatim's JSON."""
from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from gazetteer.core import Gazetteer, InvalidHint
from gazetteer.errors import GeocoderError, InvalidName, PlaceNotFound
from gazetteer.geocoder import Geocoder
from gazetteer.places import read_places

FIXTURES = Path(__file__).parent / "fixtures"

TAL_BAYDAR = {
    "place_id": 123456, "licence": "Data © OpenStreetMap contributors, ODbL 1.0.",
    "osm_type": "node", "osm_id": 987654321, "lat": "36.7436", "lon": "40.6869",
    "class": "place", "type": "village", "place_rank": 19, "importance": 0.32,
    "addresstype": "village", "name": "Tal Baydar",
    "display_name": "Tal Baydar, Al-Hasakah Governorate, Syria",
    "address": {"village": "Tal Baydar", "state": "Al-Hasakah Governorate", "ISO3166-2-lvl4": "SY-HA",
                "country": "Syria", "country_code": "sy"},
    "boundingbox": ["36.7236", "36.7636", "40.6669", "40.7069"],
}
AIRFIELD = {  # jsonv2 spelling: "category" instead of "class", and no ISO code in the address
    "place_id": 555, "osm_type": "way", "osm_id": 42, "lat": "36.5330", "lon": "41.0670",
    "category": "military", "type": "airfield", "importance": 0.2, "name": "Example Airfield",
    "display_name": "Example Airfield, Syria", "address": {"country_code": "sy"},
}


class _Nominatim(BaseHTTPRequestHandler):
    """Answers /search like Nominatim; behaviour per query is set on the server."""

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        url = urlparse(self.path)
        params = {k: v[0] for k, v in parse_qs(url.query).items()}
        self.server.calls.append((url.path, params, self.headers.get("User-Agent")))  # type: ignore[attr-defined]
        mode = self.server.mode  # type: ignore[attr-defined]
        if mode == "close":
            self.connection.close()  # drop the connection without an answer
            self.close_connection = True
            return
        if url.path != "/search" or mode == "500":
            self.send_response(500 if mode == "500" else 404)
            self.end_headers()
            self.wfile.write(b"Internal Server Error")
            return
        answers = {"tal baydar": [TAL_BAYDAR], "example airfield": [AIRFIELD]}
        body = json.dumps(answers.get(params.get("q", "").lower(), [])).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass  # keep test output clean


@contextlib.contextmanager
def nominatim_server() -> Iterator[ThreadingHTTPServer]:
    """The loopback Nominatim, serving on a free port until the block ends (also for tests/test_doctests.py)."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Nominatim)
    httpd.calls = []  # type: ignore[attr-defined]
    httpd.mode = "ok"  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@pytest.fixture()
def server() -> Iterator[ThreadingHTTPServer]:
    with nominatim_server() as httpd:
        yield httpd


class _FakeTime:
    """Clock and sleep for geopy's RateLimiter seams: sleeping advances the clock."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def _geocoder(server: ThreadingHTTPServer, tmp_path: Path, **kwargs: object) -> tuple[Geocoder, _FakeTime]:
    geocoder = Geocoder("geoincidents-tests/0.1 (tests@example.org)", domain=f"127.0.0.1:{server.server_port}",
                        scheme="http", cache_dir=tmp_path / "cache", timeout=5, **kwargs)
    fake = _FakeTime()
    geocoder.rate_limiter._clock = fake.clock  # type: ignore[method-assign]
    geocoder.rate_limiter._sleep = fake.sleep  # type: ignore[method-assign]
    return geocoder, fake


def test_geocode_builds_a_match(server: ThreadingHTTPServer, tmp_path: Path) -> None:
    geocoder, _ = _geocoder(server, tmp_path)
    match = geocoder.geocode("Tal Baydar", country="SY")
    assert (match.method, match.score) == ("geocoder", 32.0)
    assert (match.name, match.kind, match.country, match.admin1) == ("Tal Baydar", "village", "SY", "SY-HA")
    assert match.lat == pytest.approx(36.7436) and match.lon == pytest.approx(40.6869)
    assert match.id == "osm-node-987654321"
    path, params, agent = server.calls[0]
    assert path == "/search" and params["q"] == "Tal Baydar" and params["countrycodes"] == "sy"
    assert agent == "geoincidents-tests/0.1 (tests@example.org)"


def test_jsonv2_category_and_admin1_from_boundaries(server: ThreadingHTTPServer, tmp_path: Path) -> None:
    geocoder, _ = _geocoder(server, tmp_path)
    match = geocoder.geocode("Example Airfield")
    assert match.kind == "air_base" and match.country == "SY"
    assert match.admin1 == "SY-HA"  # point-in-polygon on the bundled boundaries


def test_cache_second_call_makes_no_request(server: ThreadingHTTPServer, tmp_path: Path) -> None:
    geocoder, _ = _geocoder(server, tmp_path)
    first = geocoder.geocode("Tal Baydar", country="SY")
    again = geocoder.geocode("tal-baydar", country="sy")  # same normalised query
    assert len(server.calls) == 1 and geocoder.requests == 1
    assert again.place == first.place
    files = list((tmp_path / "cache").glob("*.json"))
    assert len(files) == 1 and json.loads(files[0].read_text(encoding="utf-8"))["raw"]["osm_id"] == 987654321
    # A fresh geocoder on the same cache directory does not ask either.
    other, _ = _geocoder(server, tmp_path)
    assert other.geocode("Tal Baydar", country="SY").name == "Tal Baydar"
    assert len(server.calls) == 1


def test_not_found_is_cached_too(server: ThreadingHTTPServer, tmp_path: Path) -> None:
    geocoder, _ = _geocoder(server, tmp_path)
    for _ in range(2):
        with pytest.raises(PlaceNotFound, match="knows no place called 'Nowhere Town' in IQ"):
            geocoder.geocode("Nowhere Town", country="IQ")
    assert len(server.calls) == 1


def test_rate_limiter_waits_a_second(server: ThreadingHTTPServer, tmp_path: Path) -> None:
    geocoder, fake = _geocoder(server, tmp_path)
    geocoder.geocode("Tal Baydar")
    geocoder.geocode("Example Airfield")  # at the same fake instant: must wait
    with pytest.raises(PlaceNotFound):
        geocoder.geocode("Third Place")
    assert len(server.calls) == 3
    assert fake.sleeps == [pytest.approx(1.0), pytest.approx(1.0)]


def test_rate_limit_below_one_second_refused(tmp_path: Path) -> None:
    with pytest.raises(GeocoderError, match=r"min_delay_seconds=0.2 is below 1.0 s"):
        Geocoder("x/1.0 (me@example.org)", min_delay_seconds=0.2, cache_dir=tmp_path)


@pytest.mark.parametrize("agent", [None, "", "   ", "geopy/2.5.0"])
def test_user_agent_required(agent: object, tmp_path: Path) -> None:
    with pytest.raises(GeocoderError, match=r"user agent is required|geopy's default") as info:
        Geocoder(agent, cache_dir=tmp_path)  # type: ignore[arg-type]
    assert "Geocoder(user_agent=" in str(info.value) or "pass your own" in str(info.value)


def test_server_error_is_wrapped(server: ThreadingHTTPServer, tmp_path: Path) -> None:
    geocoder, fake = _geocoder(server, tmp_path, max_retries=1)
    server.mode = "500"  # type: ignore[attr-defined]
    with pytest.raises(GeocoderError, match=r"the geocoder at 127.0.0.1:\d+ failed for 'Tal Baydar': Geocoder") as info:
        geocoder.geocode("Tal Baydar")
    assert info.value.__cause__ is not None
    assert len(server.calls) == 2 and fake.sleeps  # one retry, after a (fake) wait
    assert not list((tmp_path / "cache").glob("*.json"))  # failures are not cached


def test_closed_connection_is_wrapped(server: ThreadingHTTPServer, tmp_path: Path) -> None:
    geocoder, _ = _geocoder(server, tmp_path, max_retries=0)
    server.mode = "close"  # type: ignore[attr-defined]
    with pytest.raises(GeocoderError, match=r"failed for 'Tal Baydar'") as info:
        geocoder.geocode("Tal Baydar")
    from geopy.exc import GeopyError

    assert isinstance(info.value.__cause__, GeopyError)


def test_invalid_name_never_reaches_the_server(server: ThreadingHTTPServer, tmp_path: Path) -> None:
    geocoder, _ = _geocoder(server, tmp_path)
    with pytest.raises(InvalidName, match="is empty"):
        geocoder.geocode("  ")
    assert server.calls == []


def test_gazetteer_uses_geocoder_only_when_asked(server: ThreadingHTTPServer, tmp_path: Path) -> None:
    geocoder, _ = _geocoder(server, tmp_path)
    g = Gazetteer(read_places([FIXTURES / "places_small.csv"]), geocoder=geocoder)
    with pytest.raises(PlaceNotFound, match="no place matches 'Tal Baydar'"):
        g.resolve("Tal Baydar")
    assert server.calls == []
    assert g.resolve("Zummar", online=True).method == "exact"  # offline hits never go online
    assert server.calls == []
    match = g.resolve("Tal Baydar", country="SY", online=True)
    assert match.method == "geocoder" and match.admin1 == "SY-HA"
    assert len(server.calls) == 1
    out = g.resolve_many(["Tal Baydar"])  # batches never go online
    assert out.loc[0, "reason"].startswith("not found") and len(server.calls) == 1


def test_online_without_geocoder(tmp_path: Path) -> None:
    g = Gazetteer(read_places([FIXTURES / "places_small.csv"]))
    with pytest.raises(InvalidHint, match=r"online=True needs a geocoder: Gazetteer\(places, geocoder=Geocoder"):
        g.resolve("Tal Baydar", online=True)
