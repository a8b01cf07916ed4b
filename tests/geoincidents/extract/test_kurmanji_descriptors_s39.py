"""A Kurmanji descriptor written small before a name that carries its oblique ending steers the name as it does
before the bare name: "balafirgeha Hewlêrê" 'the airport of Erbil' is Erbil's airport and "kampa Mexmûrê" 'the camp
of Makhmur' the refugee camp, as "balafirgeha Hewlêr" and "kampa Mexmûr" are; a descriptor of the town itself
("bajarê Hewlêrê" 'the city of Erbil') keeps the city.

Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


@pytest.mark.parametrize(("text", "place"), [
    ("Dronek êrîşî ser balafirgeha Hewlêrê kir.", "iq-erbil-international-airport"),
    ("Dronek êrîşî ser balafirgeha Hewlêr kir.", "iq-erbil-international-airport"),
    ("Dronek êrîşî ser kampa Mexmûrê kir.", "iq-makhmur-camp"),
    ("Dronek êrîşî ser bajarê Hewlêrê kir.", "iq-erbil"),
    ("Dronek li Hewlêrê ket.", "iq-erbil"),
])
def test_the_descriptor_before_a_name_with_its_ending(text: str, place: str) -> None:
    report = extract_report(text, published="2024-01-16")
    assert list(report.places["place_id"]) == [place]
    assert list(report.incidents["target_place_id"]) == [place]


def test_a_capitalised_descriptor_of_several_words() -> None:
    # "Balafirgeha Navneteweyî ya Hewlêrê" 'Erbil International Airport', capitalised as a name's own words, steers
    # the name with its ending; "hatiye têkbirin" 'was brought down' is an interception
    text = ("Dezgeha Dijeterorê berê sibehê ragihandibû ku li nêzîkî Balafirgeha Navneteweyî ya Hewlêrê droneke "
            "bombekirî hatiye têkbirin.")
    report = extract_report(text, published="2025-07-14")
    assert list(zip(report.incidents["event_type"], report.incidents["target_place_id"])) == [
        ("interception", "iq-erbil-international-airport")]


def test_the_oil_field_of_khurmala_capitalised() -> None:
    # ("hat hedefgirtin" 'was targeted', written as one word, is an attack word and its cue)
    report = extract_report("Îşev bi du dronan Qada Petrolê ya Xurmalayê hat hedefgirtin.", published="2025-07-14")
    assert list(report.places["place_id"]) == ["iq-khurmala-oil-field"]
    assert list(zip(report.incidents["event_type"], report.incidents["target_place_id"])) == [
        ("drone_attack", "iq-khurmala-oil-field")]


def test_the_descriptor_does_not_reach_past_another_name() -> None:
    # "gundê Lêlêkan yê Bradostê" 'the village of Lelikan, of Bradost': the descriptor is the village's; Bradost
    # stays the region it lies in
    report = extract_report("Dronên Tirkiyê gundê Lêlêkan yê Bradostê bombebaran kirin.", published="2024-06-01")
    assert dict(zip(report.places["mention"], report.places["place_id"]))["Bradostê"] == "iq-bradost"
