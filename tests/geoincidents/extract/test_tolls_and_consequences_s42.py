"""Tolls, consequences and jets' missiles (session 42), on sentences written for these tests.

- What the fire halted, forced, disrupted or suspended is a clause of its own: the region whose power was cut is no
  place hit ("..., halting production and causing power cuts across the Kurdistan Region"); "causing" alone still
  tells the toll ("causing injuries to three workers").
- People who died, "the deaths of" and "the death of" them, are the killed.
- Missiles downed after jets struck are the jets' missiles: the strike stays one from the air.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def rows(text: str, published: str = "2024-01-20") -> list[tuple]:
    report = extract_report(text, published=published)
    return list(zip(report.incidents["date"].astype(str), report.incidents["event_type"],
                    report.incidents["target_place_id"], report.incidents["fatalities"], report.incidents["injured"]))


def test_what_the_fire_halted_is_no_place_hit() -> None:
    text = ("A drone struck the Khor Mor gas field in Sulaymaniyah province late Friday, halting production and "
            "causing power cuts across the Kurdistan Region.")
    assert [r[:3] for r in rows(text)] == [("2024-01-19", "drone_attack", "iq-khor-mor-gas-field")]


def test_causing_still_tells_the_injured() -> None:
    text = "A drone struck the Khor Mor gas field late Friday, causing injuries to three workers."
    assert [r[4] for r in rows(text)] == [3]


@pytest.mark.parametrize("text", [
    "A drone struck the Khor Mor gas field late Friday, causing the deaths of four workers.",
    "A drone attack on the Khor Mor gas field late Friday caused the death of four workers.",
    "Four workers died when a drone struck the Khor Mor gas field late Friday.",
])
def test_people_who_died_are_the_killed(text: str) -> None:
    assert [r[3] for r in rows(text)] == [4]


def test_no_one_died_is_none_killed() -> None:
    assert [r[3] for r in rows("No one died when a drone struck the Khor Mor gas field late Friday.")] == [0]


def test_missiles_downed_after_jets_struck_are_the_jets() -> None:
    text = ("Israeli jets struck targets near the Syrian capital Damascus overnight, Syrian state media said, adding "
            "that air defences intercepted some of the missiles.")
    assert [r[1:3] for r in rows(text, "2024-01-25")] == [("air_strike", "sy-damascus")]


@pytest.mark.parametrize("text", [
    "Houthi rebels fired a ballistic missile toward Israel early on Saturday, setting off sirens in Tel Aviv and "
    "Jerusalem; the Israeli military said it was intercepted outside the country's territory.",
    "Houthi rebels fired a ballistic missile toward Israel early on Saturday, sending residents of Tel Aviv to "
    "shelters.",
])
def test_sirens_set_off_by_fire_aimed_at_a_place_are_no_targets(text: str) -> None:
    assert [r[1:3] for r in rows(text, "2024-02-05")] == [("missile_attack", "cc-il")]


def test_sirens_still_tell_where_fire_that_names_no_place_was_aimed() -> None:
    text = "Sirens sounded in Kiryat Shmona after rockets were launched from Lebanon on Saturday."
    assert [r[1:3] for r in rows(text, "2024-02-05")] == [("rocket_attack", "il-kiryat-shmona")]


@pytest.mark.parametrize("text", [
    "اعترضت الدفاعات الجوية الإسرائيلية صاروخا أطلق من اليمن باتجاه مدينة إيلات، وفق ما أعلن الجيش الإسرائيلي.",
    'צה"ל יירט טיל ששוגר מתימן לעבר אילת.',
])
def test_a_projectile_from_yemen_downed_on_its_way_is_a_missile_attack(text: str) -> None:
    report = extract_report(text, published="2024-02-05")
    got = list(zip(report.incidents["event_type"], report.incidents["target_place_id"],
                   report.incidents["launch_place_id"], report.incidents["outcome"]))
    assert got == [("missile_attack", "il-eilat", "cc-ye", "intercepted")]


def test_a_projectile_of_an_iraqi_group_stays_a_rocket() -> None:
    text = "قالت الشرطة إن صاروخا سقط في مدينة أربيل يوم الثلاثاء."
    assert [r[1] for r in rows(text, "2024-02-07")] == ["rocket_attack"]


def test_a_german_subject_after_its_article_strikes_with_the_verb_far_at_the_end() -> None:
    text = "Die israelische Luftwaffe hat in der Nacht zum Sonntag Ziele im Hafen von Hodeidah im Jemen angegriffen."
    assert [r[1:3] for r in rows(text, "2024-02-07")] == [("air_strike", "ye-port-of-hodeidah")]


def test_an_arabic_drone_that_fell_on_a_site_is_an_attack_and_its_launch_told_after() -> None:
    # 'two soldiers were killed when a drone fell on a military site in the northern Golan Heights today, Friday.
    # The army said the drone that hit the base took off from Iraq.'
    text = ("قتل جنديان إثر سقوط مسيرة على موقع عسكري في شمال هضبة الجولان اليوم الجمعة. "
            "وأوضح الجيش أن المسيرة التي أصابت القاعدة انطلقت من العراق.")
    report = extract_report(text, published="2024-10-04")
    assert list(zip(report.incidents["date"].astype(str), report.incidents["event_type"],
                    report.incidents["target_place_id"], report.incidents["launch_place_id"])) == [
        ("2024-10-04", "drone_attack", "il-golan-heights", "cc-iq")]


def test_a_march_is_no_drone() -> None:
    text = "خرجت مسيرة حاشدة في بغداد يوم الجمعة."  # 'a large march went out in Baghdad on Friday'
    assert extract_report(text, published="2024-10-04").incidents.empty


def test_hebrew_sirens_after_a_launch_of_rockets_from_lebanon() -> None:
    # 'sirens sounded tonight in Kiryat Shmona and Metula following a launch of rockets from Lebanon'
    text = "אזעקות הופעלו הלילה בקריית שמונה ובמטולה בעקבות שיגור רקטות מלבנון; לא דווח על נפגעים."
    report = extract_report(text, published="2024-10-06")
    assert set(zip(report.incidents["event_type"], report.incidents["target_place_id"],
                   report.incidents["launch_place_id"])) == {("rocket_attack", "il-kiryat-shmona", "cc-lb"),
                                                             ("rocket_attack", "il-metula", "cc-lb")}


def test_a_hebrew_hostile_aircraft_is_a_drone() -> None:
    # 'a hostile aircraft fired from the east hit a building in Eilat in the morning'
    text = "כלי טיס עוין שנורה מכיוון מזרח פגע במבנה באילת בשעות הבוקר."
    report = extract_report(text, published="2024-10-06")
    assert list(zip(report.incidents["event_type"], report.incidents["target_place_id"])) == [
        ("drone_attack", "il-eilat")]


@pytest.mark.parametrize("text, target", [
    ("Un attacco con droni ha colpito nella notte l'aeroporto di Erbil nel Kurdistan iracheno.",
     "iq-erbil-international-airport"),
    ("Un attacco con droni ha colpito nella notte la base americana di Erbil, nel Kurdistan iracheno, senza causare "
     "vittime.", "iq-erbil-air-base"),
])
def test_in_the_night_is_the_nights_and_the_verb_reaches_the_site(text: str, target: str) -> None:
    report = extract_report(text, published="2024-10-06")
    assert list(report.incidents["target_place_id"]) == [target]
