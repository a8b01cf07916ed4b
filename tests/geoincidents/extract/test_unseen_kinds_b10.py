"""Kinds of failure seen on heldout10 (former held-out set, now development material), one test per kind.

Texts are written in our own words with the facts of real reports: the Turkish air and drone strikes on PKK-held
areas of north-east Syria and northern Iraq of 5 October 2023 (after the bombing in Ankara of 1 October) and of
23 October 2024 (after the assault on the TUSAS aerospace plant near Ankara).
"""
from __future__ import annotations

from tests.geoincidents.extract.test_unseen_kinds import rows


def test_turkey_is_a_state_force_whose_generic_strikes_are_air_strikes(gazetteer):
    # A generic "strikes" counts only when a state force acts: Turkey is one, like the US or Israel.
    got = rows("Turkish forces carried out wide air strikes on Kurdish-held areas in Syria and Iraq late on Wednesday, "
               "killing at least twelve people.", "2024-10-25", gazetteer, ("date", "event_type", "actor", "target_place"))
    assert got == [("2024-10-23", "air_strike", "Turkey", "Syria"), ("2024-10-23", "air_strike", "Turkey", "Iraq")]
    got = rows("On Thursday Turkey hit an oil station near Qamishli.", "2023-10-06", gazetteer,
               ("date", "event_type", "actor", "target_place"))
    assert got == [("2023-10-05", "air_strike", "Turkey", "Qamishli")]
    # Without the state force the same verb tells no strike of its own.
    assert rows("On Thursday the company hit its sales target in Qamishli.", "2023-10-06", gazetteer) == []


def test_a_compass_word_before_a_listed_place_keeps_it_on_the_list(gazetteer):
    got = rows("Turkish jets bombed PKK positions in northern Syria and northern Iraq on Wednesday.", "2024-10-25",
               gazetteer)
    assert got == [("2024-10-23", "air_strike", "Syria"), ("2024-10-23", "air_strike", "Iraq")]
    got = rows("Turkish jets bombed PKK positions in Syria and north-eastern Iraq on Wednesday.", "2024-10-25",
               gazetteer)
    assert got == [("2024-10-23", "air_strike", "Syria"), ("2024-10-23", "air_strike", "Iraq")]
    # A landmark stays one: "south of Baghdad" names where the target is, not a second target.
    # (The camp at Makhmur is the refugee camp the gazetteer holds, at the town's point.)
    got = rows("Turkish jets bombed a camp at Makhmur, south of Erbil, on Wednesday.", "2024-10-25", gazetteer)
    assert [t for _, _, t in got] == ["Makhmur refugee camp"]


def test_a_weapon_that_damaged_a_place_tells_the_attack_without_an_attack_verb(gazetteer):
    # The substations knocked out by Turkish drones on 14 January 2024; the brackets of a list hold no place of it.
    got = rows("Officials said on Sunday that power substations at Amuda (66 kV), Qamishli (66 kV) and Qahtaniyah had "
               "been deliberately knocked offline by Turkish drones.", "2024-01-15", gazetteer)
    # (Turkey strikes from the air: its drones are its drone strikes, docs/extract.md "Event types")
    assert got == [("2024-01-14", "drone_strike", "Amuda"), ("2024-01-14", "drone_strike", "Qamishli"),
                   ("2024-01-14", "drone_strike", "Qahtaniyah")]
    got = rows("A grain silo near Amuda was destroyed by a drone on Sunday.", "2024-01-15", gazetteer)
    assert got == [("2024-01-14", "drone_attack", "Amuda")]
    # A weapon after "by" with no damage done tells nothing.
    assert rows("The plant near Amuda was built by Turkish contractors and is guarded by drones.", "2024-01-15",
                gazetteer) == []


