"""German objects, militias 'pro-' a state, and tallies in other languages (session 43), on sentences written for
these tests.

- "Milizen haben am Freitag den Stützpunkt Rmeilan mit Raketen beschossen": a place after an accusative article (and a
  site noun) in a perfect clause ending with a participle of attack is what was hit.
- "des milices pro-iraniennes", "pro-iranische Milizen": the militias fired, not Iran (so their "Raketen" stay rockets).
- "plus de 160 attaques depuis la mi-octobre", "seit Mitte Oktober mehr als 160 Mal angegriffen", "أكثر من 160 هجوما
  منذ": a number of attacks since a day is a tally, no event.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def drafts(text: str) -> list[tuple[str, str, str]]:
    rows = extract_report(text, published="2024-02-15").incidents
    return list(zip(rows["event_type"], rows["target_place_id"], rows["actor"].fillna("")))


@pytest.mark.parametrize("text, expected", [
    ("Pro-iranische Milizen haben am Freitag den Stützpunkt Rmeilan mit Raketen beschossen.",
     [("rocket_attack", "sy-rumalyn-landing-zone", "militia")]),
    ("Pro-iranische Milizen haben am Freitag den US-Stützpunkt Rmeilan mit Raketen beschossen.",
     [("rocket_attack", "sy-rumalyn-landing-zone", "militia")]),
    ("Die Milizen hatten am Freitag die Militärbasis Tanf mit Drohnen angegriffen.",
     [("drone_attack", "sy-al-tanf-garrison", "militia")]),
    ("Des milices pro-iraniennes ont tiré des roquettes sur la base de Rmeilan vendredi.",
     [("rocket_attack", "sy-rumalyn-landing-zone", "militia")]),
])
def test_objects_and_militias(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert drafts(text) == expected


@pytest.mark.parametrize("text", [
    "Depuis la mi-octobre, les forces américaines en Irak et en Syrie ont été visées par plus de 160 attaques.",
    "Seit Mitte Oktober wurden US-Truppen im Irak und in Syrien mehr als 160 Mal angegriffen.",
    "تعرضت القوات الأمريكية في العراق وسوريا لأكثر من 160 هجوما منذ منتصف أكتوبر.",
    "US forces in Iraq and Syria have been targeted in more than 160 attacks since mid-October.",
])
def test_a_tally_since_a_day_is_no_event(text: str) -> None:
    assert drafts(text) == []
