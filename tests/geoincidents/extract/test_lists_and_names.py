"""Lists of targets and their days, where a person comes from, names the gazetteer only half knows (issue 9)."""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report
from tests.geoincidents.extract.test_barrages import drafts


def run(text, gazetteer, published):
    return extract_report(text, published=published, gazetteer=gazetteer)




def test_each_place_of_a_list_takes_the_day_told_after_it(gazetteer):
    found = drafts("Drone attacks on al-Asad air base in Iraq on October 17 and on the al-Tanf garrison in Syria on "
                   "October 18 left 21 US personnel with minor injuries.", gazetteer, "2023-10-27")
    assert found == [("2023-10-17", "drone_attack", "iq-ain-al-asad-air-base", None),
                     ("2023-10-18", "drone_attack", "sy-al-tanf-garrison", None)]


def test_a_list_goes_on_past_a_landmark_and_the_area_of(gazetteer):
    found = drafts("US forces struck three facilities in Iraq on Wednesday. An official said the strikes hit Jurf "
                   "al-Sakhar, south of Baghdad, and the area of al-Qaim near the Syrian border.", gazetteer, "2024-01-24")
    assert {f[2] for f in found} == {"iq-jurf-al-sakhar", "iq-al-qaim"}


def test_jets_sent_to_a_region_strike_nothing(gazetteer):
    found = drafts("The Pentagon has sent more warships and jets to the region while it waits for Iran to answer the "
                   "killing of Ismail Haniyeh in Tehran.", gazetteer, "2024-08-13")
    assert found == []
    # jets that strike still do
    found = drafts("Two US F-16 fighter jets bombed a weapons store near Abu Kamal on Friday.", gazetteer, "2023-10-27")
    assert found == [("2023-10-27", "air_strike", "sy-albu-kamal", None)]


def test_where_a_person_comes_from_is_no_launch(gazetteer):
    r = run("Iran fired about 180 ballistic missiles at Israel on Tuesday night. A worker from Jabalia was killed by "
            "a missile fragment that fell near Jericho.", gazetteer, "2024-10-02")
    assert "ps-jabalia" not in set(r.incidents["launch_place_id"].dropna())
    assert r.places.set_index("mention").loc["Jabalia", "role"] == "context"


def test_a_name_that_opens_a_longer_unknown_name_is_no_place(gazetteer):
    r = run("Four workers were killed when drones struck the Khor Mor gas field in Chamchamal district on Friday.",
            gazetteer, "2024-04-27")
    assert "qa-gov-al-khor" not in set(r.places["place_id"])  # Khor is not Al Khor in Qatar
    assert list(r.incidents["target_place_id"]) == ["iq-khor-mor-gas-field"]  # the field, known since


def test_a_title_case_headline_keeps_its_places(gazetteer):
    # "Iran Fires" is the state firing (no place, see test_metonyms.py); "Israel Overnight" is no longer name
    r = run("Missiles Strike Haifa As Sirens Sound Across Israel Overnight\n\nMissiles struck Haifa on Tuesday.", gazetteer,
            "2024-10-02")
    assert list(r.places["place_id"]) == ["il-haifa", "cc-il", "il-haifa"]


def test_a_government_named_after_its_region_is_no_place(gazetteer):
    r = run("The Kurdistan Regional Government said a drone struck the Harir base on Friday.", gazetteer, "2024-04-27")
    assert "iq-kurdistan-region" not in set(r.places["place_id"])
    # the region itself, and an airport named after its city, still are
    r = run("A drone was shot down over Erbil International Airport in the Kurdistan Region on Friday.", gazetteer,
            "2024-04-27")
    assert {"iq-erbil-international-airport", "iq-kurdistan-region"} <= set(r.places["place_id"])


def test_the_place_a_statement_came_from_is_no_launch(gazetteer):
    r = run("The Islamic Resistance in Iraq, in a statement from Baghdad, said it attacked Eilat with drones on "
            "Saturday.", gazetteer, "2024-10-05")
    assert list(r.incidents["target_place_id"]) == ["il-eilat"]
    assert r.incidents["launch_place_id"].isna().all()


def test_a_weapon_named_after_a_place_is_no_place(gazetteer):
    r = run("The Houthis said they fired a Palestine-2 missile at Israel on Sunday.", gazetteer, "2024-10-05")
    assert "cc-ps" not in set(r.places["place_id"])


