"""A person's surname told alone in a report that names the person in full is the person, not a place ("the Bashar
al Assad regime ... Assad fled": not Ain al-Asad), and a name opening with an Arabic article right after a
capitalised word no place name holds ends a longer name the gazetteer lacks ("Minet al-Beida" is not Yemen's
al-Bayda). Sentences written for these tests."""
from __future__ import annotations

from geoincidents import extract_report


def _places(text: str) -> list[str]:
    return list(extract_report(text, published="2024-12-11").places["place_id"])


def test_a_surname_of_a_person_named_in_full():
    text = "Israel struck Syrian navy ships after the fall of the Bashar al Assad regime. Assad fled to Moscow."
    assert "iq-ain-al-asad-air-base" not in _places(text)


def test_the_base_with_its_descriptor_stays():
    text = "Bashar al-Assad fled to Moscow. Rockets hit the Assad air base in Anbar on Tuesday."
    assert "iq-ain-al-asad-air-base" in _places(text)


def test_without_the_person_the_alias_is_the_base():
    assert _places("Rockets hit al-Assad on Tuesday, officials said.") == ["iq-ain-al-asad-air-base"]


def test_an_article_after_an_unknown_capitalised_word_ends_a_longer_name():
    assert "ye-gov-al-bayda" not in _places("Israeli jets struck the port of Mina al-Beida north of Latakia.")


def test_an_article_after_a_known_or_common_word_opens_a_name():
    assert _places("On Tuesday Kataib Hezbollah fired rockets at al-Tanf.") == ["sy-al-tanf-garrison"]
    assert _places("Israeli jets struck al-Bayda in Yemen on Tuesday.")[0] in ("ye-gov-al-bayda", "ye-al-bayda")
