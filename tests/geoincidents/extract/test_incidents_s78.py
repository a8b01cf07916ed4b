"""Incidents of session 78, on sentences written for these tests, in my own words, in the manner of the wire reports,
statements and local news of the militia fire at US bases and the Iran-Israel exchanges; written after the failures
of the development sets."""
from __future__ import annotations

from geoincidents.extract import extract_report
from tests.geoincidents.extract.conftest import drafts


def _targets(text, published, gazetteer):
    return sorted((str(d), e, t) for d, e, t in drafts(text, published, gazetteer))


def _outcomes(text, published, gazetteer):
    incidents = extract_report(text, published=published, gazetteer=gazetteer).incidents
    return sorted(zip(incidents.event_type, incidents.outcome.fillna("")))


def test_a_drone_the_defences_engaged_and_shot_down_is_its_interception(gazetteer):
    # (one craft, sent at the base and downed: "shot it down" names the drone told before)
    text = ("A drone flown in from Iraq went after the Conoco base east of Deir ez-Zor on Saturday, a source said. "
            "Air defences engaged the drone and shot it down, and there were no losses.")
    assert _targets(text, "2024-09-28", gazetteer) == [("2024-09-28", "interception", "sy-conoco-gas-field-base")]
    assert _outcomes(text, "2024-09-28", gazetteer) == [("interception", "intercepted")]


def test_the_drone_brought_down_before_it_reached_the_base_is_its_interception(gazetteer):
    text = ("Militants launched a one-way drone at the Harir air base north of Erbil on Wednesday. "
            "In the end the drone was brought down before it could reach the base, officials said.")
    assert _targets(text, "2023-10-19", gazetteer) == [("2023-10-18", "interception", "iq-harir-air-base")]


def test_air_defences_downing_the_drone_told_before_is_that_drones_interception(gazetteer):
    text = ("A drone targeted Erbil International Airport late on Thursday. "
            "US air defences shot down the drone, the counter-terrorism service said.")
    assert _targets(text, "2023-12-29", gazetteer) == [("2023-12-28", "interception",
                                                        "iq-erbil-international-airport")]


def test_drones_of_their_own_downed_are_no_downing_of_the_fire_told_before(gazetteer):
    # (the guard: "two drones" is new fire, downed elsewhere; the drone at Ain al-Asad stays the attack)
    text = ("A drone hit Ain al-Asad air base on Monday, causing minor damage. "
            "Later, US forces intercepted two drones over Hasakah.")
    assert ("2024-01-01", "drone_attack", "iq-ain-al-asad-air-base") in _targets(text, "2024-01-01", gazetteer)


def test_a_barrage_whose_missiles_were_mostly_downed_stays_the_attack(gazetteer):
    # (the guard: a barrage told fired and then downed is the attack, outcome intercepted, as the seed table has it)
    text = ("Iran fired about 180 ballistic missiles at Israel on Tuesday evening. "
            "The missiles were mostly intercepted by Israeli and US defences.")
    assert ("2024-10-01", "missile_attack", "cc-il") in _targets(text, "2024-10-02", gazetteer)
    assert ("interception", "") not in _outcomes(text, "2024-10-02", gazetteer)
