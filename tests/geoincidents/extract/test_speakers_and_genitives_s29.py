"""More ways a country stands for its state, and two Turkish ways a place says where another lies:

* a phrase of attribution right before it, in six languages ("According to Iran, the strikes hit military bases",
  "selon l'Iran", "laut Iran", "según Irán", "по данным Израиля"): the state that speaks;
* the German genitive after a noun of the state's forces or acts ("die Revolutionsgarden des Iran", "der Angriff des
  Iran", "die Armee der Türkei"); a direction or a city of it stays a place ("im Norden des Iran", "die Hauptstadt des
  Iran");
* Turkish news opens a sentence with its subject and a comma ("İran, İsrail'e yaklaşık 200 füze fırlattı"): when the
  name after the comma carries its own case and no list goes on, the comma closes a subject, not a list's item
  ("Irak, Suriye ve Lübnan'da" stays a list of places);
* a Turkish place with "-deki" ('which is in') right before another only says where that one lies ("Süleymaniye
  kentindeki Kormor gaz sahasına"), and "hedef alınarak" ('being targeted') is a cue after its place.

Sentences written for these tests, in our own words, on the pattern of wire reports in those languages.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report
from geoincidents.extract.evaluate import literal_places


def literal(text: str, gazetteer) -> list[str]:
    return list(literal_places(extract_report(text, published="2024-10-02", gazetteer=gazetteer).places)["place_id"])


@pytest.mark.parametrize("text, expected", [
    ("According to Iran, the strikes hit military bases.", []),
    ("Selon l'Iran, les frappes ont visé des bases militaires.", []),
    ("Laut Iran wurden drei Militärbasen getroffen.", []),
    ("Según Irán, los ataques alcanzaron bases militares.", []),
    ("По данным Израиля, ракеты были перехвачены.", []),
    ("Les frappes ont visé des bases selon les médias en Iran.", ["cc-ir"]),
    ("Die Revolutionsgarden des Iran erklärten, sie hätten Ziele getroffen.", []),
    ("Der Angriff des Iran auf Israel wurde weitgehend abgewehrt.", ["cc-il"]),
    ("Die Armee der Türkei griff Stellungen im Nordirak an.", ["cc-iq"]),
    ("Raketen schlugen im Norden des Iran ein.", ["cc-ir"]),
    ("İran, İsrail'e yaklaşık 200 füze fırlattı.", ["cc-il"]),
    ("İsrail, Lübnan'a yeni hava saldırıları düzenledi.", ["cc-lb"]),
    ("Irak, Suriye ve Lübnan'da saldırılar oldu.", ["cc-iq", "cc-sy", "cc-lb"]),
])
def test_state_or_place(text, expected, gazetteer):
    assert literal(text, gazetteer) == expected


def targets(text: str, gazetteer) -> list[str]:
    got = extract_report(text, published="2025-11-27", gazetteer=gazetteer).incidents
    return sorted(got["target_place_id"])


@pytest.mark.parametrize("text, expected", [
    # "-deki" ('which is in'): the place only says where the next lies, whatever the outlines say
    ("Irak'ın Süleymaniye kentindeki Kormor gaz sahasına düzenlenen İHA saldırısı, gaz akışını durdurdu.",
     ["iq-khor-mor-gas-field"]),
    ("Erbil'deki Harir üssüne insansız hava aracıyla saldırı düzenlendi.", ["iq-harir-air-base"]),
    # "hedef alınarak" ('being targeted') after a restatement in brackets; an airspace closed is no target
    ("Husiler, Yafa bölgesi (Tel Aviv) hedef alınarak balistik füze ile saldırı gerçekleştirildiğini, Tel Aviv'deki "
     "Ben Gurion Havalimanı hava sahasının kapatıldığını belirtti.", ["il-yafa"]),
])
def test_turkish_place_of_a_site_and_being_targeted(text, expected, gazetteer):
    assert targets(text, gazetteer) == expected



@pytest.mark.parametrize("name, place", [
    ("campagna di Homs", "sy-gov-homs"), ("zona rural de Homs", "sy-gov-homs"), ("Hims kırsalını", "sy-gov-homs"),
])
def test_the_countryside_of_a_city_in_italian_spanish_turkish_is_its_province(name, place, gazetteer):
    assert gazetteer.resolve(name).id == place


@pytest.mark.parametrize("text, expected", [
    # a short aside between the subject and its verb: "por su parte", "de son côté"; German "wiederum"
    ("Israël, de son côté, a frappé Sanaa.", ["ye-sanaa"]),
    ("Israel, por su parte, ha atacado Saná.", ["ye-sanaa"]),
    ("Además, Israel ha anunciado nuevas incursiones.", []),
    ("Israel wiederum griff Ziele im Libanon an.", ["cc-lb"]),
    # a list is no aside
    ("Irak, Siria y Líbano fueron atacados.", ["cc-iq", "cc-sy", "cc-lb"]),
])
def test_a_subject_before_a_short_aside_and_its_verb(text, expected, gazetteer):
    assert literal(text, gazetteer) == expected


@pytest.mark.parametrize("text, expected", [
    # the cue after a list of countries is every one's: the first is no state for opening the sentence
    ("Israel, Syria and Lebanon were hit.", ["cc-il", "cc-sy", "cc-lb"]),
    ("Iran, Iraq and Syria were targeted by US strikes.", ["cc-ir", "cc-iq", "cc-sy"]),
    ("Iran, Russia and China condemned the strikes.", []),
])
def test_a_list_of_countries_before_its_passive_cue(text, expected, gazetteer):
    assert literal(text, gazetteer) == expected
