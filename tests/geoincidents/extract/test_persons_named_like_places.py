"""Persons whose names are also places', and names heard by sound (issue 9), each kind in our own words.

* a name set off by a comma before a person's role and "of" / "for" / "at" ("Eli Bin, head of ...",
  "Hussein, a cousin of ..."), not after a preposition of place;
* a name after an academic title ("Prof. Shlomi Kodesh") or after "official" ("a Houthi official Hezam
  al-Assad"): the title's capitalised words are a person's;
* by sound: a misspelt name after a capitalised preposition opening the sentence ("In Qamishili, ...") and one
  with an assimilated Arabic article inside ("Deir ez-Zur"); a name heard only by sound that lies outside the
  province or district written right after it ("the Baadre area of Sheikhan district": not Badra in Wasit).
"""
from __future__ import annotations

import pytest

from geoincidents.extract import extract_report


def places(text, gazetteer):
    return set(extract_report(text, published="2025-06-19", gazetteer=gazetteer).places["place_id"])


@pytest.mark.parametrize("text, not_a_place", [
    ("A missile hit the hospital in Beersheba on Thursday. Eli Bin, head of the ambulance service, said the "
     "ward had been emptied.", "il-eliad"),
    ("A strike flattened a house in Nabatieh on Monday. Hussein, a cousin of one of those killed, said "
     "rescuers kept digging.", None),
    ("A missile hit the hospital in Beersheba on Thursday, said its director, Prof. Shlomi Kodesh.", "il-shlomi"),
    ("A missile was fired at Israel on Sunday. A Houthi official Hezam al-Assad wrote that more would follow.",
     "iq-ain-al-asad-air-base"),
])
def test_a_person_is_no_place(gazetteer, text, not_a_place):
    found = places(text, gazetteer)
    if not_a_place is not None:
        assert not_a_place not in found
    # the place of the sentence stays found
    assert found & {"il-beersheba", "lb-nabatieh", "cc-il"}
    # no place is read into the person's name at all
    mentions = set(extract_report(text, published="2025-06-19", gazetteer=gazetteer).places["mention"])
    assert not mentions & {"Eli", "Eli Bin", "Hussein", "Shlomi", "al-Assad", "Assad"}


def test_a_place_before_a_role_after_a_preposition_stays(gazetteer):
    # "in Qaim, head of ..." is odd English, but a name after a preposition of place is a place, whatever follows.
    found = places("The drone fell in Qaim, head of the district council said on Friday.", gazetteer)
    assert "iq-al-qaim" in found


def test_a_place_then_a_role_without_of_stays(gazetteer):
    # "Nabatieh, a resident said": the role word is not followed by 'of', 'for' or 'at'; the town stays.
    found = places("A strike hit Nabatieh, a resident said on Monday.", gazetteer)
    assert "lb-nabatieh" in found


def test_a_misspelt_name_after_a_capitalised_preposition_is_heard(gazetteer):
    found = places("In Qamishili, in north-east Syria, a drone hit a car on Monday.", gazetteer)
    assert "sy-qamishli" in found


def test_a_misspelt_name_with_an_assimilated_article_is_heard(gazetteer):
    found = places("Rockets hit a US base in the province of Deir ez-Zur on Monday.", gazetteer)
    assert found & {"sy-gov-deir-ez-zor", "sy-deir-ez-zor"}


def test_a_name_heard_outside_the_district_written_after_it_is_dropped(gazetteer):
    text = "A drone hit an oil field in the Baadre area of Sheikhan district, Duhok province, on Wednesday."
    found = places(text, gazetteer)
    assert "iq-badra" not in found  # Badra lies in Wasit, far from Sheikhan and Duhok
    assert {"iq-dist-sheikhan", "iq-gov-duhok"} <= found
    # heard alone, with no container written after it, a name by sound still stands
    assert "iq-badra" in places("A drone hit a checkpoint near Badrah on Wednesday.", gazetteer)


@pytest.mark.parametrize("text", [
    "Turkish jets struck bases in Kobane, Tal Rifaat, Jazira, and Derik regions in Syria on Sunday.",
    "Turkish jets struck bases in Tal Rifaat and Jazira on Sunday.",
])
def test_a_province_next_in_a_list_is_no_container(gazetteer, text):
    # Jazira is a name of Hasakah province, which does not hold Tal Rifaat (Aleppo): listed beside it, it holds nothing
    found = places(text, gazetteer)
    assert "sy-tall-rifat" in found
    assert "sy-gov-hasakah" in found


def test_a_province_after_a_comma_is_a_container_only_when_written_as_one(gazetteer):
    found = places("A drone hit an oil field near Baadre, Duhok province, on Wednesday.", gazetteer)
    assert "iq-badra" not in found
    assert "iq-gov-duhok" in found


def test_two_outlets_named_before_one_plural_suffix_are_no_places(gazetteer):
    found = places("Explosions were heard near Isfahan on Friday, the Fars and Tasnim agencies reported.", gazetteer)
    assert "ir-gov-fars" not in found
    # a plural place word after two names keeps both places
    found = places("Rockets hit Erbil and Duhok provinces on Friday.", gazetteer)
    assert {"iq-gov-erbil", "iq-gov-duhok"} <= found
