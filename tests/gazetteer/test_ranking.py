"""The order of candidates (gazetteer.ranking): score, then method, then place id, whatever the order of the places."""
from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from gazetteer.index import NameIndex
from gazetteer.places import METHODS, Place
from gazetteer.ranking import Ranking


def _places(ids: list[str]) -> list[Place]:
    return [Place(id=i, name=f"Qarya {n}", kind="village", lat=33.0, lon=44.0, country="IQ") for n, i in enumerate(ids)]


_IDS = st.lists(st.text("abcxyz-0123", min_size=1, max_size=6), min_size=1, max_size=30, unique=True)


@settings(max_examples=150, deadline=None)
@given(_IDS, st.data())
def test_ranked_is_score_then_method_then_id(ids, data):
    places = _places(ids)
    ranking = Ranking(places, NameIndex(places))
    numbers = data.draw(st.lists(st.integers(0, len(ids) - 1), unique=True))
    found = [(data.draw(st.sampled_from([97.0, 95.5, 95.5, 90.0])), data.draw(st.sampled_from(METHODS[:4])), n)
             for n in numbers]
    expected = sorted(found, key=lambda c: (-c[0], METHODS.index(c[1]), places[c[2]].id))
    assert ranking.ranked(found) == expected
    # The same candidates found in another order rank the same.
    shuffled = found[:]
    random.Random(len(found)).shuffle(shuffled)
    assert ranking.ranked(shuffled) == expected


def test_ranked_ties_follow_the_ids_not_the_order_the_places_were_given():
    ids = ["iq-b", "iq-a", "iq-c"]
    for order in (ids, ids[::-1], sorted(ids)):
        places = _places(order)
        ranking = Ranking(places, NameIndex(places))
        tied = [(95.0, "phonetic", n) for n in range(3)]
        assert [places[n].id for _, _, n in ranking.ranked(tied)] == ["iq-a", "iq-b", "iq-c"]
