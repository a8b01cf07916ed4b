"""German reports tell where a missile came down with the participle "eingeschlagen" 'struck, landed' at the end of
the clause, and its debris as "Raketenteile" ('parts of the rocket'): "Raketenteile seien in einem Bahnhof in der
Stadt Modiin eingeschlagen" is fire that came down in Modiin. "eine ballistische Rakete" in the singular is a
missile, as the plural is.

Why: a German report of the Houthi missile of 15 September 2024 drafted nothing at Modiin. Sentences written for
these tests.
"""
from __future__ import annotations

from geoincidents import extract_report


def test_debris_that_struck_a_town() -> None:
    text = ("Eine Rakete der Huthi-Miliz aus dem Jemen hat am Morgen Israels Zentrum erreicht. Raketenteile seien in "
            "einem Bahnhof in der Stadt Modiin zwischen Tel Aviv und Jerusalem eingeschlagen.")
    incidents = extract_report(text, published="2024-09-15").incidents
    assert "il-modiin" in set(incidents["target_place_id"])


def test_a_ballistic_missile_in_the_singular() -> None:
    incidents = extract_report("Eine ballistische Rakete aus dem Jemen schlug in Eilat ein.",
                               published="2024-09-15").incidents
    assert list(zip(incidents["event_type"], incidents["target_place_id"], incidents["launch_place_id"])) == [
        ("missile_attack", "il-eilat", "cc-ye")]


def test_a_place_between_two_landmarks() -> None:
    # "between X and Y" right after a place tells where it lies: the place was hit, X and Y are landmarks
    for text in ("Raketenteile seien in einem Bahnhof in der Stadt Modiin zwischen Tel Aviv und Jerusalem "
                 "eingeschlagen.", "A missile fell near Modiin, between Tel Aviv and Jerusalem, on Sunday."):
        incidents = extract_report(text, published="2024-09-15").incidents
        assert list(incidents["target_place_id"]) == ["il-modiin"]


def test_the_road_between_two_towns_keeps_both() -> None:
    incidents = extract_report("Drones struck the road between Erbil and Mosul on Sunday.", published="2024-09-15").incidents
    assert sorted(incidents["target_place_id"]) == ["iq-erbil", "iq-mosul"]
