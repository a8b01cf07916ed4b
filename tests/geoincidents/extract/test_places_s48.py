"""Places of session 48, on sentences written for these tests.

- A province named with an adjective between its word and its "of", as Romance languages write it ("la provincia
  central de Hama", "la province centrale de Hama", "la provincia centrale di Hama"): the province, not its city.
- The place of an office ("the mayor of Penjwen", "شهردار کویسنجق") or owning a group that could stand for no state
  is a place the report names, as context; it is never the place hit.
"""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report

PUBLISHED = "2024-03-05"


def places(text, gazetteer):
    found = extract_report(text, gazetteer=gazetteer, published=PUBLISHED).places
    return {(m, p, r, s) for m, p, r, s in zip(found["mention"], found["place_id"], found["role"], found["sense"])}


@pytest.mark.parametrize("text", [
    "Un ataque alcanzó un depósito cerca de Masyaf, en la provincia central de Hama, el lunes.",
    "Une frappe a visé un dépôt près de Masyaf, dans la province centrale de Hama, lundi.",
    "Un raid ha colpito un deposito vicino a Masyaf, nella provincia centrale di Hama, lunedì.",
])
def test_a_province_with_its_adjective_before_its_of(text, gazetteer):
    assert ("Hama", "sy-gov-hama", "context", "place") in places(text, gazetteer)


@pytest.mark.parametrize("text, mention, place", [
    ("The mayor of Penjwen said a Turkish drone had struck a car near the town on Sunday.", "Penjwen", "iq-penjwen"),
    ("Ramk Ramazan, the mayor of Chamchamal district, said no one was hurt when rockets hit the field.",
     "Chamchamal district", "iq-dist-chamchamal"),
    ("طارق حیدری، شهردار کویسنجق، گفت دست‌کم یک نفر در حمله پهپادی کشته شد.", "کویسنجق", "iq-koya"),
])
def test_the_place_of_an_office_is_a_place_of_context(text, mention, place, gazetteer):
    assert (mention, place, "context", "place") in places(text, gazetteer)


def test_a_seat_of_government_owning_a_body_stays_the_state(gazetteer):
    found = places("Erbil's security council said a drone had hit the base on Sunday.", gazetteer)
    assert ("Erbil", "iq-erbil", "context", "state") in found


@pytest.mark.parametrize("text", [
    "Sirens sounded in the Red Sea resort city shortly before midnight as the two drones were downed.",
    "Residents of the Red Sea port town heard blasts as the drones were intercepted on Monday.",
])
def test_a_water_before_a_settlements_words_is_no_place_hit(text, gazetteer):
    # "the Red Sea resort city": the sea tells where the city lies (mentions._water_before_a_settlement)
    found = extract_report(text, gazetteer=gazetteer, published=PUBLISHED)
    assert set(zip(found.places["place_id"], found.places["role"])) == {("xz-red-sea", "context")}
    assert "xz-red-sea" not in set(found.incidents["target_place_id"])


def test_the_water_a_drone_was_downed_over_stays_a_target_alone(gazetteer):
    found = places("The army said a drone was shot down over the Red Sea on Monday night.", gazetteer)
    assert ("Red Sea", "xz-red-sea", "target", "place") in found


@pytest.mark.parametrize("text, place", [
    ("Israeli jets struck Hezbollah sites in the Bekaa on Monday.", "lb-bekaa-valley"),
    ("Des frappes israéliennes ont visé la Bekaa lundi.", "lb-bekaa-valley"),
    ("شنت طائرات إسرائيلية غارات على البقاع يوم الاثنين.", "lb-bekaa-valley"),
    ("Israeli jets struck sites in the Beqaa governorate on Monday.", "lb-gov-beqaa"),
])
def test_the_bekaa_is_the_valley_unless_the_governorate_is_named(text, place, gazetteer):
    found = extract_report(text, gazetteer=gazetteer, published=PUBLISHED).incidents
    assert list(found["target_place_id"]) == [place]


@pytest.mark.parametrize("text", [
    "הרקטות פגעו במבנה וגרמו נזק מהציוד שהיה במקום.",  # 'from the equipment' is no Masada (מצדה) by sound
])
def test_a_common_hebrew_word_after_its_prefix_is_no_name_by_sound(text, gazetteer):
    assert places(text, gazetteer) == set()


def test_a_name_by_sound_after_its_prefix_stays_found(gazetteer):
    found = places("התקיפה בבושהר ובגדד.", gazetteer)
    assert {p for _, p, _, _ in found} == {"ir-bushehr", "iq-baghdad"}
