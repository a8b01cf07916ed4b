"""A clock time after "after", a spot fired from, and "the city" told as a landmark (session 45), on sentences written
for these tests.

* "shortly after 9:30 p.m. on Monday": a time, no clause of another event, so the fire takes Monday;
* "fired from an area south of the city, near the boundary between Erbil province and Kirkuk province", "fired from
  near Qaim": the places that locate the spot fired from are the launch;
* "south of the city" names no target in the city.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def rows(text: str, published: str = "2021-02-16") -> list[tuple[str, str, str | None, str | None]]:
    found = extract_report(text, published=published).incidents
    return sorted(zip(found["date"].astype(str), found["event_type"], found["target_place_id"], found["launch_place_id"]),
                  key=str)


@pytest.mark.parametrize("text", [
    "Several rockets came down on Erbil shortly after 9:30 p.m. on Monday, killing one person.",
    "Several rockets came down on Erbil just after 21:30 on Monday, killing one person.",
])
def test_a_clock_after_after_is_no_other_event(text: str) -> None:
    assert rows(text) == [("2021-02-15", "rocket_attack", "iq-erbil", None)]


@pytest.mark.parametrize("text, launch", [
    ("Rockets hit Erbil airport on Monday. Officials said the rockets appeared to have been fired from an area south "
     "of the city, near the boundary between Erbil province and Kirkuk province.", "iq-gov-erbil"),
    ("Rockets fired from an area near Qaim hit the base at al-Asad on Monday.", "iq-al-qaim"),
])
def test_the_place_of_a_spot_fired_from_is_the_launch(text: str, launch: str) -> None:
    found = rows(text)
    assert [(t, la) for _, _, t, la in found] == [(found[0][2], launch)]
    assert found[0][2] in ("iq-erbil-international-airport", "iq-ain-al-asad-air-base")


def test_fire_from_a_country_still_hits_near_a_town() -> None:
    assert rows("Rockets fired from Lebanon hit near Kiryat Shmona on Monday.") == [
        ("2021-02-15", "rocket_attack", "il-kiryat-shmona", "cc-lb")]


@pytest.mark.parametrize("text", [
    # a launcher told first, found in the passive after it; the town read as written, not a word heard by its sound
    "Rockets hit Ain al-Asad air base on Wednesday. Iraqi security officials said the launcher was later found, partly "
    "burned, in the al-Bayader farming area outside the town of al-Baghdadi.",
    # a lorry is a launcher
    "Rockets hit Ain al-Asad air base on Wednesday. Officials say the rockets were launched from a lorry parked beside "
    "a mosque in the town of al-Baghdadi.",
])
def test_where_the_launcher_stood_is_the_launch(text: str) -> None:
    assert rows(text, "2021-07-08") == [("2021-07-07", "rocket_attack", "iq-ain-al-asad-air-base", "iq-baghdadi")]


def test_where_the_fire_originated_told_in_a_sentence_of_its_own() -> None:
    text = ("Rockets hit the Green Village base on Friday. Local sources said the launches originated from militia "
            "positions around Mayadin.")
    assert rows(text, "2021-07-03") == [("2021-07-02", "rocket_attack", "sy-green-village", "sy-mayadin")]
    # fire told with its own launch keeps it
    text = ("Rockets fired from Deir ez-Zor hit the Green Village base on Friday. Local sources said the launches "
            "originated from militia positions around Mayadin.")
    assert rows(text, "2021-07-03")[0][3] == "sy-deir-ez-zor"
