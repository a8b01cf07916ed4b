"""Kinds of failure seen on unseen reports of militia attacks on US forces, US and Turkish strikes in Iraq and Syria and
drones on Kurdistan's oil and gas fields, one test per kind.

Texts are written in our own words with the facts of real reports: Turkey's air operations in northern Iraq and Syria
of 23 December 2023 and 23 October 2024.
"""
from __future__ import annotations

from tests.geoincidents.extract.test_unseen_kinds import rows


def test_a_wave_announced_at_several_countries_keeps_each_country_beside_the_towns_it_hit(gazetteer):
    # The ministry's wave "in northern Iraq and Syria" is one draft per country, beside the Syrian towns named after
    # it (not folded into them); the ministry's own words told again join the wave.
    text = ("Turkey's defence ministry said its jets hit 29 targets in northern Iraq and Syria on Saturday evening. "
            "\"Air operations were carried out against targets in the north of Iraq at 22:00 on December 23,\" the "
            "ministry said. A local outlet reported that Turkish jets pounded oil facilities near Qamishli.")
    got = rows(text, "2023-12-24", gazetteer)
    assert sorted(t for _, _, t in got) == ["Iraq", "Qamishli", "Syria"]
    assert {(d, e) for d, e, _ in got} == {("2023-12-23", "air_strike")}
    # Strikes on the territory of two countries on a day of their own, then the towns hit in one of them.
    text = ("Turkish forces launched strikes on Kurdish-held territory in Syria and Iraq late on Wednesday. Footage "
            "showed heavy damage from the strikes in Kobani and Qamishli.")
    got = rows(text, "2024-10-24", gazetteer)
    assert sorted(t for _, _, t in got) == ["Iraq", "Kobani", "Qamishli", "Syria"]
    # One country is the strike the report then places: "central Syria" is Masyaf, no draft of its own.
    text = ("Israeli air strikes on several military sites in central Syria killed at least 16 people. The strikes "
            "hit research buildings near Masyaf on Sunday night.")
    assert [t for _, _, t in rows(text, "2024-09-09", gazetteer)] == ["Masyaf"]


def test_the_field_told_again_is_the_field_named_before(gazetteer):
    # "the field" points back at the oil or gas field the report named; a drone told as the second one, on a day of its
    # own, is another incident there, even though the first attack's day is only the day engineers spoke.
    text = ("Output at the Khor Mor gas field was halted after a drone attack, engineers at the site said on "
            "Wednesday. The drone set a storage tank at the field on fire. It was the second drone to go after the "
            "field in a week: late on Sunday, Kurdish guards opened fire on a drone to keep it from reaching Khor Mor.")
    got = rows(text, "2025-11-27", gazetteer, columns=("date", "event_type", "target_place", "launch_place"))
    assert [g[:3] for g in got] == [("2025-11-26", "drone_attack", "Khor Mor gas field"),
                                    ("2025-11-23", "interception", "Khor Mor gas field")]
    assert all(g[3] is None for g in got)  # "from reaching Khor Mor" is where the drone went, not where it came from
    # "Another" that counts people, in a sentence of a day of its own, does not part the strike the lead told undated.
    text = ("Israeli air strikes on several military sites in central Syria killed at least 16 people, state media "
            "said. Another 36 people were hurt in the strikes near Masyaf on Sunday night.")
    assert [t for _, _, t in rows(text, "2024-09-09", gazetteer)] == ["Masyaf"]
    # A field named by a name the gazetteer lacks is not the field told before (an invented field: Khurmala, the
    # first example, is held since strike_sites.csv, and is then the field of its own draft).
    text = ("A drone hit the Sarsang oil field on Tuesday morning. On Monday evening two drones fell in the Tawqan "
            "field in Erbil province.")
    got = rows(text, "2025-07-16", gazetteer)
    assert ("2025-07-14", "drone_attack", "Erbil Governorate") in got
    assert ("2025-07-14", "drone_attack", "Sarsang oil field") not in got
    got = rows(text.replace("Tawqan", "Khurmala"), "2025-07-16", gazetteer)
    assert ("2025-07-14", "drone_attack", "Khurmala oil field") in got
    assert ("2025-07-14", "drone_attack", "Sarsang oil field") not in got


def test_drones_flying_over_a_place_are_no_weapon_of_the_strike(gazetteer):
    # The jets struck; the drones overhead only watched: one air strike, not a drone attack beside it.
    text = ("On Wednesday night Israeli aircraft hit the Hama air base, targeting its runways while drones kept flying "
            "over the city. More than a dozen strikes hit depots at the base.")
    assert rows(text, "2025-04-03", gazetteer) == [("2025-04-02", "air_strike", "Hama Military Airport")]
    # Drones flown at a place are the fire itself.
    assert rows("Two drones were flown at the Harir air base on Thursday.", "2023-11-09", gazetteer) == [
        ("2023-11-09", "drone_attack", "Harir Air Base")]


def test_a_bomb_set_off_on_the_ground_is_an_explosion(gazetteer):
    # The bombing the strikes answered: a bomb attack near a ministry in Ankara, an explosion of its own day.
    text = ("Turkish drones struck oil sites near Qamishli on Thursday. On Oct. 1, two assailants staged a bomb attack "
            "near the interior ministry in Ankara, hurting two policemen.")
    got = rows(text, "2023-10-05", gazetteer)
    assert ("2023-10-01", "explosion", "Ankara") in got
    assert ("2023-10-05", "drone_strike", "Qamishli") in got


def test_a_base_placed_by_its_landmark_then_named_is_one_incident(gazetteer):
    # The lead places an unnamed base by the capital; the next sentence names it (Camp Kalsu, about 50 km away).
    text = ("A powerful blast tore through a military base south of Baghdad on Saturday, killing one fighter. The "
            "explosion went off at the Kalsu base in Babil province, the army said.")
    assert rows(text, "2024-04-21", gazetteer) == [("2024-04-20", "explosion", "Camp Kalsu")]
    # Another base named after it stays apart.
    text = ("A powerful blast tore through a military base south of Baghdad on Saturday. Another explosion hit the "
            "Kalsu base in Babil province on Saturday.")
    assert len(rows(text, "2024-04-21", gazetteer)) == 2
