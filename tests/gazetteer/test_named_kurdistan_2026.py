"""Places of north Iraq that reports of Turkish and militia strikes named and the gazetteer lacked, and the phrase
kinds that sent them elsewhere (issue #7), in our own words.

Before: Sinuni fell to Sinjar, its container; the Makhmur camp "in Nineveh province" fell to the province, though
the camp lies just over the line, in the Makhmur district Erbil governs; "southwest of Erbil in the Makhmur
district" was Erbil's district, the point measured from; an oil field "near Erbil" whose name sounds like Karmiel was
Karmiel, in Israel; "Huror ... of the Kani Masi sub-district" was the Harir air base, 100 km away, by sound.
"""
from __future__ import annotations

import pytest
from pyproj import Geod

from gazetteer import Gazetteer

GEOD = Geod(ellps="WGS84")

#: id: (lat, lon as the reference gives them, reference)
REFERENCE: dict[str, tuple[float, float, str]] = {
    "iq-sinun": (36.4575, 41.706111, "wikipedia:Sinun (36°27′27″N 41°42′22″E)"),
    # seats and stand-ins: GeoNames points of Ranya (92052) and Makhmur (93818)
    "iq-dist-raparin": (36.25511, 44.88239, "geonames:92052"),
    "iq-dist-makhmur": (35.77622, 43.57974, "geonames:93818"),
    "iq-makhmur-camp": (35.77622, 43.57974, "geonames:93818"),
}


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize("place_id", sorted(REFERENCE))
def test_the_row_sits_at_its_reference(g, place_id):
    lat, lon, _ = REFERENCE[place_id]
    place = g.get(place_id)
    assert GEOD.inv(lon, lat, place.lon, place.lat)[2] < 1_000.0


SPELLINGS = [
    # a sub-district seat named with its kind word and the town it lies north of
    ("Sinuni", "iq-sinun"),
    ("the Snune subdistrict, north of Sinjar", "iq-sinun"),
    ("the town of Sinuni near Mount Sinjar", "iq-sinun"),
    ("ناحية سنوني", "iq-sinun"),
    # an administration named alone and with its own word
    ("Raparin", "iq-dist-raparin"),
    ("the Raparin administration in Sulaymaniyah", "iq-dist-raparin"),
    # a camp and a district written inside the province that claims them
    ("the Makhmour camp in Nineveh province", "iq-makhmur-camp"),
    ("the Makhmur refugee camp", "iq-makhmur-camp"),
    ("some 60 km southwest of Erbil in the Makhmur district", "iq-dist-makhmur"),
    ("the Makhmour district", "iq-dist-makhmur"),
    # a village heard like a far base beside a sub-district spelt as written
    ("Huror in the Kani Masi sub-district", "iq-kani-masi"),
]


@pytest.mark.parametrize(("phrase", "place_id"), SPELLINGS)
def test_the_spelling_finds_the_place(g, phrase, place_id):
    assert g.resolve(phrase).id == place_id


def test_a_name_heard_like_a_town_abroad_does_not_leave_the_place_it_is_near(g):
    # An oil field the gazetteer lacks, "near" a city: the answer lies by the city, never in Israel.
    match = g.resolve("the Khurmala oilfield near Erbil")
    assert match.place.country == "IQ" and match.place.admin1 == "IQ-AR"


def test_a_place_measured_from_is_not_the_place_meant(g):
    # The direction-and-"of" names the point the distance starts from; the district named after it is the place.
    assert g.resolve("40 km south of Mosul in the Makhmur district").id == "iq-dist-makhmur"
    # With nothing else named, the point measured from still places the phrase.
    assert g.resolve("10 km north of Baghdad").place.name == "Baghdad"


def test_a_province_line_stays_a_fact_for_a_place_far_from_it(g):
    # Only a place within the province's own precision of its point crosses the line: Zummar is far from Anbar.
    assert g.resolve("Zummar in Anbar province").id == "iq-gov-anbar"
