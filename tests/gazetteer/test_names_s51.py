"""Names added in session 51 to rows held before, from the development reports of that session: the Spanish and
French names of Babylon for Babil governorate ("la provincia de Babilonia", "la province de Babylone": the province,
as the English "Babylon province" already was), and the Hebrew name of the Green Village base in the al-Omar field
("בסיס גרין וילג'", with the apostrophe or the geresh). The Hebrew name of the field itself is left out: with its
article and descriptor folded away it is "עומר", a given name (Omer) and an Israeli town, never the Syrian field. The
al-Kathib base by Ras Kathib, north of Hodeidah, as reports of the US strikes of October 2024 name it ("the al-Katheib
military base north of the city"), qualified by its base word as the row's other names are."""
from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.errors import PlaceNotFound


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize("name, place", [
    ("provincia de Babilonia", "iq-gov-babil"),
    ("Babilonia", "iq-gov-babil"),
    ("la province de Babylone", "iq-gov-babil"),
    ("Babylon province", "iq-gov-babil"),
    ("גרין וילג'", "sy-green-village"),
    ("גרין וילג\u05f3", "sy-green-village"),
    ("בסיס גרין וילג'", "sy-green-village"),
    ("Green Village", "sy-green-village"),
    ("al-Katheib military base", "ye-ras-kathib"),
    ("al-Kathib base", "ye-ras-kathib"),
])
def test_names_added(name, place, g):
    assert g.resolve(name).place.id == place


def test_omer_is_not_the_oil_field(g):
    with pytest.raises(PlaceNotFound):
        g.resolve("עומר")
