"""Places listed after an area noun ("Tehran and the counties of Natanz, Khondab and Khorramabad", "Khiam and the town
of Kfar Kila") are targets of the list; blasts a report tells just after a strike ("State TV reported explosions in
Tehran and Natanz") are that strike, at those places. Sentences written for these tests."""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report


def drafts(text, gazetteer, published="2025-06-13"):  # a Friday
    found = extract_report(text, published=published, gazetteer=gazetteer).incidents
    return list(zip(found["event_type"], found["target_place_id"]))


@pytest.mark.parametrize("text, expected", [
    ("Israeli jets struck Tehran and the counties of Natanz and Khorramabad on Friday.",
     [("air_strike", "ir-tehran"), ("air_strike", "ir-natanz"), ("air_strike", "ir-khorramabad")]),
    ("Israeli shelling hit Khiam and the town of Kfar Kila on Friday.",
     [("artillery", "lb-khiam"), ("artillery", "lb-kfar-kila")]),
    ("On Friday Israeli jets struck Tyre and the villages of Khiam and Kfar Kila.",
     [("air_strike", "lb-tyre"), ("air_strike", "lb-khiam"), ("air_strike", "lb-kfar-kila")]),
])
def test_places_listed_after_an_area_noun(gazetteer, text, expected):
    assert drafts(text, gazetteer) == expected


def test_blasts_reported_after_a_strike_are_the_strike(gazetteer):
    text = "Israel launched strikes on Iran on Friday. State TV reported explosions in Tehran and Khorramabad."
    assert drafts(text, gazetteer) == [("air_strike", "ir-tehran"), ("air_strike", "ir-khorramabad")]
    # A blast with no strike told before stays a blast.
    text = "State TV reported explosions in Tehran and Khorramabad on Friday."
    assert drafts(text, gazetteer) == [("explosion", "ir-tehran"), ("explosion", "ir-khorramabad")]


def test_a_name_restated_in_brackets_does_not_break_the_list(gazetteer):
    text = "On Friday Turkish drones targeted Kobani, Tirbespi (Qahtaniyah), Amude and Derbasiyah."
    assert drafts(text, gazetteer) == [("drone_strike", "sy-kobani"), ("drone_strike", "sy-qahtaniyah"),
                                       ("drone_strike", "sy-amuda"), ("drone_strike", "sy-darbasiyah")]


def test_a_place_among_the_targets_of_fire_told_before(gazetteer):
    text = "Iran fired missiles at Israel on Thursday. State media said the Nevatim air base was among the main targets."
    assert drafts(text, gazetteer) == [("missile_attack", "cc-il"), ("missile_attack", "il-nevatim-air-base")]


@pytest.mark.parametrize("aside", [", a key Israeli installation,", "—a key Israeli installation—"])
def test_a_site_in_an_area_before_its_cue_is_the_target(gazetteer, aside):
    # The cue after "X in the Y" is X's: Y only says where X lies (and an apposition may stand before the cue).
    text = (f"Iran fired missiles at Israel on Thursday. State media said the Nevatim air base in the Negev{aside} "
            "was among the main targets.")
    assert drafts(text, gazetteer) == [("missile_attack", "cc-il"), ("missile_attack", "il-nevatim-air-base")]


@pytest.mark.parametrize("distance", ["10 km", "10 km (6 miles)", "6 miles", "6 miles (10 km)"])
def test_a_landmark_given_a_distance_in_two_units(gazetteer, distance):
    text = f"On Friday a Turkish drone strike hit a car in an area {distance} from the mountain resort of Dukan."
    found = extract_report(text, published="2025-06-13", gazetteer=gazetteer).incidents
    assert list(zip(found["target_place_id"], found["target_precision"])) == [("iq-dukan", "near")]


def test_along_with_adds_targets_not_background(gazetteer):
    # "along with" joins more places to the strike (it had made the clause background: no draft at all).
    text = "Israel carried out strikes yesterday on Al-Qusayr, along with Tadmur."
    assert drafts(text, gazetteer, "2024-11-14") == [("air_strike", "sy-qusayr"), ("air_strike", "sy-palmyra")]


