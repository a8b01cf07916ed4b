"""How an event's type is decided (docs/extract.md, "Event types"), one test per kind seen on the development sets.

Texts are written in our own words with the facts of real reports: the Turkish drone strikes on oil and power
stations of al-Hasakah province of 5 October 2023 and 14 January 2024, the PKK raid on a Turkish base in northern
Iraq of 22 December 2023, the drone attack on Tower 22 in Jordan of 28 January 2024 and the US drone strike in
Baghdad of 7 February 2024.
"""
from __future__ import annotations

from tests.geoincidents.extract.test_unseen_kinds import rows

_TYPED = ("date", "event_type", "actor", "target_place")


def test_drones_sent_by_a_state_that_strikes_from_the_air_are_its_drone_strikes(gazetteer):
    # Whatever the words ("drone attacks", "drones struck"), a state force that strikes from the air strikes.
    got = rows("Turkish drone attacks put two power stations near Amuda out of service on Sunday evening.",
               "2024-01-15", gazetteer, _TYPED)
    assert got == [("2024-01-14", "drone_strike", "Turkey", "Amuda")]
    got = rows("On Thursday Turkish drones hit an oil station outside Qamishli.", "2023-10-06", gazetteer, _TYPED)
    assert got == [("2023-10-05", "drone_strike", "Turkey", "Qamishli")]
    # A group's drones, a missile force's drones, and drones of no named sender are drone fire.
    got = rows("On Sunday the Islamic Resistance in Iraq said its drones attacked the Harir base.", "2024-01-15",
               gazetteer, ("event_type", "target_place"))
    assert got == [("drone_attack", "Harir Air Base")]
    got = rows("Iranian drones attacked Kurdish opposition camps near Koya on Sunday.", "2024-01-15", gazetteer,
               ("event_type", "target_place"))
    assert got == [("drone_attack", "Koya")]
    got = rows("On Sunday a drone attacked the Harir base.", "2024-01-15", gazetteer, ("event_type", "target_place"))
    assert got == [("drone_attack", "Harir Air Base")]


def test_drones_that_go_on_with_a_state_drone_strike_are_that_strike(gazetteer):
    # Drones of no named sender that the report says go on with the strike told just before ("also", "the drones").
    got = rows("Turkish drones struck oil facilities near Qamishli on Thursday. Drones also hit a village near Amuda.",
               "2023-10-06", gazetteer, _TYPED)
    assert got == [("2023-10-05", "drone_strike", "Turkey", "Qamishli"), ("2023-10-05", "drone_strike", "Turkey", "Amuda")]
    # Said without a link, or at that force's own troops, they are drone fire of their own.
    got = rows("A US drone strike killed a militia commander in Baghdad on Wednesday. Drones attacked the Harir base.",
               "2024-02-08", gazetteer, ("event_type", "target_place"))
    assert got == [("drone_strike", "Baghdad"), ("drone_attack", "Harir Air Base")]
    got = rows("A US drone strike killed a militia commander in Baghdad on Wednesday. Drones then attacked the Harir "
               "base, where US troops are stationed.", "2024-02-08", gazetteer, ("event_type", "target_place"))
    assert got == [("drone_strike", "Baghdad"), ("drone_attack", "Harir Air Base")]


def test_a_strike_told_again_keeps_the_kind_it_was_told_with(gazetteer):
    # "Two strikes landed", "another hit": the drone strikes told before, not air strikes of their own.
    got = rows("Turkish drones struck oil stations near Qamishli on Thursday. Two strikes landed near Amuda, and "
               "another hit a power station outside Hasakah.", "2023-10-06", gazetteer, ("event_type", "target_place"))
    assert got == [("drone_strike", "Qamishli"), ("drone_strike", "Amuda"), ("drone_strike", "Hasakah")]
    # A state force named as the one striking makes it an air strike of its own.
    got = rows("A US drone strike killed a militia commander in Baghdad on Wednesday. On Thursday US jets struck "
               "al-Qaim.", "2024-02-09", gazetteer, ("event_type", "target_place"))
    assert got == [("drone_strike", "Baghdad"), ("air_strike", "Al-Qa'im")]


def test_the_side_hit_never_makes_a_generic_attack_an_air_strike(gazetteer):
    # A state's soldiers wounded or killed "in an attack" were hit by it: an attack by means untold, not a state's
    # air strike.
    got = rows("Six Turkish soldiers were killed in an attack on their base in northern Iraq on Friday.", "2023-12-23",
               gazetteer, _TYPED)
    assert got == [("2023-12-22", "other", None, "Iraq")]
    got = rows("Three US soldiers were killed in an attack on Tower 22 on Sunday.", "2024-01-29", gazetteer,
               ("date", "event_type", "target_place"))
    assert got == [("2024-01-28", "other", "Tower 22")]
    # The weapon, when the report names it, types it.
    got = rows("Three US soldiers were killed in a drone attack on Tower 22 on Sunday.", "2024-01-29", gazetteer,
               ("date", "event_type", "target_place"))
    assert got == [("2024-01-28", "drone_attack", "Tower 22")]