def test_a_country_that_owns_an_office_is_no_place(gazetteer):
    r = run("Iran's Supreme Leader vowed revenge. Israel's defence minister said missiles fell in Tabriz on Friday.",
            gazetteer, "2024-10-05")
    assert list(r.places.loc[r.places["sense"] == "place", "place_id"]) == ["ir-tabriz"]
    assert list(r.places.loc[r.places["sense"] == "state", "mention"]) == ["Iran", "Israel"]


def test_the_site_in_a_town_that_was_targeted_is_the_target(gazetteer):
    r = run("The US embassy in Baghdad was targeted by rockets on Friday.", gazetteer, "2024-10-05")
    assert list(r.incidents["target_place_id"]) == ["iq-us-embassy-baghdad"]
    assert r.places.set_index("mention").loc["Baghdad", "role"] == "context"


@pytest.mark.parametrize("hit", ["Hezbollah missile depots", "rocket launchers and missile stockpiles",
                                 "a drone launch site", "two drone launch sites and a missile launcher",
                                 "rocket launch positions"])
def test_a_weapon_word_before_depots_names_the_site_hit(gazetteer, hit):
    r = run(f"Israeli strikes hit {hit} near Aleppo International Airport early on Friday.", gazetteer, "2024-03-29")
    assert list(zip(r.incidents["event_type"], r.incidents["target_place_id"])) == [
        ("air_strike", "sy-aleppo-international-airport")]


def test_off_the_coast_of_and_across_aim_and_blamed_on_does_not(gazetteer):
    r = run("Iran fired missiles at Israel on Sunday. Police said fragments fell across the Haifa area.", gazetteer,
            "2025-06-22")
    assert ("interception", "il-haifa") in list(zip(r.incidents["event_type"], r.incidents["target_place_id"]))
    r = run("An Israeli strike targeted a boat off the coast of Baniyas on Sunday.", gazetteer, "2024-09-09")
    assert list(r.incidents["target_place_id"]) == ["sy-baniyas"]
    r = run("Explosions were heard near Isfahan on Friday in an attack blamed on Israel.", gazetteer, "2024-04-19")
    # the state blamed: no place (test_metonyms.py), and no target
    assert "Israel" not in set(r.places.loc[r.places["sense"] == "place", "mention"])
    assert "cc-il" not in set(r.incidents["target_place_id"])


@pytest.mark.parametrize("unknown", ["Al Hatta", "Al Wardiya", "Ansar"])
def test_a_list_goes_on_past_a_name_the_gazetteer_lacks(gazetteer, unknown):
    # a village the gazetteer does not hold sits between two it holds: the list and its verb go on past it
    found = drafts(f"On Monday, Israeli jets struck Zrariyeh, {unknown} and Kfar Melki in south Lebanon.", gazetteer,
                   "2025-06-24")
    assert [f[2] for f in found] == ["lb-zrariyeh", "lb-kfar-melki"]
    assert {f[0] for f in found} == {"2025-06-23"}


def test_a_passive_list_shares_its_verb_past_names_the_gazetteer_lacks(gazetteer):
    found = drafts("On Monday Israel struck villages north of the Litani. The outskirts of Zrariyeh, Al Hatta, Ansar, "
                   "Al Bisariya and Al Wardiya were hit, causing fires.", gazetteer, "2025-06-24")
    assert {f[2] for f in found} >= {"lb-zrariyeh", "lb-bisariyeh"}


def test_a_name_heard_by_sound_with_its_article_apart_is_no_persons_name(gazetteer):
    # "Al Bisariya": the article written apart is the name's own, not a person's given name before it
    r = run("On Monday, Israeli jets struck Zrariyeh, Al Bisariya and Kfar Melki in south Lebanon.", gazetteer,
            "2025-06-24")
    assert [(p, role) for p, role in zip(r.places["place_id"], r.places["role"]) if p.startswith("lb-") and
            not p.startswith("lb-gov")] == [("lb-zrariyeh", "target"), ("lb-bisariyeh", "target"), ("lb-kfar-melki", "target"),
                                            ("lb-south-lebanon", "context")]
    # a given name before the article still marks a person ("Hassan Al Bisariya")
    r = run("Hassan Al Bisariya, a local official, said Israeli jets struck Zrariyeh on Monday.", gazetteer,
            "2025-06-24")
    assert "lb-bisariyeh" not in set(r.places["place_id"])


def test_and_the_nearby_site_goes_on_the_list(gazetteer):
    r = run("Israeli jets struck the Hodeidah port and the nearby Ras Kathib power station on Tuesday.", gazetteer,
            "2025-05-07")
    assert list(r.incidents["target_place_id"]) == ["ye-port-of-hodeidah", "ye-ras-kathib"]
