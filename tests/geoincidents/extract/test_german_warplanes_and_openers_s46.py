"""A German warplane, names opened by a generic word, and attacks told as a trend (session 46), on sentences
written for these tests.

"als ein türkisches Kampfflugzeug ein Gebäude bombardierte": the singular warplane and the neuter adjective of the
state. "Tall al-Lubn" (a village the gazetteer lacks) and "im Chabur-Tal" ('in the Khabur valley') are no mention of
At Tall near Damascus, whose bare name is "Tall". "attacks have grown more frequent since ..." tells how often
attacks come, not one attack at the place the since clause names.
"""
from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from geoincidents import extract_report
from geoincidents.extract.analyse import split_sentences
from geoincidents.extract.mentions import find_mentions


def rows(text: str, published: str = "2022-06-27") -> list[tuple[str, str, str]]:
    found = extract_report(text, published=published).incidents
    return sorted(zip(found["date"].astype(str), found["event_type"], found["target_place_id"]))


def mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.candidates[0].id) for m in find_mentions(split_sentences(text), Gazetteer.default())]


@pytest.mark.parametrize("text", [
    "Am 3. Juni wurden in Kobanê zwei Menschen verletzt, als ein türkisches Kampfflugzeug ein Haus bombardierte.",
    "Am 3. Juni bombardierte ein türkischer Kampfjet ein Haus in Kobanê.",
])
def test_a_german_warplane_of_a_state(text: str) -> None:
    assert rows(text) == [("2022-06-03", "air_strike", "sy-kobani")]


@pytest.mark.parametrize("text", [
    "Die Drohne traf das Dorf Tall al-Sakhr, südlich von Hasaka.",
    "Die Dörfer im Chabur-Tal wurden beschossen.",
])
def test_a_generic_word_opening_an_unknown_name_is_no_place(text: str) -> None:
    assert "sy-at-tall" not in [place for _, place in mentions(text)]


def test_at_tall_alone_is_still_found() -> None:
    assert ("Tall", "sy-at-tall") in mentions("Israeli jets struck Tall, north of Damascus.")


def test_the_khabur_valley_in_german() -> None:
    assert ("Chabur-Tal", "sy-khabur-river") in mentions("Das Dorf liegt im christlich besiedelten Chabur-Tal.")


@pytest.mark.parametrize("trend, event", [
    ("Officials say drone attacks on Kobani have grown more frequent since the leaders met in Sochi on August 5.",
     "Officials say drone attacks hit Kobani on August 5."),
    ("Drone attacks on Qamishli have increased since July.", "Drone attacks hit Qamishli in July."),
])
def test_attacks_told_as_a_trend_are_no_event(trend: str, event: str) -> None:
    assert rows(trend, "2022-08-19") == [] and len(rows(event, "2022-08-19")) == 1


@pytest.mark.parametrize("text, mention, place", [
    ("Ein Angriff traf ein Gebäude im Zentrum Teherans.", "Teherans", "ir-tehran"),
    ("Raketen schlugen im Süden Beiruts ein.", "Beiruts", "lb-beirut"),
    ("Drohnen trafen die Vororte Bagdads.", "Bagdads", "iq-baghdad"),
])
def test_a_german_genitive_after_a_part_of_a_place(text: str, mention: str, place: str) -> None:
    assert (mention, place) in mentions(text)


@pytest.mark.parametrize("text", ["Die Hamas feuerte Raketen.", "Irans Armee feuerte Raketen."])
def test_no_genitive_read_elsewhere(text: str) -> None:
    assert ("Hamas", "sy-hama") not in mentions(text) and all(m != "Irans" for m, _ in mentions(text))


@pytest.mark.parametrize("phrase, place", [("im Süden Beiruts", "lb-beirut"), ("im Norden Bagdads", "iq-baghdad")])
def test_the_gazetteer_takes_a_plain_genitive_off_after_a_direction(phrase: str, place: str) -> None:
    match = Gazetteer.default().resolve(phrase)
    assert match.place.id == place and match.method in ("exact", "alias")
