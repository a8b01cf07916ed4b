"""Kurmanji descriptors of fields and camps ("zeviya petrolê ya X" 'the oil field of X', "kampa penaberan a X" 'the
refugee camp of X', "wargeha X"), as Kurdistan24 and the Rojava outlets write them, steer the kind as the English
ones do; and Khurmala's Kurmanji spellings (Xurmala, Xurmele) are the town's, so that its oil field is found in
running text with the descriptor before it."""
from __future__ import annotations

import pytest

from geoincidents import extract_report


@pytest.mark.parametrize("text, place_id", [
    ("zeviya petrolê ya Xurmala", "iq-khurmala-oil-field"),
    ("kêlgeha gazê ya Kormorê", "iq-khor-mor-gas-field"),
    ("kampa penaberan a Mexmûrê", "iq-makhmur-camp"),
    ("wargeha Mexmûrê", "iq-makhmur-camp"),
    ("Xurmala", "iq-khurmala"),
    ("Xurmele", "iq-khurmala"),
])
def test_a_kurmanji_descriptor_steers_the_kind(text, place_id, gazetteer):
    assert gazetteer.resolve(text).id == place_id


def test_the_oil_field_of_khurmala_is_found_in_kurmanji_text(gazetteer):
    text = "Du bombebaranên bi dronan êrîşî zeviya petrolê ya Xurmala li parêzgeha Hewlêrê kirin."
    places = extract_report(text, published="2025-07-14", gazetteer=gazetteer).places
    assert ("Xurmala", "iq-khurmala-oil-field", "target") in set(zip(places["mention"], places["place_id"],
                                                                       places["role"]))
