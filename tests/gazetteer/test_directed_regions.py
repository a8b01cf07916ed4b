"""A country named with a direction word is the region of the country named after that compass point, when the
gazetteer holds one (``data/direction_compass.csv``, :meth:`gazetteer.resolver.Resolver._directed_region`).

"Southern Lebanon" in any language the tables read is the region South Lebanon (the union of the South and Nabatieh
governorates, more prominent than the South governorate of the same name); "northern Israel" is Israel's Northern
District. A country with no region so named stays the country, with the word kept as a qualifier.
"""
from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.phrasewords import compass_of, direction_words


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize(("phrase", "place_id"), [
    ("southern Lebanon", "lb-south-lebanon"), ("in southern Lebanon", "lb-south-lebanon"),
    ("جنوبي لبنان", "lb-south-lebanon"), ("Líbano meridional", "lb-south-lebanon"),
    ("Lebanon's south", "lb-south-lebanon"), ("güneydeki Lübnan", "lb-south-lebanon"),
    ("شمال إسرائيل", "il-gov-northern"), ("צפון ישראל", "il-gov-northern"), ("nord d'Israël", "il-gov-northern"),
    ("Kuzey İsrail", "il-gov-northern"),
])
def test_a_direction_of_a_country_is_its_region(g, phrase, place_id):
    match = g.resolve(phrase)
    assert match.id == place_id
    assert match.qualifiers  # the direction word is kept


@pytest.mark.parametrize(("phrase", "place_id"), [
    ("northern Iraq", "cc-iq"), ("eastern Syria", "cc-sy"), ("western Iran", "cc-ir"), ("Lebanon", "cc-lb"),
])
def test_a_country_with_no_region_so_named_stays_the_country(g, phrase, place_id):
    assert g.resolve(phrase).id == place_id


def test_every_direction_word_of_the_grammar_has_its_compass_point():
    assert {w for w in direction_words() if compass_of(w) is None} == set()
    assert compass_of("جنوبي") == compass_of("méridional") == compass_of("güney") == "south"
