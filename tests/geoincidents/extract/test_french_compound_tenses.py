"""French compound tenses with an adverb ("ont également visé", "a notamment été touché", "a été particulièrement
touchée") are the cue and trigger all the same; a landmark told with "south of" in French, Spanish, Italian and German
is no target ("Bat Yam, au sud de Tel Aviv"), and the cue after such an aside is the place's before it; French "par"
names the agent, never a target. Sentences written for these tests."""
from __future__ import annotations

import pytest

from geoincidents import extract_report
from geoincidents.extract import lexicon


def _targets(text: str) -> list[str]:
    return list(extract_report(text, published="2025-06-16").incidents["target_place_id"])


@pytest.mark.parametrize("text", [
    "Dimanche, des missiles iraniens ont également visé Rehovot.",
    "Dimanche, Rehovot a notamment été touchée par un missile iranien.",
    "Dimanche, Rehovot a été particulièrement touchée par un missile iranien.",
])
def test_an_adverb_inside_a_compound_tense(text):
    assert _targets(text) == ["il-rehovot"]


@pytest.mark.parametrize("text", [
    "Bat Yam, south of Tel Aviv, was hit by a missile on Sunday.",
    "La ville de Bat Yam, au sud de Tel Aviv, a été touchée par un missile dimanche.",
    "La ciudad de Bat Yam, al sur de Tel Aviv, fue alcanzada por un misil el domingo.",
])
def test_a_landmark_in_an_aside(text):
    assert _targets(text) == ["il-bat-yam"]


def test_the_agent_after_par_is_no_target():
    got = extract_report("Dimanche, des sites de Téhéran ont été visés par Israël.", published="2025-06-16")
    roles = dict(zip(got.places["place_id"], got.places["role"]))
    assert roles["cc-il"] == "context" and roles["ir-tehran"] == "target"


def test_the_forms():
    assert "ont également visé" in lexicon.french_adverb_forms("ont visé")
    assert {"a notamment été touchée", "a été notamment touchée"} <= set(lexicon.french_adverb_forms("a été touchée"))
    assert lexicon.french_adverb_forms("was hit") == ["was hit"]
