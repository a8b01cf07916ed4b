"""A chronicle of days ("October 30: the military counted four attacks. Rockets were fired at ..."), German sources
and areas before "aus" / "von", one-way drones, and attacks fended off (session 44), on sentences written for these
tests."""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def incidents(text: str) -> list[tuple[str, str, str | None, str | None]]:
    rows = extract_report(text, published="2023-11-01").incidents
    return list(zip(rows["date"].astype(str), rows["event_type"], rows["target_place_id"], rows["launch_place_id"]))


@pytest.mark.parametrize("text", [
    "A drone attack on the Tanf base was fended off on Wednesday. Recent incidents:\n\nOctober 30: The US military "
    "counted four attacks that day. Several rockets were fired at Al-Asad Airbase in western Iraq.",
    "Ein Drohnenangriff auf die Basis al-Tanf ist am Mittwoch abgewehrt worden. Die jüngsten Vorfälle:\n\n30. Oktober: "
    "An diesem Tag zählte das US-Militär vier Angriffe. Auf die Al-Asad Airbase wurden mehrere Raketen abgefeuert.",
])
def test_a_count_of_the_days_attacks_opens_the_account(text: str) -> None:
    assert ("2023-10-30", "rocket_attack", "iq-ain-al-asad-air-base", None) in incidents(text)


def test_german_sources_and_areas_are_no_launch() -> None:
    found = incidents("Zwei Drohnen, die auf das Gebiet von al-Tanf zielten, wurden am Mittwoch nach Angaben aus "
                      "Bagdad von der Luftabwehr zerstört.")
    assert [(d, t) for d, _, t, l in found] == [("2023-11-01", "sy-al-tanf-garrison")]
    assert all(l is None for *_, l in found)


def test_one_way_drones_are_no_count_of_one() -> None:
    rows = extract_report("Forces shot down several one-way drones over Al-Asad Airbase on Monday.",
                          published="2023-11-01").incidents
    assert rows["munitions"].tolist() == [None] or rows["munitions"].isna().all()


def test_german_one_way_drone_launched_at_forces() -> None:
    assert incidents("29. Oktober: Eine Einwegdrohne wurde gegen US-Kräfte in Schaddadi im Nordosten Syriens "
                     "gestartet.") == [("2023-10-29", "drone_attack", "sy-shaddadi-base", None)]


def test_an_attack_repelled_was_intercepted() -> None:
    rows = extract_report("A drone attack on the Tanf base was repelled on Wednesday.", published="2023-11-01").incidents
    assert rows["outcome"].tolist() == ["intercepted"]
