"""Kinds of failure seen on heldout12 (former held-out set, now development material), one test per kind.

Texts are written in our own words with the facts of real reports: the drone attacks on US bases in Iraq in October
2023, the drone that hit the Khor Mor gas field on 26 April 2024, Turkish drone strikes in Iraqi Kurdistan.
"""
from __future__ import annotations

from tests.geoincidents.extract.test_unseen_kinds import rows


def test_the_target_named_after_a_source_refines_the_fire_told_before(gazetteer):
    # A coarse place first ("a gas field in Sulaymaniyah province"), then who says what the target was.
    got = rows("A drone struck a gas field in Sulaymaniyah province on Friday evening. Security officials told local "
               "media that the target was the Khor Mor field.", "2024-04-27", gazetteer)
    assert got == [("2024-04-26", "drone_attack", "Khor Mor gas field")]
    got = rows("Armed factions said they hit a US base in western Iraq with drones on Wednesday. According to their "
               "statement, the target was Ain al-Asad.", "2023-10-19", gazetteer)
    assert got == [("2023-10-18", "drone_attack", "Ain al-Asad Air Base")]
    # A lead-in with no fire told before it names no target ("the target" of a plan).
    assert rows("Officials told local media that the target was the Khor Mor field's output for 2025.", "2024-04-27",
                gazetteer) == []


def test_the_same_camp_is_the_camp_named_before(gazetteer):
    # Turkish drone strikes on the Makhmour refugee camp in September 2024.
    got = rows("A Turkish drone struck a gathering in the Makhmour camp on Monday, killing one man. Six days earlier, "
               "on Tuesday, another Turkish drone hit a house inside the same camp.", "2024-09-17", gazetteer)
    assert got == [("2024-09-16", "drone_strike", "Makhmur refugee camp"),
                   ("2024-09-10", "drone_strike", "Makhmur refugee camp")]


def test_a_drone_of_no_named_sender_at_the_place_an_air_strike_hit_that_day_is_that_strike(gazetteer):
    # The strike that killed an al-Nujaba commander in Baghdad on 4 January 2024, told by two sources.
    got = rows("A commander of al-Nujaba was killed on Thursday in an air strike on the group's headquarters in "
               "Baghdad. Earlier in the day, a police source said a drone of unknown origin had bombed a headquarters "
               "in Baghdad.", "2024-01-05", gazetteer)
    assert got == [("2024-01-04", "air_strike", "Baghdad")]
    # Told at another moment, or sent by a named group, the drones are an incident of their own.
    got = rows("A US air strike hit a depot near Qaim on Thursday. Hours later, a drone hit the same depot near Qaim.",
               "2024-01-05", gazetteer)
    assert [t for _, t, _ in got] == ["air_strike", "drone_attack"]
    got = rows("US jets struck a depot near Qaim on Thursday. Kataib Hezbollah drones hit a base near Qaim that day.",
               "2024-01-05", gazetteer)
    assert [t for _, t, _ in got] == ["air_strike", "drone_attack"]


def test_attacks_in_the_perfect_counted_from_a_day_are_background(gazetteer):
    # The militia campaign against US forces after 7 October 2023, summed up at the end of a report.
    assert rows("Since October 7, 2023, the Islamic Resistance in Iraq has claimed rocket and drone attacks both on "
                "Israeli areas and on US bases in Syria and Iraq.", "2024-09-23", gazetteer) == []
    assert rows("Militias have claimed drone attacks on US bases in Syria and Iraq since mid-October.", "2023-11-14",
                gazetteer) == []
    # "since" that opens a clause tells the event of that clause.
    got = rows("Israel and Iran have been trading attacks for three days, since Israeli jets struck Natanz on Friday.",
               "2025-06-15", gazetteer, ("date", "target_place"))
    assert got == [("2025-06-13", "Natanz nuclear facility")]  # (the town's name struck: its site, session 59)


def test_attacks_a_count_told_apportioned_to_their_places_are_one_draft_each(gazetteer):
    # The militia attacks on US forces in Iraq of 20-21 January 2024 (al-Asad was hit by missiles that Saturday).
    got = rows("Three attacks were recorded on Saturday. Besides the strike on Ain al-Asad, the other two were "
               "aimed at US forces at Erbil airport and at the Harir base.", "2024-01-22", gazetteer)
    assert got == [("2024-01-20", "other", "Ain al-Asad Air Base"),
                   ("2024-01-20", "other", "Erbil International Airport"), ("2024-01-20", "other", "Harir Air Base")]
    got = rows("Militias launched four attacks on US forces on Saturday. Two of them targeted Ain al-Asad with rockets.",
               "2024-01-22", gazetteer)
    assert got == [("2024-01-20", "rocket_attack", "Ain al-Asad Air Base")]
    # With no count of attacks told, "the other two" are not attacks ("the other two were aimed at tourists").
    assert rows("Two hotels opened in Erbil on Saturday; the other two were aimed at visitors to the Harir base.",
                "2024-01-22", gazetteer) == []


def test_a_third_drone_at_a_site_is_another_incident_even_where_two_sites_share_a_point(gazetteer):
    # The drone attacks on the oil fields near Zakho on 16 July 2025; the gazetteer places both fields at Zakho.
    got = rows("Two drones hit the Peshkabir field at about 6 am on Wednesday. An hour later a third drone struck the "
               "Tawke field.", "2025-07-17", gazetteer)
    assert got == [("2025-07-16", "drone_attack", "Peshkabir oil field"),
                   ("2025-07-16", "drone_attack", "Tawke oil field")]


def test_a_strike_carried_out_by_a_state_force_is_that_force_s_and_joins_its_coarser_telling(gazetteer):
    # The US strike near Musayyib of 30 July 2024 that killed four Hashd members, told first by its province.
    got = rows("The Hashd said on Wednesday that US drones had struck its men in northern Babil province. A headquarters "
               "near Jurf al-Sakhar was hit late on Tuesday by three drone strikes carried out by American aircraft.",
               "2024-07-31", gazetteer, ("date", "event_type", "actor", "target_place"))
    assert got == [("2024-07-30", "drone_strike", "US forces", "Jurf al-Sakhar")]
    # A force after "by" that is no agent of the strike is the side hit, as before: its drones strike no one.
    got = rows("On Tuesday a drone strike hit a convoy escorted by US forces near Baghdad airport.", "2024-07-31",
               gazetteer, ("event_type", "actor"))
    assert got == [("drone_attack", None)]


def test_explosions_in_the_air_where_an_interception_was_told_are_that_interception(gazetteer):
    # The drone from Iraq that Israel's air defences engaged over Eilat in October 2024 (our own sentences).
    got = rows("Israeli air defences fired interceptors at a drone over Eilat on Sunday night. Residents filmed "
               "explosions in the sky above Eilat.", "2024-10-07", gazetteer)
    assert got == [("2024-10-06", "interception", "Eilat")]
    # A blast on the ground there is an explosion of its own.
    got = rows("Israeli air defences fired interceptors at a drone over Eilat on Sunday night. An explosion hit a "
               "warehouse in Eilat on Sunday night.", "2024-10-07", gazetteer)
    assert [t for _, t, _ in got] == ["interception", "explosion"]
