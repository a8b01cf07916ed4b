"""Kinds of failure seen on unseen reports (the sixth session's sets), one test per kind.

Texts are written in our own words with the facts of real reports: the drone strike on an al-Nujaba headquarters in
eastern Baghdad of 4 January 2024, the drones on Taji, Imam Ali and Radwaniya of 24 June 2025, and the Israeli
strike near Nabatieh of 17 August 2024.
"""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report
from tests.geoincidents.extract.test_unseen_kinds import rows


def test_a_landmark_places_a_target_the_text_does_not_name(gazetteer):
    # The headquarters hit is unnamed; "east of Baghdad" is where it is.
    r = extract_report("A police source said on Thursday that two commanders died in an air strike on a militia "
                       "headquarters east of Baghdad.", published="2024-01-04", gazetteer=gazetteer)
    got = r.incidents[["date", "event_type", "target_place", "target_precision"]].values.tolist()
    assert got == [["2024-01-04", "air_strike", "Baghdad", "near"]]
    # A place the text does not name, placed by the airport beside it; the village it fell in, once the gazetteer
    # holds it (Radwaniya, data/places/settlements.csv), is the target itself.
    got = rows("Another drone came down on farmland about ten kilometres west of Baghdad International Airport, on "
               "Tuesday.", "2025-06-24", gazetteer)
    assert got == [("2025-06-24", "drone_attack", "Baghdad International Airport")]
    got = rows("Another drone came down in Radwaniya, about ten kilometres west of Baghdad International Airport, on "
               "Tuesday.", "2025-06-24", gazetteer)
    assert got == [("2025-06-24", "drone_attack", "Radwaniya")]
    # A named target keeps the landmark as context, and so does "the base" told before.
    got = rows("Israeli jets struck Nabatieh, 12 km west of Khiam, on Saturday.", "2024-08-17", gazetteer)
    assert got == [("2024-08-17", "air_strike", "Nabatieh")]
    got = rows("A drone hit Harir air base on Friday. A second drone struck the base, which lies northeast of Erbil, "
               "an hour later.", "2024-01-05", gazetteer)
    assert [t for _, _, t in got] == ["Harir Air Base"]


def test_a_time_told_by_a_strike_is_no_strike_of_its_own(gazetteer):
    text = ("A drone bombed a militia headquarters in eastern Baghdad on Thursday. The night before the strike, the "
            "group's leader had urged the government to end the American presence in Iraq.")
    # (a drone of no one that bombed a militia's headquarters is a state's armed drone: analyse._drones_of_no_one)
    assert rows(text, "2024-01-04", gazetteer) == [("2024-01-04", "drone_strike", "Baghdad")]


def test_a_later_sentence_dates_the_attack_on_a_site_by_its_day(gazetteer):
    # The attack is told first without a day; a later sentence names the base again with its day (a named day of
    # the year: Christmas Day).
    text = ("Three US soldiers were wounded in Iraq when Kataib Hezbollah attacked Erbil Air Base, the Pentagon said. "
            "Officials described the attack on Erbil Air Base, carried out early on Christmas Day, as reckless.")
    assert rows(text, "2023-12-26", gazetteer) == [("2023-12-25", "other", "Erbil Air Base")]
    # A day in such a sentence later than the draft's is not its day.
    text = ("Kataib Hezbollah attacked Erbil Air Base, the Pentagon said. Erbil Air Base will reopen on December 28.")
    assert rows(text, "2023-12-26", gazetteer) == [("2023-12-26", "other", "Erbil Air Base")]


def test_attacks_a_strike_followed_are_drafted_at_their_sites(gazetteer):
    # The attacks the strike answered are incidents of their own, at each site and town, on the day told last.
    text = ("US jets bombed a weapons store in Deir ez-Zor province on November 8, the Pentagon said. The raid "
            "followed fresh attacks on the Harir base near Erbil and on Shaddadi in Syria.")
    got = rows(text, "2023-11-09", gazetteer)
    assert ("2023-11-08", "air_strike", "Deir ez-Zor Governorate") in got
    others = sorted(t for _, e, t in got if e == "other")
    assert len(others) == 2 and others[0] == "Harir Air Base" and "shaddadi" in others[1].lower()  # the town or its base
    assert all(d == "2023-11-08" for d, _, _ in got)
    # One attack the blasts came "after" is the strike itself, not another incident.
    text = ("Explosions shook Damascus on Wednesday after an air attack on the Kafr Sousa district. The state agency "
            "said Israel had targeted Kafr Sousa.")
    assert [e for _, e, _ in rows(text, "2024-02-21", gazetteer)] == ["air_strike"]


