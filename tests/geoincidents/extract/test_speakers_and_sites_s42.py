"""Where speakers are and sites named by a noun of support (session 42), on sentences written for these tests.

- "Local officials in Deir ez-Zor said aircraft bombed ...": the place after people who speak, right before their
  verb of saying, is where they are, no place hit.
- "support" before a site noun names the site ("the Mission Support Site at Baghdad Diplomatic Support Center",
  "the support site in Baghdad"), not the cause fire is told for ("in support of Palestinians in Gaza").
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def targets(text: str, published: str = "2024-02-08") -> list[tuple[str, str]]:
    report = extract_report(text, published=published)
    return list(zip(report.incidents["date"].astype(str), report.incidents["target_place_id"]))


def test_where_the_speakers_are_is_no_place_hit() -> None:
    text = ("Local officials in Deir ez-Zor said unidentified aircraft bombed positions of Iran-backed militias in the "
            "town of al-Mayadin and near the Imam Ali base outside Albu Kamal at dawn on Friday.")
    assert targets(text) == [("2024-02-02", "sy-mayadin"), ("2024-02-02", "sy-imam-ali-base")]


def test_a_place_hit_before_a_verb_of_saying_stays_hit() -> None:
    text = "Rockets struck Ain al-Asad air base on Tuesday, officials said."
    assert targets(text) == [("2024-02-06", "iq-ain-al-asad-air-base")]


@pytest.mark.parametrize("text, place", [
    ("Two rockets landed near the Mission Support Site at Baghdad Diplomatic Support Center on Tuesday night.",
     "iq-baghdad-diplomatic-support-center"),
    ("Two rockets landed at the support site in Baghdad on Tuesday.", "iq-baghdad"),
])
def test_a_support_site_is_a_site(text: str, place: str) -> None:
    assert targets(text) == [("2024-02-06", place)]


def test_support_for_a_cause_is_still_the_cause() -> None:
    text = "Hezbollah fired rockets at Kiryat Shmona on Tuesday in support of Palestinians in Gaza."
    assert targets(text) == [("2024-02-06", "il-kiryat-shmona")]


def test_persian_site_before_its_landmark_and_the_object_marker() -> None:
    # 'Hezbollah targeted the Ramat David air base near Haifa with dozens of missiles on Sunday'
    text = "حزب‌الله لبنان روز یکشنبه با ده‌ها موشک پایگاه هوایی رامات دیوید در نزدیکی حیفا را هدف قرار داد."
    report = extract_report(text, published="2024-10-27")
    assert list(report.incidents["target_place_id"]) == ["il-ramat-david-air-base"]
    assert ("حیفا", "context") in set(zip(report.places["mention"], report.places["role"]))


@pytest.mark.parametrize("spelling", ["رامات دیوید", "پایگاه هوایی رامات دیوید", "رمت دیوید"])
def test_ramat_david_as_persian_writes_it(spelling: str) -> None:
    from gazetteer import Gazetteer
    assert Gazetteer.default().resolve(spelling).id == "il-ramat-david-air-base"


def test_an_arabic_attack_on_a_place_of_a_day_is_an_event() -> None:
    # 'three soldiers were killed in an attack on Tower 22 on Sunday, the first US losses since the Gaza war began'
    text = "قتل ثلاثة جنود في هجوم على البرج 22 يوم الأحد، في أول خسائر أمريكية منذ بدء حرب غزة."
    report = extract_report(text, published="2024-02-06")
    assert list(zip(report.incidents["date"].astype(str), report.incidents["target_place_id"])) == [
        ("2024-02-04", "jo-tower-22")]


def test_a_count_of_arabic_attacks_since_a_day_is_no_event() -> None:
    text = ("وكانت الفصائل قد شنّت منذ منتصف تشرين الأول/أكتوبر 2023 أكثر من 170 هجوماً على القوات الأمريكية في "
            "العراق وسوريا، قبل أن تعلّق عملياتها مطلع شباط/فبراير الماضي.")
    assert extract_report(text, published="2024-10-04").incidents.empty


@pytest.mark.parametrize("text", [
    "In January, a drone strike on a base in Jordan known as Tower 22 killed three U.S. soldiers, the first American "
    "deaths in the region since the Gaza war began.",
])
def test_a_war_named_by_its_place_is_no_place_hit(text: str) -> None:
    report = extract_report(text, published="2024-02-06")
    assert "ps-gaza-strip" not in set(report.incidents["target_place_id"])
    assert list(report.incidents["target_place_id"]) == ["jo-tower-22"]


def test_strikes_over_recent_years_are_a_habit() -> None:
    text = ("Israel has carried out hundreds of strikes in Syria in recent years, targeting what it says are "
            "Iran-linked targets.")
    assert extract_report(text, published="2024-02-06").incidents.empty


def test_southern_lebanon_told_of_another_place_does_not_narrow_a_launch_from_lebanon() -> None:
    text = ("Hezbollah fired more than 50 rockets from Lebanon at Kiryat Shmona overnight. Hezbollah said it targeted "
            "Kiryat Shmona to avenge an Israeli strike on Saturday on the village of Froun in southern Lebanon.")
    report = extract_report(text, published="2024-09-08")
    shmona = report.incidents[report.incidents["target_place_id"] == "il-kiryat-shmona"]
    assert set(shmona["launch_place_id"]) == {"cc-lb"}


def test_rockets_from_southern_lebanon_come_from_south_lebanon() -> None:
    report = extract_report("Rockets fired from southern Lebanon hit Kiryat Shmona on Sunday.", published="2024-09-08")
    assert list(report.incidents["launch_place_id"]) == ["lb-south-lebanon"]


@pytest.mark.parametrize("text", [
    "Rockets struck Camp Victory early on Tuesday. Security forces located the launcher in the village of al-Asriyah "
    "in the Amiriya area west of the capital.",
    "Rockets struck Camp Victory early on Tuesday. Two Katyushas landed inside the base. Within an hour, security "
    "forces located the launcher, fixed to the back of a Kia truck, in the village of al-Asriyah in the Amiriya area "
    "west of the capital, two officials said.",
])
def test_the_launcher_found_after_the_fire_is_where_it_came_from(text: str) -> None:
    report = extract_report(text, published="2024-10-01")
    assert list(zip(report.incidents["target_place_id"], report.incidents["launch_place_id"])) == [
        ("iq-camp-victory", "iq-amiriya")]


def test_a_launcher_found_long_after_the_fire_is_not_its_launch() -> None:
    text = ("Rockets struck Camp Victory early on Tuesday. The base houses US troops. It lies near the airport. "
            "Flights went on. Police said they had found a truck in Amiriya last month.")
    report = extract_report(text, published="2024-10-01")
    assert list(report.incidents["launch_place_id"].fillna("")) == [""]


@pytest.mark.parametrize("text", [
    "Police found a launch pad with three rockets in Radwaniya on Tuesday.",
    "أعلنت خلية الإعلام الأمني العثور على منصة إطلاق صواريخ في منطقة الرضوانية غربي بغداد.",
])
def test_weapons_found_are_no_fire(text: str) -> None:
    assert extract_report(text, published="2024-02-06").incidents.empty


def test_the_arabic_launcher_found_after_the_fire_is_its_launch() -> None:
    text = ("سقطت ثلاثة صواريخ داخل قاعدة فكتوريا قرب مطار بغداد الدولي مساء أمس. "
            "وأعلنت خلية الإعلام الأمني العثور على منصة إطلاق الصواريخ في منطقة الرضوانية غربي بغداد.")
    report = extract_report(text, published="2024-02-06")
    assert list(zip(report.incidents["target_place_id"], report.incidents["launch_place_id"])) == [
        ("iq-camp-victory", "iq-radwaniya")]


def test_fire_from_a_truck_found_near_a_town_is_still_fire() -> None:
    text = "Rockets launched from a truck found near al-Baghdadi struck Ain al-Asad on Tuesday."
    report = extract_report(text, published="2024-02-06")
    assert list(zip(report.incidents["target_place_id"], report.incidents["launch_place_id"])) == [
        ("iq-ain-al-asad-air-base", "iq-baghdadi")]


def test_a_town_told_in_another_country_is_asked_there_first() -> None:
    # "Tayibe" alone is the Taybeh of Lebanon; "in northern Israel" it is Taiyiba (GeoNames 295131), found by sound
    text = "A drone hit a house in the town of Tayibe in northern Israel on Monday, lightly wounding two people."
    report = extract_report(text, published="2024-02-12")
    assert list(report.incidents["target_place_id"]) == ["il-taiyiba"]


def test_a_town_the_country_holds_no_name_like_stays_the_country() -> None:
    text = "A drone hit a house in the town of Qasrawi in northern Israel on Monday."
    report = extract_report(text, published="2024-02-12")
    assert set(report.incidents["target_place_id"]) <= {"cc-il"}


def test_countries_that_name_a_border_are_no_places_hit() -> None:
    text = "Drones targeted the al-Tanf garrison near the Syria-Jordan-Iraq border triangle on Monday, the coalition said."
    report = extract_report(text, published="2024-02-12")
    assert list(report.incidents["target_place_id"]) == ["sy-al-tanf-garrison"]


def test_fire_between_two_countries_still_names_them() -> None:
    report = extract_report("Rockets were fired from Lebanon at Israel on Monday.", published="2024-02-12")
    assert list(zip(report.incidents["target_place_id"], report.incidents["launch_place_id"])) == [("cc-il", "cc-lb")]


@pytest.mark.parametrize("text, target", [
    ("A drone attack hit the US base in Erbil overnight.", "iq-erbil-air-base"),
    ("Rockets hit the American base in Erbil on Monday.", "iq-erbil-air-base"),
    ("A drone attack hit the Harir base in Erbil overnight.", "iq-harir-air-base"),  # a named site stays itself
])
def test_a_states_base_in_a_town_is_the_towns_base(text: str, target: str) -> None:
    report = extract_report(text, published="2024-10-06")
    assert list(report.incidents["target_place_id"]) == [target]


@pytest.mark.parametrize("text", [
    "Iran and Israel exchanged fire.",
    "Iran has been negotiating the withdrawal.",
])
def test_states_that_negotiate_or_exchange_fire_are_states(text: str) -> None:
    report = extract_report(text, published="2024-04-14")
    assert set(report.places["sense"]) == {"state"}


def test_a_country_that_has_been_hit_is_a_place() -> None:
    report = extract_report("Israel has been hit by rockets from Lebanon on Monday.", published="2024-04-14")
    assert list(report.incidents["target_place_id"]) == ["cc-il"]
