"""The large-gazetteer path gives the answers of the simple one: bulk builders, candidate indexes, the disk cache.

Each fast path is checked against the plain code it replaces, on fixed
samples (deterministic) and on generated input (hypothesis): bulk
normalisation and phonetic keys, vectorised hashes and deletion
neighbourhoods, and the fuzzy winner with candidate indexes against the scan
of every key. No test is timed (speed is measured in bench/bench_gazetteer.py).
"""
from __future__ import annotations

import importlib
import importlib.util
import logging
import random
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gazetteer import Gazetteer
from gazetteer import core
from gazetteer import index as index_module
from gazetteer.cache import cache_dir, data_hash, read_index, write_index
from gazetteer.deletions import DeletionIndex, _neighbourhood, key_hash, key_hashes
from gazetteer.errors import GazetteerError
from gazetteer.index import NameIndex, sounds_alike
from gazetteer.keytables import best_first
from gazetteer.phonetic import phonetic_key, phonetic_keys
from gazetteer.places import Place, read_places

normalize_module = importlib.import_module("gazetteer.normalize")

def _bench_module():
    """bench/bench_gazetteer.py, whose synthetic gazetteer the tests share (one generator for both)."""
    path = Path(__file__).resolve().parents[2] / "bench" / "bench_gazetteer.py"
    spec = importlib.util.spec_from_file_location("bench_gazetteer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_villages = _bench_module().synthetic_places  # villages with Arabic-like names of 2-4 syllables, some of two words


def _misspell(name: str, rng: random.Random) -> str:
    i = rng.randrange(1, max(2, len(name) - 1))
    edit = rng.choice(("drop", "double", "swap", "change"))
    if edit == "drop":
        return name[:i] + name[i + 1:]
    if edit == "double":
        return name[:i] + name[i] + name[i:]
    if edit == "swap" and i + 1 < len(name):
        return name[:i] + name[i + 1] + name[i] + name[i + 2:]
    return name[:i] + rng.choice("abdehiklmnoqrstuyz") + name[i + 1:]


def _answers(g: Gazetteer, names: list[str]) -> list[object]:
    out = []
    for name in names:
        try:
            m = g.resolve(name)
            out.append((m.id, m.method, m.score, m.ambiguous, tuple(a.place_id for a in m.alternatives)))
        except GazetteerError as err:
            out.append(type(err).__name__)
    return out


# -- bulk builders equal the single ones -------------------------------------------------------

_CURATED = read_places()
_NAMES = sorted({n for p in _CURATED for n in (*p.names(), p.id)})


def test_bulk_normalisation_equals_normalize_parts_on_every_curated_name():
    many = normalize_module.normalize_parts_many(_NAMES + ["", "  ", "Camp", "al-Qa'im Air Base"])
    assert all(many[n] == normalize_module._parts.__wrapped__(n) for n in many)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=24) | st.sampled_from(["al", "Air Base", "ال", "Tell", "province", "the"]),
                max_size=5).map(" ".join))
def test_bulk_normalisation_equals_normalize_parts_on_any_text(text):
    assert normalize_module.normalize_parts_many([text])[text] == normalize_module._parts.__wrapped__(text)
    # Folding characters one at a time is folding the text (the premise of the character table).
    assert normalize_module._folded_tokens(text) == normalize_module._tokens(normalize_module._fold_chars(text))


def test_bulk_phonetic_keys_equal_phonetic_key():
    keys = sorted({normalize_module.normalize(n) for n in _NAMES} | {normalize_module.normalize(p.name)
                                                                     for p in _villages(3000, 1)})
    assert phonetic_keys(keys) == [phonetic_key(k) for k in keys]


# -- hashes and the deletion neighbourhood ----------------------------------------------------------

@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=12), max_size=6))
def test_vectorised_hashes_equal_the_hash_of_each_string(keys):
    assert [int(h) for h in key_hashes(keys)] == [key_hash(k) for k in keys]
    hashes, owners = _neighbourhood(keys)
    expected = sorted((key_hash(v), i) for i, k in enumerate(keys)
                      for v in [k] + [k[:j] + k[j + 1:] for j in range(len(k))])
    assert sorted(zip(map(int, hashes), map(int, owners))) == expected


def test_every_key_one_edit_away_is_a_candidate():
    rng = random.Random(3)
    keys = sorted({normalize_module.normalize(p.name) for p in _villages(2000, 2)})
    index = DeletionIndex(keys)
    one_word = [i for i, k in enumerate(keys) if " " not in k]
    for number in rng.sample(one_word, 300):
        typo = _misspell(keys[number], rng)
        assert number in index.candidates(typo).tolist(), (keys[number], typo)
    # (In a key of several words, an edit that reorders the sorted words is more than one edit away:
    # the trigram index offers those.)
    # Words in another order are the same key to token_sort_ratio, and to the index.
    two_words = next(i for i, k in enumerate(keys) if " " in k)
    assert two_words in index.candidates(" ".join(reversed(keys[two_words].split()))).tolist()


# -- candidate indexes give the winner of the full scan ------------------------------------------------

