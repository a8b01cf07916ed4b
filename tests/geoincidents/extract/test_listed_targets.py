"""A list of places before a passive cue ("X, Y and Z were hit", "were among the cities hit"): every place of the
list is a target of the fire told, one draft each. Texts are ours, with the facts of June 2025 reporting."""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report


@pytest.mark.parametrize("second", [
    "Tel Aviv, Ramat Gan and Holon were hit in the large barrage.",
    "Tel Aviv, Ramat Gan and Holon were among the cities hit in the large barrage.",
])
def test_each_place_of_a_list_before_a_passive_cue_is_a_target(gazetteer, second):
    text = "Iranian missiles struck Israel on Thursday morning. " + second
    found = extract_report(text, gazetteer=gazetteer, published="2025-06-19").incidents
    assert {"Tel Aviv", "Ramat Gan", "Holon"} <= set(found["target_place"])
    assert set(found["date"]) == {"2025-06-19"}


@pytest.mark.parametrize("second", [
    # The list goes on in names the gazetteer lacks (invented here): the cue after them is still the list's.
    "The edges of Nabatieh, Beit Sarwan and Al Hurmaya were hit, causing fires.",
    "Nabatieh, Zrariyeh, Beit Sarwan and Al Hurmaya came under fire, the agency said.",
])
def test_a_list_ending_in_unknown_names_keeps_its_passive_cue(gazetteer, second):
    text = "On Monday, Israeli jets struck villages in southern Lebanon. " + second
    found = extract_report(text, gazetteer=gazetteer, published="2025-06-24")
    assert "Nabatieh" in set(found.incidents["target_place"])
    assert set(found.places.loc[found.places["mention"] == "Nabatieh", "role"]) == {"target"}


def test_a_list_that_is_not_hit_stays_context(gazetteer):
    text = "Drones from Iraq targeted Eilat on Monday. Zummar and Rabia were quiet."
    found = extract_report(text, gazetteer=gazetteer, published="2025-06-19")
    assert set(found.incidents["target_place"]) == {"Eilat"}
    assert set(found.places.loc[found.places["mention"].isin(["Zummar", "Rabia"]), "role"]) == {"context"}


def test_areas_counted_in_a_list_of_towns_are_targets_and_a_lone_as_ends_the_list(gazetteer):
    text = ("An Iranian ballistic missile directly hit Soroka Hospital in Beersheba on Thursday. Besides Beersheba, "
            "missiles also hit several areas in Tel Aviv, Ramat Gan and Holon as Iran stepped up its strikes on Israel.")
    found = extract_report(text, gazetteer=gazetteer, published="2025-06-19").incidents
    assert {"Tel Aviv", "Ramat Gan", "Holon"} <= set(found["target_place"])
    assert "Iran" not in set(found["target_place"])  # 'Holon as Iran stepped up': no list goes on past a lone 'as'


@pytest.mark.parametrize("second, expected", [
    ("The Soroka hospital in Beersheba sustained a direct hit.", {"Soroka Medical Center"}),
    ("Soroka Medical Center took a direct hit, and impacts were also reported in Holon and Ramat Gan.",
     {"Soroka Medical Center", "Holon", "Ramat Gan"}),
    ("Hezbollah fired rockets at Haifa, and direct hits were reported in Nahariya.", {"Haifa", "Nahariyya"}),
    ("Rockets from Lebanon hit the north; Metula sustained damage.", {"Metula"}),
])
def test_a_site_that_took_a_hit_and_places_of_reported_impacts_are_targets(gazetteer, second, expected):
    text = "Iranian missiles struck Israel on Thursday morning. " + second
    found = extract_report(text, gazetteer=gazetteer, published="2025-06-19").incidents
    assert expected <= set(found["target_place"])


@pytest.mark.parametrize("text, expected", [
    ("Before dawn on Sunday, a one-way drone struck the logistics base known as Tower 22 near the Syrian border.",
     "Tower 22"),
    ("On Sunday rockets hit the Iraqi air base known as Ain al-Asad, officials said.", "Ain al-Asad Air Base"),
])
def test_a_site_struck_by_what_it_is_known_as_is_the_target(gazetteer, text, expected):
    # "known as" names the site: its "as" opens no clause that would end the reach of "struck".
    found = extract_report(text, gazetteer=gazetteer, published="2024-01-29").incidents
    assert list(zip(found["date"], found["target_place"])) == [("2024-01-28", expected)]


