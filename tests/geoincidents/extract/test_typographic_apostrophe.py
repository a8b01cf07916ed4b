"""The phrase tables write the plain apostrophe; French reports mostly print the typographic one (’). Tokens are
read with it folded (:func:`geoincidents.extract.lexicon.lowercase`), so "tirs d’artillerie" is artillery as "tirs
d'artillerie" is, not the 'tirs' (fire of missiles) it had been. Shell fire ("tirs d'obus") is artillery too.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from geoincidents import extract_report
from geoincidents.extract.lexicon import lowercase


@pytest.mark.parametrize("sentence", [
    "Des tirs d’artillerie ont visé Nabatiyeh mardi.", "Des tirs d'artillerie ont visé Nabatiyeh mardi.",
    "Des tirs d’obus ont visé Nabatiyeh mardi.", "L'agence a fait état de tirs d'obus au phosphore à Khiam mardi.",
])
def test_fire_of_shells_and_artillery_is_artillery_with_either_apostrophe(sentence):
    drafts = extract_report(sentence, published="2024-12-16").incidents
    assert list(drafts["event_type"]) == ["artillery"]
    assert list(drafts["date"].astype(str)) == ["2024-12-10"]


def test_lowercase_folds_the_typographic_apostrophe_and_keeps_the_length():
    assert lowercase("D’Artillerie") == "d'artillerie"
    assert len(lowercase("Qa’im")) == len("Qa’im")


@pytest.mark.parametrize(("sentence", "target"), [
    ("Des avions israéliens ont frappé le port yéménite de Hodeïdah mardi.", "ye-port-of-hodeidah"),
    ("Aviones israelíes atacaron el puerto yemení de Hodeida el martes.", "ye-port-of-hodeidah"),
    ("Des avions israéliens ont frappé la ville portuaire de Hodeïdah mardi.", "ye-hodeidah"),
])
def test_a_port_told_with_its_states_adjective_is_the_port_the_gazetteer_names(sentence, target):
    # (the port "of" a town is the port city unless the gazetteer names the port so: the state's adjective aside)
    drafts = extract_report(sentence, published="2025-09-17").incidents
    assert list(drafts["target_place_id"]) == [target]
