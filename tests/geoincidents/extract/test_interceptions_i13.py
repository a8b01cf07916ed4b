"""An attack and its interception: one draft or two (extract/interceptions.py, docs/extract.md "Interceptions").

Texts written for these tests, modelled on the kinds of telling found in public reports of 2023-2025."""
from __future__ import annotations

from geoincidents.extract import extract_report, extract_reports


def drafts(text, gazetteer, published="2024-01-26"):
    return extract_report(text, published=published, gazetteer=gazetteer).incidents


def kinds(found):
    return sorted(zip(found["event_type"], found["target_place"]))


def test_some_got_through_is_the_attack_and_its_interception(gazetteer):
    found = drafts("Ballistic missiles were fired at the Harir base on Saturday evening. The base's air defences "
                   "intercepted most of the missiles, while others landed inside the base, a statement said.", gazetteer)
    assert list(found["event_type"]) == ["missile_attack", "interception"]  # in the order told: the fire first
    assert set(found["target_place"]) == {"Harir Air Base"} and set(found["date"]) == {"2024-01-20"}
    assert found.iloc[0]["outcome"] == "partly intercepted"


def test_a_weapon_fired_that_was_not_downed_is_an_attack_beside_the_interception(gazetteer):
    found = drafts("The group said on Wednesday its fighters had fired rockets and drones at the Ain al-Asad base. "
                   "An army officer said air defences at Ain al-Asad shot down a drone that was heading for the base.",
                   gazetteer)
    assert kinds(found) == [("drone_attack", "Ain al-Asad Air Base"), ("interception", "Ain al-Asad Air Base")]


def test_more_fired_than_downed_is_two_incidents_and_the_downing_told_first_comes_first(gazetteer):
    found = drafts("Coalition forces shot down two drones aimed at the Erbil air base early on Tuesday. In all, three drone "
                   "attacks were reported early on Tuesday; two of the drones were intercepted.", gazetteer)
    assert list(found["event_type"]) == ["interception", "drone_attack"]
    assert set(found["target_place"]) == {"Erbil Air Base"}


def test_a_drone_downed_and_claimed_one_for_one_stays_one_draft(gazetteer):
    found = drafts("A drone heading for Erbil International Airport was shot down on Monday, the counter-terrorism "
                   "service said. A militia said it had launched a drone at the airport.", gazetteer)
    assert len(found) == 1 and found.iloc[0]["outcome"] == "intercepted"


def test_fire_told_with_its_downing_and_nothing_more_stays_one_draft(gazetteer):
    # As the seed table counts Iran's barrage of 13 April 2024: one attack, mostly intercepted.
    found = drafts("Iran fired about 200 missiles at Israel on Tuesday, most of which were intercepted.", gazetteer,
                   published="2024-10-02")
    assert kinds(found) == [("missile_attack", "Israel")]
    assert found.iloc[0]["outcome"] == "intercepted"


def test_shrapnel_and_an_aim_or_a_harm_denied_tell_no_downing_or_impact(gazetteer):
    hurt = drafts("On Tuesday a missile hit a road near Kfar Qasim and a driver was struck in the head by shrapnel.",
                  gazetteer, published="2024-10-02")
    assert list(hurt["event_type"]) == ["missile_attack"] and hurt["outcome"].isna().all()
    aimed = drafts("A drone that was trying to hit coalition forces was shot down over Erbil International Airport on "
                   "Wednesday. The drone was brought down at 20:58 and caused no casualties.", gazetteer,
                   published="2024-01-11")
    assert len(aimed) == 1 and aimed.iloc[0]["outcome"] == "intercepted"


def test_across_reports_the_attack_and_its_interception_stay_apart(gazetteer):
    one = ("Ballistic missiles were fired at the Harir base on Saturday evening. Air defences intercepted most of the "
           "missiles, while others landed inside the base.")
    two = ("Several missiles hit the Harir base on Saturday evening. The base's air defences intercepted two of the "
           "missiles while others landed inside, an official said.")
    found = extract_reports([one, two], published="2024-01-21", gazetteer=gazetteer).incidents
    assert sorted(found["event_type"]) == ["interception", "missile_attack"]
    assert set(found["sources"]) == {"report-1;report-2"}


def test_the_base_named_beside_an_airport_is_the_base_and_its_count_of_downed_fire(gazetteer):
    # "the base" after "the Victory base near Baghdad International Airport" is the base; "three rockets, two of
    # which were shot down" fired more than it downed: the fire and its interception, both at the base.
    found = drafts('Rockets were aimed at the Victory base near Baghdad International Airport on Monday evening. '
                   'Officials said the base had been "targeted with three rockets", two of which were "shot down by '
                   'the base\'s defences".', gazetteer, published="2024-09-30")
    assert kinds(found) == [("interception", "Camp Victory"), ("rocket_attack", "Camp Victory")]
    rocket = found[found["event_type"] == "rocket_attack"].iloc[0]
    assert (rocket["launched"], rocket["intercepted"]) == ("3", "2")
