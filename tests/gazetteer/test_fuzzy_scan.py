"""The likeness stage scores only what can win: keys of the places the hints allow, and, when the resolver asks
for its threshold, only down to it (rapidfuzz stops a comparison once it cannot reach the cutoff). Both give
the places and scores of scoring every key and dropping the rest afterwards; a resolve with a province or
country hint scores a few hundred keys, not every key of the gazetteer."""
from __future__ import annotations

import random

import pytest

from gazetteer import Gazetteer
from gazetteer.index import NameIndex
from gazetteer.normalize import normalize


def _misspelt(rng: random.Random, count: int) -> list[str]:
    places = [p for p in Gazetteer.default()._places if len(p.name) >= 6 and p.name.isascii()]
    names = []
    for p in rng.sample(places, count):
        k = rng.randrange(1, len(p.name) - 2)
        names.append(normalize(p.name[:k] + p.name[k + 1] + p.name[k] + p.name[k + 2:]))
    return names


@pytest.fixture(scope="module")
def default():
    return Gazetteer.default()


def test_a_cutoff_keeps_just_the_places_scoring_at_least_it(default):
    index = default._index
    names = _misspelt(random.Random(8), 80)
    fuzzy_found = 0
    for key in names:
        full = index.fuzzy(key)
        above = {n: s for n, s in full.items() if s >= 85}
        assert index.fuzzy(key, cutoff=85) == above, key
        fuzzy_found += bool(above)
    assert fuzzy_found >= 40  # the sample has likenesses above the threshold to keep


@pytest.mark.parametrize("admin1", ["IQ-AN", "SY-HA", "IL-Z"])
def test_a_province_hint_scores_the_keys_of_its_places_as_an_index_of_them_alone(default, admin1):
    places = list(default._places)
    inside = [k for k, p in enumerate(places) if p.admin1 == admin1]
    alone = NameIndex([places[k] for k in inside])
    mask = default._hints.mask(admin1=admin1)
    assert mask.sum() == len(inside) >= 20
    rng = random.Random(admin1)
    keys = [normalize(places[k].name[:-1]) for k in rng.sample(inside, 15)] + _misspelt(rng, 10)
    for key in keys:
        hinted = default._index.fuzzy(key, mask)
        assert all(mask[n] for n in hinted)
        assert hinted == {inside[n]: s for n, s in alone.fuzzy(key).items()}, key
