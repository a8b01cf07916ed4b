"""A small place, or a name heard only by sound, alone in a country no other place of the report lies in (issue #9).

Texts in our own words with the facts of the US strikes of 2 February 2024 around al-Mayadeen and al-Bukamal: the
monitor named a desert area and two shrines there that the gazetteer lacks; by name one was a Druze village of
northern Israel (Shibli), by sound the other the Israeli city of Hadera.
"""
from __future__ import annotations

from geoincidents.extract import extract_report

TEXT = ("US aircraft hit sites of Iran-backed groups in Syria's Deir ez-Zor province late on Friday. A monitor said "
        "the Haidariya area outside al-Mayadeen was struck, along with the al-Shibli shrine near the town, and that "
        "other raids hit al-Bukamal by the border with Iraq.")


def test_a_village_abroad_named_like_a_shrine_in_the_report_is_no_place_of_it(gazetteer):
    places = extract_report(TEXT, published="2024-02-03", gazetteer=gazetteer).places
    assert not {"IL"} & set(places["country"])
    assert {"sy-mayadin", "sy-albu-kamal"} <= set(places["place_id"])


def test_alone_the_village_stands(gazetteer):
    # A report that names no other place keeps the only reading it has.
    places = extract_report("Mourners gathered in Shibli on Friday.", published="2024-02-03", gazetteer=gazetteer).places
    assert places["place_id"].tolist() == ["il-shibli"]


def test_a_village_of_a_country_the_report_places_in_stands(gazetteer):
    # Beside a city of its own country, the village is a place of the story.
    text = "Rockets from Lebanon hit Kiryat Shmona on Monday and one fell near Shibli, the army said."
    places = extract_report(text, published="2024-02-03", gazetteer=gazetteer).places
    assert "il-shibli" in set(places["place_id"])


def test_a_town_abroad_stands_when_the_report_names_no_country(gazetteer):
    # A Syrian town beside an Iraqi base, with no country named: nothing says the town is out of the story.
    text = "US jets hit Abu Kamal on Friday, two days after rockets struck the Harir base."
    places = extract_report(text, published="2024-02-03", gazetteer=gazetteer).places
    assert "sy-albu-kamal" in set(places["place_id"])


def test_a_state_named_as_an_actor_does_not_make_a_town_abroad(gazetteer):
    # "Israel" acts here; it places nothing, so the Syrian town is the only place and stands.
    places = extract_report("Israel struck a weapons depot in Masyaf on Sunday.", published="2024-02-03",
                            gazetteer=gazetteer).places
    assert places["place_id"].tolist() == ["cc-il", "sy-masyaf"]
    assert places["sense"].tolist() == ["state", "place"]
