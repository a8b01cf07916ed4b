"""Names the gazetteer holds only with their container (session 42): "Shamir (Upper Galilee)", "al-Sukkariyah, Albu
Kamal", "السكرية (البوكمال)". Alone they are no place (Yitzhak Shamir; السكرية is 'the sugary'); told with their
container a few words after them, they are the place of that name in or by it, and the same name told again later
in the report is that place too. Tested on sentences written for these tests, modelled on reports of a June 2024
strike by Albu Kamal and of Hezbollah's rockets on the Upper Galilee in September 2024.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def places(report) -> list[tuple[str, str]]:
    return list(zip(report.places["mention"], report.places["place_id"]))


@pytest.mark.parametrize("text, mention, place_id", [
    ("An airstrike hit trucks in al-Sukkariyah near Albu Kamal on Friday.", "al-Sukkariyah",
     "sy-sukkariyah-albu-kamal"),
    ("ضربة جوية طالت شاحنات في منطقة السكرية بريف مدينة البوكمال فجر الجمعة.", "السكرية", "sy-sukkariyah-albu-kamal"),
    ("Hezbollah fired rockets at Shamir, a kibbutz in the Upper Galilee, on Sunday.", "Shamir",
     "il-shamir-upper-galilee"),
    ("Hezbollah fired rockets at Shamir, a kibbutz in the eastern Galilee, on Sunday.", "Shamir",
     "il-shamir-upper-galilee"),
])
def test_a_name_told_with_its_container_is_the_place_in_it(text: str, mention: str, place_id: str) -> None:
    report = extract_report(text, published="2024-09-08")
    assert (mention, place_id) in places(report)
    assert place_id in set(report.incidents["target_place_id"])


def test_told_again_later_without_its_container() -> None:
    text = ("ضربة جوية طالت شاحنات في منطقة السكرية بريف مدينة البوكمال فجر الجمعة. "
            "واستهدفت الضربة محيط محطة وقود في السكرية.")
    report = extract_report(text, published="2024-06-21")
    assert [p for m, p in places(report) if m == "السكرية"] == ["sy-sukkariyah-albu-kamal"] * 2


@pytest.mark.parametrize("text", [
    "Yitzhak Shamir visited the Upper Galilee in 1988.",  # a person, though his name is told before the region
    "Shamir visited the Upper Galilee on Sunday.",  # a verb between: no container of the name
    "Hezbollah fired rockets at Shamir, Israel, on Sunday.",  # a country contains no village by name
])
def test_no_container_no_place(text: str) -> None:
    report = extract_report(text, published="2024-09-08")
    assert "il-shamir-upper-galilee" not in set(report.places["place_id"])


def test_a_village_of_that_name_far_from_the_container_is_not_it() -> None:
    # al-Sukkariyah lies by Albu Kamal, not by Damascus
    report = extract_report("An airstrike hit al-Sukkariyah near Damascus on Friday.", published="2024-06-21")
    assert "sy-sukkariyah-albu-kamal" not in set(report.places["place_id"])
