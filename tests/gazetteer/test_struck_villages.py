"""Villages of south Lebanon struck in the 2023-2025 fighting, against their references.

A class of places the gazetteer lacked (issue #7): GeoNames' populated places of 500 or more list few Lebanese
villages, and reports of Israeli strikes name them by the dozen (Srifa, Qana, Yater, Zibqin, Shebaa...). Each row
carries its Wikipedia point, typed again here from the cited article so that a row drifting from its reference
fails. A name of this class must not take a spelling another place is known by: "Majadel" was left out, its sound
(m-j-d-l) being that of Majdal and of the Israeli village Migdal (مجدل), which the towns tool then dropped; so was
"Deir Intar", which German "der Bezirk Sinjar" (der is read as deir) resembled more than Sinjar, and Al-Jibbain,
whose Arabic name is a common word.
"""
from __future__ import annotations

import pytest
from pyproj import Geod

from gazetteer import Gazetteer
from gazetteer.errors import PlaceNotFound

GEOD = Geod(ellps="WGS84")

#: id: (lat, lon as the reference gives them, reference)
REFERENCE: dict[str, tuple[float, float, str]] = {
    "lb-srifa": (33.28139, 35.39639, "wikipedia:Srifa 33°16′53″N 35°23′47″E"),
    "lb-qana": (33.20917, 35.29917, "wikipedia:Qana 33°12′33″N 35°17′57″E"),
    "lb-shebaa": (33.34861, 35.74861, "wikipedia:Chebaa_(Hasbaiya) 33°20′55″N 35°44′55″E"),
    "lb-alma-al-shaab": (33.10389, 35.18278, "arwiki:علما_الشعب 33°06′14″N 35°10′58″E"),
    "lb-yater": (33.15389, 35.32861, "wikipedia:Yater 33°9′14″N 35°19′43″E"),
    "lb-zibqin": (33.16667, 35.26667, "wikipedia:Zibqin 33°10′N 35°16′E"),
    "lb-aynata": (33.12880, 35.43510, "wikipedia:Aynata 33°7′43.68″N 35°26′6.36″E"),
    "lb-kfar-dounine": (33.23333, 35.40000, "wikipedia:Kafr_Dunin 33°14′N 35°24′E"),
}


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize("place_id", sorted(REFERENCE))
def test_the_row_sits_at_its_reference(g, place_id):
    lat, lon, _ = REFERENCE[place_id]
    place = g.get(place_id)
    assert GEOD.inv(lon, lat, place.lon, place.lat)[2] < 50.0


# Spellings as outlets write them, in phrases of our own.
SPELLINGS = [
    ("an air strike on Srifa in the Tyre district", "lb-srifa"),
    ("صريفا", "lb-srifa"),
    ("the town of Qana, south-east of Tyre", "lb-qana"),
    ("بلدة قانا الجنوبية", "lb-qana"),
    ("the border town of Chebaa", "lb-shebaa"),
    ("Shebaa", "lb-shebaa"),
    ("the Christian village of Alma al-Shaab", "lb-alma-al-shaab"),
    ("Aalma ech Chaab", "lb-alma-al-shaab"),
    ("a house in Yater", "lb-yater"),
    ("Zebqine", "lb-zibqin"),
    ("Aaynata", "lb-aynata"),
    ("Kfardounine", "lb-kfar-dounine"),
]


@pytest.mark.parametrize(("phrase", "place_id"), SPELLINGS)
def test_the_spelling_finds_its_place(g, phrase, place_id):
    assert g.resolve(phrase).id == place_id


def test_a_common_word_is_no_name_of_the_class(g):
    # Al-Jibbain was left out: its Arabic name الجبين is also 'the forehead'
    assert "lb-jibbain" not in set(g.places["id"])
    with pytest.raises(PlaceNotFound):
        g.resolve("الجبين", fuzzy=False)


def test_a_sound_of_majdal_stays_with_the_places_named_so(g):
    assert g.resolve("Majdal Shams").id == "il-majdal-shams"
    assert "lb-majadel" not in set(g.places["id"])