def test_a_bomb_set_off_on_the_ground_is_an_explosion_not_an_air_strike(gazetteer):
    # "Bombing" alone is an air strike's word ("the bombing hit positions around Mayadin"); a suicide, car or
    # roadside bomb, or an explosive device, is a blast on the ground.
    got = rows("A suicide bombing in Kirkuk killed ten people on Sunday.", "2024-01-15", gazetteer)
    assert got == [("2024-01-14", "explosion", "Kirkuk")]
    got = rows("US jets struck al-Qaim on Sunday. A roadside bomb also hit a convoy near Fallujah.", "2024-01-15",
               gazetteer)
    assert got == [("2024-01-14", "air_strike", "Al-Qa'im"), ("2024-01-14", "explosion", "Fallujah")]
    got = rows("An improvised explosive device went off beside a PMF patrol near Tarmiyah on Sunday.", "2024-01-15",
               gazetteer, ("event_type",))
    assert got == [("explosion",)]


def test_shelling_told_by_its_verb_is_artillery(gazetteer):
    got = rows("Turkish artillery shelled villages near Zakho on Sunday.", "2024-01-15", gazetteer, _TYPED)
    assert got == [("2024-01-14", "artillery", "Turkey", "Zakho")]


def test_an_air_defence_system_firing_over_a_city_is_an_interception_there(gazetteer):
    # The blasts heard in Tabriz on 19 April 2024 were the city's air defences firing at an object in the sky.
    got = rows("Reports of an explosion in Tabriz on Friday were traced to the city's air defense system firing at "
               "a suspicious object.", "2024-04-19", gazetteer)
    assert got == [("2024-04-19", "interception", "Tabriz")]


def test_drones_a_state_shot_down_are_not_its_drone_strike(gazetteer):
    # Who shoots down defends: the drones downed on their way to a base are the interception of drone fire at that
    # state's troops, no strike of its own.
    got = rows("US forces shot down a drone targeting the Harir base on Sunday.", "2024-01-15", gazetteer,
               ("event_type", "actor", "target_actor", "target_place", "outcome"))
    assert got == [("interception", None, "US forces", "Harir Air Base", "intercepted")]


def test_a_pair_of_weapons_before_one_attack_word_is_typed_by_the_first(gazetteer):
    # "Rocket and drone attacks": the first weapon named types the clause, as in "rockets and drones".
    got = rows("The Islamic Resistance in Iraq said on Wednesday it was behind rocket and drone attacks on the Harir "
               "base.", "2024-01-25", gazetteer)
    assert got == [("2024-01-24", "rocket_attack", "Harir Air Base")]
    got = rows("A drone attack hit the Harir base on Wednesday.", "2024-01-25", gazetteer)
    assert got == [("2024-01-24", "drone_attack", "Harir Air Base")]


def test_a_states_aircraft_that_hit_a_place_strike_it_whatever_else_flies(gazetteer):
    # Israel's strikes on the Hama air base of 2 April 2025, with drones flying over the city.
    got = rows("Israeli aircraft also hit the Hama air base on Wednesday, while drones kept flying over the city.",
               "2025-04-03", gazetteer, _TYPED)
    assert got == [("2025-04-02", "air_strike", "Israel", "Hama Military Airport")]
    # Aircraft moved, or hit, strike nothing.
    assert rows("The Pentagon sent more US aircraft to the region on Wednesday.", "2025-04-03", gazetteer) == []


def test_a_drone_named_in_another_sentence_does_not_make_a_strike_a_drone_strike(gazetteer):
    # The US strikes in Syria of 11 November 2024 answered a drone attack and a rocket attack of the day before.
    got = rows("On Monday the US carried out two strikes against targets in Syria. Those strikes followed two attacks "
               "on US forces on Sunday, one with a drone and one with two rockets.", "2024-11-12", gazetteer,
               ("date", "event_type", "target_place"))
    assert ("2024-11-11", "air_strike", "Syria") in got
    # The sentence that says a drone carried out the strike still makes it one.
    got = rows("The US military said it carried out a strike in Baghdad on Wednesday. The strike was carried out by "
               "an MQ-9 Reaper drone.", "2024-02-08", gazetteer, ("event_type", "target_place"))
    assert got == [("drone_strike", "Baghdad")]


def test_a_groups_attack_takes_no_weapon_from_another_story(gazetteer):
    # A group's "attacked" with no weapon is the fire told just before; five sentences on, a weapon is no clue.
    got = rows("Two rockets hit the Victory base near Baghdad airport on Saturday. Nobody was hurt. Iraqi officials met "
               "in Baghdad to discuss the budget. Parliament also debated a new election law. The prime minister "
               "travelled to Basra. On Sunday, PKK militants attacked a Turkish base near Bashiqa.", "2024-01-22",
               gazetteer)
    # (the Turkish base near Bashiqa is the gazetteer's Zilkan base, the base that town's name finds: session 50)
    assert got == [("2024-01-20", "rocket_attack", "Camp Victory"), ("2024-01-21", "other", "Zilkan base")]
