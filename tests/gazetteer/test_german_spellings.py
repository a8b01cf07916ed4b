"""German writes the sounds of Arabic and Hebrew names its own way (dsch for j, sch for sh, ch for kh, j for y):
the resolver reads a name so when it finds it nowhere as written, and keeps only what it then finds by name."""
from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.spans import german_reading


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.default()


@pytest.mark.parametrize("text, read", [
    ("Provinz Dschauf", "Provinz Jawf"),
    ("Kirjat Schmona", "Kiryat Shmona"),
    ("Dschurf al-Sachar", "Jurf al-Sakhar"),
    ("Chan Junis", None),  # (no sch: another language's spelling may write j and ch so)
    ("Halebja", None),
    ("Baghdad", None),
    ("die Stadt", None),  # (no capitalised word written the German way)
])
def test_german_reading(text, read):
    assert german_reading(text) == read


@pytest.mark.parametrize("name, place_id", [
    ("Dschauf", "ye-gov-al-jawf"),
    ("Provinz Dschauf", "ye-gov-al-jawf"),
    ("Hadscha", "ye-hajjah"),
    ("Provinz Hadscha", "ye-gov-hajjah"),
    ("Dschurf al-Sachar", "iq-jurf-al-sakhar"),
])
def test_german_spellings_resolve_by_name(gazetteer, name, place_id):
    found = gazetteer.resolve(name, fuzzy=False)
    assert found.place.id == place_id
