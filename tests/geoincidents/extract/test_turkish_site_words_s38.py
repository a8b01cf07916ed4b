"""A Turkish descriptor that carries the case of a site may come after a word or two telling the site's kind ("Hor
Mor doğalgaz tesisine" 'to the Khor Mor natural gas plant': ``site_modifier`` in extract_words.csv); the case is the
name's, so the site is where the fire went. "Saldırarak" 'by attacking' is an attack word as "saldırdı" is.

Why: a Turkish agency's report of a drone on the Khor Mor gas field (seen in a blind set of session 37: "tesisine
saldırarak") had left the field as context and made no draft. Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def _drafts(text: str, published: str) -> list[tuple[str, str, str]]:
    got = extract_report(text, published=published).incidents
    return list(zip(got["date"], got["event_type"], got["target_place_id"]))


@pytest.mark.parametrize(("text", "expected"), [
    ("İHA'lar dün Hor Mor doğalgaz tesisine saldırdı.", [("2024-10-01", "drone_attack", "iq-khor-mor-gas-field")]),
    ("İHA'lar dün Hor Mor doğalgaz tesisine saldırarak hasara yol açtı.",
     [("2024-10-01", "drone_attack", "iq-khor-mor-gas-field")]),
    ("Kimliği belirsiz İHA'lar dün Süleymaniye'deki Hor Mor doğalgaz tesisine saldırarak hasara yol açtı.",
     [("2024-10-01", "drone_attack", "iq-khor-mor-gas-field")]),
    ("Türk savaş uçakları dün Mahmur kampına saldırarak iki kişiyi öldürdü.",
     [("2024-10-01", "air_strike", "iq-makhmur-camp")]),
    ("İHA'lar dün Erbil uluslararası havalimanına saldırdı.",
     [("2024-10-01", "drone_attack", "iq-erbil-international-airport")]),
])
def test_the_case_of_a_site_past_the_words_of_its_kind(text: str, expected: list) -> None:
    assert _drafts(text, "2024-10-02") == expected


def test_a_word_of_no_kind_between_ends_the_search() -> None:
    # "dün" 'yesterday' between the name and the descriptor is no word of the site's kind: the descriptor's case is
    # not the name's, and the field stays context
    got = extract_report("Hor Mor dün tesisine saldırı düzenlendi.", published="2024-10-02").places
    assert list(got["role"]) == ["context"]
