"""The countries' names in the languages reporters write (``data/country_names.csv``, CLDR by
``tools/gazetteer_countries.py``), and the rules around them: found as written, never by sound."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from gazetteer import Gazetteer
from gazetteer.countrynames import country_names, with_country_names
from gazetteer.errors import PlaceNotFound
from gazetteer.normalize import normalize
from gazetteer.placefiles import countries_beyond
from gazetteer.places import Place
from tests.gazetteer.test_towns import _tool_writes

ROOT = Path(__file__).resolve().parents[2]
TABLE = ROOT / "gazetteer" / "data" / "country_names.csv"


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.default()


def test_the_tool_writes_the_shipped_file_as_it_is(tmp_path):
    _tool_writes("gazetteer_countries.py", TABLE, tmp_path, writer="write_names")


def test_every_name_of_the_table_finds_its_country(g):
    names = country_names()
    # the 17 countries of the boundaries and the 12 states beyond them (places/beyond.csv)
    assert sum(map(len, names.values())) >= 900 and len(names) == 17 + len(countries_beyond())
    assert len(countries_beyond()) == 12
    wrong = [(code, name, g.resolve(name).id) for code, found in names.items() for name in found
             if g.resolve(name).id != f"cc-{code.lower()}"]
    assert wrong == []


def test_every_row_names_its_languages():
    with TABLE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert all(row["languages"] and row["country"].isupper() and row["name"] for row in rows)
    # Reporters' languages are there: Hungarian, Polish, Turkish, Persian, Hebrew, Sorani, Czech, Dutch, Greek.
    languages = {language for row in rows for language in row["languages"].split("|")}
    assert {"hu", "pl", "tr", "fa", "he", "ckb", "cs", "nl", "el", "uk"} <= languages


# Spellings in languages the places files never listed them in (written here, not taken from a report).
SPELLINGS = [
    ("Sýrie", "cc-sy"),  # Czech
    ("Syrië", "cc-sy"),  # Dutch
    ("Sirija", "cc-sy"),  # Croatian, Lithuanian, Slovenian: by sound it was Sirghaya, a Syrian town
    ("Irã", "cc-ir"),  # Portuguese: was ambiguous
    ("Ιορδανία", "cc-jo"),  # Greek
    ("Jordánsko", "cc-jo"),  # Czech and Slovak
    ("Turcja", "cc-tr"),  # Polish
    ("Egyiptom", "cc-eg"),  # Hungarian
    ("Kuvajt", "cc-kw"),  # Croatian, Czech
    ("سوریه", "cc-sy"),  # Persian
    ("ירדן", "cc-jo"),  # Hebrew
    ("טורקיה", "cc-tr"),  # Hebrew
    ("מצרים", "cc-eg"),  # Hebrew
    ("Туреччина", "cc-tr"),  # Ukrainian
    ("Szíria", "cc-sy"),  # Hungarian: by sound it was Sari, an Iranian city
    ("Syrien", "cc-sy"),  # German, Swedish, Danish: by sound it was Sarayan
]


@pytest.mark.parametrize(("spelling", "place_id"), SPELLINGS)
def test_a_country_is_found_in_the_language_it_is_written_in(g, spelling, place_id):
    assert g.resolve(spelling).id == place_id


def test_a_town_keeps_its_own_name_and_sound(g):
    # A country's name in another language never takes a town's name (the tool leaves those out), nor its sound.
    assert g.resolve("Sari").id == "ir-sari"
    assert g.resolve("Sarayan").id == "ir-sarayan"


def test_a_name_in_another_language_is_matched_as_written_not_by_sound(g):
    # "Iordaniya" (Uzbek) is only in the table; what sounds like it (the Russian river "Иордан", 'Iordan')
    # is no country: the index keeps the table's keys out of the sound and likeness stages.
    index = g._index
    jordan = g._by_id["cc-jo"]
    assert jordan not in index.phonetic(normalize("Iordan"))
    with pytest.raises(PlaceNotFound):
        g.resolve("у реки Иордан")


def test_only_countries_take_the_names():
    syria = Place(id="x-sy", name="Syria", kind="country", lat=33.5, lon=36.3, country="SY")
    town = Place(id="x-town", name="Somewhere", kind="town", lat=33.5, lon=36.3, country="SY")
    assert {"Szíria", "Suriye", "Syrien"} <= set(with_country_names(syria).aliases)
    assert with_country_names(town) == town
