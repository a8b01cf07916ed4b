"""Barrages, headlines and tallies (issue 9): a country aimed at is a draft of its own, a headline only joins the
body's drafts, the fire's own blasts and fragments are typed from it, and a count of attacks since a day is no event."""
from __future__ import annotations

from geoincidents.extract import extract_report


def drafts(text, gazetteer, published):
    found = extract_report(text, published=published, gazetteer=gazetteer).incidents
    return [(row.date, row.event_type, row.target_place_id, row.launch_place_id) for row in found.itertuples()]


def test_fire_aimed_at_a_country_stays_beside_the_town_it_hit_and_lends_it_its_launch(gazetteer):
    found = drafts("Iran fired about 180 ballistic missiles at Israel on Tuesday night. A missile struck a school in "
                   "Gedera.", gazetteer, "2024-10-02")
    assert found == [("2024-10-01", "missile_attack", "cc-il", "cc-ir"),
                     ("2024-10-01", "missile_attack", "il-gedera", "cc-ir")]


def test_fire_told_in_a_country_is_not_aimed_at_it(gazetteer):
    # "in Syria" is where the base is, not an aim: one draft, at the base.
    found = drafts("On Monday rockets were fired at US forces in Syria. The rockets struck the Rumalyn base.",
                   gazetteer, "2024-04-23")
    assert [f[2] for f in found] == ["sy-rumalyn-landing-zone"]


def test_a_headline_joins_the_body_and_dates_nothing(gazetteer):
    text = ("Iranian missiles hit Tamra\n\nA missile hit a home in the town of Tamra late on Saturday, killing four "
            "people.")
    found = drafts(text, gazetteer, "2025-06-15")
    # (Iran's missiles came from Iran, as "Iran fired missiles at Israel" says outright: analyse.fired_from_home)
    assert found == [("2025-06-14", "missile_attack", "il-tamra", "cc-ir")]


def test_a_headline_with_no_body_draft_of_its_own_adds_none(gazetteer):
    text = ("Eight US troops treated after drone strike on Syrian base\n\nAn attack drone struck the Rumalyn Landing "
            "Zone on Friday, the Pentagon said on Tuesday.")
    found = drafts(text, gazetteer, "2024-08-13")
    assert found == [("2024-08-09", "drone_attack", "sy-rumalyn-landing-zone", None)]


def test_a_blast_during_a_barrage_is_the_barrage(gazetteer):
    found = drafts("Iran fired about 180 ballistic missiles at Israel on Tuesday night. Officials in Hod HaSharon said "
                   "about 100 homes there were damaged by the blast.", gazetteer, "2024-10-02")
    assert ("2024-10-01", "missile_attack", "il-hod-hasharon", "cc-ir") in found
    assert not [f for f in found if f[1] == "explosion"]


def test_a_blast_with_a_day_of_its_own_stays_an_explosion(gazetteer):
    found = drafts("Rockets were fired at Ain al-Asad on Friday. Earlier on Saturday, an explosion hit a base in Babil "
                   "province.", gazetteer, "2024-04-21")
    assert ("2024-04-20", "explosion", "iq-gov-babil", None) in found


def test_a_missile_fragment_that_fell_is_debris_of_an_interception(gazetteer):
    found = drafts("Iran fired about 180 ballistic missiles at Israel on Tuesday night. A man was killed by a large "
                   "missile fragment that fell on a street near Jericho.", gazetteer, "2024-10-02")
    assert ("2024-10-01", "interception", "ps-jericho", None) in found


def test_a_count_of_attacks_since_a_day_is_a_tally(gazetteer):
    found = drafts("The Pentagon counts at least 19 attacks on US bases in Iraq and Syria since October 17.",
                   gazetteer, "2023-10-27")
    assert found == []


def test_the_event_a_war_began_with_is_an_event_of_its_own(gazetteer):
    found = drafts("Iran launched more ballistic missiles at Israel on Saturday night, in the war that began with "
                   "Israeli strikes on nuclear sites in Iran on Friday.", gazetteer, "2025-06-15")
    assert ("2025-06-13", "air_strike", "cc-ir", None) in found
    assert ("2025-06-14", "missile_attack", "cc-il", "cc-ir") in found


