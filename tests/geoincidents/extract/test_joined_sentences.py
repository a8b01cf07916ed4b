"""A page that lost the spaces after its full stops ("bölgelerini vurdu.Kamışlı kentinden ...") is still split into
sentences: a word of three small letters or more, the stop, and a capital; domains and abbreviations stay whole. A
day told in a later sentence then no longer dates the first. Sentences written for these tests."""
from __future__ import annotations

import pytest

from geoincidents import extract_report
from geoincidents.extract.text import sentences


@pytest.mark.parametrize(("text", "expected"), [
    ("SİHA'lar bölgeleri vurdu.Kamışlı kentinden dumanlar yükseldi.MSB açıklama yaptı.",
     ["SİHA'lar bölgeleri vurdu.", "Kamışlı kentinden dumanlar yükseldi.", "MSB açıklama yaptı."]),
    ("See Rudaw.net and U.S.Army news. Drones hit Erbil.", ["See Rudaw.net and U.S.Army news.", "Drones hit Erbil."]),
    ("It was at 10 p.m.Sunday in pic.twitter.com posts.", ["It was at 10 p.m.Sunday in pic.twitter.com posts."]),
])
def test_joined_stops(text, expected):
    assert [s.text for s in sentences(text)] == expected


def test_a_later_day_no_longer_dates_the_first_sentence():
    text = "Drones struck Qamishli on Thursday.The minister recalled strikes on Metina on 1 October."
    got = extract_report(text, published="2023-10-06").incidents
    assert ("2023-10-05", "sy-qamishli") in set(zip(got["date"], got["target_place_id"]))