@pytest.mark.parametrize("text, target, context", [
    # ", and" before a second verb of strike with a name after it: the same event goes on, its place the target
    ("The US strikes also reached Anbar Governorate, and targeted sites in the Akashat area on Friday.",
     "Akashat", "Anbar Governorate"),
    ("The jets hit Deir ez-Zor Governorate, and also struck Mayadin on Friday.", "Mayadin", "Deir ez-Zor Governorate"),
])
def test_a_second_verb_of_strike_after_a_comma_goes_on_with_the_event(gazetteer, text, target, context):
    found = extract_report(text, gazetteer=gazetteer, published="2024-02-03")
    roles = dict(zip(found.places["mention"], found.places["role"]))
    assert roles[target] == "target"
    assert roles[context] == "context"
    assert set(found.incidents["target_place"]) == {target}


def test_a_second_verb_with_no_name_after_it_stays_a_clause_apart(gazetteer):
    text = ("Israeli aircraft attacked Palmyra from the direction of the al-Tanf area, near the borders with Iraq and "
            "Jordan, at about 1:30 p.m., and hit several buildings.")
    found = extract_report(text, gazetteer=gazetteer, published="2024-11-20").incidents
    assert not {"Iraq", "Jordan"} & set(found["target_place"])


def test_a_place_after_including_is_a_second_target(gazetteer):
    text = ("Israeli jets struck Hezbollah sites in the village of Kafr Rumman late on Wednesday, including an arms "
            "depot near the town of Kounine.")
    found = extract_report(text, gazetteer=gazetteer, published="2024-06-06")
    roles = dict(zip(found.places["mention"], found.places["role"]))
    assert roles["Kafr Rumman"] == roles["Kounine"] == "target"
    assert set(found.incidents["target_place"]) == {"Kfar Remen", "Kounine"}


@pytest.mark.parametrize("text", [
    # a damage verb after the list, an adverb inside it, what brackets hold between the names
    "Power stations, namely Amuda (66 kV), Qamishli (66 kV), and Qahtaniyah, were deliberately disabled by Turkish "
    "drones on Sunday.",
    "Power stations in Amuda, Qamishli and Qahtaniyah were put out of service by Turkish drones on Sunday.",
])
def test_every_place_of_a_list_put_out_of_service_is_a_target(gazetteer, text):
    found = extract_report(text, gazetteer=gazetteer, published="2024-01-15").incidents
    assert {"Amuda", "Qamishli", "Qahtaniyah"} <= set(found["target_place"])
    assert set(found["event_type"]) == {"drone_strike"}


def test_an_adverb_inside_a_passive_cue_leaves_the_cue():
    found = extract_report("The Kharab al-Jir base was reportedly hit by rockets on Sunday.",
                           published="2024-01-15").places
    assert found["role"].tolist() == ["target"]


@pytest.mark.parametrize("text, targets", [
    # Each thing hit, a noun of its own with "a" after the list's comma, is a target where it lies.
    ("On Friday, Israeli jets targeted a missile base near Damascus, an airport in Sweida and laboratories in Masyaf.",
     ["sy-damascus", "sy-suwayda", "sy-masyaf"]),
    # Not a phrase the list's comma opens without a noun of its own: "in Damascus" is where the base is.
    ("On Friday, Israeli jets targeted a missile base near Mezzeh, in Damascus.", ["sy-mezzeh"]),
])
def test_a_list_of_things_hit_in_places_names_each_place(gazetteer, text, targets):
    found = extract_report(text, gazetteer=gazetteer, published="2024-12-14").incidents
    assert found["target_place_id"].tolist() == targets


# Two places joined by another language's "and" before the verb that ends the clause, as German writes its perfect:
# both were hit (the first had been left as a landmark of the second).
@pytest.mark.parametrize("text", [
    "Israelische Kampfflugzeuge haben am Dienstag Ziele in Täbris und Kermanschah angegriffen, teilte die Armee mit.",
    "Des avions israéliens ont frappé mardi des cibles à Tabriz et Kermanshah.",
])
def test_two_places_joined_in_another_language_are_both_hit(gazetteer, text):
    found = extract_report(text, gazetteer=gazetteer, published="2025-06-17").incidents
    assert sorted(found["target_place"]) == ["Kermanshah", "Tabriz"]
