"""A country told with a direction in Spanish, French, Italian and German is the country, as "northern Israel" is
("sur del Líbano", "le sud du Liban", "den Norden Israels": the German genitive after a direction noun), and a country
so told is the side hit, not who fired ("Die Hisbollah beschoss den Norden Israels"). Sentences written for these
tests."""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def _drafts(text: str) -> list[tuple[str, str]]:
    got = extract_report(text, published="2024-08-22").incidents
    return list(zip(got["target_place_id"], got["actor"]))


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel bombardeó el sur del Líbano el miércoles.", [("cc-lb", "Israel")]),
    ("Israël a frappé le sud du Liban mercredi.", [("cc-lb", "Israel")]),
    ("Die Hisbollah beschoss am Mittwoch den Norden Israels mit Raketen.", [("cc-il", "Hezbollah")]),
    ("Israel griff am Mittwoch Ziele im Süden Syriens an.", [("cc-sy", "Israel")]),
])
def test_a_country_told_with_a_direction(text, expected):
    assert _drafts(text) == expected


def test_a_genitive_without_a_direction_is_not_read():
    got = extract_report("Israels Armee meldete am Mittwoch Raketen auf Kiryat Schmona.", published="2024-08-22")
    assert "cc-il" not in set(got.places["place_id"])


def test_sur_alone_is_french_on():
    got = extract_report("Des roquettes sont tombées sur Kiryat Shmona mercredi.", published="2024-08-22")
    assert list(got.incidents["target_place_id"]) == ["il-kiryat-shmona"]
