"""A day counted from "today" inside a quotation counts from the day the quotation was said, when the sentence tells
that day beside a verb of saying ("'... strikes today ...,' the secretary said in a statement on Sunday", in a report
of Monday: Sunday); a region that owns a site told after an adjective or two is where the site lies, not a second
target ("the Kurdistan Region's strategic Khor Mor gas field"); a day named in brackets right after a word counted
from the publication day is the day meant ("Overnight (Tuesday) the jets struck", "yesterday (Monday)"); "a series of
strikes" that struck a place on a day told is that day's wave ("Earlier on Friday morning a series of Israeli
airstrikes struck Tehran"; undated it stays a summary); "one day earlier" is "a day earlier"; Turkish "top mermisi"
(a cannon shell) is artillery; a place told just after a noun of air traffic is where flights stopped, not a place
hit ("all flights at Imam Khomeini International Airport have been suspended as a result of the attack": the airport
had taken the Tehran strike's draft); an Arabic night named by its two days with no "of" ("ليل الأحد - الاثنين",
"ليلة الأحد على الاثنين", "ليل الثلاثاء/الأربعاء") is dated to the day after its midnight, as "the night of Sunday to
Monday" is (it had been the Sunday: seven incidents of one blind set); a verb of attack capitalised in a title-case
headline is the verb, where no preposition governs it ("Drones Hit Erbil Airport" made no draft; "Blast in Hit Kills
Three" keeps the town).

Why: development reports d90 and d91 (session 37) wrote these. The quoted "today" had dated US strikes to the day the
report came out, a day late, and so had the "overnight" before a weekday in brackets (six villages of one
report); the adjective had made the region the target and the gas field context. Sentences
written for these tests.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def _drafts(text: str, published: str) -> list[tuple[str, str, str]]:
    got = extract_report(text, published=published).incidents
    return list(zip(got["date"], got["event_type"], got["target_place_id"]))


@pytest.mark.parametrize(("text", "day"), [
    ("“Our forces carried out precision strikes today on a depot near Mayadin,” the defence secretary said in a "
     "statement on Sunday.", "2023-11-12"),
    ("“Our forces carried out precision strikes yesterday on a depot near Mayadin,” the defence secretary said on "
     "Sunday.", "2023-11-11"),
    # no day of saying told: "today" is the report's day
    ("“Our forces carried out precision strikes today on a depot near Mayadin,” the defence secretary said.",
     "2023-11-13"),
    # the day told inside the quotation is no day of saying
    ("“Our forces carried out precision strikes today on a depot near Mayadin, and again on Sunday,” he said.",
     "2023-11-13"),
])
def test_today_in_a_quotation_counts_from_the_day_it_was_said(text, day):
    assert _drafts(text, "2023-11-13")[0][::2] == (day, "sy-mayadin")


@pytest.mark.parametrize("text", [
    "Officials condemned the drone attack on the Kurdistan Region's strategic Khor Mor gas field on Wednesday.",
    "Officials condemned the drone attack on the Kurdistan Region's Khor Mor gas field on Wednesday.",
    "A drone struck the Kurdistan Region's key strategic Khor Mor gas field on Wednesday.",
])
def test_a_region_owns_a_site_told_after_adjectives(text):
    got = extract_report(text, published="2025-11-28")
    roles = dict(zip(got.places["place_id"], got.places["role"]))
    assert roles == {"iq-kurdistan-region": "context", "iq-khor-mor-gas-field": "target"}
    assert _drafts(text, "2025-11-28") == [("2025-11-26", "drone_attack", "iq-khor-mor-gas-field")]


@pytest.mark.parametrize("text", [
    '"Overnight (Tuesday) Israeli Air Force fighter jets struck Hezbollah compounds in Khiam," the statement reads.',
    "Overnight (Tuesday) Israeli Air Force fighter jets struck Hezbollah compounds in Khiam.",
    "Yesterday (Tuesday) Israeli Air Force fighter jets struck Hezbollah compounds in Khiam.",
])
def test_a_day_in_brackets_names_the_day_counted(text):
    assert _drafts(text, "2024-05-08") == [
        ("2024-05-07", "air_strike", "lb-khiam")]


@pytest.mark.parametrize(("text", "drafts"), [
    ("Earlier on Friday morning a series of Israeli airstrikes struck Tehran, killing senior officials.",
     [("2025-06-13", "air_strike", "ir-tehran")]),
    ("A series of Israeli airstrikes struck Tehran on Friday.", [("2025-06-13", "air_strike", "ir-tehran")]),
    ("The raid was part of a series of Israeli airstrikes on Tehran.", []),
])
def test_a_series_of_strikes_on_a_day_is_that_days_wave(text, drafts):
    assert _drafts(text, "2025-06-13") == drafts


def test_one_day_earlier_counts_back_from_the_day_told():
    text = ("Iranian missiles hit Beersheba on Friday morning, damaging buildings.\n\n"
            "Just one day earlier, Soroka Hospital was directly struck in another Iranian attack.")
    assert _drafts(text, "2025-06-20") == [("2025-06-20", "missile_attack", "il-beersheba"),
                                           ("2025-06-19", "missile_attack", "il-soroka-medical-center")]


def test_a_turkish_cannon_shell_that_fell_on_a_village_is_artillery():
    text = "Duhok'un Amedi ilçesi Dêreluk nahiyesine bağlı Guharze köyüne bir top mermisi düştü."
    assert _drafts(text, "2023-12-20") == [("2023-12-20", "artillery", "iq-guheriz")]


@pytest.mark.parametrize("text", [
    "Israeli airstrikes struck Tehran on Friday. All flights at Imam Khomeini International Airport have been "
    "suspended as a result of the attack.",
    "Israeli airstrikes struck Tehran on Friday. Flights in and out of Imam Khomeini International Airport were halted "
    "after the attack.",
])
def test_flights_stopped_at_an_airport_are_no_strike_there(text):
    assert _drafts(text, "2025-06-13") == [("2025-06-13", "air_strike", "ir-tehran")]


def test_an_airport_attacked_is_still_a_target():
    assert _drafts("Drones attacked Erbil airport on Friday, halting flights.", "2025-06-13") == [
        ("2025-06-13", "drone_attack", "iq-erbil-international-airport")]


@pytest.mark.parametrize("night", ["ليل الأحد - الاثنين", "ليل الأحد الاثنين", "ليلة الأحد على الاثنين",
                                   "ليل الأحد/الاثنين"])
def test_an_arabic_night_of_two_days_is_the_later_day(night):
    text = f"شنت إسرائيل غارة على بعلبك {night}."
    assert _drafts(text, "2024-05-07") == [("2024-05-06", "air_strike", "lb-baalbek")]


def test_an_arabic_night_of_one_day_is_that_evening():
    assert _drafts("شنت إسرائيل غارة على بعلبك ليل الأحد.", "2024-05-07") == [("2024-05-05", "air_strike", "lb-baalbek")]


@pytest.mark.parametrize(("text", "drafts"), [
    ("Drones Hit Erbil Airport", [("2025-06-17", "drone_attack", "iq-erbil-international-airport")]),
    ("Rockets Hit Ain al-Asad Air Base", [("2025-06-17", "rocket_attack", "iq-ain-al-asad-air-base")]),
    ("Blast in Hit Kills Three", [("2025-06-17", "explosion", "iq-hit")]),
])
def test_a_title_case_headline_tells_its_attack(text, drafts):
    assert _drafts(text, "2025-06-17") == drafts