def test_casualties_counted_in_the_past_are_one_events(gazetteer):
    # Dead counted with "were killed" at places are one event's, though "a series of attacks" makes it sound like many
    # ("have been killed ... since October" is a tally).
    text = ("At least eight people were killed in Tel Aviv and the port city of Haifa on Monday during a series of "
            "Iranian missile attacks.")
    assert drafts(text, gazetteer, "2025-06-16") == [("missile_attack", "il-tel-aviv"), ("missile_attack", "il-haifa")]
    text = "Dozens of people have been killed in Gaza in a series of Israeli strikes since October."
    assert drafts(text, gazetteer, "2025-06-16") == []


def test_a_place_listed_with_a_qualified_area_noun(gazetteer):
    text = "Rockets hit Kiryat Shmona and the border town of Metula on Monday."
    assert drafts(text, gazetteer, "2025-06-16") == [("rocket_attack", "il-kiryat-shmona"), ("rocket_attack", "il-metula")]


def test_what_an_attack_set_off_is_no_target(gazetteer):
    # "..., sparking a fire that triggered outages across the Kurdistan Region": the region is where the effects
    # were felt, not a target; "the Kurdistan Region's counter-terrorism group" is an owner of a body, no target.
    text = ("A drone hit a storage tank at Khor Mor late on Wednesday, sparking a fire that triggered power outages "
            "across the Kurdistan Region.")
    assert drafts(text, gazetteer, "2025-11-28") == [("drone_attack", "iq-khor-mor-gas-field")]
    text = "A Turkish drone killed a commander in Sinjar on Monday night, the Kurdistan Region's counter-terrorism group said."
    assert [t for _, t in drafts(text, gazetteer, "2023-11-14")] == ["iq-sinjar"]


def test_another_events_clause_after_as(gazetteer):
    # ", as Hezbollah launched rockets into Israel": another event, with its own target and type.
    text = ("An Israeli airstrike hit a building in Tyre on Tuesday, state media said, as Hezbollah launched rockets "
            "at Kiryat Shmona.")
    assert drafts(text, gazetteer, "2024-11-05") == [("air_strike", "lb-tyre"), ("rocket_attack", "il-kiryat-shmona")]


def test_the_city_a_clause_names_itself(gazetteer):
    # "Hodeidah residents said explosions were heard throughout the city": the city is Hodeidah, named in the clause
    # before the noun, not Tel Aviv named in the sentence before.
    text = ("Israeli jets struck the port of Hodeidah on Saturday, a day after a drone hit Tel Aviv. Hodeidah residents "
            "said explosions were heard throughout the city during the bombardment.")
    got = drafts(text, gazetteer, "2024-07-20")
    assert ("air_strike", "il-tel-aviv") not in got and ("drone_attack", "il-tel-aviv") in got


def test_a_states_media_that_report_blasts_fire_nothing(gazetteer):
    # "Iran's state TV reported explosions in ...": Iran owns the channel that speaks; the blasts are the strike told
    # before, not an event of Iran's.
    text = ("Israel launched strikes on Iran on Friday. Its jets hit dozens of targets. Officials gave no details. "
            "Iran's IRIB state TV reported explosions in Tehran and Khorramabad.")
    assert drafts(text, gazetteer) == [("air_strike", "ir-tehran"), ("air_strike", "ir-khorramabad")]


@pytest.mark.parametrize("text, expected", [
    ("Iran's Revolutionary Guards fired ballistic missiles at what they called spy centres in Iraq's Kurdistan region. "
     "Several loud explosions were heard in Erbil early on Tuesday.", "Erbil"),
    ("Iranian drones were launched at camps of Kurdish opposition groups in the Kurdistan Region. Blasts were heard "
     "in Koya on Wednesday.", "Koya"),
])
def test_blasts_heard_in_a_town_of_the_region_aimed_at_tell_where_the_attack_came_down(text, expected, gazetteer):
    found = extract_report(text, published="2024-01-17", gazetteer=gazetteer).incidents
    assert list(found["target_place"]) == [expected]
