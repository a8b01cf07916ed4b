"""Places a report names around a wave of fire without a trigger of their own (session 45), on sentences written for
these tests.

* "The group said it carried out four attacks on Tuesday. It targeted A and B": the pronoun stands for the group
  the sentence before named, though that count is no event of its own;
* "In Khiam, a house was destroyed" after strikes on the south: the strikes, there;
* German passive clauses whose participle comes last ("Dabei wurden Stellungen in Hama ... getroffen"), and "die
  Basis", "der Stützpunkt" as "the base" told before; Arabic "وكانت القاعدة قد تعرضت" 'the base had been subjected';
* common words that GeoNames lists as other names of a town ("Dabei" for Dubai) are no names.
"""
from __future__ import annotations

import pytest

from gazetteer import Gazetteer, PlaceNotFound
from geoincidents import extract_report


def dated(text: str, published: str = "2024-01-23") -> list[tuple[str, str, str]]:
    rows = extract_report(text, published=published).incidents
    return sorted(zip(rows["date"].astype(str), rows["event_type"], rows["target_place_id"]))


def targets(text: str, published: str = "2024-01-23") -> set[str]:
    return {t for _, _, t in dated(text, published)}


def test_a_pronoun_after_a_groups_count_of_attacks() -> None:
    text = ("The Islamic Resistance in Iraq said it carried out four attacks on Tuesday. It targeted Ain al-Asad, "
            "the Harir base and the Conoco field.")
    assert targets(text) == {"iq-ain-al-asad-air-base", "iq-harir-air-base", "sy-conoco-gas-field-base"}
    assert {d for d, _, _ in dated(text)} == {"2024-01-23"}


def test_a_pronoun_of_a_state_force_is_not_read_as_a_group() -> None:
    # the count's subject is a state force: "it targeted" is no group's fire (a generic verb with no force of its own)
    assert dated("Israel's army said it carried out dozens of strikes on Tuesday. It targeted a depot.") == []


@pytest.mark.parametrize("text, expected", [
    ("Israeli warplanes struck several towns in southern Lebanon on Tuesday. In Khiam, a house was destroyed.",
     ("2024-01-23", "air_strike", "lb-khiam")),
    ("Turkish drones carried out strikes across north-east Syria on Tuesday. In Kobani, two civilians were killed.",
     ("2024-01-23", "drone_strike", "sy-kobani")),
])
def test_a_clause_opening_on_its_place_tells_the_damage_of_the_strike_before(
        text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dated(text)


@pytest.mark.parametrize("text", [
    # a speaker there is no place hit
    "Militants fired rockets at Ain al-Asad on Tuesday. In Washington, an official said nobody was injured.",
    # nothing was told before: the dead of an unknown cause make no strike
    "In Khiam, two people were killed on Tuesday.",
])
def test_a_fronted_place_without_a_strike_before_or_with_a_speaker(text: str) -> None:
    assert not {"us-washington", "lb-khiam"} & targets(text)


def test_a_german_passive_after_a_strike() -> None:
    text = ("Israelische Kampfjets griffen am Dienstag Ziele in Syrien an. Dabei wurden Stellungen in Hama und Homs "
            "getroffen.")
    assert dated(text) == [("2024-01-23", "air_strike", "sy-hama"), ("2024-01-23", "air_strike", "sy-homs")]
    # "Dabei" ('in doing so') is no name of Dubai
    places = extract_report(text, published="2024-01-23").places
    assert "ae-dubai" not in set(places.place_id)


def test_a_german_decision_made_is_no_hit() -> None:
    assert dated("Eine Entscheidung wurde am Dienstag in Bagdad getroffen.") == []


@pytest.mark.parametrize("text", [
    "Raketen trafen am Dienstag den Stützpunkt Ain al-Asad. Bereits am Samstag war die Basis mit Drohnen angegriffen "
    "worden.",
    "استهدفت صواريخ قاعدة عين الأسد يوم الثلاثاء. وكانت القاعدة قد تعرضت السبت لهجوم بطائرات مسيرة.",
])
def test_the_base_told_before_attacked_on_an_earlier_day(text: str) -> None:
    assert dated(text) == [("2024-01-20", "drone_attack", "iq-ain-al-asad-air-base"),
                           ("2024-01-23", "rocket_attack", "iq-ain-al-asad-air-base")]


@pytest.mark.parametrize("word", ["Dabei", "Sido", "Riant", "Mosel"])
def test_common_words_are_no_geonames_alternate_names(word: str) -> None:
    gazetteer = Gazetteer.default()
    try:
        match = gazetteer.resolve(word, fuzzy=False)
    except PlaceNotFound:
        return
    assert match.method not in ("exact", "alias")


def test_the_facilities_hit_placed_by_a_town_in_a_sentence_of_their_own() -> None:
    text = ("US aircraft bombed buildings used by militias in eastern Syria on Thursday evening, the Pentagon said. "
            "The facilities sat just inside Syria, close to the town of Abu Kamal.")
    assert dated(text, "2021-02-26") == [("2021-02-25", "air_strike", "sy-albu-kamal")]


@pytest.mark.parametrize("text, expected", [
    ("US aircraft struck two sites in Albu Kamal and one in Qaim on Sunday.", {"sy-albu-kamal", "iq-al-qaim"}),
    ("US aircraft struck two sites in Syria and one in Iraq on Sunday.", {"cc-sy", "cc-iq"}),
    ("US jets struck three sites in Iraq and two in Syria on Sunday.", {"cc-sy", "cc-iq"}),
    ("Israel struck a depot in Homs province and another in Hama province on Sunday.", {"sy-gov-homs", "sy-gov-hama"}),
])
def test_a_second_thing_hit_told_by_one_or_a_count(text: str, expected: set[str]) -> None:
    assert targets(text, "2021-06-29") == expected


def test_the_targets_of_each_country_placed_in_a_sentence_after() -> None:
    text = ("US aircraft struck two locations in Syria and one location in Iraq on the evening of June 27. The Syria "
            "targets lay near Albu Kamal, while the Iraq target was a position of a brigade in the al-Qaim area of "
            "western Anbar.")
    assert dated(text, "2021-06-29") == [("2021-06-27", "air_strike", "iq-al-qaim"),
                                         ("2021-06-27", "air_strike", "sy-albu-kamal")]


def test_one_of_the_strikes_at_a_town_inside_a_wave_at_two_countries() -> None:
    text = ("US jets struck three sites in Iraq and two in Syria on Sunday, the Pentagon said. One of the strikes hit "
            "the militia's headquarters near the western town of Qaim.")
    # the announced wave at each country stays beside the town told hit
    assert targets(text, "2019-12-30") == {"cc-iq", "cc-sy", "iq-al-qaim"}


def test_the_strikes_hitting_sites_is_no_sentence_placing_the_wave() -> None:
    # "the strikes hit sites near al-Qaim" is a clause of its own: the country's draft stays beside the towns
    text = ("The United States struck targets in Iraq and Syria on Friday. In Iraq, the strikes hit sites near al-Qaim "
            "and Akashat.")
    assert {"cc-iq", "iq-al-qaim", "iq-akashat"} <= targets(text, "2024-02-03")
