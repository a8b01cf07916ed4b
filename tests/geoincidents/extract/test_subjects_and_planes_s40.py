"""A country right before an Arabic verb of attack is its subject, the state ("إسرائيل استهدفت ميناء الحديدة"
'Israel targeted the port of Hodeidah'), as one after "was" (وكانت إسرائيل قد استهدفت); Arabic "the planes"
(الطائرات) strike from the air; a country before the Hebrew passive 'was attacked' is the place attacked ("ישראל
הותקפה" 'Israel was attacked'); a country between an Arabic verb of attack and its object is the subject ("قصفت
إسرائيل مدينة صور"); Arabic صور before 'satellites' is pictures, not Tyre; "others" after an interception are more of the weapon the sentence names, which
got through ("A drone was shot down near al-Tanf, while two others targeted the Ain al-Asad base").

Why: a development report of session 40 in Arabic told Israeli strikes on Yemen's ports by "the planes" with no
state named and drafted none; a Hebrew one told Iran's barrage as "Israel was attacked" and drafted no target.
Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def senses(report) -> dict[str, str]:
    return dict(zip(report.places["mention"], report.places["sense"]))


@pytest.mark.parametrize("text", [
    "إسرائيل استهدفت ميناء الحديدة فجر اليوم.",
    "وكانت إسرائيل قد استهدفت ميناء الحديدة فجر اليوم.",
])
def test_a_country_before_an_arabic_attack_verb_is_the_state(text: str) -> None:
    report = extract_report(text, published="2025-07-08")
    assert senses(report)["إسرائيل"] == "state"
    assert set(report.incidents["target_place_id"]) == {"ye-port-of-hodeidah"}


def test_the_country_after_the_attack_verb_stays_the_place_hit() -> None:
    report = extract_report("ايران هاجمت إسرائيل بالصواريخ الليلة الماضية.", published="2024-04-14")
    assert senses(report) == {"ايران": "state", "إسرائيل": "place"}
    assert list(report.incidents["target_place_id"]) == ["cc-il"]


@pytest.mark.parametrize("text", [
    "استهدفت الطائرات أهدافا في الحديدة.",
    "وقال المتحدث إن الطائرات قصفت أهدافا في الحديدة.",
])
def test_the_planes_strike_from_the_air(text: str) -> None:
    report = extract_report(text, published="2025-07-08")
    assert list(report.incidents["event_type"]) == ["air_strike"]
    assert list(report.incidents["target_place_id"]) == ["ye-hodeidah"]


def test_a_country_before_the_hebrew_passive_is_attacked() -> None:
    text = 'ישראל הותקפה הלילה במאות כטב"מים וטילים ששוגרו מאיראן.'
    report = extract_report(text, published="2024-04-14")
    assert list(report.incidents["target_place_id"]) == ["cc-il"]
    assert list(report.incidents["launch_place_id"]) == ["cc-ir"]


def test_the_others_after_an_interception_got_through() -> None:
    # the weapon the sentence names: "two others" are two more drones, at another place
    text = ("A drone was shot down near al-Tanf garrison in southern Syria on Thursday, while two others targeted "
            "the Ain al-Asad base.")
    report = extract_report(text, published="2023-10-20")
    drafts = set(zip(report.incidents["event_type"], report.incidents["target_place_id"]))
    assert drafts == {("interception", "sy-al-tanf-garrison"), ("drone_attack", "iq-ain-al-asad-air-base")}


@pytest.mark.parametrize("text, target", [
    ("قصفت إسرائيل مدينة صور فجر اليوم.", "lb-tyre"),
    ("وقصفت إسرائيل مواقع في النبطية فجر اليوم.", "lb-nabatieh"),
])
def test_a_country_between_an_attack_verb_and_its_object_is_the_subject(text: str, target: str) -> None:
    report = extract_report(text, published="2024-10-04")
    assert senses(report)["إسرائيل"] == "state"
    assert set(report.incidents["target_place_id"]) == {target}


def test_satellite_pictures_are_no_tyre() -> None:
    text = "سقط عدد من الصواريخ داخل قاعدة نيفاتيم الجوية، بحسب صور أقمار اصطناعية نشرتها وسائل إعلام غربية."
    report = extract_report(text, published="2024-10-04")
    assert "lb-tyre" not in set(report.places["place_id"])
