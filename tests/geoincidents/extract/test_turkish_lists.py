"""Turkish writes a list's case ending on its last name only: "Sincar, Kandil ve Hakurk'a hava harekâtı" struck all
three (the dative of Hakurk'a is the cue of the list), also past a name the gazetteer lacks and after a locative
phrase that places the list ("Irak'ın kuzeyinde"). Sentences written for these tests."""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def _targets(text: str) -> list[str]:
    return list(extract_report(text, published="2020-06-16").incidents["target_place_id"])


@pytest.mark.parametrize("text", [
    "Irak'ın kuzeyinde Sincar, Kandil ve Hakurk'a hava harekâtı icra edildi.",
    "Irak'ın kuzeyinde Sincar, Karacak, Kandil ve Hakurk'a hava harekâtı icra edildi.",  # past a name it lacks
    "Sincar, Kandil ve Hakurk'a hava harekâtı icra edildi.",
])
def test_the_last_names_case_is_the_lists(text):
    assert _targets(text) == ["iq-sinjar", "iq-qandil-mountains", "iq-hakurk"]


def test_a_name_with_a_case_of_its_own_keeps_it():
    # "Sincar'dan" 'from Sinjar' is where the fire came from, not a target of the list's dative
    got = extract_report("Teröristler Sincar'dan Hakurk'a roket attı.", published="2020-06-16")
    roles = dict(zip(got.places["place_id"], got.places["role"]))
    assert roles["iq-sinjar"] == "launch" and roles["iq-hakurk"] == "target"


@pytest.mark.parametrize(("text", "targets"), [
    # a region word of a list, no name alone, read as English writes it with "region" beside a region named
    ("Savaş uçakları Sincar, Kandil, Zap, Gara ve Hakurk'ta hedefleri vurdu.",
     ["iq-sinjar", "iq-qandil-mountains", "iq-zap-region", "iq-gara-mountain", "iq-hakurk"]),
    # "-deki" on the plural region word: the targets in the regions
    ("Metina ve Zap bölgelerindeki hedefler dün hava kuvvetlerimiz tarafından vuruldu.", ["iq-metina", "iq-zap-region"]),
    # the air operations with the MSB's suffixes
    ("Irak'ın kuzeyindeki Gara, Metina ve Kandil bölgelerinde hava harekatları icra edildi.",
     ["iq-gara-mountain", "iq-metina", "iq-qandil-mountains"]),
    ("Gara bölgesindeki hedeflere dün Pençe Kartal-2 Harekâtı düzenlendi.", ["iq-gara-mountain"]),
])
def test_turkish_statements_of_air_operations(text, targets):
    got = extract_report(text, published="2020-06-16").incidents
    assert list(got["target_place_id"]) == targets and set(got["event_type"]) == {"air_strike"}


@pytest.mark.parametrize("text", [
    "Zap ve Gara hakkında bir açıklama yapıldı.",  # no region named beside them: no place read
    "Kandil'de bir toplantı yapıldı.",  # a place, but no event
])
def test_no_strike_without_an_event(text):
    assert extract_report(text, published="2020-06-16").incidents.empty


def test_a_case_ending_marks_a_region_name_by_itself():
    got = extract_report("Irak'ın kuzeyindeki Metina'da hava harekâtıyla 5 terörist etkisiz hale getirildi.",
                         published="2024-05-10").incidents
    assert list(zip(got["event_type"], got["target_place_id"])) == [("air_strike", "iq-metina")]
    # (a given name with a case ending is no region: "Metin'e göre")
    assert extract_report("Metin'e göre saldırı olmadı.", published="2024-05-10").places.empty
