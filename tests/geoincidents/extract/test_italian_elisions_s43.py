"""Italian prepositions elided onto a name, and fire that fell 'a' a place (session 43), on sentences written for these
tests.

- "Un drone lanciato dall'Iraq": the preposition "dal" elided with its article onto the name is the name's cue (from).
- "Razzi sono caduti a Kiryat Shmona": "a" after a verb of falling is where the fire fell ("a" alone is no cue: English
  shares it).
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def ends(text: str) -> list[tuple[str, str]]:
    rows = extract_report(text, published="2024-04-02").incidents
    return list(zip(rows["target_place_id"], rows["launch_place_id"].fillna("")))


@pytest.mark.parametrize("text, expected", [
    ("Un drone lanciato dall'Iraq ha colpito lunedì una base navale a Eilat, nel sud di Israele.",
     [("il-eilat", "cc-iq")]),
    ("Un drone lanciato dall’Iraq ha colpito lunedì Eilat.", [("il-eilat", "cc-iq")]),
    ("Missili lanciati dall'Iran hanno colpito Israele martedì.", [("cc-il", "cc-ir")]),
    ("Razzi sono caduti a Kiryat Shmona lunedì.", [("il-kiryat-shmona", "")]),
    ("Un drone è caduto su Eilat lunedì.", [("il-eilat", "")]),
])
def test_elided_prepositions_and_falling_fire(text: str, expected: list[tuple[str, str]]) -> None:
    assert ends(text) == expected