def test_indexed_winner_equals_the_full_scan_on_a_fixed_sample(monkeypatch):
    places = _villages(4000, 11)
    rng = random.Random(12)
    names = [_misspell(p.name, rng) for p in rng.sample(places, 400) if len(p.name) >= 5]
    names += [_misspell(_misspell(p.name, rng), rng) for p in rng.sample(places, 100) if len(p.name) >= 9]
    monkeypatch.setattr(index_module, "CANDIDATE_INDEX_FROM", 10 ** 12)
    scanned = _answers(Gazetteer(places), names)
    monkeypatch.setattr(index_module, "CANDIDATE_INDEX_FROM", 0)
    indexed = _answers(Gazetteer(places), names)
    differ = [(n, a, b) for n, a, b in zip(names, scanned, indexed) if a != b]
    assert not differ, differ[:5]
    assert sum(isinstance(a, tuple) and a[1] == "fuzzy" for a in indexed) >= 50  # the sample exercises fuzzy


def test_ranking_does_not_depend_on_the_order_of_the_places(monkeypatch):
    monkeypatch.setattr(index_module, "CANDIDATE_INDEX_FROM", 0)
    places = _villages(1500, 21)
    rng = random.Random(22)
    names = [_misspell(p.name, rng) for p in rng.sample(places, 150)]
    shuffled = places[:]
    random.Random(23).shuffle(shuffled)
    assert _answers(Gazetteer(places), names) == _answers(Gazetteer(shuffled), names)


def test_arrays_round_trip_gives_the_same_answers(monkeypatch):
    monkeypatch.setattr(index_module, "CANDIDATE_INDEX_FROM", 0)
    places = list(Gazetteer.default()._places)
    built = NameIndex(places)
    built.prepare()
    again = NameIndex.from_arrays(built.arrays())
    assert again.keys.tolist() == built.keys.tolist()
    for key in ("zummar", "zumar", "rmeilan", "erbil", "hasaka", "ain asad", "unknownplace"):
        for descriptors in ((), ("airbase",), ("governorate",)):
            assert again.hits(key, descriptors) == built.hits(key, descriptors)
        assert again.phonetic(key) == built.phonetic(key)
        assert again.fuzzy(key) == built.fuzzy(key)


# -- the disk cache ---------------------------------------------------------------------------------------

@pytest.fixture
def cached(monkeypatch, tmp_path):
    """A 3,000-village gazetteer treated as large, with the cache in a temporary folder."""
    monkeypatch.setattr(core, "CACHE_FROM", 1)
    monkeypatch.setattr(index_module, "CANDIDATE_INDEX_FROM", 0)
    monkeypatch.setenv("GEOINCIDENTS_CACHE_DIR", str(tmp_path / "cache"))
    places = _villages(3000, 31)
    rng = random.Random(32)
    names = [p.name for p in places[:20]] + [_misspell(p.name, rng) for p in places[20:120]]
    expected = _answers(Gazetteer(places), names)
    return places, names, expected


