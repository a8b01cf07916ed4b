"""Arabic writes a rocket and a missile with one word (صاروخ, صواريخ, صاروخي): fire of a force that fires missiles
(Iran, the Houthis) is a missile attack, as is the fall of such projectiles told after it; fire of other groups and
fire told alone stay rockets. Iran and the Houthis are actors in Arabic. Sentences written for these tests."""
from __future__ import annotations

import pytest

from geoincidents import extract_report


def _drafts(text: str) -> list[tuple[str, str, str, str]]:
    got = extract_report(text, published="2024-03-06").incidents
    return list(zip(got["date"], got["event_type"], got["target_place_id"], got["actor"].fillna("")))


@pytest.mark.parametrize(("text", "expected"), [
    ("تعرضت تل أبيب يوم الثلاثاء لهجوم صاروخي إيراني.", [("2024-03-05", "missile_attack", "il-tel-aviv", "Iran")]),
    ("أطلق الحوثيون يوم الثلاثاء صاروخا على إيلات.", [("2024-03-05", "missile_attack", "il-eilat", "Houthis")]),
    ("أطلق حزب الله يوم الثلاثاء صواريخ على كريات شمونة.",
     [("2024-03-05", "rocket_attack", "il-kiryat-shmona", "Hezbollah")]),
    ("قالت الشرطة يوم الثلاثاء إن صاروخا سقط في مدينة أربيل.", [("2024-03-05", "rocket_attack", "iq-erbil", "")]),
])
def test_the_force_that_fires_types_the_word(text, expected):
    assert _drafts(text) == expected


def test_projectiles_that_fell_after_the_fire_told_are_of_it():
    text = ("تعرضت تل أبيب يوم الثلاثاء لهجوم صاروخي إيراني.\nأضرار واسعة\n"
            "وأكدت الشرطة الإسرائيلية سقوط صواريخ في مدينة حيفا.")
    assert [d[1] for d in _drafts(text)] == ["missile_attack", "missile_attack"]
