"""A relative clause after the event that tells of the place, sirens in a clause of their own, and the IDF's
"launches" (session 44), on sentences written for these tests.

"Rockets were aimed at Kiryat Shmona, which has been targeted repeatedly since October 8": the habit and the day
told in the relative clause are the town's, not the event's. "Sirens sounded around Meron, and rockets were aimed at
Kiryat Shmona": where the sirens sounded is not where the rockets were aimed.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def incidents(text: str) -> list[tuple[str, str, str]]:
    rows = extract_report(text, published="2024-02-14").incidents
    return list(zip(rows["date"].astype(str), rows["event_type"], rows["target_place_id"]))


@pytest.mark.parametrize("text", [
    "Rockets were aimed at Kiryat Shmona on Wednesday, which has been targeted repeatedly since October 8.",
    "Rockets hit Kiryat Shmona on Wednesday, which has been hit 40 times since October.",
    # the day told in the relative clause is not the event's
    "Rockets hit Kiryat Shmona on Wednesday, which was also targeted last week.",
])
def test_a_relative_clause_after_the_event_tells_of_the_place(text: str) -> None:
    assert incidents(text) == [("2024-02-14", "rocket_attack", "il-kiryat-shmona")]


def test_a_habit_told_of_the_event_itself_still_is_no_incident() -> None:
    assert incidents("Hezbollah has fired rockets at Kiryat Shmona repeatedly since October.") == []


def test_sirens_are_a_clause_apart_from_the_fire() -> None:
    assert incidents("Sirens sounded around Meron and across the Upper Galilee on Wednesday, and rockets were aimed "
                     "at Kiryat Shmona.") == [("2024-02-14", "rocket_attack", "il-kiryat-shmona")]


def test_the_idf_launches_are_fire_counted_as_launches() -> None:
    rows = extract_report("About 20 launches were identified crossing from Lebanon toward Metula on Wednesday.",
                          published="2024-02-14").incidents
    assert list(zip(rows["event_type"], rows["target_place_id"], rows["launch_place_id"])) == [
        ("rocket_attack", "il-metula", "cc-lb")]
    assert rows["munitions"].tolist() == ["20 launches"]


def test_a_state_that_launches_drones_is_no_launches() -> None:
    rows = extract_report("Iran launches drones at Israel from Isfahan on Wednesday.", published="2024-02-14").incidents
    assert "rocket_attack" not in set(rows["event_type"])
