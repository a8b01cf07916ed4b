"""An attack of its own day told with the place it was on is a draft in French, Spanish, German and Italian as in
English ("une attaque contre al-Qaïm vendredi"), and a trigger written after a French or Italian elided article is
found ("L'attaque américaine contre al-Qaïm": the US strike). Sentences written for these tests."""
from __future__ import annotations

import pytest

from geoincidents import extract_report
from geoincidents.extract import lexicon


def _drafts(text: str) -> list[tuple[str, str, str]]:
    got = extract_report(text, published="2024-02-03").incidents
    return list(zip(got["date"], got["event_type"], got["target_place_id"]))


@pytest.mark.parametrize("text", [
    "An attack on al-Qaim killed three people on Friday.",
    "Une attaque contre al-Qaïm a fait trois morts vendredi.",
    "Un ataque contra al-Qaim mató a tres personas el viernes.",
    "Ein Angriff auf al-Qaim tötete am Freitag drei Menschen.",
    "Un attacco contro al-Qaim ha ucciso tre persone venerdì.",
])
def test_an_attack_on_a_place_of_its_own_day(text):
    assert _drafts(text) == [("2024-02-02", "other", "iq-al-qaim")]


@pytest.mark.parametrize("text", [
    "L'attaque américaine contre al-Qaïm a fait trois morts vendredi.",
    "The US attack on al-Qaim killed three people on Friday.",
])
def test_a_states_attack_after_an_elided_article(text):
    assert _drafts(text) == [("2024-02-02", "air_strike", "iq-al-qaim")]


@pytest.mark.parametrize("text", [
    "Une attaque contre les forces américaines a fait trois morts vendredi.",  # forces, not a place
    "Une attaque contre al-Qaïm depuis des mois.",  # no day of its own
])
def test_no_attack_without_a_place_and_a_day(text):
    assert _drafts(text) == []


def test_the_tables_find_a_phrase_after_an_elided_article():
    table = lexicon.PhraseTable({"attaque": 1, "attaque au drone": 2, "l'aviation": 3, "aviation": 4, "une": 5})
    assert table.find(["l'attaque", "au", "drone"]) == [(0, 3, 2)]
    assert table.find(["d’attaque"]) == [(0, 1, 1)]
    assert table.find(["l'aviation"]) == [(0, 1, 3)]  # a form the table writes keeps its own value
    assert table.find(["d'une"]) == []  # (not before a short word)
    assert lexicon.unelided("l'attaque") == "attaque" and lexicon.unelided("al-Qa'im") == "al-Qa'im"


@pytest.mark.parametrize("text", [
    "El jueves, el ejército israelí bombardeó infraestructura crítica, incluyendo el aeropuerto internacional de Saná.",
    "Jeudi, l'armée israélienne a bombardé des infrastructures, dont l'aéroport international de Sanaa.",
    "Am Donnerstag bombardierte die israelische Armee Infrastruktur, darunter den Flughafen Sanaa.",
])
def test_including_in_other_languages(text):
    got = extract_report(text, published="2024-12-27").incidents
    assert list(got["target_place_id"]) == ["ye-sanaa-airport"]


def test_in_response_to_tells_another_event():
    # the attacks answered, told after "en respuesta a", are no draft of the report's day
    got = extract_report("El jueves Israel bombardeó Saná en respuesta a los ataques de los hutíes contra Eilat.",
                         published="2024-12-27").incidents
    assert list(zip(got["date"], got["target_place_id"]))[0] == ("2024-12-26", "ye-sanaa")
    assert ("2024-12-26", "il-eilat") not in set(zip(got["date"], got["target_place_id"]))


def test_an_attack_by_a_group_on_a_place():
    got = extract_report("An attack by Kataib Hezbollah on Erbil Air Base on Monday wounded three.",
                         published="2023-12-26").incidents
    assert list(zip(got["date"], got["target_place_id"], got["actor"])) == [
        ("2023-12-25", "iq-erbil-air-base", "Kataib Hezbollah")]
