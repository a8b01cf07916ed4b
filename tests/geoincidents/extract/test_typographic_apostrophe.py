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


def test_the_day_a_campaign_began_in_french_is_not_the_strikes():
    # ("la campagne aérienne, qui a commencé le 13 juin": the day the campaign began, as "which began on June 13")
    drafts = extract_report(
        "Des missiles iraniens ont frappé Tel Aviv dimanche. Quelques heures avant cette nouvelle attaque iranienne, "
        "les États-Unis avaient bombardé trois sites nucléaires clés en Iran et rejoint la campagne aérienne "
        "israélienne, qui a commencé le 13 juin dernier.", published="2025-06-22").incidents
    assert set(zip(drafts["date"].astype(str), drafts["target_place_id"])) == {
        ("2025-06-22", "il-tel-aviv"), ("2025-06-22", "cc-ir")}


@pytest.mark.parametrize("sentence", [
    "Un homme a été modérément blessé par des éclats d’obus sur la route 431, près de Beer Yaakov, dimanche.",
    "Des débris sont tombés à Beer Yaakov dimanche.",
])
def test_fragments_in_french_fell_where_they_fell(sentence):
    drafts = extract_report(sentence, published="2025-06-22").incidents
    assert list(zip(drafts["event_type"], drafts["target_place_id"])) == [("interception", "il-beer-yaakov")]


@pytest.mark.parametrize("sentence", [
    "EEUU bombardeó tres instalaciones nucleares de Irán el domingo.",
    "EE.UU. bombardeó tres instalaciones nucleares de Irán el domingo.",
])
def test_the_spanish_abbreviation_of_the_united_states_is_the_us(sentence):
    drafts = extract_report(sentence, published="2025-06-22").incidents
    assert list(zip(drafts["event_type"], drafts["target_place_id"], drafts["actor"])) == [
        ("air_strike", "cc-ir", "US forces")]


def test_a_datelined_day_is_the_reports_today():
    # (a Xinhua report filed in Sanaa on 1 April and stamped 2 April: its "today" is the first)
    text = ("صنعاء أول أبريل 2025 (شينخوا) قالت جماعة الحوثي في اليمن مساء اليوم (الثلاثاء) إن قتلى وجرحى سقطوا إثر "
            "غارات لمقاتلات أمريكية على محافظة الحديدة الساحلية.\n\nكما شنت مقاتلات أمريكية مساء اليوم ثلاث غارات جوية "
            "استهدفت مديرية وشحة في محافظة حجة.")
    drafts = extract_report(text, published="2025-04-02T09:58:00Z").incidents
    assert set(drafts["date"].astype(str)) == {"2025-04-01"}
    english = extract_report("BAGHDAD, April 1 (Xinhua) -- Rockets hit the Ain al-Asad air base today, a source said.",
                             published="2025-04-02").incidents
    assert list(english["date"].astype(str)) == ["2025-04-01"]
    # a dateline without a day, or a day far from the publication, changes nothing
    undated = extract_report("BAGHDAD (Reuters) - Rockets hit the Ain al-Asad air base today.", published="2025-04-02")
    assert list(undated.incidents["date"].astype(str)) == ["2025-04-02"]
