"""The name index of a large gazetteer is kept in the user's cache, keyed by its data."""
from __future__ import annotations

import logging
from pathlib import Path

import pytest

from gazetteer import Gazetteer
from gazetteer import core
from gazetteer.cache import cache_dir, data_hash
from gazetteer.errors import PlaceNotFound
from gazetteer.places import read_places

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def small_is_large(monkeypatch, tmp_path):
    """Treat the 15-place fixture as a large gazetteer, with the cache in a temporary folder."""
    monkeypatch.setattr(core, "CACHE_FROM", 1)
    monkeypatch.setenv("GEOINCIDENTS_CACHE_DIR", str(tmp_path / "cache"))
    return read_places([FIXTURES / "places_small.csv"])


def _answers(g: Gazetteer) -> list[tuple[str, str]]:
    return [(g.resolve(n).id, g.resolve(n).method) for n in ("Zummar", "Zumarr", "Hasaka province", "Ayn al Asad")]


def test_the_index_is_written_once_and_read_back(small_is_large):
    first = Gazetteer(small_is_large)
    files = list(cache_dir().glob("*.index"))
    assert [f.stem for f in files] == [data_hash(small_is_large)]
    again = Gazetteer(small_is_large)
    assert _answers(again) == _answers(first)
    assert list(cache_dir().glob("*.index")) == files  # nothing rebuilt


def test_changed_data_gets_its_own_index(small_is_large):
    Gazetteer(small_is_large)
    without_zummar = [p for p in small_is_large if p.id != "iq-zummar"]
    g = Gazetteer(without_zummar)
    assert len(list(cache_dir().glob("*.index"))) == 2
    with pytest.raises(PlaceNotFound):  # the index of the other data was not reused
        g.resolve("Zumarr")


def test_an_unreadable_index_is_rebuilt_not_trusted(small_is_large, caplog):
    expected = _answers(Gazetteer(small_is_large))
    path = next(cache_dir().glob("*.index"))
    path.write_bytes(b"not a pickle")
    with caplog.at_level(logging.WARNING, logger="gazetteer.cache"):
        assert _answers(Gazetteer(small_is_large)) == expected
    assert "unreadable" in caplog.text
    assert path.read_bytes() != b"not a pickle"


def test_the_cache_folder_is_the_users(monkeypatch, tmp_path):
    monkeypatch.delenv("GEOINCIDENTS_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "geoincidents"
    assert "site-packages" not in str(cache_dir()) and Path(core.__file__).parent not in cache_dir().parents
