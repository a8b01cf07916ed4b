"""A site told by its kind and "of" its town is the town's site, in English, French, Spanish and Italian ("the
airport of Sanaa", "l'aéroport international de Sanaa", "el aeropuerto de Erbil", "all'aeroporto di Erbil"), and such
a site goes on a list of targets ("Sanaa airport and the port of Hodeidah", "et le port de Hodeida"), as does a place
told after a name the gazetteer lacks and an article ("and the Asar and Hezyaz power plants"). Sentences written for
these tests."""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def _drafts(text: str) -> list[tuple[str, str]]:
    got = extract_report(text, published="2025-05-07").incidents
    return list(zip(got["date"], got["target_place_id"]))


@pytest.mark.parametrize(("text", "target"), [
    ("Israeli jets struck the airport of Sanaa on Tuesday.", "ye-sanaa-airport"),
    ("Des avions israéliens ont frappé mardi l'aéroport international de Sanaa.", "ye-sanaa-airport"),
    ("Mardi, une attaque au drone a visé l'aéroport d'Erbil.", "iq-erbil-international-airport"),
    ("Un ataque con drones alcanzó el martes el aeropuerto de Erbil.", "iq-erbil-international-airport"),
    ("Martedì un drone è stato abbattuto vicino all'aeroporto di Erbil.", "iq-erbil-international-airport"),
])
def test_the_site_of_its_town(text, target):
    assert _drafts(text) == [("2025-05-06", target)]


@pytest.mark.parametrize("text", [
    "Israeli jets struck the city of Sanaa on Tuesday.",  # a settlement word names the town itself
    "Israeli jets struck the outskirts of Sanaa on Tuesday.",
])
def test_an_area_word_keeps_the_town(text):
    assert _drafts(text) == [("2025-05-06", "ye-sanaa")]


@pytest.mark.parametrize("text", [
    "Israeli jets struck the airport of Sanaa and the port of Hodeidah on Tuesday.",
    "Israeli jets struck Sanaa airport and the port of Hodeidah on Tuesday.",
    "Des avions israéliens ont frappé mardi l'aéroport de Sanaa et le port de Hodeida.",
])
def test_a_site_told_with_its_kind_goes_on_the_list(text):
    assert _drafts(text) == [("2025-05-06", "ye-sanaa-airport"), ("2025-05-06", "ye-port-of-hodeidah")]


def test_the_list_goes_on_past_an_article_and_a_name_the_gazetteer_lacks():
    # (the Asr station's names are held only with Sanaa or an electricity word: bare "Asar" names nothing)
    text = "Israeli warplanes struck Sanaa airport and the Asar and Hezyaz power plants on Tuesday."
    assert _drafts(text) == [("2025-05-06", "ye-sanaa-airport"), ("2025-05-06", "ye-hezyaz-power-station")]


def test_a_named_site_before_in_is_not_the_towns():
    # "the Harir base in Erbil": the site words belong to a named site; Erbil is where it lies
    got = extract_report("Drones targeted the Harir base in Erbil on Tuesday.", published="2025-05-07").incidents
    assert list(got["target_place_id"]) == ["iq-harir-air-base"]


def test_a_port_told_of_its_town_is_the_port_city():
    # (the gazetteer's own names of a port still name it: "le port de Hodeida" is its French name)
    got = extract_report("Mardi, un drone a visé le port d'Eilat.", published="2025-05-07").incidents
    assert list(got["target_place_id"]) == ["il-eilat"]


def test_a_site_in_the_city_of_its_town():
    got = extract_report("Israeli jets struck Tartus on Sunday. The military airport in the city of Deir Ezzor was "
                         "also under attack.", published="2024-12-16").incidents
    assert list(got["target_place_id"]) == ["sy-tartus", "sy-deir-ez-zor-air-base"]
    assert set(got["event_type"]) == {"air_strike"}  # (more of the strike told before)


@pytest.mark.parametrize(("text", "area"), [
    ("Drones targeted the Harir base in Erbil on Tuesday.", "iq-gov-erbil"),  # 48 km from the city: the province
    ("Rockets hit the Ain al-Asad base in Anbar on Tuesday.", "iq-gov-anbar"),
])
def test_a_site_told_in_a_name_far_from_that_city_lies_in_the_province(text, area):
    got = extract_report(text, published="2024-05-10").places
    assert dict(zip(got["place_id"], got["role"]))[area] == "context"


def test_so_in_arabic_past_the_quotation_marks():
    got = extract_report('استهدفت طائرة مسيرة قاعدة "حرير" في أربيل يوم الثلاثاء.', published="2024-05-10").places
    assert dict(zip(got["place_id"], got["role"])) == {"iq-harir-air-base": "target", "iq-gov-erbil": "context"}