def test_a_third_site_of_a_list_is_a_target_too(gazetteer):
    found = drafts('The group said on Sunday that it had attacked two "vital" sites in the occupied Golan Heights and a '
                   "third in Eilat with drones.", gazetteer, "2024-10-27")
    assert {f[2] for f in found} == {"il-golan-heights", "il-eilat"}


def test_people_hurt_in_a_town_during_a_barrage_are_an_impact_there(gazetteer):
    found = drafts("Iran fired about 180 ballistic missiles at Israel on Tuesday night. Inside Israel, two people were "
                   "lightly hurt in Tel Aviv.", gazetteer, "2024-10-02")
    assert ("2024-10-01", "missile_attack", "il-tel-aviv", "cc-ir") in found
    # the wounded taken to a hospital in a town are no impact there
    found = drafts("A missile hit a home in the town of Tamra late on Saturday. The wounded were taken to a hospital in "
                   "Haifa.", gazetteer, "2025-06-15")
    assert [f[2] for f in found] == ["il-tamra"]


def test_a_barrage_told_without_its_weapon_takes_the_next_sentences_and_aims_at_the_area_told(gazetteer):
    # "northern Israel" in running text is Israel, the direction word kept out of the mention (namekeys)
    found = drafts("Iran launched a barrage toward northern Israel on Thursday night. Interceptors downed most of the "
                   "missiles, but one hit a building in Haifa.", gazetteer, "2025-06-20")
    assert ("2025-06-19", "missile_attack", "cc-il", "cc-ir") in found
    assert ("2025-06-19", "missile_attack", "il-haifa") in [f[:3] for f in found]


def test_the_barrage_told_again_is_no_new_event(gazetteer):
    found = drafts("Iran fired about 180 ballistic missiles at Israel late on Tuesday. The Revolutionary Guards said "
                   "the barrage answered the killing of Hassan Nasrallah in Beirut.", gazetteer, "2024-10-02")
    assert [f[2] for f in found] == ["cc-il"]


def test_a_dated_attack_among_a_series_is_an_event(gazetteer):
    found = drafts("Austin called the strikes an answer to a series of attacks on US troops in Iraq and Syria, among "
                   "them the barrage of ballistic missiles fired at al-Asad air base on Saturday.", gazetteer,
                   "2024-01-24")
    assert ("2024-01-20", "missile_attack", "iq-ain-al-asad-air-base", None) in found


def test_an_attack_blamed_on_a_group_is_no_strike_of_the_state_that_blames(gazetteer):
    found = drafts("The United States blamed Iran-backed militias for the attack on Tower 22 on Sunday.", gazetteer,
                   "2024-01-29")
    assert found == [("2024-01-28", "other", "jo-tower-22", None)]
    # a day told right after "the attack" is when it was condemned, not an attack of its own
    assert drafts("Iraq's president condemned the attack on Saturday.", gazetteer, "2024-04-27") == []
    # "the first attack since early February" tells a lull, not an attack of February
    found = drafts("On Sunday rockets were fired at the Rumalyn base. It was the first attack on US forces since early "
                   "February.", gazetteer, "2024-04-22")
    assert found == [("2024-04-21", "rocket_attack", "sy-rumalyn-landing-zone", None)]


def test_a_barrage_whose_weapon_no_sentence_names_is_a_draft_to_type(gazetteer):
    found = drafts("Iran launched a barrage at Tel Aviv late on Friday.", gazetteer, "2025-06-14")
    assert [f[:3] for f in found] == [("2025-06-13", "other", "il-tel-aviv")]
    # no firing verb, or the barrage told again: no event
    assert drafts("The opposition's barrage of criticism at the government went on.", gazetteer, "2025-06-14") == []
    assert drafts("The barrage answered the killing of Nasrallah in Beirut.", gazetteer, "2025-06-14") == []
