"""Turkish lists of regions hit, told in reported speech (session 46), on sentences written for these tests.

"Irak'ın kuzeyindeki Gara ve Metina ile Suriye'nin kuzeyindeki Tel Rıfat ve Arap Pınarı bölgelerinin vurulduğunu
açıkladı" ('said that the Gara and Metina regions in the north of Iraq and the Tel Rifaat and Kobani regions in the
north of Syria were hit'): the country before "kuzeyindeki" only says where the names after it lie, "ile" ('with')
joins the two halves of the list, and "vurulduğunu" ('that it was hit') is what was hit, typed by the air operation
told just before. "Arap Pınarı" / "Arappınar" is the Turkish name of Kobani (Wikipedia, Kobanî).
"""
from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from geoincidents import extract_report


def rows(text: str, published: str = "2023-10-09") -> list[tuple[str, str, str]]:
    found = extract_report(text, published=published).incidents
    return sorted(zip(found["date"].astype(str), found["event_type"], found["target_place_id"]))


def test_two_lists_joined_by_ile_each_in_its_country() -> None:
    text = ("Türk savaş uçakları pazar günü hava harekâtı düzenledi. Bakanlık, Irak'ın kuzeyindeki Gara ve Metina ile "
            "Suriye'nin kuzeyindeki Tel Rıfat ve Arap Pınarı bölgelerinin vurulduğunu açıkladı.")
    assert rows(text) == [("2023-10-08", "air_strike", "iq-gara-mountain"), ("2023-10-08", "air_strike", "iq-metina"),
                          ("2023-10-08", "air_strike", "sy-kobani"), ("2023-10-08", "air_strike", "sy-tall-rifat")]


def test_hit_in_reported_speech_with_no_weapon_told_is_of_means_untold() -> None:
    text = "Bakanlık, dün Suriye'nin kuzeyindeki Tel Rıfat ve Arappınar bölgelerinin vurulduğunu açıkladı."
    assert rows(text) == [("2023-10-08", "other", "sy-kobani"), ("2023-10-08", "other", "sy-tall-rifat")]


def test_the_country_before_kuzeyindeki_is_no_target_of_its_own() -> None:
    text = "Irak'ın kuzeyindeki Gara bölgesinde bir depo bombalandı."
    assert rows(text) == [("2023-10-09", "other", "iq-gara-mountain")]


@pytest.mark.parametrize("name", ["Arap Pınarı", "Arappınar", "Arap Pınarı'nda"])
def test_the_turkish_name_of_kobani(name: str) -> None:
    assert Gazetteer.default().resolve(name).place.id == "sy-kobani"


@pytest.mark.parametrize("text, expected", [
    ("MİT, 10 Eylül Salı günü Mahmur Kampı'nda İHA ile gerçekleştirilen nokta operasyonla bir teröristi etkisiz "
     "hale getirdi.", ("2024-09-10", "drone_strike", "iq-makhmur-camp")),
    ("MİT, Süleymaniye'de nokta operasyonla bir teröristi etkisiz hale getirdi.",
     ("2024-09-13", "air_strike", "iq-sulaymaniyah")),
])
def test_a_pinpoint_operation_is_a_strike_from_the_air(text: str, expected: tuple[str, str, str]) -> None:
    assert rows(text, "2024-09-13") == [expected]
