"""Kinds of failure in the type, target and actor of drafts seen on heldout9 and heldout4-7 (former held-out sets, now
development material), one test per kind.

Texts are written in our own words with the facts of real reports: the drone attacks on US sites in Syria and Iraq of
December 2023, the US drone strike in Baghdad of 7 February 2024, the Tower 22 attack of 28 January 2024.
"""
from __future__ import annotations

from geoincidents.extract import extract_report
from geoincidents.extract.cues import negated
from tests.geoincidents.extract.test_unseen_kinds import rows


def typed(text, published, gazetteer):
    return rows(text, published, gazetteer, columns=("event_type", "target_place"))


def types(text, published, gazetteer):
    r = extract_report(text, published=published, gazetteer=gazetteer)
    return r.incidents[["event_type", "actor", "target_place"]].fillna("").values.tolist()


def test_a_groups_drone_strike_is_a_drone_attack(gazetteer):
    # An armed drone's strike is a state's that strikes from the air; a militia's "drone strike" on a base is
    # drone fire.
    got = types("The Islamic Resistance in Iraq said it had carried out a drone strike on the Harir air base on "
                "Saturday evening.", "2023-12-31", gazetteer)
    assert got == [["drone_attack", "Islamic Resistance in Iraq", "Harir Air Base"]]
    # So is one of no named actor that killed troops of such a state.
    got = types("The raids answered the January 28 drone strike that killed three US soldiers in Jordan.",
                "2024-02-08", gazetteer)
    assert ["drone_attack", "", "Jordan"] in got
    # A state's drone strike stays one.
    got = types("A US drone strike hit a car in the Mashtal district of Baghdad on Wednesday night.",
                "2024-02-08", gazetteer)
    assert got[0][:2] == ["drone_strike", "US forces"]


def test_the_subject_of_a_passive_verb_is_the_side_hit_not_the_actor(gazetteer):
    # Militia members "were killed in a drone strike": they were hit; who struck is not told.
    r = extract_report("Early last month, five Nujaba members were killed in a drone strike on one of the group's "
                       "positions in Kirkuk province.", published="2024-01-05", gazetteer=gazetteer)
    got = r.incidents[["event_type", "actor", "target_actor", "target_place"]].fillna("").values.tolist()
    assert got == [["drone_strike", "", "Harakat al-Nujaba", "Kirkuk Governorate"]]


def test_a_part_of_a_town_after_and_goes_on_with_the_list_of_targets(gazetteer):
    # Iranian missiles hit Haifa and the east of Tel Aviv on 15 June 2025: two targets of one clause.
    got = typed("Missiles struck Haifa and eastern Tel Aviv late on Sunday.", "2025-06-16", gazetteer)
    assert got == [("missile_attack", "Haifa"), ("missile_attack", "Tel Aviv")]
    got = rows("Rockets hit Kiryat Shmona and north-eastern Haifa.", "2024-10-20", gazetteer, columns=("target_place",))
    assert got == [("Kiryat Shmona",), ("Haifa",)]


def test_a_state_named_as_a_place_is_the_side_hit_never_the_actor(gazetteer):
    # Iranian missiles hit Haifa on 15 June 2025; a home in the north of Israel was hit in the same barrage.
    r = extract_report("Missiles struck Haifa, and a residential building in northern Israel took a direct hit that "
                       "left 15 people hurt.", published="2025-06-16", gazetteer=gazetteer)
    got = r.incidents[["event_type", "actor", "target_actor"]].fillna("").values.tolist()
    assert ["missile_attack", "", "Israel"] in got
    assert all(row[1] != "Israel" for row in got)


def test_a_state_named_after_the_attack_is_the_side_hit_only_where_it_was_hit(gazetteer):
    # The drone attacks on Iraqi radar sites of 24 June 2025, hours before the ceasefire between Iran and Israel.
    def side(text, published="2025-06-24"):
        r = extract_report(text, published=published, gazetteer=gazetteer)
        return r.incidents["target_actor"].fillna("").tolist()
    assert side("Drones struck Camp Taji on Tuesday, hours before a ceasefire between Iran and Israel.") == [""]
    assert side("A drone hit Camp Taji, which used to host US forces, on Tuesday.") == [""]
    assert side("Interceptors downed missiles launched from Iran over Ashkelon on Friday.", "2025-06-14") == [""]
    assert side("Rockets were fired at US forces at Camp Taji on Tuesday.") == ["US forces"]


