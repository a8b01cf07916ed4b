"""Turkish writes a list's case ending on its last name only: "Sincar, Kandil ve Hakurk'a hava harekâtı" struck all
three (the dative of Hakurk'a is the cue of the list), also past a name the gazetteer lacks and after a locative
phrase that places the list ("Irak'ın kuzeyinde"). Sentences written for these tests."""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def _targets(text: str) -> list[str]:
    return list(extract_report(text, published="2020-06-16").incidents["target_place_id"])


@pytest.mark.parametrize("text", [
    "Irak'ın kuzeyinde Sincar, Kandil ve Hakurk'a hava harekâtı icra edildi.",
    "Irak'ın kuzeyinde Sincar, Karacak, Kandil ve Hakurk'a hava harekâtı icra edildi.",  # past a name it lacks
    "Sincar, Kandil ve Hakurk'a hava harekâtı icra edildi.",
])
def test_the_last_names_case_is_the_lists(text):
    assert _targets(text) == ["iq-sinjar", "iq-qandil-mountains", "iq-hakurk"]


def test_a_name_with_a_case_of_its_own_keeps_it():
    # "Sincar'dan" 'from Sinjar' is where the fire came from, not a target of the list's dative
    got = extract_report("Teröristler Sincar'dan Hakurk'a roket attı.", published="2020-06-16")
    roles = dict(zip(got.places["place_id"], got.places["role"]))
    assert roles["iq-sinjar"] == "launch" and roles["iq-hakurk"] == "target"
