"""A country told with a direction in Spanish, French, Italian and German is the country, as "northern Israel" is
("sur del Líbano", "le sud du Liban", "den Norden Israels": the German genitive after a direction noun), and a country
so told is the side hit, not who fired ("Die Hisbollah beschoss den Norden Israels"). Sentences written for these
tests."""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def _drafts(text: str) -> list[tuple[str, str]]:
    got = extract_report(text, published="2024-08-22").incidents
    return list(zip(got["target_place_id"], got["actor"]))


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel bombardeó el sur del Líbano el miércoles.", [("lb-south-lebanon", "Israel")]),
    ("Israël a frappé le sud du Liban mercredi.", [("lb-south-lebanon", "Israel")]),
    ("Die Hisbollah beschoss am Mittwoch den Norden Israels mit Raketen.", [("cc-il", "Hezbollah")]),
    ("Israel griff am Mittwoch Ziele im Süden Syriens an.", [("cc-sy", "Israel")]),
])
def test_a_country_told_with_a_direction(text, expected):
    assert _drafts(text) == expected


def test_a_genitive_without_a_direction_is_not_read():
    got = extract_report("Israels Armee meldete am Mittwoch Raketen auf Kiryat Schmona.", published="2024-08-22")
    assert "cc-il" not in set(got.places["place_id"])


def test_sur_alone_is_french_on():
    got = extract_report("Des roquettes sont tombées sur Kiryat Shmona mercredi.", published="2024-08-22")
    assert list(got.incidents["target_place_id"]) == ["il-kiryat-shmona"]


@pytest.mark.parametrize(("text", "country"), [
    ("Des missiles ont été tirés mardi vers le territoire israélien.", "cc-il"),
    ("Lanzaron misiles contra territorio israelí el martes.", "cc-il"),
    ("Un drone a pénétré mardi dans l'espace aérien israélien.", "cc-il"),
    ("Drohnen drangen am Dienstag in den israelischen Luftraum ein.", "cc-il"),
])
def test_territory_told_with_a_demonym_in_other_languages(text, country):
    got = extract_report(text, published="2024-10-02").places
    assert list(got["place_id"]) == [country] and list(got["method"]) == ["demonym"]


@pytest.mark.parametrize(("text", "country"), [
    ("Israel griff am Dienstag Ziele in Syrien an.", "cc-sy"),  # German Syrien is Syria, French syrien an adjective
    ("Raketen trafen am Dienstag Jordanien.", "cc-jo"),
])
def test_a_country_name_that_is_a_demonym_elsewhere_stays_the_country(text, country):
    assert country in set(extract_report(text, published="2024-10-02").places["place_id"])


def test_kurmanji_foothills_are_no_village():
    got = extract_report("Balafirên Tirkiyê Binarê Qendîlê bombebaran kirin.", published="2023-12-29").places
    assert "iq-binjar" not in set(got["place_id"]) and "iq-qandil-mountains" in set(got["place_id"])


def test_no_demonym_is_a_country_name_of_another_language(gazetteer):
    # (German Syrien and Jordanien are the countries, French syrien and jordanien adjectives: a demonym that is also
    # a country's name would make the country no mention, as a demonym alone is none)
    import csv
    from pathlib import Path

    from geoincidents.extract.namekeys import country_keys, token_key

    table = Path(__file__).resolve().parents[3] / "geoincidents" / "data" / "extract_demonyms.csv"
    clashes = {r["demonym"] for r in csv.DictReader(table.open(encoding="utf-8"))
               if token_key(r["demonym"]) in country_keys(gazetteer)}
    assert clashes == {"Saudi", "Yemeni", "yemení", "تركية", "التركية", "تركي", "التركي"}  # (read as before)
