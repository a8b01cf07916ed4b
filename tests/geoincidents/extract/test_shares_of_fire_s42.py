"""Fire told before and a share of it told after (session 42, on a development set of wire copy in English and
Arabic), tested on sentences written for these tests.

- A fronted clause of fire ends at its comma, unless the words right after the comma tell a share of that fire
  ("After Iran fired 200 missiles at Israel, several of them fell inside Nevatim"; Arabic "سقط عدد منها"): the
  same event goes on, and the site it names is where the fire landed.
- "A third rocket had been shot down" two sentences after "Two Katyusha rockets landed inside the base" counts one
  more of that fire: the rocket attack, partly intercepted, not an interception of its own alone.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def drafts(report) -> set[tuple]:
    return set(zip(report.incidents["date"].astype(str), report.incidents["event_type"],
                   report.incidents["target_place_id"]))


@pytest.mark.parametrize("text", [
    "After Iran fired 200 missiles at Israel on Tuesday, several of them fell inside Nevatim air base.",
    "وجاء ذلك بعد إطلاق مئتي صاروخ باليستي على إسرائيل مساء الثلاثاء، سقط عدد منها داخل قاعدة نيفاتيم الجوية.",
])
def test_a_share_of_the_fronted_fire_lands_on_the_site(text: str) -> None:
    report = extract_report(text, published="2024-10-04")  # a Friday
    assert {(d, t) for d, _, t in drafts(report)} == {("2024-10-01", "il-nevatim-air-base")}


def test_a_new_subject_after_the_comma_is_a_clause_of_its_own() -> None:
    # (no share told: the comma still ends the fronted clause, and Israel's strike is its own event)
    text = "After Iran fired 200 missiles at Israel on Tuesday, Israel struck Tehran on Saturday."
    report = extract_report(text, published="2024-10-27")
    assert ("2024-10-26", "air_strike", "ir-tehran") in drafts(report)


def test_a_third_rocket_shot_down_is_more_of_the_fire_told() -> None:
    text = ("Rockets struck a military complex hosting U.S. troops next to Baghdad International Airport early on Tuesday. "
            "Two Katyusha rockets landed inside the Victory base area, the interior ministry said. "
            "One fell in a car park and the other came down on empty ground. "
            "A security source said a third rocket had been shot down by the base's defence system.")
    report = extract_report(text, published="2024-10-01")
    rows = report.incidents
    attack = rows[rows["event_type"] == "rocket_attack"]
    assert list(attack["target_place_id"]) == ["iq-camp-victory"]
    assert list(attack["outcome"]) == ["partly intercepted"]


@pytest.mark.parametrize("text", [
    "The offensive came a day after Israeli jets struck the port of Hodeidah on Monday, on the Red Sea coast, and a "
    "cement plant in Bajil.",
    "La ofensiva llegó un día después de que los cazas israelíes atacaran el lunes el puerto de Hodeida, en la costa "
    "del mar Rojo, y una cementera en Bajil, en la misma provincia.",
])
def test_an_apposition_inside_a_fronted_clause_does_not_end_it(text: str) -> None:
    # ", on the Red Sea coast, and": the apposition's commas end no clause; Bajil is hit on the Monday too
    # (the English "cement plant in Bajil" is the plant the gazetteer knows, since session 56)
    report = extract_report(text, published="2025-05-06")  # a Tuesday
    bajil = "ye-cement-factory-bajil" if "plant" in text else "ye-bajil"
    assert drafts(report) == {("2025-05-05", "air_strike", "ye-port-of-hodeidah"),
                              ("2025-05-05", "air_strike", bajil)}


def test_a_comma_then_a_new_event_still_ends_the_fronted_clause() -> None:
    text = ("A day after Israeli jets struck the port of Hodeidah on Monday, the Houthis fired a missile at Eilat, "
            "and sirens sounded in the city.")
    report = extract_report(text, published="2025-05-06")
    assert ("2025-05-05", "air_strike", "ye-port-of-hodeidah") in drafts(report)
    assert "il-eilat" in set(report.incidents["target_place_id"])


@pytest.mark.parametrize("text", [
    "Israel struck Sanaa airport on Tuesday. Trump said Washington would end its bombing campaign on Yemen, started "
    "on March 15.",
    "Israel bombardeó el aeropuerto de Saná este martes. Trump dijo que Washington pondría fin a su campaña de "
    "bombardeos sobre Yemen, iniciada el 15 de marzo.",
])
def test_a_campaign_begun_on_a_day_told_as_a_participle_is_no_strike_that_day(text: str) -> None:
    report = extract_report(text, published="2025-05-06")
    assert "2025-03-15" not in set(report.incidents["date"].astype(str))


@pytest.mark.parametrize("verb", ["flattened", "levelled", "razed", "demolished", "wrecked"])
def test_what_strikes_flattened_they_hit(verb: str) -> None:
    report = extract_report(f"Late on Saturday, Israeli strikes {verb} the market of Nabatieh.", published="2024-10-16")
    assert drafts(report) == {("2024-10-12", "air_strike", "lb-nabatieh")}