def test_a_second_verb_of_attack_names_a_second_target(gazetteer):
    # "in" is weak beside a struck site, unless a second verb of attack governs it.
    text = ("The Israeli army said it had struck the heavy-water reactor at Khondab overnight and had also hit a "
            "suspected weapons site in the area of Natanz.")
    got = rows(text, "2025-06-19", gazetteer)
    # "the heavy-water reactor at Khondab" is the reactor (sites.csv), a nuclear word beside its town.
    assert [t for _, _, t in got] == ["Khondab heavy water reactor", "Natanz"]
    # Without one, "in" only says where the site is.
    got = rows("Israeli jets struck the reactor at Khondab in Iran overnight.", "2025-06-19", gazetteer)
    assert [t for _, _, t in got] == ["Khondab heavy water reactor"]


def test_a_town_named_after_the_attack_is_where_it_hit(gazetteer):
    # The first sentence names only the country; the next places the attack at a town in it.
    text = ("An Israeli missile strike in central Syria on Sunday killed five people, state media said. A fire broke "
            "out near the town of Masyaf after the attack, the agency added.")
    got = rows(text, "2024-09-09", gazetteer)
    assert got == [("2024-09-08", "air_strike", "Masyaf")]
    # A town in another country is no place of that attack.
    text = ("An Israeli missile strike in central Syria on Sunday killed five people. Officials in Beirut condemned "
            "the attack.")
    assert [t for _, _, t in rows(text, "2024-09-09", gazetteer)] == ["Syria"]


def test_a_comment_on_the_attack_is_no_attack_of_its_own(gazetteer):
    text = ("Iran fired ballistic missiles at Erbil late on Monday. Israel did not acknowledge the attack on Erbil, "
            "and Baghdad condemned the attack.")
    got = rows(text, "2024-01-16", gazetteer)
    assert [(d, t) for d, t, _ in got] == [("2024-01-15", "missile_attack")]
    assert got[0][2].startswith("Erbil")  # the town, or its air base: the sense an attack on "Erbil" takes


def test_a_town_named_among_nuclear_sites_is_the_nuclear_facility(gazetteer):
    r = extract_report("The raid on Monday came a day after US bombers struck nuclear installations at Fordo, Natanz "
                       "and Isfahan.", published="2025-06-23", gazetteer=gazetteer)
    targets = dict(zip(r.incidents["target_place"], r.incidents["target_place_id"]))
    assert targets["Natanz nuclear facility"] == "ir-natanz-enrichment-plant"
    natanz = r.places[r.places["mention"] == "Natanz"].iloc[0]
    assert (natanz["kind"], round(natanz["lat"], 2), round(natanz["lon"], 2)) == ("facility", 33.72, 51.72)
    # Without a nuclear word the town stays the town.
    r = extract_report("Residents of Natanz said they heard jets overhead on Monday.", published="2025-06-23",
                       gazetteer=gazetteer)
    assert r.places["place_id"].tolist() == ["ir-natanz"]


def test_the_country_is_the_country_named_last(gazetteer):
    text = ("Three US soldiers were hurt in Iraq when Kataib Hezbollah attacked Erbil Air Base, and US forces answered "
            "with strikes on three facilities the group uses inside the country, the Pentagon said.")
    got = rows(text, "2023-12-26", gazetteer, ("event_type", "target_place", "actor"))
    assert ("air_strike", "Iraq", "US forces") in got
    assert ("other", "Erbil Air Base", "Kataib Hezbollah") in got


def test_aircraft_firing_over_a_place_strike_from_there(gazetteer):
    # The jets' missiles are the air strike; "flying over" names where they fired from; the neighbourhood told
    # after the town is where the one strike hit.
    text = ("An Israeli air strike hit the Syrian capital Damascus on Saturday, killing four. The army said the "
            "building, in the Mazzeh district of western Damascus, was destroyed, and that the Israeli aircraft had "
            "fired their missiles while flying over the Golan Heights.")
    got = rows(text, "2024-01-20", gazetteer, ("date", "event_type", "target_place", "launch_place"))
    assert got == [("2024-01-20", "air_strike", "Mezzeh", "Golan Heights")]