def _damage(path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "cut short":
        path.write_bytes(bytes(data[: len(data) // 2]))
    elif how == "one byte changed":
        data[-100] ^= 0x55  # inside the last array
        path.write_bytes(bytes(data))
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "header garbage":
        path.write_bytes(data[:30] + b"{not json" + data[39:])
    else:
        path.write_bytes(b"an old pickle, or anything else")


@pytest.mark.parametrize("how", ["cut short", "one byte changed", "empty", "header garbage", "other file"])
def test_a_damaged_cache_file_is_rebuilt_never_trusted(cached, caplog, how):
    places, names, expected = cached
    (path,) = cache_dir().glob("*.index")
    _damage(path, how)
    damaged = path.read_bytes()
    with caplog.at_level(logging.WARNING, logger="gazetteer.cache"):
        assert _answers(Gazetteer(places), names) == expected
    assert "unreadable" in caplog.text
    assert path.read_bytes() != damaged
    read_index(path)  # rewritten whole


def test_changed_data_never_reads_the_old_index(cached):
    places, names, expected = cached
    renamed = [Place(id=p.id, name=p.name + "x", kind=p.kind, lat=p.lat, lon=p.lon, admin1=p.admin1,
                     country=p.country) if i < 20 else p for i, p in enumerate(places)]
    assert data_hash(renamed) != data_hash(places)
    answers = _answers(Gazetteer(renamed), names[:20])
    # The renamed places no longer have their old names: an old index would still say "exact".
    assert not [a for p, a in zip(places, answers) if isinstance(a, tuple) and a[:2] == (p.id, "exact")]
    assert [a[:2] for a in _answers(Gazetteer(renamed), [p.name + "x" for p in places[:3]])] == \
        [(p.id, "exact") for p in places[:3]]
    assert len(list(cache_dir().glob("*.index"))) == 2
    assert _answers(Gazetteer(places), names) == expected  # and the first index still serves its data


def test_an_alias_change_changes_the_key(cached):
    places, _, _ = cached
    changed = places[:]
    p = changed[5]
    changed[5] = Place(id=p.id, name=p.name, kind=p.kind, lat=p.lat, lon=p.lon, admin1=p.admin1,
                       country=p.country, aliases=("Qaryat Zibdiyya",))
    assert data_hash(changed) != data_hash(places)
    assert Gazetteer(changed).resolve("Qaryat Zibdiyya").id == p.id


def test_index_file_round_trip(tmp_path):
    arrays = {"a": np.arange(5, dtype=np.int64), "b": np.array([1.5, 2.5]), "c": np.zeros(0, dtype=np.uint8)}
    write_index(tmp_path / "x.index", arrays)
    back = read_index(tmp_path / "x.index")
    assert list(back) == list(arrays) and all(np.array_equal(back[k], arrays[k]) for k in arrays)
    assert not list(tmp_path.glob("*.part"))



@pytest.mark.parametrize("offset", [0, 1 << 62])  # packed in one int64, and too wide for that (lexsort)
def test_best_entry_per_group(offset):
    rng = np.random.default_rng(1)
    key, place = rng.integers(0, 50, 2000) + offset, rng.integers(0, 30, 2000)
    method = rng.integers(0, 2, 2000).astype(np.int8)
    best: dict[tuple[int, int], int] = {}
    for k, p, m in zip(key.tolist(), place.tolist(), method.tolist()):
        best[k, p] = min(m, best.get((k, p), 9))
    kept = best_first(key, place, method)
    assert [(int(key[i]), int(place[i]), int(method[i])) for i in kept] == [(k, p, m) for (k, p), m in sorted(best.items())]


def test_phonetic_hits_are_the_best_score_of_each_place():
    from rapidfuzz import fuzz

    index = NameIndex(_CURATED)
    mask = np.array([p.country == "SY" for p in _CURATED])
    for key in ("rmeilan", "rumalyn", "hasakah", "jurf saqr", "erbil", "shaddadi", "mayadeen", "kut"):
        for m in (None, mask):
            expected: dict[int, float] = {}
            for number, name_key in enumerate(index.keys):
                if phonetic_key(name_key) and phonetic_key(name_key) == phonetic_key(key) \
                        and sounds_alike(key, name_key, fuzz.ratio(key, name_key)):
                    score = round(95.0 + fuzz.ratio(key, name_key) / 100.0, 2)
                    for place in index.places_with_key(name_key):
                        if (m is None or m[place]) and score > expected.get(place, -1.0):
                            expected[place] = score
            assert index.phonetic(key, m) == expected, key


def test_packed_trigram_postings_equal_the_stable_sort(monkeypatch):
    from gazetteer import ngrams

    keys = sorted({normalize_module.normalize(n) for n in _NAMES} | {"ال زمار", "x", "zummar"})
    packed = ngrams.TrigramIndex(keys)
    real = ngrams._sorted_postings
    monkeypatch.setattr(ngrams, "_sorted_postings", lambda codes, valid, owner, _: real(codes, valid, owner, 1 << 62))
    stable = ngrams.TrigramIndex(keys)  # too many keys to pack: the stable sort
    for name in ("_grams", "_starts", "_postings"):
        assert np.array_equal(getattr(packed, name), getattr(stable, name)), name
    assert packed.candidates("zumar", limit=3).tolist() == stable.candidates("zumar", limit=3).tolist()


def test_an_intact_file_with_missing_or_mismatched_arrays_is_rebuilt(cached, caplog):
    places, names, expected = cached
    (path,) = cache_dir().glob("*.index")
    arrays = dict(read_index(path))
    for broken in ({k: v for k, v in arrays.items() if k != "sound_hash"},
                   {**arrays, "sound_keys": arrays["sound_keys"][:-1]},
                   {**arrays, "short_place": arrays["short_place"][:-1]}):
        write_index(path, broken)
        with caplog.at_level(logging.WARNING, logger="gazetteer.cache"):
            assert _answers(Gazetteer(places), names) == expected
        assert "unreadable" in caplog.text
        caplog.clear()


def test_a_key_written_only_as_an_id_is_matched_exactly_never_by_sound_or_likeness():
    from gazetteer import Gazetteer
    from gazetteer.places import Place

    places = [Place(id="xq-qaryat-zubayr", name="Tell Hamra", kind="village", lat=36.0, lon=41.0, country="SY"),
              Place(id="xq-2", name="Qaryat Zubair", kind="village", lat=36.5, lon=41.5, country="SY")]
    g = Gazetteer(places)
    assert g.resolve("xq-qaryat-zubayr").id == "xq-qaryat-zubayr"          # the id itself, exactly
    # A misspelt name finds the place named so, not the place whose id spells it.
    assert g.resolve("Qaryat Zubayr").id == "xq-2"
    assert g.resolve("Qaryat Zubeir").id == "xq-2"
    # A misspelt id is not a name: no fuzzy or phonetic match to the place whose id it nearly is.
    from gazetteer.errors import PlaceNotFound

    with pytest.raises(PlaceNotFound):
        g.resolve("xq-qaryat-zubayx")
