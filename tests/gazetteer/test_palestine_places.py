"""Towns of the West Bank and Gaza that reporting of the 2023-2025 fire names, against their GeoNames records.

A Palestinian killed in Jericho by interceptor debris in the Iranian barrage of 1 October 2024 was
drawn at Jerash in Jordan, 70 km away, because Jericho was missing and "Jericho" sounded like
"Jerash". The reference coordinates are typed again here from the GeoNames records, independently
of the CSV, so a row that drifts from its reference fails.
"""
from __future__ import annotations

import pytest
from pyproj import Geod

from gazetteer import Gazetteer

GEOD = Geod(ellps="WGS84")

#: id: (lat, lon of the GeoNames record, reference, admin1)
REFERENCE: dict[str, tuple[float, float, str, str]] = {
    "ps-jericho": (31.86667, 35.45, "geonames:284899", "PS-WBK"),
    "ps-nablus": (32.22111, 35.25444, "geonames:282615", "PS-WBK"),
    "ps-jenin": (32.45943, 35.30086, "geonames:283506", "PS-WBK"),
    "ps-tulkarm": (32.31156, 35.0269, "geonames:281577", "PS-WBK"),
    "ps-tubas": (32.32091, 35.36989, "geonames:281581", "PS-WBK"),
    "ps-qalqilya": (32.18966, 34.97063, "geonames:282457", "PS-WBK"),
    "ps-hebron": (31.52935, 35.0938, "geonames:285066", "PS-WBK"),
    "ps-bethlehem": (31.70487, 35.20376, "geonames:284315", "PS-WBK"),
    "ps-khan-younis": (31.34018, 34.30627, "geonames:281124", "PS-GZZ"),
    "ps-deir-al-balah": (31.41834, 34.34933, "geonames:281141", "PS-GZZ"),
    "ps-jabalia": (31.5272, 34.48347, "geonames:281129", "PS-GZZ"),
    "ps-beit-lahia": (31.5464, 34.49514, "geonames:281145", "PS-GZZ"),
    "ps-beit-hanoun": (31.5353, 34.53579, "geonames:281146", "PS-GZZ"),
    "ps-nuseirat": (31.44861, 34.3925, "geonames:281109", "PS-GZZ"),
}

#: (as written in reports, expected id)
SPELLINGS = [
    ("Jericho", "ps-jericho"), ("أريحا", "ps-jericho"),
    ("the occupied West Bank city of Jericho", "ps-jericho"),
    ("Nablus", "ps-nablus"), ("Jenin refugee camp", "ps-jenin"), ("Tulkarem", "ps-tulkarm"),
    ("Al-Khalil", "ps-hebron"), ("الخليل", "ps-hebron"), ("Bethlehem", "ps-bethlehem"),
    ("Khan Yunis", "ps-khan-younis"), ("خان يونس", "ps-khan-younis"), ("Deir el-Balah", "ps-deir-al-balah"),
    ("Jabaliya", "ps-jabalia"), ("Beit Lahiya", "ps-beit-lahia"), ("Beit Hanoun", "ps-beit-hanoun"),
    ("Nuseirat camp", "ps-nuseirat"), ("Qalqilya", "ps-qalqilya"), ("Tubas", "ps-tubas"),
]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize("place_id", sorted(REFERENCE))
def test_point_matches_its_reference(gazetteer: Gazetteer, place_id: str):
    lat, lon, source, admin1 = REFERENCE[place_id]
    place = gazetteer.get(place_id)
    assert GEOD.inv(lon, lat, place.lon, place.lat)[2] < 500, place_id
    assert source in place.source.split("; ")
    assert (place.country, place.admin1) == ("PS", admin1)


@pytest.mark.parametrize(("written", "expected"), SPELLINGS)
def test_report_spelling_resolves_to_its_place(gazetteer: Gazetteer, written: str, expected: str):
    assert gazetteer.resolve(written).id == expected


def test_jericho_is_not_jerash(gazetteer: Gazetteer):
    assert gazetteer.resolve("Jericho").country == "PS"
    assert gazetteer.resolve("Jerash").country == "JO"


def test_the_arabic_name_jericho_shares_with_ariha_is_settled_openly(gazetteer: Gazetteer):
    # أريحا is both Jericho and Ariha in Idlib: the city ranks first and the Match says it had a rival.
    match = gazetteer.resolve("أريحا")
    assert match.id == "ps-jericho" and match.ambiguous
    assert "sy-ariha" in {alternative.place_id for alternative in match.alternatives}
    assert gazetteer.resolve("Ariha").id == "sy-ariha"
