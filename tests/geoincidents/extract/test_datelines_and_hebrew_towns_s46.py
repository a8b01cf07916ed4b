"""Two places filed from, and Hebrew towns told after the noun of their kind (session 46), on sentences written for
these tests.

"BEIRUT/JERUSALEM, June 12 -": both places a report was filed from are its dateline, no target. "במושבה מטולה" 'in the
moshava of Metula', "בקיבוץ מנרה", "בעיר קריית שמונה": the noun of place carries the name's prefix, which tells its
role; "מטולה" (Metula as modern Hebrew writes it, with its vav: Hebrew Wikipedia's title) and "נהרייה" are the towns.
"""
from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from geoincidents import extract_report


def rows(text: str, published: str = "2024-06-12") -> list[tuple[str, str, str]]:
    found = extract_report(text, published=published).incidents
    return sorted(zip(found["date"].astype(str), found["event_type"], found["target_place_id"]))


@pytest.mark.parametrize("text", [
    "Rockets hit the north\n\nBEIRUT/JERUSALEM, June 12 - Hezbollah fired rockets at Kiryat Shmona on Wednesday.",
    "BEIRUT/JERUSALEM, June 12 (Reuters) - Hezbollah fired rockets at Kiryat Shmona on Wednesday.",
])
def test_two_places_filed_from_are_no_target(text: str) -> None:
    assert rows(text) == [("2024-06-12", "rocket_attack", "il-kiryat-shmona")]


@pytest.mark.parametrize("text, target", [
    ("רקטה פגעה הבוקר בשטח חקלאי במושבה מטולה.", "il-metula"),
    ("רקטה פגעה הבוקר בקיבוץ מנרה.", "il-menara"),
    ("רקטה פגעה הבוקר בעיר קריית שמונה.", "il-kiryat-shmona"),
    ("רקטה פגעה הבוקר במושב שתולה.", "il-shtula"),
])
def test_a_hebrew_town_after_the_noun_of_its_kind_is_hit(text: str, target: str) -> None:
    assert rows(text, "2024-10-31") == [("2024-10-31", "rocket_attack", target)]


@pytest.mark.parametrize("name, place", [("מטולה", "il-metula"), ("נהרייה", "il-nahariyya"), ("ג'ש", "il-jish"),
                                         ("עראבה", "il-arraba")])
def test_hebrew_spellings_of_northern_towns(name: str, place: str) -> None:
    assert Gazetteer.default().resolve(name).place.id == place