def test_a_threat_of_fire_is_no_event(gazetteer):
    text = ("Two drones were sent against Ain al-Asad air base on Tuesday. Armed groups in Iraq had threatened to "
            "strike US interests in the region with missiles if Washington stepped in to support Israel against "
            "Hamas in the Gaza Strip.")
    assert rows(text, "2023-10-31", gazetteer) == [("2023-10-31", "drone_attack", "Ain al-Asad Air Base")]


@pytest.mark.parametrize("said", [
    "The US administration has approved strikes on Iranian targets in both Syria and Iraq in response to the drone "
    "attack on US forces in Jordan, officials said on Thursday.",
    "The White House has authorised strikes on militia targets in Syria and Iraq in answer to the drone attack on "
    "US troops in Jordan, officials said on Thursday.",
])
def test_strikes_approved_are_no_event(gazetteer, said):
    """An approval of strikes tells no strike; the attack it answers, told beside it, stays."""
    assert [(t, p) for _, t, p in rows(said, "2024-02-01", gazetteer)] == [("drone_attack", "Jordan")]


def test_an_area_that_holds_no_site_hit_is_a_target_of_its_own(gazetteer):
    text = ("On Friday rockets were fired at the US embassy in Baghdad. More rocket attacks came later that day, on "
            "al-Asad air base in western Iraq and on three troop positions in Syria. The US military counts 78 "
            "attacks on its facilities in recent weeks, 43 of them in Iraq and 35 in Syria.")
    got = rows(text, "2023-12-08", gazetteer)
    assert ("2023-12-08", "rocket_attack", "Ain al-Asad Air Base") in got
    assert ("2023-12-08", "rocket_attack", "Syria") in got
    assert ("2023-12-08", "rocket_attack", "Iraq") not in got  # Iraq holds al-Asad: where the base is; the tally is none
    assert len(got) == 3


def test_events_read_in_arabic(gazetteer):
    # "Official media said Israeli raids targeted the city of Tabriz this Friday morning. Israeli strikes had
    # reached the Natanz facility at dawn on Wednesday." (our own sentences)
    text = ("قالت وسائل إعلام رسمية إن غارات إسرائيلية استهدفت صباح اليوم الجمعة مدينة تبريز. "
            "وكانت ضربات إسرائيلية قد طالت منشأة نطنز فجر الأربعاء.")
    got = rows(text, "2025-06-13", gazetteer, ("date", "event_type", "target_place", "actor"))
    assert ("2025-06-13", "air_strike", "Tabriz", "Israel") in got
    assert ("2025-06-11", "air_strike", "Natanz nuclear facility", "Israel") in got
    assert len(got) == 2
    # A capital named as a side of the conflict takes no role from the country around it.
    got = rows("استهدف قصف إسرائيلي مدينة تبريز في شمال غرب إيران، وسط التصعيد بين طهران وتل أبيب.", "2025-06-13",
               gazetteer)
    assert [t for _, _, t in got] == ["Tabriz"]


def test_a_day_before_the_incidents_told_is_the_day_before(gazetteer):
    text = ("On Tuesday morning a drone hit the Sarsang oil field in Duhok province. Less than a day before that, "
            "two drones had targeted an oil field in Erbil province.")
    got = rows(text, "2025-07-15", gazetteer)
    assert ("2025-07-15", "drone_attack", "Sarsang oil field") in got
    assert ("2025-07-14", "drone_attack", "Erbil Governorate") in got


def test_a_list_of_targets_goes_on_past_a_name_the_gazetteer_lacks(gazetteer):
    # "Al-Shaab" alone names a village in Israel; here it ends "Aita al-Shaab", a Lebanese village (now held,
    # data/places/settlements.csv), and the list goes on to Khiam.
    r = extract_report("Israeli forces also hit the border villages of Aitaroun, Kfarkela, Aita al-Shaab and Khiam on "
                       "Saturday.", published="2024-08-17", gazetteer=gazetteer)
    targets = r.incidents["target_place"].tolist()
    assert {"Aitaroun", "Kfar Kila", "Aita al-Shaab", "Khiam"} <= set(targets)
    assert len(targets) == 4  # no draft at the Israeli village of Sha'av
