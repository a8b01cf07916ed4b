"""The trigram candidate index gives the fuzzy answers a full scan gives (the reference)."""
from __future__ import annotations

import random

import pytest

from gazetteer import Gazetteer
from gazetteer import index as index_module
from gazetteer.errors import GazetteerError
from gazetteer.ngrams import TrigramIndex


def _typos(name: str, rng: random.Random) -> list[str]:
    out = []
    for _ in range(3):
        i = rng.randrange(1, max(2, len(name) - 1))
        out += [name[:i] + name[i + 1:], name[:i] + name[i] + name[i:]]
    return out


def _answers(gazetteer: Gazetteer, names: list[str]) -> list[object]:
    out = []
    for name in names:
        try:
            m = gazetteer.resolve(name)
            out.append((m.id, m.method, m.score, m.ambiguous))
        except GazetteerError as err:
            out.append(type(err).__name__)
    return out


def test_indexed_fuzzy_matches_the_full_scan(monkeypatch):
    places = list(Gazetteer.default()._places)
    rng = random.Random(5)
    names = [t for p in rng.sample(places, 120) if len(p.name) >= 6 for t in _typos(p.name, rng)]
    full = _answers(Gazetteer(places), names)
    monkeypatch.setattr(index_module, "CANDIDATE_INDEX_FROM", 0)
    indexed = _answers(Gazetteer(places), names)
    agree = sum(a == b for a, b in zip(full, indexed))
    assert agree == len(names), [(n, a, b) for n, a, b in zip(names, full, indexed) if a != b][:5]


def test_candidates_are_bounded_and_deterministic():
    keys = [f"{a}{b}{c}" for a in ("zum", "rum", "qa") for b in ("mar", "al", "im") for c in ("", "yn", "a")]
    index = TrigramIndex(keys)
    first = index.candidates("zummar", limit=5)
    assert len(first) <= 5 and keys[first[0]] in ("zummar", "zumma", "zummara")
    assert index.candidates("zummar", limit=5).tolist() == first.tolist()
    assert TrigramIndex([]).candidates("x").tolist() == []


@pytest.mark.parametrize("query", ["", "x", "ال", "ab cd ef gh"])
def test_odd_queries_give_keys_or_nothing(query):
    index = TrigramIndex(["zummar", "ab cd"])
    assert set(index.candidates(query).tolist()) <= {0, 1}


def test_a_budget_filled_by_one_trigram_gives_the_first_keys_holding_it():
    # Every key holds " ab": its list alone fills a budget of 1, so the candidates are the keys that
    # hold it, in key order (each shares one trigram read), at most *limit* of them.
    keys = [f"ab{x}{y}" for x in "cdefgh" for y in "ijklmn"]
    index = TrigramIndex(keys)
    found = index.candidates("abzz", limit=7, budget=1).tolist()
    assert found == list(range(7))
    # A budget that reads every list counts shared trigrams: the key spelt alike comes first.
    assert keys[index.candidates("abhn", limit=3, budget=10_000)[0]] == "abhn"
