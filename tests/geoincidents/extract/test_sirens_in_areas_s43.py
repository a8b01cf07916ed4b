"""Where sirens sounded, told by a country or a list (session 43), on sentences written for these tests.

- "A ballistic missile launched from Yemen set off sirens in central Israel": fire that names no place it hit was aimed
  where the sirens sounded, a country too when they sounded nowhere finer (before, the draft had no target).
- "sirens in Kiryat Shmona and Metula in northern Israel": the sirens' list goes on to Metula, whose "in northern
  Israel" says where it lies.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def ends(text: str) -> list[tuple[str, str]]:
    rows = extract_report(text, published="2024-10-02").incidents
    return list(zip(rows["target_place_id"].fillna(""), rows["launch_place_id"].fillna("")))


@pytest.mark.parametrize("text, expected", [
    ("A ballistic missile launched from Yemen set off sirens in central Israel on Tuesday.", [("cc-il", "cc-ye")]),
    ("A missile launched from Yemen triggered sirens in Israel on Tuesday.", [("cc-il", "cc-ye")]),
    ("Rockets fired from Lebanon set off sirens in Kiryat Shmona and Metula in northern Israel on Tuesday.",
     [("il-kiryat-shmona", "cc-lb"), ("il-metula", "cc-lb")]),
    ("Rockets fired from Lebanon set off sirens in Kiryat Shmona and Metula on Tuesday.",
     [("il-kiryat-shmona", "cc-lb"), ("il-metula", "cc-lb")]),
])
def test_fire_was_aimed_where_the_sirens_sounded(text: str, expected: list[tuple[str, str]]) -> None:
    assert ends(text) == expected