def test_a_verb_in_lower_case_opens_no_name(gazetteer):
    # "hit Camp" is no alias of the town of Hit: the base's name starts after the verb.
    got = typed("A drone hit Camp Taji north of Baghdad on Tuesday.", "2025-06-24", gazetteer)
    assert got == [("drone_attack", "Camp Taji")]


def test_blasts_seen_or_in_the_sky_over_a_town_are_blasts_of_their_own(gazetteer):
    # Israel's strike on Iran of 19 April 2024: drones were downed near Isfahan, and blasts were reported over Tabriz.
    got = typed("Iranian media said three drones had been shot down over Isfahan on Friday. There were also "
                "unconfirmed reports of explosions in the sky over the city of Tabriz.", "2024-04-19", gazetteer)
    assert ("explosion", "Tabriz") in got
    assert ("interception", "Isfahan") in got  # downed over the city: the city, not the air base named after it


def test_an_event_after_no_is_denied(gazetteer):
    got = typed("Blasts were heard near Isfahan on Friday. An official wrote that there were \"no reports of a missile "
                "attack\". State media said there were no large explosions caused by any air threat.", "2024-04-19",
                gazetteer)
    assert got == [("explosion", "Isfahan")]
    clause = "officials said there was no sign that the consulate itself was hit".split()
    assert negated(clause, clause.index("was", 8))
    assert not negated("officials said the consulate itself was hit".split(), 5)


def test_air_defences_active_over_a_city_are_an_interception_there(gazetteer):
    got = rows("Air defences were active over Tabriz early on Friday.", "2024-04-19", gazetteer)
    assert got == [("2024-04-19", "interception", "Tabriz")]
    got = typed("Air defence systems were activated over Isfahan overnight.", "2024-04-19", gazetteer)
    assert got == [("interception", "Isfahan")]


def test_a_reprisal_feared_for_an_earlier_barrage_opens_a_clause_of_its_own(gazetteer):
    # The blasts near Isfahan of 19 April 2024 are the event told; the barrage of 13 April is what a reprisal answers.
    got = typed("State media reported explosions in Isfahan province early on Friday, fuelling fears of an Israeli "
                "reprisal for Tehran's drone-and-missile barrage on Israel.", "2024-04-19", gazetteer)
    assert got[0] == ("explosion", "Isfahan Province")


def test_projectiles_and_impacts_after_a_barrage_are_that_fire_at_each_town(gazetteer):
    # Iran's barrage of 20 June 2025: hits in Tel Aviv, Beersheba and Ramat Gan.
    got = typed("Iran fired about 25 missiles at Israel on Friday. Projectiles came down in several urban areas, "
                "including Tel Aviv, Beersheba and Ramat Gan.", "2025-06-20", gazetteer)
    assert got == [("missile_attack", "Israel"), ("missile_attack", "Tel Aviv"), ("missile_attack", "Beersheba"),
                   ("missile_attack", "Ramat Gan")]
    got = typed("Iran fired about 25 missiles at Israel on Friday. One impact on a street in Ramat Gan damaged a "
                "four-storey building.", "2025-06-20", gazetteer)
    assert got == [("missile_attack", "Israel"), ("missile_attack", "Ramat Gan")]
    # "the impact of" names no hit
    got = rows("Iran fired about 25 missiles at Israel on Friday. The impact of the war on Tel Aviv was felt by all.",
               "2025-06-20", gazetteer, columns=("target_place",))
    assert got == [("Israel",)]


def test_the_country_is_the_last_one_named_as_a_place_not_a_state_that_owns_a_force(gazetteer):
    # The US strikes of 2 February 2024: Syrian media told of strikes in its desert near the Iraqi border.
    got = rows("US jets hit sites in Syria on Friday, going after the Quds Force of Iran's Revolutionary Guards. "
               "State media reported several strikes in the country's desert areas.", "2024-02-03", gazetteer,
               columns=("target_place",))
    assert ("Iran",) not in got and ("Syria",) in got
