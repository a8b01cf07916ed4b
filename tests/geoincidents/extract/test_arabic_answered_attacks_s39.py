"""An Arabic sentence that opens with what its fire answers, "ردا على الهجمات الإسرائيلية على بلدات في جنوب لبنان، أعلن
حزب الله أنه أطلق صواريخ ..." 'in response to the Israeli attacks on towns in south Lebanon, Hezbollah said it fired
rockets ...', is two clauses cut at the Arabic comma (،) as at ",": the towns of south Lebanon are where the answered
attacks fell, not where Hezbollah's rockets went.

Why: an Arabic report of 12 April 2024 drafted Hezbollah's Katyusha fire on south Lebanon. Sentences written for
these tests.
"""
from __future__ import annotations

import pytest

from geoincidents import extract_report
from geoincidents.extract.clauses import clauses_of
from geoincidents.extract.text import sentences

_TEXT = ("ردا على الهجمات الإسرائيلية على بلدات في جنوب لبنان، أعلن حزب الله الجمعة أنه أطلق عشرات صواريخ الكاتيوشا على "
         "مرابض مدفعية إسرائيلية.")


def test_the_answered_attack_is_a_clause_of_its_own() -> None:
    sentence = sentences(_TEXT)[0]
    assert clauses_of(sentence)[0] == (0, sentence.lowered.index("،") + 1)  # (the comma closes the first)


@pytest.mark.parametrize("link", ["ردا على", "رداً على", "ردًا على"])
def test_the_rockets_are_not_drafted_on_the_answered_attacks_ground(link: str) -> None:
    incidents = extract_report(_TEXT.replace("ردا على", link), published="2024-04-13").incidents
    assert not ((incidents["event_type"] == "rocket_attack") & (incidents["target_place_id"] == "lb-south-lebanon")).any()