def test_a_sentence_listing_the_targets_names_more_places_of_the_fire_told_before(gazetteer):
    # The Turkish drone strikes of 5 October 2023 across Hasakah province, their targets told in a sentence of
    # their own.
    got = rows("Turkish drones struck more than a dozen sites in north-east Syria on Thursday. The targets included "
               "an oil station in the countryside of Qamishli and a water station in a village near Amuda.",
               "2023-10-06", gazetteer)
    # (the countryside of Qamishli is its district to the gazetteer; a report keeps the city, as a district target
    # would hold Amuda: geoincidents.extract.senses._area_of_a_region_word)
    assert got == [("2023-10-05", "drone_strike", "Qamishli"), ("2023-10-05", "drone_strike", "Amuda")]
    got = rows("A drone hit an oil field in Duhok province on Wednesday. The target was the Sarsang oil field.",
               "2025-07-17", gazetteer)
    assert got == [("2025-07-16", "drone_attack", "Sarsang oil field")]
    # With no fire told before, a list of targets tells none ("targets" of a plan, a sales target...).
    assert rows("The targets included an oil station in the countryside of Qamishli.", "2023-10-06", gazetteer) == []


def test_a_time_after_a_linking_word_does_not_cut_the_clause(gazetteer):
    # The US strikes of 24 January 2024 on the Hashd at Jurf al-Sakhar: "after midnight" is when they came, not an
    # earlier event hung on the casualties.
    got = rows("The Hashd said one of its fighters was killed by US airstrikes carried out after midnight in the Jurf "
               "al-Nasr area south of Baghdad.", "2024-01-25", gazetteer)
    assert got == [("2024-01-25", "air_strike", "Jurf al-Sakhar")]
    # "after" before an event still opens the clause of that earlier event.
    got = rows("US jets struck Jurf al-Sakhar on Wednesday after a drone attack on Ain al-Asad on Saturday.",
               "2024-01-25", gazetteer)
    assert [t for _, _, t in got] == ["Jurf al-Sakhar", "Ain al-Asad Air Base"]


def test_a_second_thing_hit_told_with_a_is_a_target_of_its_own(gazetteer):
    # The Turkish drone strikes of 5 October 2023: near the dam of Chel Agha, and a village near Amuda.
    got = rows("On Thursday drones also hit near the Chel Agha dam and a village in the countryside of Amuda.",
               "2023-10-06", gazetteer)
    assert [(d, t) for d, _, t in got] == [("2023-10-05", "Al Jawādīyah"), ("2023-10-05", "Amuda")]
    # A town named with a casualty of the same clause is where he was, not a target.
    got = rows("On Thursday drones hit a checkpoint near Qamishli and killed a man from Amuda.", "2023-10-06",
               gazetteer)
    assert [t for _, _, t in got] == ["Qamishli"]


def test_a_state_force_that_pounds_a_place_or_runs_an_air_operation_strikes_it(gazetteer):
    # The Turkish strikes of 23 December 2023 on oil sites near Derik (al-Malikiyah), and Turkey's own words for
    # its strikes of 23 October 2024.
    got = rows("On Saturday Turkey pounded oil facilities near Derik.", "2023-12-24", gazetteer)
    assert got == [("2023-12-23", "air_strike", "Al-Malikiyah")]
    got = rows('"An air operation was carried out against terrorist targets in northern Iraq on Wednesday," the '
               "ministry said.", "2024-10-25", gazetteer)
    assert got == [("2024-10-23", "air_strike", "Iraq")]
    # Without a state force acting, pounding tells no strike.
    assert rows("On Saturday the ministry said it was pounding away at the budget deficit.", "2023-12-24",
                gazetteer) == []


def test_a_name_by_a_countryside_word_is_the_province_named_after_the_city(gazetteer):
    # The countryside of a city is the land outside it: the province (or district) named alike, in any language.
    assert rows("A drone struck a position in the eastern countryside of Deir ez-Zor on Monday.", "2024-02-06",
                gazetteer) == [("2024-02-05", "drone_attack", "Deir ez-Zor Governorate")]
    assert rows("استهدفت طائرة مسيرة موقعا في ريف دير الزور الشرقي يوم الاثنين.", "2024-02-06",
                gazetteer)[0][2] == "Deir ez-Zor Governorate"
    # A bare region word keeps the city its province scores below ("the Qaim region" is no countryside).
    assert rows("Rockets hit the Qaim region on Monday.", "2024-02-06", gazetteer)[0][2] == "Al-Qa'im"
