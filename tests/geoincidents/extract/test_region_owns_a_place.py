"""A place told as a region's own ("the Kurdistan Region's Duhok province", "the Kurdistan Region's Khor Mor gas
field") is what was hit, the region where it lies (:func:`geoincidents.extract.nesting.containers`): Kurdish outlets
writing in English tell places so, and the region had been drafted as the target in place of the province. A region
named beside a place in it is read as its provinces are. Sentences written for these tests."""
from __future__ import annotations

import pytest

from geoincidents import extract_report


@pytest.mark.parametrize(("sentence", "target"), [
    ("Missiles were fired at the Kurdistan Region's Erbil province on Sunday.", "iq-gov-erbil"),
    ("Turkish drones struck a car in the Kurdistan Region's Duhok province on Sunday.", "iq-gov-duhok"),
    ("Turkish drones struck a car in the Kurdistan Region’s Sulaimani province on Sunday.", "iq-gov-sulaymaniyah"),
    ("A drone hit the Kurdistan Region's Khor Mor gas field on Sunday.", "iq-khor-mor-gas-field"),
    ("Turkish drones struck a car in Kurdistan Region's Sidakan on Sunday.", "iq-sidakan"),
])
def test_the_place_the_region_owns_is_the_target(sentence, target):
    drafts = extract_report(sentence, published="2024-01-29").incidents
    assert list(drafts["target_place_id"]) == [target]
    places = extract_report(sentence, published="2024-01-29").places
    assert places.loc[places["place_id"] == "iq-kurdistan-region", "role"].tolist() == ["context"]


def test_a_region_named_beside_a_place_in_it_is_read_as_a_province_is():
    # (the Kurdistan Region spans whole provinces, so it holds Erbil airport as Erbil province does: one attack, at the
    # airport, as "Drones attacked Erbil province and Erbil airport" drafts; session 54)
    for area in ("the Kurdistan Region", "Erbil province"):
        drafts = extract_report(f"Drones attacked {area} and Erbil airport on Sunday.",
                                published="2024-01-29").incidents
        assert list(drafts["target_place_id"]) == ["iq-erbil-international-airport"]
    # a region that holds no place of the other stays apart
    drafts = extract_report("Drones attacked the Kurdistan Region and Kirkuk airport on Sunday.",
                            published="2024-01-29").incidents
    assert set(drafts["target_place_id"]) == {"iq-kurdistan-region", "iq-kirkuk-air-base"}


def test_towns_listed_under_the_turkish_word_for_areas_are_each_struck():
    # (the defence ministry calls the towns it strikes "bölge", areas: the plural closes the list with its case)
    drafts = extract_report("Tel Rıfat ve Derik bölgelerinde bulunan terörist hedeflerine gerçekleştirilen hava "
                            "harekâtlarıyla 30 hedef imha edildi.", published="2023-10-05").incidents
    assert set(zip(drafts["event_type"], drafts["target_place_id"])) == {
        ("air_strike", "sy-tall-rifat"), ("air_strike", "sy-malikiyah")}


@pytest.mark.parametrize(("sentence", "target"), [
    ("The Tower 22 drone attack on Sunday killed three US soldiers.", "jo-tower-22"),
    ("The Erbil drone attack on Monday killed two people.", "iq-erbil"),
    ("On the same day as the Green Village rocket attack, coalition forces repelled drones near Al-Tanf.",
     "sy-green-village"),
])
def test_an_attack_named_by_the_place_it_hit(sentence, target):
    drafts = extract_report(sentence, published="2024-01-29").incidents
    assert target in set(drafts["target_place_id"])


def test_a_country_naming_an_attack_is_not_read_as_hit():
    # ("the Iran attack on Israel": Iran's attack; the country before "attack" is not where it hit)
    drafts = extract_report("The Iran attack on Israel on Sunday involved 300 drones.", published="2024-04-15").incidents
    assert "cc-ir" not in set(drafts["target_place_id"])


def test_a_comma_inside_brackets_ends_no_clause():
    # ("(PMF, or Hashd al-Shaabi)": the comma inside the brackets had cut Baghdad off the strike's clause)
    drafts = extract_report(
        "The government came under pressure to expel coalition forces, after an American drone strike last week "
        "targeted the Popular Mobilization Forces’ (PMF, or Hashd al-Shaabi) Harakat al-Nujaba in Baghdad, killing two.",
        published="2024-01-10").incidents
    assert list(zip(drafts["event_type"], drafts["target_place_id"], drafts["date_precision"])) == [
        ("drone_strike", "iq-baghdad", "week")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("نفذ الجيش الأمريكي ضربة جوية في جرف الصخر جنوبي بغداد.", [("air_strike", "iq-jurf-al-sakhar")]),
    ("قصفت مدفعية الاحتلال أطراف بلدة الخيام صباح اليوم.", [("artillery", "lb-khiam")]),
    ("شنت طائرات إسرائيلية غارات على جنوبي لبنان.", [("air_strike", "lb-south-lebanon")]),
])
def test_arabic_south_of_a_city_is_a_landmark_and_artillery_before_its_owner(sentence, expected):
    drafts = extract_report(sentence, published="2024-02-05").incidents
    assert list(zip(drafts["event_type"], drafts["target_place_id"])) == expected


def test_a_day_told_in_the_pluperfect_lends_no_day_to_the_story():
    # (the city "had seen" strikes on Wednesday: a background day; the villages struck overnight are of the story)
    drafts = extract_report(
        "Israel struck dozens of south Lebanon villages overnight and targeted Nabatiyeh, state media said on Sunday. "
        "The city had seen deadly Israeli strikes on Wednesday that killed its mayor. It added that Israeli jets "
        "conducted strikes on the border villages of Kfarshuba and Khiam.", published="2024-10-20").incidents
    days = dict(zip(drafts["target_place_id"], drafts["date"].astype(str)))
    assert days["lb-khiam"] == days["lb-kfarchouba"] == "2024-10-20"
    assert "2024-10-16" in set(drafts["date"].astype(str))


def test_a_day_in_reported_speech_in_the_pluperfect_still_lends_its_day():
    drafts = extract_report(
        "Officials said rockets had struck the Ain al-Asad base on Tuesday. Another rocket hit the Harir base.",
        published="2024-10-20").incidents
    assert set(drafts["date"].astype(str)) == {"2024-10-15"}
